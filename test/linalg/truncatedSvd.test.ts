/**
 * Truncated SVD (seeded randomized block Krylov): singular values within 1e-6 relative of the exact
 * ones and ||W - W_k||_F within 0.1% of the optimum on slowly decaying spectra (closed form and
 * numpy), orthonormal factors, determinism for a seed, and the k range check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import type { LinalgEngine } from '../../src/linalg/engine.js';
import type { Matrix, Svd } from '../../src/linalg/matrix.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { gaussian, withSpectrum } from './fixtures.js';

function residualFrobenius(W: Matrix, svd: Svd): number {
  const k = svd.S.length;
  let sum = 0;
  for (let r = 0; r < W.rows; r++) {
    for (let c = 0; c < W.cols; c++) {
      let a = W.data[r * W.cols + c]!;
      for (let j = 0; j < k; j++) a -= svd.U.data[r * k + j]! * svd.S[j]! * svd.Vt.data[j * W.cols + c]!;
      sum += a * a;
    }
  }
  return Math.sqrt(sum);
}

/** max |Q^T Q - I| for the k columns of an n x k matrix (colsAreRows: the vectors are rows) */
function orthError(data: Float64Array, n: number, k: number, vectorsAreRows: boolean): number {
  let m = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += vectorsAreRows ? data[i * n + r]! * data[j * n + r]! : data[r * k + i]! * data[r * k + j]!;
      m = Math.max(m, Math.abs(dot - (i === j ? 1 : 0)));
    }
  }
  return m;
}

function checkAgainst(W: Matrix, svd: Svd, exact: readonly number[], k: number): void {
  expect(svd.S.length).toBe(k);
  expect(svd.U.rows).toBe(W.rows);
  expect(svd.U.cols).toBe(k);
  expect(svd.Vt.rows).toBe(k);
  expect(svd.Vt.cols).toBe(W.cols);
  for (let i = 0; i < k; i++) expect(Math.abs(svd.S[i]! - exact[i]!) / exact[i]!).toBeLessThan(1e-6);
  let tail = 0;
  for (let i = k; i < exact.length; i++) tail += exact[i]! ** 2;
  const resid = residualFrobenius(W, svd);
  if (tail > 0) expect(resid / Math.sqrt(tail)).toBeLessThan(1.001);
  else expect(resid).toBeLessThan(1e-10 * exact[0]!);
  expect(orthError(svd.U.data, W.rows, k, false)).toBeLessThan(1e-9);
  expect(orthError(svd.Vt.data, W.cols, k, true)).toBeLessThan(1e-9);
}

describe.each([
  { label: 'Gram + Chebyshev filter, onnxruntime products', opts: { threads: 2 } },
  { label: 'Gram + Chebyshev filter, wasm products', opts: { threads: 2, useOrt: false } },
  { label: 'Gram + Chebyshev filter, filter rounds only (no Krylov step)', opts: { threads: 2, chebyshev: { krylovStep: false } } },
  { label: 'block Krylov, onnxruntime products', opts: { threads: 2, svdMethod: 'krylov' as const } },
  { label: 'block Krylov, wasm products', opts: { threads: 2, useOrt: false, svdMethod: 'krylov' as const } },
])('truncated SVD ($label)', ({ opts }) => {
  let engine: LinalgEngine;
  beforeAll(async () => {
    engine = await createFastEngine(opts);
  });
  afterAll(async () => engine.dispose());

  it.each([
    [300, 200, 10],
    [180, 260, 9],
    [120, 120, 40],
    [600, 500, 25],
  ])('slowly decaying closed-form spectrum, %ix%i, k=%i', async (rows, cols, k) => {
    const p = Math.min(rows, cols);
    const s = Array.from({ length: p }, (_, i) => 4 * (i + 1) ** -0.5);
    const W = withSpectrum(rows, cols, s, rows + 17 * cols);
    checkAgainst(W, await engine.truncatedSvd(W, k, { seed: 3 }), s, k);
  });

  it('same seed gives bit-identical factors', async () => {
    const s = Array.from({ length: 60 }, (_, i) => (i + 1) ** -0.6);
    const W = withSpectrum(90, 60, s, 5);
    const a = await engine.truncatedSvd(W, 6, { seed: 11 });
    const b = await engine.truncatedSvd(W, 6, { seed: 11 });
    expect(b.S).toEqual(a.S);
    expect(b.U.data).toEqual(a.U.data);
    expect(b.Vt.data).toEqual(a.Vt.data);
  });

  it('k out of range is a RANK_OUT_OF_RANGE error', async () => {
    const W = withSpectrum(10, 8, [8, 7, 6, 5, 4, 3, 2, 1], 1);
    await expect(engine.truncatedSvd(W, 0)).rejects.toMatchObject({ code: 'RANK_OUT_OF_RANGE' });
    await expect(engine.truncatedSvd(W, 9)).rejects.toMatchObject({ code: 'RANK_OUT_OF_RANGE' });
    // k = min(m, n): the whole decomposition
    checkAgainst(W, await engine.truncatedSvd(W, 8), [8, 7, 6, 5, 4, 3, 2, 1], 8);
  });
});

