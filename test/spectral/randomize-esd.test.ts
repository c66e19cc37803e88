import { describe, expect, it } from 'vitest';
import { jsEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import { jensenShannonDistance, layerSeed, randomizedEsd, shuffleMatrix, Xoshiro128 } from '../../src/spectral/randomize.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const hasPy = findNumpyPython() !== null;

function gaussian(seed: number): () => number {
  const r = new Xoshiro128(seed);
  return () => {
    const u = (r.nextUint32() + 0.5) / 2 ** 32;
    const v = (r.nextUint32() + 0.5) / 2 ** 32;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

/** Orthonormal columns (n x k) by modified Gram-Schmidt on Gaussian columns. */
function randomOrthonormal(n: number, k: number, seed: number): Float64Array {
  const g = gaussian(seed);
  const q = Float64Array.from({ length: n * k }, g);
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let d = 0;
        for (let r = 0; r < n; r++) d += q[r * k + i]! * q[r * k + j]!;
        for (let r = 0; r < n; r++) q[r * k + j]! -= d * q[r * k + i]!;
      }
      let nn = 0;
      for (let r = 0; r < n; r++) nn += q[r * k + j]! ** 2;
      nn = Math.sqrt(nn);
      for (let r = 0; r < n; r++) q[r * k + j]! /= nn;
    }
  }
  return q;
}

/** W = U diag(s) V^T, U: rows x k, V: cols x k. */
function withSpectrum(rows: number, cols: number, s: number[], seed: number): Matrix {
  const k = s.length;
  const U = randomOrthonormal(rows, k, seed);
  const V = randomOrthonormal(cols, k, seed + 1);
  const d = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    let v = 0;
    for (let j = 0; j < k; j++) v += U[r * k + j]! * s[j]! * V[c * k + j]!;
    d[r * cols + c] = v;
  }
  return { rows, cols, data: d };
}

describe('ESD of matrices with a known spectrum', () => {
  it('W = U diag(s) V^T gives back s^2 to 1e-10 lambda_max (both orientations)', async () => {
    const eng = jsEngine();
    const s = Array.from({ length: 24 }, (_, i) => 0.05 + 3 / (1 + i) ** 0.8);
    for (const [rows, cols] of [[24, 60], [60, 24]] as const) {
      const ev = await eng.gramEigenvalues(withSpectrum(rows, cols, s, 17));
      const want = s.map((x) => x * x).sort((a, b) => a - b);
      const lmax = want[want.length - 1]!;
      want.forEach((w, i) => expect(Math.abs(ev[i]! - w)).toBeLessThanOrEqual(1e-10 * lmax));
    }
  });
});

describe('randomized ESD', () => {
  it('the shuffle is a seeded permutation of the elements', () => {
    const W: Matrix = { rows: 7, cols: 9, data: Float64Array.from({ length: 63 }, (_, i) => i) };
    const a = shuffleMatrix(W, new Xoshiro128(layerSeed(42, 'w')));
    const b = shuffleMatrix(W, new Xoshiro128(layerSeed(42, 'w')));
    const c = shuffleMatrix(W, new Xoshiro128(layerSeed(43, 'w')));
    expect(Array.from(a.data)).toEqual(Array.from(b.data));
    expect(Array.from(a.data)).not.toEqual(Array.from(c.data));
    expect(Array.from(a.data).sort((x, y) => x - y)).toEqual(Array.from(W.data));
    expect(W.data[5]).toBe(5); // input untouched
    // xoshiro128** reference output for state from splitmix32(0): deterministic across runs
    const r = new Xoshiro128(0);
    const first = [r.nextUint32(), r.nextUint32()];
    expect(first).toEqual([new Xoshiro128(0).nextUint32(), (() => { const q = new Xoshiro128(0); q.nextUint32(); return q.nextUint32(); })()]);
  });

  it('the two-level shuffle of a large matrix is a uniform permutation (position x value deciles, chi-square)', () => {
    // 600 x 400 = 240000 elements: 4 buckets, then Fisher-Yates in each
    const n = 600 * 400;
    const W: Matrix = { rows: 600, cols: 400, data: Float64Array.from({ length: n }, (_, i) => i) };
    const s = shuffleMatrix(W, new Xoshiro128(layerSeed(7, 'big')));
    expect([s.rows, s.cols]).toEqual([400, 600]); // tall input comes back wide
    expect(Float64Array.from(s.data).sort()).toEqual(W.data);
    const cells = new Array(100).fill(0);
    for (let pos = 0; pos < n; pos++) cells[Math.floor((10 * pos) / n) * 10 + Math.floor((10 * s.data[pos]!) / n)]++;
    const expected = n / 100;
    const chi = cells.reduce((a, c) => a + (c - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(131); // p = 0.001 at 81 degrees of freedom
    // below() with a small bound (the multiply-and-reject path): uniform too
    const r = new Xoshiro128(9);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 70000; i++) counts[r.below(7)]++;
    expect(counts.reduce((a, c) => a + (c - 10000) ** 2 / 10000, 0)).toBeLessThan(22.5); // p = 0.001 at 6 df
  });

  it('below(bound) is uniform enough (chi-square over 10 cells)', () => {
    const r = new Xoshiro128(5);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100000; i++) counts[r.below(10)]++;
    const chi = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    expect(chi).toBeLessThan(27.9); // p = 0.001 at 9 degrees of freedom
  });

  it.skipIf(!hasPy)("Jensen-Shannon distance is WeightWatcher's: scipy.stats.entropy against the unnormalised midpoint", () => {
    const p = [0.1, 0.5, 1.2, 3.3, 7.5];
    const q = [0.2, 0.4, 1.0, 2.0, 11.0];
    const ref = runPython<number>('from scipy import stats\np,q=np.array(inp[0]),np.array(inp[1]);m=(p+q)/2\nprint(json.dumps(float(np.sqrt((stats.entropy(p,m)+stats.entropy(q,m))/2))))', [p, q]);
    expect(jensenShannonDistance(Float64Array.from(p), Float64Array.from(q))).toBeCloseTo(ref, 14);
  });

  it('a Gaussian matrix looks random: rand_distance small, ww_softrank near 1; a spiked one does not', async () => {
    const eng = jsEngine();
    const g = gaussian(9);
    const W: Matrix = { rows: 120, cols: 40, data: Float64Array.from({ length: 4800 }, g) };
    const ev = await eng.gramEigenvalues(W);
    const r = await randomizedEsd(W, ev, eng, { seed: 1, layerName: 'g', N: 120, M: 40 });
    expect(r.metrics.rand_distance).toBeLessThan(0.1);
    expect(r.metrics.ww_softrank).toBeGreaterThan(0.8);
    expect(r.randEvals.length).toBe(5 * 40); // 5 replicas below 100 eigenvalues
    expect(r.metrics.rand_num_spikes).toBe(0);
    const again = await randomizedEsd(W, ev, eng, { seed: 1, layerName: 'g', N: 120, M: 40 });
    expect(again.metrics).toEqual(r.metrics);
    const S = withSpectrum(120, 40, Array.from({ length: 40 }, (_, i) => (i < 3 ? 20 : 1)), 3);
    const evS = await eng.gramEigenvalues(S);
    const rs = await randomizedEsd(S, evS, eng, { seed: 1, layerName: 's', N: 120, M: 40 });
    expect(rs.metrics.ww_softrank).toBeLessThan(0.3);
    expect(rs.metrics.rand_distance).toBeGreaterThan(0.2);
  });
});
