/**
 * ONNX reader and dense-layer discovery on models the test builds (every expected value is the
 * data put in), plus conformance on ../shared models against WeightWatcher's reference file.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { sharedPath } from '../helpers/shared.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-onnx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seq = (n: number, f: (i: number) => number) => Float32Array.from({ length: n }, (_, i) => f(i));

describe('ONNX reader: layer discovery', () => {
  it('finds MatMul/Gemm/Transpose/Cast/Attention weights and skips quantized, scalar and non-2-D ones', async () => {
    const wMat = seq(12, (i) => i - 5.5); // [3,4]
    const wGemmT = seq(8, (i) => i * 0.25); // [2,3]^T stored [2? no]: Gemm transB=1, stored [out=2, in=4]
    const wTrans = seq(8, (i) => -i); // stored [2,4], Transpose -> [4,2] into MatMul
    const w16 = Uint16Array.from([0x3c00, 0x4000, 0xc000, 0x3800, 0x0001, 0x7bff]); // fp16 [2,3]: 1,2,-2,0.5,2^-24,65504
    const wBf16 = Uint16Array.from([0x3f80, 0xc040]); // bf16 [1,2]: 1, -3
    const wTyped = seq(6, (i) => i / 8); // [2,3] via float_data
    const w64 = Float64Array.from([1 / 3, -2 / 3, 1e-300, 5]); // [2,2]
    const wAttn = seq(4 * 12, (i) => i); // [4,12]
    const inits: TensorSpec[] = [
      { name: 'scalar', type: 'float32', dims: [], data: Float32Array.from([2]) },
      { name: 'model.layers.0.mlp.up_proj.weight', type: 'float32', dims: [3, 4], data: wMat },
      { name: 'gemm_w', type: 'float32', dims: [2, 4], data: wGemmT },
      { name: 'bias', type: 'float32', dims: [2], data: seq(2, (i) => i) },
      { name: 'transformer.h.1.attn.c_proj.weight', type: 'float32', dims: [2, 4], data: wTrans },
      { name: 'half_w', type: 'float16', dims: [2, 3], data: w16 },
      { name: 'bf_w', type: 'bfloat16', dims: [1, 2], data: wBf16 },
      { name: 'typed_w', type: 'float32', dims: [2, 3], data: wTyped, encoding: 'typed' },
      { name: 'f64_w', type: 'float64', dims: [2, 2], data: w64 },
      { name: 'attn_w', type: 'float32', dims: [4, 12], data: wAttn },
      { name: 'w3d', type: 'float32', dims: [2, 2, 2], data: seq(8, (i) => i) },
      { name: 'int8_w', type: 'int8', dims: [2, 2], data: Int8Array.from([1, -1, 2, -2]) },
      { name: 'qint_w', type: 'int8', dims: [4, 2], data: Int8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) },
      { name: 'qscale', type: 'float32', dims: [], data: Float32Array.from([0.1]) },
      { name: 'left_w', type: 'float32', dims: [5, 3], data: seq(15, (i) => i) },
      { name: 'int8_mm', type: 'int8', dims: [3, 3], data: new Int8Array(9) },
    ];
    const p = await writeModelFiles(dir, 'layers.onnx', {
      nodes: [
        { opType: 'Mul', inputs: ['x', 'scalar'], outputs: ['xs'], name: 'scale' },
        { opType: 'MatMul', inputs: ['xs', 'model.layers.0.mlp.up_proj.weight'], outputs: ['h1'], name: 'up' },
        { opType: 'Gemm', inputs: ['h1', 'gemm_w', 'bias'], outputs: ['h2'], name: 'gemm', attributes: { transB: { int: 1 } } },
        { opType: 'Transpose', inputs: ['transformer.h.1.attn.c_proj.weight'], outputs: ['wt'], attributes: { perm: { ints: [1, 0] } } },
        { opType: 'MatMul', inputs: ['h1', 'wt'], outputs: ['h3'], name: 'tmm' },
        { opType: 'Cast', inputs: ['half_w'], outputs: ['half_w32'], attributes: { to: { int: 1 } } },
        { opType: 'MatMul', inputs: ['h2', 'half_w32'], outputs: ['h4'], name: 'castmm' },
        { opType: 'Cast', inputs: ['bf_w'], outputs: ['bf_w32'], attributes: { to: { int: 1 } } },
        { opType: 'MatMul', inputs: ['s1', 'bf_w32'], outputs: ['h5'], name: 'bfmm' },
        { opType: 'MatMul', inputs: ['h3', 'typed_w'], outputs: ['h6'], name: 'typedmm' },
        { opType: 'MatMul', inputs: ['d', 'f64_w'], outputs: ['h7'], name: 'f64mm' },
        { opType: 'Attention', domain: 'com.microsoft', inputs: ['h1x', 'attn_w'], outputs: ['att'], name: 'Attention_0' },
        { opType: 'MatMul', inputs: ['b3', 'w3d'], outputs: ['h8'], name: 'batched' },
        { opType: 'MatMul', inputs: ['e', 'int8_w'], outputs: ['h9'], name: 'int8mm' },
        { opType: 'DequantizeLinear', inputs: ['qint_w', 'qscale'], outputs: ['deq'] },
        { opType: 'MatMul', inputs: ['h1', 'deq'], outputs: ['h10'], name: 'deqmm' },
        { opType: 'MatMulInteger', inputs: ['qx', 'int8_mm'], outputs: ['h11'], name: 'mmi' },
        { opType: 'MatMul', inputs: ['left_w', 'h6'], outputs: ['h12'], name: 'leftmm' },
        { opType: 'MatMul', inputs: ['h4', 'h12'], outputs: ['logits'], name: 'not_a_weight' },
      ],
      initializers: inits,
      inputs: [{ name: 'x', type: 'float32', shape: [1, 3] }],
      outputs: [{ name: 'logits', type: 'float32', shape: [1, 3] }],
      opsets: [{ domain: '', version: 17 }, { domain: 'com.microsoft', version: 1 }],
    });
    const w = await openOnnx(p);
    try {
      const byName = new Map(w.layers.map((l) => [l.name, l]));
      expect(w.layers.map((l) => l.name)).toEqual([
        'model.layers.0.mlp.up_proj.weight', 'gemm_w', 'transformer.h.1.attn.c_proj.weight', 'half_w', 'bf_w', 'typed_w', 'f64_w', 'attn_w', 'qint_w', 'left_w',
      ]);
      expect(w.layers.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // DequantizeLinear, per-tensor int8 without zero point: a layer; W = q * 0.1 rounded to float32.
      const qint = byName.get('qint_w')!;
      expect([qint.quantization, qint.dtype, qint.via, qint.storedShape]).toEqual([{ op: 'DequantizeLinear', bits: 8, blockSize: null, symmetric: true }, 'float32', ['DequantizeLinear'], [4, 2]]);
      expect(Array.from((await w.readMatrix(qint)).data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((q) => Math.fround(q * Math.fround(0.1))));
      const up = byName.get('model.layers.0.mlp.up_proj.weight')!;
      expect([up.inFeatures, up.outFeatures, up.storedTransposed, up.block, up.role, up.dtype]).toEqual([3, 4, false, 0, 'mlp', 'float32']);
      const gemm = byName.get('gemm_w')!;
      expect([gemm.inFeatures, gemm.outFeatures, gemm.storedTransposed]).toEqual([4, 2, true]);
      const tr = byName.get('transformer.h.1.attn.c_proj.weight')!;
      expect([tr.inFeatures, tr.outFeatures, tr.storedTransposed, tr.via, tr.block, tr.role]).toEqual([4, 2, true, ['Transpose'], 1, 'attention']);
      const half = byName.get('half_w')!;
      expect([half.dtype, half.via, half.consumers[0]!.node, half.consumers[0]!.inputIndex]).toEqual(['float16', ['Cast'], 'castmm', 1]);
      expect(byName.get('bf_w')!.dtype).toBe('bfloat16');
      expect(byName.get('f64_w')!.dtype).toBe('float64');
      const attn = byName.get('attn_w')!;
      expect([attn.role, attn.consumers[0]!.domain, attn.inFeatures, attn.outFeatures]).toEqual(['attention', 'com.microsoft', 4, 12]);
      const left = byName.get('left_w')!;
      expect([left.inFeatures, left.outFeatures, left.storedTransposed, left.consumers[0]!.inputIndex]).toEqual([3, 5, true, 0]);
      // leftmm -> not_a_weight (a MatMul) -> logits: the path crosses another product, so not the head.
      expect(left.role).toBe('other');
      const skipped = new Map(w.skipped.map((s) => [s.name, s.reason]));
      expect([...skipped.keys()].sort()).toEqual(['int8_mm', 'int8_w', 'w3d']);
      expect(skipped.get('int8_w')).toMatch(/UNSUPPORTED_DTYPE.*int8/);
      // MatMulInteger without quantize_dynamic's Cast -> Mul: its scale is unknown, so it is not decoded.
      expect(skipped.get('int8_mm')).toMatch(/MatMulInteger mmi: no weight scale found/);
      expect(skipped.get('w3d')).toMatch(/3 dims/);

      // Values: stored layout, float64.
      const m = await w.readMatrix(up);
      expect([m.rows, m.cols]).toEqual([3, 4]);
      expect(Array.from(m.data)).toEqual(Array.from(wMat));
      expect(Array.from((await w.readMatrix(gemm)).data)).toEqual(Array.from(wGemmT));
      expect(Array.from((await w.readMatrix(half)).data)).toEqual([1, 2, -2, 0.5, 2 ** -24, 65504]);
      expect(Array.from((await w.readMatrix(byName.get('bf_w')!)).data)).toEqual([1, -3]);
      expect(Array.from((await w.readMatrix(byName.get('typed_w')!)).data)).toEqual(Array.from(wTyped));
      expect(Array.from((await w.readMatrix(byName.get('f64_w')!)).data)).toEqual(Array.from(w64));
      // Scalars and other tensors are readable as bytes too.
      expect(Array.from(new Float32Array((await w.readTensorBytes('scalar')).slice().buffer))).toEqual([2]);
      await expect(w.readTensorBytes('nope')).rejects.toMatchObject({ code: 'TENSOR_NOT_FOUND' });
    } finally {
      await w.close();
    }
  });

  it('records data offsets and reads lazily: a tensor larger than the scan window, inline and external', async () => {
    const n = 700; // 700x700 float32 = 1.96 MB > 1 MiB window
    const big = seq(n * n, (i) => Math.sin(i));
    const small = seq(6, (i) => i + 0.5);
    for (const external of [false, true]) {
      const sub = join(dir, external ? 'big-ext' : 'big-inline');
      const p = await writeModelFiles(sub, 'm.onnx', {
        nodes: [
          { opType: 'MatMul', inputs: ['x', 'big'], outputs: ['h'], name: 'mm1' },
          { opType: 'MatMul', inputs: ['h2', 'small'], outputs: ['y'], name: 'mm2' },
        ],
        initializers: [
          { name: 'big', type: 'float32', dims: [n, n], data: big, ...(external ? { externalFile: 'm.data' } : {}) },
          { name: 'small', type: 'float32', dims: [2, 3], data: small, ...(external ? { externalFile: 'm.data' } : {}) },
        ],
        inputs: [{ name: 'x', type: 'float32', shape: [1, n] }],
        outputs: [{ name: 'y', type: 'float32', shape: [1, 3] }],
      });
      const model = await scanOnnx(p);
      const t = model.initializers.find((i) => i.name === 'small')!;
      if (external) {
        expect(model.usesExternalData).toBe(true);
        expect(t.data).toMatchObject({ kind: 'external', location: 'm.data', offset: n * n * 4, length: 24 });
      } else {
        expect(t.data.kind).toBe('raw');
        // The recorded offset points at the tensor's bytes inside the .onnx file.
        const file = await readFile(p);
        const off = (t.data as { offset: number }).offset;
        expect(Array.from(new Float32Array(file.buffer.slice(file.byteOffset + off, file.byteOffset + off + 24)))).toEqual(Array.from(small));
      }
      const w = await openOnnx(p);
      const m = await w.readMatrix(w.layers[0]!);
      expect(m.data[0]).toBe(big[0]);
      expect(m.data[n * n - 1]).toBe(big[n * n - 1]);
      expect(m.data[12345]).toBe(big[12345]);
      expect(Array.from((await w.readMatrix(w.layers[1]!)).data)).toEqual(Array.from(small));
      // the stored float32 values only on request, equal to the float64 ones
      expect(m.data32).toBeUndefined();
      const m32 = await w.readMatrix(w.layers[1]!, { keepFloat32: true });
      expect(Array.from(m32.data32!)).toEqual(Array.from(small));
      // for the worker pool: the stored values in shared memory, stored layout, nothing widened
      for (const [l, want] of [[w.layers[0]!, big], [w.layers[1]!, small]] as const) {
        const shared = (await w.readFloat32Shared!(l))!;
        expect(shared.data32.buffer).toBeInstanceOf(SharedArrayBuffer);
        expect([shared.rows, shared.cols]).toEqual(l.storedShape);
        expect(Array.from(shared.data32)).toEqual(Array.from(want));
      }
      await w.close();
    }
  });

  it('keepFloat32 gives no float32 copy for a float16 weight (its values are read as float64 only), nor readFloat32Shared', async () => {
    const sub = join(dir, 'half');
    const halfBits = Uint16Array.from([0x3c00, 0xc000, 0x3800, 0x4400, 0x0000, 0x3555]); // 1, -2, 0.5, 4, 0, ~0.333
    const p = await writeModelFiles(sub, 'm.onnx', {
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'], name: 'mm' }],
      initializers: [{ name: 'w', type: 'float16', dims: [2, 3], data: halfBits }],
      inputs: [{ name: 'x', type: 'float16', shape: [1, 2] }],
      outputs: [{ name: 'y', type: 'float16', shape: [1, 3] }],
    });
    const w = await openOnnx(p);
    const m = await w.readMatrix(w.layers[0]!, { keepFloat32: true });
    expect(m.data32).toBeUndefined();
    expect(Array.from(m.data).slice(0, 4)).toEqual([1, -2, 0.5, 4]);
    expect(await w.readFloat32Shared!(w.layers[0]!)).toBeNull(); // not float32: read with readMatrix
    await w.close();
  });
});

const storiesPath = sharedPath('models', 'stories260K', 'model.onnx');
const refPath = sharedPath('reference', 'stories260K.weightwatcher.json');
describe.skipIf(!storiesPath || !refPath)('conformance: stories260K (../shared)', () => {
  it('lists the 36 dense layers WeightWatcher analysed, in the same order, with the same Frobenius norms', async () => {
    const ref = JSON.parse(await readFile(refPath!, 'utf8')) as { layers: { onnx_name: string; norm: number; N: number; M: number }[] };
    const w = await openOnnx(storiesPath!);
    try {
      expect(w.layers.map((l) => l.name)).toEqual(ref.layers.map((l) => l.onnx_name));
      expect(w.layers.at(-1)!.role).toBe('head');
      expect(w.layers.filter((l) => l.role === 'attention').length).toBe(20);
      expect(w.layers.filter((l) => l.role === 'mlp').length).toBe(15);
      for (let i = 0; i < w.layers.length; i++) {
        const m = await w.readMatrix(w.layers[i]!);
        let s = 0;
        for (const v of m.data) s += v * v;
        // WeightWatcher's `norm` column is sum(lambda) = ||W||_F^2.
        expect(Math.abs(s - ref.layers[i]!.norm) / ref.layers[i]!.norm).toBeLessThan(1e-6);
        expect(Math.max(m.rows, m.cols)).toBe(ref.layers[i]!.N);
        expect(Math.min(m.rows, m.cols)).toBe(ref.layers[i]!.M);
      }
    } finally {
      await w.close();
    }
  });
});

const gpt2Path = sharedPath('models', 'tiny-random-gpt2', 'past.onnx');
describe.skipIf(!gpt2Path)('conformance: tiny-random-gpt2 (../shared)', () => {
  it('lists 16 MatMul weights and 5 com.microsoft Attention weights', async () => {
    const w = await openOnnx(gpt2Path!);
    try {
      const mm = w.layers.filter((l) => l.consumers[0]!.opType === 'MatMul');
      const at = w.layers.filter((l) => l.consumers[0]!.opType === 'Attention');
      expect(mm.length).toBe(16);
      expect(at.length).toBe(5);
      expect(at.map((l) => l.name)).toEqual([0, 1, 2, 3, 4].map((i) => `transformer.h.${i}.attn.c_attn.weight`));
      expect(at.every((l) => l.inFeatures === 32 && l.outFeatures === 96)).toBe(true);
      const head = w.layers.find((l) => l.name === 'onnx::MatMul_1400')!;
      expect([head.role, head.inFeatures, head.outFeatures]).toEqual(['head', 32, 1000]);
      expect(w.layers.filter((l) => l.role === 'head').length).toBe(1);
    } finally {
      await w.close();
    }
  });
});
