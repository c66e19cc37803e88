import type { BaseComparison, LayerSnapshot, MatchKey } from './types.js';
export interface LayerPair {
    readonly head: LayerSnapshot;
    readonly base: LayerSnapshot;
    readonly by: MatchKey;
}
export interface LayerMatch {
    readonly pairs: readonly LayerPair[];
    readonly unmatchedHead: readonly LayerSnapshot[];
    readonly unmatchedBase: readonly LayerSnapshot[];
}
/** The module path a layer is matched by: its consumer's, else one read from a readable tensor name. */
export declare function moduleKey(l: LayerSnapshot): string | null;
/** Matches head layers to base layers: module path first, then tensor name, then the name without a quantizer's suffix. */
export declare function matchLayers(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[]): LayerMatch;
/** The layer-by-layer comparison report.json carries and the comment renders (changes are head − base). */
export declare function compareWithBase(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[]): BaseComparison;
/** The matched base layer per head layer name (for the table's Δ column, the charts and the gate). */
export declare function baseLayerByHeadName(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[] | undefined): Map<string, LayerSnapshot>;
