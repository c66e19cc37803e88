/**
 * The run report: everything one `ww-smooth run` (CLI) or one action run produced, as plain data.
 * The gate, the Markdown renderers, the JSON file, the action outputs and the baseline cache all
 * read this one record, so the comment, the log and the exit status cannot disagree.
 *
 * Stage reports (analyze, smooth, perplexity) are embedded as the stages produce them; the few
 * figures the gate and the renderers need are lifted into `SpectralSnapshot` so those pure
 * functions do not depend on the stages' full shapes (and tests can build reports by hand).
 */
import type { Delta, PerplexityResult } from '../eval/types.js';
import type { QuantizationInfo } from '../model/types.js';
import type { TrainingWarning } from '../spectral/types.js';
import type { SearchReport } from '../smooth/search/types.js';
import type { ProbeSection } from './probeTypes.js';
export declare const RUN_REPORT_SCHEMA_VERSION: 1;
/** One analysed layer, as the gate and the charts see it. */
export interface LayerSnapshot {
    readonly index: number;
    /** Tensor name from the model file: untrusted text, escape before rendering. */
    readonly name: string;
    readonly shape: readonly [number, number];
    /** Power-law alpha; null when the fit failed or the layer was skipped. */
    readonly alpha: number | null;
    readonly fit: 'success' | 'failed' | 'skipped';
    readonly warning: TrainingWarning;
    /** Module path from the consuming node's name (untrusted text); absent when none. */
    readonly module?: string;
    readonly quantization?: QuantizationInfo;
    /** log10 of the sum of eigenvalues (log10 ||W||_F^2), WeightWatcher's log_norm; absent in older reports. */
    readonly logNorm?: number | null;
}
/** Spectral view of one model (original, smoothed or base). */
export interface SpectralSnapshot {
    readonly layers: readonly LayerSnapshot[];
    /** Mean alpha over layers whose fit succeeded (null when none did). */
    readonly meanAlpha: number | null;
    readonly overTrained: number;
    readonly underTrained: number;
    readonly failedFits: number;
}
export interface ModelIdentity {
    /** What the user gave (path, glob or URL); stable across branches, used in cache keys. */
    readonly source: string;
    /** Local path that was read. */
    readonly path: string;
    readonly sha256: string;
    readonly bytes: number;
    readonly format: 'onnx' | 'safetensors';
}
export interface SmoothedLayer {
    readonly name: string;
    readonly rule: string;
    readonly k: number;
    readonly fullRank: number;
    /** sum of kept sigma^2 / total, in [0, 1]. */
    readonly energyKept: number | null;
    readonly alphaBefore: number | null;
    readonly alphaAfter: number | null;
}
export interface SmoothingSummary {
    readonly method: string;
    readonly layers: readonly SmoothedLayer[];
    /** Path of the smoothed model written in output-dir, or null for a dry run / no smoothing. */
    readonly outputPath: string | null;
    /** method auto: the search that chose the ranks (absent or null for an explicit rule). */
    readonly search?: SearchReport | null;
    /** Why this method ran when the user did not choose it. */
    readonly methodNote?: string | null;
}
export interface PerplexitySection {
    readonly original: PerplexityResult | null;
    readonly smoothed: PerplexityResult | null;
    readonly base: PerplexityResult | null;
    readonly smoothedVsOriginal: Delta | null;
    readonly headVsBase: Delta | null;
    /** Why perplexity was not measured (e.g. safetensors model, no eval-text), or ''. */
    readonly note: string;
}
/** How a head layer found its base layer: by module path, by tensor name, or by the tensor name without a quantizer's suffix (`_Q4`). */
export type MatchKey = 'module' | 'name' | 'stem';
/** One head layer and its base counterpart. Changes are head − base. */
export interface LayerComparison {
    readonly head: string;
    readonly base: string;
    /** Module path both share (matched by module), or the head's (matched by name); null when neither has one. */
    readonly module: string | null;
    readonly by: MatchKey;
    readonly alpha: {
        readonly head: number | null;
        readonly base: number | null;
        readonly change: number | null;
    };
    readonly logNorm: {
        readonly head: number | null;
        readonly base: number | null;
        readonly change: number | null;
    };
    readonly quantization: {
        readonly head: QuantizationInfo | null;
        readonly base: QuantizationInfo | null;
    };
}
export interface UnmatchedLayer {
    readonly name: string;
    readonly module: string | null;
    readonly shape: readonly [number, number];
}
/**
 * The layer-by-layer comparison of head and base. When the two differ in quantization (one side
 * quantized, or both with different schemes) it is the quantization audit: did quantizing damage a layer.
 */
