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
export declare function matrix(rows: number, cols: number, data?: Float64Array): Matrix;
export declare function transpose(a: Matrix): Matrix;
/** dst (cols x rows) = src^T for a row-major rows x cols src, in cache-sized tiles. */
export declare function transposeInto<T extends Float32Array | Float64Array>(src: T, rows: number, cols: number, dst: T): void;
/** Truncated SVD result: W ~= U diag(S) Vt, U is rows x k, Vt is k x cols, S descending. */
export interface Svd {
    readonly U: Matrix;
    readonly S: Float64Array;
    readonly Vt: Matrix;
}
