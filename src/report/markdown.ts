/**
 * Markdown for the PR comment and the job summary, rendered from a RunReport (pure functions).
 * Order: verdict, summary table, rules, charts (Mermaid, rendered by GitHub itself: no image is
 * uploaded anywhere), then the per-layer table in a collapsed section. The per-layer part is the
 * only part that is shortened to fit a size budget (GitHub refuses comments over 65,536
 * characters), and the text says when it was.
 */
import { layerLabel } from '../model/names.js';
import { markdownTable } from 'markdown-table';
import * as path from 'node:path';
import type { PerplexityResult } from '../eval/types.js';
import { escapeMarkdown, markerKey } from './escape.js';
import { probeSections } from './probe.js';
import { fmtDelta, fmtNum, plural } from './format.js';
import type { ModelIdentity, RuleStatus, RunReport, SpectralSnapshot, VerdictStatus } from './types.js';

/** GitHub's limit for issue/PR comment and review bodies. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The step summary upload is aborted above 1024k. */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;

export interface RenderOptions {
  /** Hidden marker key (comment-key); omitted for the job summary. */
  readonly commentKey?: string;
  /** Upper bound on per-layer rows before any size-driven shortening. */
  readonly maxLayers: number;
  /** Character budget of the whole body. */
  readonly limit: number;
  /** Link to the run (job summary and artifacts), shown when the per-layer part is shortened. */
  readonly runUrl?: string;
  /**
   * The workspace (GITHUB_WORKSPACE) the model path was given in: a local model under it is
   * shown relative to it, never as the runner's absolute path.
   */
  readonly workspace?: string;
}

export function commentMarker(key: string): string {
  return `<!-- ww-smooth-comment key=${markerKey(key)} -->`;
}

const STATUS_ICON: Record<RuleStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', skipped: '⏭️ skipped' };
const VERDICT_TITLE: Record<VerdictStatus, string> = {
  pass: '✅ ww-smooth gate: passed',
  warn: '⚠️ ww-smooth gate: passed with warnings',
  fail: '❌ ww-smooth gate: failed',
};

/** Renders the full body, shortening the per-layer table until it fits `opts.limit`. */
export function renderReport(report: RunReport, opts: RenderOptions): string {
  const total = report.spectral.original.layers.length;
  let rows = Math.min(total, opts.maxLayers);
  let charts = true;
  for (;;) {
    const body = assemble(report, opts, rows, charts);
    if (body.length <= opts.limit) return body;
    if (rows > 0) {
      // Shrink proportionally to the overshoot, at least by one row, so this converges fast.
      const perRow = Math.max(1, (body.length - head(report, opts, charts).length) / Math.max(rows, 1));
      rows = Math.max(0, Math.min(rows - 1, Math.floor(rows - (body.length - opts.limit) / perRow) - 1));
      continue;
    }
    if (charts) {
      charts = false;
      continue;
    }
    // Nothing left to shorten but the rules themselves (a pathological config): cut hard.
    const note = '\n\n*(report cut to fit the size limit; see the job summary)*\n';
    return body.slice(0, opts.limit - note.length) + note;
  }
}

function head(report: RunReport, opts: RenderOptions, charts: boolean): string {
  return assemble(report, opts, 0, charts);
}

function assemble(report: RunReport, opts: RenderOptions, layerRows: number, charts: boolean): string {
  const parts: string[] = [];
  if (opts.commentKey !== undefined) parts.push(commentMarker(opts.commentKey));
  parts.push(`## ${VERDICT_TITLE[report.verdict.status]}`);
  parts.push(`**${escapeMarkdown(report.verdict.headline)}**`);
  parts.push(`Model \`${report.model.sha256.slice(0, 12)}\` (${escapeMarkdown(modelLabel(report.model, opts.workspace))}, ${report.model.format}). ${baselineLine(report)}`);
  parts.push(summaryTable(report));
  parts.push('### Rules');
  parts.push(rulesTable(report));
  parts.push(...probeSections(report, (file) => modelLabel({ source: file, path: file }, opts.workspace)));
  if (charts) parts.push(...chartSections(report));
  parts.push(layerSection(report, layerRows, opts));
  parts.push(
    `<sub>ww-smooth ${escapeMarkdown(report.tool.version)} · config \`${report.configHash.slice(0, 12)}\` · model sha256 \`${report.model.sha256}\`</sub>`,
  );
  return parts.join('\n\n') + '\n';
}

