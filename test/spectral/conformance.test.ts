/**
 * Conformance with WeightWatcher 0.7.5.5 itself: ../shared/reference/stories260K.weightwatcher.json
 * holds what `analyze(randomize=True, mp_fit=True, detX=True)` reported for every MatMul weight of
 * ../shared/models/stories260K/model.onnx. Skips (with a note) where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/engine/analyze.js';
import { getEngine, jsEngine, type LinalgEngine } from '../../src/linalg/engine.js';
import { openModel } from '../../src/model/open.js';
import type { AnalyzeReport, LayerMetrics } from '../../src/spectral/types.js';
import { sharedPath } from '../helpers/shared.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
const refPath = sharedPath('reference', 'stories260K.weightwatcher.json');
const available = modelPath !== null && refPath !== null;
if (!available) console.warn('[conformance] stories260K model or WeightWatcher reference missing: skipping WeightWatcher conformance');

type RefRow = Record<string, number | string | boolean> & { onnx_name: string };

// Both the plain-JS reference backend and the default (fast) engine must agree with WeightWatcher.
const engines: [string, () => Promise<LinalgEngine>][] = [
  ['js reference engine', async () => jsEngine()],
  ['default engine (getEngine)', () => getEngine()],
];

describe.skipIf(!available).each(engines)('WeightWatcher 0.7.5.5 conformance on stories260K (all 36 layers), %s', (_name, makeEngine) => {
  let report: AnalyzeReport;
  let ref: { layers: RefRow[]; summary: Record<string, number> };
  const byName = new Map<string, LayerMetrics>();
  const worst: Record<string, number> = {};
  const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

  beforeAll(async () => {
    ref = JSON.parse(readFileSync(refPath!, 'utf8'));
    const model = await openModel(modelPath!);
    const engine = await makeEngine();
    try {
      report = await analyzeModel(model, { engine, analyze: { seed: 0 } });
    } finally {
      await model.close();
      await engine.dispose();
    }
    for (const l of report.layers) if (l.metrics) byName.set(l.name, l.metrics);
  });
  afterAll(() => {
    if (Object.keys(worst).length) console.log(`[conformance] ${_name}: max relative error vs WeightWatcher:`, JSON.stringify(worst));
  });

  const check = (key: keyof LayerMetrics & string, tol: number): void => {
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      const e = rel(m[key] as number, r[key] as number);
      worst[key] = Math.max(worst[key] ?? 0, e);
      expect(e, `${r.onnx_name} ${key}: ours ${m[key]}, WeightWatcher ${r[key]}`).toBeLessThanOrEqual(tol);
    }
  };

  it('analyses exactly the 36 reference layers', () => {
    expect(ref.layers).toHaveLength(36);
    expect(report.layers.filter((l) => l.status === 'analyzed')).toHaveLength(36);
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name);
      expect(m, r.onnx_name).toBeDefined();
      expect([m!.N, m!.M]).toEqual([r['N'], r['M']]);
    }
  });

  it('alpha, xmin, D within 1e-4 relative', () => {
    for (const k of ['alpha', 'xmin', 'D'] as const) check(k, 1e-4);
  });

  it('norm metrics and entropy within 1e-6 relative', () => {
    for (const k of ['log_norm', 'log_spectral_norm', 'alpha_weighted', 'log_alpha_norm', 'stable_rank', 'entropy'] as const) check(k, 1e-6);
  });

  it('num_pl_spikes, detX_num, matrix_rank equal; warnings equal', () => {
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      expect(m.num_pl_spikes, r.onnx_name).toBe(r['num_pl_spikes']);
      expect(m.detX_num, r.onnx_name).toBe(r['detX_num']);
      expect(m.matrix_rank, r.onnx_name).toBe(r['matrix_rank']);
      expect(m.warning, r.onnx_name).toBe(r['warning']);
    }
  });

  it('MP fit: num_spikes within +-1, mp_softrank within 2%', () => {
    let spikeDiff = 0;
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      spikeDiff = Math.max(spikeDiff, Math.abs(m.num_spikes! - (r['num_spikes'] as number)));
      expect(Math.abs(m.num_spikes! - (r['num_spikes'] as number)), r.onnx_name).toBeLessThanOrEqual(1);
    }
    worst['num_spikes(abs)'] = spikeDiff;
    check('mp_softrank', 0.02);
    check('sigma_mp', 0.02);
    check('bulk_max', 0.02);
  });

  it('summary: WeightWatcher means within 1e-6 relative (mp_softrank 2%)', () => {
    for (const [k, v] of Object.entries(ref.summary)) {
      const ours = report.summary.ww[k as keyof typeof report.summary.ww];
      const e = rel(ours!, v);
      worst[`summary.${k}`] = e;
      expect(e, k).toBeLessThanOrEqual(k === 'mp_softrank' ? 0.02 : 1e-6);
    }
  });

  it('randomized ESD: rand_distance and ww_softrank close to WeightWatcher (random shuffles: loose)', () => {
    let maxAbs = 0;
    let maxSoft = 0;
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      maxAbs = Math.max(maxAbs, Math.abs(m.rand_distance! - (r['rand_distance'] as number)));
      maxSoft = Math.max(maxSoft, rel(m.ww_softrank!, r['ww_softrank'] as number));
      expect(Math.abs(m.rand_distance! - (r['rand_distance'] as number)), r.onnx_name).toBeLessThan(0.1);
      expect(rel(m.ww_softrank!, r['ww_softrank'] as number), r.onnx_name).toBeLessThan(0.35);
    }
    worst['rand_distance(abs)'] = maxAbs;
    worst['ww_softrank(rel)'] = maxSoft;
  });
});
