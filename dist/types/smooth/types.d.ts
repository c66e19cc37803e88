/**
 * Types of the smoothing stage: the user's plan configuration (embedded by src/config), the
 * resolved plan (which layer, which rule, which k) and the report of what was done.
 *
 * Rank rules (../shared/DESIGN.md "Rank rules for smoothing"):
 *   detX          k = detX_num (WeightWatcher's SVDSmoothing default)
 *   percent       k = trunc(percent * M), M = min(m, n); negative percent removes the top |k| components
 *                 (WeightWatcher `method='svd'`; default percent 0.8 as WeightWatcher)
 *   rank-fraction k = floor(rho * min(m, n))        (LASER's rho; rho in (0, 1])
 *   mp            k = num_spikes of the Marchenko-Pastur fit (WeightWatcher `method='rmt'`)
 *   tail          k = num_pl_spikes, #{lambda >= xmin} of the power-law fit (WeightWatcher `'alpha_min'`)
 *   rank          k fixed
 */
import type { DenseLayer, LayerRole, QuantizationInfo, WeightDType } from '../model/types.js';
export declare const SMOOTH_METHODS: readonly ["detX", "percent", "rank-fraction", "mp", "tail", "rank"];
export type SmoothMethod = (typeof SMOOTH_METHODS)[number];
/** A rank rule with its parameter. `percent` and `rho` are fractions (0.8, not 80). */
export type RankRule = {
    readonly method: 'detX';
} | {
    readonly method: 'mp';
} | {
    readonly method: 'tail';
} | {
    readonly method: 'percent';
    readonly percent: number;
} | {
    readonly method: 'rank-fraction';
    readonly rho: number;
} | {
    readonly method: 'rank';
    readonly k: number;
};
/**
 * Rule fields as a user writes them (config file, action input, CLI flags). `value` is the
 * method's parameter in the config file's form (percent, rho or k); the named fields win over it.
 * null counts as absent (src/config's typed plan uses null).
 */
export interface RuleConfig {
    readonly method?: SmoothMethod | null;
    readonly value?: number | null;
    /** Fixed rank for `rank`. */
    readonly k?: number | null;
    /** Fraction of M for `percent`, -1..1 (negative: remove the top components). Default 0.8. */
    readonly percent?: number | null;
    /** LASER's rho for `rank-fraction`, in (0, 1]. */
    readonly rho?: number | null;
}
/**
 * A rule for the selected layers that match `layers` (a selector list, see src/smooth/select.ts).
 * The first matching override wins; `skip: true` leaves the layers it matches unchanged.
 * An override inherits from the top level the rule fields it does not set (`value` only when the
 * method is the same).
 */
export interface SmoothOverride extends RuleConfig {
    readonly layers: string | readonly string[];
    readonly skip?: boolean | null;
}
/**
 * What to smooth and how. Every field is optional; `{}` means: rule detX on every dense layer
 * whose role is attention, mlp or other (never the head or the embedding unless asked for).
 * src/config's `Plan.smooth` object can be passed as it is.
 *
 * Selection (grammar in src/smooth/select.ts): `layers` items are name globs, /regex/,
 * `blocks:3-5` / `last:2`, `role:mlp`; a layer must match every kind given (names AND blocks AND
 * roles) and any item within a kind. `blocks` ("0,2,4-6", "last:2") and `roles` are the same
 * criteria as separate fields. `exclude` drops layers matching any one of its items.
 * Default roles: attention, mlp, other. The head and the embedding are selected only through a
 * role (`role:head`) or an exact tensor name.
 */
