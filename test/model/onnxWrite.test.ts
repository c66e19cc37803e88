/**
 * The smoothed-model writer: outputs run in onnxruntime-node and compute what the test computes
 * by hand from the replacement values; everything not replaced is byte-identical; the input is
 * never touched; bad requests fail before anything is written.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile, readdir, stat, symlink } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { writeSmoothedOnnx } from '../../src/model/onnxWrite.js';
import { matrix, type Matrix } from '../../src/linalg/matrix.js';
import type { WeightReplacement } from '../../src/model/types.js';
import { sharedPath } from '../helpers/shared.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Values on a 1/64 grid are exact in float16, float32 and float64.
const grid = (n: number, seed: number) => Float32Array.from({ length: n }, (_, i) => (((i * 37 + seed * 11) % 29) - 14) / 64);
const W1 = grid(4 * 6, 1);
const B1 = grid(6, 2);
const W2 = grid(6 * 3, 3);
const X = grid(2 * 4, 4);

function mlpSpec(opts: { external?: string; half?: boolean } = {}): ModelSpec {
  const ext = opts.external ? { externalFile: opts.external } : {};
  const w1 = opts.half
    ? { name: 'w1', type: 'float16' as const, dims: [4, 6], data: Uint16Array.from(W1, f16bits), ...ext }
    : { name: 'w1', type: 'float32' as const, dims: [4, 6], data: W1, ...ext };
  return {
    nodes: [
      ...(opts.half ? [{ opType: 'Cast', inputs: ['w1'], outputs: ['w1f'], attributes: { to: { int: 1 } } }] : []),
      { opType: 'MatMul', inputs: ['x', opts.half ? 'w1f' : 'w1'], outputs: ['h'], name: 'fc1' },
      { opType: 'Add', inputs: ['h', 'b1'], outputs: ['hb'], name: 'bias1' },
      { opType: 'Relu', inputs: ['hb'], outputs: ['r'], name: 'relu' },
      { opType: 'MatMul', inputs: ['r', 'w2'], outputs: ['y'], name: 'fc2' },
    ],
    initializers: [
      w1,
      { name: 'b1', type: 'float32', dims: [6], data: B1, ...ext },
      { name: 'w2', type: 'float32', dims: [6, 3], data: W2, ...ext },
      { name: 'unused_scalar', type: 'float32', dims: [], data: Float32Array.from([3]) },
    ],
    inputs: [{ name: 'x', type: 'float32', shape: ['n', 4] }],
    outputs: [{ name: 'y', type: 'float32', shape: ['n', 3] }],
    metadata: { source: 'fixture', note: 'keep me' },
    producerName: 'ww-test',
    docString: 'fixture model',
  };
}

/** Hand-rolled fp16 encoder for grid values only (exact: sign, exponent, 10-bit mantissa). */
function f16bits(v: number): number {
  if (v === 0) return 0;
  const s = v < 0 ? 0x8000 : 0;
  let a = Math.abs(v);
  let e = 0;
  while (a >= 2) { a /= 2; e++; }
  while (a < 1) { a *= 2; e--; }
  return s | ((e + 15) << 10) | Math.round((a - 1) * 1024);
}

function forward(x: ArrayLike<number>, w1: Matrix, w2: ArrayLike<number>): number[] {
  const y: number[] = [];
  for (let i = 0; i < 2; i++) {
    const r: number[] = [];
    for (let j = 0; j < 6; j++) {
      let s = B1[j]!;
      for (let k = 0; k < 4; k++) s += x[i * 4 + k]! * w1.data[k * 6 + j]!;
      r.push(Math.max(0, s));
    }
    for (let j = 0; j < 3; j++) {
      let s = 0;
      for (let k = 0; k < 6; k++) s += r[k]! * w2[k * 3 + j]!;
      y.push(s);
    }
  }
  return y;
}

async function runModel(path: string): Promise<number[]> {
  const s = await ort.InferenceSession.create(path);
  try {
    const out = await s.run({ x: new ort.Tensor('float32', X, [2, 4]) });
    return Array.from(out['y']!.data as Float32Array);
  } finally {
    await s.release();
  }
}

const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');

/** Bytes of each initializer's field span, by name. */
async function initializerSpans(path: string): Promise<Map<string, string>> {
  const m = await scanOnnx(path);
  const file = await readFile(path);
  return new Map(m.initializers.map((t) => [t.name, file.subarray(t.span.start, t.span.end).toString('hex')]));
}

const newW1 = matrix(4, 6, Float64Array.from({ length: 24 }, (_, i) => ((i % 7) - 3) / 32));

