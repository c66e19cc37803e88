/**
 * The rendered comment/summary (src/report/markdown.ts): how the model is named, plurals, how
 * rule cells read in the raw text, and the footnote for smoothed layers whose alpha is unchanged.
 * Reports are built by hand (test/report/fixtures.ts), so every expected text follows from them.
 */
import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, modelLabel, renderReport } from '../../src/report/markdown.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { DEFAULT_GATE_RULES } from '../../src/config/plan.js';
import type { RunReport } from '../../src/report/types.js';
import { measurements, report, snapshot } from './fixtures.js';

const WS = '/home/runner/work/repo/repo';
const render = (r: RunReport, workspace?: string) => renderReport(r, { commentKey: 'k', maxLayers: 100, limit: GITHUB_COMMENT_LIMIT, ...(workspace ? { workspace } : {}) });
const withModel = (source: string, file: string): RunReport => {
  const r = report();
  return { ...r, model: { ...r.model, source, path: file } };
};

describe('model label', () => {
  it('a local path under the workspace is shown relative to it', () => {
    expect(modelLabel({ source: `${WS}/models/m.onnx`, path: `${WS}/models/m.onnx` }, WS)).toBe('models/m.onnx');
    expect(modelLabel({ source: `${WS}/models/m.onnx`, path: '' }, `${WS}/`)).toBe('models/m.onnx');
  });
  it('a relative path, a path outside the workspace and a URL are shown as given', () => {
    expect(modelLabel({ source: 'models/m.onnx', path: `${WS}/models/m.onnx` }, WS)).toBe('models/m.onnx');
    expect(modelLabel({ source: '/opt/models/m.onnx', path: '/opt/models/m.onnx' }, WS)).toBe('/opt/models/m.onnx');
    expect(modelLabel({ source: `${WS}-other/m.onnx`, path: '' }, WS)).toBe(`${WS}-other/m.onnx`);
    expect(modelLabel({ source: 'https://huggingface.co/o/m/resolve/main/model.onnx', path: `${WS}/ww-smooth-report/download/model.onnx` }, WS)).toBe(
      'https://huggingface.co/o/m/resolve/main/model.onnx',
    );
  });
  it('a glob is shown with the file it matched', () => {
    expect(modelLabel({ source: 'models/*.onnx', path: `${WS}/models/a.onnx` }, WS)).toBe('models/*.onnx → models/a.onnx');
  });
  it('the comment names the model relative to the workspace, not by the runner path', () => {
    const body = render(withModel(`${WS}/models/model.onnx`, `${WS}/models/model.onnx`), WS);
    expect(body).toContain('(models/model.onnx, onnx)');
    expect(body).not.toContain('/home/runner');
    // Without a workspace nothing is guessed.
    expect(render(withModel(`${WS}/models/model.onnx`, ''))).toContain(`(${WS}/models/model.onnx, onnx)`);
  });
});

describe('plurals', () => {
  it('one layer and one checked rule are singular', () => {
    const rules = { ...DEFAULT_GATE_RULES, perplexityIncrease: { warn: null, fail: null }, basePerplexityIncrease: { warn: null, fail: null } };
    const m = measurements({ original: snapshot([3]), smoothed: snapshot([3.5]), rules });
    const v = evaluateGate(m, { ...rules, overTrained: { warn: null, fail: 5 }, underTrained: { warn: null, fail: null } });
    expect(v.headline).toBe('pass: 1 checked rule passed');
    const body = render({ ...m, verdict: v });
    expect(body).toContain('Per-layer metrics (1 layer)');
    expect(body).not.toMatch(/\b1 (checked )?(rules|layers)\b/);
  });
  it('several stay plural', () => {
    const r = report({ rules: { ...DEFAULT_GATE_RULES, overTrained: { warn: null, fail: 5 }, underTrained: { warn: null, fail: 5 } } });
    expect(r.verdict.headline).toBe('pass: 3 checked rules passed');
    expect(render(r)).toContain('Per-layer metrics (3 layers)');
  });
});

describe('rule cells are not over-escaped', () => {
  it('deltas, parentheses and plus signs appear as written', () => {
    const r = report({ pSmoothed: 10.4, rules: { ...DEFAULT_GATE_RULES, perplexityIncrease: { warn: null, fail: { kind: 'relative', value: 0.03 } }, overTrained: { warn: null, fail: 5 } } });
    const body = render(r);
    expect(body).toContain('| ❌ | Perplexity increase, smoothed vs original — increase above the fail level 3% | +4.00% (+0.4000) | fail &gt; 3% |');
    expect(body).toContain('Over-trained layers (alpha &lt; 2)');
    expect(body).not.toMatch(/\\[+()]/);
  });
});

describe('footnote for unchanged alpha after smoothing', () => {
  const note = /alpha smoothed equals alpha for (\d+) of (\d+) smoothed layers?: truncation keeps the top-k eigenvalues/;
  it('is there, with the count, when smoothed layers keep their alpha', () => {
    const m = measurements({ original: snapshot([3, 4, 5]), smoothed: snapshot([3, 4.2, 5]) });
    const body = render({ ...m, verdict: evaluateGate(m, DEFAULT_GATE_RULES) });
    const got = note.exec(body);
    expect(got?.slice(1)).toEqual(['2', '3']);
    // Inside the collapsed per-layer section.
    const start = body.indexOf('<details><summary>Per-layer metrics');
    expect(body.indexOf(got![0])).toBeGreaterThan(start);
    expect(body.indexOf(got![0])).toBeLessThan(body.indexOf('</details>', start));
  });
  it('is absent when every smoothed alpha moved', () => {
    expect(render(report())).not.toMatch(note);
  });
});
