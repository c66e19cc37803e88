/**
 * The dense products the truncated SVD needs, behind one interface so the same algorithm runs on
 * onnxruntime (CPU or CUDA) or on the threaded wasm GEMM. Row-major; the two float64 products
 * always, and an optional float32 path (Gram, Gram products, whole filter rounds) that onnxruntime has.
 */
import type { ChebyshevStep, OrtOps } from './ort/ortOps.js';
import type { WasmRuntime } from './wasm/runtime.js';
export interface DenseOps {
    /** C (m x n) = A (m x k) B (k x n) */
    mm(A: Float64Array, m: number, k: number, B: Float64Array, n: number): Promise<Float64Array>;
    /** C (m x n) = A^T B with A (k x m), B (k x n) */
    tn(A: Float64Array, k: number, m: number, B: Float64Array, n: number): Promise<Float64Array>;
    /** A (m x n) rounded to float32 (the optional float32 path: used only where rounding to float32 is harmless) */
    toF32?(A: Float64Array, m: number, n: number): Promise<Float32Array>;
    /** full symmetric float32 Gram X X^T (p x p) of the p x q float32 matrix X */
    gram32?(X: Float32Array, p: number, q: number): Promise<Float32Array>;
    /**
     * One Chebyshev filter round in float32 without leaving the backend:
     * Y1 = first.a GQ - first.ac Q, Y_j = a_j G Y_{j-1} - ac_j Y_{j-1} - b_j Y_{j-2}; returns Y_(steps+1).
     */
    chebyshev32?(G: Float32Array, p: number, Q: Float64Array, GQ: Float64Array, l: number, first: {
        a: number;
        ac: number;
    }, steps: readonly ChebyshevStep[]): Promise<Float64Array>;
    /** C = A B in float32 arithmetic for a float32 A and float64 B, C */
    mm32x64?(A: Float32Array, m: number, k: number, B: Float64Array, n: number): Promise<Float64Array>;
}
export declare function ortDenseOps(ops: OrtOps): DenseOps;
export declare function wasmDenseOps(rt: WasmRuntime): DenseOps;
