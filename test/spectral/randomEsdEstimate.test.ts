import { describe, expect, it } from 'vitest';
import { jsEngine } from '../../src/linalg/engine.js';
import type { Matrix } from '../../src/linalg/matrix.js';
import { mpFit } from '../../src/spectral/mp.js';
import { mpQuantiles } from '../../src/spectral/mpQuantiles.js';
import { jensenShannonDistance, randomizedEsd, Xoshiro128 } from '../../src/spectral/randomize.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const hasPy = findNumpyPython() !== null;

describe('Marchenko-Pastur quantiles', () => {
  it.skipIf(!hasPy)('match scipy quad + brentq on the MP density (c = 0.05, 0.36, and the hard edge c = 1)', () => {
    const levels = [0.001, 0.01, 0.1, 0.37, 0.5, 0.9, 0.99, 0.999];
    const script = `
from scipy import integrate, optimize
out = []
for c in inp['cs']:
    a, b = (1 - np.sqrt(c)) ** 2, (1 + np.sqrt(c)) ** 2
    f = lambda x: np.sqrt(max((b - x) * (x - a), 0.0)) / (2 * np.pi * c * x)
    F = lambda x: integrate.quad(f, a, x, limit=200, epsabs=1e-13, epsrel=1e-12)[0]
    out.append([optimize.brentq(lambda x: F(x) - u, a, b, xtol=1e-14) for u in inp['levels']])
print(json.dumps(out))
`;
    const cs = [0.05, 0.36, 1];
    const ref = runPython<number[][]>(script, { cs, levels });
    cs.forEach((c, ci) => {
      // count = 1000: quantile i sits at level (i + 0.5) / 1000
      const q = mpQuantiles(1000, c);
      levels.forEach((u, li) => {
        const i = u * 1000 - 0.5;
        const lo = Math.floor(i);
        const ours = lo < 0 ? q[0]! : q[lo]! + (i - lo) * (q[Math.min(999, lo + 1)]! - q[lo]!);
        // linear interpolation between neighbouring quantiles adds a little error: compare loosely at the edges
        const tol = u < 0.01 || u > 0.99 ? 2e-3 : 2e-4;
        expect(Math.abs(ours - ref[ci]![li]!), `c=${c} u=${u}`).toBeLessThanOrEqual(tol * (ref[ci]![li]! + 0.01));
      });
      // unit scale: the mean of the law is 1
      expect(q.reduce((s, x) => s + x, 0) / 1000).toBeCloseTo(1, 3);
    });
  });
});

/** A standard normal draw from r (Box-Muller). */
function normal(r: Xoshiro128): number {
  return Math.sqrt(-2 * Math.log((r.nextUint32() + 0.5) / 2 ** 32)) * Math.cos((2 * Math.PI * (r.nextUint32() + 0.5)) / 2 ** 32);
}

function noisyWithTraps(rows: number, cols: number, seed: number): Matrix {
  const r = new Xoshiro128(seed);
  const data = Float64Array.from({ length: rows * cols }, () => normal(r) / Math.sqrt(cols));
  // a few large single elements: after any shuffle they stay, and show as top eigenvalues (correlation traps)
  for (let t = 0; t < 4; t++) data[r.below(rows * cols)] = 1.5 + 0.5 * t;
  return { rows, cols, data };
}

/** A Gaussian matrix of float32 values, variance 1 / cols. */
function gaussian(rows: number, cols: number, seed: number): Matrix {
  const r = new Xoshiro128(seed);
  return { rows, cols, data: Float64Array.from({ length: rows * cols }, () => Math.fround(normal(r) / Math.sqrt(cols))) };
}

/** W's eigenvalues and, over `seeds` numpy shuffles of it (WeightWatcher's procedure), the three randomized-ESD metrics. */
interface ShuffleSpread {
  readonly evals: Float64Array;
  readonly dist: number[];
  readonly maxEval: number[];
  readonly spikes: number[];
}

function numpyShuffleSpread(W: Matrix, seeds: number): ShuffleSpread {
  const script = `
W = np.frombuffer(bytes.fromhex(inp['hex']), dtype=np.float64).reshape(inp['rows'], inp['cols'])
ev = np.linalg.eigvalsh(W @ W.T)
rs = []
for s in range(inp['seeds']):
    np.random.seed(s)
    w = W.copy().ravel()
    np.random.shuffle(w)
    S = w.reshape(W.shape)
    rs.append(np.clip(np.linalg.eigvalsh(S @ S.T), 0, None).tolist())
print(json.dumps({'ev': np.clip(ev, 0, None).tolist(), 'rs': rs}))
`;
  const ref = runPython<{ ev: number[]; rs: number[][] }>(script, { hex: Buffer.from(W.data.buffer, W.data.byteOffset, W.data.byteLength).toString('hex'), rows: W.rows, cols: W.cols, seeds });
  const evals = Float64Array.from(ref.ev);
  return {
    evals,
    dist: ref.rs.map((r) => jensenShannonDistance(evals, Float64Array.from(r))),
    maxEval: ref.rs.map((r) => r[r.length - 1]!),
    spikes: ref.rs.map((r) => mpFit(Float64Array.from(r), Math.max(W.rows, W.cols), Math.min(W.rows, W.cols)).num_spikes),
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1));

