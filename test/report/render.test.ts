/**
 * The comment and the job summary as GitHub shows them: rendered to HTML by cmark-gfm (the GFM
 * reference implementation, with GitHub's extensions) for a pass, a warn, a fail, a first run and
 * a 5,000-layer model, then checked for structure (what comes first, what is collapsed, which
 * tables have how many rows) and for width: every table must fit GitHub's 880 px comment column
 * at its narrowest (each column as wide as its longest unbreakable word; `<wbr>` and spaces break).
 * Under CI=true a missing cmark-gfm fails the suite (.ci/run installs it) instead of skipping.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE_RULES, type GateRules } from '../../src/config/plan.js';
import type { Delta } from '../../src/eval/types.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT, MIN_LAYER_ROWS, renderReport } from '../../src/report/markdown.js';
import { snapshotOf } from '../../src/report/snapshot.js';
import type { LayerSnapshot, Measurements, RunReport } from '../../src/report/types.js';
import { layer, measurements, snapshot } from './fixtures.js';

const cmark = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0;
if (!cmark && process.env['CI'] === 'true') throw new Error('cmark-gfm is not installed: .ci/run installs it with apt (apt-get install cmark-gfm)');
if (!cmark) console.warn('[render] cmark-gfm not found: skipping the rendered-comment tests (apt-get install cmark-gfm)');

function toHtml(md: string): string {
  const r = spawnSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], { input: md, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`cmark-gfm failed: ${r.stderr}`);
  return r.stdout;
}

/** GitHub's comment column; cells have 13 px side padding and a 1 px border. */
const COLUMN_PX = 880;
const CELL_PAD_PX = 27;
/** A generous average advance of GitHub's 14 px sans-serif (digits and capitals ~8 px, lowercase ~7). */
const CHAR_PX = 8;

function decode(s: string): string {
  return s.replace(/&nbsp;/g, '\u00a0').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#8203;/g, '\u200b');
}

/** Width of a cell's longest unbreakable run, in characters (emoji count double). */
function minContentChars(cellHtml: string): number {
  const text = decode(cellHtml.replace(/<wbr>/g, '\u200b').replace(/<[^>]+>/g, ''));
  let best = 0;
  for (const word of text.split(/[ \u200b\n\t-]/)) best = Math.max(best, [...word].reduce((n, ch) => n + (/\p{Extended_Pictographic}/u.test(ch) ? 2 : 1), 0));
  return best;
}

interface Table {
  readonly header: string[];
  readonly rows: string[][];
  /** Narrowest width the table can be laid out in. */
  readonly minPx: number;
}

function tables(html: string): Table[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => {
    const rowsHtml = [...m[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!));
    const cols = Math.max(...rowsHtml.map((r) => r.length));
    let minPx = 0;
    for (let c = 0; c < cols; c++) minPx += Math.max(...rowsHtml.map((r) => minContentChars(r[c] ?? ''))) * CHAR_PX + CELL_PAD_PX;
    return { header: rowsHtml[0]!.map((h) => decode(h.replace(/<[^>]+>/g, ''))), rows: rowsHtml.slice(1), minPx };
  });
}

/** Top-level blocks of the rendered body, in order, as tag + plain text. */
function blocks(html: string): Array<{ tag: string; text: string }> {
  return [...html.matchAll(/^<(h2|p|table|details|pre)[^>]*>([\s\S]*?)(?=^<(?:h2|p|table|details|pre|!--)|(?![\s\S]))/gm)].map((m) => ({ tag: m[1]!, text: decode(m[2]!.replace(/<[^>]+>/g, '')) }));
}

const ci = (low: number, high: number): NonNullable<Delta['ci']> => ({ level: 0.95, relativeLow: low, relativeHigh: high, absoluteLow: low * 10, absoluteHigh: high * 10, probabilityIncrease: 0.97, resamples: 2000, seed: 1, windows: 64 });

function withCis(m: Measurements, smoothed: [number, number] | null, base: [number, number] | null): Measurements {
  const p = m.perplexity;
  return {
    ...m,
    perplexity: {
      ...p,
      smoothedVsOriginal: p.smoothedVsOriginal && smoothed ? { ...p.smoothedVsOriginal, ci: ci(...smoothed) } : p.smoothedVsOriginal,
      headVsBase: p.headVsBase && base ? { ...p.headVsBase, ci: ci(...base) } : p.headVsBase,
    },
  };
}

