/**
 * Bad ONNX input: each failure a user can cause ends in its specific WwError code, never a crash.
 * Decision documented here: an int8 (or other non-float) weight of a MatMul is listed as skipped
 * with reason "UNSUPPORTED_DTYPE: ..." (the rest of the model is still analysed); reading it as a
 * matrix anyway throws UNSUPPORTED_DTYPE.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile, writeFile, symlink, mkdir, truncate, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';
import { openModel, findNonFinite } from '../../src/model/open.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import type { DenseLayer } from '../../src/model/types.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-bad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const big = Float32Array.from({ length: 64 * 64 }, (_, i) => Math.cos(i));
function spec(externalFile?: string): ModelSpec {
  return {
    nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'], name: 'mm' }],
    initializers: [{ name: 'w', type: 'float32', dims: [64, 64], data: big, ...(externalFile ? { externalFile } : {}) }],
    inputs: [{ name: 'x', type: 'float32', shape: [1, 64] }],
    outputs: [{ name: 'y', type: 'float32', shape: [1, 64] }],
  };
}

describe('bad ONNX files', () => {
  it('MODEL_NOT_FOUND for a missing path', async () => {
    await expect(openModel(join(dir, 'missing.onnx'))).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
  });

  it('MODEL_FORMAT for text, an image header, and an empty file', async () => {
    for (const [name, bytes] of [
      ['text.onnx', Buffer.from('hello world, this is not a model\n')],
      ['png.onnx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['empty.onnx', Buffer.alloc(0)],
    ] as const) {
      await writeFile(join(dir, name), bytes);
      await expect(openModel(join(dir, name)), name).rejects.toMatchObject({ code: 'MODEL_FORMAT' });
    }
  });

  it('MODEL_TRUNCATED for a file cut inside the graph', async () => {
    const p = await writeModelFiles(join(dir, 'trunc'), 'm.onnx', spec());
    const full = await readFile(p);
    for (const keep of [Math.floor(full.length * 0.3), Math.floor(full.length * 0.9), full.length - 1]) {
      const q = join(dir, 'trunc', `cut-${keep}.onnx`);
      await writeFile(q, full.subarray(0, keep));
      await expect(openModel(q), `cut at ${keep}`).rejects.toMatchObject({ code: 'MODEL_TRUNCATED' });
    }
  });

  it('MODEL_CORRUPT when raw_data does not match dims (found when the tensor is read)', async () => {
    const tensor = new ProtoWriter().varint(1, 2).varint(1, 2).varint(2, 1).string(8, 'w').bytes(9, new Uint8Array(12)); // 2x2 f32 needs 16
    const node = new ProtoWriter().string(1, 'x').string(1, 'w').string(2, 'y').string(4, 'MatMul');
    const graph = new ProtoWriter().message(1, node).string(2, 'g').message(5, tensor);
    const model = new ProtoWriter().varint(1, 8).message(7, graph).message(8, new ProtoWriter().varint(2, 17));
    const p = join(dir, 'corrupt.onnx');
    await writeFile(p, model.finish());
    const w = await openModel(p);
    await expect(w.readMatrix(w.layers[0]!)).rejects.toMatchObject({ code: 'MODEL_CORRUPT' });
    await w.close();
  });
});

describe('bad external data', () => {
  it('EXTERNAL_DATA_MISSING and EXTERNAL_DATA_SHORT', async () => {
    const sub = join(dir, 'ext');
    const p = await writeModelFiles(sub, 'm.onnx', spec('m.data'));
    await truncate(join(sub, 'm.data'), 64 * 64 * 4 - 1);
    await expect(openModel(p)).rejects.toMatchObject({ code: 'EXTERNAL_DATA_SHORT' });
    await unlink(join(sub, 'm.data'));
    await expect(openModel(p)).rejects.toMatchObject({ code: 'EXTERNAL_DATA_MISSING' });
  });

  it('PATH_ESCAPE for ../, an absolute location, and a symlink leading out', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside, { recursive: true });
    // `../` : the builder writes the data file one folder up, where it really exists.
    const p1 = await writeModelFiles(join(dir, 'esc1'), 'm.onnx', spec('../esc1-data.bin'));
    await expect(openModel(p1)).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    const abs = join(outside, 'abs.bin');
    const p2 = await writeModelFiles(join(dir, 'esc2'), 'm.onnx', spec(abs));
    await expect(openModel(p2)).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    const p3 = await writeModelFiles(join(dir, 'esc3'), 'm.onnx', spec('link.bin'));
    await writeFile(join(outside, 'target.bin'), await readFile(join(dir, 'esc3', 'link.bin')));
    await unlink(join(dir, 'esc3', 'link.bin'));
    await symlink(join(outside, 'target.bin'), join(dir, 'esc3', 'link.bin'));
    await expect(openModel(p3)).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    // A symlink that stays inside the folder is fine.
    await writeFile(join(dir, 'esc3', 'real.bin'), await readFile(join(outside, 'target.bin')));
    await unlink(join(dir, 'esc3', 'link.bin'));
    await symlink('real.bin', join(dir, 'esc3', 'link.bin'));
    const w = await openModel(p3);
    expect((await w.readMatrix(w.layers[0]!)).data[5]).toBe(big[5]);
    await w.close();
  });
});

describe('dtype and non-finite values', () => {
  it('an int8 MatMul weight is skipped with UNSUPPORTED_DTYPE, and reading it anyway throws that code', async () => {
    const p = await writeModelFiles(join(dir, 'int8'), 'm.onnx', {
      nodes: [
        { opType: 'MatMul', inputs: ['x', 'w8'], outputs: ['h'], name: 'mm8' },
        { opType: 'MatMul', inputs: ['h', 'w'], outputs: ['y'], name: 'mm' },
      ],
      initializers: [
        { name: 'w8', type: 'int8', dims: [2, 2], data: Int8Array.from([1, 2, 3, 4]) },
        { name: 'w', type: 'float32', dims: [2, 2], data: Float32Array.from([1, 2, 3, 4]) },
      ],
      inputs: [{ name: 'x', type: 'int8', shape: [1, 2] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 2] }],
    });
    const w = await openModel(p);
    expect(w.layers.map((l) => l.name)).toEqual(['w']);
    expect(w.skipped).toEqual([{ name: 'w8', opType: 'MatMul', reason: expect.stringMatching(/^UNSUPPORTED_DTYPE: .*int8/) }]);
    const fake: DenseLayer = { ...w.layers[0]!, name: 'w8' };
    await expect(w.readMatrix(fake)).rejects.toMatchObject({ code: 'UNSUPPORTED_DTYPE' });
    await w.close();
  });

  it('NaN and Inf are read as they are; findNonFinite counts them', async () => {
    const p = await writeModelFiles(join(dir, 'nan'), 'm.onnx', {
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }],
      initializers: [{ name: 'w', type: 'float32', dims: [2, 2], data: Float32Array.from([NaN, 1, -Infinity, 2]) }],
      inputs: [{ name: 'x', type: 'float32', shape: [1, 2] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 2] }],
    });
    const w = await openModel(p);
    const m = await w.readMatrix(w.layers[0]!);
    expect(findNonFinite(m)).toBe(2);
    expect(m.data[1]).toBe(1);
    await w.close();
  });
});
