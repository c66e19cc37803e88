/**
 * The per-layer smoothing loop on an in-memory model (no file IO): rules read the right spectral
 * count (checked against a numpy re-implementation of WeightWatcher's detX and power-law xmin),
 * the report's energy / error / parameters agree with numpy's SVD, dry runs compute nothing heavy.
 */
import { describe, it, expect } from 'vitest';
import { jsEngine, type LinalgEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import type { DenseLayer } from '../../src/model/types.js';
import { buildPlan } from '../../src/smooth/plan.js';
import { runSmoothing } from '../../src/smooth/run.js';
import { summarizeSpectrum } from '../../src/smooth/spectrum.js';
import type { SmoothPlanConfig } from '../../src/smooth/types.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { layer } from './fixtures.js';

/** W = U diag(s) V^T + noise with a heavy-tailed planted spectrum, seeded (numpy builds it). */
function plantedMatrices(): Record<string, Matrix> {
  const r = runPython<Record<string, { rows: number; cols: number; data: number[] }>>(`
rng = np.random.default_rng(5)
out = {}
for name, (m, n) in {'a': (60, 40), 'b': (40, 70), 'c': (50, 50)}.items():
    k = min(m, n)
    U, _ = np.linalg.qr(rng.standard_normal((m, k))); V, _ = np.linalg.qr(rng.standard_normal((n, k)))
    s = 3.0 * (np.arange(1, k + 1) ** -0.9)
    W = U @ np.diag(s) @ V.T + 0.02 * rng.standard_normal((m, n))
    out[name] = {'rows': m, 'cols': n, 'data': W.ravel().tolist()}
print(json.dumps(out))`);
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, { rows: v.rows, cols: v.cols, data: Float64Array.from(v.data) }]));
}

const WW_COUNTS = `
res = {}
for name, W in inp.items():
    W = np.array(W['data']).reshape(W['rows'], W['cols'])
    s = np.linalg.svd(W, compute_uv=False)
    ev = np.sort(s ** 2)
    n = len(ev); r = ev * n / ev.sum(); detx = n
    for idx in range(n - 1, 0, -1):
        if np.prod(r[idx:]) < 1:
            detx = n - idx; break
    x = ev[ev > 1e-5]; nx = len(x); bestD = 2; xmin = None
    for i in range(nx - 1):
        m = nx - i
        a = 1 + m / (np.sum(np.log(x[i:])) - m * np.log(x[i]))
        D = 1.0 if a <= 1 else np.max(np.abs(1 - (x[i:] / x[i]) ** (1 - a) - np.arange(m) / m))
        if D < bestD: bestD = D; xmin = x[i]
    res[name] = {'detX': int(detx), 'tail': int(np.sum(ev >= xmin)), 's': s.tolist()}
print(json.dumps(res))`;

function memoryModel(mats: Record<string, Matrix>): { layers: DenseLayer[]; skipped: []; readMatrix(l: DenseLayer): Promise<Matrix> } {
  const layers = Object.entries(mats).map(([name, m], i) => layer(i, `model.layers.${i}.mlp.${name}.weight`, 'mlp', i, [m.rows, m.cols]));
  return {
    layers,
    skipped: [],
    readMatrix: async (l) => {
      const m = mats[l.name.split('.')[4]!]!;
      return { rows: m.rows, cols: m.cols, data: Float64Array.from(m.data) };
    },
  };
}

/** Counts engine calls, to show that dry runs do no heavy work. */
function countingEngine(): { engine: LinalgEngine; calls: { eig: number; svd: number } } {
  const base = jsEngine();
  const calls = { eig: 0, svd: 0 };
  return {
    calls,
    engine: {
      name: 'js-counting',
      gramEigenvalues: (W) => (calls.eig++, base.gramEigenvalues(W)),
      truncatedSvd: (W, k, o) => (calls.svd++, base.truncatedSvd(W, k, o)),
      dispose: () => base.dispose(),
    },
  };
}

