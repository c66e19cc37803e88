/**
 * smallSymmetricTopK (wasm: one-pass tridiagonalisation, QL, inverse iteration, back-transform)
 * against matrices built from known eigenpairs: A = Q diag(lambda) Q^T.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WasmRuntime } from '../../src/linalg/wasm/runtime.js';
import { smallSymmetricTopK } from '../../src/linalg/truncatedSvd.js';
import { randomOrthonormal } from './fixtures.js';

function fromEigenpairs(lambda: readonly number[], seed: number): Float64Array {
  const n = lambda.length;
  const Q = randomOrthonormal(n, n, seed);
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let acc = 0;
      for (let t = 0; t < n; t++) acc += Q[i * n + t]! * lambda[t]! * Q[j * n + t]!;
      A[i * n + j] = acc;
      A[j * n + i] = acc;
    }
  }
  return A;
}

describe('smallSymmetricTopK', () => {
  let rt: WasmRuntime;
  beforeAll(async () => {
    rt = await WasmRuntime.create(1);
  });
  afterAll(async () => rt.dispose());

  function check(A: Float64Array, n: number, k: number, exactDesc: readonly number[]): void {
    const { values, vectorsRows } = smallSymmetricTopK(rt, A, n, k);
    const scale = Math.max(...exactDesc.map(Math.abs), 1e-300);
    for (let j = 0; j < k; j++) expect(Math.abs(values[j]! - exactDesc[j]!)).toBeLessThan(1e-12 * scale);
    for (let j = 0; j < k; j++) {
      const y = vectorsRows.subarray(j * n, (j + 1) * n);
      let res = 0;
      for (let i = 0; i < n; i++) {
        let acc = -values[j]! * y[i]!;
        for (let t = 0; t < n; t++) acc += A[i * n + t]! * y[t]!;
        res += acc * acc;
      }
      expect(Math.sqrt(res)).toBeLessThan(1e-10 * scale);
      for (let q = 0; q <= j; q++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += y[i]! * vectorsRows[q * n + i]!;
        expect(Math.abs(dot - (q === j ? 1 : 0))).toBeLessThan(1e-9);
      }
    }
  }

  it.each([1, 2, 3, 4, 7, 50, 181, 362])('n=%i, distinct spectrum: top eigenpairs', (n) => {
    const lambda = Array.from({ length: n }, (_, i) => 5 * Math.cos((i + 0.5) / n) - 1.5);
    const A = fromEigenpairs(lambda, n + 3);
    const k = Math.min(n, Math.max(1, Math.ceil(n / 3)));
    check(A, n, k, [...lambda].sort((a, b) => b - a));
  });

  it('clusters of equal eigenvalues (a dense bulk edge): orthonormal vectors spanning each cluster', () => {
    const n = 120;
    const lambda = Array.from({ length: n }, (_, i) => (i < 10 ? 4 - 0.1 * i : i < 40 ? 2 : 1 + (i % 7) * 1e-9));
    check(fromEigenpairs(lambda, 9), n, 45, [...lambda].sort((a, b) => b - a));
  });

  it('columns that need no reflection (diagonal and block-diagonal input) keep their values', () => {
    const n = 40;
    const diag = new Float64Array(n * n);
    const d = Array.from({ length: n }, (_, i) => (i * 37) % 11 - 3.5);
    for (let i = 0; i < n; i++) diag[i * n + i] = d[i]!;
    check(diag, n, 12, [...d].sort((a, b) => b - a));
    // block diagonal: a reflection-free column between two dense blocks
    const lambdaTop = [3, 2, 1.5, 1, 0.5];
    const top = fromEigenpairs(lambdaTop, 4);
    const B = new Float64Array(n * n);
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) B[i * n + j] = top[i * 5 + j]!;
    for (let i = 5; i < n; i++) B[i * n + i] = -1 - i * 0.01;
    const all = [...lambdaTop, ...Array.from({ length: n - 5 }, (_, i) => -1 - (i + 5) * 0.01)].sort((a, b) => b - a);
    check(B, n, 8, all);
  });
});
