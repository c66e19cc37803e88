/**
 * Charts for the comment, each carrying one piece of information:
 * - per-block alpha of the head model (Mermaid xychart, rendered by GitHub itself) with the
 *   healthy band drawn as its two edges, and base and smoothed as their own charts of deltas
 *   (head − base, smoothed − head) when they exist, because xychart-beta draws no legend: one
 *   series per chart, named in its title, is the only unambiguous labelling;
 * - perplexity deltas with their confidence intervals as a text "forest plot" on a shared scale
 *   that shows zero and the warn/fail levels (a bar chart from zero made 9.007 and 9.019 look equal).
 * Labels are block numbers (never model text); values are plain numbers.
 */
import type { Delta } from '../eval/types.js';
import { baseLayerByHeadName } from './baseMatch.js';
import { fmtPercent } from './format.js';
import type { LayerSnapshot, RunReport } from './types.js';

/** At most this many points on an x-axis: more blocks are grouped into ranges ("0-3"). */
const MAX_POINTS = 40;

/** The transformer block a layer belongs to, from names like `model.layers.12.mlp` or `blocks.3.attn`; null when none. */
export function blockOf(name: string): number | null {
  const m = /(?:^|[._/])(?:layers?|blocks?|h|block|decoder\.layers?|encoder\.layers?)[._/](\d{1,6})(?=[._/]|$)/i.exec(name);
  return m ? Number(m[1]) : null;
}

interface Bucket {
  readonly label: string;
  readonly names: readonly string[];
}

/** Layers grouped by block (ranges of blocks when there are many); layers outside blocks are left out. */
function buckets(layers: readonly LayerSnapshot[]): Bucket[] {
  const byBlock = new Map<number, string[]>();
  for (const l of layers) {
    const b = blockOf(l.name);
    if (b === null) continue;
    const list = byBlock.get(b) ?? [];
    list.push(l.name);
    byBlock.set(b, list);
  }
  const blocks = [...byBlock.keys()].sort((a, b) => a - b);
  const per = Math.max(1, Math.ceil(blocks.length / MAX_POINTS));
  const out: Bucket[] = [];
  for (let i = 0; i < blocks.length; i += per) {
    const group = blocks.slice(i, i + per);
    const label = group.length === 1 ? `${group[0]}` : `${group[0]}-${group[group.length - 1]}`;
    out.push({ label, names: group.flatMap((b) => byBlock.get(b)!) });
  }
  return out;
}

function mean(values: readonly number[]): number | null {
  const ok = values.filter((v) => Number.isFinite(v));
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : null;
}

function num(v: number): string {
  return String(+v.toPrecision(4));
}

function alphaMap(layers: readonly LayerSnapshot[] | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of layers ?? []) if (l.fit === 'success' && l.alpha !== null && Number.isFinite(l.alpha)) m.set(l.name, l.alpha);
  return m;
}

function xychart(title: string, labels: readonly string[], yLabel: string, lo: number, hi: number, series: readonly string[]): string {
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title}"`,
    `    x-axis "block" [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `    y-axis "${yLabel}" ${num(lo)} --> ${num(hi)}`,
    ...series,
    '```',
  ].join('\n');
}

