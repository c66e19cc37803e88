/**
 * The arithmetic of smoothing one weight, in float64 and in the STORED layout: the rank-k part
 * U_k S_k V_k^T from the engine's truncated SVD (or W minus it, for negative k), the factorised
 * form in the orientation the op uses (A [in, k], B [k, out]), and the error measures the report
 * shows. Storage dtype rounding is the writer's job.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { Matrix, Svd } from '../linalg/matrix.js';
import type { DenseLayer } from '../model/types.js';
/** U diag(S) Vt: rows x cols. */
export declare function lowRankProduct(svd: Svd): Matrix;
export interface SmoothedMatrix {
    /** W' in stored layout, float64. */
    readonly values: Matrix;
    /** The top-|k| triplets of W used to build W'. */
    readonly svd: Svd;
}
/**
 * W' for 0 < |k| < min(rows, cols): the top-k part (k > 0) or W minus its top |k| part (k < 0,
 * WeightWatcher's negative percent). The caller handles k = 0 and k >= min (no change).
 */
export declare function smoothMatrix(W: Matrix, k: number, engine: LinalgEngine, seed?: number): Promise<SmoothedMatrix>;
/**
 * Factors of W_used = A @ B with A [in, k] = U_k S_k and B [k, out] = V_k^T, in the orientation
 * the op uses (x[*, in] @ A @ B). The SVD is of the stored matrix: when storage is [out, in]
 * (transB / PyTorch Linear), W_used = (U S Vt)^T = Vt^T S U^T.
 */
export declare function factorsInUsedOrientation(svd: Svd, layer: Pick<DenseLayer, 'storedTransposed' | 'inFeatures' | 'outFeatures'>): {
    a: Matrix;
    b: Matrix;
};
export { factorizationBlocker } from '../model/factorizable.js';
/** Whether the factorised form has fewer parameters than the dense one. */
export declare function factorizationSaves(k: number, inFeatures: number, outFeatures: number): boolean;
export declare function frobeniusSquared(W: Matrix): number;
/** ||W - W'||_F / ||W||_F, measured elementwise (0 for a zero W). */
export declare function relativeFrobeniusError(W: Matrix, Wp: Matrix): number;
/** Sum of all eigenvalues (ascending or not) = ||W||_F^2. */
/**
 * The Gram spectrum (ascending, length p) of U diag(S) V^T with orthonormal U, V: S^2 and p - k
 * zeros. The engine's U and V are orthonormal to ~1e-15 (tested), so this is the spectrum a second
 * full eigendecomposition of W' would find, to rounding, at no cost.
 */
export declare function lowRankSpectrum(S: Float64Array, p: number): Float64Array;
export declare function eigenTotal(eigenvalues: Float64Array): number;
/**
 * Energy kept for k (negative: top |k| removed) from the layer's eigenvalues (any order):
 * sum of the kept lambda / sum of all lambda. Used by full dry runs, where no SVD is computed.
 */
export declare function energyKeptFromEigenvalues(eigenvalues: Float64Array, k: number): number;
