import { type SessionRequest } from '../eval/session.js';
import type { Delta, EvalOptions, PerplexityResult, ProgressCallback } from '../eval/types.js';
import { autoBatchSize } from '../eval/windows.js';
export interface EvalInput {
    /** Evaluation text (raw; the convention splits and trims it). */
    text?: string;
    /** Path of a text file (read as UTF-8) instead of `text`. */
    textFile?: string;
    /** Pre-tokenised ids instead of text. */
    ids?: ArrayLike<number>;
    /** Path of a JSON array / .npy of ids instead of `ids`. */
    idsFile?: string;
    /** Folder with tokenizer.json (default: the model's folder). */
    tokenizerDir?: string;
    /** Ids the windows can use at most (src/eval/windows.ts tokensNeeded); tokenizing stops there. */
    tokenLimit?: number;
}
export interface EvaluateRequest extends EvalInput {
    modelPath: string;
    /** Unset fields take defaults: context = min(model limit, 1024), stride = context, device auto, ... */
    options?: Partial<EvalOptions>;
    onProgress?: ProgressCallback;
}
export interface CompareRequest extends EvalInput {
    /** The reference (e.g. original or base) model. */
    modelA: string;
    /** The candidate (e.g. smoothed or head) model. */
    modelB: string;
    options?: Partial<EvalOptions>;
    /** Called with which model (a or b) is running. */
    onProgress?: (which: 'a' | 'b', progress: Parameters<ProgressCallback>[0]) => void;
}
export interface PerplexityComparison {
    a: PerplexityResult;
    b: PerplexityResult;
    /** Perplexity of b relative to a: absolute = b - a, relative = (b - a) / a. */
    delta: Delta;
}
/** Tokens of the request: ids as given, or the text encoded under the convention. */
export declare function prepareTokens(input: EvalInput, modelPath: string): Promise<{
    tokens: number[];
    source: string;
}>;
/** Session options of an evaluation: perplexity and probes open their sessions alike. */
export declare function sessionRequestOf(options: Partial<EvalOptions>): SessionRequest;
/** One implementation (src/eval/windows.ts); re-exported for the evaluators here. */
export { autoBatchSize };
/** Perplexity of a model on already prepared tokens. */
export declare function evaluateTokens(modelPath: string, tokens: readonly number[], tokenSource: string, options?: Partial<EvalOptions>, onProgress?: ProgressCallback): Promise<PerplexityResult>;
/** Perplexity of one model on a text (tokenised with its tokenizer.json) or on given ids. */
export declare function evaluatePerplexity(req: EvaluateRequest): Promise<PerplexityResult>;
/** b's perplexity against a's, with the paired bootstrap interval (both ran on the same windows). */
export declare function comparePerplexity(a: PerplexityResult, b: PerplexityResult): PerplexityComparison;
/**
 * Both models on the same tokens (tokenised once, with the tokenizer of `tokenizerDir` or of
 * model A's folder: a smoothed copy written elsewhere need not carry its own tokenizer).
 */
export declare function evaluateComparison(req: CompareRequest): Promise<PerplexityComparison>;
