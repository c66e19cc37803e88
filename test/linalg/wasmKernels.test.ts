/**
 * wasm kernels used by CholeskyQR: the inverse Cholesky factor against its defining identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WasmRuntime } from '../../src/linalg/wasm/runtime.js';
import { gaussian } from './fixtures.js';

describe('wasm chol_inv_upper', () => {
  let rt: WasmRuntime;
  beforeAll(async () => {
    rt = await WasmRuntime.create(1);
  });
  afterAll(async () => rt.dispose());

  function run(A: Float64Array, n: number): { status: number; Rinv: Float64Array; ratio: number } {
    const L = rt.layout({ A: n * n, L: n * n, Li: n * n, R: n * n, ratio: 1 });
    rt.f64(L.A, n * n).set(A);
    const status = rt.k.chol_inv_upper(n, L.A, L.L, L.Li, L.R, 1e-13, L.ratio);
    return { status, Rinv: Float64Array.from(rt.f64(L.R, n * n)), ratio: rt.f64(L.ratio, 1)[0]! };
  }

  it.each([1, 7, 64, 181])('n=%i: R^{-T} A R^{-1} = I, R^{-1} upper triangular', (n) => {
    // A = B^T B + n I with B Gaussian: SPD, condition ~ 5
    const g = gaussian(n);
    const B = Array.from({ length: n * n }, () => g());
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let acc = i === j ? n : 0;
      for (let t = 0; t < n; t++) acc += B[t * n + i]! * B[t * n + j]!;
      A[i * n + j] = acc;
    }
    const { status, Rinv, ratio } = run(A, n);
    expect(status).toBe(0);
    expect(ratio).toBeGreaterThan(0);
    expect(ratio).toBeLessThanOrEqual(1);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) expect(Rinv[i * n + j]).toBe(0);
    // M = Rinv^T A Rinv
    let err = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let acc = 0;
        for (let a = 0; a <= i; a++) {
          let row = 0;
          for (let b = 0; b <= j; b++) row += A[a * n + b]! * Rinv[b * n + j]!;
          acc += Rinv[a * n + i]! * row;
        }
        err = Math.max(err, Math.abs(acc - (i === j ? 1 : 0)));
      }
    }
    expect(err).toBeLessThan(1e-12);
  });

  it('refuses a singular matrix (returns -1)', () => {
    const n = 5;
    const v = [1, 2, 3, 4, 5];
    const A = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A[i * n + j] = v[i]! * v[j]!; // rank 1
    expect(run(A, n).status).toBe(-1);
  });
});
