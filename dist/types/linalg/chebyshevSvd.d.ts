import type { DenseOps } from './denseOps.js';
import { type Float32Matrix, type Matrix, type Svd } from './matrix.js';
import type { WasmRuntime } from './wasm/runtime.js';
export interface ChebyshevOptions {
    readonly seed?: number;
    /** block size (default max(1.4k, k + 20), capped at p; measured: 1.4k is faster than 1.2k, 1.5k, 1.75k or 2k now that the Krylov step finishes) */
    readonly block?: number;
    /** polynomial degree of the first round (default 6); later rounds adapt it (see maxDegree) */
    readonly degree?: number;
    /** cap on the adapted degree (default 10; a high degree loses the k-th direction to rounding) */
    readonly maxDegree?: number;
    readonly tolerance?: number;
    readonly maxRounds?: number;
    readonly onRound?: (round: number, maxResidual: number, degree: number) => void;
    /** false: filter rounds only, no block-Krylov step at the end (default true) */
    readonly krylovStep?: boolean;
    readonly onKrylovStep?: (round: number, maxResidual: number) => void;
    /** float32 Gram and filter products when the backend has them (default true) */
    readonly float32Filter?: boolean;
    /** Ritz vectors kept for the final float64 Rayleigh-Ritz with W itself (default k + max(8, k/8)) */
    readonly finalColumns?: number;
}
/** The Gram product backend: G (p x p, full symmetric) of the p x q matrix X. */
export type GramFn = (X: Float64Array, p: number, q: number) => Promise<Float64Array>;
export declare function chebyshevTruncatedSvd(ops: DenseOps, gram: GramFn, rt: WasmRuntime, W: Matrix, k: number, opts?: ChebyshevOptions): Promise<Svd>;
/**
 * The k largest eigenvalues of the float32 Gram X X^T of a float32 matrix (descending), to float32
 * accuracy: the same filtered subspace iteration as chebyshevTruncatedSvd on the float32 Gram, with
 * the Ritz values of that Gram as the result, so no float64 copy of X and no final Rayleigh-Ritz
 * with W. For estimates that need a few relative digits (the randomized ESD's top eigenvalues:
 * WeightWatcher's own seed-to-seed spread is 1e-3 relative at 2048 x 5632); a residual tolerance
 * `tolerance` (default 1e-3) bounds each value's relative error by about its square.
 * null when the dense ops have no float32 path (the caller uses chebyshevTruncatedSvd).
 */
export declare function chebyshevTopEigenvalues32(ops: DenseOps, rt: WasmRuntime, W: Float32Matrix, k: number, opts?: ChebyshevOptions): Promise<Float64Array | null>;
