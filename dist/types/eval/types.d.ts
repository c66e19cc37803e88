/** Evaluation (perplexity) inputs and results. Convention: README "Perplexity convention". */
export type DeviceRequest = 'auto' | 'cpu' | 'cuda';
export type DeviceUsed = 'cpu' | 'cuda';
export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all';
export interface EvalOptions {
    context: number;
    /** Default = context (non-overlapping windows). */
    stride: number;
    /** Stop after this many scored tokens (0 = no limit). */
    maxTokens: number;
    device: DeviceRequest;
    threads: number;
    /** Windows of the same length run together, at most this many per call. */
    batchSize: number;
    graphOptimizationLevel: GraphOptimizationLevel;
}
export interface PerplexityResult {
    perplexity: number;
    meanNll: number;
    tokensScored: number;
    windows: number;
    seconds: number;
    tokensPerSecond: number;
    device: DeviceUsed;
    /** Why this device (e.g. 'cuda requested by auto, unavailable: <reason>; fell back to cpu'). */
    deviceNote: string;
    /** Tokens encoded from the text: all of them, or, when `maxTokens` bounds what is scored, as many as the windows can use (tokenizing stops there). */
    tokensTotal: number;
    /** Window settings actually used. */
    context: number;
    stride: number;
    /** Vocabulary size (last dimension of the logits). */
    vocabSize: number;
    /** Model file that was run. */
    model: string;
    /** Per-window scores (same order as the windows), for paired bootstrap intervals; absent in old reports. */
    windowScores?: WindowScore[];
}
export interface Delta {
    absolute: number;
    /** (b - a) / a */
    relative: number;
    /** Paired bootstrap interval over the evaluation windows (src/eval/bootstrap.ts), when both runs kept them. */
    ci?: DeltaInterval;
}
/** Percentile interval of a perplexity delta from a paired bootstrap over evaluation windows. */
export interface DeltaInterval {
    /** Two-sided coverage, e.g. 0.95. */
    level: number;
    relativeLow: number;
    relativeHigh: number;
    absoluteLow: number;
    absoluteHigh: number;
    /** Fraction of resamples in which b's perplexity is above a's (one-sided evidence of an increase). */
    probabilityIncrease: number;
    resamples: number;
    seed: number;
    /** Windows resampled (the same windows for both models). */
    windows: number;
}
/** NLL sum and scored-token count of one evaluation window, in window order. */
export interface WindowScore {
    nllSum: number;
    tokens: number;
}
/** One window of the token stream: the model sees tokens [start, end) and scores [scoreFrom, end). */
export interface EvalWindow {
    readonly start: number;
    readonly end: number;
    /** First position scored; each scored position p is predicted by the logits at p - 1. */
    readonly scoreFrom: number;
}
/** Progress of a running evaluation, for a progress bar. */
export interface EvalProgress {
    windowsDone: number;
    windowsTotal: number;
    tokensScored: number;
    tokensTotal: number;
}
export type ProgressCallback = (progress: EvalProgress) => void;
