/**
 * The comment's layer-by-layer view of head vs base (report.baseComparison). When the two files
 * differ in quantization it is the quantization audit, "did quantizing damage a layer": the
 * perplexity change and each layer's alpha and log_norm change, quantized − float whichever side
 * the quantized file is on, largest alpha change first. Unmatched layers are always listed (capped),
 * so a comparison that left layers out says so.
 */
import { markdownTable } from 'markdown-table';
import { layerLabel } from '../model/names.js';
import type { QuantizationInfo } from '../model/types.js';
import { compareWithBase } from './baseMatch.js';
import { escapeMarkdown } from './escape.js';
import { fmtNum, fmtPercent, fmtSigned, plural } from './format.js';
import { layerNameCell } from './layers.js';
import type { BaseComparison, LayerComparison, RunReport, UnmatchedLayer } from './types.js';

/** Rows of the audit table in the comment; report.json has every layer. */
export const AUDIT_ROWS = 10;
/** Unmatched layer names listed per side. */
const UNMATCHED_NAMES = 8;

/** "MatMulNBits 4-bit, block 32, symmetric"; "float" when not quantized. */
export function describeQuantization(q: QuantizationInfo | null): string {
  if (!q) return 'float';
  return [`${q.op} ${q.bits}-bit`, q.blockSize !== null ? `block ${q.blockSize}` : null, q.symmetric ? 'symmetric' : 'with zero points'].filter(Boolean).join(', ');
}

/** The comparison the report carries, or one computed from its snapshots (reports written before it existed). */
export function comparisonOf(report: RunReport): BaseComparison | null {
  if (report.baseComparison) return report.baseComparison;
  return report.spectral.base ? compareWithBase(report.spectral.original.layers, report.spectral.base.layers) : null;
}

/** Distinct schemes on one side of the matched layers, with their layer counts: "MatMulNBits 4-bit, block 32, symmetric (36)". */
function schemes(layers: readonly LayerComparison[], side: 'head' | 'base'): string {
  const count = new Map<string, number>();
  for (const l of layers) {
    const d = describeQuantization(l.quantization[side]);
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  return [...count].map(([d, n]) => (d === 'float' ? `${n} float ${plural(n, 'layer')}` : `${escapeMarkdown(d)} (${n} ${plural(n, 'layer')})`)).join('; ');
}

/** The name a row shows: the module path both sides share, else the tensor's label. */
function rowName(l: LayerComparison, side: 'head' | 'base'): string {
  return l.module ?? layerLabel({ name: l[side] });
}

function unmatchedList(side: string, layers: readonly UnmatchedLayer[]): string | null {
  if (layers.length === 0) return null;
  const shown = layers.slice(0, UNMATCHED_NAMES).map((l) => `\`${layerLabel({ name: l.name, module: l.module }).replace(/[`\r\n]/g, ' ')}\``);
  const more = layers.length > UNMATCHED_NAMES ? ` and ${layers.length - UNMATCHED_NAMES} more` : '';
  return `${side} only (${layers.length}): ${shown.join(', ')}${more}`;
}

/** The unmatched-layers line, or null when every layer found its counterpart. */
function unmatchedLine(cmp: BaseComparison): string | null {
  const parts = [unmatchedList('head', cmp.unmatchedHead), unmatchedList('base', cmp.unmatchedBase)].filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  return `**Unmatched layers** (no layer of the same module path, tensor name and dimensions on the other side; not compared): ${parts.join('; ')}.`;
}

function byLine(cmp: BaseComparison): string {
  const n = (k: LayerComparison['by']) => cmp.layers.filter((l) => l.by === k).length;
  const parts = [`${n('module')} by module path`, n('name') ? `${n('name')} by tensor name` : null, n('stem') ? `${n('stem')} by tensor name without the quantizer's suffix` : null];
  return `${cmp.layers.length} ${plural(cmp.layers.length, 'layer')} matched (${parts.filter(Boolean).join(', ')})`;
}

/** quantized − float (the sign flips when base is the quantized side). */
function signed(v: number | null, flip: boolean): number | null {
  return v === null ? null : flip ? -v : v;
}

function perplexityText(report: RunReport, flip: boolean): string | null {
  const p = report.perplexity;
  if (!p.original || !p.base || !Number.isFinite(p.original.perplexity) || !Number.isFinite(p.base.perplexity)) return null;
  const [float, quant] = flip ? [p.original.perplexity, p.base.perplexity] : [p.base.perplexity, p.original.perplexity];
  const ci = !flip && p.headVsBase?.ci ? `, ${+(p.headVsBase.ci.level * 100).toPrecision(4)}% CI ${fmtPercent(p.headVsBase.ci.relativeLow)} to ${fmtPercent(p.headVsBase.ci.relativeHigh)}` : '';
  return `perplexity ${float.toFixed(4)} → ${quant.toFixed(4)} (${fmtPercent((quant - float) / float)}${ci})`;
}

