import { describe, expect, it } from 'vitest';
import { gramEigenvaluesJs, truncatedSvdJs } from '../../src/linalg/engine.js';
import { symmetricEigen } from '../../src/linalg/js/symmetricEigen.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { gaussianArray } from '../helpers/random.js';

/** m x p matrix with orthonormal columns: classical Gram-Schmidt twice on Gaussian columns (test-local). */
function orthonormal(m: number, p: number, seed: number): Float64Array {
  const a = gaussianArray(m * p, seed);
  for (let pass = 0; pass < 2; pass++)
    for (let j = 0; j < p; j++) {
      for (let i = 0; i < j; i++) {
        let d = 0;
        for (let r = 0; r < m; r++) d += a[r * p + i]! * a[r * p + j]!;
        for (let r = 0; r < m; r++) a[r * p + j]! -= d * a[r * p + i]!;
      }
      let nn = 0;
      for (let r = 0; r < m; r++) nn += a[r * p + j]! ** 2;
      for (let r = 0; r < m; r++) a[r * p + j]! /= Math.sqrt(nn);
    }
  return a;
}
/** W = U diag(s) V^T, rows x cols, with known singular values s (length min(rows, cols)). */
function withSpectrum(rows: number, cols: number, s: number[], seed: number): Matrix {
  const p = Math.min(rows, cols);
  const U = orthonormal(rows, p, seed);
  const V = orthonormal(cols, p, seed + 1);
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      let v = 0;
      for (let i = 0; i < p; i++) v += U[r * p + i]! * s[i]! * V[c * p + i]!;
      data[r * cols + c] = v;
    }
  return { rows, cols, data };
}

describe('plain-JS symmetric eigensolver', () => {
  it('diagonalises a 2x2 matrix in closed form', () => {
    // [[2,1],[1,2]] has eigenvalues 1 and 3.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2, true);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(values[1]).toBeCloseTo(3, 14);
    expect(Math.abs(vectors![0]!)).toBeCloseTo(Math.SQRT1_2, 14);
  });

  it.each([
    [60, 40],
    [40, 60],
    [64, 64],
    [172, 64],
  ])('recovers s^2 of a %ix%i matrix with a known spectrum to 1e-10 lambda_max', (rows, cols) => {
    const p = Math.min(rows, cols);
    const s = Array.from({ length: p }, (_, i) => 10 * Math.pow(i + 1, -0.8));
    const W = withSpectrum(rows, cols, s, 7 + rows);
    const got = gramEigenvaluesJs(W);
    const want = s.map((x) => x * x).sort((a, b) => a - b);
    const lmax = want[want.length - 1]!;
    for (let i = 0; i < p; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(1e-10 * lmax);
  });

  it('handles rank-deficient and zero matrices', () => {
    const s = [5, 3, 0, 0, 0];
    const got = gramEigenvaluesJs(withSpectrum(8, 5, s, 3));
    expect(got[4]).toBeCloseTo(25, 10);
    expect(got[3]).toBeCloseTo(9, 10);
    for (let i = 0; i < 3; i++) expect(got[i]!).toBeLessThan(1e-12);
    expect(Array.from(gramEigenvaluesJs({ rows: 3, cols: 3, data: new Float64Array(9) }))).toEqual([0, 0, 0]);
  });
});

describe('plain-JS truncated SVD', () => {
  it.each([
    [50, 30, 5],
    [30, 50, 7],
  ])('%ix%i top-%i: singular values, orthonormal factors, optimal residual', (rows, cols, k) => {
    const p = Math.min(rows, cols);
    const s = Array.from({ length: p }, (_, i) => 3 * Math.pow(i + 1, -0.5));
    const W = withSpectrum(rows, cols, s, 11);
    const { U, S, Vt } = truncatedSvdJs(W, k);
    for (let i = 0; i < k; i++) expect(Math.abs(S[i]! - s[i]!) / s[i]!).toBeLessThan(1e-10);
    // ||W - U S Vt||_F^2 equals the sum of the discarded s^2 (Eckart-Young).
    let resid = 0;
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        let v = 0;
        for (let j = 0; j < k; j++) v += U.data[r * k + j]! * S[j]! * Vt.data[j * cols + c]!;
        resid += (W.data[r * cols + c]! - v) ** 2;
      }
    const optimal = s.slice(k).reduce((a, x) => a + x * x, 0);
    expect(Math.abs(resid - optimal) / optimal).toBeLessThan(1e-9);
  });

  it('rejects k out of range', () => {
    const W = withSpectrum(5, 4, [4, 3, 2, 1], 1);
    expect(() => truncatedSvdJs(W, 0)).toThrow(/k must be an integer in \[1, 4\]/);
    expect(() => truncatedSvdJs(W, 5)).toThrow(/RANK|k must/);
  });
});

describe.skipIf(findNumpyPython() === null)('against numpy float64 eigvalsh', () => {
  it('matches numpy on a Gaussian 120x80 matrix to 1e-12 lambda_max', () => {
    const rows = 120;
    const cols = 80;
    const data = gaussianArray(rows * cols, 99);
    const ref = runPython<number[]>(
      'W = np.array(inp["w"], dtype=np.float64).reshape(inp["r"], inp["c"])\nprint(json.dumps(np.linalg.eigvalsh(W.T @ W).tolist()))',
      { w: Array.from(data), r: rows, c: cols },
    );
    const got = gramEigenvaluesJs({ rows, cols, data });
    const lmax = ref[ref.length - 1]!;
    for (let i = 0; i < cols; i++) expect(Math.abs(got[i]! - Math.max(ref[i]!, 0))).toBeLessThan(1e-12 * lmax);
  });
});
