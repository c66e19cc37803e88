/**
 * Conformance with WeightWatcher 0.7.5.5 itself on quantized models: test/fixtures/ww-quantized
 * holds what WeightWatcher reported for the int8 (quantize_dynamic's MatMulInteger pattern) and q4
 * (MatMulNBits, block 32, symmetric) variants of ../shared/models/stories260K, their weights
 * dequantized in numpy from the operator specifications by scripts/ww-dequantized-reference.py.
 * The test rebuilds the same variants (test/helpers/quantizeModel.ts; the fixture records their
 * sha256, so a changed writer fails here instead of comparing different weights) and analyses the
 * quantized files directly: alpha, xmin, D to 1e-6 relative, spikes and detX equal. Skips where
 * ../shared is absent.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/engine/analyze.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { openOnnx } from '../../src/model/onnx.js';
import type { AnalyzeReport, LayerMetrics } from '../../src/spectral/types.js';
import { writeQuantizedVariant, type QuantVariant } from '../helpers/quantizeModel.js';
import { repoRoot, sharedPath } from '../helpers/shared.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
if (!modelPath) console.warn('[conformance] stories260K not found: skipping the WeightWatcher conformance of its int8 and q4 variants');

type RefRow = Record<string, number | string | boolean> & { onnx_name: string };
interface Reference {
  readonly weightwatcher: string;
  readonly model_sha256: string;
  readonly layers: readonly RefRow[];
}

const OPS: Record<QuantVariant, string> = { q4: 'MatMulNBits', int8: 'MatMulInteger' };

describe.skipIf(!modelPath).each(['int8', 'q4'] as const)('WeightWatcher 0.7.5.5 on the dequantized weights of stories260K %s', (variant) => {
  const ref = JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'ww-quantized', `stories260K.${variant}.weightwatcher.json`), 'utf8')) as Reference;
  let dir: string;
  let sha: string;
  let report: AnalyzeReport;
  const byName = new Map<string, LayerMetrics>();
  const worst: Record<string, number> = {};

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `ww-${variant}-`));
    const file = join(dir, `model_${variant}.onnx`);
    await writeQuantizedVariant(modelPath!, file, variant);
    sha = createHash('sha256').update(await readFile(file)).digest('hex');
    const m = await openOnnx(file);
    try {
      report = await analyzeModel(m, { engine: jsEngine(), analyze: { seed: 0 } });
    } finally {
      await m.close();
    }
    for (const l of report.layers) if (l.metrics) byName.set(l.name, l.metrics);
  }, 300_000);
  afterAll(async () => {
    if (Object.keys(worst).length) console.log(`[conformance] stories260K ${variant} vs WeightWatcher on the dequantized weights: max relative error`, JSON.stringify(worst));
    await rm(dir, { recursive: true, force: true });
  });

  it('the rebuilt variant is the file the reference was computed on; all 36 layers analysed as quantized', () => {
    expect(ref.weightwatcher).toBe('0.7.5.5');
    expect(sha, 'test/helpers/quantizeModel.ts writes other bytes now: regenerate the fixture (test/fixtures/ww-quantized/README.md)').toBe(ref.model_sha256);
    expect(ref.layers).toHaveLength(36);
    expect(report.layers.filter((l) => l.status === 'analyzed')).toHaveLength(36);
    for (const l of report.layers) expect(l.quantization?.op, l.name).toBe(OPS[variant]);
    for (const r of ref.layers) expect([byName.get(r.onnx_name)?.N, byName.get(r.onnx_name)?.M], r.onnx_name).toEqual([r['N'], r['M']]);
  });

  const check = (keys: readonly (keyof LayerMetrics & string)[], tol: number): void => {
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      for (const key of keys) {
        const e = Math.abs((m[key] as number) - (r[key] as number)) / Math.abs(r[key] as number);
        worst[key] = Math.max(worst[key] ?? 0, e);
        expect(e, `${r.onnx_name} ${key}: ours ${String(m[key])}, WeightWatcher ${String(r[key])}`).toBeLessThanOrEqual(tol);
      }
    }
  };

  it('alpha, xmin, D within 1e-6 relative', () => check(['alpha', 'xmin', 'D'], 1e-6));

  it('norm metrics, entropy and the MP fit within 1e-6 relative', () => check(['log_norm', 'log_spectral_norm', 'alpha_weighted', 'log_alpha_norm', 'stable_rank', 'entropy', 'sigma', 'mp_softrank'], 1e-6));

  it('power-law spikes, MP spikes and detX equal; warnings equal', () => {
    for (const r of ref.layers) {
      const m = byName.get(r.onnx_name)!;
      expect(m.num_pl_spikes, `${r.onnx_name} num_pl_spikes`).toBe(r['num_pl_spikes']);
      expect(m.num_spikes, `${r.onnx_name} num_spikes`).toBe(r['num_spikes']);
      expect(m.detX_num, `${r.onnx_name} detX_num`).toBe(r['detX_num']);
      expect(m.warning, `${r.onnx_name} warning`).toBe(r['warning']);
    }
  });
});
