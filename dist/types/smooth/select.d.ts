import { type NameMatcher } from '../util/pattern.js';
import type { DenseLayer, LayerRole, SkippedTensor } from '../model/types.js';
export declare const DEFAULT_ROLES: readonly LayerRole[];
export declare const ALL_ROLES: readonly LayerRole[];
/** A compiled name pattern. `exact` is true for a plain name without wildcards. */
export type NamePattern = NameMatcher;
/** Compiles a glob (`*`, `?`) or a `/regex/flags` pattern (src/util/pattern.ts); a bad or unsafe regex is CONFIG_INVALID. */
export declare function compilePattern(text: string, key?: string): NamePattern;
/** The strings a name pattern is matched against. */
export declare function layerKeys(layer: Pick<DenseLayer, 'name' | 'consumers' | 'module'>): string[];
/** A block spec: explicit indices, or "the last N blocks" (resolved against the model). */
export type BlockSpec = {
    readonly kind: 'indices';
    readonly set: ReadonlySet<number>;
} | {
    readonly kind: 'last';
    readonly n: number;
};
/** Parses "3", "3-5", "0,2,4-6", "last:2" (comma-separated parts are unioned). */
export declare function parseBlockSpec(spec: string, key?: string): BlockSpec[];
/** A compiled selector list (see the file comment for the grammar). */
export interface Selector {
    readonly names: readonly NamePattern[];
    readonly blocks: readonly BlockSpec[];
    readonly roles: readonly LayerRole[];
    /** The items as given, for messages. */
    readonly text: readonly string[];
}
export declare function compileSelector(items: readonly string[], key: string): Selector;
/** Largest block index in the model, -1 when no layer has one. */
export declare function lastBlock(layers: readonly Pick<DenseLayer, 'block'>[]): number;
export declare function nameMatch(names: readonly NamePattern[], layer: Pick<DenseLayer, 'name' | 'consumers' | 'module'>): NamePattern | null;
/** Whether a layer matches the selector: every kind present, any item within a kind. */
export declare function selectorMatches(sel: Selector, layer: DenseLayer, maxBlock: number): boolean;
/** Whether any single item of the selector matches (exclusion semantics). */
export declare function selectorMatchesAnyItem(sel: Selector, layer: DenseLayer, maxBlock: number): boolean;
export interface SelectionCriteria {
    readonly layers?: string | readonly string[] | null;
    readonly blocks?: string | null;
    readonly roles?: readonly LayerRole[] | null;
    readonly exclude?: string | readonly string[] | null;
}
export interface Selection {
    readonly layers: readonly DenseLayer[];
    readonly notes: readonly string[];
}
/**
 * A selector field as a list. A string is split at commas (as the config loader does), except a
 * /regex/, which may contain commas.
 */
export declare function asList(v: string | readonly string[] | null | undefined): string[];
/**
 * Resolves the selection. Throws SELECTION_EMPTY when nothing is selected and NOT_DENSE when a
 * name pattern matches no dense layer but does match a tensor that is not dense (e.g. a quantized
 * MatMulNBits weight).
 */
export declare function selectLayers(model: {
    readonly layers: readonly DenseLayer[];
    readonly skipped: readonly SkippedTensor[];
}, criteria: SelectionCriteria): Selection;
