import type { ProbeSet } from './probeItems.js';
/** What encoding needs of a tokenizer (src/eval/tokenizer.ts TextTokenizer has it). */
export interface ProbeTokenizer {
    /** Ids of a text with the special tokens the tokenizer config asks for. */
    encodeLine(text: string): number[];
    readonly eosId: number | null;
}
/** One scored continuation: the model sees context ++ continuation and scores the continuation. */
export interface ProbeRequest {
    readonly context: readonly number[];
    readonly continuation: readonly number[];
}
/** The first characters of a prompt, shown beside an item that flipped (untrusted: escape it). */
export declare const PROMPT_EXCERPT_CHARS = 80;
export interface EncodedChoiceItem {
    readonly kind: 'choice';
    readonly line: number;
    readonly excerpt: string;
    readonly answer: number;
    /** Length of each choice in characters (Unicode code points, as Python's len): acc_norm divides by it. */
    readonly choiceChars: readonly number[];
    readonly requests: readonly ProbeRequest[];
}
export interface EncodedExactItem {
    readonly kind: 'exact';
    readonly line: number;
    readonly excerpt: string;
    readonly request: ProbeRequest;
}
export type EncodedItem = EncodedChoiceItem | EncodedExactItem;
export interface EncodedProbe {
    readonly items: readonly EncodedItem[];
    readonly itemsTotal: number;
    readonly source: string;
    readonly sha256: string;
}
/** Harness `_encode_pair`: trailing whitespace of the context belongs to the continuation. */
export declare function moveTrailingSpace(prompt: string, continuation: string): [string, string];
/** Code points, as Python's `len(str)` counts them. */
export declare function charLength(s: string): number;
/** Encodes items; throws PROBE_INVALID naming the line when a continuation has no token of its own. */
export declare function encodeProbe(set: ProbeSet, tokenizer: ProbeTokenizer): EncodedProbe;
