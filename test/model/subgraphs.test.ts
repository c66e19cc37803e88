/**
 * Layer discovery and smoothing inside subgraphs (If branches, Loop bodies): a merged decoder as
 * Optimum writes it (every MatMul in both branches of `If(use_cache_branch)`, the weights outer-scope
 * initializers of the main graph) must give the plain model's layers, and smoothing it must write
 * each weight once so every branch computes with W'. Expected values come from the plain model
 * the merged one was made from (its node bytes are copied verbatim) and from onnxruntime.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { modulePathOf } from '../../src/model/layers.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { buildModel, inputBatch, IN, W1, W2, HEAD } from '../smooth/models.js';
import { writeMergedDecoder } from './merged.js';
import { runPython } from '../helpers/python.js';
import type { OnnxWeights } from '../../src/model/onnx.js';

/** A layer's matrix, or a plain initializer's as a [rows, cols] float32 matrix. */
async function m2(w: OnnxWeights, name: string): Promise<{ rows: number; cols: number; data: Float64Array }> {
  const l = w.layers.find((x) => x.name === name);
  if (l) return w.readMatrix(l);
  return { rows: 3, cols: 3, data: Float64Array.from(new Float32Array((await w.readTensorBytes(name)).slice().buffer)) };
}

let dir: string;
let plain: string;
let merged: string;
let nested: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-subgraph-'));
  plain = await buildModel(dir, 'plain.onnx');
  merged = join(dir, 'merged.onnx');
  nested = join(dir, 'nested.onnx');
  await writeMergedDecoder(plain, merged);
  await writeMergedDecoder(plain, nested, { nestElse: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function logits(path: string, useCache?: boolean): Promise<Float32Array> {
  const s = await ort.InferenceSession.create(path);
  try {
    const feeds: Record<string, ort.Tensor> = { x: new ort.Tensor('float32', inputBatch(), [5, IN]) };
    if (useCache !== undefined) feeds['use_cache_branch'] = new ort.Tensor('bool', Uint8Array.from([useCache ? 1 : 0]), [1]);
    const r = await s.run(feeds);
    return Float32Array.from(r['logits']!.data as Float32Array);
  } finally {
    await s.release();
  }
}

describe('subgraphs: merged decoders', () => {
  it('module paths come from node names; a name without a path has none', () => {
    expect(modulePathOf('/model/layers.0/self_attn/q_proj/MatMul')).toBe('model.layers.0.self_attn.q_proj');
    expect(modulePathOf('/lm_head/MatMul')).toBe('lm_head');
    expect(modulePathOf('MatMul_12')).toBeNull();
    expect(modulePathOf('/MatMul')).toBeNull();
  });

  it('the merged file computes what the plain one does, in both branches (onnxruntime)', async () => {
    const want = await logits(plain);
    expect(await logits(merged, true)).toEqual(want);
    expect(await logits(merged, false)).toEqual(want);
    expect(await logits(nested, false)).toEqual(want);
  });

  for (const [label, file, copies] of [['If', () => merged, 2], ['nested If', () => nested, 3]] as const) {
    it(`${label}: the plain model's layers, one per weight, each with a consumer in every branch`, async () => {
      const p = await openOnnx(plain);
      const m = await openOnnx(file());
      try {
        const strip = (l: (typeof p.layers)[number]) => ({ name: l.name, module: l.module, shape: l.storedShape, t: l.storedTransposed, role: l.role, block: l.block, in: l.inFeatures, out: l.outFeatures });
        expect(m.layers.map(strip)).toEqual(p.layers.map(strip));
        expect(m.layers.map((l) => l.name)).toEqual([W1, W2, HEAD]);
        expect(m.layers.map((l) => l.role)).toEqual(['mlp', 'mlp', 'head']);
        expect(m.layers.map((l) => l.module)).toEqual(['model.layers.0.mlp.up_proj', 'model.layers.1.mlp.down_proj', 'lm_head']);
        for (const l of m.layers) {
          expect(l.consumers).toHaveLength(copies);
          expect(l.consumers.every((c) => c.subgraph !== undefined)).toBe(true);
          const a = await p.readMatrix(p.layers.find((x) => x.name === l.name)!);
          expect((await m.readMatrix(l)).data).toEqual(a.data);
        }
        expect(m.census).toMatchObject({ subgraphs: copies === 2 ? 2 : 4, nonConstantWeight: 0, quantizedUndecoded: 0 });
      } finally {
        await p.close();
        await m.close();
      }
    });
  }

  it('smoothing rewrites each weight once; every branch then computes with W\' exactly as the smoothed plain model', async () => {
    const plan = { method: 'rank' as const, k: 3, roles: ['mlp' as const, 'head' as const] };
    const rp = await smoothModel({ modelPath: plain, outPath: join(dir, 'plain.s.onnx'), plan, engine: jsEngine() });
    const rm_ = await smoothModel({ modelPath: nested, outPath: join(dir, 'nested.s.onnx'), plan, engine: jsEngine() });
    expect(rm_.layers.map((l) => [l.name, l.action])).toEqual(rp.layers.map((l) => [l.name, l.action]));
    expect(rm_.layers.filter((l) => l.action === 'smoothed')).toHaveLength(3);
    const want = await logits(join(dir, 'plain.s.onnx'));
    expect(want).not.toEqual(await logits(plain));
    expect(await logits(join(dir, 'nested.s.onnx'), true)).toEqual(want);
    expect(await logits(join(dir, 'nested.s.onnx'), false)).toEqual(want);
    const out = await scanOnnx(join(dir, 'nested.s.onnx'));
    expect(out.initializers.map((t) => t.name).sort()).toEqual((await scanOnnx(nested)).initializers.map((t) => t.name).sort());
  });

  it('factorize splits the MatMuls in every branch (depth 1 and 2): W is dropped, the file computes what the factorized plain model does and x @ W\' of the dense one', async () => {
    const plan = { method: 'rank' as const, k: 2, roles: ['mlp' as const] };
    const fp = await smoothModel({ modelPath: plain, outPath: join(dir, 'plain.f.onnx'), plan, factorize: true, engine: jsEngine() });
    const fm = await smoothModel({ modelPath: nested, outPath: join(dir, 'nested.f.onnx'), plan, factorize: true, engine: jsEngine() });
    await smoothModel({ modelPath: nested, outPath: join(dir, 'nested.d.onnx'), plan, engine: jsEngine() });
    // W1 (MatMul, 24x32, k = 2) is split; W2 feeds a Gemm, which is not, and is smoothed dense.
    expect(fm.layers.map((l) => [l.name, l.action])).toEqual([[W1, 'factorized'], [W2, 'smoothed']]);
    expect(fm.layers.map((l) => [l.name, l.action])).toEqual(fp.layers.map((l) => [l.name, l.action]));
    expect(fm.layers[1]!.notes.join('\n')).toMatch(/used by Gemm node \/model\/layers\.1\/mlp\/down_proj\/Gemm, not only by MatMul/);
    const out = await scanOnnx(join(dir, 'nested.f.onnx'));
    const names = out.initializers.map((t) => t.name);
    expect(names).not.toContain(W1);
    expect(names).toEqual(expect.arrayContaining([`${W1}.lowrank_a`, `${W1}.lowrank_b`]));
    const want = await logits(join(dir, 'plain.f.onnx'));
    const dense = await logits(join(dir, 'nested.d.onnx'), true);
    for (const useCache of [true, false]) {
      const got = await logits(join(dir, 'nested.f.onnx'), useCache);
      expect(got).toEqual(want);
      // x @ A @ B against x @ (A B): float32 rounding apart.
      const scale = Math.max(...Array.from(dense, Math.abs));
      got.forEach((v, i) => expect(Math.abs(v - dense[i]!)).toBeLessThan(1e-5 * scale));
    }
    // Three copies of the MatMul (then, nested then, nested else), each split in its own branch.
    const m = await openOnnx(join(dir, 'nested.f.onnx'));
    try {
      const a = m.layers.find((l) => l.name === `${W1}.lowrank_a`)!;
      expect(a.consumers.map((c) => c.subgraph)).toEqual(['optimum::if/then_branch', 'optimum::if/else_branch//nested/If/then_branch', 'optimum::if/else_branch//nested/If/else_branch']);
    } finally {
      await m.close();
    }
  });

  it('factorize leaves a weight held by a subgraph dense, saying why; the run goes on', async () => {
    const path = await writeModelFiles(dir, 'held.onnx', {
      nodes: [
        {
          opType: 'If', name: 'sel/If', inputs: ['c'], outputs: ['y'],
          attributes: Object.fromEntries(['then_branch', 'else_branch'].map((b, i) => [b, { graph: {
            name: b,
            nodes: [{ opType: 'MatMul', name: `/${b}/proj/MatMul`, inputs: ['x', `w${i}`], outputs: [`y${i}`] }],
            initializers: [{ name: `w${i}`, type: 'float32' as const, dims: [24, 24], data: Float32Array.from({ length: 576 }, (_, j) => ((j * 7 + i) % 13) - 6) }],
            inputs: [],
            outputs: [{ name: `y${i}`, type: 'float32' as const, shape: [5, 24] }],
          } }])),
        },
      ],
      initializers: [],
      inputs: [{ name: 'x', type: 'float32', shape: [5, 24] }, { name: 'c', type: 'bool', shape: [1] }],
      outputs: [{ name: 'y', type: 'float32', shape: [5, 24] }],
    });
    const r = await smoothModel({ modelPath: path, outPath: join(dir, 'held.f.onnx'), plan: { method: 'rank', k: 2, layers: ['w0', 'w1'] }, factorize: true, engine: jsEngine() });
    expect(r.layers.map((l) => [l.name, l.action])).toEqual([['w0', 'smoothed'], ['w1', 'smoothed']]);
    expect(r.layers[0]!.notes.join('\n')).toMatch(/it is an initializer of the subgraph sel\/If\/then_branch; the factors are written to the main graph only/);
  });
});

describe('subgraphs: scopes', () => {
  it('a Loop body input hides the outer initializer of its name; a body initializer is a layer, rewritten inside the Loop', async () => {
    const w = (n: number, s: number) => Float32Array.from({ length: n }, (_, i) => ((i * 7 + s) % 11) - 5);
    const path = await writeModelFiles(dir, 'loop.onnx', {
      nodes: [
        {
          opType: 'Loop', name: '/loop/Loop', inputs: ['trip', 'cond', 'x'], outputs: ['y'],
          attributes: {
            body: {
              graph: {
                name: 'body',
                nodes: [
                  // 'shadow' is a body input here: computed at run time, not the outer initializer.
                  { opType: 'MatMul', name: '/loop/body/dyn/MatMul', inputs: ['state', 'shadow'], outputs: ['a'] },
                  { opType: 'MatMul', name: '/loop/body/proj/MatMul', inputs: ['state', 'body_w'], outputs: ['b'] },
                  { opType: 'MatMul', name: '/loop/body/outer/MatMul', inputs: ['b', 'outer_w'], outputs: ['c'] },
                  { opType: 'Identity', inputs: ['cond_in'], outputs: ['cond_out'] },
                ],
                initializers: [{ name: 'body_w', type: 'float32', dims: [3, 3], data: w(9, 1) }],
                inputs: [
                  { name: 'i', type: 'int64', shape: [] },
                  { name: 'cond_in', type: 'bool', shape: [] },
                  { name: 'shadow', type: 'float32', shape: [3, 3] },
                ],
                outputs: [{ name: 'cond_out', type: 'bool', shape: [] }, { name: 'c', type: 'float32', shape: [3, 3] }],
              },
            },
          },
        },
      ],
      initializers: [
        { name: 'shadow', type: 'float32', dims: [3, 3], data: w(9, 2) },
        { name: 'outer_w', type: 'float32', dims: [3, 3], data: w(9, 3) },
      ],
      inputs: [{ name: 'trip', type: 'int64', shape: [] }, { name: 'cond', type: 'bool', shape: [] }, { name: 'x', type: 'float32', shape: [3, 3] }],
      outputs: [{ name: 'y', type: 'float32', shape: [3, 3] }],
    });
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => [l.name, l.module, l.consumers[0]!.subgraph])).toEqual([
        ['body_w', 'loop.body.proj', '/loop/Loop/body'],
        ['outer_w', 'loop.body.outer', '/loop/Loop/body'],
      ]);
      expect(m.census).toMatchObject({ denseOps: 3, nonConstantWeight: 1, subgraphs: 1 });
      expect(Array.from((await m.readMatrix(m.layers[0]!)).data)).toEqual(Array.from(w(9, 1)));
    } finally {
      await m.close();
    }
    // The body's own initializer is rewritten where it lives (inside the Loop node); the rest stays as it was.
    const out = join(dir, 'loop.s.onnx');
    const r = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 1, layers: ['body_w'] }, engine: jsEngine() });
    expect(r.layers.map((l) => [l.name, l.action])).toEqual([['body_w', 'smoothed']]);
    const o = await openOnnx(out);
    try {
      const rank = (m: { rows: number; cols: number; data: Float64Array }) =>
        runPython<number>('print(json.dumps(int(np.linalg.matrix_rank(np.array(inp[\'d\']).reshape(inp[\'r\'], inp[\'c\']), tol=1e-5))))', { d: Array.from(m.data), r: m.rows, c: m.cols });
      expect(rank(await m2(o, 'body_w'))).toBe(1);
      expect(Array.from((await m2(o, 'outer_w')).data)).toEqual(Array.from(w(9, 3)));
      expect(Array.from((await m2(o, 'shadow')).data)).toEqual(Array.from(w(9, 2)));
    } finally {
      await o.close();
    }
  });
});
