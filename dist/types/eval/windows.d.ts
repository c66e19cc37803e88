import type { EvalWindow } from './types.js';
export interface WindowPlan {
    readonly windows: readonly EvalWindow[];
    /** Sum of (end - scoreFrom) over the windows. */
    readonly tokensScored: number;
}
/**
 * Plans the windows over `nTokens` tokens. `maxTokens` > 0 stops once that many tokens are scored
 * (the last window is cut short so exactly `maxTokens` are scored when the text has that many).
 */
export declare function planWindows(nTokens: number, context: number, stride: number, maxTokens?: number): WindowPlan;
/**
 * How many tokens of a text the windows can use at most when `maxTokens` (> 0) are to be scored:
 * the end of the last window planned over an unbounded text. Tokenization stops there, so a huge
 * eval text costs no more than the part that is scored. Without a known context (the model
 * picks it later) the bound for the smallest context, 2, is used: 2 * maxTokens + 1. 0: no limit.
 */
export declare function tokensNeeded(maxTokens: number, context?: number, stride?: number): number;
/**
 * Groups consecutive windows of equal length into batches of at most `batchSize`, so one model
 * call runs several windows; a final short window runs alone.
 */
export declare function batchWindows(windows: readonly EvalWindow[], batchSize: number): EvalWindow[][];
/** Windows per model call when the user leaves it open: at most 16, logits of one call under 64 MiB. */
export declare function autoBatchSize(context: number, vocab: number): number;
