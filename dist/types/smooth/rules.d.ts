import { type RankRule, type RuleConfig, type SmoothMethod } from './types.js';
/** WeightWatcher's SVDSmoothing default for method='svd'. */
export declare const DEFAULT_PERCENT = 0.8;
export declare const DEFAULT_METHOD: SmoothMethod;
/** Counts from the layer's spectrum that the spectrum rules read. */
export interface SpectrumCounts {
    readonly detX_num: number | null;
    readonly num_spikes: number | null;
    readonly num_pl_spikes: number | null;
}
export declare function needsSpectrum(rule: RankRule): boolean;
export declare function describeRule(rule: RankRule): string;
/**
 * Validates rule fields; `where` names the config key for messages (e.g. `overrides[1]`).
 * Out-of-range values throw RANK_OUT_OF_RANGE, a missing or unknown parameter CONFIG_INVALID.
 */
export declare function parseRule(cfg: RuleConfig, where: string, inherited?: RuleConfig): RankRule;
/**
 * k from the shape alone, or null for the spectrum rules. Uses the same float arithmetic as
 * WeightWatcher (`int(percent * M)`, truncation toward zero) and LASER (`int(rho * min(m, n))`).
 */
export declare function staticRank(rule: RankRule, rows: number, cols: number): number | null;
/** The spectrum count a spectrum rule reads. */
export declare function countName(rule: RankRule): keyof SpectrumCounts | null;
/**
 * k for any rule. Spectrum rules read their count; null when the fit behind it failed (e.g. no
 * power-law tail could be fitted), in which case the layer is left unchanged.
 */
export declare function resolveRank(rule: RankRule, rows: number, cols: number, counts: SpectrumCounts | null): number | null;
/** What a k means for a layer of this shape. */
export type RankEffect = 'keep-top' | 'remove-top' | 'unchanged-zero' | 'unchanged-full';
export declare function rankEffect(k: number, rows: number, cols: number): RankEffect;
