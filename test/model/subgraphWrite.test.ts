/**
 * Smoothing weights stored as initializers inside subgraphs (If branches, at depth 1 and 2), where
 * each branch holds its own copy of a weight under the same name. Each copy is its own layer
 * (`W@<subgraph path>`; the main graph's keeps the plain name); the writer rewrites the copy where
 * it lives. Expected values: numpy's rank-k product of each copy (run through the branch each
 * condition selects), and the unsmoothed model's own outputs for the copies left alone
 * (onnxruntime runs both files).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { writeModelFiles, type GraphSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const IN = 6;
const MID = 5;
const OUT = 4;
const ROWS = 3;
const seeded = (n: number, seed: number) => {
  let s = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  });
};
/** The three tensors named W (then branch; the else branch's nested If: then and else), and the main graph's Wout. */
const DATA = { then: seeded(IN * MID, 1), nestedThen: seeded(IN * MID, 2), nestedElse: seeded(IN * MID, 3), main: seeded(MID * OUT, 4) };
const X = seeded(ROWS * IN, 9);

const NAMES = {
  then: 'W@sel/If/then_branch',
  nestedThen: 'W@sel/If/else_branch//inner/If/then_branch',
  nestedElse: 'W@sel/If/else_branch//inner/If/else_branch',
  main: 'Wout',
};
type Path = 'then' | 'nestedThen' | 'nestedElse';

/**
 * z = If(c1) { x @ W_then } else { If(c2) { x @ W_nestedThen } else { x @ W_nestedElse } } @ Wout.
 * `shadowing`: the else branch holds a W too, and the main graph's weight is named W.
 */
function spec(externalFile?: string, shadowing = false) {
  const w = (data: Float32Array, dims: number[], name = 'W'): TensorSpec => ({ name, type: 'float32', dims, data, ...(externalFile ? { externalFile } : {}) });
  const branch = (name: string, node: string, init: TensorSpec | null, out: string): GraphSpec => ({
    name,
    nodes: [{ opType: 'MatMul', name: node, inputs: ['x', 'W'], outputs: [out] }],
    initializers: init ? [init] : [],
    inputs: [],
    outputs: [{ name: out, type: 'float32', shape: [ROWS, MID] }],
  });
  const elseBranch: GraphSpec = {
    name: 'else',
    nodes: [
      {
        opType: 'If', name: '/inner/If', inputs: ['c2'], outputs: ['y_else'],
        attributes: {
          then_branch: { graph: branch('inner_then', '/inner/then/MatMul', w(DATA.nestedThen, [IN, MID]), 'y_it') },
          else_branch: { graph: branch('inner_else', '/inner/else/MatMul', w(DATA.nestedElse, [IN, MID]), 'y_ie') },
        },
      },
    ],
    initializers: shadowing ? [w(DATA.nestedThen, [IN, MID])] : [],
    inputs: [],
    outputs: [{ name: 'y_else', type: 'float32', shape: [ROWS, MID] }],
  };
  return {
    nodes: [
      {
        opType: 'If', name: 'sel/If', inputs: ['c1'], outputs: ['y'],
        attributes: { then_branch: { graph: branch('then', '/then/MatMul', w(DATA.then, [IN, MID]), 'y_then') }, else_branch: { graph: elseBranch } },
      },
      { opType: 'MatMul', name: '/out/MatMul', inputs: ['y', shadowing ? 'W' : 'Wout'], outputs: ['z'] },
    ],
    initializers: [w(DATA.main, [MID, OUT], shadowing ? 'W' : 'Wout')],
    inputs: [
      { name: 'x', type: 'float32' as const, shape: [ROWS, IN] },
      { name: 'c1', type: 'bool' as const, shape: [1] },
      { name: 'c2', type: 'bool' as const, shape: [1] },
    ],
    outputs: [{ name: 'z', type: 'float32' as const, shape: [ROWS, OUT] }],
  };
}

