import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeModel } from '../../src/engine/analyze.js';
import { analyzeEngine, LayerPool, maxBytesInFlight, stopWorker, transferableValues } from '../../src/engine/layerPool.js';
import { WwError } from '../../src/errors.js';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import type { LinalgEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import type { DenseLayer, ModelWeights } from '../../src/model/types.js';
import { shuffledSpectra } from '../../src/spectral/randomize.js';
import { mulberry32 } from '../../src/util/prng.js';
import { TSX } from '../helpers/cli.js';

// The pool runs the same kernels as one in-thread engine with one thread, so every number must be
// the same to the last bit; and the analyze stage must report layers in model order, whatever
// order the workers finish them in.

function layer(index: number, name: string, inF: number, outF: number): DenseLayer {
  return { index, name, format: 'onnx', dtype: 'float32', storedShape: [inF, outF], inFeatures: inF, outFeatures: outF, storedTransposed: false, consumers: [], via: [], block: null, role: 'other' };
}

/** float32 values with a few large entries (correlation traps show in the shuffled ESD) */
function values(n: number, seed: number): Float64Array {
  const rnd = mulberry32(seed);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = Math.fround(rnd() - 0.5);
  for (let j = 0; j < 4; j++) d[Math.floor(rnd() * n)] = Math.fround(8 + j);
  return d;
}

function fakeModel(layers: DenseLayer[], bad: Set<string> = new Set()): ModelWeights {
  return {
    format: 'onnx',
    path: '/virtual/model.onnx',
    layers,
    skipped: [],
    async readMatrix(l): Promise<Matrix> {
      const d = values(l.inFeatures * l.outFeatures, l.index + 1);
      if (bad.has(l.name)) d[5] = Number.POSITIVE_INFINITY;
      return { rows: l.storedShape[0], cols: l.storedShape[1], data: d };
    },
    checkRead() {},
    async close() {},
  };
}

let pool: LayerPool;
let single: LinalgEngine;

beforeAll(async () => {
  const p = await LayerPool.create({ workers: 2 });
  if (!p) throw new Error('the layer pool did not start');
  pool = p;
  single = await createFastEngine({ threads: 1 });
}, 60_000);

afterAll(async () => {
  await pool?.dispose();
  await single?.dispose();
});

describe('LayerPool', () => {
  it('computes the same ESD (with one onnxruntime thread or two, as the other worker is busy or idle) and shuffled spectra as one single-threaded engine, bit for bit', async () => {
    for (const [rows, cols] of [[90, 240], [310, 150], [1030, 1100]] as const) {
      const W: Matrix = { rows, cols, data: values(rows * cols, rows) };
      const inThread = await single.gramEigenvalues(W);
      // alone on the pool, the ESD takes the idle worker's core: two onnxruntime threads, the same
      // GEMM kernels, so the same bits
      const alone = await pool.esd(W);
      expect(alone.threads).toBe(2);
      expect(alone.evals).toEqual(inThread);
      // two at once: each worker busy, one thread per call (the second starts while the first runs;
      // the smaller ESDs may be over before the other begins)
      const both = await Promise.all([pool.esd(W), pool.esd(W)]);
      if (rows === 1030) expect(Math.min(...both.map((b) => b.fewestThreads))).toBe(1);
      for (const b of both) expect(b.evals).toEqual(inThread);
      const opts = { seed: 3, layerName: `w${rows}` };
      // 1030 x 1100 has >= 1024 eigenvalues: the estimated shuffled ESD (top-k SVD in the worker)
      const shuffled = await pool.shuffledSpectra({ rows, cols, data: transferableValues(W) }, opts);
      const local = await shuffledSpectra(W, single, opts);
      expect(shuffled.pooled).toEqual(local.pooled);
      expect(shuffled.single).toEqual(local.single);
    }
  }, 120_000);

  it('lets an eighth of the memory be in flight, at least 768 MiB and at most 4 GiB', () => {
    const GiB = 2 ** 30;
    expect(maxBytesInFlight(4 * GiB)).toBe(768 * 2 ** 20);
    expect(maxBytesInFlight(16 * GiB)).toBe(2 * GiB);
    expect(maxBytesInFlight(64 * GiB)).toBe(4 * GiB);
  });

  it('hands float32 values over as float32 and anything else as float64', () => {
    expect(transferableValues({ rows: 1, cols: 3, data: Float64Array.of(0.5, -2, 1e-3) })).toBeInstanceOf(Float64Array); // 1e-3 is no float32
    const f = transferableValues({ rows: 1, cols: 3, data: Float64Array.of(0.5, -2, Math.fround(1e-3)) });
    expect(f).toBeInstanceOf(Float32Array);
    expect(Array.from(f)).toEqual([0.5, -2, Math.fround(1e-3)]);
  });

  it("passes a worker's WwError on with its code, and keeps working", async () => {
    const W: Matrix = { rows: 20, cols: 30, data: values(600, 9) };
    const err = await pool.truncatedSvd(W, 25).catch((e: unknown) => e);
    expect(WwError.is(err, 'RANK_OUT_OF_RANGE')).toBe(true);
    expect((err as Error).message).toMatch(/\[1, 20\]/);
    const svd = await pool.truncatedSvd(W, 3);
    const ref = await single.truncatedSvd(W, 3);
    for (let i = 0; i < 3; i++) expect(Math.abs(svd.S[i]! - ref.S[i]!)).toBeLessThan(1e-12 * ref.S[0]!);
  }, 60_000);

  it('fails the job of a worker that dies with a specific error and goes on with the others', async () => {
    const p = (await LayerPool.create({ workers: 2 }))!;
    try {
      const W: Matrix = { rows: 600, cols: 800, data: values(480_000, 4) };
      const slots = (p as unknown as { slots: { worker: import('node:worker_threads').Worker; gate: Int32Array }[] }).slots;
      const first = p.esd(W); // goes to the first idle worker
      await stopWorker(slots[0]!.worker, slots[0]!.gate);
      const err = await first.catch((e: unknown) => e);
      expect(WwError.is(err, 'LINALG')).toBe(true);
      expect((err as Error).message).toMatch(/worker thread exited .* esd job of a 600x800 matrix/);
      const again = await p.esd(W);
      expect(again.evals).toEqual(await single.gramEigenvalues(W));
    } finally {
      await p.dispose();
    }
  }, 60_000);

  // A thread stopped inside onnxruntime's native code aborts the process (src/linalg/ort/nativeGate.ts).
  it.each([
    ['process.exit', 'exit', 3],
    ['an uncaught exception', 'throw', 1],
    ['stopping both workers', 'stop', 4],
  ] as const)('a process that ends by %s with busy workers exits with its own status, not an abort', (_, how, status) => {
    for (let run = 0; run < 3; run++) {
      const r = spawnSync(process.execPath, ['--import', TSX, path.join(import.meta.dirname, 'poolExitChild.ts'), how], { encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).not.toMatch(/Napi|terminate called/);
      expect({ status: r.status, signal: r.signal }).toEqual({ status, signal: null });
      if (how === 'stop') expect(r.stdout).toMatch(/^a linalg worker thread exited with code 1 during a esd job of a 1200x1300 matrix\n.*1200x1300 matrix\n$/);
    }
  }, 120_000);

  it('is not created for one worker or for CUDA, and refuses work after dispose', async () => {
    expect(await LayerPool.create({ workers: 1 })).toBeNull();
    expect(await LayerPool.create({ workers: 2, device: 'cuda' })).toBeNull();
    const engine = await analyzeEngine({ workers: 1 });
    expect(engine).not.toBeInstanceOf(LayerPool);
    await engine.dispose();
    const p = (await LayerPool.create({ workers: 2 }))!;
    await p.dispose();
    const err = await p.gramEigenvalues({ rows: 2, cols: 2, data: Float64Array.of(1, 0, 0, 1) }).catch((e: unknown) => e);
    expect(WwError.is(err, 'LINALG')).toBe(true);
  }, 60_000);
});

describe('analyzeModel on a pool', () => {
  it('reports the same layers, in model order, as the one-engine path', async () => {
    // a large layer first, so later small ones finish before it
    const layers = [layer(0, 'big', 400, 700), layer(1, 'inf', 30, 50), layer(2, 'a', 64, 96), layer(3, 'b', 120, 80), layer(4, 'tiny', 4, 40), layer(5, 'c', 50, 150)];
    const progress: string[] = [];
    const spectra = new Map<string, Float64Array>();
    const pooled = await analyzeModel(fakeModel(layers, new Set(['inf'])), {
      engine: pool,
      onProgress: (p) => progress.push(`${p.done}:${p.layer}`),
      onSpectrum: (name, ev) => spectra.set(name, ev),
    });
    const sequential = await analyzeModel(fakeModel(layers, new Set(['inf'])), { engine: single });
    expect(pooled.layers.map((l) => [l.name, l.status, l.reason?.code ?? null])).toEqual([
      ['big', 'analyzed', null],
      ['inf', 'failed', 'NON_FINITE'],
      ['a', 'analyzed', null],
      ['b', 'analyzed', null],
      ['c', 'analyzed', null],
    ]);
    expect(pooled.layers.map((l) => l.metrics)).toEqual(sequential.layers.map((l) => l.metrics));
    expect(pooled.layers[0]!.metrics!.rand_distance).toBeTypeOf('number');
    expect(pooled.summary).toEqual(sequential.summary);
    expect(progress).toEqual(['1:big', '2:inf', '3:a', '4:b', '5:tiny', '6:c']);
    expect([...spectra.keys()].sort()).toEqual(['a', 'b', 'big', 'c']);
    expect(pooled.engine).toMatch(/x 2 workers/);
  }, 120_000);

  it('takes float32 weights shared as stored, widens them in the workers, and fails a NaN or Inf layer there with the same reason', async () => {
    // tall and wide layers (the worker widens a tall one transposed), a NaN in a tall layer, an Inf in a wide one
    const layers = [layer(0, 'tall', 150, 60), layer(1, 'nan', 90, 40), layer(2, 'wide', 40, 120), layer(3, 'inf', 30, 70), layer(4, 'f64', 50, 60)];
    const bad = new Map<string, readonly [number, number]>([['nan', [217, Number.NaN]], ['inf', [165, Number.NEGATIVE_INFINITY]]]);
    const valuesOf = (l: DenseLayer): Float64Array => {
      const d = values(l.inFeatures * l.outFeatures, l.index + 1);
      const b = bad.get(l.name);
      if (b) d[b[0]] = b[1];
      return d;
    };
    const shared: string[] = [];
    const model: ModelWeights = {
      ...fakeModel(layers),
      async readMatrix(l) {
        return { rows: l.storedShape[0], cols: l.storedShape[1], data: valuesOf(l) };
      },
      async readFloat32Shared(l) {
        if (l.name === 'f64') return null; // not stored as float32: read by readMatrix
        shared.push(l.name);
        const data32 = new Float32Array(new SharedArrayBuffer(l.inFeatures * l.outFeatures * 4));
        data32.set(valuesOf(l));
        return { rows: l.storedShape[0], cols: l.storedShape[1], data32 };
      },
    };
    for (const randomize of [true, false]) {
      shared.length = 0;
      const pooled = await analyzeModel(model, { engine: pool, analyze: { randomize } });
      const sequential = await analyzeModel({ ...model, readFloat32Shared: undefined }, { engine: single, analyze: { randomize } });
      expect(shared).toEqual(['tall', 'nan', 'wide', 'inf']);
      expect(pooled.layers.map((l) => [l.name, l.status, l.reason])).toEqual([
        ['tall', 'analyzed', null],
        ['nan', 'failed', { code: 'NON_FINITE', message: 'nan: weight [5, 17] is NaN (NaN/Inf); layer not analysed' }],
        ['wide', 'analyzed', null],
        ['inf', 'failed', { code: 'NON_FINITE', message: 'inf: weight [2, 25] is -Infinity (NaN/Inf); layer not analysed' }],
        ['f64', 'analyzed', null],
      ]);
      expect(sequential.layers.map((l) => [l.name, l.status, l.reason])).toEqual(pooled.layers.map((l) => [l.name, l.status, l.reason]));
      expect(pooled.layers.map((l) => l.metrics)).toEqual(sequential.layers.map((l) => l.metrics));
    }
  }, 60_000);

  it('sends a layer far larger than the rest first, and still reports in model order', async () => {
    const layers = [layer(0, 'a', 64, 96), layer(1, 'b', 64, 96), layer(2, 'c', 64, 96), layer(3, 'd', 64, 96), layer(4, 'head', 300, 900)];
    const sent: number[] = [];
    const spy = Object.create(pool) as LayerPool;
    spy.esd = (W, owned) => {
      sent.push(W.rows * W.cols);
      return pool.esd(W, owned);
    };
    const progress: string[] = [];
    const r = await analyzeModel(fakeModel(layers), { engine: spy, analyze: { randomize: false }, onProgress: (p) => progress.push(p.layer) });
    expect(sent[0]).toBe(300 * 900);
    expect(sent).toHaveLength(5);
    expect(r.layers.map((l) => l.name)).toEqual(['a', 'b', 'c', 'd', 'head']);
    expect(progress).toEqual(['a', 'b', 'c', 'd', 'head']);
  }, 60_000);

  it('fails the run with the first error and leaves no job behind', async () => {
    const layers = [layer(0, 'a', 64, 96), layer(1, 'broken', 64, 96), layer(2, 'c', 64, 96)];
    const model: ModelWeights = {
      ...fakeModel(layers),
      async readMatrix(l) {
        if (l.name === 'broken') throw new WwError('MODEL_TRUNCATED', 'broken: the file ends early');
        return { rows: l.storedShape[0], cols: l.storedShape[1], data: values(l.inFeatures * l.outFeatures, 1) };
      },
    };
    const err = await analyzeModel(model, { engine: pool }).catch((e: unknown) => e);
    expect(WwError.is(err, 'MODEL_TRUNCATED')).toBe(true);
    // the pool is still usable: nothing of the failed run is queued
    const ok = await analyzeModel(fakeModel([layer(0, 'a', 64, 96)]), { engine: pool });
    expect(ok.layers[0]!.status).toBe('analyzed');
  }, 60_000);
});
