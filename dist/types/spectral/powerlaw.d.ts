import type { PowerLawFit, TrainingWarning } from './types.js';
/** WeightWatcher's EVALS_THRESH: eigenvalues at or below it are left out of the fit. */
export declare const EVALS_THRESH = 0.00001;
export declare const OVER_TRAINED_THRESH = 2;
export declare const UNDER_TRAINED_THRESH = 6;
export interface PowerLawOptions {
    /** Eigenvalues <= thresh are dropped before fitting (default 1e-5, absolute, as in WeightWatcher). */
    readonly thresh?: number;
}
/** WeightWatcher's warning for a fitted alpha. A failed fit gets '' (WeightWatcher says 'over-trained'). */
export declare function trainingWarning(alpha: number, status: 'success' | 'failed'): TrainingWarning;
/**
 * Fits the power-law tail of `evals` (ascending, float64; all eigenvalues of the layer).
 * `num_pl_spikes` counts eigenvalues >= xmin among all of `evals`.
 */
export declare function powerLawFit(evals: Float64Array, opts?: PowerLawOptions): PowerLawFit;
