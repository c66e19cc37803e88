/**
 * Marchenko-Pastur bulk fit, reproducing WeightWatcher 0.7.5.5's `mp_fit` step by step
 * (weightwatcher.py mp_fit; RMT_Util fit_density_with_range, resid_mp, marchenko_pastur_fun,
 * quarter_circle_fun, calc_sigma):
 *
 * 1. Rescale lambda~ = W_scale^2 lambda with W_scale = sqrt(n)/sqrt(sum lambda). Q = N/M.
 *    The data fitted is lambda~, or sqrt(lambda~) (singular values) when Q == 1.
 * 2. Density estimate: scikit-learn KernelDensity(kernel='linear', bandwidth=0.1), i.e. the
 *    triangular kernel (1 - |d|/h)/h averaged over the data, on np.linspace(0, max + 0.5, 1000).
 *    Grid points with density < 0.01 are dropped (their residual counts as 0).
 * 3. Residual for a sigma: Q == 1: (1/(pi sigma^2)) sqrt(4 - x^2) - density (sic: WeightWatcher's
 *    quarter circle does not scale x by sigma); Q > 1: the MP density with a = (sigma(1-sqrt(1/Q)))^2,
 *    b = (sigma(1+sqrt(1/Q)))^2 minus the density, or 1000 everywhere when b is left of the density
 *    peak, right of the last grid point, or a is right of the peak. NaN -> 0, Inf -> max double.
 * 4. scipy.optimize.brute over np.arange(0.05 s0, 2 s0, 0.01 s0), s0 = sqrt(max lambda~ / (1+1/sqrt Q)^2),
 *    then brute's default `finish`, scipy.optimize.fmin (Nelder-Mead, xtol = ftol = 1e-4,
 *    200 iterations / evaluations), started from the best grid point. sigma_mp is fmin's answer.
 * 5. bulk_max = (sigma(1+1/sqrt Q))^2, bulk_min = (sigma(1-1/sqrt Q))^2 (rescaled units);
 *    Tracy-Widom pad TW = (1/sqrt Q) bulk_max^(2/3) M^(-2/3);
 *    num_spikes = #{lambda~ > bulk_max + sqrt(TW)}; mp_softrank = bulk_max / max(lambda~);
 *    bulk_max and bulk_min are reported in original units (divided by W_scale^2).
 * A fit that cannot run (empty or all-zero spectrum) reports -1 everywhere, as WeightWatcher does.
 */
import { nanToNum, npArange, npLinspace, npSum } from './numpy.js';
import type { MpFit } from './types.js';

export const MP_BANDWIDTH = 0.1;
const KDE_GRID = 1000;
const DENSITY_THRESH = 0.01;
const PENALTY = 1000;

/** The part of resid_mp that does not depend on sigma: the density estimate on its grid. */
interface DensityTarget {
  readonly x: Float64Array; // grid points kept (density > 0.01), ascending
  readonly y: Float64Array; // density there
  readonly dropped: number; // grid points with density < 0.01 (residual 0)
  readonly xPeak: number; // first grid point of maximal density
  readonly xLast: number; // max(x)
}

/** Triangular-kernel density (bandwidth h) of sorted `data` at each grid point. */
export function linearKde(sortedData: Float64Array, grid: Float64Array, h: number): Float64Array {
  const n = sortedData.length;
  const out = new Float64Array(grid.length);
  let lo = 0;
  for (let g = 0; g < grid.length; g++) {
    const xg = grid[g]!;
    while (lo < n && sortedData[lo]! <= xg - h) lo++;
    let s = 0;
    for (let k = lo; k < n; k++) {
      const d = Math.abs(xg - sortedData[k]!);
      if (sortedData[k]! >= xg + h) break;
      if (d < h) s += 1 - d / h;
    }
    out[g] = s / (h * n);
  }
  return out;
}

