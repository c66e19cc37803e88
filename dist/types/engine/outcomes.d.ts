/**
 * Pure adapters from the stages' full reports to what the pipeline carries (AnalyzeOutcome,
 * SmoothOutcome): the snapshot the gate reads and the summary the comment shows. Shared by the
 * single-job stages and the shard merge, so a merged run builds its report the same way.
 */
import type { Plan } from '../config/plan.js';
import type { LayerSnapshot } from '../report/types.js';
import type { SmoothReport } from '../smooth/types.js';
import type { SearchReport } from '../smooth/search/types.js';
import type { AnalyzeReport } from '../spectral/types.js';
import type { AnalyzeOutcome, SmoothOutcome } from './types.js';
export declare function layersOf(report: AnalyzeReport): LayerSnapshot[];
export declare function analyzeOutcomeOf(report: AnalyzeReport): AnalyzeOutcome;
/** The smoothed model's snapshot (unsmoothed layers keep their metrics) and the comment's summary. */
export declare function smoothOutcomeOf(full: SmoothReport & {
    readonly search?: SearchReport | null;
}, original: AnalyzeOutcome, plan: Plan): SmoothOutcome;
