import type { ProbeResult } from './probe.js';
import { type PairedDelta } from './probeStats.js';
/** Flipped items kept per comparison (the count of all of them is kept too). */
export declare const MAX_FLIPS_SHOWN = 5;
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
export declare function compareProbe(a: Pick<ProbeResult, 'perItem' | 'sha256'>, b: Pick<ProbeResult, 'perItem' | 'sha256'>): ProbeComparison;
