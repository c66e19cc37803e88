/**
 * Paired bootstrap intervals of a perplexity delta. References: closed forms (a constant per-token
 * NLL shift c makes every resample's ratio exactly e^c) and numpy's own bootstrap of the same
 * window scores with many more resamples (the percentiles agree to Monte Carlo error).
 */
import { describe, expect, it } from 'vitest';
import { pairedBootstrap, perplexityDelta } from '../../src/eval/bootstrap.js';
import type { WindowScore } from '../../src/eval/types.js';
import { mulberry32 } from '../../src/util/prng.js';
import { ppl } from '../report/fixtures.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

function windows(n: number, seed: number): WindowScore[] {
  const r = mulberry32(seed);
  return Array.from({ length: n }, () => ({ tokens: 256, nllSum: 256 * (2 + r()) }));
}

describe('pairedBootstrap', () => {
  it('identical runs: the interval is exactly [0, 0]', () => {
    const a = windows(40, 1);
    const ci = pairedBootstrap(a, a)!;
    expect([ci.relativeLow, ci.relativeHigh, ci.absoluteLow, ci.absoluteHigh, ci.probabilityIncrease]).toEqual([0, 0, 0, 0, 0]);
  });

  it('a constant per-token NLL shift c gives the interval [e^c - 1, e^c - 1] whatever is drawn', () => {
    const a = windows(40, 2);
    const c = 0.01;
    const b = a.map((w) => ({ tokens: w.tokens, nllSum: w.nllSum + c * w.tokens }));
    const ci = pairedBootstrap(a, b)!;
    expect(ci.relativeLow).toBeCloseTo(Math.expm1(c), 12);
    expect(ci.relativeHigh).toBeCloseTo(Math.expm1(c), 12);
    expect(ci.probabilityIncrease).toBe(1);
  });

  it('is deterministic for a seed and pairs only equal windows', () => {
    const a = windows(30, 3);
    const b = windows(30, 4);
    expect(pairedBootstrap(a, b)).toEqual(pairedBootstrap(a, b));
    expect(pairedBootstrap(a, b, { seed: 7 })!.relativeLow).not.toBe(pairedBootstrap(a, b)!.relativeLow);
    expect(pairedBootstrap(a, b.slice(1))).toBeNull();
    expect(pairedBootstrap(a.slice(0, 1), b.slice(0, 1))).toBeNull();
    expect(pairedBootstrap(a, b.map((w, i) => (i === 0 ? { ...w, tokens: 255 } : w)))).toBeNull();
    expect(pairedBootstrap(a, b.map((w, i) => (i === 0 ? { ...w, nllSum: NaN } : w)))).toBeNull();
  });

  it.skipIf(findNumpyPython() === null)('matches numpy percentiles of a 200,000-resample paired bootstrap', () => {
    // A noisy per-window change with a small positive mean: the interval is wide and asymmetric.
    const a = windows(64, 5);
    const r = mulberry32(6);
    const b = a.map((w) => ({ tokens: w.tokens, nllSum: w.nllSum + w.tokens * (0.004 + 0.03 * (r() - 0.5)) }));
    const ci = pairedBootstrap(a, b, { resamples: 4000 })!;
    const ref = runPython<{ lo: number; hi: number; p: number }>(
      `a = np.array(inp['a']); b = np.array(inp['b']); t = np.array(inp['t'])
rng = np.random.default_rng(0)
idx = rng.integers(0, len(a), size=(200000, len(a)))
pa = np.exp(a[idx].sum(1) / t[idx].sum(1)); pb = np.exp(b[idx].sum(1) / t[idx].sum(1))
rel = pb / pa - 1
print(json.dumps({'lo': float(np.quantile(rel, 0.025)), 'hi': float(np.quantile(rel, 0.975)), 'p': float((pb > pa).mean())}))`,
      { a: a.map((w) => w.nllSum), b: b.map((w) => w.nllSum), t: a.map((w) => w.tokens) },
    );
    const width = ref.hi - ref.lo;
    expect(Math.abs(ci.relativeLow - ref.lo)).toBeLessThan(0.05 * width);
    expect(Math.abs(ci.relativeHigh - ref.hi)).toBeLessThan(0.05 * width);
    expect(Math.abs(ci.probabilityIncrease - ref.p)).toBeLessThan(0.03);
  });
});

describe('perplexityDelta', () => {
  it('carries the interval when both results kept window scores, and the point delta either way', () => {
    const a = { ...ppl(10), windowScores: windows(10, 8) };
    const b = { ...ppl(10.5), windowScores: windows(10, 9) };
    const d = perplexityDelta(a, b);
    expect(d.absolute).toBeCloseTo(0.5, 12);
    expect(d.relative).toBeCloseTo(0.05, 12);
    expect(d.ci?.windows).toBe(10);
    expect(perplexityDelta(ppl(10), ppl(10.5)).ci).toBeUndefined();
  });
});
