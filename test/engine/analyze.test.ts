import { describe, expect, it } from 'vitest';
import { analyzeModel, parseLayerSpec, skipReason } from '../../src/engine/analyze.js';
import { jsEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import type { DenseLayer, ModelWeights } from '../../src/model/types.js';
import { DEFAULT_ANALYZE_OPTIONS } from '../../src/spectral/types.js';

function layer(index: number, name: string, inF: number, outF: number): DenseLayer {
  return { index, name, format: 'onnx', dtype: 'float32', storedShape: [inF, outF], inFeatures: inF, outFeatures: outF, storedTransposed: false, consumers: [], via: [], block: null, role: 'other' };
}

function fakeModel(layers: DenseLayer[], values: (l: DenseLayer) => Float64Array): ModelWeights & { reads: string[] } {
  const reads: string[] = [];
  return {
    format: 'onnx',
    path: '/virtual/model.onnx',
    layers,
    skipped: [{ name: 'q4', reason: 'quantized weight of MatMulNBits', opType: 'MatMulNBits' }],
    reads,
    async readMatrix(l): Promise<Matrix> {
      reads.push(l.name);
      return { rows: l.storedShape[0], cols: l.storedShape[1], data: values(l) };
    },
    async close() {},
  };
}

const smooth = (n: number, seed: number): Float64Array => Float64Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898 + seed) * 43758.5453 % 1);

