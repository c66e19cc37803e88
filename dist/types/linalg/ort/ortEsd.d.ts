/**
 * Gram eigenvalues with onnxruntime doing the level-3 work: the short-side Gram in float64 (lower
 * block rows only, then mirrored) and every two-sided block update of the dense -> band reduction;
 * the panel QRs, the band -> tridiagonal bulge chasing and QL run in the wasm kernels.
 * onnxruntime cannot read a SharedArrayBuffer, so the dense matrices live in ordinary
 * Float64Arrays (ping-pong buffers, written by onnxruntime directly as pre-allocated outputs).
 */
import { type Matrix } from '../matrix.js';
import type { WasmRuntime } from '../wasm/runtime.js';
import type { OrtOps } from './ortOps.js';
/** W itself when it is wide, else a transposed copy: p x q row-major with p = min(rows, cols). */
export declare function shortSideMajor(W: Matrix): {
    X: Float64Array;
    p: number;
    q: number;
};
/** Full symmetric Gram X X^T (p x p) from block rows of its lower triangle (lowerBlockRows), then mirrored. */
export declare function gramOrt(ops: OrtOps, X: Float64Array, p: number, q: number, out: Float64Array, blockRows?: number): Promise<void>;
/**
 * Full symmetric float32 Gram X X^T (p x p), as gramOrt. Only for shaping a subspace (the truncated
 * SVD's filter): the entries carry float32 rounding (~1e-7 relative), never used where float64
 * accuracy is promised.
 */
export declare function gramOrt32(ops: OrtOps, X: Float32Array, p: number, q: number, blockRows?: number): Promise<Float32Array>;
/**
 * The default CPU pipeline: Gram by onnxruntime (its float64 GEMM is several times faster than
 * SIMD128), copied into wasm memory, then the in-place threaded wasm band reduction (measured
 * faster than routing every block update through onnxruntime, which must copy the trailing
 * matrix in and out on every step), bulge chasing and QL.
 */
export declare function gramEigenvaluesOrt(ops: OrtOps, rt: WasmRuntime, W: Matrix, bandwidth?: number): Promise<Float64Array>;
/** Panels per delayed trailing update in the onnxruntime band reduction (tuned by bench/run.ts). */
export declare const DEFAULT_GROUP_PANELS = 4;
/**
 * Bandwidth and panels per group of the onnxruntime band reduction for a p x p Gram. A narrower
 * band makes the serial bulge chase cheaper (its cost grows with the bandwidth) at the price of
 * thinner panels, which wider groups make up for; measured (2-core AVX-512 VM, 1 and 2 onnxruntime
 * threads, docs/scaling.md): 24 / 6 is 5-8% faster than 32 / 4 from p = 2048, 24 / 8 another 2-7%
 * at p = 4096; below ~1500 the choices are within noise and 32 / 4 is kept.
 */
export declare function bandShape(p: number): {
    readonly bandwidth: number;
    readonly groupPanels: number;
};
/**
 * Same as gramEigenvaluesOrt but with every level-3 step of the band reduction in onnxruntime,
 * trailing updates delayed over groups of `groupPanels` panels (1: one update per panel).
 */
export declare function gramEigenvaluesOrtBand(ops: OrtOps, rt: WasmRuntime, W: Matrix, bandwidth?: number, groupPanels?: number): Promise<Float64Array>;
/**
 * Dense -> band with the trailing update delayed over groups of panels (default 4) (as LAPACK's dlatrd delays
 * the updates inside a block): the second panel and its product with the trailing matrix are
 * corrected by the first panel's pending rank-2b update, so the big trailing matrix is rewritten
 * once per group (one rank-2bg update) instead of once per panel. The update passes are
 * memory-bound in onnxruntime, so this halves the dominant cost. Returns eigenvalues ascending.
 */
export declare function symmetricEigenvaluesOrtGrouped(ops: OrtOps, rt: WasmRuntime, S0: Float64Array<ArrayBufferLike>, p: number, bandwidth?: number, groupPanels?: number): Promise<Float64Array>;
