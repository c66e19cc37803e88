/**
 * Quantized weights as layers. A model the test builds holds every layout we decode (MatMulNBits
 * 4-bit with packed zero points and K padded, 8-bit symmetric with float16 scales; MatMulInteger as
 * quantize_dynamic emits it; QLinearMatMul; DequantizeLinear per-axis and blocked). Each decoded W
 * is checked against numpy code written here from the operator specifications, and onnxruntime's
 * run of each quantized op against x @ W (our decoded W). Smoothing writes the layers back in the
 * same format: the file runs in onnxruntime, is no larger, and the reported requantization error
 * is the one numpy measures between the file's dequantized W and the rank-k W'.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { writeModelFiles, type ModelSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { numberToFloat16 } from '../../src/model/dtype.js';
import { openOnnx } from '../../src/model/onnx.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { NUMPY_DEQUANT } from '../helpers/numpyDequant.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { lcg } from '../smooth/models.js';

const HAVE_NUMPY = findNumpyPython() !== null;
let dir: string;
let path: string;

const rnd = lcg(7);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor((rnd() + 0.5) * 256) & 0xff);
const int8s = (n: number) => Int8Array.from({ length: n }, () => Math.floor((rnd() + 0.5) * 256) - 128);
const pos = (n: number, lo = 0.01, hi = 0.05) => Float32Array.from({ length: n }, () => lo + (rnd() + 0.5) * (hi - lo));

// Shapes: K = 40 (MatMulNBits block 16: 3 blocks, the last padded), 32 for the 8-bit one.
const T: Record<string, TensorSpec> = {
  nb4_B: { name: 'nb4_B', type: 'uint8', dims: [5, 3, 8], data: bytes(5 * 3 * 8) },
  nb4_scales: { name: 'nb4_scales', type: 'float32', dims: [15], data: pos(15) },
  nb4_zp: { name: 'nb4_zp', type: 'uint8', dims: [10], data: bytes(10) },
  nb8_B: { name: 'nb8_B', type: 'uint8', dims: [3, 2, 16], data: bytes(3 * 2 * 16) },
  nb8_scales: { name: 'nb8_scales', type: 'float16', dims: [6], data: Uint16Array.from(pos(6, 0.001, 0.004), (v) => numberToFloat16(v)) },
  mmi_w: { name: 'mmi_w', type: 'uint8', dims: [40, 3], data: bytes(120) },
  mmi_wzp: { name: 'mmi_wzp', type: 'uint8', dims: [], data: Uint8Array.from([131]) }, // per tensor, as quantize_dynamic writes it
  mmi_ws: { name: 'mmi_ws', type: 'float32', dims: [], data: Float32Array.from([0.0123]) },
  ql_b: { name: 'ql_b', type: 'int8', dims: [40, 2], data: int8s(80) },
  ql_bs: { name: 'ql_bs', type: 'float32', dims: [2], data: Float32Array.from([0.02, 0.03]) },
  ql_bzp: { name: 'ql_bzp', type: 'int8', dims: [2], data: Int8Array.from([0, 0]) },
  ql_as: { name: 'ql_as', type: 'float32', dims: [], data: Float32Array.from([1]) },
  ql_azp: { name: 'ql_azp', type: 'uint8', dims: [], data: Uint8Array.from([0]) },
  ql_ys: { name: 'ql_ys', type: 'float32', dims: [], data: Float32Array.from([4]) },
  ql_yzp: { name: 'ql_yzp', type: 'uint8', dims: [], data: Uint8Array.from([128]) },
  dqa_q: { name: 'dqa_q', type: 'int8', dims: [40, 3], data: int8s(120) },
  dqa_s: { name: 'dqa_s', type: 'float32', dims: [3], data: pos(3) },
  dqa_zp: { name: 'dqa_zp', type: 'int8', dims: [3], data: Int8Array.from([-3, 0, 5]) },
  dqb_q: { name: 'dqb_q', type: 'uint8', dims: [40, 4], data: bytes(160) },
  dqb_s: { name: 'dqb_s', type: 'float32', dims: [3, 4], data: pos(12) },
  dqb_zp: { name: 'dqb_zp', type: 'uint8', dims: [3, 4], data: bytes(12) },
};

function spec(): ModelSpec {
  const f = (name: string, shape: number[]) => ({ name, type: 'float32' as const, shape });
  return {
    nodes: [
      { opType: 'MatMulNBits', domain: 'com.microsoft', name: '/model/layers.0/mlp/up_proj/MatMulNBits', inputs: ['x40', 'nb4_B', 'nb4_scales', 'nb4_zp'], outputs: ['y_nb4'], attributes: { K: { int: 40 }, N: { int: 5 }, bits: { int: 4 }, block_size: { int: 16 } } },
      { opType: 'Cast', inputs: ['x32'], outputs: ['x32h'], attributes: { to: { int: 10 } } },
      { opType: 'MatMulNBits', domain: 'com.microsoft', name: '/model/layers.0/mlp/down_proj/MatMulNBits', inputs: ['x32h', 'nb8_B', 'nb8_scales'], outputs: ['y_nb8h'], attributes: { K: { int: 32 }, N: { int: 3 }, bits: { int: 8 }, block_size: { int: 16 } } },
      { opType: 'Cast', inputs: ['y_nb8h'], outputs: ['y_nb8'], attributes: { to: { int: 1 } } },
      { opType: 'DynamicQuantizeLinear', inputs: ['xi'], outputs: ['xq', 'xs', 'xzp'] },
      { opType: 'MatMulInteger', name: '/model/layers.1/self_attn/q_proj/MatMul_quant', inputs: ['xq', 'mmi_w', 'xzp', 'mmi_wzp'], outputs: ['mmi_i'] },
      { opType: 'Cast', inputs: ['mmi_i'], outputs: ['mmi_f'], attributes: { to: { int: 1 } } },
      { opType: 'Mul', inputs: ['xs', 'mmi_ws'], outputs: ['mmi_scale'] },
      { opType: 'Mul', inputs: ['mmi_f', 'mmi_scale'], outputs: ['y_mmi'] },
      { opType: 'QLinearMatMul', name: '/model/layers.1/self_attn/k_proj/QLinearMatMul', inputs: ['aq', 'ql_as', 'ql_azp', 'ql_b', 'ql_bs', 'ql_bzp', 'ql_ys', 'ql_yzp'], outputs: ['y_ql'] },
      { opType: 'DequantizeLinear', inputs: ['dqa_q', 'dqa_s', 'dqa_zp'], outputs: ['dqa_w'], attributes: { axis: { int: 1 } } },
      { opType: 'MatMul', name: '/model/layers.2/mlp/gate_proj/MatMul', inputs: ['x40', 'dqa_w'], outputs: ['y_dqa'] },
      { opType: 'DequantizeLinear', inputs: ['dqb_q', 'dqb_s', 'dqb_zp'], outputs: ['dqb_w'], attributes: { axis: { int: 0 }, block_size: { int: 16 } } },
      { opType: 'MatMul', name: '/model/layers.2/mlp/up_proj/MatMul', inputs: ['x40', 'dqb_w'], outputs: ['y_dqb'] },
      { opType: 'Identity', inputs: ['x40'], outputs: ['logits'] }, // the head output: none of the layers above feeds it
    ],
    initializers: Object.values(T),
    inputs: [f('x40', [2, 40]), f('x32', [2, 32]), f('xi', [2, 40]), { name: 'aq', type: 'uint8', shape: [2, 40] }],
    outputs: [f('logits', [2, 40]), f('y_nb4', [2, 5]), f('y_nb8', [2, 3]), f('y_mmi', [2, 3]), { name: 'y_ql', type: 'uint8', shape: [2, 2] }, f('y_dqa', [2, 3]), f('y_dqb', [2, 4])],
    opsets: [{ domain: '', version: 21 }, { domain: 'com.microsoft', version: 1 }],
    irVersion: 10,
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-quant-'));
  path = await writeModelFiles(dir, 'quant.onnx', spec());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const arr = (t: TensorSpec) => Array.from(t.data as ArrayLike<number>);


describe('quantized layers: decoding', () => {
  it('every layout is a layer with its quantization, module path and role', async () => {
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => [l.name, l.module, l.storedShape, l.storedTransposed, l.dtype, l.quantization])).toEqual([
        ['nb4_B', 'model.layers.0.mlp.up_proj', [5, 40], true, 'float32', { op: 'MatMulNBits', bits: 4, blockSize: 16, symmetric: false }],
        ['nb8_B', 'model.layers.0.mlp.down_proj', [3, 32], true, 'float16', { op: 'MatMulNBits', bits: 8, blockSize: 16, symmetric: true }],
        ['mmi_w', 'model.layers.1.self_attn.q_proj', [40, 3], false, 'float32', { op: 'MatMulInteger', bits: 8, blockSize: null, symmetric: false }],
        ['ql_b', 'model.layers.1.self_attn.k_proj', [40, 2], false, 'float32', { op: 'QLinearMatMul', bits: 8, blockSize: null, symmetric: true }],
        ['dqa_q', 'model.layers.2.mlp.gate_proj', [40, 3], false, 'float32', { op: 'DequantizeLinear', bits: 8, blockSize: null, symmetric: false }],
        ['dqb_q', 'model.layers.2.mlp.up_proj', [40, 4], false, 'float32', { op: 'DequantizeLinear', bits: 8, blockSize: 16, symmetric: false }],
      ]);
      expect(m.layers.map((l) => l.role)).toEqual(['mlp', 'mlp', 'attention', 'attention', 'mlp', 'mlp']);
      expect(m.census?.quantizedUndecoded).toBe(0);
    } finally {
      await m.close();
    }
  });

  it.skipIf(!HAVE_NUMPY)('decoded W equals numpy dequantization from the operator specifications, exactly', async () => {
    const m = await openOnnx(path);
    try {
      const ours = Object.fromEntries(await Promise.all(m.layers.map(async (l) => [l.name, Array.from((await m.readMatrix(l)).data)] as const)));
      // quantized weights are dequantized by readMatrix, never handed over raw as shared float32
      for (const l of m.layers) expect(await m.readFloat32Shared!(l)).toBeNull();
      const want = runPython<Record<string, number[]>>(
        NUMPY_DEQUANT +
          `t = inp['t']
out = {
 'nb4_B': nbits(t['nb4_B'], t['nb4_scales'], t['nb4_zp'], 40, 5, 4, 16, 'float32'),
 'nb8_B': nbits(t['nb8_B'], t['nb8_scales'], None, 32, 3, 8, 16, 'float16'),
 'mmi_w': linear(t['mmi_w'], 'uint8', (40, 3), t['mmi_ws'], t['mmi_wzp'], 1, None),
 'ql_b': linear(t['ql_b'], 'int8', (40, 2), t['ql_bs'], t['ql_bzp'], 1, None),
 'dqa_q': linear(t['dqa_q'], 'int8', (40, 3), t['dqa_s'], t['dqa_zp'], 1, None),
 'dqb_q': linear(t['dqb_q'], 'uint8', (40, 4), t['dqb_s'], t['dqb_zp'], 0, 16),
}
print(json.dumps({k: v.ravel().tolist() for k, v in out.items()}))`,
        { t: Object.fromEntries(Object.entries(T).map(([k, v]) => [k, arr(v)])) },
      );
      for (const name of Object.keys(want)) expect(ours[name], name).toEqual(want[name]);
    } finally {
      await m.close();
    }
  });

  it('onnxruntime runs each quantized op as x @ W with our decoded W', async () => {
    const next = lcg(11);
    const x40 = Float32Array.from({ length: 80 }, () => next());
    const x32 = Float32Array.from({ length: 64 }, () => Math.fround(numberToF16(next())));
    // DynamicQuantizeLinear is exact on integers 0..255 that include 0 and 255 (scale 1, zero point 0).
    const xi = Float32Array.from({ length: 80 }, (_, i) => (i === 0 ? 0 : i === 1 ? 255 : Math.floor((next() + 0.5) * 255)));
    const aq = Uint8Array.from({ length: 80 }, () => Math.floor((next() + 0.5) * 20));
    // Optimizations off: onnxruntime would otherwise fuse DequantizeLinear -> MatMul into a product that
    // quantizes x on the fly, an approximation of the graph's semantics, not the operators'.
    const s = await ort.InferenceSession.create(path, { graphOptimizationLevel: 'disabled' });
    const r = await s.run({
      x40: new ort.Tensor('float32', x40, [2, 40]),
      x32: new ort.Tensor('float32', x32, [2, 32]),
      xi: new ort.Tensor('float32', xi, [2, 40]),
      aq: new ort.Tensor('uint8', aq, [2, 40]),
    });
    await s.release();
    const m = await openOnnx(path);
    try {
      const W = async (name: string) => m.readMatrix(m.layers.find((l) => l.name === name)!);
      /** x [2, K] @ W used as [K, N]: W stored [K, N], or [N, K] when transposed. */
      const product = async (name: string, x: ArrayLike<number>, transposed: boolean) => {
        const w = await W(name);
        const [K, N] = transposed ? [w.cols, w.rows] : [w.rows, w.cols];
        const out: number[] = [];
        for (let b = 0; b < 2; b++) for (let n = 0; n < N; n++) {
          let acc = 0;
          for (let k = 0; k < K; k++) acc += x[b * K + k]! * (transposed ? w.data[n * K + k]! : w.data[k * N + n]!);
          out.push(acc);
        }
        return out;
      };
      const close = (got: ArrayLike<number>, want: number[], rel: number, what: string) => {
        const scale = Math.max(...want.map(Math.abs));
        want.forEach((v, i) => expect(Math.abs(Number(got[i]) - v), `${what}[${i}]`).toBeLessThanOrEqual(rel * scale));
      };
      close(r['y_nb4']!.data as Float32Array, await product('nb4_B', x40, true), 1e-5, 'MatMulNBits 4-bit');
      close(r['y_nb8']!.data as Float32Array, await product('nb8_B', x32, true), 2e-3, 'MatMulNBits 8-bit fp16'); // fp16 output
      close(r['y_mmi']!.data as Float32Array, await product('mmi_w', xi, false), 1e-6, 'MatMulInteger');
      close(r['y_dqa']!.data as Float32Array, await product('dqa_q', x40, false), 1e-5, 'DequantizeLinear per-axis');
      close(r['y_dqb']!.data as Float32Array, await product('dqb_q', x40, false), 1e-5, 'DequantizeLinear blocked');
      // QLinearMatMul: y = saturate(round(a @ W / y_scale) + 128); a is exact (scale 1, zero point 0).
      const ql = (await product('ql_b', aq, false)).map((v) => Math.min(255, Math.max(0, Math.round(v / 4) + 128)));
      Array.from(r['y_ql']!.data as Uint8Array).forEach((v, i) => expect(Math.abs(v - ql[i]!), `QLinearMatMul[${i}]`).toBeLessThanOrEqual(1));
    } finally {
      await m.close();
    }
  });
});

