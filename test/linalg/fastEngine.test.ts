/**
 * The wasm SIMD engine (with and without onnxruntime for the products): eigenvalues against spectra
 * known in closed form and against numpy's float64 eigvalsh, including shapes at the band-width
 * boundaries of the two-stage reduction, tall and wide matrices and rank-deficient ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import type { LinalgEngine } from '../../src/linalg/engine.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { gaussianMatrix, withSpectrum } from './fixtures.js';

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

const variants = [
  { label: 'wasm only, 2 threads', opts: { useOrt: false, threads: 2 } },
  { label: 'wasm only, 1 thread', opts: { useOrt: false, threads: 1 } },
  { label: 'onnxruntime block updates, groups of 4 panels', opts: { threads: 2, bandUpdates: 'ort' as const } },
  { label: 'onnxruntime block updates, groups of 3 panels', opts: { threads: 2, bandUpdates: 'ort' as const, bandGroups: 3 } },
  { label: 'onnxruntime block updates, one per panel', opts: { threads: 2, bandUpdates: 'ort' as const, bandGroups: 1 } },
  { label: 'onnxruntime Gram + wasm band reduction', opts: { threads: 2, bandUpdates: 'wasm' as const } },
];

describe.each(variants)('fast engine ($label)', ({ opts }) => {
  let engine: LinalgEngine;
  beforeAll(async () => {
    engine = await createFastEngine(opts);
  });
  afterAll(async () => engine.dispose());

  // n around the bandwidth (32): 1, 2, 31, 32, 33, 64, 65 exercise the band-reduction edges.
  it.each([
    [1, 1],
    [3, 2],
    [2, 5],
    [40, 31],
    [32, 32],
    [33, 70],
    [97, 64],
    [65, 130],
    [257, 180],
    [300, 290],
  ])('W %ix%i with a known spectrum gives s^2 within 1e-10 * lambda_max', async (rows, cols) => {
    const p = Math.min(rows, cols);
    const s = Array.from({ length: p }, (_, i) => 3 * (i + 1) ** -0.7 + 0.01 * (i % 3));
    const W = withSpectrum(rows, cols, s, rows * 1000 + cols);
    const got = await engine.gramEigenvalues(W);
    const want = s.map((x) => x * x).sort((a, b) => a - b);
    const lmax = want[want.length - 1]!;
    expect(maxAbsDiff(got, want)).toBeLessThan(1e-10 * lmax);
    for (let i = 1; i < got.length; i++) expect(got[i]!).toBeGreaterThanOrEqual(got[i - 1]!);
  });

  it('rank-deficient W: zero eigenvalues come out as (clamped) zeros', async () => {
    const s = [5, 4, 3, 0, 0, 0, 0, 0, 0, 0];
    const W = withSpectrum(40, 10, s, 7);
    const got = await engine.gramEigenvalues(W);
    expect(maxAbsDiff(got, [0, 0, 0, 0, 0, 0, 0, 9, 16, 25])).toBeLessThan(1e-12 * 25);
    for (const v of got) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('does not modify its input', async () => {
    const W = gaussianMatrix(50, 70, 3);
    const copy = Float64Array.from(W.data);
    await engine.gramEigenvalues(W);
    expect(W.data).toEqual(copy);
  });
});

describe.skipIf(!findNumpyPython())('fast engine against numpy float64 eigvalsh', () => {
  let engine: LinalgEngine;
  beforeAll(async () => {
    engine = await createFastEngine({ threads: 2 });
  });
  afterAll(async () => engine.dispose());

  it.each([
    [512, 300],
    [200, 512],
    [384, 384],
    // p = 700: the first panel groups' trailing updates run in lower block rows (ortOps groupUpdateLower)
    [900, 700],
  ])('Gaussian %ix%i: all eigenvalues within 1e-12 * lambda_max of numpy', async (rows, cols) => {
    const W = gaussianMatrix(rows, cols, rows + cols);
    const want = runPython<number[]>(
      `W = np.array(inp['d'], dtype=np.float64).reshape(inp['r'], inp['c'])
G = W.T @ W if W.shape[0] >= W.shape[1] else W @ W.T
print(json.dumps(np.linalg.eigvalsh(G).tolist()))`,
      { d: Array.from(W.data), r: rows, c: cols },
    );
    const got = await engine.gramEigenvalues(W);
    const lmax = want[want.length - 1]!;
    expect(maxAbsDiff(got, want.map((x) => Math.max(0, x)))).toBeLessThan(1e-12 * lmax);
  });
});

describe('pipelined multi-thread bulge chasing', () => {
  it('gives exactly the single-thread result', async () => {
    const { WasmRuntime } = await import('../../src/linalg/wasm/runtime.js');
    const { bandEigenvalues, newBand } = await import('../../src/linalg/wasm/spectrum.js');
    const rt = await WasmRuntime.create(2);
    try {
      // 40 bands: a scheduling-dependent divergence showed in about 1 of 2,500 runs once (wasm/kernels.c)
      for (let trial = 0; trial < 40; trial++) {
        const band = newBand(300, 8);
        let x = 12345 + trial;
        for (let c = 0; c < 300; c++) {
          for (let r = 0; r <= 8; r++) {
            x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
            band.ab[c * band.ld + r] = x / 2 ** 32 - 0.5;
          }
        }
        const copy = { ...band, ab: Float64Array.from(band.ab) };
        const single = bandEigenvalues(rt, band, false);
        const piped = bandEigenvalues(rt, copy, true);
        expect(Array.from(piped)).toEqual(Array.from(single));
      }
    } finally {
      await rt.dispose();
    }
  });
});

describe.skipIf(!findNumpyPython())('float32 top Gram eigenvalues (the randomized ESD estimate)', () => {
  it('match numpy float64 eigvalsh of the float32 matrix to 5e-6 (relative; measured 1.3e-6), wide and tall, with and without onnxruntime', async () => {
    for (const [rows, cols] of [[640, 1500], [1500, 640]] as const) {
      const W = gaussianMatrix(rows, cols, rows * 7 + 1);
      const data32 = Float32Array.from(W.data);
      // a few large elements: well separated top eigenvalues, as correlation traps make them
      for (let t = 0; t < 3; t++) data32[(t * 104729) % data32.length] = 6 + 2 * t;
      const want = runPython<number[]>(
        `W = np.frombuffer(bytes.fromhex(inp['hex']), dtype=np.float32).astype(np.float64).reshape(inp['r'], inp['c'])
G = W.T @ W if W.shape[0] >= W.shape[1] else W @ W.T
print(json.dumps(np.linalg.eigvalsh(G)[::-1][:16].tolist()))`,
        { hex: Buffer.from(data32.buffer).toString('hex'), r: rows, c: cols },
      );
      for (const useOrt of [true, false]) {
        const engine = await createFastEngine({ threads: 1, useOrt });
        try {
          const got = await engine.topGramEigenvalues32!({ rows, cols, data32 }, 16, { seed: 3, tolerance: 1e-3 });
          expect(got.length).toBe(16);
          for (let j = 0; j < 16; j++) expect(Math.abs(got[j]! - want[j]!) / want[j]!, `${rows}x${cols} ort ${useOrt} #${j}`).toBeLessThan(5e-6);
        } finally {
          await engine.dispose();
        }
      }
    }
  }, 60_000);
});
