/**
 * Gram matrix of the short side of W in float64: W^T W (cols x cols) when rows >= cols, else
 * W W^T (rows x rows). Its eigenvalues are the squared singular values of W, which is the ESD
 * WeightWatcher uses (lambda_i = sigma_i^2).
 */
import type { Matrix } from '../matrix.js';

export function shortSideGram(W: Matrix): { gram: Float64Array; n: number; side: 'cols' | 'rows' } {
  const { rows, cols, data } = W;
  if (rows >= cols) {
    const n = cols;
    const g = new Float64Array(n * n);
    // Accumulate row by row (rank-1 updates of the upper triangle): streams W once, cache friendly.
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      for (let i = 0; i < n; i++) {
        const wi = data[base + i]!;
        if (wi === 0) continue;
        const gi = i * n;
        for (let j = i; j < n; j++) g[gi + j] = g[gi + j]! + wi * data[base + j]!;
      }
    }
    mirrorUpper(g, n);
    return { gram: g, n, side: 'cols' };
  }
  const n = rows;
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const bi = i * cols;
    for (let j = i; j < n; j++) {
      const bj = j * cols;
      let s = 0;
      for (let c = 0; c < cols; c++) s += data[bi + c]! * data[bj + c]!;
      g[i * n + j] = s;
    }
  }
  mirrorUpper(g, n);
  return { gram: g, n, side: 'rows' };
}

function mirrorUpper(g: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) g[j * n + i] = g[i * n + j]!;
}