function numberToF16(v: number): number {
  return new Float32Array(new Uint16Array([numberToFloat16(v)]).length) && f16ToNumber(numberToFloat16(v));
}
function f16ToNumber(bits: number): number {
  const s = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const f = bits & 0x3ff;
  return e === 0 ? s * f * 2 ** -24 : s * (1 + f / 1024) * 2 ** (e - 15);
}

describe('quantized layers: smoothing writes them back in the same format', () => {
  it.skipIf(!HAVE_NUMPY)('rank-2 smoothing: runs in onnxruntime, no larger, requantization error as numpy measures it', async () => {
    const out = join(dir, 'quant.s.onnx');
    const rep = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 2, roles: ['attention', 'mlp'] }, engine: jsEngine() });
    expect(rep.layers.map((l) => [l.name, l.action])).toEqual([['nb4_B', 'smoothed'], ['nb8_B', 'smoothed'], ['mmi_w', 'smoothed'], ['ql_b', 'unchanged'], ['dqa_q', 'smoothed'], ['dqb_q', 'smoothed']]);
    expect((await stat(out)).size).toBeLessThanOrEqual((await stat(path)).size);
    const s = await ort.InferenceSession.create(out);
    await s.release();
    const before = await openOnnx(path);
    const after = await openOnnx(out);
    try {
      expect(after.layers.map((l) => l.quantization)).toEqual(before.layers.map((l) => l.quantization));
      for (const l of rep.layers.filter((x) => x.action === 'smoothed')) {
        const w0 = await before.readMatrix(before.layers.find((x) => x.name === l.name)!);
        const w1 = await after.readMatrix(after.layers.find((x) => x.name === l.name)!);
        const err = runPython<number>(
          `W = np.array(inp['w0']).reshape(inp['r'], inp['c']); Q = np.array(inp['w1']).reshape(inp['r'], inp['c'])
U, S, Vt = np.linalg.svd(W, full_matrices=False); Wp = (U[:, :2] * S[:2]) @ Vt[:2]
print(json.dumps(float(np.linalg.norm(Q - Wp) / np.linalg.norm(Wp))))`,
          { w0: Array.from(w0.data), w1: Array.from(w1.data), r: w0.rows, c: w0.cols },
        );
        expect(l.requantizationError, l.name).toBeGreaterThan(0);
        expect(Math.abs(l.requantizationError! - err), `${l.name}: reported ${l.requantizationError}, numpy ${err}`).toBeLessThanOrEqual(1e-6 + 1e-4 * err);
      }
    } finally {
      await before.close();
      await after.close();
    }
  });
});
