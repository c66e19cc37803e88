/**
 * Markdown for the PR comment and the job summary, rendered from a RunReport (pure functions),
 * written for a reviewer reading top-down:
 *   1. what this PR did to the model versus base (or: first run, no baseline yet, and how to get one),
 *   2. what smoothing did, as its own verdict, then the gate's overall verdict and, on warn or
 *      fail, what to do;
 *   3. the perplexities with the convention they were measured under, the checked rules, the
 *      skipped ones in one line;
 *   4. charts (perplexity deltas with their intervals; alpha per block in a collapsed section);
 *   5. the per-layer table (collapsed, worst layers first in the comment), links, provenance.
 * The body is a list of sections (`SECTIONS`); a new section is one more entry. The per-layer
 * table is the only part shortened to fit a size budget (GitHub refuses comments over 65,536
 * characters), never below a few rows, and the text says where the full table is.
 */
import { markdownTable } from 'markdown-table';
import * as path from 'node:path';
import type { PerplexityResult } from '../eval/types.js';
import { describeConvention } from '../eval/convention.js';
import { auditSection } from './audit.js';
import { alphaCharts, forestPlot, type ForestRow } from './charts.js';
import { escapeMarkdown, markerKey } from './escape.js';
import { fmtPercent, fmtPerplexity, fmtSigned, plural } from './format.js';
import { layerTable, type LayerOrder } from './layers.js';
import type { ModelIdentity, RuleResult, RuleScope, RuleStatus, RunReport, VerdictStatus } from './types.js';
import { probeSections } from './probe.js';
import { searchSections } from './search.js';

/** GitHub's limit for issue/PR comment and review bodies. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The step summary upload is aborted above 1024k. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/** The per-layer table never shrinks below this many rows (or the layer count). */
export const MIN_LAYER_ROWS = 10;

export interface RenderOptions {
  /** Hidden marker key (comment-key); omitted for the job summary. */
  readonly commentKey?: string;
  /** Upper bound on per-layer rows before any size-driven shortening. */
  readonly maxLayers: number;
  /** Character budget of the whole body. */
  readonly limit: number;
  /** Link to the workflow run (its job summary and artifacts). */
  readonly runUrl?: string;
  /**
   * The workspace (GITHUB_WORKSPACE, or the CLI's working folder) paths were given in: a local
   * path under it is shown relative to it, never as the runner's absolute path.
   */
  readonly workspace?: string;
  /** Healthy alpha range of the gate (default 2..6), for the charts and the layer ordering. */
  readonly alphaRange?: { readonly min: number; readonly max: number };
  /** Per-layer order: worst first (default for a comment) or model order (default for the summary). */
  readonly layerOrder?: LayerOrder;
}

export function commentMarker(key: string): string {
  return `<!-- ww-smooth-comment key=${markerKey(key)} -->`;
}

const ICON: Record<RuleStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', skipped: '⏭️' };
const STATUS_WORD: Record<VerdictStatus, string> = { pass: 'passed', warn: 'passed with warnings', fail: 'failed' };

/** What a reviewer can do about a rule at warn or fail, by rule id (others fall back to the rule's reason). */
export const WHAT_TO_DO: Readonly<Record<string, string>> = {
  'perplexity.smoothed-vs-original':
    'smoothing costs more perplexity than allowed: smooth fewer layers (e.g. `layers: last:2`), keep more of each layer (a larger `rank-fraction` or `percent` value), or raise `max-perplexity-increase` if the trade is acceptable',
  'perplexity.head-vs-base':
    "this PR's model scores worse than base on the eval text: check the training or conversion change; if it is intended, raise `max-base-perplexity-increase`",
  'alpha.new-outside-range': 'layers left the healthy alpha range: the per-layer table below lists them first; retrain or exclude them, or raise `max-new-layers-outside-alpha`',
  'alpha.mean-change': 'the mean alpha moved against base: compare the per-layer Δ column below; raise `max-mean-alpha-change` if the shift is intended',
  'alpha.over-trained': 'layers have alpha below the band (over-trained): smoothing them (`layers:`) or earlier stopping usually helps',
  'alpha.under-trained': 'layers have alpha above the band (under-trained): they may need more training',
};