async function run(path: string, c1: boolean, c2: boolean): Promise<number[]> {
  const s = await ort.InferenceSession.create(path);
  try {
    const b = (v: boolean) => new ort.Tensor('bool', Uint8Array.from([v ? 1 : 0]), [1]);
    const r = await s.run({ x: new ort.Tensor('float32', X, [ROWS, IN]), c1: b(c1), c2: b(c2) });
    return Array.from(r['z']!.data as Float32Array);
  } finally {
    await s.release();
  }
}

/** z for each branch path, with the copies in `smooth` replaced by numpy's rank-k truncation. */
function expected(smooth: readonly (keyof typeof DATA)[], k: number): Record<Path, number[]> {
  const rows = (d: Float32Array, cols: number) => Array.from({ length: d.length / cols }, (_, r) => Array.from(d.subarray(r * cols, (r + 1) * cols)));
  return runPython(
    `
def rank_k(W, k):
    U, s, Vt = np.linalg.svd(W, full_matrices=False)
    return (U[:, :k] * s[:k]) @ Vt[:k]
W = {n: np.array(inp['W'][n], dtype=np.float64) for n in inp['W']}
for n in inp['smooth']:
    W[n] = rank_k(W[n], inp['k']).astype(np.float32).astype(np.float64)
x = np.array(inp['x'])
print(json.dumps({p: (x @ W[p] @ W['main']).ravel().tolist() for p in ['then', 'nestedThen', 'nestedElse']}))
`,
    { W: { then: rows(DATA.then, MID), nestedThen: rows(DATA.nestedThen, MID), nestedElse: rows(DATA.nestedElse, MID), main: rows(DATA.main, OUT) }, x: rows(X, IN), smooth, k },
  );
}

