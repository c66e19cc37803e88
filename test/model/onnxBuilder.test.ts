/**
 * The builder's models must be real ONNX: each is run in onnxruntime-node and its output compared
 * with the product computed here in plain loops.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { encodeModel, writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';

function matmul(x: ArrayLike<number>, w: ArrayLike<number>, n: number, k: number, m: number, wTransposed = false): number[] {
  const y: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += x[i * k + p]! * (wTransposed ? w[j * k + p]! : w[p * m + j]!);
      y.push(s);
    }
  return y;
}

async function run(path: string, feeds: Record<string, ort.Tensor>): Promise<ort.Tensor> {
  const session = await ort.InferenceSession.create(path);
  try {
    const out = await session.run(feeds);
    return out[session.outputNames[0]!]!;
  } finally {
    await session.release();
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-builder-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const x = Float32Array.from([1, 2, 3, -1, 0.5, 4]); // [2,3]
const w = Float32Array.from([0.5, -1, 2, 0, 1, 1, -0.5, 3, 2, 0.25, 1, -2]); // [3,4]
const b = Float32Array.from([0.1, 0.2, 0.3, 0.4]);

describe('onnxBuilder', () => {
  it('MatMul + Add runs in onnxruntime and matches x @ W + b', async () => {
    const spec: ModelSpec = {
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'W'], outputs: ['h'], name: 'mm' },
        { opType: 'Add', inputs: ['h', 'b'], outputs: ['y'], name: 'add' },
      ],
      initializers: [
        { name: 'W', type: 'float32', dims: [3, 4], data: w },
        { name: 'b', type: 'float32', dims: [4], data: b },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: ['batch', 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: ['batch', 4] }],
      metadata: { purpose: 'test' },
      producerName: 'ww-smooth-test',
    };
    const p = await writeModelFiles(dir, 'mm.onnx', spec);
    const y = await run(p, { x: new ort.Tensor('float32', x, [2, 3]) });
    const expected = matmul(x, w, 2, 3, 4).map((v, i) => v + b[i % 4]!);
    expect(y.dims).toEqual([2, 4]);
    Array.from(y.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('Gemm with transB=1 uses W stored as [out, in]', async () => {
    const wt = Float32Array.from([0.5, 0, -0.5, -1, 1, 3, 2, 1, 2, 0, 1, 0.25]); // [4,3] = W^T-like
    const p = await writeModelFiles(dir, 'gemm.onnx', {
      nodes: [{ opType: 'Gemm', inputs: ['x', 'Wt', 'c'], outputs: ['y'], attributes: { transB: { int: 1 }, alpha: { float: 2 } } }],
      initializers: [
        { name: 'Wt', type: 'float32', dims: [4, 3], data: wt },
        { name: 'c', type: 'float32', dims: [4], data: b },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: [2, 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: [2, 4] }],
    });
    const y = await run(p, { x: new ort.Tensor('float32', x, [2, 3]) });
    const expected = matmul(x, wt, 2, 3, 4, true).map((v, i) => 2 * v + b[i % 4]!);
    Array.from(y.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('external data: weights go to the named file and the model still runs', async () => {
    const sub = join(dir, 'ext');
    const p = await writeModelFiles(sub, 'ext.onnx', {
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'W'], outputs: ['h'] },
        { opType: 'Add', inputs: ['h', 'b'], outputs: ['y'] },
      ],
      initializers: [
        { name: 'W', type: 'float32', dims: [3, 4], data: w, externalFile: 'weights.bin' },
        { name: 'b', type: 'float32', dims: [4], data: b, externalFile: 'weights.bin' },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: [2, 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: [2, 4] }],
    });
    const data = await readFile(join(sub, 'weights.bin'));
    expect(data.length).toBe(12 * 4 + 4 * 4);
    expect(new Float32Array(data.buffer, data.byteOffset, 12)).toEqual(w);
    expect((await readdir(sub)).sort()).toEqual(['ext.onnx', 'weights.bin']); // no temp files left
    const y = await run(p, { x: new ort.Tensor('float32', x, [2, 3]) });
    const expected = matmul(x, w, 2, 3, 4).map((v, i) => v + b[i % 4]!);
    Array.from(y.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('float64 MatMul is exact in double precision', async () => {
    const xd = Float64Array.from([0.1, 0.2, 0.3]);
    const w31 = Float64Array.from([1 / 3, 2 / 7, -1e-10]); // [3,1]
    const p = await writeModelFiles(dir, 'f64.onnx', {
      nodes: [{ opType: 'MatMul', inputs: ['x', 'W'], outputs: ['y'] }],
      initializers: [{ name: 'W', type: 'float64', dims: [3, 1], data: w31 }],
      inputs: [{ name: 'x', type: 'float64', shape: [1, 3] }],
      outputs: [{ name: 'y', type: 'float64', shape: [1, 1] }],
    });
    const y = await run(p, { x: new ort.Tensor('float64', xd, [1, 3]) });
    const expected = 0.1 * (1 / 3) + 0.2 * (2 / 7) + 0.3 * -1e-10;
    expect((y.data as Float64Array)[0]).toBeCloseTo(expected, 14);
  });

  it('float16 weights through Cast: hand-encoded bits decode to the intended values', async () => {
    // fp16 bits: 1.0=0x3c00, 0.5=0x3800, -2=0xc000, 1.25=0x3d00, 0.25=0x3400, 0=0x0000
    const bits = Uint16Array.from([0x3c00, 0x3800, 0xc000, 0x3d00, 0x3400, 0x0000]); // [3,2]
    const values = [1, 0.5, -2, 1.25, 0.25, 0];
    const p = await writeModelFiles(dir, 'f16.onnx', {
      nodes: [
        { opType: 'Cast', inputs: ['W16'], outputs: ['W32'], attributes: { to: { int: 1 } } },
        { opType: 'MatMul', inputs: ['x', 'W32'], outputs: ['y'] },
      ],
      initializers: [{ name: 'W16', type: 'float16', dims: [3, 2], data: bits }],
      inputs: [{ name: 'x', type: 'float32', shape: [2, 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: [2, 2] }],
    });
    const y = await run(p, { x: new ort.Tensor('float32', x, [2, 3]) });
    const expected = matmul(x, values, 2, 3, 2);
    expect(Array.from(y.data as Float32Array)).toEqual(expected);
  });

  it('typed-field encoding (float_data, int64_data) is accepted by onnxruntime', async () => {
    const p = await writeModelFiles(dir, 'typed.onnx', {
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'W'], outputs: ['h'] },
        { opType: 'Reshape', inputs: ['h', 'shape'], outputs: ['y'] },
      ],
      initializers: [
        { name: 'W', type: 'float32', dims: [3, 4], data: w, encoding: 'typed' },
        { name: 'shape', type: 'int64', dims: [1], data: BigInt64Array.from([-1n]), encoding: 'typed' },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: [2, 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: [8] }],
    });
    const y = await run(p, { x: new ort.Tensor('float32', x, [2, 3]) });
    const expected = matmul(x, w, 2, 3, 4);
    expect(y.dims).toEqual([8]);
    Array.from(y.data as Float32Array).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });

  it('rejects data of the wrong array type or length', () => {
    const base = { nodes: [], inputs: [], outputs: [] };
    expect(() => encodeModel({ ...base, initializers: [{ name: 'a', type: 'float32', dims: [2], data: new Float64Array(2) }] })).toThrow(/Float32Array/);
    expect(() => encodeModel({ ...base, initializers: [{ name: 'a', type: 'float32', dims: [3], data: new Float32Array(2) }] })).toThrow(/3 elements/);
  });
});
