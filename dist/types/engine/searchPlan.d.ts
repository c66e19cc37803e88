/**
 * From the run's Plan to the smoothing search (`method: auto`): the search setup (eval windows,
 * budget, limits), the rule config the smoothing stage reads (auto is not a rank rule), the
 * fallback when perplexity cannot be measured, and the progress line with its ETA.
 */
import type { Plan, SmoothPlan } from '../config/plan.js';
import type { SmoothPlanConfig } from '../smooth/types.js';
import type { SearchProgress } from '../smooth/search/types.js';
import { type SearchSetup } from './search.js';
export declare function searchSetupOf(plan: Plan, tokens: readonly number[], onProgress?: (p: SearchProgress) => void): SearchSetup;
/** The smoothing stage's rule fields: under auto the rule is chosen per layer by the search (detX stands in). */
export declare function ruleConfigOf(smooth: SmoothPlan): SmoothPlanConfig;
/** auto without a measurable perplexity (a safetensors model) smooths with detX, and says why. */
export declare function autoUnavailable(plan: Plan, why: string): Plan;
/**
 * Progress of the search as log lines with an ETA: one per tenth of the expected steps or 15 s,
 * whichever comes first, and the confirmation.
 */
export declare function searchProgressLog(write: (line: string) => void): (p: SearchProgress) => void;
