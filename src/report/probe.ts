/**
 * How probe results read: a few plain lines for the CLI, and the comment's "Task probes" section
 * (accuracy of original, smoothed and base with 95% Wilson intervals, the paired changes with
 * Newcombe intervals, and the first items that flipped). Prompt excerpts come from the probe file,
 * which a pull request controls: they are escaped and shown as code-free text.
 */
import { markdownTable } from 'markdown-table';
import type { ProbeResult } from '../eval/probe.js';
import type { ProbeComparison } from '../eval/probeCompare.js';
import type { Interval } from '../eval/probeStats.js';
import { escapeMarkdown } from './escape.js';
import type { ProbeSection } from './probeTypes.js';
import type { RunReport } from './types.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const interval = (i: Interval, f: (x: number) => string): string => `[${f(i.low)}, ${f(i.high)}]`;

const signedPoints = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

/** A change of accuracy in points with its paired interval: "+2.5 pts [-1.3, +6.4]". */
export function fmtAccuracyDelta(c: Pick<ProbeComparison, 'delta' | 'interval'>): string {
  return `${signedPoints(c.delta)} pts [${signedPoints(c.interval.low)}, ${signedPoints(c.interval.high)}]`;
}

/** "72.5% (58/80) [61.9%, 81.1%]" */
export function fmtAccuracy(r: ProbeResult): string {
  return `${pct(r.accuracy)} (${r.correct}/${r.items}) ${interval(r.interval, pct)}`;
}


function parts(r: ProbeResult): string {
  const out: string[] = [];
  if (r.acc !== null) out.push(`acc ${pct(r.acc)}`, `acc_norm ${pct(r.acc_norm!)}`);
  if (r.exactMatch !== null) out.push(`exact match ${pct(r.exactMatch)}`);
  return out.join(', ');
}

export function describeProbe(label: string, r: ProbeResult): string {
  return [
    `${label}: ${r.source} on ${r.model}`,
    `  accuracy ${fmtAccuracy(r)} (95% Wilson); ${parts(r)}; ${r.items} of ${r.itemsTotal} items (${r.choiceItems} multiple choice, ${r.exactItems} exact match)`,
    `  ${r.device}: ${r.deviceNote}; ${r.sequences} sequences, ${r.tokensScored} tokens scored in ${r.seconds.toFixed(2)} s, ${r.itemsPerSecond.toFixed(1)} items/s`,
  ].join('\n');
}

export function describeProbeComparison(label: string, c: ProbeComparison): string {
  return `${label}: ${fmtAccuracyDelta(c)} (95% paired interval); ${c.gained} item(s) gained, ${c.lost} lost`;
}

function flipsList(title: string, c: ProbeComparison): string {
  if (c.flipped.length === 0) return '';
  const lines = c.flipped.map((f) => `- line ${f.line} ${f.after ? '✗ → ✓' : '✓ → ✗'} ${escapeMarkdown(f.excerpt)}`);
  const more = c.gained + c.lost - c.flipped.length;
  return `${title}: ${c.gained} gained, ${c.lost} lost${more > 0 ? ` (first ${c.flipped.length} shown)` : ''}\n\n${lines.join('\n')}`;
}

/**
 * The comment's probe section ([] when the run measured no probe). `label` shows the probe file's
 * path as the user gave it (the comment shows paths relative to the workspace).
 */
export function probeSections(report: Pick<RunReport, 'probe'>, label: (file: string) => string = (f) => f): string[] {
  const p: ProbeSection | undefined = report.probe;
  if (!p) return [];
  const cell = (r: ProbeResult | null): string => (r ? escapeMarkdown(fmtAccuracy(r)) : '—');
  const detail = (r: ProbeResult | null): string => (r ? escapeMarkdown(parts(r)) : '—');
  const first = p.original ?? p.smoothed ?? p.base;
  const rows = [
    ['', 'Original (head)', 'Smoothed', 'Base'],
    ['Accuracy (95% Wilson)', cell(p.original), cell(p.smoothed), cell(p.base)],
    ['By kind', detail(p.original), detail(p.smoothed), detail(p.base)],
    [
      'Δ accuracy (95% paired)',
      '',
      p.smoothedVsOriginal ? `${escapeMarkdown(fmtAccuracyDelta(p.smoothedVsOriginal))} vs original` : '—',
      p.headVsBase ? `head ${escapeMarkdown(fmtAccuracyDelta(p.headVsBase))} vs base` : '—',
    ],
  ];
  const out = [
    '### Task probes',
    `${first ? `${first.items} of ${first.itemsTotal} items` : 'no items scored'} from ${escapeMarkdown(label(p.source))} (sha256 \`${p.sha256.slice(0, 12)}\`).`,
    markdownTable(rows, { alignDelimiters: false }),
  ];
  if (p.note) out.push(escapeMarkdown(p.note));
  const flips = [p.smoothedVsOriginal && flipsList('Flipped by smoothing', p.smoothedVsOriginal), p.headVsBase && flipsList('Flipped vs base', p.headVsBase)].filter((s): s is string => !!s);
  return [...out, ...flips];
}