describe.skipIf(!findNumpyPython())('runSmoothing on an in-memory model', () => {
  const mats = plantedMatrices();
  const ref = runPython<Record<string, { detX: number; tail: number; s: number[] }>>(
    WW_COUNTS,
    Object.fromEntries(Object.entries(mats).map(([k, m]) => [k, { rows: m.rows, cols: m.cols, data: Array.from(m.data) }])),
  );
  const model = memoryModel(mats);
  const run = (cfg: SmoothPlanConfig, dryRun: false | 'plan' | 'full' = false, engine: LinalgEngine = jsEngine()) =>
    runSmoothing({ model, plan: buildPlan(model, cfg), engine, analyze: summarizeSpectrum, dryRun });

  it('detX and tail take k from the spectrum exactly as WeightWatcher defines it', async () => {
    const detx = await run({ method: 'detX' });
    expect(detx.layers.map((l) => l.k)).toEqual(['a', 'b', 'c'].map((n) => ref[n]!.detX));
    const tail = await run({ method: 'tail' });
    expect(tail.layers.map((l) => l.k)).toEqual(['a', 'b', 'c'].map((n) => ref[n]!.tail));
    const mp = await run({ method: 'mp' });
    for (const l of mp.layers) expect(l.k === null ? l.action : l.k).toBe(l.k === null ? 'unchanged' : l.before!.num_spikes);
  });

  it('a known spectrum (from the analysis) replaces the eigendecomposition and gives the same report', async () => {
    const base = jsEngine();
    const spectra = new Map<string, Float64Array>();
    for (const l of model.layers) spectra.set(l.name, await base.gramEigenvalues(await model.readMatrix(l)));
    const fresh = countingEngine();
    const reused = countingEngine();
    const plan = buildPlan(model, { method: 'detX' });
    const a = await runSmoothing({ model, plan, engine: fresh.engine, analyze: summarizeSpectrum, dryRun: false });
    const b = await runSmoothing({ model, plan, engine: reused.engine, analyze: summarizeSpectrum, dryRun: false, knownSpectrum: (name) => spectra.get(name) });
    const strip = (r: typeof a) => r.layers.map(({ seconds: _s, ...rest }) => rest);
    expect(strip(b)).toEqual(strip(a));
    expect(fresh.calls.eig).toBeGreaterThanOrEqual(3);
    expect(reused.calls.eig).toBe(fresh.calls.eig - 3); // one per layer saved
    // a spectrum of the wrong length (another matrix) is not used
    const wrong = countingEngine();
    await runSmoothing({ model, plan, engine: wrong.engine, analyze: summarizeSpectrum, dryRun: false, knownSpectrum: () => new Float64Array(3) });
    expect(wrong.calls.eig).toBe(fresh.calls.eig);
  });

  it('energy kept, relative error and parameters agree with numpy; W\' has exactly k components', async () => {
    const r = await run({ method: 'rank', k: 9, factorize: true });
    for (const [i, name] of ['a', 'b', 'c'].entries()) {
      const l = r.layers[i]!;
      const s = ref[name]!.s;
      const total = s.reduce((a, x) => a + x * x, 0);
      const kept = s.slice(0, 9).reduce((a, x) => a + x * x, 0);
      expect(l.energyKept!).toBeCloseTo(kept / total, 10);
      expect(l.relativeError!).toBeCloseTo(Math.sqrt(1 - kept / total), 8);
      expect(l.action).toBe('factorized');
      expect(l.paramsAfter).toBe(9 * (l.inFeatures + l.outFeatures));
      // The spectrum after: 9 non-zero eigenvalues, the top one unchanged.
      expect(l.after!.lambda_max).toBeCloseTo(s[0]! ** 2, 8);
      expect(l.after!.norm).toBeCloseTo(kept, 8);
    }
    expect(r.replacements.get('model.layers.0.mlp.a.weight')!.kind).toBe('factorized');
    expect(r.totals.layersFactorized).toBe(3);
    expect(r.totals.denseParamsAfter).toBe(9 * (100 + 110 + 100));
  });

  it('k = 0 and k >= min(m, n) leave the layer unchanged with a note, and write nothing for it', async () => {
    const r = await run({ method: 'rank', k: 45, overrides: [{ layers: '*.c.*', k: 0 }] });
    expect(r.layers.map((l) => l.action)).toEqual(['unchanged', 'unchanged', 'unchanged']); // min = 40, 40, 50 -> 45 >= 40; c has k 0
    expect(r.layers[2]!.notes.join()).toMatch(/k = 0/);
    expect(r.layers[0]!.notes.join()).toMatch(/>= min/);
    expect(r.replacements.size).toBe(0);
  });

  it('dry run plan reads nothing; dry run full computes eigenvalues only', async () => {
    const c1 = countingEngine();
    const plan = await run({ method: 'detX' }, 'plan', c1.engine);
    expect(c1.calls).toEqual({ eig: 0, svd: 0 });
    expect(plan.layers.every((l) => l.k === null && l.action === 'planned')).toBe(true);
    const c2 = countingEngine();
    const full = await run({ method: 'detX' }, 'full', c2.engine);
    expect(c2.calls).toEqual({ eig: 3, svd: 0 });
    expect(full.layers.map((l) => l.k)).toEqual(['a', 'b', 'c'].map((n) => ref[n]!.detX));
    expect(full.replacements.size).toBe(0);
  });

  it('negative percent removes the top components and is written dense even with factorize', async () => {
    const r = await run({ method: 'percent', percent: -0.1, factorize: true });
    const l = r.layers[0]!; // 60x40: int(-0.1 * 40) = -4
    expect(l.k).toBe(-4);
    expect(l.action).toBe('top-removed');
    const s = ref['a']!.s;
    const total = s.reduce((a, x) => a + x * x, 0);
    expect(l.energyKept!).toBeCloseTo(s.slice(4).reduce((a, x) => a + x * x, 0) / total, 10);
    expect(l.after!.lambda_max).toBeCloseTo(s[4]! ** 2, 8);
    expect(l.notes.join()).toMatch(/written dense/);
  });
});

