/**
 * All eigenvalues of a symmetric matrix by the two-stage reduction LAPACK's dsyevd_2stage uses:
 *   1. dense -> band (bandwidth b): per panel a Householder QR (wasm, one thread) and a two-sided
 *      block update A22 <- Q^T A22 Q written as matrix products (level 3: `BandUpdater`, run by the
 *      threaded wasm GEMM or by onnxruntime);
 *   2. band -> tridiagonal by bulge chasing (wasm, O(n^2 b));
 *   3. implicit QL (tql1) on the tridiagonal matrix.
 * Only eigenvalues are produced (no back-transformation), so stage 2 stays cheap.
 */
import type { WasmRuntime } from './runtime.js';
/** Default bandwidth of the intermediate band matrix (tuned by bench/run.ts). */
export declare const DEFAULT_BAND = 32;
/** Lower band storage of a symmetric matrix: ab[c * ld + (r - c)] = A[r][c], ld = 2b + 1. */
export interface BandMatrix {
    readonly n: number;
    readonly b: number;
    readonly ld: number;
    readonly ab: Float64Array;
}
export declare function newBand(n: number, b: number): BandMatrix;
/** Copies the lower triangle of the s x s block (ld lds, starting at `src`) to band rows/cols k.. */
export declare function putDiagonalBlock(band: BandMatrix, k: number, src: Float64Array, off: number, lds: number, s: number): void;
/** Writes the b x b upper-triangular R of the panel at offset k: A[k+b+i][k+j] = R[i][j], i <= j. */
export declare function putPanelR(band: BandMatrix, k: number, R: Float64Array, rOff: number, rows: number): void;
/** Stage 2 + 3: eigenvalues (ascending) of the band matrix. The band storage is overwritten. */
export declare function bandEigenvalues(rt: WasmRuntime, band: BandMatrix, pipelinedThreads?: boolean): Float64Array;
/**
 * Stage 1 entirely in wasm memory: A (n x n, full symmetric, ld n) at byte offset `aPtr` is
 * reduced in place, the band is returned. Scratch is laid out after A by the caller's layout.
 */
export declare function denseToBandWasm(rt: WasmRuntime, n: number, b: number, aPtr: number, scratch: {
    L: number;
    Rt: number;
    XV: number;
    R: number;
    T: number;
    M: number;
    work: number;
}): BandMatrix;
