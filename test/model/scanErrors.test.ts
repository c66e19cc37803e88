/**
 * Reader errors on files the test builds byte by byte: a malformed sub-message inside a complete
 * file is MODEL_CORRUPT (not "file ends early"), a file cut short is MODEL_TRUNCATED, and two
 * initializers of one name are refused naming the tensor (onnxruntime would use the first).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanOnnx } from '../../src/model/onnx.js';
import { encodeModel } from '../../src/model/onnxBuilder.js';
import { ProtoWriter } from '../../src/model/protobuf.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-scan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A ModelProto whose graph holds one node with the given bytes, followed by an opset import. */
function modelWithNode(node: Uint8Array): Uint8Array {
  const graph = new ProtoWriter().bytes(1, node).string(2, 'g');
  return new ProtoWriter().varint(1, 8).message(7, graph).message(8, new ProtoWriter().varint(2, 17)).finish();
}

describe('ONNX reader: malformed and duplicate content', () => {
  it('a node whose input string runs past the node is MODEL_CORRUPT, naming the node', async () => {
    // field 1 (input), wire 2, length 50, but only 3 bytes follow inside the 5-byte node.
    const p = join(dir, 'badnode.onnx');
    await writeFile(p, modelWithNode(Uint8Array.from([0x0a, 50, 0x61, 0x62, 0x63])));
    await expect(scanOnnx(p)).rejects.toMatchObject({ code: 'MODEL_CORRUPT', message: expect.stringMatching(/malformed protobuf in node #0: malformed sub-message/) });
  });

  it('an attribute whose nested subgraph is cut inside the node is MODEL_CORRUPT', async () => {
    // attribute { name "then_branch"; g (field 6) of length 40 with 2 bytes }.
    const attr = new ProtoWriter().string(1, 'then_branch').raw(Uint8Array.from([0x32, 40, 0x0a, 0x00])).finish();
    const node = new ProtoWriter().string(4, 'If').bytes(5, attr).finish();
    const p = join(dir, 'badattr.onnx');
    await writeFile(p, modelWithNode(node));
    await expect(scanOnnx(p)).rejects.toMatchObject({ code: 'MODEL_CORRUPT' });
  });

  it('a file cut inside the graph is still MODEL_TRUNCATED', async () => {
    const bytes = modelWithNode(new ProtoWriter().string(1, 'x').string(2, 'y').string(4, 'Relu').finish());
    const p = join(dir, 'cut.onnx');
    await writeFile(p, bytes.subarray(0, 8));
    await expect(scanOnnx(p)).rejects.toMatchObject({ code: 'MODEL_TRUNCATED' });
  });

  it('two initializers with one name are refused, naming the tensor', async () => {
    const w = (v: number) => ({ name: 'dup.weight', type: 'float32' as const, dims: [2, 2], data: new Float32Array(4).fill(v) });
    const { model } = encodeModel({
      nodes: [{ opType: 'MatMul', inputs: ['x', 'dup.weight'], outputs: ['y'] }],
      initializers: [w(1), w(2)],
      inputs: [{ name: 'x', type: 'float32', shape: [1, 2] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 2] }],
    });
    const p = join(dir, 'dup.onnx');
    await writeFile(p, model);
    await expect(scanOnnx(p)).rejects.toMatchObject({ code: 'MODEL_CORRUPT', details: { tensor: 'dup.weight' }, message: expect.stringContaining('two initializers are named dup.weight') });
  });
});