/** Everything a section needs: the report, the options, and the size knobs of this attempt. */
interface RenderContext {
  readonly report: RunReport;
  readonly opts: RenderOptions;
  readonly layerRows: number;
  readonly charts: boolean;
}

type Section = (c: RenderContext) => string | null;

/** The body, top to bottom. */
const SECTIONS: readonly Section[] = [
  (c) => (c.opts.commentKey !== undefined ? commentMarker(c.opts.commentKey) : null),
  headline,
  verdictLines,
  perplexityLine,
  rulesSection,
  skippedLine,
  (c) => probeSections(c.report, (file) => modelLabel({ source: file, path: file }, c.opts.workspace)).join('\n\n') || null,
  (c) => (c.charts ? chartsSection(c) : null),
  (c) => searchSections(c.report, c.charts).join('\n\n') || null,
  (c) => auditSection(c.report, c.opts.alphaRange),
  layerSection,
  linksLine,
  footer,
];

/** Renders the full body, shortening the per-layer table until it fits `opts.limit`. */
export function renderReport(report: RunReport, opts: RenderOptions): string {
  const total = report.spectral.original.layers.length;
  const floor = Math.min(total, MIN_LAYER_ROWS);
  // A table row is never shorter than ~64 characters: start from what can fit, not from 100,000 rows.
  let rows = Math.min(total, Math.max(Math.min(opts.maxLayers, Math.floor(opts.limit / 64)), floor));
  let charts = true;
  for (;;) {
    const body = assemble({ report, opts, layerRows: rows, charts });
    if (body.length <= opts.limit) return body;
    if (rows > floor) {
      // Shrink proportionally to the overshoot, at least by one row, so this converges fast.
      const perRow = Math.max(1, (body.length - assemble({ report, opts, layerRows: 0, charts }).length) / Math.max(rows, 1));
      rows = Math.max(floor, Math.min(rows - 1, Math.floor(rows - (body.length - opts.limit) / perRow) - 1));
      continue;
    }
    if (charts) {
      charts = false;
      continue;
    }
    // Nothing left to shorten but the rules themselves (a pathological config): cut hard.
    const note = '\n\n*(report cut to fit the size limit; see report.json)*\n';
    return body.slice(0, opts.limit - note.length) + note;
  }
}

function assemble(c: RenderContext): string {
  return (
    SECTIONS.map((s) => s(c))
      .filter((s): s is string => s !== null && s !== '')
      .join('\n\n') + '\n'
  );
}

function rulesIn(report: RunReport, scopes: readonly RuleScope[]): RuleResult[] {
  return report.verdict.rules.filter((r) => scopes.includes(r.scope ?? scopeOf(r.id)));
}

/** Scope of a rule from a report written before scopes were recorded. */
function scopeOf(id: string): RuleScope {
  if (id === 'perplexity.smoothed-vs-original') return 'smoothing';
  if (id === 'perplexity.head-vs-base' || id === 'alpha.new-outside-range' || id === 'alpha.mean-change') return 'vs-base';
  return 'model';
}

function worst(rules: readonly RuleResult[]): VerdictStatus {
  return rules.some((r) => r.status === 'fail') ? 'fail' : rules.some((r) => r.status === 'warn') ? 'warn' : 'pass';
}

function measured(rules: readonly RuleResult[]): string {
  return rules
    .filter((r) => r.valueText !== '—')
    .map((r) => `${shortTitle(r)}: ${escapeMarkdown(r.valueText)}`)
    .join(' · ');
}

/** "perplexity", "mean alpha", ... : the rule's title without the comparison it names. */
function shortTitle(r: RuleResult): string {
  const t = r.title.replace(/,? (smoothed vs original|head vs base)$/i, '').replace(/ vs base( \(absolute\))?$/i, '');
  const short = t.replace(/^Perplexity increase$/, 'perplexity').replace(/^Mean alpha change$/, 'mean alpha');
  return escapeMarkdown(short.charAt(0).toLowerCase() + short.slice(1));
}