describe('Gram + Chebyshev: the block-Krylov step and float32 input', () => {
  /** a spectrum whose top k reaches into a dense bulk (the hard case: tiny gaps at sigma_k) */
  const bulkEdge = (p: number) => Array.from({ length: p }, (_, i) => (i < 6 ? 3 * (i + 1) ** -0.7 : 1.2 - (0.8 * i) / p)).sort((a, b) => b - a);

  it('finishes with a Krylov step once the filter residuals are small, to the same accuracy', async () => {
    const steps: number[] = [];
    const engine = await createFastEngine({ threads: 2, chebyshev: { onKrylovStep: (_round, res) => steps.push(res) } });
    try {
      const s = bulkEdge(420);
      const W = withSpectrum(420, 640, s, 21);
      checkAgainst(W, await engine.truncatedSvd(W, 21, { seed: 2 }), s, 21);
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps[steps.length - 1]!).toBeLessThanOrEqual(1.5e-4);
    } finally {
      await engine.dispose();
    }
  });

  it('a Krylov step short of the tolerance is retried only after more filtering, and still converges', async () => {
    const steps: { round: number; res: number }[] = [];
    const rounds: { round: number; res: number }[] = [];
    // tolerance 1e-6: the step is tried from sqrt(tol / 4) = 5e-4, where 2 r^2 may fall short
    const engine = await createFastEngine({
      threads: 2,
      chebyshev: { tolerance: 1e-6, onKrylovStep: (round, res) => steps.push({ round, res }), onRound: (round, res) => rounds.push({ round, res }) },
    });
    try {
      const s = bulkEdge(420);
      const W = withSpectrum(420, 640, s, 21);
      checkAgainst(W, await engine.truncatedSvd(W, 21, { seed: 2 }), s, 21);
      expect(steps.length).toBeGreaterThanOrEqual(1);
      // every retry starts from at most half the residual of the failed attempt's block
      for (let i = 1; i < steps.length; i++) {
        const failedFrom = rounds.find((r) => r.round === steps[i - 1]!.round)!.res;
        expect(rounds.find((r) => r.round === steps[i]!.round)!.res).toBeLessThanOrEqual(failedFrom / 2);
      }
      const last = steps[steps.length - 1]!;
      const lastRound = rounds[rounds.length - 1]!;
      expect(Math.min(last.res, lastRound.res)).toBeLessThanOrEqual(1e-6);
    } finally {
      await engine.dispose();
    }
  });

  it('a tolerance below what the float32 Gram resolves stops once the residual stalls, still accurate', async () => {
    const rounds: number[] = [];
    const engine = await createFastEngine({ threads: 2, chebyshev: { tolerance: 1e-9, onRound: (_r, res) => rounds.push(res) } });
    try {
      const s = bulkEdge(420);
      const W = withSpectrum(420, 640, s, 21);
      checkAgainst(W, await engine.truncatedSvd(W, 21, { seed: 2 }), s, 21);
      expect(rounds.length).toBeLessThan(20); // the cap is 40 rounds
      expect(rounds[rounds.length - 1]!).toBeGreaterThan(1e-9);
    } finally {
      await engine.dispose();
    }
  });

  it.each([
    [340, 520],
    [520, 340],
  ])('%ix%i: float32 values given as data32 give bit-identical factors to rounding the float64 ones', async (rows, cols) => {
    const engine = await createFastEngine({ threads: 2 });
    try {
      const base = withSpectrum(rows, cols, bulkEdge(Math.min(rows, cols)), 8);
      const data32 = Float32Array.from(base.data);
      const W = { rows, cols, data: Float64Array.from(data32) };
      const a = await engine.truncatedSvd(W, 15, { seed: 4 });
      const b = await engine.truncatedSvd({ ...W, data32 }, 15, { seed: 4 });
      expect(b.S).toEqual(a.S);
      expect(b.U.data).toEqual(a.U.data);
      expect(b.Vt.data).toEqual(a.Vt.data);
      await expect(engine.truncatedSvd({ ...W, data32: data32.subarray(1) }, 15)).rejects.toThrow(/data32 has/);
    } finally {
      await engine.dispose();
    }
  });
});

