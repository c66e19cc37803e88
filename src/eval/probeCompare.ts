/**
 * Two models on the same probe items: the change in accuracy with its paired interval
 * (probeStats.ts) and the items whose outcome flipped, the first few of each direction kept for
 * the comment (their prompt excerpts are untrusted text: renderers escape them).
 */
import { WwError } from '../errors.js';
import type { ProbeItemResult, ProbeResult } from './probe.js';
import { pairedCounts, pairedDelta, type PairedDelta } from './probeStats.js';

/** Flipped items kept per comparison (the count of all of them is kept too). */
export const MAX_FLIPS_SHOWN = 5;

export interface FlippedItem {
  readonly line: number;
  readonly excerpt: string;
  /** Right in the reference model (A), right in the candidate (B). */
  readonly before: boolean;
  readonly after: boolean;
}

export interface ProbeComparison extends PairedDelta {
  /** Items right in B and wrong in A, then the reverse, at most MAX_FLIPS_SHOWN each. */
  readonly flipped: readonly FlippedItem[];
  readonly gained: number;
  readonly lost: number;
}

/** B against A; both must carry per-item outcomes of the same items (same file, same lines). */
export function compareProbe(a: Pick<ProbeResult, 'perItem' | 'sha256'>, b: Pick<ProbeResult, 'perItem' | 'sha256'>): ProbeComparison {
  const pa = a.perItem;
  const pb = b.perItem;
  if (!pa || !pb || a.sha256 !== b.sha256 || pa.length !== pb.length || pa.some((r, i) => r.line !== pb[i]!.line)) {
    throw new WwError('INPUT_INVALID', 'probe results compare item by item only when both scored the same items of the same file', { a: a.sha256, b: b.sha256 });
  }
  const paired = pairedDelta(pairedCounts(pa.map((r) => r.correct), pb.map((r) => r.correct)));
  const flip = (r: ProbeItemResult, after: boolean): FlippedItem => ({ line: r.line, excerpt: r.excerpt, before: r.correct, after });
  const gainedItems = pa.flatMap((r, i) => (!r.correct && pb[i]!.correct ? [flip(r, true)] : []));
  const lostItems = pa.flatMap((r, i) => (r.correct && !pb[i]!.correct ? [flip(r, false)] : []));
  return {
    ...paired,
    flipped: [...gainedItems.slice(0, MAX_FLIPS_SHOWN), ...lostItems.slice(0, MAX_FLIPS_SHOWN)],
    gained: gainedItems.length,
    lost: lostItems.length,
  };
}
