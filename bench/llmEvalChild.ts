/**
 * One side of bench/llmEval.ts, run as its own child process:
 * `node --import tsx bench/llmEvalChild.ts JOB.json`. It opens one session, runs the job's batches
 * of windows (planned by the parent under our window convention) and prints one JSON line: the wall
 * and CPU seconds of the batch loop alone (session creation apart), session-creation seconds, and
 * its own peak RSS.
 * - `bare`: an onnxruntime-node InferenceSession with the job's session options (none: onnxruntime's
 *   defaults) that computes nothing else: it builds each batch's input_ids, runs the model, fetches
 *   the logits and drops them.
 * - `ours`: our library path, the steps of src/engine/evaluate.ts's evaluateTokens (openSession with
 *   our defaults, the model's signature, the runner, scoreWindows with its NLL arithmetic) on the
 *   same batches.
 * - `interleaved`: one session opened as ours opens it; each batch runs twice, as bare does it and as
 *   ours does it (order alternating batch by batch), timed apart: the only difference is our code,
 *   and a drifting load hits both halves of each pair alike. Prints the per-batch pairs.
 * The CPU seconds are the load-robust measure: with one intra-op thread there is no spinning and no
 * waiting for cores, so ours / bare CPU is our overhead per token whatever else the machine runs.
 */
import fs from 'node:fs';
import * as ort from 'onnxruntime-node';
import { sessionRequestOf } from '../src/engine/evaluate.js';
import { scoreWindows } from '../src/eval/perplexity.js';
import { createRunner, resolveVocabSize } from '../src/eval/runner.js';
import { openSession } from '../src/eval/session.js';
import { sessionSignature } from '../src/eval/signature.js';
import type { EvalWindow } from '../src/eval/types.js';

export interface EvalChildJob {
  readonly mode: 'bare' | 'ours' | 'interleaved';
  readonly model: string;
  readonly idsFile: string;
  /** Each batch: its windows, all of one length. */
  readonly batches: readonly (readonly EvalWindow[])[];
  /** bare: the session options as given; ours: only intraOpNumThreads is used (0 or absent = our default). */
  readonly sessionOptions: ort.InferenceSession.SessionOptions;
}

export interface EvalChildResult {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly createSeconds: number;
  readonly tokensScored: number;
  readonly tokensPerSecond: number;
  readonly maxRssBytes: number;
  /** ours only */
  readonly perplexity?: number;
}

/** One batch timed both ways in one session (`interleaved`). */
export interface InterleavedPair {
  readonly tokens: number;
  readonly bareSeconds: number;
  readonly oursSeconds: number;
  readonly bareCpuSeconds: number;
  readonly oursCpuSeconds: number;
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/** A side: session open (createSeconds), the timed loop, and the release after it. */
interface Side {
  readonly createSeconds: number;
  loop(): Promise<number | undefined>;
  close(): Promise<void>;
}

/** What bare does with one batch: its input_ids, one run, the logits fetched and dropped. */
async function bareBatch(session: ort.InferenceSession, ids: readonly number[], b: readonly EvalWindow[]): Promise<void> {
  const length = b[0]!.end - b[0]!.start;
  const data = new BigInt64Array(b.length * length);
  b.forEach((w, r) => {
    for (let i = 0; i < length; i++) data[r * length + i] = BigInt(ids[w.start + i]!);
  });
  const out = await session.run({ input_ids: new ort.Tensor('int64', data, [b.length, length]) }, ['logits']);
  if (out['logits'] === undefined) throw new Error('no logits output');
}

async function runBare(job: EvalChildJob, ids: readonly number[]): Promise<Side> {
  const t0 = performance.now();
  const session = await ort.InferenceSession.create(job.model, job.sessionOptions);
  const createSeconds = (performance.now() - t0) / 1000;
  return {
    createSeconds,
    loop: async () => {
      for (const b of job.batches) await bareBatch(session, ids, b);
      return undefined;
    },
    close: () => session.release(),
  };
}

/** Our session and runner, opened as evaluateTokens opens them. */
async function openOurs(job: EvalChildJob) {
  const evalSession = await openSession(job.model, sessionRequestOf({ device: 'cpu', threads: job.sessionOptions.intraOpNumThreads ?? 0 }));
  const signature = await sessionSignature(evalSession.session, evalSession.modelPath);
  const vocab = await resolveVocabSize(evalSession, signature);
  return { evalSession, runner: createRunner(evalSession, signature, vocab) };
}

async function runOurs(job: EvalChildJob, ids: readonly number[]): Promise<Side> {
  const t0 = performance.now();
  const { evalSession, runner } = await openOurs(job);
  const createSeconds = (performance.now() - t0) / 1000;
  const windows = job.batches.flat();
  const batch = Math.max(...job.batches.map((b) => b.length));
  return {
    createSeconds,
    loop: async () => {
      const r = await scoreWindows(ids, windows, runner, batch);
      return Math.exp(r.nllSum / r.tokensScored);
    },
    close: () => evalSession.session.release(),
  };
}

async function interleaved(job: EvalChildJob, ids: readonly number[]): Promise<InterleavedPair[]> {
  const { evalSession, runner } = await openOurs(job);
  const pairs: InterleavedPair[] = [];
  const timed = async (f: () => Promise<unknown>): Promise<[number, number]> => {
    const c = process.cpuUsage();
    const t = performance.now();
    await f();
    return [(performance.now() - t) / 1000, cpuSeconds(process.cpuUsage(c))];
  };
  for (const [i, b] of job.batches.entries()) {
    const bare = () => timed(() => bareBatch(evalSession.session, ids, b));
    const ours = () => timed(() => scoreWindows(ids, b, runner, b.length));
    let x: [number, number];
    let y: [number, number];
    if (i % 2 === 0) {
      x = await bare();
      y = await ours();
    } else {
      y = await ours();
      x = await bare();
    }
    pairs.push({ tokens: b.reduce((s, w) => s + (w.end - w.scoreFrom), 0), bareSeconds: x[0], oursSeconds: y[0], bareCpuSeconds: x[1], oursCpuSeconds: y[1] });
  }
  await evalSession.session.release();
  return pairs;
}

async function main(jobFile: string): Promise<void> {
  const job = JSON.parse(fs.readFileSync(jobFile, 'utf8')) as EvalChildJob;
  const ids = JSON.parse(fs.readFileSync(job.idsFile, 'utf8')) as number[];
  if (job.mode === 'interleaved') {
    console.log(JSON.stringify({ pairs: await interleaved(job, ids), maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
    return;
  }
  const tokensScored = job.batches.flat().reduce((s, w) => s + (w.end - w.scoreFrom), 0);
  const side = job.mode === 'bare' ? await runBare(job, ids) : await runOurs(job, ids);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const perplexity = await side.loop();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(process.cpuUsage(cpu0));
  await side.close();
  const result: EvalChildResult = {
    seconds,
    cpuSeconds: cpu,
    createSeconds: side.createSeconds,
    tokensScored,
    tokensPerSecond: tokensScored / seconds,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    ...(typeof perplexity === 'number' ? { perplexity } : {}),
  };
  console.log(JSON.stringify(result));
}

if (process.argv[2] !== undefined && /llmEvalChild\.ts$/.test(process.argv[1] ?? '')) await main(process.argv[2]);