describe.skipIf(!findNumpyPython())('runSmoothing: consistency check of the engine', () => {
  it('notes when the truncated SVD is not exact (measured error != sqrt(1 - energy))', async () => {
    const W: Matrix = { rows: 12, cols: 10, data: Float64Array.from({ length: 120 }, (_, i) => Math.sin(i * i * 0.37) + 0.1 * (i % 7)) };
    const model = memoryModel({ a: W });
    const exact = jsEngine();
    const sloppy = (name: string, svd: LinalgEngine['truncatedSvd']): LinalgEngine => ({ name, gramEigenvalues: (m) => exact.gramEigenvalues(m), truncatedSvd: svd, dispose: async () => {} });
    // Misses the top component (returns triplets 2..k+1): the energy disagrees with the spectrum.
    const missesTop = sloppy('misses-top', async (m, k) => {
      const s = await exact.truncatedSvd(m, k + 1);
      const U = { rows: s.U.rows, cols: k, data: Float64Array.from({ length: s.U.rows * k }, (_, i) => s.U.data[Math.floor(i / k) * (k + 1) + (i % k) + 1]!) };
      return { U, S: s.S.slice(1), Vt: { rows: k, cols: s.Vt.cols, data: s.Vt.data.slice(s.Vt.cols) } };
    });
    // Singular vectors not orthonormal (scaled): W' no longer has the error its energy predicts.
    const skewed = sloppy('skewed', async (m, k) => {
      const s = await exact.truncatedSvd(m, k);
      return { ...s, U: { ...s.U, data: s.U.data.map((x) => x * 1.05) } };
    });
    const run = (engine: LinalgEngine) => runSmoothing({ model, plan: buildPlan(model, { method: 'rank', k: 3 }), engine, analyze: summarizeSpectrum, dryRun: false });
    expect((await run(exact)).layers[0]!.notes.join()).not.toMatch(/check:/);
    expect((await run(missesTop)).layers[0]!.notes.join()).toMatch(/check: energy kept by the SVD/);
    expect((await run(skewed)).layers[0]!.notes.join()).toMatch(/check: measured relative error/);
  });
});
