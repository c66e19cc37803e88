/**
 * Conformance on ../shared/models/stories260K turned into an Optimum-style merged decoder (every
 * node inside both branches of If(use_cache_branch), weights outer-scope; built byte for byte by
 * ./merged.ts): the merged file must give the plain model's 36 layers with identical metrics (so
 * the plain model's WeightWatcher conformance carries over), and rank-63 smoothing of it must give
 * the perplexity of the same smoothing of the plain model. Skips where ../shared is absent.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { openModel } from '../../src/model/open.js';
import { sharedPath } from '../helpers/shared.js';
import { writeMergedDecoder } from './merged.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
const textPath = sharedPath('data', 'tinystories_val_64k.txt');
if (!modelPath || !textPath) console.warn('[conformance] stories260K or its eval text not found: skipping the merged-decoder conformance');

describe.skipIf(!modelPath || !textPath)('stories260K as a merged (If) decoder', () => {
  let dir: string;
  let merged: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-merged-'));
    merged = join(dir, 'decoder_model_merged.onnx');
    await writeMergedDecoder(modelPath!, merged);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const analyze = async (path: string) => {
    const m = await openModel(path);
    try {
      return await analyzeModel(m, { engine: jsEngine(), analyze: { seed: 0 } });
    } finally {
      await m.close();
    }
  };

  it('gives the plain model\'s 36 layers with identical metrics', async () => {
    const [plain, mer] = [await analyze(modelPath!), await analyze(merged)];
    expect(mer.layers.filter((l) => l.status === 'analyzed')).toHaveLength(36);
    const strip = (r: typeof plain) => r.layers.map((l) => ({ name: l.name, role: l.role, block: l.block, metrics: l.metrics }));
    expect(strip(mer)).toEqual(strip(plain));
  }, 120_000);

  it('rank-63 smoothing gives the smoothed plain model\'s perplexity; the file is rewritten once per weight', async () => {
    const ppl = async (src: string, out: string) => {
      await smoothModel({ modelPath: src, outPath: out, plan: { method: 'rank', k: 63 }, engine: jsEngine() });
      const r = await evaluatePerplexity({ modelPath: out, textFile: textPath!, tokenizerDir: dirname(modelPath!), options: { context: 256, device: 'cpu' } });
      return r.perplexity;
    };
    const p = await ppl(modelPath!, join(dir, 'plain.s.onnx'));
    const m = await ppl(merged, join(dir, 'merged.s.onnx'));
    console.log(`[conformance] stories260K rank 63: plain ${p.toFixed(6)}, merged ${m.toFixed(6)}`);
    expect(Math.abs(m - p) / p).toBeLessThan(1e-6);
    // Same weights, written once: the smoothed merged file is the plain one plus the If wrapper.
    const [sp, sm] = [(await stat(join(dir, 'plain.s.onnx'))).size, (await stat(join(dir, 'merged.s.onnx'))).size];
    expect(sm - sp).toBe((await stat(merged)).size - (await stat(modelPath!)).size);
  }, 300_000);
});