function inBand(a: number | null, band: { min: number; max: number }): boolean | null {
  return a === null ? null : a >= band.min && a <= band.max;
}

/** The audit section (quantization differs), or the unmatched line alone, or null. */
export function auditSection(report: RunReport, band: { min: number; max: number } = { min: 2, max: 6 }): string | null {
  const cmp = comparisonOf(report);
  if (!cmp) return null;
  const unmatched = unmatchedLine(cmp);
  if (!cmp.quantizationDiffers) return unmatched;
  // Framed as quantized − float; with both sides quantized (q4 vs int8), head − base.
  const flip = cmp.quantized === 'base';
  const [fromSide, toSide] = flip ? (['head', 'base'] as const) : (['base', 'head'] as const);
  const fromName = cmp.quantized === 'both' ? 'base' : 'float';
  const toName = cmp.quantized === 'both' ? 'head' : 'quantized';
  const rows = cmp.layers.map((l) => ({
    l,
    dAlpha: signed(l.alpha.change, flip),
    dLog: signed(l.logNorm.change, flip),
    from: l.alpha[fromSide],
    to: l.alpha[toSide],
  }));
  const finite = rows.filter((r) => r.dAlpha !== null);
  const meanAbs = finite.length ? finite.reduce((s, r) => s + Math.abs(r.dAlpha!), 0) / finite.length : null;
  const left = rows.filter((r) => inBand(r.from, band) === true && inBand(r.to, band) === false);
  const sorted = [...rows].sort((x, y) => Math.abs(y.dAlpha ?? 0) - Math.abs(x.dAlpha ?? 0) || Math.abs(y.dLog ?? 0) - Math.abs(x.dLog ?? 0));
  const worst = sorted[0];
  const facts = [
    perplexityText(report, flip),
    meanAbs !== null ? `mean |Δ alpha| ${fmtNum(meanAbs, 3)}` : null,
    worst && worst.dAlpha !== null ? `largest ${fmtSigned(worst.dAlpha, 3)} (${escapeMarkdown(rowName(worst.l, toSide))})` : null,
    `${left.length} ${plural(left.length, 'layer')} left the alpha band [${band.min}, ${band.max}]`,
  ].filter((x): x is string => x !== null);
  const table: string[][] = [['Layer', `alpha ${fromName} → ${toName}`, 'Δ alpha', 'Δ log_norm', 'Note']];
  for (const r of sorted.slice(0, AUDIT_ROWS)) {
    const notes = [left.includes(r) ? '⚠️ left the band' : '', r.l.by !== 'module' ? `matched by ${r.l.by === 'name' ? 'tensor name' : 'name stem'}` : ''].filter(Boolean);
    table.push([
      layerNameCell(rowName(r.l, toSide)),
      `${fmtNum(r.from)} → ${fmtNum(r.to)}`,
      r.dAlpha === null ? '—' : fmtSigned(r.dAlpha, 3),
      r.dLog === null ? '—' : fmtSigned(r.dLog, 4),
      notes.join('; '),
    ]);
  }
  const shown = Math.min(AUDIT_ROWS, rows.length);
  const cut = shown < rows.length ? ` · ${shown} of ${rows.length} shown, largest Δ alpha first; every layer is in report.json (baseComparison)` : ' · largest Δ alpha first';
  const sides =
    cmp.quantized === 'both'
      ? `**Base:** ${schemes(cmp.layers, 'base')} · **head:** ${schemes(cmp.layers, 'head')}. ${byLine(cmp)}; Δ = head − base.`
      : `**Float** (${flip ? 'head' : 'base'} model): ${schemes(cmp.layers, fromSide)} · **quantized** (${flip ? 'base' : 'head'} model): ${schemes(cmp.layers, toSide)}. ${byLine(cmp)}; Δ = quantized − float.`;
  return [
    `### Quantization audit: did quantizing damage a layer?`,
    sides,
    `**${facts.join(' · ')}.**`,
    ...(unmatched ? [unmatched] : []),
    `<details><summary>Per-layer change (${rows.length} ${plural(rows.length, 'layer')})${cut}</summary>\n\n${markdownTable(table, { alignDelimiters: false })}\n\n</details>`,
  ].join('\n\n');
}
