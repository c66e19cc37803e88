/**
 * Conformance on ../shared/models/stories260K quantized to 4 bits by the test: every MatMul weight
 * becomes a com.microsoft MatMulNBits (block 32, symmetric; K = 172 leaves a padded block), as
 * onnxruntime-genai ships int4 models. Every layer must be analysed with metrics identical to those
 * of the plain model holding the dequantized weights as float32 (so WeightWatcher's conformance on
 * float weights carries over), the file must run in onnxruntime, and its rank-63 smoothing must run
 * and be no larger. Skips where ../shared is absent.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { matrix } from '../../src/linalg/matrix.js';
import { openOnnx } from '../../src/model/onnx.js';
import { writeSmoothedOnnx } from '../../src/model/onnxWrite.js';
import type { WeightReplacement } from '../../src/model/types.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { quantizeInt8Symmetric, writeQuantizedVariant } from '../helpers/quantizeModel.js';
import { sharedPath } from '../helpers/shared.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
const textPath = sharedPath('data', 'tinystories_val_64k.txt');
if (!modelPath || !textPath) console.warn('[conformance] stories260K or its eval text not found: skipping the 4-bit conformance');
const BLOCK = 32;
const HAVE_NUMPY = findNumpyPython() !== null;

describe.skipIf(!modelPath || !textPath)('stories260K quantized to 4 bits (MatMulNBits)', () => {
  let dir: string;
  let q4: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-q4-'));
    q4 = join(dir, 'model_q4.onnx');
    await writeQuantizedVariant(modelPath!, q4, 'q4', BLOCK);
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every layer is analysed, with the metrics of the dequantized weights stored as float32', async () => {
    const q = await openOnnx(q4);
    let deqPath: string;
    try {
      expect(q.layers).toHaveLength(36);
      expect(new Set(q.layers.map((l) => JSON.stringify(l.quantization)))).toEqual(new Set([JSON.stringify({ op: 'MatMulNBits', bits: 4, blockSize: BLOCK, symmetric: true })]));
      expect(q.layers.some((l) => l.inFeatures % BLOCK !== 0)).toBe(true); // a padded last block is exercised
      // The plain model with each weight replaced by the dequantized W (stored [K, N] = W_q4^T).
      const reps = new Map<string, WeightReplacement>();
      for (const l of q.layers) {
        const d = await q.readMatrix(l); // [N, K]
        const t = new Float64Array(d.rows * d.cols);
        for (let n = 0; n < d.rows; n++) for (let k = 0; k < d.cols; k++) t[k * d.rows + n] = d.data[n * d.cols + k]!;
        reps.set(l.name.replace(/_Q4$/, ''), { kind: 'dense', values: matrix(d.cols, d.rows, t) });
      }
      deqPath = join(dir, 'dequantized.onnx');
      await writeSmoothedOnnx(modelPath!, deqPath, reps);
    } finally {
      await q.close();
    }
    const analyze = async (p: string) => {
      const m = await openOnnx(p);
      try {
        return (await analyzeModel(m, { engine: jsEngine(), analyze: { seed: 0 } })).layers;
      } finally {
        await m.close();
      }
    };
    const [a, b] = [await analyze(q4), await analyze(deqPath)];
    expect(a.filter((l) => l.status === 'analyzed')).toHaveLength(36);
    expect(a.map((l) => l.name.replace(/_Q4$/, ''))).toEqual(b.map((l) => l.name));
    // Same values; the 4-bit layout stores W^T, so the Gram is formed the other way round: continuous
    // metrics agree to rounding, counts exactly (randomized ones are left out: they shuffle in stored order).
    const worst: Record<string, number> = {};
    a.forEach((l, i) => {
      const [x, y] = [l.metrics as unknown as Record<string, unknown>, b[i]!.metrics as unknown as Record<string, unknown>];
      for (const [k, v] of Object.entries(y)) {
        // Randomized metrics shuffle W's elements in stored order, which the transposed layout changes.
        if (/rand|ww_maxdist|ww_softrank/.test(k)) continue;
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          expect(x[k], `${l.name} ${k}`).toEqual(v);
          continue;
        }
        if (/num_|detX_num|matrix_rank|^N$|^M$|spikes/.test(k)) expect(x[k], `${l.name} ${k}`).toBe(v);
        const e = Math.abs((x[k] as number) - v) / Math.max(Math.abs(v), 1e-12);
        worst[k] = Math.max(worst[k] ?? 0, e);
        expect(e, `${l.name} ${k}: q4 ${String(x[k])}, dequantized float32 ${v}`).toBeLessThanOrEqual(1e-6);
      }
    });
    console.log(`[conformance] stories260K q4 vs dequantized float32: worst relative difference ${JSON.stringify(worst)}`);
  }, 300_000);

  it('runs in onnxruntime; rank-63 smoothing writes MatMulNBits back, runs, and is no larger', async () => {
    const ppl = async (p: string) => (await evaluatePerplexity({ modelPath: p, textFile: textPath!, tokenizerDir: dirname(modelPath!), options: { context: 256, device: 'cpu' } })).perplexity;
    const out = join(dir, 'model_q4.smoothed.onnx');
    const rep = await smoothModel({ modelPath: q4, outPath: out, plan: { method: 'rank', k: 63 }, engine: jsEngine() });
    expect(rep.layers.filter((l) => l.action === 'smoothed').length).toBeGreaterThan(0);
    for (const l of rep.layers.filter((x) => x.action === 'smoothed')) expect(l.requantizationError, l.name).toBeGreaterThan(0);
    expect((await stat(out)).size).toBeLessThanOrEqual((await stat(q4)).size);
    const [p0, p1] = [await ppl(q4), await ppl(out)];
    console.log(`[conformance] stories260K q4: perplexity ${p0.toFixed(4)}, rank-63 smoothed ${p1.toFixed(4)}`);
    expect(Number.isFinite(p1)).toBe(true);
    expect(p1 / p0).toBeLessThan(1.5);
  }, 300_000);
});

/**
 * The int8 variant (quantize_dynamic's pattern: DynamicQuantizeLinear, MatMulInteger with a
 * per-tensor int8 weight, Cast, Mul by x_scale * w_scale): every layer analysed with the metrics of
 * its dequantized weights, which numpy computes from the stored integers and scale (eigenvalues of
 * W = q * scale in float32, as DequantizeLinear defines it); the file runs in onnxruntime with a
 * perplexity near the fp32 model's, and rank-63 smoothing writes MatMulInteger back and runs.
 */