export interface SmoothPlanConfig extends RuleConfig {
    readonly layers?: string | readonly string[] | null;
    readonly blocks?: string | null;
    readonly roles?: readonly LayerRole[] | null;
    readonly exclude?: string | readonly string[] | null;
    readonly overrides?: readonly SmoothOverride[] | null;
    /** Write the low-rank form A[in,k] @ B[k,out] where it has fewer parameters. */
    readonly factorize?: boolean | null;
}
/** One selected layer with its rule, and k where it is known without the spectrum. */
export interface PlannedLayer {
    readonly layer: DenseLayer;
    readonly rule: RankRule;
    /** Where the rule came from: 'default' or the override's pattern text. */
    readonly ruleSource: string;
    /** k (negative: remove the top |k|), or null when it is decided from the spectrum. */
    readonly k: number | null;
}
export interface SmoothPlan {
    readonly layers: readonly PlannedLayer[];
    readonly factorize: boolean;
    /** Things the user should know (override matching nothing, skipped tensors a pattern hit, ...). */
    readonly notes: readonly string[];
}
/** What was (or, in a dry run, would be) done to one layer. */
export type LayerAction = 'smoothed' | 'factorized' | 'top-removed' | 'unchanged' | 'planned';
/** Spectral metrics of one matrix that the report shows before and after smoothing. */
export interface SpectrumSummary {
    readonly alpha: number | null;
    readonly alphaStatus: 'success' | 'failed';
    readonly detX_num: number | null;
    readonly num_spikes: number | null;
    readonly num_pl_spikes: number | null;
    /** Sum of the eigenvalues of W^T W = ||W||_F^2. */
    readonly norm: number;
    readonly lambda_max: number;
}
export interface SmoothLayerReport {
    readonly name: string;
    /** Module path from the consuming node's name; absent when none. */
    readonly module?: string;
    /** Set for a quantized weight, written back in the same format. */
    readonly quantization?: QuantizationInfo;
    /** ||Q(W') - W'||_F / ||W'||_F of a quantized weight written back (absent for float weights). */
    readonly requantizationError?: number;
    readonly index: number;
    readonly role: LayerRole;
    readonly block: number | null;
    readonly dtype: WeightDType;
    readonly storedShape: readonly [number, number];
    readonly inFeatures: number;
    readonly outFeatures: number;
    readonly rule: RankRule;
    readonly ruleSource: string;
    /** Components kept (negative: the top |k| removed); null in a plan-only dry run of a spectrum rule. */
    readonly k: number | null;
    readonly action: LayerAction;
    /** Sum of kept sigma^2 / sum of all sigma^2 (from the eigenvalues of W). null when not computed. */
    readonly energyKept: number | null;
    /** ||W - W'||_F / ||W||_F measured on W' itself (float64, before storage rounding). */
    readonly relativeError: number | null;
    readonly before: SpectrumSummary | null;
    readonly after: SpectrumSummary | null;
    readonly paramsBefore: number;
    readonly paramsAfter: number;
    readonly notes: readonly string[];
    readonly seconds: number;
}
export interface SmoothTotals {
    readonly layersSelected: number;
    readonly layersChanged: number;
    readonly layersFactorized: number;
    /** Parameters of the selected layers before / after. */
    readonly selectedParamsBefore: number;
    readonly selectedParamsAfter: number;
    /** Parameters of all dense layers of the model before / after. */
    readonly denseParamsBefore: number;
    readonly denseParamsAfter: number;
    /** Frobenius-weighted: 1 - sum ||W - W'||^2 / sum ||W||^2 over changed layers (null if not computed). */
    readonly energyKept: number | null;
    readonly meanAlphaBefore: number | null;
    readonly meanAlphaAfter: number | null;
}
export interface SmoothReport {
    readonly modelPath: string;
    /** null in a dry run. */
    readonly outPath: string | null;
    readonly format: 'onnx' | 'safetensors';
    readonly dryRun: false | 'plan' | 'full';
    readonly factorize: boolean;
    readonly engine: string;
    readonly layers: readonly SmoothLayerReport[];
    readonly totals: SmoothTotals;
    readonly notes: readonly string[];
    readonly seconds: number;
}
/**
 * `name` or `name:value` as the action input, the config shortcut and the CLI write a rule
 * (`detX`, `percent:0.2`, `rank-fraction:0.1`, `rank:32`). Syntax only: the caller checks the name.
 */
export declare function parseMethodSpec(text: string): {
    name: string;
    value: number | null;
} | null;
