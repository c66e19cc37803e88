import type { ModelWeights, WeightDType, WeightReplacement } from './types.js';
declare const WEIGHT_TO_SAFETENSORS: Readonly<Record<WeightDType, string>>;
export interface SafetensorsEntry {
    readonly name: string;
    readonly dtype: string;
    readonly shape: readonly number[];
    /** Absolute byte range in the file. */
    readonly start: number;
    readonly end: number;
}
export interface SafetensorsFile {
    readonly path: string;
    readonly size: number;
    readonly headerLength: number;
    /** Entries in header key order (without __metadata__). */
    readonly entries: readonly SafetensorsEntry[];
    readonly metadata: Readonly<Record<string, string>> | null;
}
/** Reads and validates one safetensors file's header. */
export declare function readSafetensorsHeader(path: string): Promise<SafetensorsFile>;
export interface SafetensorsIndex {
    readonly path: string;
    /** The raw index JSON (metadata kept for the writer). */
    readonly json: {
        metadata?: unknown;
        weight_map: Record<string, string>;
    };
    /** Shard file name (as in the index) -> parsed header. */
    readonly shards: ReadonlyMap<string, SafetensorsFile>;
}
export declare function readSafetensorsIndex(path: string): Promise<SafetensorsIndex>;
export interface SafetensorsWeights extends ModelWeights {
    readonly format: 'safetensors';
    /** Entry (with its file) of every tensor, by name. */
    readonly tensors: ReadonlyMap<string, {
        file: SafetensorsFile;
        entry: SafetensorsEntry;
    }>;
    readonly index: SafetensorsIndex | null;
}
/** Opens a .safetensors file or a sharded model's index .json. */
export declare function openSafetensors(path: string): Promise<SafetensorsWeights>;
/** Canonical real path, or the resolved path of a file that does not exist yet (via its folder). */
export declare function realOrResolved(p: string): Promise<string>;
/**
 * Writes a copy of a safetensors model with some tensors replaced (dense replacements only: same
 * shape, re-encoded in the tensor's dtype). For a sharded model, `out` is the new index path and
 * the shards are written beside it under their original names. Refuses to overwrite the input.
 * Returns the paths written.
 */
export declare function writeSmoothedSafetensors(source: string, out: string, replacements: ReadonlyMap<string, WeightReplacement>): Promise<string[]>;
/** Encodes a safetensors file in memory (tests and fixtures). Tensors keep the given order. */
export declare function encodeSafetensors(tensors: {
    name: string;
    dtype: string;
    shape: number[];
    data: Uint8Array;
}[], metadata?: Record<string, string>): Uint8Array;
export { WEIGHT_TO_SAFETENSORS };
