/**
 * Hand-built RunReports for gate, renderer and action tests: every number here is chosen by
 * hand, so expected verdicts and texts follow from the numbers, not from a run of the engine.
 */
import type { PerplexityResult } from '../../src/eval/types.js';
import { DEFAULT_GATE_RULES, type GateRules } from '../../src/config/plan.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { snapshotOf } from '../../src/report/snapshot.js';
import type { LayerSnapshot, Measurements, RunReport, SpectralSnapshot } from '../../src/report/types.js';

export function ppl(perplexity: number): PerplexityResult {
  return {
    perplexity,
    meanNll: Math.log(perplexity),
    tokensScored: 1000,
    windows: 4,
    seconds: 1,
    tokensPerSecond: 1000,
    device: 'cpu',
    deviceNote: 'cpu requested',
    tokensTotal: 1000,
    context: 256,
    stride: 256,
    vocabSize: 512,
    model: 'model.onnx',
  } as PerplexityResult;
}

export function layer(index: number, alpha: number | null, name = `blocks.${index}.mlp.weight`): LayerSnapshot {
  const warning = alpha === null ? '' : alpha < 2 ? 'over-trained' : alpha > 6 ? 'under-trained' : '';
  return { index, name, shape: [64, 32], alpha, fit: alpha === null ? 'failed' : 'success', warning };
}

export function snapshot(alphas: Array<number | null>, names?: string[]): SpectralSnapshot {
  return snapshotOf(alphas.map((a, i) => layer(i, a, names?.[i])));
}

export interface FixtureOptions {
  original?: SpectralSnapshot;
  smoothed?: SpectralSnapshot | null;
  base?: SpectralSnapshot | null;
  pOriginal?: number | null;
  pSmoothed?: number | null;
  pBase?: number | null;
  rules?: GateRules;
}

export function measurements(o: FixtureOptions = {}): Measurements {
  const original = o.original ?? snapshot([3, 4, 5]);
  const pO = o.pOriginal === undefined ? 10 : o.pOriginal;
  const pS = o.pSmoothed === undefined ? 10.1 : o.pSmoothed;
  const pB = o.pBase === undefined ? null : o.pBase;
  const rel = (a: number, b: number) => ({ absolute: b - a, relative: (b - a) / a });
  const base = o.base ?? null;
  return {
    schemaVersion: 1,
    tool: { name: 'ww-smooth', version: '0.1.0' },
    createdAt: '2025-01-01T00:00:00.000Z',
    model: { source: 'models/model.onnx', path: '/w/models/model.onnx', sha256: 'a'.repeat(64), bytes: 1000, format: 'onnx' },
    configHash: 'c'.repeat(64),
    spectral: { original, smoothed: o.smoothed === undefined ? snapshot([3.5, 4.5, 5.5]) : o.smoothed, base },
    smoothing: {
      method: 'detX',
      layers: original.layers.map((l) => ({ name: l.name, rule: 'detX', k: 8, fullRank: 32, energyKept: 0.9, alphaBefore: l.alpha, alphaAfter: l.alpha === null ? null : l.alpha + 0.5 })),
      outputPath: '/out/smoothed.onnx',
    },
    perplexity: {
      original: pO === null ? null : ppl(pO),
      smoothed: pS === null ? null : ppl(pS),
      base: pB === null ? null : ppl(pB),
      smoothedVsOriginal: pO !== null && pS !== null ? rel(pO, pS) : null,
      headVsBase: pO !== null && pB !== null ? rel(pB, pO) : null,
      note: pO === null ? 'no eval-text given' : '',
    },
    baseline: base
      ? { source: 'cache', ref: 'key', note: 'default-branch report from the Actions cache', modelSha256: 'b'.repeat(64) }
      : { source: 'none', ref: null, note: 'no report saved on the default branch yet', modelSha256: null },
    timings: {},
    stages: {},
  };
}

export function report(o: FixtureOptions = {}): RunReport {
  const m = measurements(o);
  return { ...m, verdict: evaluateGate(m, o.rules ?? DEFAULT_GATE_RULES) };
}
