import type { Delta, DeltaInterval, PerplexityResult, WindowScore } from './types.js';
export declare const DEFAULT_BOOTSTRAP: {
    readonly resamples: 2000;
    readonly seed: 20240611;
    readonly level: 0.95;
};
export interface BootstrapOptions {
    readonly level?: number;
    readonly resamples?: number;
    readonly seed?: number;
}
/**
 * Interval of b's perplexity relative to a's, or null when the two were not scored on the same
 * windows (different counts or token counts per window: not a paired sample) or there are fewer
 * than two windows (nothing to resample).
 */
export declare function pairedBootstrap(a: readonly WindowScore[], b: readonly WindowScore[], opts?: BootstrapOptions): DeltaInterval | null;
/**
 * Interval for two perplexity results when both kept their window scores and ran on the same
 * windows of the same token stream (a baseline measured on another text or with other window
 * settings is not a paired sample), else null.
 */
export declare function deltaInterval(a: PerplexityResult, b: PerplexityResult, opts?: BootstrapOptions): DeltaInterval | null;
/** Linear-interpolation quantile (numpy's default, "linear") of sorted values. */
export declare function quantile(sorted: Float64Array, q: number): number;
/** Absolute and relative change of b's perplexity against a's, with its interval when both kept window scores. */
export declare function perplexityDelta(a: PerplexityResult, b: PerplexityResult, opts?: BootstrapOptions): Delta;
