/**
 * The probe part of the run report (README "Task probes"): accuracy of original, smoothed and base
 * on the same items, and the paired changes. Each model's result keeps its per-item outcomes, so
 * a later run can pair its head with this run's original item by item (same file hash only).
 */
import type { ProbeResult } from '../eval/probe.js';
import type { ProbeComparison } from '../eval/probeCompare.js';
export interface ProbeSection {
    /** The probe file as given, and the sha256 of its text. */
    readonly source: string;
    readonly sha256: string;
    readonly original: ProbeResult | null;
    readonly smoothed: ProbeResult | null;
    readonly base: ProbeResult | null;
    /** Smoothed against original (B = smoothed). */
    readonly smoothedVsOriginal: ProbeComparison | null;
    /** Head (original) against base (B = head). */
    readonly headVsBase: ProbeComparison | null;
    /** Why a model or a comparison is missing, or ''. */
    readonly note: string;
}
