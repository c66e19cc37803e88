/**
 * MatMulNBits with float zero points (the scales' type, unpacked [N, n_blocks], as HQQ writes
 * them). onnxruntime's CPU kernel (contrib_ops/cpu/quantization/matmul_nbits_impl.cc,
 * DequantizeBlockwise with a float zero point) computes w = q * s + (-s * zp), each step in float32,
 * which is not (q - zp) * s rounded once: numpy below is written from that kernel, and onnxruntime
 * runs the op. 8-bit weights with float zero points are refused (onnxruntime 1.30's kernel stops:
 * "Only 2b and 4b quantization is supported for unpacked compute"). Smoothing keeps the zero points
 * and recomputes the scales.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { writeModelFiles, type ModelSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { openOnnx } from '../../src/model/onnx.js';
import { float16ToNumber, numberToFloat16 } from '../../src/model/dtype.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { lcg } from '../smooth/models.js';

const HAVE_NUMPY = findNumpyPython() !== null;
const rnd = lcg(23);
const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor((rnd() + 0.5) * 256) & 0xff);
const pos = (n: number) => Float32Array.from({ length: n }, () => 0.01 + (rnd() + 0.5) * 0.04);
/** Fractional zero points, as HQQ's optimisation leaves them. */
const zeros = (n: number) => Float32Array.from({ length: n }, () => 3 + (rnd() + 0.5) * 9);
const BLOCK = 16;
const KP = 40; // padded: 3 blocks, the last one 8 wide
const K = 48;
const G_IDX = Int32Array.from({ length: K }, (_, k) => (5 * k) % 3);
const f16 = (a: Float32Array) => Uint16Array.from(a, (v) => numberToFloat16(v));

const T: Record<string, TensorSpec> = {
  fz_B: { name: 'fz_B', type: 'uint8', dims: [5, 3, 8], data: bytes(120) },
  fz_s: { name: 'fz_s', type: 'float32', dims: [15], data: pos(15) },
  fz_zp: { name: 'fz_zp', type: 'float32', dims: [5, 3], data: zeros(15) },
  fzg_B: { name: 'fzg_B', type: 'uint8', dims: [4, 3, 8], data: bytes(96) },
  fzg_s: { name: 'fzg_s', type: 'float32', dims: [12], data: pos(12) },
  fzg_zp: { name: 'fzg_zp', type: 'float32', dims: [4, 3], data: zeros(12) },
  g_idx: { name: 'g_idx', type: 'int32', dims: [K], data: G_IDX },
};
const H: Record<string, TensorSpec> = {
  h_B: { name: 'h_B', type: 'uint8', dims: [6, 3, 8], data: bytes(144) },
  h_s: { name: 'h_s', type: 'float16', dims: [18], data: f16(pos(18)) },
  h_zp: { name: 'h_zp', type: 'float16', dims: [6, 3], data: f16(zeros(18)) },
};
const BAD: Record<string, TensorSpec> = {
  b8_B: { name: 'b8_B', type: 'uint8', dims: [2, 3, 16], data: bytes(96) },
  b8_s: { name: 'b8_s', type: 'float32', dims: [6], data: pos(6) },
  b8_zp: { name: 'b8_zp', type: 'float32', dims: [2, 3], data: zeros(6) },
  bt_B: { name: 'bt_B', type: 'uint8', dims: [2, 3, 8], data: bytes(48) },
  bt_s: { name: 'bt_s', type: 'float32', dims: [6], data: pos(6) },
  bt_zp: { name: 'bt_zp', type: 'float16', dims: [2, 3], data: f16(zeros(6)) },
};

const nbits = (name: string, inputs: string[], k: number, n: number, bits = 4) => ({
  opType: 'MatMulNBits', domain: 'com.microsoft', name: `/model/${name}/MatMulNBits`, inputs, outputs: [`y_${name}`],
  attributes: { K: { int: k }, N: { int: n }, bits: { int: bits }, block_size: { int: BLOCK } },
});
const model = (nodes: ModelSpec['nodes'], inits: Record<string, TensorSpec>, inputs: ModelSpec['inputs'], outputs: ModelSpec['outputs']): ModelSpec => ({
  nodes, initializers: Object.values(inits), inputs, outputs, opsets: [{ domain: '', version: 21 }, { domain: 'com.microsoft', version: 1 }], irVersion: 10,
});
const f = (name: string, shape: number[], type: 'float32' | 'float16' = 'float32') => ({ name, type, shape });

