import type { RunReport } from './types.js';
/** The report as it is written: each non-finite perplexity field named in `nonFinite`. */
export declare function markNonFinite(report: RunReport): RunReport;
/** The report as it was before writing: the named fields NaN / Infinity again, `nonFinite` gone. */
export declare function restoreNonFinite(report: RunReport): RunReport;
