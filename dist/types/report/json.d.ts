import type { RunReport } from './types.js';
/** Writes `data` to `file` atomically, creating the file's folder first if needed. */
export declare function writeFileAtomic(file: string, data: string): Promise<void>;
/**
 * Writes the report as JSON that run-schema.json (and so readRunReport) accepts: a tensor name
 * longer than the schema's name limit (a model file can hold a 1 MB name) is shortened the one
 * way capText does, instead of writing a report that cannot be read back as a baseline; a NaN or
 * infinite perplexity keeps what it was (src/report/nonFinite.ts).
 */
export declare function writeReportJson(file: string, report: RunReport): Promise<void>;
/** Length limits of run-schema.json's string kinds. */
export declare const MAX_NAME_CHARS: number;
export declare const MAX_TEXT_CHARS: number;
/**
 * `text` cut to at most `max` characters: the start, then `…[N chars, sha256 XXXXXXXXXXXX]`, so
 * two long names that share their start stay distinct. Shorter text is returned as it is.
 */
export declare function capText(text: string, max: number): string;
/** A copy of `report` with every name and text field within the schema's length limits. */
export declare function capReportStrings<T>(report: T): T;
