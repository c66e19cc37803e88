/**
 * Binds an onnxruntime session and its signature into the `WindowRunner` that perplexity.ts
 * drives: builds the feeds for a batch of windows, fetches only the logits output (present-KV
 * outputs are never copied back) and hands the raw logits over.
 */
import type * as ort from 'onnxruntime-node';
import { WwError } from '../errors.js';
import type { LogitsBlock, WindowRunner } from './perplexity.js';
import type { EvalSession } from './session.js';
import { buildFeeds, type ModelSignature } from './signature.js';

/** Feeds beyond the decoder's own (the search's weight inputs, src/eval/candidateSession.ts). */
export type ExtraFeeds = Readonly<Record<string, ort.Tensor>>;

async function runLogits(evalSession: EvalSession, signature: ModelSignature, rows: readonly Int32Array[], length: number, extra: ExtraFeeds = {}): Promise<LogitsBlock> {
  // A fixed batch dim gets extra copies of the first row; their logits are never read.
  const padded = signature.fixedBatch !== null && rows.length < signature.fixedBatch
    ? [...rows, ...Array.from({ length: signature.fixedBatch - rows.length }, () => rows[0]!)]
    : rows;
  const feeds = { ...buildFeeds(signature, padded, length), ...extra };
  let results;
  try {
    results = await evalSession.session.run(feeds, [signature.logitsName]);
  } catch (err) {
    throw new WwError(
      'SESSION',
      `onnxruntime failed running ${evalSession.modelPath} on a batch of ${rows.length} window(s) of ${length} tokens: ${err instanceof Error ? err.message : String(err)}`,
      { file: evalSession.modelPath, batch: rows.length, length },
      { cause: err },
    );
  }
  const logits = results[signature.logitsName];
  if (logits === undefined) throw new WwError('SESSION', `onnxruntime returned no '${signature.logitsName}' output`, { output: signature.logitsName });
  const type = logits.type;
  if (type !== 'float32' && type !== 'float16' && type !== 'float64') {
    throw new WwError('EVAL_INPUT_UNSUPPORTED', `logits output '${signature.logitsName}' came back as ${type}`, { output: signature.logitsName });
  }
  return { data: logits.data as LogitsBlock['data'], type, dims: logits.dims };
}

/**
 * The vocabulary size: the logits' last dim from the graph, or from a two-token probe run when the
 * graph leaves it symbolic. Either way no evaluation window has run yet.
 */
export async function resolveVocabSize(evalSession: EvalSession, signature: ModelSignature, extra: ExtraFeeds = {}): Promise<number> {
  if (signature.vocabSize !== null) return signature.vocabSize;
  const probe = await runLogits(evalSession, signature, [Int32Array.from([0, 0])], 2, extra);
  const vocab = probe.dims[probe.dims.length - 1];
  if (vocab === undefined || vocab < 2) {
    throw new WwError('EVAL_INPUT_UNSUPPORTED', `logits output '${signature.logitsName}' has shape ${JSON.stringify(probe.dims)}; expected [batch, sequence, vocab]`, {
      output: signature.logitsName,
    });
  }
  return vocab;
}

export function createRunner(evalSession: EvalSession, signature: ModelSignature, vocabSize: number, extra: ExtraFeeds = {}): WindowRunner {
  return {
    vocabSize,
    run: (rows, length) => runLogits(evalSession, signature, rows, length, extra),
  };
}
