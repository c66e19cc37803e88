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
export function exactFloat32(d: Float64Array): Float32Array | null {
  const f = new Float32Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    f[i] = v;
    if (f[i] !== v && v === v) return null;
  }
  return f;
}

export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: rows and cols must be non-negative integers, got ${rows}x${cols}`);
  }
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols) {
    throw new RangeError(`matrix: data has ${d.length} elements, expected ${rows}x${cols}=${rows * cols}`);
  }
  return { rows, cols, data: d };
}

export function transpose(a: Matrix): Matrix {
  const out = new Float64Array(a.rows * a.cols);
  transposeInto(a.data, a.rows, a.cols, out);
  return { rows: a.cols, cols: a.rows, data: out };
}

/** dst (cols x rows) = src^T for a row-major rows x cols src, in cache-sized tiles. */
export function transposeInto(src: Float32Array | Float64Array, rows: number, cols: number, dst: Float32Array | Float64Array): void {
  const TILE = 64;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c]!;
    }
  }
}

/** Index of the first NaN or +-Inf of `values`, or -1. */
export function firstNonFinite(values: Float64Array | Float32Array): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return i;
  return -1;
}

/**
 * W (rows x cols, float32 row-major) widened to float64 as a wide matrix: W itself when
 * rows <= cols, else its transpose (the short-side Gram, and so the ESD, is the same). Written into
 * `into` when that holds enough elements (a worker's reused buffer: a fresh 92 MB array costs ~45 ms
 * of page faults, more than the copy).
 */
export function wideFloat64(rows: number, cols: number, data32: Float32Array, into?: Float64Array): Matrix {
  const n = rows * cols;
  const data = into && into.length >= n ? into.subarray(0, n) : new Float64Array(n);
  if (rows <= cols) {
    data.set(data32);
    return { rows, cols, data };
  }
  transposeInto(data32, rows, cols, data);
  return { rows: cols, cols: rows, data };
}

/** Copies the lower triangle of the n x n row-major A onto its upper triangle, in cache-sized tiles. */
export function mirrorLower<T extends Float32Array | Float64Array>(A: T, n: number): void {
  const TILE = 64;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    for (let j0 = i0; j0 < n; j0 += TILE) {
      const j1 = Math.min(n, j0 + TILE);
      for (let i = i0; i < i1; i++) for (let j = Math.max(j0, i + 1); j < j1; j++) A[i * n + j] = A[j * n + i]!;
    }
  }
}

/**
 * The block rows [r0, r1) a symmetric n x n product is computed in when only its lower triangle is
 * formed (rows [r0, r1) against columns [0, r1)): round(n / blockRows) of them, as even as integers
 * allow, which costs (b + 1) / (2 b) of the full product for b blocks.
 */
export function lowerBlockRows(n: number, blockRows: number): { readonly r0: number; readonly r1: number }[] {
  const blocks = Math.max(1, Math.round(n / blockRows));
  return Array.from({ length: blocks }, (_, i) => ({ r0: Math.floor((n * i) / blocks), r1: Math.floor((n * (i + 1)) / blocks) }));
}

/** Writes the lower-triangle part of block row [r0, r1) (blk: (r1 - r0) x r1, row-major) into the n x n out. */
export function putLowerBlockRow<T extends Float32Array | Float64Array>(out: T, n: number, blk: T, r0: number, r1: number): void {
  for (let r = 0; r < r1 - r0; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * n);
}

/** Truncated SVD result: W ~= U diag(S) Vt, U is rows x k, Vt is k x cols, S descending. */
export interface Svd {
  readonly U: Matrix;
  readonly S: Float64Array;
  readonly Vt: Matrix;
}
