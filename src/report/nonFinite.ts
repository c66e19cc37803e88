/**
 * JSON has no NaN or Infinity: JSON.stringify writes both as null, so a report read back could no
 * longer say why a perplexity was unusable (NaN logits, or a token given probability 0). The
 * perplexity results and deltas of report.json therefore carry `nonFinite`, naming each such field
 * and what it was ("nan", "inf", "-inf"); reading a report back restores the values, so the gate
 * and every renderer see exactly what the run saw.
 */
import type { Delta, PerplexityResult } from '../eval/types.js';
import type { RunReport } from './types.js';

type NonFiniteKind = 'nan' | 'inf' | '-inf';
type NonFiniteMap = Partial<Record<string, NonFiniteKind>>;

/** The numeric fields of a perplexity result or a delta that can be NaN or infinite. */
const FIELDS = ['perplexity', 'meanNll', 'absolute', 'relative'] as const;

function kindOf(v: number): NonFiniteKind {
  return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
}

function valueOf(kind: NonFiniteKind): number {
  return kind === 'nan' ? Number.NaN : kind === 'inf' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

type Encodable = PerplexityResult | Delta;

function encode<T extends Encodable | null>(x: T): T {
  if (x === null) return x;
  const record = x as unknown as Record<string, unknown>;
  const marks: NonFiniteMap = {};
  for (const f of FIELDS) {
    const v = record[f];
    if (typeof v === 'number' && !Number.isFinite(v)) marks[f] = kindOf(v);
  }
  return Object.keys(marks).length === 0 ? x : ({ ...x, nonFinite: marks } as T);
}

function revive<T extends Encodable | null>(x: T): T {
  if (x === null) return x;
  const { nonFinite, ...rest } = x as unknown as Record<string, unknown> & { nonFinite?: NonFiniteMap };
  if (!nonFinite) return x;
  for (const [f, kind] of Object.entries(nonFinite)) if (kind) rest[f] = valueOf(kind);
  return rest as unknown as T;
}

function mapPerplexity(report: RunReport, f: <T extends Encodable | null>(x: T) => T): RunReport {
  const p = report.perplexity as RunReport['perplexity'] | undefined;
  if (!p) return report; // not a run report (writeReportJson also writes other JSON)
  return {
    ...report,
    perplexity: { ...p, original: f(p.original), smoothed: f(p.smoothed), base: f(p.base), smoothedVsOriginal: f(p.smoothedVsOriginal), headVsBase: f(p.headVsBase) },
  };
}

/** The report as it is written: each non-finite perplexity field named in `nonFinite`. */
export function markNonFinite(report: RunReport): RunReport {
  return mapPerplexity(report, encode);
}

/** The report as it was before writing: the named fields NaN / Infinity again, `nonFinite` gone. */
export function restoreNonFinite(report: RunReport): RunReport {
  return mapPerplexity(report, revive);
}
