/**
 * The bare-onnxruntime side of bench/llmEval.ts, run as its own child process:
 * `node --import tsx bench/llmEvalBare.ts JOB.json`. An onnxruntime-node InferenceSession with the
 * job's session options (none: onnxruntime's defaults) runs the job's batches of windows (planned by
 * the parent under our window convention) and computes nothing else: it builds each batch's
 * input_ids, runs the model, fetches the logits and drops them. It prints one JSON line: the seconds
 * of the batch loop (what our evaluator's tokens/s is measured over), session-creation seconds, and
 * its own peak RSS.
 */
import fs from 'node:fs';
import * as ort from 'onnxruntime-node';

export interface BareJob {
  readonly model: string;
  readonly idsFile: string;
  /** Each batch: window starts, all of `length` tokens. */
  readonly batches: readonly { readonly starts: readonly number[]; readonly length: number }[];
  readonly sessionOptions: ort.InferenceSession.SessionOptions;
  /** Tokens the parent's plan scores (reported back, for tokens/s). */
  readonly tokensScored: number;
}

export interface BareResult {
  readonly seconds: number;
  readonly createSeconds: number;
  readonly tokensScored: number;
  readonly tokensPerSecond: number;
  readonly maxRssBytes: number;
}

async function main(jobFile: string): Promise<void> {
  const job = JSON.parse(fs.readFileSync(jobFile, 'utf8')) as BareJob;
  const ids = JSON.parse(fs.readFileSync(job.idsFile, 'utf8')) as number[];
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(job.model, job.sessionOptions);
  const createSeconds = (performance.now() - t0) / 1000;
  const started = performance.now();
  for (const b of job.batches) {
    const data = new BigInt64Array(b.starts.length * b.length);
    b.starts.forEach((s, r) => {
      for (let i = 0; i < b.length; i++) data[r * b.length + i] = BigInt(ids[s + i]!);
    });
    const out = await session.run({ input_ids: new ort.Tensor('int64', data, [b.starts.length, b.length]) }, ['logits']);
    if (out['logits'] === undefined) throw new Error('no logits output');
  }
  const seconds = (performance.now() - started) / 1000;
  await session.release();
  const result: BareResult = { seconds, createSeconds, tokensScored: job.tokensScored, tokensPerSecond: job.tokensScored / seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  console.log(JSON.stringify(result));
}

if (process.argv[2] !== undefined && /llmEvalBare\.ts$/.test(process.argv[1] ?? '')) await main(process.argv[2]);