describe('writeSmoothedOnnx: dense replacement', () => {
  it('replaces one weight, keeps every other byte span, leaves the input untouched, and runs', async () => {
    const src = await writeModelFiles(join(dir, 'dense'), 'in.onnx', mlpSpec());
    const before = { hash: await sha(src), mtime: (await stat(src)).mtimeMs };
    const out = join(dir, 'dense', 'out.onnx');
    const res = await writeSmoothedOnnx(src, out, new Map<string, WeightReplacement>([['w1', { kind: 'dense', values: newW1 }]]));
    expect(res).toMatchObject({ modelPath: out, dataPath: null, reencoded: ['w1'], dropped: [] });
    expect({ hash: await sha(src), mtime: (await stat(src)).mtimeMs }).toEqual(before);
    expect((await readdir(join(dir, 'dense'))).sort()).toEqual(['in.onnx', 'out.onnx']); // no temp files left

    const a = await initializerSpans(src);
    const b = await initializerSpans(out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const name of ['b1', 'w2', 'unused_scalar']) expect(b.get(name)).toBe(a.get(name));
    expect(b.get('w1')).not.toBe(a.get('w1'));

    const si = await scanOnnx(src);
    const so = await scanOnnx(out);
    expect(so.nodes.map((n) => [n.name, n.opType, n.inputs, n.outputs])).toEqual(si.nodes.map((n) => [n.name, n.opType, n.inputs, n.outputs]));
    expect([...so.metadata]).toEqual([...si.metadata]);
    expect([so.producerName, so.irVersion, so.opsets]).toEqual([si.producerName, si.irVersion, si.opsets]);
    // Top-level fields other than the graph are byte-identical too.
    const fi = await readFile(src);
    const fo = await readFile(out);
    const others = (m: typeof si, f: Buffer) => m.modelFields.filter((x) => x.field !== 7).map((x) => f.subarray(x.start, x.end).toString('hex'));
    expect(others(so, fo)).toEqual(others(si, fi));

    const w = await openOnnx(out);
    expect(Array.from((await w.readMatrix(w.layers[0]!)).data)).toEqual(Array.from(newW1.data));
    await w.close();
    const y = await runModel(out);
    forward(X, newW1, W2).forEach((v, i) => expect(y[i]).toBeCloseTo(v, 5));
  });

  it('float16 weight (through Cast): stored back as float16 with RNE, model still runs', async () => {
    const src = await writeModelFiles(join(dir, 'half'), 'in.onnx', mlpSpec({ half: true }));
    // 1/3 is not representable: RNE in fp16 gives 0x3555 = 0.333251953125 (hand-computed).
    const vals = Float64Array.from(newW1.data);
    vals[0] = 1 / 3;
    vals[1] = 1 + 2 ** -11; // tie -> even -> 1.0
    const out = join(dir, 'half', 'out.onnx');
    await writeSmoothedOnnx(src, out, new Map([['w1', { kind: 'dense', values: matrix(4, 6, vals) }]]));
    const w = await openOnnx(out);
    expect(w.layers[0]!.dtype).toBe('float16');
    const bits = new Uint16Array((await w.readTensorBytes('w1')).slice().buffer);
    expect(bits[0]).toBe(0x3555);
    expect(bits[1]).toBe(0x3c00);
    const got = await w.readMatrix(w.layers[0]!);
    await w.close();
    expect(Array.from(got.data.subarray(2))).toEqual(Array.from(newW1.data.subarray(2))); // grid values are exact
    const expected = matrix(4, 6, Float64Array.from(got.data));
    const y = await runModel(out);
    forward(X, expected, W2).forEach((v, i) => expect(y[i]).toBeCloseTo(v, 5));
  });

  it('external data: the output gets its own data file; the input data file is unchanged', async () => {
    const sub = join(dir, 'ext');
    const src = await writeModelFiles(sub, 'in.onnx', mlpSpec({ external: 'in.weights' }));
    const dataBefore = await sha(join(sub, 'in.weights'));
    const out = join(sub, 'smoothed.onnx');
    const res = await writeSmoothedOnnx(src, out, new Map([['w1', { kind: 'dense', values: newW1 }]]));
    expect(res.dataPath).toBe(join(sub, 'smoothed.onnx.data'));
    expect(await sha(join(sub, 'in.weights'))).toBe(dataBefore);
    const m = await scanOnnx(out);
    for (const t of m.initializers.filter((t) => t.name !== 'unused_scalar')) {
      expect(t.data).toMatchObject({ kind: 'external', location: 'smoothed.onnx.data' });
    }
    expect(m.initializers.find((t) => t.name === 'unused_scalar')!.data.kind).toBe('raw');
    const wi = await openOnnx(src);
    const wo = await openOnnx(out);
    for (const name of ['b1', 'w2', 'unused_scalar']) expect(await wo.readTensorBytes(name)).toEqual(await wi.readTensorBytes(name));
    await wi.close();
    await wo.close();
    const y = await runModel(out);
    forward(X, newW1, W2).forEach((v, i) => expect(y[i]).toBeCloseTo(v, 5));
  });
});

