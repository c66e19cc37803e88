import { type WwErrorCode } from '../errors.js';
export declare const DEFAULT_MAX_ENTRIES = 100000;
export declare const DEFAULT_MAX_DEPTH = 32;
export interface WalkOptions {
    /** Names the walk in messages, e.g. `model glob models/**\/m.onnx`. */
    readonly what: string;
    readonly maxEntries?: number;
    readonly maxDepth?: number;
    /** Error code for the limits (default INPUT_INVALID). */
    readonly code?: WwErrorCode;
}
export interface WalkEntry {
    /** Path relative to the walk's root, `/`-separated. */
    readonly rel: string;
    readonly abs: string;
    readonly kind: 'file' | 'dir' | 'symlink' | 'other';
}
/** Every entry below `root` (not following symlinked folders), depth first, bounded. */
export declare function walk(root: string, opts: WalkOptions): AsyncGenerator<WalkEntry>;
export interface ExpandGlobOptions extends WalkOptions {
    /** Folder the pattern is relative to. */
    readonly cwd: string;
    /** When set, the walk root and every match must resolve inside this folder. */
    readonly confineTo?: string;
}
/** The folder part of a pattern before its first wildcard segment, and the rest. */
export declare function splitGlob(pattern: string): {
    base: string;
    rest: string;
};
/** Absolute paths matching `pattern` (sorted), found by a bounded walk; see the file comment. */
export declare function expandGlob(pattern: string, opts: ExpandGlobOptions): Promise<string[]>;