describe('analyzeModel', () => {
  it("applies WeightWatcher's skip rules, reports NaN/Inf layers as failed and analyses the rest", async () => {
    const layers = [layer(0, 'a', 32, 48), layer(1, 'tiny', 8, 40), layer(2, 'nan', 20, 30), layer(3, 'zero', 12, 12), layer(4, 'b', 40, 24)];
    const model = fakeModel(layers, (l) => {
      const d = smooth(l.inFeatures * l.outFeatures, l.index);
      if (l.name === 'nan') d[7] = Number.NaN;
      if (l.name === 'zero') d.fill(0);
      return d;
    });
    const progress: number[] = [];
    const spectra = new Map<string, Float64Array>();
    const r = await analyzeModel(model, {
      engine: jsEngine(),
      analyze: { randomize: false },
      onProgress: (p) => progress.push(p.done),
      onSpectrum: (name, ev) => spectra.set(name, ev),
    });
    expect(r.layers.map((l) => [l.name, l.status, l.reason?.code ?? null])).toEqual([
      ['a', 'analyzed', null],
      ['nan', 'failed', 'NON_FINITE'],
      ['zero', 'failed', 'ZERO_SPECTRUM'],
      ['b', 'analyzed', null],
    ]);
    expect(r.skipped.map((s) => [s.name, s.reason.code])).toEqual([['q4', 'NOT_DENSE'], ['tiny', 'MIN_EVALS']]);
    expect(model.reads).not.toContain('tiny'); // skipped layers are never read
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(r.summary.layers).toBe(2);
    expect(r.layers[0]!.metrics!.rand_distance).toBeUndefined();
    expect(r.layers[0]!.metrics!.num_spikes).toBeTypeOf('number');
    expect(r.layers[1]!.reason!.message).toMatch(/nan.*\[0, 7\]/);
    // the eigenvalues of every layer that got a spectrum, as the engine computes them (for smoothing to reuse)
    expect([...spectra.keys()]).toEqual(['a', 'zero', 'b']);
    const a = layers[0]!;
    expect(Array.from(spectra.get('a')!)).toEqual(Array.from(await jsEngine().gramEigenvalues({ rows: a.storedShape[0], cols: a.storedShape[1], data: smooth(a.inFeatures * a.outFeatures, a.index) })));
  });

  it('skip rules by number', () => {
    const o = DEFAULT_ANALYZE_OPTIONS;
    expect(skipReason(100, 9, o)?.code).toBe('MIN_EVALS');
    expect(skipReason(100, 10, o)).toBeNull();
    expect(skipReason(20000, 15001, o)?.code).toBe('MAX_EVALS');
    expect(skipReason(50001, 4096, o)?.code).toBe('MAX_N');
    expect(skipReason(50000, 4096, o)).toBeNull();
  });

  it('layer filters: glob, regex, index range, index, name, and name lists', async () => {
    const ls = ['model.layers.0.mlp.up.weight', 'model.layers.0.attn.q.weight', 'model.layers.1.mlp.up.weight', 'lm_head.weight'].map((n, i) => layer(i, n, 16, 16));
    const pick = (spec: string): string[] => ls.filter(parseLayerSpec(spec)).map((l) => l.name);
    expect(pick('*.mlp.*')).toEqual([ls[0]!.name, ls[2]!.name]);
    expect(pick('/attn|head/')).toEqual([ls[1]!.name, ls[3]!.name]);
    expect(pick('1:3')).toEqual([ls[1]!.name, ls[2]!.name]);
    expect(pick('2:')).toEqual([ls[2]!.name, ls[3]!.name]);
    expect(pick('3,lm_head.weight,0')).toEqual([ls[0]!.name, ls[3]!.name]);
    expect(() => parseLayerSpec('/(/')).toThrow(/invalid regular expression/i);
    const model = fakeModel(ls, (l) => smooth(256, l.index));
    const r = await analyzeModel(model, { engine: jsEngine(), layers: ['lm_head.weight'], analyze: { mpFit: false, detX: false, randomize: false } });
    expect(r.layers.map((l) => l.name)).toEqual(['lm_head.weight']);
    expect(r.filteredOut).toBe(3);
    expect(r.layers[0]!.metrics!.num_spikes).toBeUndefined();
  });

  it('is deterministic by seed (randomized ESD included)', async () => {
    const model = fakeModel([layer(0, 'w', 30, 50)], (l) => smooth(1500, l.index));
    const a = await analyzeModel(model, { engine: jsEngine(), analyze: { seed: 7 } });
    const b = await analyzeModel(model, { engine: jsEngine(), analyze: { seed: 7 } });
    const c = await analyzeModel(model, { engine: jsEngine(), analyze: { seed: 8 } });
    expect(a.layers[0]!.metrics).toEqual(b.layers[0]!.metrics);
    expect(a.layers[0]!.metrics!.rand_distance).not.toBe(c.layers[0]!.metrics!.rand_distance);
    expect(a.layers[0]!.metrics!.alpha).toBe(c.layers[0]!.metrics!.alpha);
  });

  it('takes an engine still starting: reads the first layer meanwhile, and reports as with the engine itself', async () => {
    const layers = [layer(0, 'a', 32, 48), layer(1, 'b', 40, 24), layer(2, 'c', 30, 30)];
    const values = (l: DenseLayer) => smooth(l.inFeatures * l.outFeatures, l.index);
    const events: string[] = [];
    const model = fakeModel(layers, values);
    const read = model.readMatrix.bind(model);
    model.readMatrix = async (l, o) => {
      events.push(`read ${l.name}`);
      return read(l, o);
    };
    let start!: () => void;
    const starting = new Promise<ReturnType<typeof jsEngine>>((resolve) => {
      start = () => {
        events.push('engine ready');
        resolve(jsEngine());
      };
    });
    const run = analyzeModel(model, { engine: starting, analyze: { randomize: false } });
    await new Promise((r) => setTimeout(r, 20));
    start();
    const r = await run;
    expect(events.slice(0, 2)).toEqual(['read a', 'engine ready']);
    expect(events.filter((e) => e.startsWith('read'))).toEqual(['read a', 'read b', 'read c']); // each layer read once
    const direct = await analyzeModel(fakeModel(layers, values), { engine: jsEngine(), analyze: { randomize: false } });
    expect(r.layers).toEqual(direct.layers.map((l, i) => ({ ...l, seconds: r.layers[i]!.seconds })));
  });

  it('an engine that fails to start fails the run with its error, after the early read settled', async () => {
    const model = fakeModel([layer(0, 'a', 32, 48)], (l) => smooth(l.inFeatures * l.outFeatures, 0));
    await expect(analyzeModel(model, { engine: Promise.reject(new Error('no engine')), analyze: { randomize: false } })).rejects.toThrow('no engine');
    expect(model.reads).toEqual(['a']);
  });
});
