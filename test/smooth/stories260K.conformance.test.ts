/**
 * Conformance on ../shared/models/stories260K (skips with a message where ../shared is absent):
 * rule `rank` on every non-head MatMul weight (35 of 36), perplexity on tinystories_val_64k.txt at
 * context 256 under the project's convention. Expected figures are from an independent float64
 * truncation (../shared/models/stories260K/PROVENANCE.md): 4.2780 at k=63, 5.3362 at k=56, each
 * within 1%; k >= 64 (full rank) must leave the logits bit-identical.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { sharedPath } from '../helpers/shared.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
const textPath = sharedPath('data', 'tinystories_val_64k.txt');
if (!modelPath || !textPath) console.warn('[conformance] stories260K or tinystories_val_64k.txt not found: skipping smoothing conformance');

async function logits(path: string): Promise<Float32Array[]> {
  const session = await ort.InferenceSession.create(path);
  try {
    const out: Float32Array[] = [];
    for (const ids of [[1, 403, 407, 261, 378], [1, 9, 88, 300, 12, 45, 77, 500, 2, 3, 4, 260], [1]]) {
      const t = (v: number[]) => new ort.Tensor('int64', BigInt64Array.from(v.map(BigInt)), [1, v.length]);
      const r = await session.run({ input_ids: t(ids), attention_mask: t(ids.map(() => 1)) });
      out.push(Float32Array.from(r['logits']!.data as Float32Array));
    }
    return out;
  } finally {
    await session.release();
  }
}

describe.skipIf(!modelPath || !textPath)('stories260K: rank-k smoothing of every non-head MatMul', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-smooth-stories-'));
  });

  const smoothAndMeasure = async (k: number): Promise<number> => {
    const out = join(dir, `rank${k}.onnx`);
    const report = await smoothModel({ modelPath: modelPath!, outPath: out, plan: { method: 'rank', k }, engine: jsEngine() });
    expect(report.layers).toHaveLength(35);
    expect(report.layers.some((l) => l.name === 'lm_head.weight')).toBe(false);
    // k_proj / v_proj are 64x32 (4 KV heads): rank 32 <= k, so they stay as they are.
    for (const l of report.layers) {
      expect(l.k).toBe(k);
      expect(l.action).toBe(k < Math.min(...l.storedShape) ? 'smoothed' : 'unchanged');
    }
    expect(report.totals.layersChanged).toBe(25);
    expect(report.layers.flatMap((l) => l.notes).filter((n) => n.startsWith('check:'))).toEqual([]);
    const r = await evaluatePerplexity({ modelPath: out, textFile: textPath!, tokenizerDir: dirname(modelPath!), options: { context: 256, device: 'cpu' } });
    console.log(`[conformance] stories260K rank ${k}: perplexity ${r.perplexity.toFixed(4)} over ${r.tokensScored} tokens`);
    return r.perplexity;
  };

  it('k = 63 gives perplexity 4.2780 within 1%', async () => {
    const ppl = await smoothAndMeasure(63);
    expect(Math.abs(ppl - 4.278) / 4.278).toBeLessThan(0.01);
  });

  it('k = 56 gives perplexity 5.3362 within 1%', async () => {
    const ppl = await smoothAndMeasure(56);
    expect(Math.abs(ppl - 5.3362) / 5.3362).toBeLessThan(0.01);
  });

  it('detX / tail / mp rules pick k = detX_num / num_pl_spikes / num_spikes as WeightWatcher reports them (all 36 layers)', async () => {
    const refPath = sharedPath('reference', 'stories260K.weightwatcher.json');
    if (!refPath) return;
    const ref = JSON.parse(readFileSync(refPath, 'utf8')) as { layers: { onnx_name: string; detX_num: number; num_pl_spikes: number; num_spikes: number }[] };
    const byName = new Map(ref.layers.map((r) => [r.onnx_name, r]));
    const ks = async (method: 'detX' | 'tail' | 'mp'): Promise<Map<string, number | null>> => {
      const rep = await smoothModel({ modelPath: modelPath!, plan: { method, roles: ['attention', 'mlp', 'other', 'head'] }, engine: jsEngine(), dryRun: 'full' });
      expect(rep.layers).toHaveLength(36);
      return new Map(rep.layers.map((l) => [l.name, l.k]));
    };
    const detx = await ks('detX');
    const tail = await ks('tail');
    const mp = await ks('mp');
    for (const [name, r] of byName) {
      expect(detx.get(name), name).toBe(r.detX_num);
      expect(tail.get(name), name).toBe(r.num_pl_spikes);
      expect(Math.abs(mp.get(name)! - r.num_spikes), name).toBeLessThanOrEqual(1); // WeightWatcher's MP fit: grid + KDE
    }
    expect(byName.size).toBe(36);
  });

  it('k >= 64 leaves the logits bit-identical to the original', async () => {
    const out = join(dir, 'rank64.onnx');
    const report = await smoothModel({ modelPath: modelPath!, outPath: out, plan: { method: 'rank', k: 64 }, engine: jsEngine() });
    expect(report.layers.every((l) => l.action === 'unchanged')).toBe(true);
    const a = await logits(modelPath!);
    const b = await logits(out);
    for (let i = 0; i < a.length; i++) expect(Buffer.from(b[i]!.buffer)).toEqual(Buffer.from(a[i]!.buffer));
  });
});