/**
 * The model as the user gave it: a URL as given (already redacted), a local path relative to the
 * workspace when it lies inside it, and for a glob the glob plus the file it matched.
 */
export function modelLabel(model: Pick<ModelIdentity, 'source' | 'path'>, workspace?: string): string {
  const { source } = model;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  const shown = (p: string): string => {
    if (!workspace || !path.isAbsolute(p)) return p;
    const rel = path.relative(path.resolve(workspace), path.resolve(p));
    return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? p : rel.split(path.sep).join('/');
  };
  if (/[*?]/.test(source) && model.path) return `${shown(source)} → ${shown(model.path)}`;
  return shown(source);
}

function baselineLine(report: RunReport): string {
  const b = report.baseline;
  if (b.source === 'none') return `**No baseline:** ${escapeMarkdown(b.note)}`;
  return `Baseline: ${escapeMarkdown(b.note)}`;
}

function fmtPpl(p: PerplexityResult | null): string {
  return p ? `${p.perplexity.toFixed(4)} (${p.tokensScored} tokens, ${p.device})` : '—';
}

function snapshotCells(s: SpectralSnapshot | null, pick: (s: SpectralSnapshot) => string): string {
  return s ? pick(s) : '—';
}

function summaryTable(report: RunReport): string {
  const { original, smoothed, base } = report.spectral;
  const p = report.perplexity;
  const rows: string[][] = [
    ['Metric', 'Original (head)', 'Smoothed', 'Base'],
    ['Perplexity', fmtPpl(p.original), fmtPpl(p.smoothed), fmtPpl(p.base)],
    ['Δ perplexity', '', p.smoothedVsOriginal ? `${fmtDelta(p.smoothedVsOriginal)} vs original` : '—', p.headVsBase ? `head ${fmtDelta(p.headVsBase)} vs base` : '—'],
    ['Mean alpha (successful fits)', fmtNum(original.meanAlpha), snapshotCells(smoothed, (s) => fmtNum(s.meanAlpha)), snapshotCells(base, (s) => fmtNum(s.meanAlpha))],
    ['Over-trained layers', String(original.overTrained), snapshotCells(smoothed, (s) => String(s.overTrained)), snapshotCells(base, (s) => String(s.overTrained))],
    ['Under-trained layers', String(original.underTrained), snapshotCells(smoothed, (s) => String(s.underTrained)), snapshotCells(base, (s) => String(s.underTrained))],
    ['Failed fits / layers', `${original.failedFits} / ${original.layers.length}`, snapshotCells(smoothed, (s) => `${s.failedFits} / ${s.layers.length}`), snapshotCells(base, (s) => `${s.failedFits} / ${s.layers.length}`)],
  ];
  if (report.smoothing) rows.push(['Layers smoothed', '', `${report.smoothing.layers.length} (${escapeMarkdown(report.smoothing.method)})`, '']);
  const table = markdownTable(rows, { alignDelimiters: false });
  return p.note ? `${table}\n\n${escapeMarkdown(p.note)}` : table;
}

function rulesTable(report: RunReport): string {
  const rows = [['Status', 'Rule', 'Measured', 'Limits', 'Note']];
  for (const r of report.verdict.rules) {
    rows.push([STATUS_ICON[r.status], escapeMarkdown(r.title), escapeMarkdown(r.valueText), escapeMarkdown(r.limitText), escapeMarkdown(r.reason)]);
  }
  return markdownTable(rows, { alignDelimiters: false });
}

