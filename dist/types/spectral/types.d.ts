/**
 * Per-layer spectral metrics, named exactly as WeightWatcher names its DataFrame columns so
 * users can compare our JSON with `watcher.analyze()` output column by column.
 * Definitions: ../shared/DESIGN.md "WeightWatcher definitions" and WeightWatcher 0.7.5.5.
 */
import type { QuantizationInfo } from '../model/types.js';
export type FitStatus = 'success' | 'failed';
export type TrainingWarning = '' | 'over-trained' | 'under-trained';
export interface PowerLawFit {
    alpha: number;
    xmin: number;
    xmax: number;
    D: number;
    sigma: number;
    num_pl_spikes: number;
    status: FitStatus;
    warning: TrainingWarning;
}
export interface NormMetrics {
    norm: number;
    log_norm: number;
    spectral_norm: number;
    log_spectral_norm: number;
    alpha_weighted: number;
    log_alpha_norm: number;
    stable_rank: number;
    entropy: number;
    matrix_rank: number;
    lambda_max: number;
    sv_max: number;
    sv_min: number;
    num_evals: number;
    weak_rank_loss: number;
    /** min(shape) - matrix_rank (WeightWatcher's rank_loss). */
    rank_loss: number;
}
export interface MpFit {
    num_spikes: number;
    sigma_mp: number;
    mp_softrank: number;
    bulk_max: number;
    bulk_min: number;
    W_scale: number;
}
/** The MP fit of the randomized ESD, WeightWatcher's `rand_*` columns. */
export interface RandomMpFit {
    rand_num_spikes: number;
    rand_sigma_mp: number;
    rand_mp_softrank: number;
    rand_bulk_max: number;
    rand_bulk_min: number;
    rand_W_scale: number;
}
export interface DetX {
    detX_num: number;
    /** The eigenvalue at the detX boundary, in original units. */
    detX_val: number;
    /** The same eigenvalue in rescaled units (WeightWatcher's column name, sic). */
    detX_val_unrescaled: number;
}
export interface RandomizedEsd {
    rand_distance: number;
    ww_softrank: number;
    /** max(lambda) - max(lambda_rand). */
    ww_maxdist: number;
    max_rand_eval: number;
}
export interface LayerMetrics extends PowerLawFit, NormMetrics, Partial<MpFit>, Partial<DetX>, Partial<RandomizedEsd>, Partial<RandomMpFit> {
    N: number;
    M: number;
    Q: number;
}
export interface ModelSummary {
    /** Plain means over every analysed layer, failed fits included (what WeightWatcher's get_summary reports). */
    ww: Record<'log_norm' | 'alpha' | 'alpha_weighted' | 'log_alpha_norm' | 'log_spectral_norm' | 'stable_rank' | 'mp_softrank', number | null>;
    /** Means over layers whose power-law fit succeeded. */
    successful: Record<'log_norm' | 'alpha' | 'alpha_weighted' | 'log_alpha_norm' | 'log_spectral_norm' | 'stable_rank' | 'mp_softrank', number | null>;
    layers: number;
    failedFits: number;
    overTrained: number;
    underTrained: number;
}
export interface AnalyzeOptions {
    /** WeightWatcher's skip rules. Defaults 10 / 15000 / 50000. */
    minEvals: number;
    maxEvals: number;
    maxN: number;
    mpFit: boolean;
    detX: boolean;
    randomize: boolean;
    /** Seed of the element shuffle for `randomize` (deterministic reports). */
    seed: number;
}
export declare const DEFAULT_ANALYZE_OPTIONS: Readonly<AnalyzeOptions>;
export declare const ANALYZE_REPORT_SCHEMA_VERSION: 1;
/** Why an analysed layer has no metrics. */
export type LayerFailureCode = 'NON_FINITE' | 'ZERO_SPECTRUM' | 'READ_ERROR' | 'LINALG';
/** Why a dense layer was not analysed: WeightWatcher's skip rules, or the reader's verdict. */
/** TOO_LARGE: within the size rules, but past what one matrix read holds (src/model/limits.ts). */
export type SkipCode = 'MIN_EVALS' | 'MAX_EVALS' | 'MAX_N' | 'TOO_LARGE' | 'NOT_DENSE';
export interface LayerIdentity {
    readonly index: number;
    readonly name: string;
    readonly role: 'attention' | 'mlp' | 'head' | 'embedding' | 'other';
    readonly block: number | null;
    readonly dtype: 'float32' | 'float16' | 'bfloat16' | 'float64';
    readonly storedShape: readonly [number, number];
    readonly inFeatures: number;
    readonly outFeatures: number;
    /** Module path from the consuming node's name (ONNX); null when no node name has one. */
    readonly module?: string | null;
    /** Set for a quantized weight (metrics are those of the dequantized W). */
    readonly quantization?: QuantizationInfo;
}
export interface AnalyzedLayer extends LayerIdentity {
    /** 'failed': no metrics (see reason); the other layers are still analysed. */
    readonly status: 'analyzed' | 'failed';
    readonly reason: {
        readonly code: LayerFailureCode;
        readonly message: string;
    } | null;
    /** WeightWatcher's columns; `metrics.status` is the power-law fit's status. null when failed. */
    readonly metrics: LayerMetrics | null;
    readonly seconds: number;
}
export interface SkippedLayer {
    /** Layer index, or null for tensors the reader did not list as dense layers. */
    readonly index: number | null;
    readonly name: string;
    readonly N: number | null;
    readonly M: number | null;
    readonly reason: {
        readonly code: SkipCode;
        readonly message: string;
    };
}
export interface AnalyzeReport {
    readonly schemaVersion: typeof ANALYZE_REPORT_SCHEMA_VERSION;
    readonly model: {
        readonly path: string;
        readonly format: 'onnx' | 'safetensors';
        readonly sha256?: string;
    };
    readonly options: AnalyzeOptions;
    /** Numeric backend that computed the eigenvalues (LinalgEngine.name). */
    readonly engine: string;
    readonly layers: readonly AnalyzedLayer[];
    readonly skipped: readonly SkippedLayer[];
    /** Dense layers left out by the layer filter (not listed). */
    readonly filteredOut: number;
    readonly summary: ModelSummary;
    readonly timings: {
        readonly totalSeconds: number;
        readonly readSeconds: number;
        readonly eigenSeconds: number;
        readonly metricsSeconds: number;
    };
}
