/**
 * Test matrices with spectra known in closed form: W = U diag(s) V^T with U, V random orthonormal
 * (modified Gram-Schmidt, twice, on seeded Gaussian columns; independent of the engine's code).
 */
import type { Matrix } from '../../src/linalg/matrix.js';

export function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

export function gaussian(seed: number): () => number {
  const u = lcg(seed);
  return () => {
    let a = 0;
    while (a === 0) a = u();
    return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
  };
}

/** n x k matrix (row-major) with orthonormal columns. */
export function randomOrthonormal(n: number, k: number, seed: number): Float64Array {
  const g = gaussian(seed);
  const a = new Float64Array(n * k);
  for (let i = 0; i < a.length; i++) a[i] = g();
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < n; r++) dot += a[r * k + i]! * a[r * k + j]!;
        for (let r = 0; r < n; r++) a[r * k + j] = a[r * k + j]! - dot * a[r * k + i]!;
      }
      let norm = 0;
      for (let r = 0; r < n; r++) norm += a[r * k + j]! ** 2;
      norm = Math.sqrt(norm);
      for (let r = 0; r < n; r++) a[r * k + j] = a[r * k + j]! / norm;
    }
  }
  return a;
}

/** W (rows x cols) = U diag(s) V^T; s has length min(rows, cols). */
export function withSpectrum(rows: number, cols: number, s: readonly number[], seed: number): Matrix {
  const p = Math.min(rows, cols);
  const U = randomOrthonormal(rows, p, seed);
  const V = randomOrthonormal(cols, p, seed + 1);
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let acc = 0;
      for (let j = 0; j < p; j++) acc += U[r * p + j]! * s[j]! * V[c * p + j]!;
      data[r * cols + c] = acc;
    }
  }
  return { rows, cols, data };
}

export function gaussianMatrix(rows: number, cols: number, seed: number): Matrix {
  const g = gaussian(seed);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = g() / Math.sqrt(Math.max(rows, cols));
  return { rows, cols, data };
}
