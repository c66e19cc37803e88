/**
 * The defaults of the perplexity convention (README "Perplexity convention"), the one source for
 * `ww-smooth eval`, `ww-smooth run`, the config file and the action: the same model on the same
 * text gives the same perplexity from each, and every rendered perplexity names the settings it
 * was measured with (`describeConvention`).
 */
import type { PerplexityResult } from './types.js';
/** Tokens per window when none is given; capped by a smaller limit the model declares. */
export declare const DEFAULT_CONTEXT = 256;
/** Scored tokens when no limit is given (0 = the whole text). Bounds a CI run's time. */
export declare const DEFAULT_MAX_TOKENS = 16384;
/** "context 256, stride 256, 16384 of 20000 tokens": how a perplexity was measured. */
export declare function describeConvention(r: Pick<PerplexityResult, 'context' | 'stride' | 'tokensScored' | 'tokensTotal'>): string;