let dir: string;
let main: string;
let half: string;
let bad: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-nbits-fzp-'));
  main = await writeModelFiles(dir, 'fzp.onnx', model(
    [nbits('fz', ['xp', 'fz_B', 'fz_s', 'fz_zp'], KP, 5), nbits('fzg', ['x', 'fzg_B', 'fzg_s', 'fzg_zp', 'g_idx'], K, 4)],
    T, [f('xp', [2, KP]), f('x', [2, K])], [f('y_fz', [2, 5]), f('y_fzg', [2, 4])],
  ));
  half = await writeModelFiles(dir, 'fzp16.onnx', model([nbits('h', ['x', 'h_B', 'h_s', 'h_zp'], K, 6)], H, [f('x', [2, K], 'float16')], [f('y_h', [2, 6], 'float16')]));
  bad = await writeModelFiles(dir, 'bad.onnx', model(
    [nbits('b8', ['x', 'b8_B', 'b8_s', 'b8_zp'], K, 2, 8), nbits('bt', ['x', 'bt_B', 'bt_s', 'bt_zp'], K, 2)],
    BAD, [f('x', [2, K])], [f('y_b8', [2, 2]), f('y_bt', [2, 2])],
  ));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const arr = (t: TensorSpec) => Array.from(t.data as ArrayLike<number>);
const NUMPY_FZP = `
def f16(bits): return np.array(bits, dtype=np.uint16).view(np.float16).astype(np.float32)
def fzp(B, scales, zp, K, N, bs, half, g=None):
    nb = -(-K // bs)
    B = np.array(B, dtype=np.uint8).reshape(N, nb, bs // 2)
    q = np.stack([B & 0x0F, B >> 4], axis=-1).reshape(N, nb * bs)[:, :K].astype(np.float32)
    s = (f16(scales) if half else np.array(scales, dtype=np.float32)).reshape(N, nb)
    z = (f16(zp) if half else np.array(zp, dtype=np.float32)).reshape(N, nb)
    cols = np.array(g, dtype=np.int64) if g is not None else np.arange(K) // bs
    S, Z = s[:, cols], z[:, cols]
    # onnxruntime: zp_adjust = -scale * zp; w = q * scale + zp_adjust, all float32
    return (q * S + (-S * Z)).astype(np.float64), ((q - Z) * S).astype(np.float64)
`;

