/**
 * Layer discovery is one pass over the graph whatever its shape (src/model/layers.ts
 * valuesFeeding). The head search walked forward from each product's output; a graph where many
 * products feed one node that many nodes read made every walk revisit those readers: 8,000 + 8,000
 * nodes (444 KB) took 23 s to open, growing with the square of the size. The walk now runs back
 * from the head outputs once per graph. What the head is stays as specified: a product whose output
 * reaches the logits through at most 8 nodes that are not products. And the parsed graph is bounded:
 * at most MAX_GRAPH_NODES nodes (a 2 GB file of nodes ended in an out-of-memory abort) and
 * MAX_TENSOR_DIMS dims per tensor (3,000,000 unpacked dims took 13 s to scan).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeModelFiles, type NodeSpec } from '../../src/model/onnxBuilder.js';
import { openModel } from '../../src/model/open.js';
import { MAX_GRAPH_NODES, MAX_TENSOR_DIMS, scanOnnx } from '../../src/model/onnx.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import type { WwError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ww-discovery-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const W = { name: 'W', type: 'float32' as const, dims: [16, 16], data: new Float32Array(256) };
const io = { inputs: [{ name: 'x', type: 'float32' as const, shape: [1, 16] }], outputs: [{ name: 'logits', type: 'float32' as const, shape: [1, 16] }] };

/** MatMul(x, W) -> `hops` Relu nodes -> logits. */
async function chain(hops: number): Promise<string> {
  const nodes: NodeSpec[] = [{ opType: 'MatMul', name: 'mm', inputs: ['x', 'W'], outputs: ['v0'] }];
  for (let i = 0; i < hops; i++) nodes.push({ opType: 'Relu', inputs: [`v${i}`], outputs: [i === hops - 1 ? 'logits' : `v${i + 1}`] });
  return writeModelFiles(join(dir, `chain${hops}`), 'm.onnx', { nodes, initializers: [W], ...io });
}

describe('head search: bounded by the graph, as specified', () => {
  it('a product 8 nodes before the logits is the head, 9 nodes before is not', async () => {
    for (const [hops, role] of [[8, 'head'], [9, 'other']] as const) {
      const w = await openModel(await chain(hops));
      expect([hops, w.layers[0]!.role]).toEqual([hops, role]);
      await w.close();
    }
  });

  it('many products into one node read by many nodes: opened in one pass (20,000 + 20,000 nodes)', async () => {
    const M = 20_000;
    const nodes: NodeSpec[] = [];
    for (let i = 0; i < M; i++) nodes.push({ opType: 'MatMul', inputs: ['x', 'W'], outputs: [`y${i}`], name: `mm${i}` });
    nodes.push({ opType: 'Concat', inputs: Array.from({ length: M }, (_, i) => `y${i}`), outputs: ['c'], attributes: { axis: { int: 0 } } });
    for (let j = 0; j < M; j++) nodes.push({ opType: 'Relu', inputs: ['c'], outputs: [`r${j}`] });
    // One Relu leads on to the logits: every product is then the head (through Concat, Relu, Identity).
    nodes.push({ opType: 'Identity', inputs: [`r${M - 1}`], outputs: ['logits'] });
    const w = await openModel(await writeModelFiles(join(dir, 'fanout'), 'm.onnx', { nodes, initializers: [W], ...io }));
    // One layer (the shared W) with all its consumers; before, this took minutes (quadratic walk).
    expect(w.layers.map((l) => [l.name, l.role, l.consumers.length])).toEqual([['W', 'head', M]]);
    await w.close();
  }, 30_000);
});

describe('the reader holds a bounded graph (MODEL_TOO_LARGE)', () => {
  /** A ModelProto whose graph holds `nodes` empty NodeProtos and one initializer with `dims` unpacked dims. */
  function rawModel(name: string, nodes: number, dims: number): string {
    const graph = new ProtoWriter();
    const empty = new ProtoWriter();
    for (let i = 0; i < nodes; i++) graph.message(1, empty);
    const t = new ProtoWriter();
    for (let i = 0; i < dims; i++) t.varint(1, 1);
    graph.message(5, t.varint(2, 1).string(8, 'T').bytes(9, new Uint8Array(4)));
    const file = join(dir, `${name}.onnx`);
    writeFileSync(file, new ProtoWriter().varint(1, 8).message(7, graph).message(8, new ProtoWriter().varint(2, 17)).finish());
    return file;
  }
  it(`more than ${MAX_GRAPH_NODES} nodes are refused naming the file and the limit`, async () => {
    const file = rawModel('nodes', MAX_GRAPH_NODES + 1, 2);
    const err = await scanOnnx(file).then(() => null, (e: unknown) => e as WwError);
    expect(err?.code).toBe('MODEL_TOO_LARGE');
    expect(err?.message).toBe(`${file}: more than 1000000 nodes in the graph and its subgraphs; this tool holds the whole graph in memory (about 1 KB a node)`);
  }, 60_000);
  it(`a tensor of more than ${MAX_TENSOR_DIMS} dims is refused while it is scanned`, async () => {
    // dims come before the name in the file (as exporters write them): the initializer is named by its place
    const err = await scanOnnx(rawModel('dims', 1, 100_000)).then(() => null, (e: unknown) => e as WwError);
    expect(err?.code).toBe('MODEL_TOO_LARGE');
    expect(err?.message).toMatch(/dims\.onnx: initializer #0 has more than 64 dims$/);
    expect(await scanOnnx(rawModel('dims64', 1, 64)).then((m) => m.initializers[0]!.dims.length)).toBe(64);
  });
});
