import type { DenseLayer, SkippedTensor } from '../model/types.js';
import type { SmoothPlan, SmoothPlanConfig } from './types.js';
export declare function buildPlan(model: {
    readonly layers: readonly DenseLayer[];
    readonly skipped: readonly SkippedTensor[];
}, config: SmoothPlanConfig): SmoothPlan;
/** One line per planned layer, for dry runs and logs: name, stored shape, rule, k. */
export declare function formatPlan(plan: SmoothPlan): string;
