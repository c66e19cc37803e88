/**
 * The comment / job summary part of the smoothing search (`method: auto`): what was chosen under
 * which budget, what it cost, a Mermaid chart of screening perplexity against parameters kept along
 * the kept reductions (the search's Pareto path), and the search path itself in a collapsed table.
 * When the method was not chosen by the user, the one line saying why. Pure; model text is escaped.
 */
import { markdownTable } from 'markdown-table';
import type { SearchReport, SearchStep } from '../smooth/search/types.js';
import { escapeMarkdown } from './escape.js';
import type { RunReport } from './types.js';

/** Rows of the path table in the comment; report.json always has every step. */
const MAX_PATH_ROWS = 80;

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
const big = (n: number): string => n.toLocaleString('en-US');
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
const ppl = (v: number): string => (Number.isFinite(v) ? v.toFixed(4) : String(v));

function budgetText(s: SearchReport): string {
  return s.budget.kind === 'relative' ? `+${+(s.budget.value * 100).toPrecision(6)}%` : `+${s.budget.value} perplexity`;
}

/** Sections for the comment: [] when smoothing did not run or has nothing to say. */
export function searchSections(report: RunReport, charts: boolean): string[] {
  const smoothing = report.smoothing;
  if (!smoothing) return [];
  const s = smoothing.search;
  if (!s) return smoothing.methodNote ? [`*Smoothing method ${escapeMarkdown(smoothing.methodNote)}.*`] : [];
  const out: string[] = ['### Smoothing search (method auto)'];
  const before = s.totals.paramsBefore;
  const lines = [
    `Budget ${budgetText(s)} on the whole eval text. Perplexity ${ppl(s.original.full)} → **${ppl(s.final)}** (${pct(s.finalRelative)})${s.finalRelative < 0 ? ', lower than the original (LASER\'s effect)' : ''}.`,
    `${s.totals.layersReduced} of ${s.layers.length} layers reduced, rank removed ${big(s.totals.rankRemoved)}; parameters a factorised form needs ${big(s.totals.paramsKept)} of ${big(before)} (${before > 0 ? ((100 * (before - s.totals.paramsKept)) / before).toFixed(1) : '0.0'}% removed); model file ${mb(s.fileBytes.before)} → ${s.fileBytes.after === null ? 'not written' : mb(s.fileBytes.after)}.`,
    `Cost: ${s.evals.screen} screening evaluations (${s.screen.windows} of ${s.full.windows} windows each) and ${s.evals.full} on the whole text = ${s.evals.fullEquivalents.toFixed(1)} full-evaluation equivalents${s.stopped ? ` (screening stopped early: ${s.stopped})` : ''}.`,
    ...s.notes.map((n) => `*${escapeMarkdown(n)}*`),
  ];
  out.push(lines.join('\n'));
  if (charts) {
    const chart = paretoChart(s);
    if (chart) out.push(chart);
  }
  out.push(pathTable(s));
  return out;
}

/**
 * Screening perplexity after each kept reduction, against the parameters kept then: the x labels
 * are numbers we computed (thousands of parameters), never model text.
 */
function paretoChart(s: SearchReport): string | null {
  const screenBase = s.steps.find((x) => x.phase === 'baseline' && x.scope === 'screen');
  if (!screenBase) return null;
  const kept = keptPath(s.steps);
  if (kept.length === 0) return null;
  const points = [screenBase, ...kept];
  const values = points.map((p) => p.value).filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.1, hi * 0.001);
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Search path: screening perplexity vs parameters kept (thousands)"',
    `    x-axis "parameters kept (k)" [${points.map((p) => `"${(p.paramsKept / 1000).toFixed(1)}"`).join(', ')}]`,
    `    y-axis "perplexity" ${num(lo - pad)} --> ${num(hi + pad)}`,
    `    line [${points.map((p) => num(p.value)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The accepted screening step that settled each layer (the last accepted one per layer, in order). */
function keptPath(steps: readonly SearchStep[]): SearchStep[] {
  const lastAccepted = new Map<string, SearchStep>();
  for (const st of steps) if (st.phase === 'screen' && st.decision === 'accepted' && st.layer !== null) lastAccepted.set(st.layer, st);
  return [...lastAccepted.values()].sort((a, b) => a.step - b.step);
}

function num(v: number): string {
  return Number.isFinite(v) ? String(+v.toPrecision(6)) : '0';
}

function pathTable(s: SearchReport): string {
  // Every step but rejected screenings first; rejected ones fill the remaining rows.
  const important = new Set(s.steps.filter((x) => x.decision !== 'rejected').map((x) => x.step));
  const room = Math.max(0, MAX_PATH_ROWS - important.size);
  const shown = s.steps.filter((x) => important.has(x.step) || (x.decision === 'rejected' && room > 0 && x.step <= stepAtRejected(s.steps, room)));
  const rows: string[][] = [['Step', 'Phase', 'Layer', 'k', 'Rules', 'Perplexity', 'vs original', 'Decision']];
  for (const x of shown) {
    rows.push([
      String(x.step),
      x.phase === 'baseline' ? `baseline (${x.scope === 'full' ? 'whole text' : 'screening'})` : x.phase,
      x.layer === null ? '—' : escapeMarkdown(x.layer),
      x.k === null ? '—' : String(x.k),
      escapeMarkdown(x.rules.join(', ')),
      ppl(x.value),
      pct(x.relative),
      `${x.decision}${x.lowered ? ' (lowered)' : ''}`,
    ]);
  }
  const cut = shown.length < s.steps.length ? `\n\n*${s.steps.length - shown.length} rejected screening steps not shown; report.json has the whole path.*` : '';
  return `<details><summary>Search path (${s.steps.length} steps)</summary>\n\n${markdownTable(rows, { alignDelimiters: false })}${cut}\n\n</details>`;
}

/** The step number of the `n`-th rejected step (so the first n rejected steps are shown). */
function stepAtRejected(steps: readonly SearchStep[], n: number): number {
  const rejected = steps.filter((x) => x.decision === 'rejected');
  return rejected[Math.min(n, rejected.length) - 1]?.step ?? 0;
}
