/**
 * smoothModel end to end on models the tests build: the written W' has exactly the top-k singular
 * values of W (numpy) and rank k, in the layer's own dtype and layout; the factorised model gives
 * the dense-smoothed model's logits (onnxruntime-node); float16 and external-data models round-trip;
 * unselected initializers are byte-identical; the input is untouched; bad input fails before work.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { WwError } from '../../src/errors.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine, type LinalgEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import { openModel } from '../../src/model/open.js';
import { scanOnnx, OnnxTensorReader } from '../../src/model/onnx.js';
import type { SmoothPlanConfig } from '../../src/smooth/types.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { B2, HEAD, IN, VOCAB, W1, W2, buildModel, inputBatch, weights } from '../smooth/models.js';
import { numberToBfloat16 } from '../../src/model/dtype.js';
import { encodeSafetensors } from '../../src/model/safetensors.js';

const sha = async (p: string): Promise<string> => createHash('sha256').update(await readFile(p)).digest('hex');

async function readWeights(path: string): Promise<Map<string, Matrix>> {
  const m = await openModel(path);
  try {
    const out = new Map<string, Matrix>();
    for (const l of m.layers) out.set(l.name, await m.readMatrix(l));
    return out;
  } finally {
    await m.close();
  }
}

/** Element bytes of every initializer, by name. */
async function initializerBytes(path: string): Promise<Map<string, string>> {
  const model = await scanOnnx(path);
  const reader = new OnnxTensorReader(model);
  try {
    const out = new Map<string, string>();
    for (const t of model.initializers) out.set(t.name, createHash('sha256').update(await reader.readBytes(t)).digest('hex'));
    return out;
  } finally {
    await reader.close();
  }
}

async function logits(path: string, batch = 5): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(path);
  try {
    const r = await session.run({ x: new ort.Tensor('float32', inputBatch(batch), [batch, IN]) });
    return Float32Array.from(r['logits']!.data as Float32Array);
  } finally {
    await session.release();
  }
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
};

const rows = (m: Matrix): number[][] => Array.from({ length: m.rows }, (_, r) => Array.from(m.data.subarray(r * m.cols, (r + 1) * m.cols)));

/** numpy: singular values of W and of W', and W' numerical rank at 1e-5 * sigma_max. */
function svdCheck(W: Matrix, Wp: Matrix): { s: number[]; sp: number[]; rank: number } {
  return runPython(
    `W = np.array(inp['W']); Wp = np.array(inp['Wp'])
s = np.linalg.svd(W, compute_uv=False); sp = np.linalg.svd(Wp, compute_uv=False)
print(json.dumps({'s': s.tolist(), 'sp': sp.tolist(), 'rank': int(np.sum(sp > 1e-5 * sp[0]))}))`,
    { W: rows(W), Wp: rows(Wp) },
  );
}

function countingEngine(): { engine: LinalgEngine; calls: () => number } {
  const base = jsEngine();
  let n = 0;
  return {
    calls: () => n,
    engine: { name: 'counting', gramEigenvalues: (W) => (n++, base.gramEigenvalues(W)), truncatedSvd: (W, k, o) => (n++, base.truncatedSvd(W, k, o)), dispose: async () => {} },
  };
}

