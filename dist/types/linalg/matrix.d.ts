/**
 * Dense row-major float64 matrix: the one currency between the model readers, the numeric
 * engine, the spectral metrics and smoothing. `data[r * cols + c]`.
 */
export interface Matrix {
    readonly rows: number;
    readonly cols: number;
    readonly data: Float64Array;
    /**
     * The same values as `data`, stored as float32, when the caller has them (a float32 weight as read
     * from the model). Float32 kernels (the truncated SVD's Gram) use it instead of rounding `data`
     * again: exact, since every value is a float32. Never set it for values that are not.
     */
    readonly data32?: Float32Array;
}
/** A row-major float32 matrix (values that are float32 numbers: a stored weight, or a shuffle of one). */
export interface Float32Matrix {
    readonly rows: number;
    readonly cols: number;
    readonly data32: Float32Array;
}
/**
 * The values as a fresh float32 array when every one is a float32 number (NaN included), so the
 * copy is exact; null as soon as one is not.
 */
export declare function exactFloat32(d: Float64Array): Float32Array | null;
export declare function matrix(rows: number, cols: number, data?: Float64Array): Matrix;
export declare function transpose(a: Matrix): Matrix;
/** dst (cols x rows) = src^T for a row-major rows x cols src, in cache-sized tiles. */
export declare function transposeInto(src: Float32Array | Float64Array, rows: number, cols: number, dst: Float32Array | Float64Array): void;
/** Index of the first NaN or +-Inf of `values`, or -1. */
export declare function firstNonFinite(values: Float64Array | Float32Array): number;
/**
 * W (rows x cols, float32 row-major) widened to float64 as a wide matrix: W itself when
 * rows <= cols, else its transpose (the short-side Gram, and so the ESD, is the same). Written into
 * `into` when that holds enough elements (a worker's reused buffer: a fresh 92 MB array costs ~45 ms
 * of page faults, more than the copy).
 */
export declare function wideFloat64(rows: number, cols: number, data32: Float32Array, into?: Float64Array): Matrix;
/** Copies the lower triangle of the n x n row-major A onto its upper triangle, in cache-sized tiles. */
export declare function mirrorLower<T extends Float32Array | Float64Array>(A: T, n: number): void;
/**
 * The block rows [r0, r1) a symmetric n x n product is computed in when only its lower triangle is
 * formed (rows [r0, r1) against columns [0, r1)): round(n / blockRows) of them, as even as integers
 * allow, which costs (b + 1) / (2 b) of the full product for b blocks.
 */
export declare function lowerBlockRows(n: number, blockRows: number): {
    readonly r0: number;
    readonly r1: number;
}[];
/** Writes the lower-triangle part of block row [r0, r1) (blk: (r1 - r0) x r1, row-major) into the n x n out. */
export declare function putLowerBlockRow<T extends Float32Array | Float64Array>(out: T, n: number, blk: T, r0: number, r1: number): void;
/** Truncated SVD result: W ~= U diag(S) Vt, U is rows x k, Vt is k x cols, S descending. */
export interface Svd {
    readonly U: Matrix;
    readonly S: Float64Array;
    readonly Vt: Matrix;
}
