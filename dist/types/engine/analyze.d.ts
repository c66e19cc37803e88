import type { LinalgEngine } from '../linalg/engine.js';
import type { DenseLayer, ModelWeights } from '../model/types.js';
import { type AnalyzeOptions, type AnalyzeReport, type SkippedLayer } from '../spectral/types.js';
/** Which layers to analyse: a predicate, or a list of layer names. */
export type LayerFilter = ((layer: DenseLayer) => boolean) | readonly string[];
export interface AnalyzeProgress {
    /** Layers finished so far (analysed, failed or skipped) and the number to go through. */
    readonly done: number;
    readonly total: number;
    readonly layer: string;
    readonly elapsedSeconds: number;
    /** Cost (N M^2 + M^3, the shard partition's model) of the layers finished and of all of them: for an estimate of the time left. */
    readonly workDone: number;
    readonly workTotal: number;
}
export interface AnalyzeModelOptions {
    /**
     * The engine, or its start still under way (analyzeEngine()): the first layer is then read while
     * the workers start. The caller disposes it either way.
     */
    readonly engine: LinalgEngine | PromiseLike<LinalgEngine>;
    readonly layers?: LayerFilter;
    readonly analyze?: Partial<AnalyzeOptions>;
    readonly sha256?: string;
    readonly onProgress?: (p: AnalyzeProgress) => void;
    /** Receives each analysed layer's eigenvalues (ascending), e.g. for the smoothing stage to reuse. */
    readonly onSpectrum?: (layer: string, eigenvalues: Float64Array) => void;
}
/**
 * Parses a `--layers` spec into a predicate. Comma-separated parts, a layer matches if any part does:
 * `/regex/flags` (searched in the name), a glob with `*` / `?` (whole name), `a:b` (layer index
 * range, half-open like a Python slice, either side optional), a single index `7`, or an exact name.
 * Names and globs match the tensor name or the module path (model.layers.0.self_attn.q_proj).
 */
export declare function parseLayerSpec(spec: string): (layer: DenseLayer) => boolean;
/** WeightWatcher's layer_supported size rules (pool=True, rf=1). null when the layer is analysed. */
export declare function skipReason(N: number, M: number, opts: AnalyzeOptions): SkippedLayer['reason'] | null;
/**
 * The layers the analysis goes through (the filter's) and why each is not read (null: it is read
 * and analysed), with every read the header can vouch for checked first (ModelWeights.checkRead:
 * stored lengths, types), so a corrupt layer late in the model fails before the first is read,
 * not after the analysis of the others. No weight is read; the run's check before its first stage
 * (./readCheck.ts) calls it too.
 */
export declare function analysisReads(model: ModelWeights, filter: LayerFilter | undefined, options: AnalyzeOptions): {
    readonly selected: DenseLayer[];
    readonly skipReasons: (SkippedLayer['reason'] | null)[];
};
/** Runs WeightWatcher's analysis over the model's dense layers. The model is only read, never closed. */
export declare function analyzeModel(model: ModelWeights, opts: AnalyzeModelOptions): Promise<AnalyzeReport>;
