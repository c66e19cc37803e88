/**
 * Layer discovery is one pass over the graph whatever its shape (src/model/layers.ts
 * valuesFeeding). The head search walked forward from each product's output; a graph where many
 * products feed one node that many nodes read made every walk revisit those readers: 8,000 + 8,000
 * nodes (444 KB) took 23 s to open, growing with the square of the size. The walk now runs back
 * from the head outputs once per graph. What the head is stays as specified: a product whose output
 * reaches the logits through at most 8 nodes that are not products.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeModelFiles, type NodeSpec } from '../../src/model/onnxBuilder.js';
import { openModel } from '../../src/model/open.js';

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
