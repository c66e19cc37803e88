/**
 * The probe gate rules and the comment's probe section on hand-built reports: every accuracy and
 * count here is chosen by hand, so verdicts follow from the numbers (a drop of d points against
 * warn/fail levels, a value equal to a level passing), and hostile prompt excerpts render escaped.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_RULES } from '../../src/config/plan.js';
import type { ProbeItemResult, ProbeResult } from '../../src/eval/probe.js';
import { compareProbe } from '../../src/eval/probeCompare.js';
import { summarizeProbe } from '../../src/eval/probe.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { probeRules } from '../../src/gate/probeRules.js';
import { probeSections } from '../../src/report/probe.js';
import { renderReport } from '../../src/report/markdown.js';
import type { ProbeSection } from '../../src/report/probeTypes.js';
import { measurements } from '../report/fixtures.js';

/** A probe result with these outcomes (true = right), items on lines 1..n. */
function result(outcomes: boolean[], excerpt = (i: number) => `prompt ${i}`): ProbeResult {
  const perItem: ProbeItemResult[] = outcomes.map((correct, i) => ({
    line: i + 1,
    excerpt: excerpt(i),
    kind: 'choice',
    correct,
    correctNorm: correct,
    predicted: correct ? 0 : 1,
    predictedNorm: correct ? 0 : 1,
    scores: [-1, -2],
  }));
  return {
    ...summarizeProbe(perItem),
    itemsTotal: outcomes.length,
    source: 'probe.jsonl',
    sha256: 'd'.repeat(64),
    model: 'model.onnx',
    device: 'cpu',
    deviceNote: 'cpu requested',
    context: 256,
    sequences: 2 * outcomes.length,
    tokensScored: 4 * outcomes.length,
    seconds: 1,
    itemsPerSecond: outcomes.length,
    perItem,
  };
}

/** 100 items: the original gets the first 80 right; the smoothed loses `lost` of them and gains `gained` of the rest. */
function section(lost: number, gained: number, excerpt?: (i: number) => string): ProbeSection {
  const original = result(Array.from({ length: 100 }, (_, i) => i < 80), excerpt);
  const smoothed = result(
    Array.from({ length: 100 }, (_, i) => (i < 80 ? i >= lost : i < 80 + gained)),
    excerpt,
  );
  return { source: 'probe.jsonl', sha256: 'd'.repeat(64), original, smoothed, base: null, smoothedVsOriginal: compareProbe(original, smoothed), headVsBase: null, note: '' };
}

describe('probe gate rules', () => {
  it('no probe in the run: no probe rule is listed', () => {
    expect(probeRules(measurements(), DEFAULT_GATE_RULES)).toEqual([]);
    expect(evaluateGate(measurements(), DEFAULT_GATE_RULES).rules.some((r) => r.id.startsWith('probe.'))).toBe(false);
  });

  it.each([
    // lost, gained, warn, fail -> status (drop = lost - gained points on 100 items)
    [5, 0, 2, 4, 'fail'],
    [5, 1, 2, 4, 'warn'], // a drop equal to the fail level does not fail
    [3, 0, 2, 4, 'warn'],
    [2, 0, 2, 4, 'pass'],
    [0, 3, 2, 4, 'pass'],
  ])('lost %i, gained %i, warn %i, fail %i points', (lost, gained, warn, fail, want) => {
    const m = { ...measurements(), probe: section(lost, gained) };
    const rules = { ...DEFAULT_GATE_RULES, accuracyDrop: { warn, fail } };
    const rule = evaluateGate(m, rules).rules.find((r) => r.id === 'probe.smoothed-vs-original')!;
    expect(rule.value).toBeCloseTo(lost - gained, 9);
    expect(rule.status).toBe(want);
    if (want === 'fail') {
      expect(rule.reason).toBe('drop above the fail level 4 pts');
      expect(evaluateGate(m, rules).status).toBe('fail');
    }
    expect(rule.valueText).toMatch(new RegExp(`^${gained - lost >= 0 ? '\\+' : '-'}${Math.abs(gained - lost)}\\.0 pts \\[`));
  });

  it('levels unset: skipped with the reason; no base: head-vs-base skipped naming the baseline note', () => {
    const m = { ...measurements(), probe: section(5, 0) };
    const [smoothing, vsBase] = probeRules(m, DEFAULT_GATE_RULES);
    expect(smoothing!.status).toBe('skipped');
    expect(smoothing!.reason).toBe('both levels are off (none)');
    expect(vsBase!.status).toBe('skipped');
    expect(vsBase!.reason).toBe('no base probe: no report saved on the default branch yet');
  });
});

describe('probe comment section', () => {
  it('shows accuracy with Wilson intervals, the paired change and the first flips, escaped', () => {
    const hostile = (i: number) => `@octocat <img src=x> | #12 [link](http://x) item ${i}`;
    const p = section(7, 2, hostile);
    const text = probeSections({ probe: p }).join('\n\n');
    expect(text).toContain('### Task probes');
    expect(text).toContain('80.0% (80/100)');
    expect(text).toContain('75.0% (75/100)');
    expect(text).toMatch(/-5\.0 pts \\\[-?\d+\.\d, [-+]\d+\.\d\\\] vs original/);
    expect(text).toContain('Flipped by smoothing: 2 gained, 7 lost (first 7 shown)');
    // 2 gained then the first 5 lost.
    expect(text.match(/^- line \d+ /gm)).toHaveLength(7);
    expect(text).toMatch(/^- line 81 ✗ → ✓ /m);
    expect(text).toMatch(/^- line 1 ✓ → ✗ /m);
    expect(text).not.toMatch(/<img|@octocat|[^\\]\]\(http|[^\\]\|\s#12|#12/);
    expect(text).toContain('&lt;img');
  });

  it('the full comment carries the section and the failing rule', () => {
    const m = { ...measurements(), probe: section(5, 0) };
    const rules = { ...DEFAULT_GATE_RULES, accuracyDrop: { warn: 1, fail: 2 } };
    const body = renderReport({ ...m, verdict: evaluateGate(m, rules) }, { maxLayers: 10, limit: 65536 });
    expect(body).toContain('### Task probes');
    expect(body).toMatch(/\| ❌ \| Probe accuracy drop, smoothed vs original \(points\)[^|]* \| -5\.0 pts/);
  });
});
