/**
 * WeightWatcher's detX constraint (RMT_Util.detX_constraint, weightwatcher.apply_detX).
 * Rescale lambda~ = lambda * n / sum(lambda) (mean 1). Scanning idx = n-1 down to 1, the first idx
 * where prod(lambda~[idx:]) < 1 gives detX_num = n - idx; if none does, detX_num = n and idx = 1
 * (where WeightWatcher's loop ends). detX_val = lambda[idx] in original units,
 * detX_val_unrescaled = lambda~[idx] (WeightWatcher's names). Fewer than two eigenvalues, or
 * lambda[0] >= lambda[n-1], gives (0, idx 0) as in WeightWatcher.
 *
 * We test the product through a running sum of logarithms: WeightWatcher's `np.prod` can overflow
 * or underflow for large layers (thousands of eigenvalues), the log sum cannot.
 */
import { npSum } from './numpy.js';
import type { DetX } from './types.js';

export interface RescaledEsd {
  readonly values: Float64Array;
  /** sqrt(n) / ||W||_F: lambda~ = W_scale^2 * lambda. */
  readonly Wscale: number;
}

/** RMT_Util.rescale_eigenvalues: lambda~ = (sqrt(n)/sqrt(sum lambda))^2 * lambda. */
export function rescaleEigenvalues(evals: Float64Array): RescaledEsd {
  const n = evals.length;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  const s2 = Wscale * Wscale;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = s2 * evals[i]!;
  return { values, Wscale };
}

/** detX on ascending eigenvalues (original units). */
export function detX(evals: Float64Array): DetX {
  const n = evals.length;
  const { values, Wscale } = rescaleEigenvalues(evals);
  let num = n;
  let idx = 0;
  if (n < 2 || !(values[0]! < values[n - 1]!)) {
    num = 0;
    idx = 0;
  } else {
    let logSum = 0;
    for (idx = n - 1; idx >= 1; idx--) {
      logSum += Math.log(values[idx]!);
      if (logSum < 0) {
        num = n - idx;
        break;
      }
    }
    if (idx < 1) idx = 1; // loop ran out: WeightWatcher's idx stays at the last value, 1
  }
  const rescaled = values[idx] ?? 0;
  return { detX_num: num, detX_val: rescaled / (Wscale * Wscale), detX_val_unrescaled: rescaled };
}
