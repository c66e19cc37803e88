/**
 * The search part of the comment (src/report/search.ts) on a hand-built search report: every
 * expected text follows from the numbers below.
 */
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, renderReport } from '../../src/report/markdown.js';
import { searchSections } from '../../src/report/search.js';
import type { RunReport } from '../../src/report/types.js';
import type { SearchReport, SearchStep } from '../../src/smooth/search/types.js';
import { report } from './fixtures.js';

const step = (n: number, o: Partial<SearchStep>): SearchStep => ({
  step: n, phase: 'screen', scope: 'screen', layer: null, k: null, rules: [], value: 4, relative: 0, decision: 'accepted', paramsKept: 8192, rankRemoved: 0, lowered: false, ...o,
});

const search: SearchReport = {
  objective: 'perplexity',
  budget: { kind: 'relative', value: 0.02 },
  screenMargin: 0.75,
  screen: { windows: 8, tokens: 2040 },
  full: { windows: 64, tokens: 16320 },
  original: { screen: 4, full: 5 },
  final: 5.05,
  finalRelative: 0.01,
  evals: { screen: 4, full: 2, fullEquivalents: 2.5 },
  stopped: null,
  seconds: 12,
  layers: [
    { name: 'a|b_x', fullRank: 64, chosenK: 16, candidates: [{ k: 16, rules: ['rank-fraction:0.25'], discardedEnergy: 0.1 }] },
    { name: 'c', fullRank: 64, chosenK: null, candidates: [{ k: 16, rules: ['detX'], discardedEnergy: 0.5 }] },
  ],
  steps: [
    step(1, { phase: 'baseline', decision: 'baseline', value: 4 }),
    step(2, { phase: 'baseline', scope: 'full', decision: 'baseline', value: 5 }),
    step(3, { layer: 'a|b_x', k: 16, rules: ['rank-fraction:0.25'], value: 4.02, relative: 0.005, paramsKept: 6144, rankRemoved: 48 }),
    step(4, { layer: 'c', k: 16, rules: ['detX'], value: 4.5, relative: 0.125, decision: 'rejected', paramsKept: 4096, rankRemoved: 96 }),
    step(5, { phase: 'confirm', scope: 'full', value: 5.05, relative: 0.01, decision: 'within-budget', paramsKept: 6144, rankRemoved: 48 }),
  ],
  totals: { layersReduced: 1, rankRemoved: 48, paramsBefore: 8192, paramsKept: 6144 },
  fileBytes: { before: 2_000_000, after: 1_500_000 },
  notes: [],
};

const withSearch = (s: SearchReport | null, methodNote: string | null = null): RunReport => {
  const r = report();
  return { ...r, smoothing: { method: s ? 'auto' : 'detX', layers: [], outputPath: 'out/smoothed.onnx', search: s, methodNote } };
};

describe('search section', () => {
  it('states budget, result, reduction, size and cost', () => {
    const [title, summary] = searchSections(withSearch(search), true);
    expect(title).toBe('### Smoothing search (method auto)');
    expect(summary).toContain('Budget +2% on the whole eval text. Perplexity 5.0000 → **5.0500** (+1.00%).');
    // (8192 - 6144) / 8192 = 25%
    expect(summary).toContain('1 of 2 layers reduced, rank removed 48; parameters a factorised form needs 6,144 of 8,192 (25.0% removed); model file 2.00 MB → 1.50 MB.');
    expect(summary).toContain('Cost: 4 screening evaluations (8 of 64 windows each) and 2 on the whole text = 2.5 full-evaluation equivalents.');
    // No wall time in the comment: a second run must render the same comment (report.json has it).
    expect(summary).not.toContain('12 s');
  });

  it('charts screening perplexity against parameters kept along the kept reductions', () => {
    const chart = searchSections(withSearch(search), true).find((s) => s.startsWith('```mermaid'))!;
    expect(chart).toContain('x-axis "parameters kept (k)" ["8.2", "6.1"]');
    expect(chart).toContain('line [4, 4.02]');
    expect(searchSections(withSearch(search), false).some((s) => s.startsWith('```mermaid'))).toBe(false);
  });

  it('lists the path with escaped layer names', () => {
    const table = searchSections(withSearch(search), true).find((s) => s.startsWith('<details>'))!;
    expect(table).toContain('<summary>Search path (5 steps)</summary>');
    expect(table).toContain('| 3 | screen | a\\|b_x | 16 | rank-fraction:0.25 | 4.0200 | +0.50% | accepted |');
    expect(table).toContain('| 4 | screen | c | 16 | detX | 4.5000 | +12.50% | rejected |');
  });

  it('without a search, says why the method ran; the full comment carries the section once', () => {
    expect(searchSections(withSearch(null, 'detX: the default without an eval text'), true)).toEqual(['*Smoothing method detX: the default without an eval text.*']);
    expect(searchSections(withSearch(null), true)).toEqual([]);
    const body = renderReport(withSearch(search), { commentKey: 'k', maxLayers: 100, limit: GITHUB_COMMENT_LIMIT });
    expect(body.split('### Smoothing search').length).toBe(2);
  });
});
