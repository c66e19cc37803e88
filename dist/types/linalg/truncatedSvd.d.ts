import type { DenseOps } from './denseOps.js';
import type { Matrix, Svd } from './matrix.js';
import type { WasmRuntime } from './wasm/runtime.js';
export interface KrylovOptions {
    readonly seed?: number;
    /** extra block columns beyond k (default max(10, ceil(k / 10))) */
    readonly oversample?: number;
    /** Krylov blocks after the first, before the first convergence check (default 4) */
    readonly iterations?: number;
    /** more blocks are added until every relative residual is below this (default 2e-4) */
    readonly tolerance?: number;
    /** cap on Krylov blocks (default 16) */
    readonly maxBlocks?: number;
    /** diagnostics: relative residuals ||X v_j - sigma_j u_j|| / sigma_j and the blocks used */
    readonly onResiduals?: (r: Float64Array, blocks: number) => void;
}
/**
 * Deterministic standard normal generator (xorshift128+ and Box-Muller). The 64-bit state is kept
 * as 32-bit halves (BigInt only for seeding): the same stream as 64-bit arithmetic, several times faster.
 */
export declare function gaussianStream(seed: number): () => number;
/** Orthonormal basis of the columns of Y (p x l) by Householder QR in wasm; returns Q (p x l). */
export declare function householderQ(rt: WasmRuntime, Y: Float64Array, p: number, l: number): Float64Array;
export declare function krylovTruncatedSvd(ops: DenseOps, rt: WasmRuntime, W: Matrix, k: number, opts?: KrylovOptions): Promise<Svd>;
/**
 * The k largest eigenpairs of a small symmetric s x s matrix (wasm: tridiagonalisation, QL, inverse
 * iteration, back-transformation): values descending, vectors as rows (k x s).
 */
export declare function smallSymmetricTopK(rt: WasmRuntime, C: Float64Array, s: number, k: number): {
    values: Float64Array;
    vectorsRows: Float64Array;
};
