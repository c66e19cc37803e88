/**
 * Small seeded mutation run over a valid ONNX file (with external data) and a safetensors file:
 * every case must end in a valid result or a WwError with a code, never another exception.
 * (The large fuzz suite, test/reliability/fuzz.test.ts, builds on this; here it guards the readers as they change.)
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { encodeSafetensors } from '../../src/model/safetensors.js';
import { openModel } from '../../src/model/open.js';
import { WwError } from '../../src/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-fuzz-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const b = Uint8Array.from(src);
  const kind = Math.floor(r() * 4);
  if (kind === 0) return b.subarray(0, Math.floor(r() * b.length));
  const flips = 1 + Math.floor(r() * 4);
  for (let i = 0; i < flips; i++) {
    const at = Math.floor(r() * b.length);
    if (kind === 1) b[at] = b[at]! ^ (1 << Math.floor(r() * 8));
    else if (kind === 2) b[at] = 0xff;
    else b[at] = Math.floor(r() * 256);
  }
  return b;
}

async function exercise(path: string): Promise<string> {
  try {
    const w = await openModel(path);
    try {
      for (const l of w.layers) await w.readMatrix(l);
    } finally {
      await w.close();
    }
    return 'ok';
  } catch (e) {
    if (e instanceof WwError) return e.code;
    throw e;
  }
}

describe('reader robustness under mutation', () => {
  it('ONNX and safetensors: 400 mutated files, each a result or a coded error', async () => {
    const onnx = await writeModelFiles(dir, 'm.onnx', {
      nodes: [
        { opType: 'Transpose', inputs: ['w2'], outputs: ['w2t'], attributes: { perm: { ints: [1, 0] } } },
        { opType: 'MatMul', inputs: ['x', 'w'], outputs: ['h'], name: 'model.layers.0.mlp' },
        { opType: 'Gemm', inputs: ['h', 'w2t', 'b'], outputs: ['y'], attributes: { transB: { int: 1 } } },
      ],
      initializers: [
        { name: 'w', type: 'float32', dims: [4, 3], data: Float32Array.from({ length: 12 }, (_, i) => i) },
        { name: 'w2', type: 'float16', dims: [3, 2], data: Uint16Array.from([0x3c00, 1, 2, 3, 4, 5]), externalFile: 'm.data' },
        { name: 'b', type: 'float32', dims: [2], data: Float32Array.from([1, 2]), encoding: 'typed' },
      ],
      inputs: [{ name: 'x', type: 'float32', shape: ['n', 4] }],
      outputs: [{ name: 'y', type: 'float32', shape: ['n', 2] }],
    });
    const onnxBytes = await readFile(onnx);
    const st = encodeSafetensors([
      { name: 'a.weight', dtype: 'F32', shape: [2, 3], data: new Uint8Array(24) },
      { name: 'b.weight', dtype: 'BF16', shape: [2, 2], data: new Uint8Array(8) },
    ], { format: 'pt' });
    const r = rng(12345);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const isOnnx = i % 2 === 0;
      const p = join(dir, isOnnx ? 'case.onnx' : 'case.safetensors');
      await writeFile(p, mutate(isOnnx ? onnxBytes : st, r));
      const code = await exercise(p);
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }
    console.log(`[fuzz] outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(400);
    expect(outcomes.size).toBeGreaterThan(2);
  });
});
