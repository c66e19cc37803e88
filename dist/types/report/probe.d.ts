import type { ProbeResult } from '../eval/probe.js';
import type { ProbeComparison } from '../eval/probeCompare.js';
import type { RunReport } from './types.js';
/** A change of accuracy in points with its paired interval: "+2.5 pts [-1.3, +6.4]". */
export declare function fmtAccuracyDelta(c: Pick<ProbeComparison, 'delta' | 'interval'>): string;
/** "72.5% (58/80) [61.9%, 81.1%]" */
export declare function fmtAccuracy(r: ProbeResult): string;
export declare function describeProbe(label: string, r: ProbeResult): string;
export declare function describeProbeComparison(label: string, c: ProbeComparison): string;
/**
 * The comment's probe section ([] when the run measured no probe). `label` shows the probe file's
 * path as the user gave it (the comment shows paths relative to the workspace).
 */
export declare function probeSections(report: Pick<RunReport, 'probe'>, label?: (file: string) => string): string[];
