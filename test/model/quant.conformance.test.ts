/**
 * Conformance on ../shared/models/stories260K quantized to 4 bits by the test: every MatMul weight
 * becomes a com.microsoft MatMulNBits (block 32, symmetric; K = 172 leaves a padded block), as
 * onnxruntime-genai ships int4 models. Every layer must be analysed with metrics identical to those
 * of the plain model holding the dequantized weights as float32 (so WeightWatcher's conformance on
 * float weights carries over), the file must run in onnxruntime, and its rank-63 smoothing must run
 * and be no larger. Skips where ../shared is absent.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { analyzeModel } from '../../src/engine/analyze.js';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { matrix } from '../../src/linalg/matrix.js';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { encodeNode, encodeTensor } from '../../src/model/onnxBuilder.js';
import { writeSmoothedOnnx } from '../../src/model/onnxWrite.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { quantizeNBits } from '../../src/model/quant.js';
import type { WeightReplacement } from '../../src/model/types.js';
import { sharedPath } from '../helpers/shared.js';

const modelPath = sharedPath('models', 'stories260K', 'model.onnx');
const textPath = sharedPath('data', 'tinystories_val_64k.txt');
if (!modelPath || !textPath) console.warn('[conformance] stories260K or its eval text not found: skipping the 4-bit conformance');
const BLOCK = 32;

/** stories260K with every MatMul weight as MatMulNBits 4-bit, byte for byte otherwise. */
async function writeQ4(src: string, out: string): Promise<void> {
  const model = await scanOnnx(src);
  const w = await openOnnx(src);
  const bytes = new Uint8Array(await readFile(src));
  const slice = (s: { start: number; end: number }) => bytes.subarray(s.start, s.end);
  try {
    const layers = new Map(w.layers.filter((l) => l.via.length === 0 && !l.storedTransposed && l.consumers.every((c) => c.opType === 'MatMul' && c.inputIndex === 1)).map((l) => [l.name, l]));
    const nodeAt = new Map(model.nodes.map((n) => [n.span.start, n]));
    const tensorAt = new Map(model.initializers.map((t) => [t.span.start, t]));
    const graph = new ProtoWriter();
    for (const f of model.graphFields) {
      const n = f.field === 1 ? nodeAt.get(f.start) : undefined;
      const t = f.field === 5 ? tensorAt.get(f.start) : undefined;
      const l = n && n.opType === 'MatMul' ? layers.get(n.inputs[1] ?? '') : t ? layers.get(t.name) : undefined;
      if (n && l) {
        graph.message(1, encodeNode({ opType: 'MatMulNBits', domain: 'com.microsoft', name: n.name, inputs: [n.inputs[0]!, `${l.name}_Q4`, `${l.name}_scales`], outputs: [...n.outputs], attributes: { K: { int: l.inFeatures }, N: { int: l.outFeatures }, bits: { int: 4 }, block_size: { int: BLOCK } } }));
      } else if (t && l) {
        const W = await w.readMatrix(l); // [K, N]
        const [K, N] = [l.inFeatures, l.outFeatures];
        const WT = new Float64Array(N * K);
        for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) WT[j * K + k] = W.data[k * N + j]!;
        const q = quantizeNBits(WT, { N, K, bits: 4, blockSize: BLOCK, scaleType: 'float32', symmetric: true, gIdx: null });
        const nb = Math.ceil(K / BLOCK);
        graph.message(5, encodeTensor({ name: `${l.name}_Q4`, type: 'uint8', dims: [N, nb, BLOCK / 2], data: q.b }));
        graph.message(5, encodeTensor({ name: `${l.name}_scales`, type: 'float32', dims: [N * nb], data: new Float32Array(q.scales.slice().buffer) }));
      } else graph.raw(slice(f));
    }
    const m = new ProtoWriter();
    for (const f of model.modelFields) m.raw(f.field === 7 ? new ProtoWriter().message(7, graph).finish() : slice(f));
    m.message(8, new ProtoWriter().string(1, 'com.microsoft').varint(2, 1));
    await writeFile(out, m.finish());
  } finally {
    await w.close();
  }
}

describe.skipIf(!modelPath || !textPath)('stories260K quantized to 4 bits (MatMulNBits)', () => {
  let dir: string;
  let q4: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-q4-'));
    q4 = join(dir, 'model_q4.onnx');
    await writeQ4(modelPath!, q4);
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