const NAMES = Array.from({ length: 24 }, (_, i) => `model.layers.${Math.floor(i / 3)}.${['self_attn.q_proj', 'mlp.up_proj', 'mlp.down_proj'][i % 3]}.weight`);
const alphas = (shift: number) => NAMES.map((_, i) => 2.5 + ((i * 0.37) % 3) + shift);

function finish(m: Measurements, rules: GateRules = DEFAULT_GATE_RULES): RunReport {
  return { ...m, verdict: evaluateGate(m, rules) };
}

const scenarios: Record<string, RunReport> = {
  pass: finish(withCis(measurements({ original: snapshot(alphas(0), NAMES), smoothed: snapshot(alphas(0.1), NAMES), base: snapshot(alphas(-0.05), NAMES), pOriginal: 10, pSmoothed: 10.05, pBase: 9.98 }), [0.001, 0.009], [-0.002, 0.006])),
  warn: finish(withCis(measurements({ original: snapshot(alphas(0), NAMES), smoothed: snapshot(alphas(0.1), NAMES), base: snapshot(alphas(0), NAMES), pOriginal: 10, pSmoothed: 10.3, pBase: 10 }), [0.02, 0.04], null)),
  fail: finish(withCis(measurements({ original: snapshot(alphas(0), NAMES), smoothed: snapshot(alphas(0.1), NAMES), base: snapshot(alphas(0), NAMES), pOriginal: 10.6, pSmoothed: 10.7, pBase: 10 }), [0.003, 0.015], [0.04, 0.08])),
  'first run': finish(withCis(measurements({ original: snapshot(alphas(0), NAMES), smoothed: snapshot(alphas(0.1), NAMES), pOriginal: 10, pSmoothed: 10.08 }), [0.004, 0.012], null)),
};

function bigModel(n: number): RunReport {
  const layers: LayerSnapshot[] = Array.from({ length: n }, (_, i) => layer(i, 1.5 + ((i * 0.731) % 6), `model.layers.${Math.floor(i / 7)}.block_sparse_moe.experts.${i % 7}.w${(i % 3) + 1}.weight`));
  const original = snapshotOf(layers);
  const base = snapshotOf(layers.map((l) => ({ ...l, alpha: l.alpha! + 0.01 })));
  return finish(measurements({ original, smoothed: snapshotOf(layers.map((l) => ({ ...l, alpha: l.alpha! + 0.2 }))), base, pOriginal: 10, pSmoothed: 10.1, pBase: 10 }));
}

const RUN = 'https://github.com/o/r/actions/runs/42';
const comment = (r: RunReport) => renderReport(r, { commentKey: 'gate', maxLayers: 200, limit: GITHUB_COMMENT_LIMIT - 512, runUrl: RUN, workspace: '/w' });
const summary = (r: RunReport) => renderReport(r, { maxLayers: Number.MAX_SAFE_INTEGER, limit: GITHUB_SUMMARY_LIMIT - 1024, runUrl: RUN, workspace: '/w' });

