import type { EvalWindow, ProgressCallback, WindowScore } from './types.js';
export { planWindows, batchWindows } from './windows.js';
export type LogitsData = Float32Array | Float64Array | Uint16Array | {
    readonly length: number;
    readonly [i: number]: number;
};
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
/** -log softmax(row)[target] in float64. */
export declare function nllOfRow(row: ArrayLike<number>, target: number): number;
/**
 * Scores `tokens` with `runner`. Tokens must already be checked against the vocabulary.
 * Empty plans (fewer than two tokens) are EVAL_TEXT_EMPTY.
 */
export declare function scoreTokens(tokens: ArrayLike<number>, runner: WindowRunner, options: ScoreOptions, onProgress?: ProgressCallback): Promise<ScoreResult>;
/**
 * Scores the given windows (a plan's windows, or a subset of them: the search screens candidates
 * on every n-th window) in batches of equal-length windows.
 */
export declare function scoreWindows(tokens: ArrayLike<number>, windows: readonly EvalWindow[], runner: WindowRunner, batchSize: number, onProgress?: ProgressCallback): Promise<ScoreResult>;