/** Line 1: what this PR did to the model versus base, or the first-run notice. */
function headline(c: RenderContext): string {
  if (c.report.baseline.source === 'none') {
    // Nothing to compare with: the icon is the whole gate's, so a failing run never opens with ✅.
    return `## ${ICON[c.report.verdict.status]} ww-smooth · first run, no baseline yet: merge with examples/baseline-on-main.yml to get one`;
  }
  const icon = ICON[worst(rulesIn(c.report, ['vs-base', 'model']))];
  return `## ${icon} ww-smooth · this PR vs base: ${changeSummary(c.report) || 'no comparable measurement'}`;
}

/** "perplexity +7.14% (95% CI +6.44% to +7.90%), mean alpha +0.230, 2 layers newly outside [2, 6]". */
function changeSummary(r: RunReport): string {
  const parts: string[] = [];
  const d = r.perplexity.headVsBase;
  if (d) {
    const ci = d.ci ? ` (${+(d.ci.level * 100).toPrecision(4)}% CI ${fmtPercent(d.ci.relativeLow)} to ${fmtPercent(d.ci.relativeHigh)})` : '';
    parts.push(`perplexity ${fmtPercent(d.relative)}${ci}`);
  }
  const head = r.spectral.original.meanAlpha;
  const base = r.spectral.base?.meanAlpha ?? null;
  if (head !== null && base !== null) parts.push(`mean alpha ${fmtSigned(head - base, 3)}`);
  const fresh = r.verdict.rules.find((x) => x.id === 'alpha.new-outside-range');
  if (fresh && fresh.value !== null && fresh.value > 0) parts.push(`${fresh.value} ${plural(fresh.value, 'layer')} newly outside the alpha band`);
  return parts.join(', ');
}

function verdictLines(c: RenderContext): string {
  const r = c.report;
  const lines: string[] = [];
  if (r.baseline.source === 'none') {
    lines.push(`**No baseline:** ${escapeMarkdown(r.baseline.note)}.`);
  } else {
    const vsBase = rulesIn(r, ['vs-base']).filter((x) => x.status !== 'skipped');
    const status = vsBase.length ? `${ICON[worst(vsBase)]} ${worst(vsBase)}` : '⏭️ not gated';
    lines.push(`**This PR vs base** ${status}: ${measured(rulesIn(r, ['vs-base'])) || 'nothing measured'} (baseline: ${escapeMarkdown(r.baseline.note)}).`);
  }
  const smoothing = rulesIn(r, ['smoothing']);
  if (r.smoothing) {
    const checked = smoothing.filter((x) => x.status !== 'skipped');
    const status = checked.length ? `${ICON[worst(checked)]} ${worst(checked)}` : '⏭️ not gated';
    const what = measured(smoothing);
    const layers = `${r.smoothing.layers.length} of ${r.spectral.original.layers.length} ${plural(r.spectral.original.layers.length, 'layer')} smoothed (${escapeMarkdown(r.smoothing.method)})`;
    lines.push(`**Smoothing** ${status}: ${what ? `${what} vs original; ` : ''}${layers}.`);
  } else {
    lines.push('**Smoothing:** not applied.');
  }
  const v = r.verdict;
  const failing = v.rules.filter((x) => x.status === v.status);
  const counted = v.rules.filter((x) => x.status !== 'skipped').length;
  const gate =
    v.status === 'pass'
      ? `**${ICON.pass} ww-smooth gate: passed** (${counted} checked ${plural(counted, 'rule')}).`
      : `**${ICON[v.status]} ww-smooth gate: ${STATUS_WORD[v.status]}**: ${failing.length} of ${counted} checked ${plural(counted, 'rule')} at ${v.status} level (${failing.map((x) => escapeMarkdown(x.title)).join('; ')}).`;
  lines.push(gate);
  if (v.status !== 'pass') {
    const hints = [...new Set(failing.map((x) => WHAT_TO_DO[x.id] ?? `${escapeMarkdown(x.title)}: ${escapeMarkdown(x.reason)}`))];
    lines.push(`**What to do:** ${hints.join('; ')}.`);
  }
  // Two trailing spaces: a hard line break inside one paragraph (no HTML needed).
  return lines.join('  \n');
}