describe('MatMulNBits with float zero points', () => {
  it('4-bit float32/float16 zero points are layers (asymmetric); 8-bit ones and a type other than the scales\' are skipped, saying why', async () => {
    const m = await openOnnx(main);
    const h = await openOnnx(half);
    const b = await openOnnx(bad);
    try {
      const q = { op: 'MatMulNBits', bits: 4, blockSize: BLOCK, symmetric: false };
      expect(m.layers.map((l) => [l.name, l.storedShape, l.dtype, l.quantization])).toEqual([['fz_B', [5, KP], 'float32', q], ['fzg_B', [4, K], 'float32', q]]);
      expect(h.layers.map((l) => [l.name, l.storedShape, l.dtype, l.quantization])).toEqual([['h_B', [6, K], 'float16', q]]);
      expect(b.layers).toEqual([]);
      const why = new Map(b.skipped.map((t) => [t.name, t.reason]));
      expect(why.get('b8_B')).toMatch(/float32 zero points with 8-bit weights are not decoded: onnxruntime's CPU kernel runs float zero points with 4-bit weights only/);
      expect(why.get('bt_B')).toMatch(/zero_points are float16; packed uint8 or the scales' type \(float32\) is expected/);
    } finally {
      await Promise.all([m.close(), h.close(), b.close()]);
    }
  });

  it('why 8-bit float zero points are refused: onnxruntime\'s CPU kernel stops on them', async () => {
    const b8 = Object.fromEntries(Object.entries(BAD).filter(([k]) => k.startsWith('b8_')));
    const p = await writeModelFiles(join(dir, 'b8'), 'b8.onnx', model([nbits('b8', ['x', 'b8_B', 'b8_s', 'b8_zp'], K, 2, 8)], b8, [f('x', [2, K])], [f('y_b8', [2, 2])]));
    const s = await ort.InferenceSession.create(p, { graphOptimizationLevel: 'disabled' });
    try {
      await expect(s.run({ x: new ort.Tensor('float32', new Float32Array(2 * K), [2, K]) })).rejects.toThrow(/Only 2b and 4b quantization is supported for unpacked compute/);
    } finally {
      await s.release();
    }
  });

  it.skipIf(!HAVE_NUMPY)('decoded W equals numpy written from onnxruntime\'s kernel (q*s + (-s*zp) in float32), which is not (q - zp) * s', async () => {
    const m = await openOnnx(main);
    const h = await openOnnx(half);
    try {
      const read = async (w: typeof m, name: string) => Array.from((await w.readMatrix(w.layers.find((l) => l.name === name)!)).data);
      const want = runPython<Record<string, [number[], number[]]>>(
        NUMPY_FZP +
          `t = inp['t']
out = {
 'fz_B': fzp(t['fz_B'], t['fz_s'], t['fz_zp'], ${KP}, 5, ${BLOCK}, False),
 'fzg_B': fzp(t['fzg_B'], t['fzg_s'], t['fzg_zp'], ${K}, 4, ${BLOCK}, False, t['g_idx']),
 'h_B': fzp(t['h_B'], t['h_s'], t['h_zp'], ${K}, 6, ${BLOCK}, True),
}
print(json.dumps({k: [a.ravel().tolist(), b.ravel().tolist()] for k, (a, b) in out.items()}))`,
        { t: Object.fromEntries(Object.entries({ ...T, ...H }).map(([k, v]) => [k, arr(v)])) },
      );
      for (const name of ['fz_B', 'fzg_B']) {
        expect(await read(m, name), name).toEqual(want[name]![0]);
        expect(await read(m, name), name).not.toEqual(want[name]![1]);
      }
      expect(await read(h, 'h_B')).toEqual(want['h_B']![0]);
    } finally {
      await Promise.all([m.close(), h.close()]);
    }
  });

  it('onnxruntime runs them as x @ W^T with our decoded W (float32: to 1e-6; float16: to its output rounding)', async () => {
    const next = lcg(41);
    const xp = Float32Array.from({ length: 2 * KP }, () => next());
    const x = Float32Array.from({ length: 2 * K }, () => next());
    const s = await ort.InferenceSession.create(main, { graphOptimizationLevel: 'disabled' });
    const r = await s.run({ xp: new ort.Tensor('float32', xp, [2, KP]), x: new ort.Tensor('float32', x, [2, K]) });
    await s.release();
    const sh = await ort.InferenceSession.create(half, { graphOptimizationLevel: 'disabled' });
    const x16 = Float32Array.from(x, (v) => float16ToNumber(numberToFloat16(v)));
    const rh = await sh.run({ x: new ort.Tensor('float16', f16(x16), [2, K]) });
    await sh.release();
    const m = await openOnnx(main);
    const h = await openOnnx(half);
    try {
      const check = async (w: typeof m, name: string, input: Float32Array, got: number[], rel: number) => {
        const W = await w.readMatrix(w.layers.find((l) => l.name === name)!); // [N, K]
        const want: number[] = [];
        for (let b = 0; b < 2; b++) for (let n = 0; n < W.rows; n++) {
          let acc = 0;
          for (let k = 0; k < W.cols; k++) acc += input[b * W.cols + k]! * W.data[n * W.cols + k]!;
          want.push(acc);
        }
        const scale = Math.max(...want.map(Math.abs));
        want.forEach((v, i) => expect(Math.abs(got[i]! - v), `${name}[${i}]`).toBeLessThanOrEqual(rel * scale));
      };
      await check(m, 'fz_B', xp, Array.from(r['y_fz']!.data as Float32Array), 1e-6);
      await check(m, 'fzg_B', x, Array.from(r['y_fzg']!.data as Float32Array), 1e-6);
      await check(h, 'h_B', x16, Array.from(rh['y_h']!.data as Uint16Array, float16ToNumber), 1e-3);
    } finally {
      await Promise.all([m.close(), h.close()]);
    }
  });

  it.skipIf(!HAVE_NUMPY)('smoothing keeps the zero points and recomputes the scales: same size, runs in onnxruntime, decodes (numpy) to a W whose error from numpy\'s rank-k W\' is the reported one', async () => {
    const out = join(dir, 'fzp.s.onnx');
    const rep = await smoothModel({ modelPath: main, outPath: out, plan: { method: 'rank', k: 2, layers: ['fz_B', 'fzg_B'] }, engine: jsEngine() });
    expect(rep.layers.map((l) => [l.name, l.action])).toEqual([['fz_B', 'smoothed'], ['fzg_B', 'smoothed']]);
    expect((await readFile(out)).length).toBe((await readFile(main)).length);
    const o = await openOnnx(out);
    const tensors: Record<string, number[]> = {};
    try {
      const asF32 = (b: Uint8Array) => Array.from(new Float32Array(b.slice().buffer));
      for (const name of ['fz_zp', 'fzg_zp']) expect(asF32(await o.readTensorBytes(name)), name).toEqual(arr(T[name]!));
      for (const name of ['fz_B', 'fzg_B']) tensors[name] = Array.from(await o.readTensorBytes(name));
      for (const name of ['fz_s', 'fzg_s']) {
        tensors[name] = asF32(await o.readTensorBytes(name));
        expect(tensors[name], name).not.toEqual(arr(T[name]!));
      }
    } finally {
      await o.close();
    }
    const got = runPython<Record<string, number> & Record<'fz_Q', number[]>>(
      NUMPY_FZP +
        `t = inp['t']; o = inp['o']
def rank_k(W, k):
    U, s, Vt = np.linalg.svd(W, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]
res = {}
for name, K, N, g in [('fz', ${KP}, 5, None), ('fzg', ${K}, 4, t['g_idx'])]:
    W = fzp(t[name + '_B'], t[name + '_s'], t[name + '_zp'], K, N, ${BLOCK}, False, g)[0]
    Wp = rank_k(W, 2)
    Q = fzp(o[name + '_B'], o[name + '_s'], t[name + '_zp'], K, N, ${BLOCK}, False, g)[0]
    res[name] = float(np.linalg.norm(Q - Wp) / np.linalg.norm(Wp))
    res[name + '_Q'] = Q.ravel().tolist()
print(json.dumps(res))`,
      { t: Object.fromEntries(Object.entries(T).map(([k, v]) => [k, arr(v)])), o: tensors },
    );
    for (const [name, key] of [['fz_B', 'fz'], ['fzg_B', 'fzg']] as const) {
      const l = rep.layers.find((x) => x.name === name)!;
      expect(Math.abs(l.requantizationError! - got[key]!), name).toBeLessThan(1e-9);
      expect(l.requantizationError!, name).toBeLessThan(0.1);
    }
    // onnxruntime runs the smoothed file with the W numpy decodes from it.
    const next = lcg(43);
    const xp = Float32Array.from({ length: 2 * KP }, () => next());
    const s = await ort.InferenceSession.create(out, { graphOptimizationLevel: 'disabled' });
    const r = await s.run({ xp: new ort.Tensor('float32', xp, [2, KP]), x: new ort.Tensor('float32', new Float32Array(2 * K).fill(0.5), [2, K]) });
    await s.release();
    const Q = got['fz_Q'];
    const want = [0, 1].flatMap((b) => [0, 1, 2, 3, 4].map((n) => Q.slice(n * KP, (n + 1) * KP).reduce((a, w, k) => a + w * xp[b * KP + k]!, 0)));
    const y = Array.from(r['y_fz']!.data as Float32Array);
    const scale = Math.max(...want.map(Math.abs));
    want.forEach((v, i) => expect(Math.abs(y[i]! - v)).toBeLessThanOrEqual(1e-6 * scale));
  });

  it.skipIf(!HAVE_NUMPY)('float16 scales and zero points: the zero points stay, the new scales are float16, the error is numpy\'s', async () => {
    const out = join(dir, 'fzp16.s.onnx');
    const rep = await smoothModel({ modelPath: half, outPath: out, plan: { method: 'rank', k: 2, layers: ['h_B'] }, engine: jsEngine() });
    expect(rep.layers.map((l) => l.action)).toEqual(['smoothed']);
    const o = await openOnnx(out);
    let B: number[];
    let S: number[];
    try {
      const u16 = async (name: string) => Array.from(new Uint16Array((await o.readTensorBytes(name)).slice().buffer));
      expect(await u16('h_zp')).toEqual(arr(H['h_zp']!));
      B = Array.from(await o.readTensorBytes('h_B'));
      S = await u16('h_s');
    } finally {
      await o.close();
    }
    const err = runPython<number>(
      NUMPY_FZP +
        `t = inp['t']
W = fzp(t['h_B'], t['h_s'], t['h_zp'], ${K}, 6, ${BLOCK}, True)[0]
U, s, Vt = np.linalg.svd(W, full_matrices=False)
Wp = (U[:, :2] * s[:2]) @ Vt[:2]
Q = fzp(inp['B'], inp['S'], t['h_zp'], ${K}, 6, ${BLOCK}, True)[0]
print(json.dumps(float(np.linalg.norm(Q - Wp) / np.linalg.norm(Wp))))`,
      { t: Object.fromEntries(Object.entries(H).map(([k, v]) => [k, arr(v)])), B, S },
    );
    expect(Math.abs(rep.layers[0]!.requantizationError! - err)).toBeLessThan(1e-9);
    expect(err).toBeLessThan(0.1);
  });
});
