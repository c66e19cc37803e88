/**
 * Perplexity under the project's convention (README "Perplexity convention"): token windows from
 * `planWindows`, same-length windows batched into one model call, and for every scored position p
 * NLL = logsumexp(logits[p-1]) - logits[p-1][token p], computed in float64 from float32, float16
 * or float64 logits. perplexity = exp(mean NLL).
 *
 * The model is reached through `WindowRunner`, so this file knows nothing of onnxruntime.
 */
import { WwError } from '../errors.js';
import { float16ToNumber } from '../model/dtype.js';
import { expNonPositive } from './expNonPositive.js';
import type { EvalWindow, ProgressCallback, WindowScore } from './types.js';
import { batchWindows, planWindows } from './windows.js';

export { planWindows, batchWindows } from './windows.js';

export type LogitsData = Float32Array | Float64Array | Uint16Array | { readonly length: number; readonly [i: number]: number };

/** Logits of one batch: [batch, seq, vocab], row-major. `float16` data is raw half bits (Uint16Array) or numbers. */
export interface LogitsBlock {
  readonly data: LogitsData;
  readonly type: 'float32' | 'float16' | 'float64';
  readonly dims: readonly number[];
}

/** Runs windows through a model. */
export interface WindowRunner {
  readonly vocabSize: number;
  /** `rows` are equally long windows of ids; returns logits [batch' >= rows, seq >= length, vocab]. */
  run(rows: readonly Int32Array[], length: number): Promise<LogitsBlock>;
}

export interface ScoreOptions {
  context: number;
  stride: number;
  maxTokens: number;
  batchSize: number;
}

export interface ScoreResult {
  nllSum: number;
  tokensScored: number;
  windows: number;
  /** NLL sum and scored tokens of each window, in window order (paired bootstrap, src/eval/bootstrap.ts). */
  windowScores: WindowScore[];
  /** Wall time of the model calls and the NLL arithmetic. */
  seconds: number;
}

/** -log softmax(row)[target] in float64, for a row of `vocab` values starting at `offset`. */
function nllAt(data: ArrayLike<number>, offset: number, vocab: number, target: number): number {
  let max = -Infinity;
  for (let j = offset; j < offset + vocab; j++) if (data[j]! > max) max = data[j]!;
  if (max === Infinity || Number.isNaN(max)) return NaN;
  let sum = 0;
  // every term is exp of a value <= 0; this loop is the evaluator's own cost per scored token
  for (let j = offset; j < offset + vocab; j++) sum += expNonPositive(data[j]! - max);
  return max + Math.log(sum) - data[offset + target]!;
}

/** -log softmax(row)[target] in float64. */
export function nllOfRow(row: ArrayLike<number>, target: number): number {
  return nllAt(row, 0, row.length, target);
}

/** NLL of `target` from the logits row at `offset`; float16 bits are decoded into `scratch` first. */
function rowNll(block: LogitsBlock, offset: number, vocab: number, target: number, scratch: Float64Array): number {
  const data = block.data;
  if (block.type === 'float16' && data instanceof Uint16Array) {
    for (let j = 0; j < vocab; j++) scratch[j] = float16ToNumber(data[offset + j]!);
    return nllAt(scratch, 0, vocab, target);
  }
  return nllAt(data, offset, vocab, target);
}

/**
 * Scores `tokens` with `runner`. Tokens must already be checked against the vocabulary.
 * Empty plans (fewer than two tokens) are EVAL_TEXT_EMPTY.
 */
export async function scoreTokens(
  tokens: ArrayLike<number>,
  runner: WindowRunner,
  options: ScoreOptions,
  onProgress?: ProgressCallback,
): Promise<ScoreResult> {
  const plan = planWindows(tokens.length, options.context, options.stride, options.maxTokens);
  if (plan.tokensScored === 0) {
    throw new WwError('EVAL_TEXT_EMPTY', `the evaluation text has ${tokens.length} token(s); at least 2 are needed to score one`, {
      tokens: tokens.length,
    });
  }
  const scored = await scoreWindows(tokens, plan.windows, runner, options.batchSize, onProgress);
  return { ...scored, windows: plan.windows.length };
}

/**
 * Scores the given windows (a plan's windows, or a subset of them: the search screens candidates
 * on every n-th window) in batches of equal-length windows.
 */
export async function scoreWindows(
  tokens: ArrayLike<number>,
  windows: readonly EvalWindow[],
  runner: WindowRunner,
  batchSize: number,
  onProgress?: ProgressCallback,
): Promise<ScoreResult> {
  const batches = batchWindows(windows, batchSize);
  const tokensTotal = windows.reduce((s, w) => s + (w.end - w.scoreFrom), 0);
  const vocab = runner.vocabSize;
  const scratch = new Float64Array(vocab);
  const started = performance.now();
  let nllSum = 0;
  let scored = 0;
  let windowsDone = 0;
  const windowScores: WindowScore[] = [];
  for (const batch of batches) {
    const length = batch[0]!.end - batch[0]!.start;
    const rows = batch.map((w) => Int32Array.from({ length }, (_, i) => tokens[w.start + i]!));
    const block = await runner.run(rows, length);
    checkBlock(block, batch.length, length, vocab);
    const seq = block.dims[1]!;
    batch.forEach((w: EvalWindow, b) => {
      let windowNll = 0;
      for (let p = w.scoreFrom; p < w.end; p++) {
        const at = p - 1 - w.start;
        const nll = rowNll(block, (b * seq + at) * vocab, vocab, tokens[p]!, scratch);
        if (Number.isNaN(nll)) {
          throw new WwError('NON_FINITE', `the model's logits at text position ${p - 1} are not usable (NaN, +Infinity, or -Infinity throughout)`, { position: p - 1 });
        }
        windowNll += nll;
      }
      nllSum += windowNll;
      windowScores.push({ nllSum: windowNll, tokens: w.end - w.scoreFrom });
      scored += w.end - w.scoreFrom;
    });
    windowsDone += batch.length;
    onProgress?.({ windowsDone, windowsTotal: windows.length, tokensScored: scored, tokensTotal });
  }
  return { nllSum, tokensScored: scored, windows: windows.length, windowScores, seconds: (performance.now() - started) / 1000 };
}

function checkBlock(block: LogitsBlock, batch: number, length: number, vocab: number): void {
  const [b, s, v] = block.dims;
  if (block.dims.length !== 3 || b === undefined || b < batch || s === undefined || s < length || v !== vocab) {
    throw new WwError(
      'EVAL_INPUT_UNSUPPORTED',
      `logits came back with shape ${JSON.stringify(block.dims)}; expected [${batch}, ${length}, ${vocab}] (one row per input position)`,
      { dims: block.dims },
    );
  }
}