function densityTarget(toFit: Float64Array, bw: number): DensityTarget {
  const sorted = Float64Array.from(toFit).sort();
  const grid = npLinspace(0, sorted[sorted.length - 1]! + 0.5, KDE_GRID);
  const dens = linearKde(sorted, grid, bw);
  const xs: number[] = [];
  const ys: number[] = [];
  let dropped = 0;
  for (let g = 0; g < grid.length; g++) {
    if (dens[g]! > DENSITY_THRESH) {
      xs.push(grid[g]!);
      ys.push(dens[g]!);
    } else if (dens[g]! < DENSITY_THRESH) dropped++;
  }
  let peak = 0;
  for (let k = 1; k < ys.length; k++) if (ys[k]! > ys[peak]!) peak = k;
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    dropped,
    xPeak: xs[peak] ?? NaN,
    xLast: xs.length > 0 ? Math.max(...xs) : NaN,
  };
}

/** sum(resid^2) of resid_mp for one sigma (`allresid=False`). */
function residual(sigma: number, Q: number, t: DensityTarget): number {
  const m = t.x.length;
  const sq = new Float64Array(m + t.dropped);
  if (Q === 1) {
    const amp = 1 / (Math.PI * sigma * sigma);
    for (let k = 0; k < m; k++) {
      const x = t.x[k]!;
      const r = nanToNum(amp * Math.sqrt(4 - x * x)) - t.y[k]!;
      sq[k] = r * r;
    }
  } else {
    const y = 1 / Q;
    const rq = Math.sqrt(1 / Q);
    const bb = sigma * (1 + rq);
    const aa = sigma * (1 - rq);
    const b = bb * bb;
    const a = aa * aa;
    if (b < t.xPeak || b > t.xLast || a > t.xPeak) {
      for (let k = 0; k < m; k++) sq[k] = PENALTY * PENALTY;
    } else {
      const c = 2 * Math.PI * sigma * sigma;
      for (let k = 0; k < m; k++) {
        const x = t.x[k]!;
        const r = nanToNum((1 / (c * x * y)) * Math.sqrt((b - x) * (x - a))) - t.y[k]!;
        sq[k] = r * r;
      }
    }
  }
  return npSum(sq);
}

class MaxEvaluations extends Error {}

/**
 * scipy.optimize.fmin for one variable (Nelder-Mead with rho=1, chi=2, psi=0.5, sigma=0.5, initial
 * step 5%, xatol = fatol = 1e-4, at most 200 iterations and 200 evaluations), transcribed from
 * scipy's _minimize_neldermead for N = 1.
 */
export function neldermead1d(f: (x: number) => number, x0: number, xatol = 1e-4, fatol = 1e-4, maxIter = 200, maxFev = 200): number {
  let calls = 0;
  const fn = (x: number): number => {
    if (calls >= maxFev) throw new MaxEvaluations();
    calls++;
    return f(x);
  };
  let s0 = x0;
  let s1 = x0 !== 0 ? 1.05 * x0 : 0.00025;
  let f0 = Infinity;
  let f1 = Infinity;
  try {
    f0 = fn(s0);
    f1 = fn(s1);
  } catch (e) {
    if (!(e instanceof MaxEvaluations)) throw e;
  }
  const order = (): void => {
    // np.argsort on two values keeps their order on ties (and NaN sorts last).
    if (f1 < f0 || (Number.isNaN(f0) && !Number.isNaN(f1))) {
      [s0, s1] = [s1, s0];
      [f0, f1] = [f1, f0];
    }
  };
  order();
  let iterations = 1;
  while (calls < maxFev && iterations < maxIter) {
    try {
      if (Math.abs(s1 - s0) <= xatol && Math.abs(f0 - f1) <= fatol) break;
      const xbar = s0;
      const xr = 2 * xbar - s1;
      const fxr = fn(xr);
      if (fxr < f0) {
        const xe = 3 * xbar - 2 * s1;
        const fxe = fn(xe);
        if (fxe < fxr) {
          s1 = xe;
          f1 = fxe;
        } else {
          s1 = xr;
          f1 = fxr;
        }
      } else {
        // scipy's "fxr < fsim[-2]" branch cannot run when N = 1 (fsim[-2] is fsim[0]).
        let shrink = false;
        if (fxr < f1) {
          const xc = 1.5 * xbar - 0.5 * s1;
          const fxc = fn(xc);
          if (fxc <= fxr) {
            s1 = xc;
            f1 = fxc;
          } else shrink = true;
        } else {
          const xcc = 0.5 * xbar + 0.5 * s1;
          const fxcc = fn(xcc);
          if (fxcc < f1) {
            s1 = xcc;
            f1 = fxcc;
          } else shrink = true;
        }
        if (shrink) {
          s1 = s0 + 0.5 * (s1 - s0);
          f1 = fn(s1);
        }
      }
      iterations++;
    } catch (e) {
      if (!(e instanceof MaxEvaluations)) throw e;
    }
    order();
  }
  return s0;
}

