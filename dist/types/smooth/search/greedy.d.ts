import type { Assignment, Budget, Objective, SearchLayer, SearchLimits, SearchProgress, SearchResult } from './types.js';
export interface GreedyOptions {
    /** Reductions applied in every measurement but never searched or reverted (explicit overrides). */
    readonly fixed?: Assignment;
    readonly onProgress?: (p: SearchProgress) => void;
    /** Clock in milliseconds (tests). */
    readonly now?: () => number;
}
/** The largest value allowed for `share` of the budget above `base`. */
export declare function budgetLimit(base: number, budget: Budget, share?: number): number;
export declare function greedySearch(layers: readonly SearchLayer[], objective: Objective, limits: SearchLimits, opts?: GreedyOptions): Promise<SearchResult>;