describe.skipIf(!findNumpyPython()).each([
  { label: 'Gram + Chebyshev', opts: { threads: 2 } },
  { label: 'block Krylov', opts: { threads: 2, svdMethod: 'krylov' as const } },
])('truncated SVD against numpy (power-law spikes on a random bulk, $label)', ({ opts }) => {
  let engine: LinalgEngine;
  beforeAll(async () => {
    engine = await createFastEngine(opts);
  });
  afterAll(async () => engine.dispose());

  it('400x512, k = 5% of min side: sigma within 1e-6, residual within 0.1% of optimal', async () => {
    const rows = 400;
    const cols = 512;
    const g = gaussian(99);
    // LLM-like: heavy-tailed spikes plus a Marchenko-Pastur bulk
    const spikes = withSpectrum(rows, cols, Array.from({ length: 400 }, (_, i) => 2 * (i + 1) ** -0.8), 4);
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < data.length; i++) data[i] = spikes.data[i]! + (0.1 * g()) / Math.sqrt(cols);
    const W = { rows, cols, data };
    const exact = runPython<number[]>(
      `W = np.array(inp['d'], dtype=np.float64).reshape(inp['r'], inp['c'])
print(json.dumps(np.linalg.svd(W, compute_uv=False).tolist()))`,
      { d: Array.from(data), r: rows, c: cols },
    );
    const k = 20;
    checkAgainst(W, await engine.truncatedSvd(W, k, { seed: 1 }), exact, k);
  });
});

describe('gaussianStream (seeded start vectors)', () => {
  /** xorshift128+ written directly in 64-bit BigInt arithmetic (Vigna's reference step) + Box-Muller */
  function referenceStream(seed: number): () => number {
    const M = (x: bigint) => BigInt.asUintN(64, x);
    let s0 = M(BigInt(seed) * 0x9e3779b97f4a7c15n + 0x1234567n);
    let s1 = M(s0 ^ 0xdeadbeefcafebaben);
    const next = () => {
      let x = s0;
      const y = s1;
      s0 = y;
      x = M(x ^ (x << 23n));
      s1 = M(x ^ y ^ (x >> 17n) ^ (y >> 26n));
      return Number(BigInt.asUintN(53, s1 + y)) / 2 ** 53;
    };
    const out: number[] = [];
    return () => {
      if (out.length) return out.pop()!;
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      out.push(r * Math.sin(2 * Math.PI * v));
      return r * Math.cos(2 * Math.PI * v);
    };
  }

  it.each([0, 1, 42, 2 ** 31 + 7])('seed %d: the 32-bit-halves generator is bit-identical to 64-bit xorshift128+', async (seed) => {
    const { gaussianStream } = await import('../../src/linalg/truncatedSvd.js');
    const a = gaussianStream(seed);
    const b = referenceStream(seed);
    let firstMismatch = -1;
    for (let i = 0; i < 20000 && firstMismatch < 0; i++) if (!Object.is(a(), b())) firstMismatch = i;
    expect(firstMismatch).toBe(-1);
  });
});
