/**
 * The greedy guarded search over closed-form objectives (no model): each layer's cost at rank k is
 * a known function, so the answer under a budget is known exactly.
 */
import { describe, expect, it } from 'vitest';
import { numericalRank, searchLayer, RANK_FRACTIONS } from '../../src/smooth/search/candidates.js';
import { budgetLimit, greedySearch } from '../../src/smooth/search/greedy.js';
import type { Assignment, Objective, SearchLayer, SearchLimits } from '../../src/smooth/search/types.js';

/** A layer with candidates at the given ks (full rank p). */
function layer(name: string, ks: number[], p = 64, score = 0): SearchLayer {
  return {
    name,
    fullRank: p,
    params: p * p,
    score,
    candidates: ks.map((k) => ({ k, rules: [`rank:${k}`], discardedEnergy: 1 - k / p, rankRemoved: p - k, paramsRemoved: Math.max(0, p * p - 2 * p * k) })),
  };
}

/** value = 10 + sum over assigned layers of cost(layer, k); full = screen * fullFactor on the increase. */
function additive(cost: (name: string, k: number) => number, fullFactor = 1): Objective & { calls: number } {
  const o = {
    name: 'additive',
    cost: { screen: 0.125, full: 1 },
    calls: 0,
    async measure(a: Assignment, scope: 'screen' | 'full') {
      o.calls++;
      let inc = 0;
      for (const [n, k] of a) inc += cost(n, k);
      return 10 + inc * (scope === 'full' ? fullFactor : 1);
    },
  };
  return o;
}

const limits = (value: number, extra: Partial<SearchLimits> = {}): SearchLimits => ({ budget: { kind: 'absolute', value }, screenMargin: 1, maxEvals: 1000, maxSeconds: Infinity, ...extra });

