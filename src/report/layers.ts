/**
 * The per-layer table, sized for GitHub's 880 px comment column: seven narrow columns at most,
 * layer names that may wrap at their separators (`<wbr>`, which GitHub keeps and which copies as
 * nothing), long names shortened in the middle, and the columns for base and smoothing only when
 * those exist. In the comment the worst layers come first (outside the alpha band, then the
 * largest alpha changes), so a cut table still shows what matters.
 */
import { layerLabel } from '../model/names.js';
import { markdownTable } from 'markdown-table';
import { baseLayerByHeadName } from './baseMatch.js';
import { escapeMarkdown } from './escape.js';
import { fmtNum, fmtSigned } from './format.js';
import type { LayerSnapshot, RunReport, SmoothedLayer } from './types.js';

/** Longest layer name shown in full; longer ones keep their start and end around "…". */
const MAX_NAME_CHARS = 56;

export type LayerOrder = 'worst' | 'model';

interface Row {
  readonly layer: LayerSnapshot;
  readonly base: number | null;
  readonly smoothed: number | null;
  readonly smooth: SmoothedLayer | undefined;
  readonly score: number;
}

/** How far outside [min, max] an alpha is (0 inside). */
function outside(alpha: number, band: { min: number; max: number }): number {
  return alpha < band.min ? band.min - alpha : alpha > band.max ? alpha - band.max : 0;
}

function rowsOf(report: RunReport, band: { min: number; max: number }): Row[] {
  const alpha = (layers: readonly LayerSnapshot[] | undefined): Map<string, number | null> =>
    new Map((layers ?? []).map((l) => [l.name, l.fit === 'success' ? l.alpha : null]));
  const base = new Map([...baseLayerByHeadName(report.spectral.original.layers, report.spectral.base?.layers)].map(([name, l]) => [name, l.fit === 'success' ? l.alpha : null]));
  const smoothed = alpha(report.spectral.smoothed?.layers);
  const smooth = new Map((report.smoothing?.layers ?? []).map((l) => [l.name, l]));
  return report.spectral.original.layers.map((layer) => {
    const a = layer.fit === 'success' ? layer.alpha : null;
    const b = base.get(layer.name) ?? null;
    const s = smoothed.get(layer.name) ?? smooth.get(layer.name)?.alphaAfter ?? null;
    let score = layer.fit === 'failed' ? 1 : 0;
    if (a !== null && Number.isFinite(a)) {
      const off = outside(a, band);
      score += off > 0 ? 10 + off : 0;
      if (b !== null && Number.isFinite(b)) score += Math.abs(a - b);
      if (s !== null && Number.isFinite(s)) score += Math.abs(s - a);
    }
    return { layer, base: b, smoothed: s, smooth: smooth.get(layer.name), score };
  });
}

/** A layer name escaped for a cell, allowed to wrap after `.`, `/` and `_`, shortened in the middle when long. */
export function layerNameCell(name: string, shorten = true): string {
  const short = shorten && name.length > MAX_NAME_CHARS ? `${name.slice(0, 24)}…${name.slice(-(MAX_NAME_CHARS - 25))}` : name;
  return escapeMarkdown(short).replace(/([./]|\\_|_)/g, '$1<wbr>');
}

function note(l: LayerSnapshot): string {
  if (l.fit === 'failed') return 'fit failed';
  if (l.fit === 'skipped') return 'skipped';
  return l.warning || '';
}

/**
 * Per-layer table of `rows` layers (all when rows >= the count), in the given order. Worst-first
 * tables (the comment) shorten long names; model-order tables (the job summary) keep them whole.
 */
export function layerTable(report: RunReport, rows: number, order: LayerOrder, band: { min: number; max: number } = { min: 2, max: 6 }): string {
  const hasBase = report.spectral.base !== null;
  const hasSmooth = report.smoothing !== null;
  const all = rowsOf(report, band);
  const sorted = order === 'worst' ? [...all].sort((x, y) => y.score - x.score || x.layer.index - y.layer.index) : all;
  const header = ['#', 'Layer', 'alpha', ...(hasBase ? ['Δ vs base'] : []), ...(hasSmooth ? ['smoothed', 'k / rank'] : []), 'Note'];
  const table: string[][] = [header];
  for (const r of sorted.slice(0, rows)) {
    const a = r.layer.fit === 'success' ? r.layer.alpha : null;
    table.push([
      String(r.layer.index),
      layerNameCell(layerLabel(r.layer), order === 'worst'),
      fmtNum(a),
      ...(hasBase ? [a !== null && r.base !== null ? fmtSigned(a - r.base, 3) : '—'] : []),
      ...(hasSmooth ? [r.smooth ? fmtNum(r.smoothed) : '—', r.smooth ? `${r.smooth.k}&nbsp;/&nbsp;${r.smooth.fullRank}` : '—'] : []),
      note(r.layer),
    ]);
  }
  return markdownTable(table, { alignDelimiters: false });
}