describe.skipIf(!cmark)('the comment and the summary rendered by cmark-gfm', () => {
  describe.each(Object.entries(scenarios))('%s', (name, report) => {
    const html = toHtml(comment(report));
    const order = blocks(html);

    it('reads top-down: PR vs base (or first run) first, then smoothing, gate and what to do', () => {
      expect(order[0]!.tag).toBe('h2');
      if (name === 'first run') expect(order[0]!.text).toMatch(/first run, no baseline yet: merge with examples\/baseline-on-main\.yml to get one\s*$/);
      else expect(order[0]!.text).toMatch(/this PR vs base: perplexity [+-]\d+\.\d\d%( \(95% CI [+-]\d+\.\d\d% to [+-]\d+\.\d\d%\))?, mean alpha [+-]\d\.\d{3}\s*$/);
      const verdict = order[1]!;
      expect(verdict.tag).toBe('p');
      expect(verdict.text).toMatch(/Smoothing (✅ pass|⚠️ warn|❌ fail): perplexity: \+\d\.\d\d% \(\+0\.\d{4}\), 95% CI \[/);
      expect(verdict.text.indexOf('Smoothing')).toBeLessThan(verdict.text.indexOf('ww-smooth gate: '));
      if (name !== 'first run') expect(verdict.text.indexOf('This PR vs base')).toBe(0);
      expect(verdict.text.includes('What to do:')).toBe(report.verdict.status !== 'pass');
    });

    it('shows the perplexities with their convention, the checked rules in a table, the skipped ones in one line', () => {
      expect(html).toMatch(/Perplexity<\/strong> original \d+\.\d{4} · smoothed \d+\.\d{4}.*context 256, stride 256, 1000 of 1000 tokens scored, cpu/);
      expect(html).toContain('<h3>Rules</h3>');
      const rules = tables(html)[0]!;
      expect(rules.header).toEqual(['', 'Rule', 'Measured', 'Limits']);
      expect(rules.rows.length).toBe(report.verdict.rules.filter((r) => r.status !== 'skipped').length);
      const skipped = report.verdict.rules.filter((r) => r.status === 'skipped').length;
      expect((html.match(/⏭️ Skipped \d+ rules?/g) ?? []).length).toBe(skipped > 0 ? 1 : 0);
    });

    it('draws the perplexity deltas with their intervals on a scale with zero and the levels', () => {
      const plot = /<pre><code class="language-text">([\s\S]*?)<\/code><\/pre>/.exec(html)![1]!;
      expect(plot).toMatch(/smoothed vs original +[·┆wF├─┤●]+ +\+\d\.\d\d% \(\+\d\.\d\d% to \+\d\.\d\d%\)/);
      expect(plot).toContain('┆');
      expect(plot).toContain('F');
    });

    it('collapses the per-layer table, worst first, and every table fits 880 px', () => {
      const details = /<details><summary>Per-layer metrics \((\d+) layers\) · worst first<\/summary>([\s\S]*?)<\/details>/.exec(html);
      expect(details?.[1]).toBe(String(NAMES.length));
      const layerTable = tables(details![2]!)[0]!;
      expect(layerTable.rows.length).toBe(NAMES.length);
      for (const t of tables(html)) expect(t.minPx, t.header.join(' | ')).toBeLessThanOrEqual(COLUMN_PX);
      expect(html).toContain(`<a href="${RUN}">Workflow run</a>`);
      expect(html).not.toContain('/w/');
    });
  });

  it('a 5,000-layer model: the comment keeps the worst rows (never zero) within the size limit; the summary has them all', () => {
    const r = bigModel(5000);
    const md = comment(r);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT - 512);
    const html = toHtml(md);
    const details = /<details><summary>Per-layer metrics \(5000 layers\) · worst first · (\d+) shown<\/summary>([\s\S]*?)<\/details>/.exec(html)!;
    const shown = Number(details[1]);
    expect(shown).toBeGreaterThanOrEqual(MIN_LAYER_ROWS);
    expect(shown).toBeLessThanOrEqual(200);
    const t = tables(details[2]!)[0]!;
    expect(t.rows.length).toBe(shown);
    // Worst first: the first rows are the layers furthest outside [2, 6].
    const firstAlpha = Number(decode(t.rows[0]![2]!));
    expect(firstAlpha < 2 || firstAlpha > 6).toBe(true);
    expect(details[2]).toContain(`Showing ${shown} of 5000 layers, worst first, to stay within GitHub's size limit; the full table is in the <a href="${RUN}">job summary and the report.json artifact of this run</a>`);
    expect(t.minPx).toBeLessThanOrEqual(COLUMN_PX);

    const sum = summary(r);
    expect(sum.length).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT - 1024);
    const sumTable = tables(/<details><summary>Per-layer metrics \(5000 layers\)<\/summary>([\s\S]*?)<\/details>/.exec(toHtml(sum))![1]!)[0]!;
    expect(sumTable.rows.length).toBe(5000);
    expect(sumTable.rows[0]![0]).toBe('0'); // model order in the summary
  }, 120_000);

  it('the width check is not vacuous: the old per-layer table (eight columns, unbreakable names) is wider than 880 px', () => {
    const name = 'model.layers.23.block_sparse_moe.experts.7.w2.weight';
    const old = ['| # | Layer | Shape | alpha | alpha smoothed | k / rank | alpha base | Warning |', '|---|---|---|---|---|---|---|---|', `| 1234 | ${name} | 14336×4096 | 3.142 | 3.250 | 512 / 4096 | 3.100 | under-trained |`].join('\n');
    expect(tables(toHtml(old))[0]!.minPx).toBeGreaterThan(COLUMN_PX);
  });

  it('a 100,000-layer model: the summary shortens to fit 1 MiB but never to zero rows, and links the artifact', () => {
    const sum = summary(bigModel(100_000));
    expect(sum.length).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT - 1024);
    const m = /Per-layer metrics \(100000 layers\) · (\d+) shown/.exec(sum)!;
    expect(Number(m[1])).toBeGreaterThan(1000);
    expect(sum).toContain('report.json artifact');
  }, 240_000);
});
