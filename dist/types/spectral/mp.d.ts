import type { MpFit } from './types.js';
export declare const MP_BANDWIDTH = 0.1;
/** Triangular-kernel density (bandwidth h) of sorted `data` at each grid point. */
export declare function linearKde(sortedData: Float64Array, grid: Float64Array, h: number): Float64Array;
/**
 * scipy.optimize.fmin for one variable (Nelder-Mead with rho=1, chi=2, psi=0.5, sigma=0.5, initial
 * step 5%, xatol = fatol = 1e-4, at most 200 iterations and 200 evaluations), transcribed from
 * scipy's _minimize_neldermead for N = 1.
 */
export declare function neldermead1d(f: (x: number) => number, x0: number, xatol?: number, fatol?: number, maxIter?: number, maxFev?: number): number;
/** fit_density_with_range: the sigma of the MP (or quarter-circle) law that best fits the ESD. */
export declare function fitMpSigma(rescaled: Float64Array, Q: number, bw?: number): number;
/**
 * MP fit of an ESD (ascending eigenvalues in original units). `N`, `M`: the layer's long and short
 * sides (Q = N/M; M also sets the Tracy-Widom pad). For WeightWatcher's `rand_*` columns pass the
 * pooled randomized eigenvalues with the layer's own N and M.
 */
export declare function mpFit(evals: Float64Array, N: number, M: number): MpFit;