/** Mermaid xychart-beta: labels are layer indices (never model text), values plain numbers. */
export function chartSections(report: RunReport): string[] {
  const out: string[] = [];
  const smoothedAlpha = new Map<string, number | null>((report.spectral.smoothed?.layers ?? []).map((l) => [l.name, l.alpha]));
  const points = report.spectral.original.layers
    .filter((l) => l.alpha !== null && Number.isFinite(l.alpha))
    .map((l) => ({ index: l.index, a: l.alpha as number, s: smoothedAlpha.get(l.name) ?? null }));
  if (points.length > 0) {
    const hasSmoothed = report.spectral.smoothed !== null && points.every((p) => p.s !== null && Number.isFinite(p.s));
    const all = points.flatMap((p) => (hasSmoothed ? [p.a, p.s as number] : [p.a]));
    const lo = Math.floor(Math.min(...all, 0));
    const hi = Math.ceil(Math.max(...all, 6));
    const lines = [
      '```mermaid',
      'xychart-beta',
      `    title "Alpha per layer${hasSmoothed ? ': original (1st line) vs smoothed (2nd line)' : ''}"`,
      `    x-axis "layer index" [${points.map((p) => p.index).join(', ')}]`,
      `    y-axis "alpha" ${lo} --> ${hi}`,
      `    line [${points.map((p) => num(p.a)).join(', ')}]`,
    ];
    if (hasSmoothed) lines.push(`    line [${points.map((p) => num(p.s as number)).join(', ')}]`);
    lines.push('```');
    out.push(lines.join('\n'));
  }
  const p = report.perplexity;
  const bars: Array<[string, number]> = [];
  if (p.original) bars.push(['original', p.original.perplexity]);
  if (p.smoothed) bars.push(['smoothed', p.smoothed.perplexity]);
  if (p.base) bars.push(['base', p.base.perplexity]);
  if (bars.length > 0) {
    const max = Math.max(...bars.map((b) => b[1]));
    out.push(
      [
        '```mermaid',
        'xychart-beta',
        '    title "Perplexity (lower is better)"',
        `    x-axis [${bars.map((b) => `"${b[0]}"`).join(', ')}]`,
        `    y-axis "perplexity" 0 --> ${num(max * 1.1)}`,
        `    bar [${bars.map((b) => num(b[1])).join(', ')}]`,
        '```',
      ].join('\n'),
    );
  }
  return out;
}

function num(v: number): string {
  return Number.isFinite(v) ? String(+v.toPrecision(6)) : '0';
}

function layerSection(report: RunReport, rows: number, opts: RenderOptions): string {
  const layers = report.spectral.original.layers;
  const smoothedAlpha = new Map((report.spectral.smoothed?.layers ?? []).map((l) => [l.name, l.alpha]));
  const smoothInfo = new Map((report.smoothing?.layers ?? []).map((l) => [l.name, l]));
  const baseAlpha = new Map((report.spectral.base?.layers ?? []).map((l) => [l.name, l.alpha]));
  const table: string[][] = [['#', 'Layer', 'Shape', 'alpha', 'alpha smoothed', 'k / rank', 'alpha base', 'Warning']];
  for (const l of layers.slice(0, rows)) {
    const s = smoothInfo.get(l.name);
    table.push([
      String(l.index),
      escapeMarkdown(layerLabel(l)),
      `${l.shape[0]}×${l.shape[1]}`,
      l.fit === 'success' ? fmtNum(l.alpha) : l.fit,
      fmtNum(smoothedAlpha.get(l.name) ?? s?.alphaAfter ?? null),
      s ? `${s.k} / ${s.fullRank}` : '—',
      fmtNum(baseAlpha.get(l.name) ?? null),
      l.warning || '',
    ]);
  }
  const shortened = rows < layers.length;
  const unchanged = unchangedAlphaCount(report, smoothedAlpha);
  const footnote =
    unchanged > 0
      ? `\n\n*alpha smoothed equals alpha for ${unchanged} of ${smoothInfo.size} smoothed ${plural(smoothInfo.size, 'layer')}: truncation keeps the top-k eigenvalues exactly, so when the power-law tail (eigenvalues ≥ xmin) lies within them the fit is unchanged. This is expected, not an error.*`
      : '';
  const where = opts.runUrl ? `the [job summary and report.json artifact](${opts.runUrl})` : 'the job summary and report.json';
  const note = shortened
    ? `\n\n*Showing ${rows} of ${layers.length} ${plural(layers.length, 'layer')} to stay within GitHub's size limit; the full table is in ${where}.*`
    : '';
  const content = rows > 0 ? markdownTable(table, { alignDelimiters: false }) : '*(per-layer table omitted)*';
  return `<details><summary>Per-layer metrics (${layers.length} ${plural(layers.length, 'layer')})</summary>\n\n${content}${footnote}${note}\n\n</details>`;
}

/** Smoothed layers whose alpha after smoothing equals the original alpha (to 1e-9 relative). */
function unchangedAlphaCount(report: RunReport, smoothedAlpha: ReadonlyMap<string, number | null>): number {
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
