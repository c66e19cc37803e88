import type { ModelIdentity } from '../report/types.js';
import type { WeightDType } from '../model/types.js';
import type { SmoothLayerReport } from '../smooth/types.js';
import type { AnalyzeReport } from '../spectral/types.js';
import { type ShardLayer, type ShardSpec } from './partition.js';
export declare const PARTIAL_KIND: "ww-smooth-partial";
export declare const PARTIAL_SCHEMA_VERSION: 1;
export declare const partialStem: (s: ShardSpec) => string;
/** One stored array of a replacement: the dense values, or factor a / b. */
export interface PartialTensorPart {
    readonly part: 'values' | 'a' | 'b';
    readonly dtype: WeightDType;
    readonly rows: number;
    readonly cols: number;
    /** Byte range in the partial's .bin file. */
    readonly offset: number;
    readonly length: number;
    readonly sha256: string;
}
export interface PartialTensor {
    readonly layer: string;
    readonly kind: 'dense' | 'factorized';
    readonly parts: readonly PartialTensorPart[];
}
/** The shard's share of the smoothing stage. */
export interface PartialSmooth {
    readonly format: 'onnx' | 'safetensors';
    readonly factorize: boolean;
    readonly engine: string;
    /** The plan's notes (the same in every shard: the plan is built from the whole model). */
    readonly notes: readonly string[];
    /** Reports of this shard's smoothed layers, in plan order. */
    readonly layers: readonly SmoothLayerReport[];
    /** File name of the tensor blob, beside the manifest. */
    readonly tensorFile: string;
    readonly tensors: readonly PartialTensor[];
}
export interface PartialReport {
    readonly kind: typeof PARTIAL_KIND;
    readonly schemaVersion: typeof PARTIAL_SCHEMA_VERSION;
    readonly tool: {
        readonly name: 'ww-smooth';
        readonly version: string;
    };
    readonly createdAt: string;
    readonly model: ModelIdentity;
    /** shardConfigHash(plan): the plan parts a shard's numbers depend on. */
    readonly configHash: string;
    readonly shard: ShardSpec;
    /** Dense layers of the whole model and a hash of their names and shapes (same in every shard). */
    readonly modelLayers: number;
    readonly layerListHash: string;
    /** This shard's layers, model order. */
    readonly layers: readonly string[];
    readonly analyze: AnalyzeReport;
    /** null when smoothing is off. */
    readonly smooth: PartialSmooth | null;
    readonly timings: Readonly<Record<string, number>>;
}
/** A partial read from disk, with where it came from. */
export interface LoadedPartial {
    readonly file: string;
    readonly report: PartialReport;
    /** Absolute path of the tensor blob, or null without smoothing. */
    readonly tensorPath: string | null;
}
/** Hash of the layer list the partition is computed from (names, order, shapes). */
export declare function layerListHash(layers: readonly ShardLayer[]): string;
/** JSON with exact non-finite numbers (JSON has no NaN/Infinity; a plain stringify makes them null). */
export declare function partialToJson(p: PartialReport): string;
export declare function partialFromJson(text: string): unknown;
/**
 * Finds partial manifests: a folder is searched recursively (download-artifact puts each artifact
 * in its own subfolder), a file is taken as it is, a pattern with * / ? / ** is expanded
 * (matching folders are searched too). Sorted by path, duplicates removed.
 */
export declare function findPartialFiles(sources: readonly string[], cwd: string): Promise<string[]>;
/** Reads and validates partial manifests (partial-schema.json, which includes the analyze report's schema). */
export declare function loadPartials(files: readonly string[]): Promise<LoadedPartial[]>;
export interface MergeExpectation {
    readonly model: ModelIdentity;
    readonly configHash: string;
    readonly version: string;
    /** The model's dense layers, as the merge job lists them. */
    readonly layers: readonly ShardLayer[];
}
/**
 * Checks that the partials belong together and cover every layer exactly once; returns them sorted
 * by shard index. Every problem found is listed in one SHARD error.
 */
export declare function checkPartials(partials: readonly LoadedPartial[], want: MergeExpectation): LoadedPartial[];
