export interface ChoiceItem {
    readonly kind: 'choice';
    /** 1-based line of the file. */
    readonly line: number;
    readonly prompt: string;
    readonly choices: readonly string[];
    readonly answer: number;
}
export interface ExactItem {
    readonly kind: 'exact';
    readonly line: number;
    readonly prompt: string;
    readonly target: string;
}
export type ProbeItem = ChoiceItem | ExactItem;
export interface ProbeSet {
    readonly items: readonly ProbeItem[];
    /** Items in the file; `items` holds the first `maxItems` of them. */
    readonly itemsTotal: number;
    /** The file (or 'items') the set came from. */
    readonly source: string;
    /** sha256 of the file's text (UTF-8): two runs compare item by item only on the same set. */
    readonly sha256: string;
}
export declare const PROBE_LIMITS: {
    /** Largest probe file read. */
    readonly maxBytes: number;
    /** Longest line (UTF-16 code units). */
    readonly maxLineChars: number;
    readonly maxChoices: 32;
    /** Items scored when the caller does not say (the rest of the file is counted, not scored). */
    readonly defaultMaxItems: 1000;
};
/** Parses JSONL text into items; the first `maxItems` are kept, every line is still checked. */
export declare function parseProbeItems(text: string, source?: string, maxItems?: number): ProbeSet;
/** Reads and parses a probe file (bounded in size before it is read). */
export declare function readProbeFile(path: string, maxItems?: number): ProbeSet;