function pplCell(p: PerplexityResult | null): string | null {
  return p ? fmtPerplexity(p.perplexity) : null;
}

/** Perplexities with the convention they were measured under (the same for all of them). */
function perplexityLine(c: RenderContext): string {
  const p = c.report.perplexity;
  const parts: string[] = [];
  for (const [label, r] of [['original', p.original], ['smoothed', p.smoothed], ['base', p.base]] as const) {
    const cell = pplCell(r);
    if (cell !== null) parts.push(`${label} ${cell}`);
  }
  if (parts.length === 0) return `**Perplexity:** not measured (${escapeMarkdown(p.note || 'no eval text')}).`;
  const ref = p.original ?? p.smoothed ?? p.base!;
  const base = p.base && (p.base.context !== ref.context || p.base.tokensScored !== ref.tokensScored) ? `; base: ${describeConvention(p.base)}` : '';
  return `**Perplexity** ${parts.join(' · ')} <sub>(${describeConvention(ref)}, ${ref.device}${base})</sub>`;
}

function rulesSection(c: RenderContext): string | null {
  const checked = c.report.verdict.rules.filter((r) => r.status !== 'skipped');
  if (checked.length === 0) return null;
  const rows = [['', 'Rule', 'Measured', 'Limits']];
  for (const r of checked) {
    const why = r.status === 'pass' || !r.reason ? '' : ` — ${escapeMarkdown(r.reason)}`;
    rows.push([ICON[r.status], `${escapeMarkdown(r.title)}${why}`, escapeMarkdown(r.valueText), escapeMarkdown(r.limitText)]);
  }
  return `### Rules\n\n${markdownTable(rows, { alignDelimiters: false })}`;
}

/** Skipped rules in one line, grouped by reason. */
function skippedLine(c: RenderContext): string | null {
  const skipped = c.report.verdict.rules.filter((r) => r.status === 'skipped');
  if (skipped.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const r of skipped) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r.id]);
  const groups = [...byReason].map(([reason, ids]) => `${ids.map((id) => `\`${markerKey(id)}\``).join(', ')} (${escapeMarkdown(reason)})`);
  return `<sub>${ICON.skipped} Skipped ${skipped.length} ${plural(skipped.length, 'rule')}: ${groups.join('; ')}</sub>`;
}

function relLevel(r: RuleResult | undefined, which: 'warn' | 'fail'): number | null {
  if (!r) return null;
  // Relative levels are written "…%" in the limit text; absolute ones ("pt") are not drawn on a % scale.
  const m = new RegExp(`${which} > ([0-9.]+)%`).exec(r.limitText);
  return m ? Number(m[1]) / 100 : null;
}

function chartsSection(c: RenderContext): string | null {
  const p = c.report.perplexity;
  const rule = (id: string): RuleResult | undefined => c.report.verdict.rules.find((r) => r.id === id);
  const rows: ForestRow[] = [];
  const add = (label: string, d: typeof p.smoothedVsOriginal, id: string): void => {
    if (d) rows.push({ label, delta: d, warn: relLevel(rule(id), 'warn'), fail: relLevel(rule(id), 'fail') });
  };
  add('smoothed vs original', p.smoothedVsOriginal, 'perplexity.smoothed-vs-original');
  add('head vs base', p.headVsBase, 'perplexity.head-vs-base');
  const parts: string[] = [];
  const forest = forestPlot(rows);
  if (forest) parts.push(`**Perplexity change** (relative; lower is better)\n\n${forest}`);
  const charts = alphaCharts(c.report, c.opts.alphaRange);
  if (charts.length) parts.push(`<details><summary>Alpha per block (${charts.length} ${plural(charts.length, 'chart')})</summary>\n\n${charts.join('\n\n')}\n\n</details>`);
  return parts.length ? parts.join('\n\n') : null;
}

function layerSection(c: RenderContext): string {
  const { report, opts } = c;
  const layers = report.spectral.original.layers;
  if (layers.length === 0) return '*No dense layer was analysed.*';
  const order: LayerOrder = opts.layerOrder ?? (opts.commentKey !== undefined ? 'worst' : 'model');
  const rows = Math.min(c.layerRows, layers.length);
  const shortened = rows < layers.length;
  const unchanged = unchangedAlphaCount(report);
  const smoothedCount = report.smoothing?.layers.length ?? 0;
  const footnote =
    unchanged > 0
      ? `\n\n*alpha smoothed equals alpha for ${unchanged} of ${smoothedCount} smoothed ${plural(smoothedCount, 'layer')}: truncation keeps the top-k eigenvalues exactly, so when the power-law tail (eigenvalues ≥ xmin) lies within them the fit is unchanged. This is expected, not an error.*`
      : '';
  const where = opts.runUrl ? `the [job summary and the report.json artifact of this run](${opts.runUrl})` : 'the job summary and report.json';
  const note = shortened
    ? `\n\n*Showing ${rows} of ${layers.length} ${plural(layers.length, 'layer')}${order === 'worst' ? ', worst first,' : ''} to stay within GitHub's size limit; the full table is in ${where}.*`
    : '';
  const what = [order === 'worst' ? ' · worst first' : '', shortened ? ` · ${rows} shown` : ''].join('');
  return `<details><summary>Per-layer metrics (${layers.length} ${plural(layers.length, 'layer')})${what}</summary>\n\n${layerTable(report, rows, order, opts.alphaRange)}${footnote}${note}\n\n</details>`;
}

