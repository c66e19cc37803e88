import type { Float32Matrix, Matrix, Svd } from './matrix.js';
export interface TruncatedSvdOptions {
    /** Seed for randomized algorithms; exact backends ignore it. Same seed, same result. */
    readonly seed?: number;
}
/** Options of topGramEigenvalues32: the seed, and the relative residual the iteration stops at. */
export interface TopEigenvaluesOptions extends TruncatedSvdOptions {
    readonly tolerance?: number;
}
export interface LinalgEngine {
    /** Backend name recorded in reports, e.g. 'js', 'wasm-simd(2 threads)'. */
    readonly name: string;
    /**
     * All eigenvalues of the short-side Gram matrix of W (W^T W or W W^T), float64, ascending,
     * length min(rows, cols). Tiny negative round-off values are clamped to 0.
     */
    gramEigenvalues(W: Matrix): Promise<Float64Array>;
    /** Top-k singular triplets of W, singular values descending. 1 <= k <= min(rows, cols). */
    truncatedSvd(W: Matrix, k: number, opts?: TruncatedSvdOptions): Promise<Svd>;
    /**
     * Optional fast path of the randomized ESD's element shuffle (./shuffle.ts): a shuffled copy of
     * `values` (same type), `state` the xoshiro128** state (4 words) advanced in place. The same
     * permutation as the JavaScript reference in src/spectral/randomize.ts for the same state.
     */
    shuffleElements?<T extends Float32Array | Float64Array>(values: T, state: Int32Array): Promise<T>;
    /**
     * Optional: the k largest eigenvalues (descending) of the short-side Gram of a float32 matrix, to
     * float32 accuracy (about 1e-6 relative; `tolerance` bounds the iteration's residual): for
     * estimates, never where float64 eigenvalues are promised. Backends without it leave the randomized
     * ESD to truncatedSvd.
     */
    topGramEigenvalues32?(W: Float32Matrix, k: number, opts?: TopEigenvaluesOptions): Promise<Float64Array>;
    /** Frees workers and memory held by the backend. */
    dispose(): Promise<void>;
}
export interface EngineOptions {
    /** 'js' forces the reference backend; 'wasm' the wasm kernels without onnxruntime. */
    readonly backend?: 'auto' | 'js' | 'wasm';
    /** 'cuda' tries onnxruntime's CUDA provider for the products (falls back to CPU with one log line). */
    readonly device?: 'auto' | 'cpu' | 'cuda';
    readonly threads?: number;
    /** one-line notices (fallbacks); `log` is the older name of the same option */
    readonly logger?: (line: string) => void;
    readonly log?: (line: string) => void;
}
/**
 * The best available backend: the wasm SIMD engine (with onnxruntime for the large products when
 * it loads), else the plain-JS reference (with one log line saying why).
 */
export declare function getEngine(opts?: EngineOptions): Promise<LinalgEngine>;
/** Plain-JS reference backend (Householder + implicit QL in float64). */
export declare function jsEngine(): LinalgEngine;
export declare function gramEigenvaluesJs(W: Matrix): Float64Array;
/**
 * Exact top-k SVD from the eigenvectors of the short-side Gram matrix. The long-side vectors are
 * W V_k (or U_k^T W) normalised by their own norms, which are the singular values: more accurate
 * than sqrt(eigenvalue) for the small ones. Columns are re-orthogonalised (Gram-Schmidt, twice).
 */
export declare function truncatedSvdJs(W: Matrix, k: number): Svd;
