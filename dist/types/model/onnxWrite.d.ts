import type { WeightReplacement } from './types.js';
export interface WriteOnnxOptions {
    /** File name of the output's external data file (default `<basename(out)>.data`). */
    readonly externalDataName?: string;
    /** Byte alignment of tensors in the new external data file (default 64). */
    readonly alignment?: number;
}
export interface WriteOnnxResult {
    readonly modelPath: string;
    /** The new external data file, or null when the output has none. */
    readonly dataPath: string | null;
    /** Names of initializers re-encoded (replaced, or moved to the new data file). */
    readonly reencoded: readonly string[];
    /** Initializers removed (factorized weights no longer used). */
    readonly dropped: readonly string[];
}
/**
 * Writes `out`, a copy of the ONNX model `source` with `replacements` applied. Validates every
 * replacement before writing anything.
 */
export declare function writeSmoothedOnnx(source: string, out: string, replacements: ReadonlyMap<string, WeightReplacement>, opts?: WriteOnnxOptions): Promise<WriteOnnxResult>;
