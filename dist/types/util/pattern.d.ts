import { type WwErrorCode } from '../errors.js';
/** Longest pattern accepted (a selector is written by hand). */
export declare const MAX_PATTERN_LENGTH = 1000;
/** Unbounded repetitions (`*`, `+`, `{n,}`) a regex may hold. */
export declare const MAX_UNBOUNDED = 2;
/**
 * Most items in one selector list (layers, exclude, one override's layers, --layers) and most
 * overrides: each item is tried on every layer, so 100,000 of them against 2,000 layers took
 * 4 minutes before the first stage. Configs written by hand hold a handful.
 */
export declare const MAX_SELECTOR_ITEMS = 256;
export interface NameMatcher {
    readonly text: string;
    /** A plain name without any wildcard (matches itself only). */
    readonly exact: boolean;
    test(candidate: string): boolean;
}
export interface PatternErrorContext {
    /** Config key or option named in messages, e.g. `smooth.layers` or `--layers`. */
    readonly key: string;
    readonly code?: WwErrorCode;
}
/** Shortens untrusted text for a message: at most `max` characters, the middle elided. */
export declare function elide(text: string, max?: number): string;
/** Throws when a list holds more than MAX_SELECTOR_ITEMS `what` (selectors, overrides). */
export declare function checkSelectorCount(count: number, ctx: PatternErrorContext, what?: string): void;
/** Items of untrusted text quoted for a message: the first few, each elided, and how many more. */
export declare function quoteList(items: readonly string[], max?: number): string;
/** A comma-separated list of patterns; a single /regex/ (which may contain commas) stays whole. */
export declare function splitPatternList(text: string): string[];
/** True when `text` is written as a `/regex/flags` literal. */
export declare function isRegexLiteral(text: string): boolean;
/**
 * Why a regex body can backtrack catastrophically, or null. A small scanner over the source:
 * it tracks groups and character classes, counts unbounded quantifiers, and flags a quantified
 * group whose contents hold a quantifier or an alternation.
 */
export declare function catastrophicReason(body: string): string | null;
/**
 * Compiles a `/regex/flags` literal: `g` and `y` are dropped (they make `test` stateful), other
 * flags are kept when JavaScript knows them; a pattern that can backtrack catastrophically is refused.
 */
export declare function compileRegexLiteral(text: string, ctx: PatternErrorContext): RegExp;
/**
 * A name pattern for layer and tensor names: `/regex/flags` (searched in the name), else a glob
 * matched against the whole name where `*` is any run of characters (also `.` and `/`) and `?`
 * one character; `[`, `]` and `\` are literal (tensor names contain them). No wildcard: exact.
 */
export declare function compileNamePattern(text: string, ctx: PatternErrorContext): NameMatcher;
/** True when a path pattern holds a wildcard (`*`, `?`, `[...]`). */
export declare function hasGlobMagic(pattern: string): boolean;
/** A path glob (minimatch semantics: `*` within one segment, `**` any number of segments). */
export declare function compilePathGlob(pattern: string, ctx: PatternErrorContext): (relativePosixPath: string) => boolean;