/** Alpha charts (head with the band; head − base; smoothed − head), or [] when no layer sits in a block. */
export function alphaCharts(report: RunReport, band: { min: number; max: number } = { min: 2, max: 6 }): string[] {
  const head = alphaMap(report.spectral.original.layers);
  const groups = buckets(report.spectral.original.layers).filter((g) => g.names.some((n) => head.has(n)));
  if (groups.length < 2) return [];
  const labels = groups.map((g) => g.label);
  const perBlock = (values: Map<string, number>): Array<number | null> => groups.map((g) => mean(g.names.map((n) => values.get(n) ?? NaN)));
  const headMeans = perBlock(head);
  const charts: string[] = [];
  const finite = headMeans.filter((v): v is number => v !== null);
  const lo = Math.floor(Math.min(...finite, band.min) - 0.5);
  const hi = Math.ceil(Math.max(...finite, band.max) + 0.5);
  const line = (v: readonly (number | null)[]): string => `[${v.map((x) => num(x ?? 0)).join(', ')}]`;
  charts.push(
    xychart(`Mean alpha per block, head (flat lines: healthy band ${band.min}-${band.max})`, labels, 'alpha', Math.max(0, lo), hi, [
      `    line ${line(headMeans)}`,
      `    line ${line(labels.map(() => band.min))}`,
      `    line ${line(labels.map(() => band.max))}`,
    ]),
  );
  const deltaChart = (title: string, other: Map<string, number>, sign: 1 | -1): void => {
    if (other.size === 0) return;
    const d = groups.map((g) => mean(g.names.filter((n) => head.has(n) && other.has(n)).map((n) => sign * (head.get(n)! - other.get(n)!))));
    if (d.every((x) => x === null)) return;
    const vals = d.map((x) => x ?? 0);
    const span = Math.max(0.05, ...vals.map(Math.abs));
    charts.push(xychart(title, labels, 'Δ alpha', -span * 1.1, span * 1.1, [`    bar ${line(vals)}`]));
  };
  // Base alphas keyed by the head layer they match (module path first), not by the base's own tensor names.
  const matched = [...baseLayerByHeadName(report.spectral.original.layers, report.spectral.base?.layers)].map(([name, l]) => ({ ...l, name }));
  deltaChart('Δ mean alpha per block: head − base', alphaMap(matched), 1);
  deltaChart('Δ mean alpha per block: smoothed − head', alphaMap(report.spectral.smoothed?.layers), -1);
  return charts;
}

export interface ForestRow {
  readonly label: string;
  readonly delta: Delta;
  /** Relative warn / fail levels to mark on the scale (null: none or absolute). */
  readonly warn: number | null;
  readonly fail: number | null;
}

const PLOT_WIDTH = 41;

/**
 * A text forest plot of relative perplexity deltas: one row per comparison, `●` the measured change,
 * `├──┤` its interval, `┆` no change, `w` / `F` the warn and fail levels, on one scale for all rows.
 * Returns '' when no row has a finite delta.
 */
export function forestPlot(rows: readonly ForestRow[]): string {
  const shown = rows.filter((r) => Number.isFinite(r.delta.relative));
  if (shown.length === 0) return '';
  const xs = shown
    .flatMap((r) => [r.delta.relative, r.delta.ci?.relativeLow ?? r.delta.relative, r.delta.ci?.relativeHigh ?? r.delta.relative, r.warn ?? 0, r.fail ?? 0, 0])
    .filter(Number.isFinite);
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  const pad = Math.max((hi - lo) * 0.08, 0.001);
  lo -= pad;
  hi += pad;
  const col = (x: number): number => Math.max(0, Math.min(PLOT_WIDTH - 1, Math.round(((x - lo) / (hi - lo)) * (PLOT_WIDTH - 1))));
  const labelWidth = Math.max(...shown.map((r) => r.label.length));
  const lines: string[] = [];
  for (const r of shown) {
    const cells = Array.from({ length: PLOT_WIDTH }, () => '·');
    if (r.warn !== null) cells[col(r.warn)] = 'w';
    if (r.fail !== null) cells[col(r.fail)] = 'F';
    cells[col(0)] = '┆';
    const ci = r.delta.ci;
    const hasCi = ci !== undefined && Number.isFinite(ci.relativeLow) && Number.isFinite(ci.relativeHigh);
    if (hasCi) {
      const a = col(ci.relativeLow);
      const b = col(ci.relativeHigh);
      for (let i = a; i <= b; i++) cells[i] = '─';
      cells[a] = '├';
      cells[b] = '┤';
    }
    cells[col(r.delta.relative)] = '●';
    const interval = hasCi ? ` (${fmtPercent(ci.relativeLow)} to ${fmtPercent(ci.relativeHigh)})` : '';
    lines.push(`${r.label.padEnd(labelWidth)}  ${cells.join('')}  ${fmtPercent(r.delta.relative)}${interval}`);
  }
  const hiText = fmtPercent(hi, 1);
  const axis = `${''.padEnd(labelWidth)}  ${fmtPercent(lo, 1).padEnd(PLOT_WIDTH - hiText.length)}${hiText}`;
  const ci = shown.find((r) => r.delta.ci)?.delta.ci;
  const legend = `● change  ${ci ? `├─┤ ${+(ci.level * 100).toPrecision(4)}% interval  ` : ''}┆ no change  w warn level  F fail level`;
  return ['```text', ...lines, axis, legend, '```'].join('\n');
}
