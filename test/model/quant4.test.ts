/**
 * DequantizeLinear on int4 / uint4 weights (opset 21): two values per byte, element 2i in the low
 * nibble, int4 sign-extended; an odd element count leaves the last byte's high nibble unused. The
 * model holds an int4 per-axis weight with int4 zero points, a uint4 blocked one with an odd element
 * count (block 16 along K = 33: the last block is short), and an int4 one stored as typed
 * int32_data. Decoding is checked against numpy written here from the specification and against
 * onnxruntime's own DequantizeLinear output; smoothing writes the 4-bit values back, packed, and the
 * file still runs and is no larger.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { writeModelFiles, type ModelSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { openOnnx } from '../../src/model/onnx.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { NUMPY_DEQUANT } from '../helpers/numpyDequant.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { lcg } from '../smooth/models.js';

const HAVE_NUMPY = findNumpyPython() !== null;
const rnd = lcg(21);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor((rnd() + 0.5) * 256) & 0xff);
const pos = (n: number) => Float32Array.from({ length: n }, () => 0.01 + (rnd() + 0.5) * 0.04);

const T: Record<string, TensorSpec> = {
  a_q: { name: 'a_q', type: 'int4', dims: [40, 3], data: bytes(60) },
  a_s: { name: 'a_s', type: 'float32', dims: [3], data: pos(3) },
  a_zp: { name: 'a_zp', type: 'int4', dims: [3], data: Uint8Array.from([0xd3, 0x05]) }, // 3, -3, 5 (high nibble of byte 1 unused)
  b_q: { name: 'b_q', type: 'uint4', dims: [33, 3], data: Uint8Array.from(bytes(50), (v, i) => (i === 49 ? v & 0x0f : v)) }, // 99 values
  b_s: { name: 'b_s', type: 'float32', dims: [3, 3], data: pos(9) },
  b_zp: { name: 'b_zp', type: 'uint4', dims: [3, 3], data: Uint8Array.from([0x78, 0x9a, 0x06, 0x81, 0x07]) },
  c_q: { name: 'c_q', type: 'int4', dims: [40, 2], data: bytes(40), encoding: 'typed' },
  c_s: { name: 'c_s', type: 'float32', dims: [], data: Float32Array.from([0.0625]) },
};

function spec(): ModelSpec {
  const f = (name: string, shape: number[]) => ({ name, type: 'float32' as const, shape });
  return {
    nodes: [
      { opType: 'DequantizeLinear', inputs: ['a_q', 'a_s', 'a_zp'], outputs: ['a_w'], attributes: { axis: { int: 1 } } },
      { opType: 'MatMul', name: '/model/layers.0/mlp/up_proj/MatMul', inputs: ['x40', 'a_w'], outputs: ['y_a'] },
      { opType: 'DequantizeLinear', inputs: ['b_q', 'b_s', 'b_zp'], outputs: ['b_w'], attributes: { axis: { int: 0 }, block_size: { int: 16 } } },
      { opType: 'MatMul', name: '/model/layers.0/mlp/down_proj/MatMul', inputs: ['x33', 'b_w'], outputs: ['y_b'] },
      { opType: 'DequantizeLinear', inputs: ['c_q', 'c_s'], outputs: ['c_w'] },
      { opType: 'MatMul', name: '/model/layers.1/mlp/up_proj/MatMul', inputs: ['x40', 'c_w'], outputs: ['y_c'] },
      // The dequantized weights as outputs too: onnxruntime's own DequantizeLinear is the second reference.
      { opType: 'Identity', inputs: ['a_w'], outputs: ['w_a'] },
      { opType: 'Identity', inputs: ['b_w'], outputs: ['w_b'] },
      { opType: 'Identity', inputs: ['c_w'], outputs: ['w_c'] },
      { opType: 'Identity', inputs: ['x40'], outputs: ['logits'] }, // the head output: none of the layers above feeds it
    ],
    initializers: Object.values(T),
    inputs: [f('x40', [2, 40]), f('x33', [2, 33])],
    outputs: [f('logits', [2, 40]), f('y_a', [2, 3]), f('y_b', [2, 3]), f('y_c', [2, 2]), f('w_a', [40, 3]), f('w_b', [33, 3]), f('w_c', [40, 2])],
    opsets: [{ domain: '', version: 21 }],
    irVersion: 10,
  };
}

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-quant4-'));
  path = await writeModelFiles(dir, 'quant4.onnx', spec());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** numpy: unpack two values per byte, low nibble first; int4 sign-extended (the ONNX specification of INT4/UINT4). */