describe.skipIf(!findNumpyPython())('smoothModel on built models', () => {
  let dir: string;
  let f32: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-smooth-'));
    f32 = await buildModel(dir, 'model.onnx');
  });
  const run = (modelPath: string, outName: string, plan: SmoothPlanConfig, extra: { factorize?: boolean } = {}) =>
    smoothModel({ modelPath, outPath: join(dir, outName), plan, engine: jsEngine(), ...extra });

  it('dense rank-k: W\' has the top-k singular values of W and rank k; the rest is untouched; input unchanged', async () => {
    const before = { hash: await sha(f32), mtime: (await stat(f32)).mtimeMs };
    const report = await run(f32, 'dense.onnx', { method: 'rank', k: 5 });
    expect(report.layers.flatMap((l) => l.notes)).toEqual([]);
    expect(report.layers.map((l) => [l.name, l.k, l.action])).toEqual([
      [W1, 5, 'smoothed'],
      [W2, 5, 'smoothed'],
    ]);
    const orig = await readWeights(f32);
    const out = await readWeights(join(dir, 'dense.onnx'));
    for (const name of [W1, W2]) {
      const r = svdCheck(orig.get(name)!, out.get(name)!);
      expect(r.rank).toBe(5);
      for (let i = 0; i < 5; i++) expect(Math.abs(r.sp[i]! - r.s[i]!) / r.s[i]!).toBeLessThan(1e-5);
      // reported error and energy agree with numpy's spectrum (Eckart-Young)
      const total = r.s.reduce((a, x) => a + x * x, 0);
      const kept = r.s.slice(0, 5).reduce((a, x) => a + x * x, 0);
      const l = report.layers.find((x) => x.name === name)!;
      expect(l.energyKept!).toBeCloseTo(kept / total, 9);
      expect(l.relativeError!).toBeCloseTo(Math.sqrt(1 - kept / total), 7);
    }
    // stored layout kept: W2 is still [16, 32]
    expect([out.get(W2)!.rows, out.get(W2)!.cols]).toEqual([16, 32]);
    const a = await initializerBytes(f32);
    const b = await initializerBytes(join(dir, 'dense.onnx'));
    expect(b.get(HEAD)).toBe(a.get(HEAD));
    expect(b.get(B2)).toBe(a.get(B2));
    expect(b.get(W1)).not.toBe(a.get(W1));
    expect(await sha(f32)).toBe(before.hash);
    expect((await stat(f32)).mtimeMs).toBe(before.mtime);
  });

  it('factorised model: same logits as the dense-smoothed model (1e-4), fewer parameters, smaller file', async () => {
    const before = await initializerBytes(f32);
    await run(f32, 'dense5.onnx', { method: 'rank', k: 5 });
    const rep = await run(f32, 'fact5.onnx', { method: 'rank', k: 5 }, { factorize: true });
    // W1 feeds a MatMul directly: factorised. W2 is a Gemm weight: the writer cannot split it, so dense.
    expect(rep.layers.map((l) => l.action)).toEqual(['factorized', 'smoothed']);
    expect(rep.layers[1]!.notes.join()).toMatch(/Gemm/);
    expect(rep.totals.selectedParamsAfter).toBe(5 * (24 + 32) + 16 * 32);
    const d = await logits(join(dir, 'dense5.onnx'));
    const f = await logits(join(dir, 'fact5.onnx'));
    expect(d.length).toBe(5 * VOCAB);
    expect(maxAbsDiff(d, f)).toBeLessThan(1e-4);
    // and the smoothing really changed the model
    expect(maxAbsDiff(d, await logits(f32))).toBeGreaterThan(1e-3);
    expect((await stat(join(dir, 'fact5.onnx'))).size).toBeLessThan((await stat(join(dir, 'dense5.onnx'))).size);
    const after = await initializerBytes(join(dir, 'fact5.onnx'));
    expect([...after.keys()].sort()).toEqual([B2, HEAD, W2, `${W1}.lowrank_a`, `${W1}.lowrank_b`].sort());
    expect(after.get(HEAD)).toBe(before.get(HEAD));
  });

  it('factorize falls back to dense (with a note) where the factors are not smaller', async () => {
    const rep = await run(f32, 'fact15.onnx', { method: 'rank', k: 15 }, { factorize: true });
    // W1 24x32: 15*(56) = 840 > 768 -> dense; W2 [16,32]: 15*48 = 720 > 512 -> dense
    expect(rep.layers.map((l) => l.action)).toEqual(['smoothed', 'smoothed']);
    expect(rep.layers[0]!.notes.join()).toMatch(/written dense/);
  });

  it('k >= min(m, n) leaves every weight byte-identical and the logits bit-identical', async () => {
    const rep = await run(f32, 'full.onnx', { method: 'rank', k: 64 });
    expect(rep.layers.every((l) => l.action === 'unchanged')).toBe(true);
    expect(await initializerBytes(join(dir, 'full.onnx'))).toEqual(await initializerBytes(f32));
    expect(Buffer.from((await logits(join(dir, 'full.onnx'))).buffer)).toEqual(Buffer.from((await logits(f32)).buffer));
  });

  it('float16 weights: W\' is written as float16 (round to nearest even of the float64 W\'), runs in onnxruntime', async () => {
    const f16 = await buildModel(dir, 'f16.onnx', { dtype: 'float16' });
    const rep = await run(f16, 'f16-out.onnx', { method: 'rank', k: 4 });
    expect(rep.layers.map((l) => [l.dtype, l.action])).toEqual([
      ['float16', 'smoothed'],
      ['float16', 'smoothed'],
    ]);
    const model = await scanOnnx(join(dir, 'f16-out.onnx'));
    expect(model.initializers.find((t) => t.name === W1)!.elemType).toBe('float16');
    const orig = await readWeights(f16);
    const out = await readWeights(join(dir, 'f16-out.onnx'));
    // numpy computes the float64 rank-4 approximation of the decoded fp16 W and rounds it to fp16.
    for (const name of [W1, W2]) {
      const r = runPython<{ maxUlps: number; s: number[]; sp: number[] }>(
        `W = np.array(inp['W']); Wp = np.array(inp['Wp'])
U, s, Vt = np.linalg.svd(W, full_matrices=False)
ref = ((U[:, :4] * s[:4]) @ Vt[:4]).astype(np.float16)
got = Wp.astype(np.float16)
ulps = np.abs(ref.view(np.int16).astype(np.int32) - got.view(np.int16).astype(np.int32))
print(json.dumps({'maxUlps': int(ulps.max()), 's': s.tolist(), 'sp': np.linalg.svd(Wp, compute_uv=False).tolist()}))`,
        { W: rows(orig.get(name)!), Wp: rows(out.get(name)!) },
      );
      expect(r.maxUlps).toBeLessThanOrEqual(1);
      for (let i = 0; i < 4; i++) expect(Math.abs(r.sp[i]! - r.s[i]!) / r.s[i]!).toBeLessThan(2e-3);
    }
    const a = await initializerBytes(f16);
    expect((await initializerBytes(join(dir, 'f16-out.onnx'))).get(HEAD)).toBe(a.get(HEAD));
    expect((await logits(join(dir, 'f16-out.onnx'))).length).toBe(5 * VOCAB);
  });

  it('external data: the output gets its own data file; the input data file is untouched; same logits as inline', async () => {
    const extDir = await mkdtemp(join(tmpdir(), 'ww-smooth-ext-'));
    const ext = await buildModel(extDir, 'model.onnx', { external: 'model.onnx.data' });
    const dataHash = await sha(join(extDir, 'model.onnx.data'));
    const dataMtime = (await stat(join(extDir, 'model.onnx.data'))).mtimeMs;
    await smoothModel({ modelPath: ext, outPath: join(extDir, 'smoothed.onnx'), plan: { method: 'rank', k: 5 }, engine: jsEngine() });
    expect(await sha(join(extDir, 'model.onnx.data'))).toBe(dataHash);
    expect((await stat(join(extDir, 'model.onnx.data'))).mtimeMs).toBe(dataMtime);
    const files = await readdir(extDir);
    expect(files.filter((f) => f !== 'model.onnx' && f !== 'model.onnx.data' && f !== 'smoothed.onnx').length).toBeGreaterThanOrEqual(1);
    const outModel = await scanOnnx(join(extDir, 'smoothed.onnx'));
    for (const t of outModel.initializers) if (t.data.kind === 'external') expect(t.data.location).not.toBe('model.onnx.data');
    // Same numbers as smoothing the inline model.
    await run(f32, 'inline5.onnx', { method: 'rank', k: 5 });
    expect(maxAbsDiff(await logits(join(extDir, 'smoothed.onnx')), await logits(join(dir, 'inline5.onnx')))).toBe(0);
    const a = await initializerBytes(ext);
    const b = await initializerBytes(join(extDir, 'smoothed.onnx'));
    expect(b.get(HEAD)).toBe(a.get(HEAD));
    expect(b.get(B2)).toBe(a.get(B2));
  });

  it('safetensors in, safetensors out: bfloat16 weights in PyTorch layout, other tensors byte-identical', async () => {
    const bf16 = (v: Float64Array): Uint8Array => new Uint8Array(Uint16Array.from(v, (x) => numberToBfloat16(x)).buffer);
    const wq = weights(20, 28, 7); // PyTorch Linear [out, in]
    const norm = new Float32Array(28).fill(1.5);
    const file = join(dir, 'model.safetensors');
    await writeFile(
      file,
      encodeSafetensors([
        { name: 'model.layers.0.self_attn.q_proj.weight', dtype: 'BF16', shape: [20, 28], data: bf16(wq) },
        { name: 'model.layers.0.input_layernorm.weight', dtype: 'F32', shape: [28], data: new Uint8Array(norm.buffer) },
      ]),
    );
    const before = await sha(file);
    const rep = await smoothModel({ modelPath: file, outPath: join(dir, 'smoothed.safetensors'), plan: { method: 'rank', k: 3 }, engine: jsEngine() });
    expect(rep.format).toBe('safetensors');
    expect(rep.layers.map((l) => [l.name, l.dtype, l.k, l.action])).toEqual([['model.layers.0.self_attn.q_proj.weight', 'bfloat16', 3, 'smoothed']]);
    const orig = await readWeights(file);
    const out = await readWeights(join(dir, 'smoothed.safetensors'));
    const r = svdCheck(orig.get('model.layers.0.self_attn.q_proj.weight')!, out.get('model.layers.0.self_attn.q_proj.weight')!);
    for (let i = 0; i < 3; i++) expect(Math.abs(r.sp[i]! - r.s[i]!) / r.s[i]!).toBeLessThan(1e-2); // bf16 has 8 bits of mantissa
    expect(r.sp[3]! / r.sp[0]!).toBeLessThan(2e-2); // rank 3 up to bf16 rounding
    const a = await readFile(file);
    const b = await readFile(join(dir, 'smoothed.safetensors'));
    expect(b.length).toBe(a.length);
    expect(Buffer.compare(a.subarray(a.length - 28 * 4), b.subarray(b.length - 28 * 4))).toBe(0); // the norm weight
    expect(await sha(file)).toBe(before);
    await expect(smoothModel({ modelPath: file, outPath: join(dir, 'x.onnx'), plan: { method: 'rank', k: 3 } })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('over the memory budget, W\' waits in a temporary file in its own dtype: same output bytes, no file left', async () => {
    for (const dtype of ['float32', 'float16'] as const) {
      const sub = await mkdtemp(join(tmpdir(), 'ww-smooth-spill-'));
      const src = await buildModel(sub, 'model.onnx', { dtype });
      const plan: SmoothPlanConfig = { method: 'rank', k: 6 };
      await smoothModel({ modelPath: src, outPath: join(sub, 'mem.onnx'), plan, engine: jsEngine() });
      const rep = await smoothModel({ modelPath: src, outPath: join(sub, 'spill.onnx'), plan, engine: jsEngine(), memoryBudgetBytes: 0 });
      expect(rep.notes.join()).toMatch(/temporary file/);
      expect(await initializerBytes(join(sub, 'spill.onnx'))).toEqual(await initializerBytes(join(sub, 'mem.onnx')));
      expect((await readdir(sub)).sort()).toEqual(['mem.onnx', 'model.onnx', 'spill.onnx']);
    }
  });

  it('dry runs write nothing; plan mode reads no weight', async () => {
    const c = countingEngine();
    const plan = await smoothModel({ modelPath: f32, outPath: join(dir, 'never.onnx'), plan: {}, engine: c.engine, dryRun: true });
    expect(plan.layers.map((l) => [l.name, l.k, l.action])).toEqual([
      [W1, null, 'planned'],
      [W2, null, 'planned'],
    ]);
    expect(c.calls()).toBe(0);
    const full = await smoothModel({ modelPath: f32, outPath: null, plan: {}, engine: c.engine, dryRun: 'full' });
    expect(full.layers.every((l) => typeof l.k === 'number')).toBe(true);
    expect(existsSync(join(dir, 'never.onnx'))).toBe(false);
  });

  describe('bad input fails with a specific error before any work', () => {
    const expectCode = async (fn: () => Promise<unknown>, code: string, calls: () => number): Promise<void> => {
      const err = await fn().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WwError);
      expect((err as WwError).code).toBe(code);
      expect(calls()).toBe(0);
    };

    it('OUTPUT_IS_INPUT: the same path, or a link to it', async () => {
      const c = countingEngine();
      const hash = await sha(f32);
      await expectCode(() => smoothModel({ modelPath: f32, outPath: f32, plan: { method: 'rank', k: 3 }, engine: c.engine }), 'OUTPUT_IS_INPUT', c.calls);
      await expectCode(() => smoothModel({ modelPath: f32, outPath: join(dir, '.', 'model.onnx'), plan: { method: 'rank', k: 3 }, engine: c.engine }), 'OUTPUT_IS_INPUT', c.calls);
      await symlink(f32, join(dir, 'link.onnx'));
      await expectCode(() => smoothModel({ modelPath: f32, outPath: join(dir, 'link.onnx'), plan: { method: 'rank', k: 3 }, engine: c.engine }), 'OUTPUT_IS_INPUT', c.calls);
      expect(await sha(f32)).toBe(hash);
    });

    it('RANK_OUT_OF_RANGE, SELECTION_EMPTY, NOT_DENSE; no output file', async () => {
      const c = countingEngine();
      const out = join(dir, 'bad.onnx');
      await expectCode(() => smoothModel({ modelPath: f32, outPath: out, plan: { method: 'rank', k: -2 }, engine: c.engine }), 'RANK_OUT_OF_RANGE', c.calls);
      await expectCode(() => smoothModel({ modelPath: f32, outPath: out, plan: { method: 'rank-fraction', rho: 1.5 }, engine: c.engine }), 'RANK_OUT_OF_RANGE', c.calls);
      await expectCode(() => smoothModel({ modelPath: f32, outPath: out, plan: { method: 'percent', percent: 2 }, engine: c.engine }), 'RANK_OUT_OF_RANGE', c.calls);
      await expectCode(() => smoothModel({ modelPath: f32, outPath: out, plan: { layers: 'transformer.h.*' }, engine: c.engine }), 'SELECTION_EMPTY', c.calls);
      const q = await buildModel(dir, 'quant.onnx', { quantized: true });
      await expectCode(() => smoothModel({ modelPath: q, outPath: out, plan: { layers: 'model.layers.2.mlp.qweight' }, engine: c.engine }), 'NOT_DENSE', c.calls);
      expect(existsSync(out)).toBe(false);
    });
  });
});
