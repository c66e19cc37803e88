/**
 * Dense row-major float64 matrix: the one currency between the model readers, the numeric
 * engine, the spectral metrics and smoothing. `data[r * cols + c]`.
 */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
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
  for (let r = 0; r < a.rows; r++) {
    const base = r * a.cols;
    for (let c = 0; c < a.cols; c++) out[c * a.rows + r] = a.data[base + c]!;
  }
  return { rows: a.cols, cols: a.rows, data: out };
}

/** Truncated SVD result: W ~= U diag(S) Vt, U is rows x k, Vt is k x cols, S descending. */
export interface Svd {
  readonly U: Matrix;
  readonly S: Float64Array;
  readonly Vt: Matrix;
}