describe.skipIf(!modelPath || !textPath || !HAVE_NUMPY)('stories260K quantized to int8 (MatMulInteger, as quantize_dynamic writes it)', () => {
  let dir: string;
  let int8: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-int8-'));
    int8 = join(dir, 'model_int8.onnx');
    await writeQuantizedVariant(modelPath!, int8, 'int8');
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every layer is analysed as MatMulInteger; log_norm and the largest eigenvalue are numpy\'s of q * scale', async () => {
    const q = await openOnnx(int8);
    try {
      expect(q.layers).toHaveLength(36);
      expect(new Set(q.layers.map((l) => JSON.stringify(l.quantization)))).toEqual(new Set([JSON.stringify({ op: 'MatMulInteger', bits: 8, blockSize: null, symmetric: true })]));
      const rep = await analyzeModel(q, { engine: jsEngine(), analyze: { seed: 0 } });
      expect(rep.layers.filter((l) => l.status === 'analyzed')).toHaveLength(36);
      // The integers and scale the test's quantizer made of three fp32 weights (what the file stores).
      const picks = ['model.layers.0.self_attn.q_proj.weight', 'model.layers.2.mlp.down_proj.weight', 'lm_head.weight'];
      const f = await openOnnx(modelPath!);
      const stored = [];
      try {
        for (const n of picks) {
          const l = f.layers.find((x) => x.name === n)!;
          const { q: ints, scale } = quantizeInt8Symmetric((await f.readMatrix(l)).data);
          stored.push({ q: Array.from(ints), dims: [l.inFeatures, l.outFeatures], scale });
        }
      } finally {
        await f.close();
      }
      const want = runPython<Array<{ log_norm: number; lambda_max: number }>>(
        `
out = []
for p in inp:
    q = np.array(p['q'], dtype=np.int32).reshape(p['dims'])
    w = (q.astype(np.float32) * np.float32(p['scale'])).astype(np.float64)
    ev = np.linalg.svd(w, compute_uv=False) ** 2
    out.append(dict(log_norm=float(np.log10(ev.sum())), lambda_max=float(ev.max())))
print(json.dumps(out))
`,
        stored,
      );
      picks.forEach((n, i) => {
        const m = rep.layers.find((l) => l.name === `${n}_quantized`)!.metrics!;
        expect(Math.abs(m.log_norm - want[i]!.log_norm) / Math.abs(want[i]!.log_norm), `${n} log_norm`).toBeLessThan(1e-12);
        expect(Math.abs(m.lambda_max - want[i]!.lambda_max) / want[i]!.lambda_max, `${n} lambda_max`).toBeLessThan(1e-12);
      });
    } finally {
      await q.close();
    }
  }, 300_000);

  it('runs in onnxruntime near the fp32 perplexity; rank-63 smoothing writes MatMulInteger back and runs', async () => {
    const ppl = async (p: string) => (await evaluatePerplexity({ modelPath: p, textFile: textPath!, tokenizerDir: dirname(modelPath!), options: { context: 256, device: 'cpu' } })).perplexity;
    const [p32, p8] = [await ppl(modelPath!), await ppl(int8)];
    const out = join(dir, 'model_int8.smoothed.onnx');
    const rep = await smoothModel({ modelPath: int8, outPath: out, plan: { method: 'rank', k: 63 }, engine: jsEngine() });
    const smoothed = rep.layers.filter((l) => l.action === 'smoothed');
    expect(smoothed.length).toBeGreaterThan(0);
    for (const l of smoothed) expect(l.requantizationError, l.name).toBeGreaterThan(0);
    expect((await stat(out)).size).toBeLessThanOrEqual((await stat(int8)).size);
    const p1 = await ppl(out);
    console.log(`[conformance] stories260K perplexity: fp32 ${p32.toFixed(4)}, int8 ${p8.toFixed(4)}, int8 rank-63 smoothed ${p1.toFixed(4)}`);
    // Per-tensor int8 costs little on this model (the issue measured 4.2101 against 4.1748 with onnxruntime's own quantizer).
    expect(p8 / p32).toBeGreaterThan(1);
    expect(p8 / p32).toBeLessThan(1.05);
    expect(Number.isFinite(p1)).toBe(true);
    expect(p1 / p8).toBeLessThan(1.5);
  }, 300_000);
});