/** rand_distance and max_rand_eval within 3 sd of the shuffles' mean, rand_num_spikes inside their range. */
function expectInsideSpread(metrics: { rand_distance: number; max_rand_eval: number; rand_num_spikes?: number }, s: ShuffleSpread): void {
  expect(Math.abs(metrics.rand_distance - mean(s.dist)), 'rand_distance').toBeLessThanOrEqual(3 * sd(s.dist));
  expect(Math.abs(metrics.max_rand_eval - mean(s.maxEval)), 'max_rand_eval').toBeLessThanOrEqual(3 * sd(s.maxEval));
  expect(metrics.rand_num_spikes, 'rand_num_spikes').toBeGreaterThanOrEqual(Math.min(...s.spikes));
  expect(metrics.rand_num_spikes, 'rand_num_spikes').toBeLessThanOrEqual(Math.max(...s.spikes));
}

describe('randomized ESD estimate (MP bulk + exact top eigenvalues of the shuffled matrix)', () => {
  it.skipIf(!hasPy)('rand_distance, max_rand_eval and rand_num_spikes fall inside the seed-to-seed spread of numpy shuffles', async () => {
    const W = noisyWithTraps(240, 600, 4);
    const spread = numpyShuffleSpread(W, 12);
    expect(Math.min(...spread.spikes)).toBeGreaterThan(0); // the traps are there in every exact shuffle

    const eng = jsEngine();
    for (const seed of [1, 2]) {
      const { metrics } = await randomizedEsd(W, spread.evals, eng, { seed, layerName: 'trap', N: 600, M: 240, exactBelow: 0 });
      expectInsideSpread(metrics, spread);
    }
  });
});

/** An engine that counts the products the estimate asks for (the exact top eigenvalues of a shuffle). */
function countingEngine(): { engine: ReturnType<typeof jsEngine>; calls: () => number } {
  const base = jsEngine();
  let n = 0;
  const engine = Object.assign(Object.create(base) as typeof base, {
    truncatedSvd: (...a: Parameters<typeof base.truncatedSvd>) => {
      n++;
      return base.truncatedSvd(...a);
    },
    gramEigenvalues: (...a: Parameters<typeof base.gramEigenvalues>) => {
      n++;
      return base.gramEigenvalues(...a);
    },
  });
  return { engine, calls: () => n };
}

describe('randomized ESD estimate without correlation traps (MP bulk + the Tracy-Widom mean at its edge)', () => {
  it.skipIf(!hasPy)('rand_distance, max_rand_eval and rand_num_spikes fall inside the spread of numpy shuffles, with no shuffle computed', async () => {
    const W = gaussian(1024, 2600, 11);
    const spread = numpyShuffleSpread(W, 8);
    const { engine, calls } = countingEngine();
    const { metrics } = await randomizedEsd(W, spread.evals, engine, { seed: 1, layerName: 'bulk', N: 2600, M: 1024 });
    expect(calls(), 'no product: the estimate needs no shuffle').toBe(0);
    expectInsideSpread(metrics, spread);
  }, 120_000);

  it('computes the shuffle exactly once an element or the mean could pull an eigenvalue out of the bulk', async () => {
    // small, with the estimate asked for at every size (exactBelow 0), so the exact path runs quickly on the JS engine
    const rows = 200;
    const cols = 330;
    const N = cols;
    const M = rows;
    const W = gaussian(rows, cols, 5);
    const rms = Math.sqrt(W.data.reduce((a, x) => a + x * x, 0) / W.data.length);
    const bbp = rms * (N * M) ** 0.25;
    const evals = new Float64Array(M).map((_, i) => 1 + i / M);
    const run = async (m: Matrix) => {
      const { engine, calls } = countingEngine();
      await randomizedEsd(m, evals, engine, { seed: 1, layerName: 'x', N, M, mpFit: false, exactBelow: 0 });
      return calls();
    };
    expect(await run(W)).toBe(0);
    // one element at 0.45 of the BBP amplitude: below TRAP_FRACTION, still estimated
    const below = { ...W, data: Float64Array.from(W.data) };
    below.data[777] = 0.45 * bbp;
    expect(await run(below)).toBe(0);
    // at 0.55 of it: exact
    const above = { ...W, data: Float64Array.from(W.data) };
    above.data[777] = 0.55 * bbp;
    expect(await run(above)).toBeGreaterThan(0);
    // a mean whose rank-one part is 0.6 of the BBP amplitude: exact
    const shifted = { ...W, data: W.data.map((x) => x + (0.6 * bbp) / Math.sqrt(N * M)) };
    expect(await run(shifted)).toBeGreaterThan(0);
  }, 120_000);
});
