/**
 * Probe intervals against independent sources: scipy's Wilson interval (binomtest(...).proportion_ci),
 * Newcombe's paired interval written out in python on top of scipy's Wilson limits, and for large n
 * the Wald interval of a paired difference, which the score interval approaches.
 */
import { describe, expect, it } from 'vitest';
import { pairedCounts, pairedDelta, wilsonInterval, Z95 } from '../../src/eval/probeStats.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const python = findNumpyPython();

describe('Wilson interval', () => {
  it.skipIf(!python)('equals scipy binomtest(k, n).proportion_ci(method="wilson")', () => {
    const cases: [number, number][] = [[0, 10], [8, 10], [10, 10], [37, 50], [412, 1000], [1, 3]];
    const ref = runPython<[number, number][]>(
      `from scipy.stats import binomtest
out = []
for k, n in inp:
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')
    out.append([float(ci.low), float(ci.high)])
print(json.dumps(out))`,
      cases,
    );
    cases.forEach(([k, n], i) => {
      const w = wilsonInterval(k, n);
      expect(w.low).toBeCloseTo(ref[i]![0], 12);
      expect(w.high).toBeCloseTo(ref[i]![1], 12);
    });
  });

  it('n = 0 is the whole unit interval', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('paired interval (Newcombe method 10)', () => {
  it('counts the 2x2 table of paired outcomes', () => {
    expect(pairedCounts([true, true, false, false, true], [true, false, true, false, true])).toEqual({ bothRight: 2, onlyA: 1, onlyB: 1, bothWrong: 1 });
    expect(() => pairedCounts([true], [])).toThrow(RangeError);
  });

  it.skipIf(!python)('equals the formula written out on scipy Wilson limits', () => {
    const cases = [
      [30, 4, 9, 7],
      [12, 0, 3, 5],
      [100, 20, 5, 75],
      [5, 5, 5, 5],
      [0, 0, 10, 0],
      [40, 0, 0, 10],
    ];
    const ref = runPython<[number, number, number][]>(
      `from scipy.stats import binomtest
from math import sqrt
def wilson(k, n):
    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson')
    return float(ci.low), float(ci.high)
out = []
for a, b, c, d in inp:
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n      # model A, model B
    l1, u1 = wilson(a + b, n)
    l2, u2 = wilson(a + c, n)
    den = (a + b) * (c + d) * (a + c) * (b + d)
    phi = 0.0 if den == 0 else (a * d - b * c) / sqrt(den)
    theta = p2 - p1
    lo = theta - sqrt(max(0.0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2))
    hi = theta + sqrt(max(0.0, (u2 - p2) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1) + (p1 - l1) ** 2))
    out.append([theta, max(-1.0, lo), min(1.0, hi)])
print(json.dumps(out))`,
      cases,
    );
    cases.forEach(([bothRight, onlyA, onlyB, bothWrong], i) => {
      const r = pairedDelta({ bothRight: bothRight!, onlyA: onlyA!, onlyB: onlyB!, bothWrong: bothWrong! });
      expect(r.delta).toBeCloseTo(ref[i]![0], 12);
      expect(r.interval.low).toBeCloseTo(ref[i]![1], 10);
      expect(r.interval.high).toBeCloseTo(ref[i]![2], 10);
    });
  });

  it('contains the difference, turns over when A and B swap, and is narrow when nothing flips', () => {
    const r = pairedDelta({ bothRight: 30, onlyA: 4, onlyB: 9, bothWrong: 7 });
    expect(r.delta).toBeCloseTo(5 / 50, 15);
    expect(r.interval.low).toBeLessThan(r.delta);
    expect(r.interval.high).toBeGreaterThan(r.delta);
    const s = pairedDelta({ bothRight: 30, onlyA: 9, onlyB: 4, bothWrong: 7 });
    expect(s.interval.low).toBeCloseTo(-r.interval.high, 12);
    expect(s.interval.high).toBeCloseTo(-r.interval.low, 12);
    const same = pairedDelta({ bothRight: 30, onlyA: 0, onlyB: 0, bothWrong: 20 });
    expect(same.delta).toBe(0);
    // phi = 1: only the asymmetry of the Wilson limits is left, far narrower than either of them.
    expect(same.interval.low).toBeLessThan(0);
    expect(same.interval.high).toBeGreaterThan(0);
    const w = wilsonInterval(30, 50);
    expect(same.interval.high - same.interval.low).toBeLessThan((w.high - w.low) / 5);
  });

  it('approaches the Wald interval of a paired difference for large n', () => {
    const [a, b, c, d] = [400_000, 60_000, 50_000, 490_000];
    const n = a + b + c + d;
    const r = pairedDelta({ bothRight: a, onlyA: b, onlyB: c, bothWrong: d });
    const diff = (c - b) / n;
    const se = Math.sqrt(b + c - (c - b) ** 2 / n) / n;
    expect(r.interval.low).toBeCloseTo(diff - Z95 * se, 5);
    expect(r.interval.high).toBeCloseTo(diff + Z95 * se, 5);
  });
});