describe('greedySearch', () => {
  // Layer cost: (64 - k) removed components cost `rate` each: the largest admitted removal is floor(allowance / rate).
  const ks = [8, 16, 24, 32, 40, 48, 56];
  const rate: Record<string, number> = { a: 0.001, b: 0.01, c: 1 };
  const cost = (n: string, k: number) => (64 - k) * rate[n]!;

  it('finds the most aggressive candidate each layer admits, cheapest layers first', async () => {
    const layers = [layer('c', ks, 64, 3), layer('a', ks, 64, 1), layer('b', ks, 64, 2)];
    // a at k=8 costs 0.056; b then has 0.5 - 0.056 = 0.444 left: 44 components -> smallest k with 64-k <= 44 is k = 24; c: 0.444-0.4 = 0.044 < 8 * 1.
    const r = await greedySearch(layers, additive(cost), limits(0.5));
    expect(Object.fromEntries(r.chosen)).toEqual({ a: 8, b: 24 });
    expect(r.final).toBeCloseTo(10 + 56 * 0.001 + 40 * 0.01, 12);
    expect(r.final).toBeLessThanOrEqual(budgetLimit(10, { kind: 'absolute', value: 0.5 }));
    // Order of the tries follows the weights-only score.
    const tried = r.steps.filter((s) => s.phase === 'screen').map((s) => s.layer);
    expect(tried.indexOf('a')).toBeLessThan(tried.indexOf('b'));
    expect(tried.indexOf('b')).toBeLessThan(tried.indexOf('c'));
    // Binary search: at most ceil(log2(7 + 1)) = 3 screening measurements per layer.
    expect(r.evals.screen).toBeLessThanOrEqual(1 + 3 * 3);
  });

  it('budget zero admits nothing with a cost; an infinite one admits every layer at its smallest k', async () => {
    const layers = [layer('a', ks), layer('b', ks)];
    const none = await greedySearch(layers, additive(cost), limits(0));
    expect(none.chosen.size).toBe(0);
    expect(none.final).toBe(10);
    const all = await greedySearch(layers, additive(cost), limits(1e12));
    expect(Object.fromEntries(all.chosen)).toEqual({ a: 8, b: 8 });
  });

  it('reverts the costliest kept layer when screening admitted more than the whole text allows', async () => {
    // Full-text increase is twice the screening one: a (0.056 -> 0.112) fits 0.5, a + b (0.912) does not.
    const layers = [layer('a', ks, 64, 1), layer('b', ks, 64, 2)];
    const r = await greedySearch(layers, additive(cost, 2), limits(0.5));
    expect(Object.fromEntries(r.chosen)).toEqual({ a: 8 });
    const revert = r.steps.filter((s) => s.phase === 'revert');
    expect(revert.map((s) => [s.layer, s.k])).toEqual([['b', 24]]);
    expect(r.final).toBeCloseTo(10 + 2 * 56 * 0.001, 12);
  });

  it('a relative budget scales with the original value', () => {
    expect(budgetLimit(4, { kind: 'relative', value: 0.02 })).toBeCloseTo(4.08, 12);
    expect(budgetLimit(4, { kind: 'relative', value: 0.02 }, 0.5)).toBeCloseTo(4.04, 12);
  });

  it('stops screening at search-max-evals and still confirms on the whole text', async () => {
    const layers = [layer('a', ks, 64, 1), layer('b', ks, 64, 2), layer('c', ks, 64, 3)];
    const r = await greedySearch(layers, additive(cost), limits(0.5, { maxEvals: 2 }));
    expect(r.stopped).toBe('max-evals');
    expect(r.steps.filter((s) => s.phase === 'screen').length).toBe(2);
    expect(r.steps[r.steps.length - 1]!.phase).toBe('confirm');
  });

  it('stops screening at the time bound', async () => {
    let t = 0;
    const o = additive(cost);
    const slow: Objective = { ...o, measure: async (a, s) => { t += 1000; return o.measure(a, s); } };
    const r = await greedySearch([layer('a', ks), layer('b', ks)], slow, limits(0.5, { maxSeconds: 4.5 }), { now: () => t });
    expect(r.stopped).toBe('time');
  });

  it('marks a candidate that lowers the value (LASER effect)', async () => {
    const r = await greedySearch([layer('a', [8, 32])], additive((_, k) => (k === 32 ? -0.1 : 5)), limits(0.5));
    expect(r.chosen.get('a')).toBe(32);
    expect(r.steps.find((s) => s.k === 32)!.lowered).toBe(true);
    expect(r.finalRelative).toBeCloseTo(-0.01, 12);
  });
});

describe('candidate ranks', () => {
  it('numerical rank counts eigenvalues above 1e-10 of the largest', () => {
    expect(numericalRank(Float64Array.from([0, 1e-12, 1e-9, 0.5, 1]))).toBe(3);
    expect(numericalRank(new Float64Array(4))).toBe(0);
  });

  it('proposes the rules\' ranks, deduplicated, ascending, excluding 0 and full rank', () => {
    // p = 40; eigenvalues 40..1: numerical rank 40 (full, dropped); fractions 4, 10, 20, 30.
    const evals = Float64Array.from({ length: 40 }, (_, i) => i + 1);
    const l = searchLayer({ name: 'w', rows: 40, cols: 50, inFeatures: 50, outFeatures: 40 }, evals, {
      alpha: null, alphaStatus: 'failed', detX_num: 10, num_spikes: 0, num_pl_spikes: 40, norm: 820, lambda_max: 40,
    });
    expect(l.candidates.map((c) => c.k)).toEqual(RANK_FRACTIONS.map((r) => Math.floor(r * 40)));
    expect(l.candidates[1]!.rules).toEqual(['detX', 'rank-fraction:0.25']);
    // Discarded energy of k = 4: the 36 smallest of 1..40 = 666 of 820.
    expect(l.candidates[0]!.discardedEnergy).toBeCloseTo(666 / 820, 12);
    expect(l.candidates[0]!.paramsRemoved).toBe(50 * 40 - 4 * 90);
  });
});
