/**
 * Gram eigenvalues with the wasm kernels only (no onnxruntime): the short-side Gram in float64 by
 * the threaded SIMD GEMM (lower triangle, then mirrored), then the two-stage reduction.
 */
import type { Matrix } from '../matrix.js';
import type { WasmRuntime } from './runtime.js';
/** Copies W (or W^T when W is tall) into wasm memory as the p x q "short side first" matrix. */
export declare function shortSideRows(W: Matrix, dst: Float64Array): {
    p: number;
    q: number;
};
export declare function bandScratchSizes(n: number, b: number): {
    L: number;
    Rt: number;
    XV: number;
    R: number;
    T: number;
    M: number;
    work: number;
};
export declare function gramEigenvaluesWasm(rt: WasmRuntime, W: Matrix, b?: number): Float64Array;
/** Full symmetric Gram X X^T of the p x q row-major X, by the threaded wasm GEMM. */
export declare function gramWasm(rt: WasmRuntime, X: Float64Array, p: number, q: number): Float64Array;
export declare function clampNonNegative(v: Float64Array): Float64Array;
