import type { Assignment, Budget, Objective, ProbeObjective, SearchLayer, SearchLimits, SearchProgress, SearchResult } from './types.js';
export interface GreedyOptions {
    /** Reductions applied in every measurement but never searched or reverted (explicit overrides). */
    readonly fixed?: Assignment;
    readonly onProgress?: (p: SearchProgress) => void;
    /** Optimise this probe score (higher is better) under the perplexity budget instead of perplexity. */
    readonly probe?: ProbeObjective;
    /** Clock in milliseconds (tests). */
    readonly now?: () => number;
}
/** The largest value allowed for `share` of the budget above `base`. */
export declare function budgetLimit(base: number, budget: Budget, share?: number): number;
/**
 * A probe score counts as "not fallen" within this relative tolerance: a lossless reduction
 * changes float32 logits in the last bits (~1e-8 relative on summed log-likelihoods), which must
 * not reject it. The confirmation checks the final set against the starting floor with the same
 * tolerance, so drift over many steps is bounded by one tolerance in all.
 */
export declare const PROBE_TOLERANCE = 0.000001;
export declare function greedySearch(layers: readonly SearchLayer[], objective: Objective, limits: SearchLimits, opts?: GreedyOptions): Promise<SearchResult>;
