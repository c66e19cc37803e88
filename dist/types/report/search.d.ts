import type { RunReport } from './types.js';
/** Sections for the comment: [] when smoothing did not run or has nothing to say. */
export declare function searchSections(report: RunReport, charts: boolean): string[];
