/**
 * Paired bootstrap interval for a perplexity delta. Both models were scored on the same windows
 * of the same tokens, so a resample draws window indices with replacement once and applies them
 * to both: the interval reflects how much the delta depends on which text was sampled, with the
 * pairing removing the (large) shared variation between windows. Each resample's perplexity is
 * exp(sum of the drawn windows' NLL / sum of their scored tokens), the estimator the point value
 * uses. The percentile interval is taken over `resamples` draws from a seeded mulberry32, so the
 * same scores always give the same interval.
 */
import { mulberry32 } from '../util/prng.js';
import type { Delta, DeltaInterval, PerplexityResult, WindowScore } from './types.js';

export const DEFAULT_BOOTSTRAP = { resamples: 2000, seed: 20240611, level: 0.95 } as const;

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
export function pairedBootstrap(a: readonly WindowScore[], b: readonly WindowScore[], opts: BootstrapOptions = {}): DeltaInterval | null {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  for (let i = 0; i < n; i++) {
    if (a[i]!.tokens !== b[i]!.tokens) return null;
    // A non-finite window has no interval; the gate fails such a run on the point value.
    if (!Number.isFinite(a[i]!.nllSum) || !Number.isFinite(b[i]!.nllSum)) return null;
  }
  const level = opts.level ?? DEFAULT_BOOTSTRAP.level;
  const resamples = opts.resamples ?? DEFAULT_BOOTSTRAP.resamples;
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP.seed;
  const random = mulberry32(seed);
  const relative = new Float64Array(resamples);
  const absolute = new Float64Array(resamples);
  let above = 0;
  for (let r = 0; r < resamples; r++) {
    let nllA = 0;
    let nllB = 0;
    let tokens = 0;
    for (let j = 0; j < n; j++) {
      const i = Math.floor(random() * n);
      nllA += a[i]!.nllSum;
      nllB += b[i]!.nllSum;
      tokens += a[i]!.tokens;
    }
    const pa = Math.exp(nllA / tokens);
    const pb = Math.exp(nllB / tokens);
    relative[r] = pb / pa - 1;
    absolute[r] = pb - pa;
    if (pb > pa) above++;
  }
  relative.sort();
  absolute.sort();
  const tail = (1 - level) / 2;
  return {
    level,
    relativeLow: quantile(relative, tail),
    relativeHigh: quantile(relative, 1 - tail),
    absoluteLow: quantile(absolute, tail),
    absoluteHigh: quantile(absolute, 1 - tail),
    probabilityIncrease: above / resamples,
    resamples,
    seed,
    windows: n,
  };
}

/**
 * Interval for two perplexity results when both kept their window scores and ran on the same
 * windows of the same token stream (a baseline measured on another text or with other window
 * settings is not a paired sample), else null.
 */
export function deltaInterval(a: PerplexityResult, b: PerplexityResult, opts: BootstrapOptions = {}): DeltaInterval | null {
  if (!a.windowScores || !b.windowScores) return null;
  if (a.tokensTotal !== b.tokensTotal || a.context !== b.context || a.stride !== b.stride) return null;
  return pairedBootstrap(a.windowScores, b.windowScores, opts);
}

/** Linear-interpolation quantile (numpy's default, "linear") of sorted values. */
export function quantile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Absolute and relative change of b's perplexity against a's, with its interval when both kept window scores. */
export function perplexityDelta(a: PerplexityResult, b: PerplexityResult, opts: BootstrapOptions = {}): Delta {
  const absolute = b.perplexity - a.perplexity;
  const relative = absolute / a.perplexity;
  const ci = deltaInterval(a, b, opts);
  return ci ? { absolute, relative, ci } : { absolute, relative };
}