describe('writeSmoothedOnnx: factorized replacement', () => {
  const A = matrix(4, 2, Float64Array.from([1, 0.5, -0.25, 2, 0, 1, 0.75, -1]));
  const B = matrix(2, 6, Float64Array.from([0.5, -1, 0.25, 0, 1, 2, 1, 0.5, -0.5, 0.25, 0, -1]));
  const AB = (): Matrix => {
    const d = new Float64Array(24);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 6; j++) for (let k = 0; k < 2; k++) d[i * 6 + j] = d[i * 6 + j]! + A.data[i * 2 + k]! * B.data[k * 6 + j]!;
    return matrix(4, 6, d);
  };

  for (const external of [false, true]) {
    it(`two MatMuls x @ A @ B replace x @ W and compute x @ (A B)${external ? ' (external data)' : ''}`, async () => {
      const sub = join(dir, external ? 'fact-ext' : 'fact');
      const src = await writeModelFiles(sub, 'in.onnx', mlpSpec(external ? { external: 'in.data' } : {}));
      const out = join(sub, 'low.onnx');
      const res = await writeSmoothedOnnx(src, out, new Map([['w1', { kind: 'factorized', a: A, b: B }]]));
      expect(res.dropped).toEqual(['w1']);
      const m = await scanOnnx(out);
      expect(m.initializers.map((t) => t.name)).toEqual(['w1.lowrank_a', 'w1.lowrank_b', 'b1', 'w2', 'unused_scalar']);
      expect(m.initializers.slice(0, 2).map((t) => t.dims)).toEqual([[4, 2], [2, 6]]);
      expect(m.nodes.map((n) => `${n.opType}(${n.inputs.join(',')})->${n.outputs.join(',')}`).slice(0, 2)).toEqual([
        'MatMul(x,w1.lowrank_a)->w1.lowrank_tmp',
        'MatMul(w1.lowrank_tmp,w1.lowrank_b)->h',
      ]);
      const y = await runModel(out);
      forward(X, AB(), W2).forEach((v, i) => expect(y[i]).toBeCloseTo(v, 5));
      const w = await openOnnx(out);
      expect(w.layers.map((l) => l.name)).toEqual(['w1.lowrank_a', 'w1.lowrank_b', 'w2']);
      expect(Array.from((await w.readMatrix(w.layers[0]!)).data)).toEqual(Array.from(A.data));
      await w.close();
    });
  }

  it('refuses to factorize a weight behind a Cast (NOT_DENSE) and writes nothing', async () => {
    const sub = join(dir, 'fact-half');
    const src = await writeModelFiles(sub, 'in.onnx', mlpSpec({ half: true }));
    await expect(writeSmoothedOnnx(src, join(sub, 'o.onnx'), new Map([['w1', { kind: 'factorized', a: A, b: B }]]))).rejects.toMatchObject({ code: 'NOT_DENSE' });
    expect(await readdir(sub)).toEqual(['in.onnx']);
  });
});

describe('writeSmoothedOnnx: refusals', () => {
  it('OUTPUT_IS_INPUT for the same path, another spelling of it, or a symlink to it', async () => {
    const sub = join(dir, 'same');
    const src = await writeModelFiles(sub, 'in.onnx', mlpSpec());
    const rep = new Map([['w1', { kind: 'dense' as const, values: newW1 }]]);
    await expect(writeSmoothedOnnx(src, src, rep)).rejects.toMatchObject({ code: 'OUTPUT_IS_INPUT' });
    await expect(writeSmoothedOnnx(src, join(sub, '.', 'x', '..', 'in.onnx'), rep)).rejects.toMatchObject({ code: 'OUTPUT_IS_INPUT' });
    await symlink(src, join(sub, 'link.onnx'));
    await expect(writeSmoothedOnnx(src, join(sub, 'link.onnx'), rep)).rejects.toMatchObject({ code: 'OUTPUT_IS_INPUT' });
  });

  it('unknown tensor, non-layer tensor and wrong shapes fail before writing', async () => {
    const sub = join(dir, 'bad');
    const src = await writeModelFiles(sub, 'in.onnx', mlpSpec());
    const out = join(sub, 'o.onnx');
    await expect(writeSmoothedOnnx(src, out, new Map([['nope', { kind: 'dense', values: newW1 }]]))).rejects.toMatchObject({ code: 'TENSOR_NOT_FOUND' });
    await expect(writeSmoothedOnnx(src, out, new Map([['b1', { kind: 'dense', values: matrix(1, 6) }]]))).rejects.toMatchObject({ code: 'NOT_DENSE' });
    await expect(writeSmoothedOnnx(src, out, new Map([['w1', { kind: 'dense', values: matrix(6, 4) }]]))).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    await expect(writeSmoothedOnnx(src, out, new Map([['w1', { kind: 'factorized', a: matrix(4, 2), b: matrix(3, 6) }]]))).rejects.toMatchObject({ code: 'INPUT_INVALID' });
    expect(await readdir(sub)).toEqual(['in.onnx']);
  });
});

const stories = sharedPath('models', 'stories260K', 'model.onnx');
describe.skipIf(!stories)('conformance: stories260K rewrite (../shared)', () => {
  it('replacing every dense weight by its own values reproduces the file byte for byte', async () => {
    const w = await openOnnx(stories!);
    const reps = new Map<string, WeightReplacement>();
    for (const l of w.layers) reps.set(l.name, { kind: 'dense', values: await w.readMatrix(l) });
    await w.close();
    const out = join(dir, 'stories-same.onnx');
    await writeSmoothedOnnx(stories!, out, reps);
    expect(await sha(out)).toBe(await sha(stories!));
  });
});