/** Smoothed layers whose alpha after smoothing equals the original alpha (to 1e-9 relative). */
function unchangedAlphaCount(report: RunReport): number {
  const smoothedAlpha = new Map((report.spectral.smoothed?.layers ?? []).map((l) => [l.name, l.alpha]));
  const original = new Map(report.spectral.original.layers.map((l) => [l.name, l.fit === 'success' ? l.alpha : null]));
  let n = 0;
  for (const s of report.smoothing?.layers ?? []) {
    const before = original.get(s.name) ?? s.alphaBefore;
    const after = smoothedAlpha.get(s.name) ?? s.alphaAfter;
    if (before === null || before === undefined || after === null || after === undefined) continue;
    if (Number.isFinite(before) && Math.abs(after - before) <= 1e-9 * Math.max(1, Math.abs(before))) n++;
  }
  return n;
}

function linksLine(c: RenderContext): string | null {
  const parts: string[] = [];
  if (c.opts.runUrl) parts.push(`[Workflow run](${c.opts.runUrl})`, `[artifacts (report.json${c.report.smoothing?.outputPath ? ', smoothed model' : ''})](${c.opts.runUrl}#artifacts)`);
  const out = c.report.smoothing?.outputPath;
  if (out) parts.push(`smoothed model \`${escapeCode(workspacePath(out, c.opts.workspace))}\``);
  return parts.length ? parts.join(' · ') : null;
}

function footer(c: RenderContext): string {
  const r = c.report;
  const model = `model \`${r.model.sha256.slice(0, 12)}\` (${escapeMarkdown(modelLabel(r.model, c.opts.workspace))}, ${r.model.format})`;
  return `<sub>ww-smooth ${escapeMarkdown(r.tool.version)} · ${model} · config \`${r.configHash.slice(0, 12)}\` · model sha256 \`${r.model.sha256}\`</sub>`;
}

/** Text for inside backticks: no backtick or line break can end the span early. */
function escapeCode(s: string): string {
  return s.replace(/[`\r\n]/g, ' ');
}

/** A local path relative to the workspace when it lies inside it; as given otherwise. */
export function workspacePath(p: string, workspace?: string): string {
  if (!workspace || !path.isAbsolute(p)) return p;
  const rel = path.relative(path.resolve(workspace), path.resolve(p));
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
}

/**
 * The model as the user gave it: a URL as given (already redacted), a local path relative to the
 * workspace when it lies inside it, and for a glob the glob plus the file it matched.
 */
export function modelLabel(model: Pick<ModelIdentity, 'source' | 'path'>, workspace?: string): string {
  const { source } = model;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  if (/[*?]/.test(source) && model.path) return `${workspacePath(source, workspace)} → ${workspacePath(model.path, workspace)}`;
  return workspacePath(source, workspace);
}
