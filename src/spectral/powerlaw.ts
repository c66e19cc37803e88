/**
 * Power-law fit of an ESD tail, as WeightWatcher 0.7.5.5 does it by default (`fit='PL'`,
 * `pl_package='ww'`: `WW_powerlaw.WWFit`): the continuous Clauset MLE with an exhaustive xmin search.
 *
 * x = sorted eigenvalues > 1e-5. For every candidate xmin = x_i (i = 0..n-2), m = n - i:
 *   alpha_i = 1 + m / (sum_{j>=i} ln x_j - m ln x_i)
 *   D_i     = max_{t<m} |1 - (x_{i+t}/x_i)^(1-alpha_i) - t/m|   (D_i = 1 when alpha_i <= 1)
 * and the fit is the first argmin of D. The sums use numpy's pairwise order (`npSum`) so alpha agrees
 * with WeightWatcher's to the last bits.
 *
 * Speed: WeightWatcher evaluates every D_i in full (O(n^2) powers). We get the identical argmin with
 * far fewer: a coarse pass over every k-th candidate sets a bound, then each candidate stops as soon
 * as one of its deviations exceeds the best D so far (it can then no longer win, since D_i is a max).
 * Deviations are probed on a stride first so losers are found after a few dozen powers.
 * A full evaluation is done for every candidate that could still win, and ties are broken by the
 * lower index, exactly like `np.argmin`.
 */
import { npSum } from './numpy.js';
import type { PowerLawFit, TrainingWarning } from './types.js';

/** WeightWatcher's EVALS_THRESH: eigenvalues at or below it are left out of the fit. */
export const EVALS_THRESH = 1e-5;
export const OVER_TRAINED_THRESH = 2.0;
export const UNDER_TRAINED_THRESH = 6.0;

export interface PowerLawOptions {
  /** Eigenvalues <= thresh are dropped before fitting (default 1e-5, absolute, as in WeightWatcher). */
  readonly thresh?: number;
}

/** WeightWatcher's warning for a fitted alpha. A failed fit gets '' (WeightWatcher says 'over-trained'). */
export function trainingWarning(alpha: number, status: 'success' | 'failed'): TrainingWarning {
  if (status !== 'success') return '';
  if (alpha < OVER_TRAINED_THRESH) return 'over-trained';
  if (alpha > UNDER_TRAINED_THRESH) return 'under-trained';
  return '';
}

function failedFit(): PowerLawFit {
  return { alpha: -1, xmin: -1, xmax: -1, D: -1, sigma: -1, num_pl_spikes: -1, status: 'failed', warning: '' };
}

/**
 * KS distance of candidate i, or any value > `bound` as soon as it is known to exceed `bound`
 * (pass Infinity for the exact value).
 */
function ksDistance(x: Float64Array, i: number, alpha: number, bound: number): number {
  const n = x.length;
  const m = n - i;
  const xmin = x[i]!;
  const expo = -alpha + 1;
  // Probe a stride first: a candidate that cannot win usually shows it within a few dozen points.
  if (bound !== Infinity && m > 64) {
    const stride = Math.floor(m / 32);
    for (let t = stride; t < m; t += stride) {
      const dev = Math.abs(1 - Math.pow(x[i + t]! / xmin, expo) - t / m);
      if (dev > bound) return dev;
    }
  }
  let best = 0;
  for (let t = 0; t < m; t++) {
    const dev = Math.abs(1 - Math.pow(x[i + t]! / xmin, expo) - t / m);
    if (dev > best) {
      best = dev;
      if (best > bound) return best;
    }
  }
  return best;
}

/**
 * Fits the power-law tail of `evals` (ascending, float64; all eigenvalues of the layer).
 * `num_pl_spikes` counts eigenvalues >= xmin among all of `evals`.
 */
export function powerLawFit(evals: Float64Array, opts: PowerLawOptions = {}): PowerLawFit {
  const thresh = opts.thresh ?? EVALS_THRESH;
  let count = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k]! > thresh) count++;
  if (count < 2) return failedFit();
  const x = new Float64Array(count);
  for (let k = 0, j = 0; k < evals.length; k++) if (evals[k]! > thresh) x[j++] = evals[k]!;
  x.sort();
  const n = x.length;
  const logs = new Float64Array(n);
  for (let k = 0; k < n; k++) logs[k] = Math.log(x[k]!);

  const candidates = n - 1;
  const alphas = new Float64Array(candidates);
  for (let i = 0; i < candidates; i++) {
    const m = n - i;
    alphas[i] = 1 + m / (npSum(logs, i, m) - m * logs[i]!);
  }

  let bestI = -1;
  let bestD = Infinity;
  const consider = (i: number, exact: boolean): void => {
    const a = alphas[i]!;
    let d: number;
    if (a > 1) {
      d = ksDistance(x, i, a, exact ? Infinity : bestD);
      if (d > bestD) return; // cannot win (possibly an early-exit lower bound)
    } else d = 1;
    if (d < bestD || (d === bestD && i < bestI) || bestI < 0) {
      bestD = d;
      bestI = i;
    }
  };
  // Coarse pass: a good bound early; then every candidate, skipping those already done.
  const coarse = Math.max(1, Math.floor(candidates / 64));
  for (let i = 0; i < candidates; i += coarse) consider(i, true);
  for (let i = 0; i < candidates; i++) if (i % coarse !== 0) consider(i, false);

  const alpha = alphas[bestI]!;
  if (!Number.isFinite(alpha)) return failedFit();
  const xmin = x[bestI]!;
  let numPl = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k]! >= xmin) numPl++;
  return {
    alpha,
    xmin,
    xmax: x[n - 1]!,
    D: bestD,
    sigma: (alpha - 1) / Math.sqrt(n - bestI),
    num_pl_spikes: numPl,
    status: 'success',
    warning: trainingWarning(alpha, 'success'),
  };
}