const sha = async (p: string) => createHash('sha256').update(await readFile(p)).digest('hex');
const closeTo = (got: number[], want: number[]) => {
  expect(got).toHaveLength(want.length);
  const scale = Math.max(...want.map(Math.abs));
  for (let i = 0; i < want.length; i++) expect(Math.abs(got[i]! - want[i]!)).toBeLessThan(2e-6 * scale);
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-subgraph-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!findNumpyPython())('subgraph initializers: each branch its own copy of W', () => {
  it('discovery: one layer per copy, named by the graph it lives in; each reads its own values', async () => {
    const path = await writeModelFiles(join(dir, 'discover'), 'm.onnx', spec());
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => [l.name, l.consumers.map((c) => c.node)])).toEqual([
        [NAMES.main, ['/out/MatMul']],
        [NAMES.then, ['/then/MatMul']],
        [NAMES.nestedThen, ['/inner/then/MatMul']],
        [NAMES.nestedElse, ['/inner/else/MatMul']],
      ]);
      for (const key of ['then', 'nestedThen', 'nestedElse', 'main'] as const) {
        const l = m.layers.find((x) => x.name === NAMES[key])!;
        expect(Array.from((await m.readMatrix(l)).data)).toEqual(Array.from(DATA[key]));
      }
    } finally {
      await m.close();
    }
  });

  it('an initializer that shadows a value of an enclosing graph is skipped, saying so (runtimes disagree on which one is read)', async () => {
    const path = await writeModelFiles(join(dir, 'shadow'), 'm.onnx', spec(undefined, true));
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => l.name)).toEqual(['W']);
      const reasons = new Map(m.skipped.map((t) => [t.name, t.reason]));
      expect(reasons.get('W@sel/If/then_branch')).toMatch(/initializer W of the subgraph sel\/If\/then_branch shadows a value of that name in the main graph/);
      expect(reasons.get(NAMES.nestedElse)).toMatch(/shadows a value of that name in the subgraph sel\/If\/else_branch; runtimes differ/);
      expect(reasons.get(NAMES.nestedThen)).toMatch(/shadows a value of that name in the subgraph sel\/If\/else_branch/);
    } finally {
      await m.close();
    }
  });

  it('smoothing one copy rewrites it where it lives; the other copies and the input file are untouched', async () => {
    const path = await writeModelFiles(join(dir, 'one'), 'm.onnx', spec());
    const before = await sha(path);
    const out = join(dir, 'one', 'm.s.onnx');
    const r = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 2, layers: [NAMES.nestedThen] }, engine: jsEngine() });
    expect(r.layers.map((l) => [l.name, l.action])).toEqual([[NAMES.nestedThen, 'smoothed']]);
    expect(await sha(path)).toBe(before);
    const want = expected(['nestedThen'], 2);
    closeTo(await run(out, false, true), want.nestedThen);
    // Not smoothed: bit-identical outputs to the input model's.
    expect(await run(out, true, false)).toEqual(await run(path, true, false));
    expect(await run(out, false, false)).toEqual(await run(path, false, false));
    expect(await run(out, false, true)).not.toEqual(await run(path, false, true));
    // Only the smoothed copy's bytes changed: the others read back exactly.
    const o = await openOnnx(out);
    try {
      for (const key of ['then', 'nestedElse', 'main'] as const) {
        expect(Array.from((await o.readMatrix(o.layers.find((x) => x.name === NAMES[key])!)).data)).toEqual(Array.from(DATA[key]));
      }
    } finally {
      await o.close();
    }
    // Byte for byte outside the rewritten raw_data: same dims, type and length, so every length
    // prefix on the path (initializer, branch graph, attribute, If nodes, main graph) is unchanged.
    const [a, b] = [await readFile(path), await readFile(out)];
    expect(b.length).toBe(a.length);
    const src = await openOnnx(path);
    const t = src.tensorOf(src.layers.find((x) => x.name === NAMES.nestedThen)!);
    await src.close();
    if (t.data.kind !== 'raw') throw new Error('expected raw_data');
    const { offset, length } = t.data;
    expect(b.subarray(0, offset).equals(a.subarray(0, offset))).toBe(true);
    expect(b.subarray(offset + length).equals(a.subarray(offset + length))).toBe(true);
    expect(b.subarray(offset, offset + length).equals(a.subarray(offset, offset + length))).toBe(false);
  });

  it('smoothing every copy, at depth 1 and 2 and in the main graph, gives numpy\'s rank-k product on every path', async () => {
    const path = await writeModelFiles(join(dir, 'all'), 'm.onnx', spec());
    const out = join(dir, 'all', 'm.s.onnx');
    const r = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 2, layers: Object.values(NAMES) }, engine: jsEngine() });
    expect(r.layers.filter((l) => l.action === 'smoothed')).toHaveLength(4);
    const want = expected(['then', 'nestedThen', 'nestedElse', 'main'], 2);
    closeTo(await run(out, true, false), want.then);
    closeTo(await run(out, false, true), want.nestedThen);
    closeTo(await run(out, false, false), want.nestedElse);
  });

  it('external data: subgraph copies go to the output\'s own data file; the source data file is untouched', async () => {
    const path = await writeModelFiles(join(dir, 'ext'), 'm.onnx', spec('m.data'));
    expect((await scanOnnx(path)).usesExternalData).toBe(true);
    const srcData = join(dir, 'ext', 'm.data');
    const before = [await sha(path), await sha(srcData)];
    // Written to another folder: a location copied verbatim would not resolve there.
    const out = join(dir, 'ext-out', 'm.s.onnx');
    await writeModelFiles(join(dir, 'ext-out'), 'placeholder.onnx', spec());
    const r = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 3, layers: [NAMES.nestedElse] }, engine: jsEngine() });
    expect(r.layers.map((l) => l.action)).toEqual(['smoothed']);
    expect([await sha(path), await sha(srcData)]).toEqual(before);
    expect((await readdir(join(dir, 'ext-out'))).sort()).toEqual(['m.s.onnx', 'm.s.onnx.data', 'placeholder.onnx']);
    const scanned = await scanOnnx(out);
    expect(scanned.usesExternalData).toBe(true);
    const want = expected(['nestedElse'], 3);
    closeTo(await run(out, false, false), want.nestedElse);
    const plain = expected([], 3);
    closeTo(await run(out, true, false), plain.then);
    closeTo(await run(out, false, true), plain.nestedThen);
  });

  it('a quantized copy (MatMulNBits B and scales held by each branch) is requantized where it lives; the other branch\'s copy is untouched', async () => {
    const K = 32;
    const N = 4;
    const nb = (seed: number): TensorSpec[] => [
      { name: 'B', type: 'uint8', dims: [N, 2, 8], data: Uint8Array.from(seeded(64, seed), (v) => Math.floor((v + 0.5) * 256) & 0xff) },
      { name: 's', type: 'float32', dims: [N * 2], data: Float32Array.from(seeded(8, seed + 1), (v) => 0.02 + (v + 0.5) * 0.03) },
    ];
    const branch = (name: string, seed: number) => ({
      graph: {
        name,
        nodes: [{ opType: 'MatMulNBits', domain: 'com.microsoft', name: `/${name}/MatMulNBits`, inputs: ['x', 'B', 's'], outputs: [`y_${name}`], attributes: { K: { int: K }, N: { int: N }, bits: { int: 4 }, block_size: { int: 16 } } }],
        initializers: nb(seed),
        inputs: [],
        outputs: [{ name: `y_${name}`, type: 'float32' as const, shape: [2, N] }],
      },
    });
    const path = await writeModelFiles(join(dir, 'q'), 'q.onnx', {
      nodes: [{ opType: 'If', name: 'q/If', inputs: ['c1'], outputs: ['z'], attributes: { then_branch: branch('then', 11), else_branch: branch('else', 21) } }],
      initializers: [],
      inputs: [{ name: 'x', type: 'float32', shape: [2, K] }, { name: 'c1', type: 'bool', shape: [1] }],
      outputs: [{ name: 'z', type: 'float32', shape: [2, N] }],
      opsets: [{ domain: '', version: 21 }, { domain: 'com.microsoft', version: 1 }],
      irVersion: 10,
    });
    const x = seeded(2 * K, 5);
    const runQ = async (p: string, c1: boolean) => {
      const sess = await ort.InferenceSession.create(p, { graphOptimizationLevel: 'disabled' });
      try {
        const r = await sess.run({ x: new ort.Tensor('float32', x, [2, K]), c1: new ort.Tensor('bool', Uint8Array.from([c1 ? 1 : 0]), [1]) });
        return Array.from(r['z']!.data as Float32Array);
      } finally {
        await sess.release();
      }
    };
    const out = join(dir, 'q', 'q.s.onnx');
    const r = await smoothModel({ modelPath: path, outPath: out, plan: { method: 'rank', k: 1, layers: ['B@q/If/then_branch'] }, engine: jsEngine() });
    expect(r.layers.map((l) => [l.name, l.action])).toEqual([['B@q/If/then_branch', 'smoothed']]);
    expect(r.layers[0]!.requantizationError).toBeGreaterThan(0);
    expect((await readFile(out)).length).toBe((await readFile(path)).length);
    expect(await runQ(out, false)).toEqual(await runQ(path, false));
    const o = await openOnnx(out);
    try {
      const W = await o.readMatrix(o.layers.find((l) => l.name === 'B@q/If/then_branch')!); // [N, K], requantized
      // Symmetric blocks of a rank-1 W' = u v^T quantize to the same codes up to each row's scale: still rank 1 (numpy).
      expect(runPython<number>('print(json.dumps(int(np.linalg.matrix_rank(np.array(inp).reshape(4, 32), tol=1e-6))))', Array.from(W.data))).toBe(1);
      const got = await runQ(out, true);
      const want = [0, 1].flatMap((b) => Array.from({ length: N }, (_, n) => W.data.subarray(n * K, (n + 1) * K).reduce((a, w, k) => a + w * x[b * K + k]!, 0)));
      const scale = Math.max(...want.map(Math.abs));
      want.forEach((v, i) => expect(Math.abs(got[i]! - v)).toBeLessThanOrEqual(1e-6 * scale));
      expect(got).not.toEqual(await runQ(path, true));
    } finally {
      await o.close();
    }
  });
});
