import type { WeightDType, WeightReplacement } from '../model/types.js';
export interface ReplacementStore {
    /** Keeps `rep` for the weight `name`, stored in `dtype` (the layer's). */
    put(name: string, rep: WeightReplacement, dtype: WeightDType): void;
    readonly replacements: ReadonlyMap<string, WeightReplacement>;
    /** Bytes held in memory by kept replacements (lazy ones count 0). */
    readonly memoryBytes: number;
    /** Frees the temporary file, if any. */
    dispose(): void;
}
/** Keeps every replacement in memory (tests, small models, dry runs). */
export declare function memoryStore(): ReplacementStore;
/** Spills dense replacements to `path` (created, and removed by dispose); factors stay in memory. */
export declare function spillStore(path: string): ReplacementStore;
/** float64 bytes the dense W' of these layers would take in memory. */
export declare function denseBytes(layers: readonly {
    storedShape: readonly [number, number];
}[]): number;