/** fit_density_with_range: the sigma of the MP (or quarter-circle) law that best fits the ESD. */
export function fitMpSigma(rescaled: Float64Array, Q: number, bw = MP_BANDWIDTH): number {
  let lmax = -Infinity;
  for (let i = 0; i < rescaled.length; i++) if (rescaled[i]! > lmax) lmax = rescaled[i]!;
  const invSqQ = 1.0 / Math.sqrt(Q);
  const s0 = Math.sqrt(lmax / ((1 + invSqQ) * (1 + invSqQ)));
  const grid = npArange(0.05 * s0, 2.0 * s0, 0.01 * s0);
  const toFit = Q === 1 ? rescaled.map(Math.sqrt) : rescaled;
  const target = densityTarget(toFit, bw);
  const f = (s: number): number => residual(s, Q, target);
  let best = 0;
  let bestF = Infinity;
  for (let g = 0; g < grid.length; g++) {
    const v = f(grid[g]!);
    // np.argmin: first minimum, NaN wins.
    if (v < bestF || (Number.isNaN(v) && !Number.isNaN(bestF)) || g === 0) {
      best = g;
      bestF = v;
    }
    if (Number.isNaN(bestF)) break;
  }
  return neldermead1d(f, grid[best]!);
}

function failedMp(): MpFit {
  return { num_spikes: -1, sigma_mp: -1, mp_softrank: -1, bulk_max: -1, bulk_min: -1, W_scale: -1 };
}

/**
 * MP fit of an ESD (ascending eigenvalues in original units). `N`, `M`: the layer's long and short
 * sides (Q = N/M; M also sets the Tracy-Widom pad). For WeightWatcher's `rand_*` columns pass the
 * pooled randomized eigenvalues with the layer's own N and M.
 */
export function mpFit(evals: Float64Array, N: number, M: number): MpFit {
  const n = evals.length;
  if (n === 0) return failedMp();
  const Q = N / M;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  if (!Number.isFinite(Wscale) || Wscale <= 0) return failedMp();
  const s2 = Wscale * Wscale;
  const rescaled = new Float64Array(n);
  let lmax = -Infinity;
  for (let i = 0; i < n; i++) {
    rescaled[i] = s2 * evals[i]!;
    if (rescaled[i]! > lmax) lmax = rescaled[i]!;
  }
  const sigma = fitMpSigma(rescaled, Q);
  const up = sigma * (1 + 1 / Math.sqrt(Q));
  const down = sigma * (1 - 1 / Math.sqrt(Q));
  const bulkMax = up * up;
  const bulkMin = down * down;
  const TW = (1 / Math.sqrt(Q)) * Math.pow(bulkMax, 2 / 3) * Math.pow(M, -2 / 3);
  const edge = bulkMax + Math.sqrt(TW);
  let spikes = 0;
  for (let i = 0; i < n; i++) if (rescaled[i]! > edge) spikes++;
  const out: MpFit = {
    num_spikes: spikes,
    sigma_mp: sigma,
    mp_softrank: bulkMax / lmax,
    bulk_max: bulkMax / s2,
    bulk_min: bulkMin / s2,
    W_scale: Wscale,
  };
  return Object.values(out).every(Number.isFinite) ? out : failedMp();
}