export interface BaseComparison {
    /** Which side holds quantized layers among the matched ones: the audit's framing. */
    readonly quantized: 'head' | 'base' | 'both' | 'neither';
    /** true when some matched pair differs in quantization (op, bits, block size or symmetry). */
    readonly quantizationDiffers: boolean;
    readonly layers: readonly LayerComparison[];
    readonly unmatchedHead: readonly UnmatchedLayer[];
    readonly unmatchedBase: readonly UnmatchedLayer[];
}
export type BaselineSource = 'cache' | 'cache-fallback' | 'base-model' | 'file' | 'none';
export interface BaselineInfo {
    readonly source: BaselineSource;
    /** Cache key that was restored (or the base model path / report file). */
    readonly ref: string | null;
    /** One plain sentence for humans, e.g. "No baseline: no report saved on the default branch yet." */
    readonly note: string;
    /** Model hash the baseline was computed from, when known. */
    readonly modelSha256: string | null;
}
export type RuleStatus = 'pass' | 'warn' | 'fail' | 'skipped';
/**
 * What a rule judges, so the comment can give two verdicts: 'vs-base' (what the pull request did
 * to the model), 'smoothing' (what smoothing did), 'model' (the head model on its own).
 */
export type RuleScope = 'vs-base' | 'smoothing' | 'model';
export interface RuleResult {
    /** Stable id, e.g. 'perplexity.smoothed-vs-original'. */
    readonly id: string;
    /** Absent in reports written before scopes existed. */
    readonly scope?: RuleScope;
    readonly title: string;
    /** Measured value (null when skipped). */
    readonly value: number | null;
    /** How the value is shown, e.g. '+3.20%' or '0.42'. */
    readonly valueText: string;
    readonly warnLimit: number | null;
    readonly failLimit: number | null;
    /** How the limits are shown, e.g. '≤ 2% / ≤ 5%'. */
    readonly limitText: string;
    readonly status: RuleStatus;
    /** Why skipped, or which limit was crossed. */
    readonly reason: string;
}
export type VerdictStatus = 'pass' | 'warn' | 'fail';
export interface Verdict {
    readonly status: VerdictStatus;
    /** true unless status is 'fail'. */
    readonly passed: boolean;
    readonly rules: readonly RuleResult[];
    /** One line, e.g. "fail: 1 of 7 rules failed (perplexity.smoothed-vs-original)". */
    readonly headline: string;
}
export interface RunReport {
    readonly schemaVersion: typeof RUN_REPORT_SCHEMA_VERSION;
    readonly tool: {
        readonly name: 'ww-smooth';
        readonly version: string;
    };
    readonly createdAt: string;
    readonly model: ModelIdentity;
    /** sha256 of the canonical JSON of the plan parts that change the numbers (analysis, smoothing, eval). */
    readonly configHash: string;
    readonly spectral: {
        readonly original: SpectralSnapshot;
        readonly smoothed: SpectralSnapshot | null;
        readonly base: SpectralSnapshot | null;
    };
    readonly smoothing: SmoothingSummary | null;
    readonly perplexity: PerplexitySection;
    /** Task-probe accuracy (README "Task probes"); absent when no probe file was given. */
    readonly probe?: ProbeSection;
    readonly baseline: BaselineInfo;
    /** Head and base matched layer by layer (module path, then tensor name); absent without a base snapshot. */
    readonly baseComparison?: BaseComparison;
    readonly verdict: Verdict;
    readonly timings: Readonly<Record<string, number>>;
    /** Full stage reports as the stages produced them (analyze, smooth), for the JSON file only. */
    readonly stages: Readonly<Record<string, unknown>>;
}
/** A report before the gate ran: what the pipeline measures. */
export type Measurements = Omit<RunReport, 'verdict'>;
