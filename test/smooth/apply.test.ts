import { describe, it, expect } from 'vitest';
import { jsEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import { energyKeptFromEigenvalues, factorizationSaves, factorsInUsedOrientation, lowRankSpectrum, relativeFrobeniusError, smoothMatrix } from '../../src/smooth/apply.js';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

function seededMatrix(rows: number, cols: number, seed: number): Matrix {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = next() + (i % 7 === 0 ? 0.3 : 0);
  return { rows, cols, data };
}
const toRows = (m: Matrix): number[][] => Array.from({ length: m.rows }, (_, r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)));

const SVALS = `
W = np.array(inp['W']); Wp = np.array(inp['Wp'])
s = np.linalg.svd(W, compute_uv=False); sp = np.linalg.svd(Wp, compute_uv=False)
print(json.dumps({'s': s.tolist(), 'sp': sp.tolist(), 'rank': int(np.linalg.matrix_rank(Wp)), 'err': float(np.linalg.norm(W - Wp) / np.linalg.norm(W))}))
`;

describe.skipIf(!findNumpyPython())('apply: W\' = U_k S_k V_k^T', () => {
  const engine = jsEngine();

  it.each([
    [40, 25, 7],
    [25, 40, 7],
  ])('%ix%i keep top %i: singular values are exactly the top k of W (numpy), rank k', async (rows, cols, k) => {
    const W = seededMatrix(rows, cols, 7 + rows);
    const { values } = await smoothMatrix(W, k, engine);
    const r = runPython<{ s: number[]; sp: number[]; rank: number; err: number }>(SVALS, { W: toRows(W), Wp: toRows(values) });
    expect(r.rank).toBe(k);
    for (let i = 0; i < k; i++) expect(Math.abs(r.sp[i]! - r.s[i]!) / r.s[i]!).toBeLessThan(1e-10);
    for (let i = k; i < r.sp.length; i++) expect(r.sp[i]!).toBeLessThan(1e-10 * r.s[0]!);
    // Eckart-Young: the error of the best rank-k approximation is the tail energy.
    const tail = r.s.slice(k).reduce((a, x) => a + x * x, 0);
    const total = r.s.reduce((a, x) => a + x * x, 0);
    expect(relativeFrobeniusError(W, values)).toBeCloseTo(Math.sqrt(tail / total), 10);
    expect(r.err).toBeCloseTo(Math.sqrt(tail / total), 10);
    const evals = Float64Array.from(r.s.map((x) => x * x));
    expect(energyKeptFromEigenvalues(evals, k)).toBeCloseTo(1 - tail / total, 12);
  });

  it('negative k removes the top |k| components (WeightWatcher negative percent)', async () => {
    const W = seededMatrix(30, 20, 3);
    const { values } = await smoothMatrix(W, -4, engine);
    const r = runPython<{ s: number[]; sp: number[]; rank: number }>(SVALS, { W: toRows(W), Wp: toRows(values) });
    expect(r.rank).toBe(16);
    for (let i = 0; i < 16; i++) expect(Math.abs(r.sp[i]! - r.s[i + 4]!) / r.s[i + 4]!).toBeLessThan(1e-9);
  });

  it('factors in the used orientation: A [in, k] @ B [k, out] equals W\'_used, for both storage layouts', async () => {
    for (const storedTransposed of [false, true]) {
      const stored = seededMatrix(24, 18, 11); // [in,out] = 24x18, or [out,in] when transposed
      const inF = storedTransposed ? 18 : 24;
      const outF = storedTransposed ? 24 : 18;
      const { values, svd } = await smoothMatrix(stored, 5, engine);
      const { a, b } = factorsInUsedOrientation(svd, { storedTransposed, inFeatures: inF, outFeatures: outF });
      expect([a.rows, a.cols, b.rows, b.cols]).toEqual([inF, 5, 5, outF]);
      const r = runPython<{ d: number }>(
        `A=np.array(inp['a']); B=np.array(inp['b']); W=np.array(inp['w']); Wu = W.T if inp['t'] else W
print(json.dumps({'d': float(np.abs(A @ B - Wu).max())}))`,
        { a: toRows(a), b: toRows(b), w: toRows(values), t: storedTransposed },
      );
      expect(r.d).toBeLessThan(1e-12);
    }
  });

  it('factorisation only when it has fewer parameters', () => {
    expect(factorizationSaves(10, 64, 172)).toBe(true); // 2360 < 11008
    expect(factorizationSaves(47, 64, 172)).toBe(false); // 11092 >= 11008
    expect(factorizationSaves(46, 64, 172)).toBe(true); // 10856
  });

  it.each([
    [40, 25, 7],
    [300, 520, 26],
    [520, 300, 26],
  ])('%ix%i, k=%i: the spectrum of W\' from S_k equals a full eigendecomposition of W\' (fast engine)', async (rows, cols, k) => {
    const engine = await createFastEngine({ threads: 2 });
    try {
      const W = seededMatrix(rows, cols, 3 + cols);
      const { values, svd } = await smoothMatrix(W, k, engine);
      const p = Math.min(rows, cols);
      const measured = await engine.gramEigenvalues(values);
      const fromS = lowRankSpectrum(svd.S, p);
      expect(fromS.length).toBe(p);
      const lmax = measured[p - 1]!;
      for (let i = 0; i < p; i++) expect(Math.abs(fromS[i]! - measured[i]!)).toBeLessThan(1e-12 * lmax);
      for (let i = 0; i < p - k; i++) expect(fromS[i]).toBe(0);
    } finally {
      await engine.dispose();
    }
  });
});
