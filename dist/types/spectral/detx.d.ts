import type { DetX } from './types.js';
export interface RescaledEsd {
    readonly values: Float64Array;
    /** sqrt(n) / ||W||_F: lambda~ = W_scale^2 * lambda. */
    readonly Wscale: number;
}
/** RMT_Util.rescale_eigenvalues: lambda~ = (sqrt(n)/sqrt(sum lambda))^2 * lambda. */
export declare function rescaleEigenvalues(evals: Float64Array): RescaledEsd;
/** detX on ascending eigenvalues (original units). */
export declare function detX(evals: Float64Array): DetX;
