import type { NormMetrics } from './types.js';
/** WeightWatcher's EPSILON on CPU (RMT_Util: 6e-5 on CUDA hosts, where it also reads weights as fp16). */
export declare const ENTROPY_EPSILON = 1e-10;
/** WeightWatcher's default `tolerance` for weak_rank_loss. */
export declare const WEAK_RANK_TOLERANCE = 0.000001;
/**
 * @param evals ascending eigenvalues lambda_i = sigma_i^2 (length M, clamped at 0)
 * @param alpha the power-law alpha (-1 when the fit failed)
 * @param N the long side of W (max(shape)), used by WeightWatcher's rank tolerance
 */
export declare function normMetrics(evals: Float64Array, alpha: number, N: number): NormMetrics;