const NUMPY_UNPACK = `
def unpack4(b, count, signed):
    b = np.array(b, dtype=np.uint8)
    v = np.stack([b & 0x0F, b >> 4], axis=-1).reshape(-1)[:count].astype(np.int32)
    return np.where(v >= 8, v - 16, v) if signed else v
`;

const arr = (t: TensorSpec) => Array.from(t.data as ArrayLike<number>);
const WEIGHTS = { a_q: 'w_a', b_q: 'w_b', c_q: 'w_c' } as const;

describe('DequantizeLinear int4 / uint4', () => {
  it('each weight is a layer with 4-bit quantization info', async () => {
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => [l.name, l.module, l.storedShape, l.quantization])).toEqual([
        ['a_q', 'model.layers.0.mlp.up_proj', [40, 3], { op: 'DequantizeLinear', bits: 4, blockSize: null, symmetric: false }],
        ['b_q', 'model.layers.0.mlp.down_proj', [33, 3], { op: 'DequantizeLinear', bits: 4, blockSize: 16, symmetric: false }],
        ['c_q', 'model.layers.1.mlp.up_proj', [40, 2], { op: 'DequantizeLinear', bits: 4, blockSize: null, symmetric: true }],
      ]);
      expect(m.census?.quantizedUndecoded).toBe(0);
    } finally {
      await m.close();
    }
  });

  it.skipIf(!HAVE_NUMPY)('decoded W equals numpy dequantization from the specification, and onnxruntime\'s DequantizeLinear output', async () => {
    const m = await openOnnx(path);
    const s = await ort.InferenceSession.create(path, { graphOptimizationLevel: 'disabled' });
    try {
      const ours = Object.fromEntries(await Promise.all(m.layers.map(async (l) => [l.name, Array.from((await m.readMatrix(l)).data)] as const)));
      const want = runPython<Record<string, number[]>>(
        NUMPY_DEQUANT +
          NUMPY_UNPACK +
          `t = inp['t']
out = {
 'a_q': linear(unpack4(t['a_q'], 120, True), 'int4', (40, 3), t['a_s'], unpack4(t['a_zp'], 3, True), 1, None),
 'b_q': linear(unpack4(t['b_q'], 99, False), 'uint4', (33, 3), t['b_s'], unpack4(t['b_zp'], 9, False), 0, 16),
 'c_q': linear(unpack4(t['c_q'], 80, True), 'int4', (40, 2), t['c_s'], None, 1, None),
}
print(json.dumps({k: v.ravel().tolist() for k, v in out.items()}))`,
        { t: Object.fromEntries(Object.entries(T).map(([k, v]) => [k, arr(v)])) },
      );
      const r = await s.run({ x40: new ort.Tensor('float32', new Float32Array(80), [2, 40]), x33: new ort.Tensor('float32', new Float32Array(66), [2, 33]) });
      for (const [name, out] of Object.entries(WEIGHTS)) {
        expect(ours[name], `${name} vs numpy`).toEqual(want[name]);
        expect(ours[name], `${name} vs onnxruntime`).toEqual(Array.from(r[out]!.data as Float32Array));
      }
      // The values are really 4-bit: all 16 codes of the int4 weight appear, the sign-extended ones too.
      expect(new Set(want['c_q']!.map((v) => v / 0.0625)).size).toBe(16);
    } finally {
      await s.release();
      await m.close();
    }
  });

  it('rank-1 smoothing writes the 4-bit values back packed: the file runs, is no larger, and decodes to the requantized W', async () => {
    const out = join(dir, 'quant4.s.onnx');
    const rep = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 1 }, engine: jsEngine() });
    expect(rep.layers.map((l) => [l.name, l.action])).toEqual([['a_q', 'smoothed'], ['b_q', 'smoothed'], ['c_q', 'smoothed']]);
    for (const l of rep.layers) expect(l.requantizationError, l.name).toBeGreaterThan(0);
    expect((await stat(out)).size).toBeLessThanOrEqual((await stat(path)).size);
    const s = await ort.InferenceSession.create(out, { graphOptimizationLevel: 'disabled' });
    const m = await openOnnx(out);
    try {
      const r = await s.run({ x40: new ort.Tensor('float32', new Float32Array(80), [2, 40]), x33: new ort.Tensor('float32', new Float32Array(66), [2, 33]) });
      for (const l of m.layers) {
        expect(l.quantization?.bits, l.name).toBe(4);
        expect(Array.from((await m.readMatrix(l)).data), `${l.name}: our decoding of the written file vs onnxruntime`).toEqual(Array.from(r[WEIGHTS[l.name as keyof typeof WEIGHTS]]!.data as Float32Array));
      }
    } finally {
      await s.release();
      await m.close();
    }
  });
});
