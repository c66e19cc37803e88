/**
 * The typed plan of one run: what to read, how to smooth, how to evaluate, which gate rules to
 * apply and how to report. Built once (src/config/load.ts) from built-in defaults, the config file
 * and explicit action inputs / CLI flags, then passed unchanged through every stage.
 */
import type { DeviceRequest } from '../eval/types.js';
export declare const SMOOTH_METHODS: readonly ["detX", "percent", "rank-fraction", "mp", "tail", "rank", "auto"];
export type SmoothMethod = (typeof SMOOTH_METHODS)[number];
export declare const COMMENT_MODES: readonly ["update", "new", "review", "off"];
export type CommentMode = (typeof COMMENT_MODES)[number];
/** A perplexity-increase limit: relative (0.05 = 5%) or absolute perplexity points. */
export interface Threshold {
    readonly kind: 'relative' | 'absolute';
    readonly value: number;
}
/** Warn and fail level of one rule; null = that level is off (config `none`). */
export interface Levels<T> {
    readonly warn: T | null;
    readonly fail: T | null;
}
/** Perplexity levels, plus the confidence an increase needs before the rule fails. */
export interface PerplexityLevels extends Levels<Threshold> {
    /**
     * e.g. 0.95: a change above the fail level fails only when the paired bootstrap interval at this
     * level lies above zero (otherwise it warns, saying so). null/absent = fail on the point value.
     */
    readonly significance?: number | null;
}
export interface GateRules {
    /** Smoothed vs original. */
    readonly perplexityIncrease: PerplexityLevels;
    /** Head (original) vs base. */
    readonly basePerplexityIncrease: PerplexityLevels;
    readonly alphaRange: {
        readonly min: number;
        readonly max: number;
    };
    readonly newLayersOutsideAlpha: Levels<number>;
    readonly meanAlphaChange: Levels<number>;
    readonly overTrained: Levels<number>;
    readonly underTrained: Levels<number>;
    /** Probe accuracy drop in percentage points, smoothed vs original (absent = not checked). */
    readonly accuracyDrop?: Levels<number>;
    /** Probe accuracy drop in points, head vs base. */
    readonly baseAccuracyDrop?: Levels<number>;
}
export interface SmoothOverride {
    readonly layers: readonly string[];
    readonly method: SmoothMethod | null;
    readonly value: number | null;
    readonly skip: boolean;
}
export interface SmoothPlan {
    readonly enabled: boolean;
    readonly method: SmoothMethod;
    readonly value: number | null;
    /** Empty = every dense layer. */
    readonly layers: readonly string[];
    readonly exclude: readonly string[];
    readonly factorize: boolean;
    readonly overrides: readonly SmoothOverride[];
    /** method auto: allowed full-text perplexity increase (null: the gate's warn level, else 2%). */
    readonly budget?: Threshold | null;
    /** method auto: what the search optimises (absent: perplexity; probe: eval.probe under the perplexity budget). */
    readonly objective?: 'perplexity' | 'probe';
    /** method auto: most screening evaluations. */
    readonly searchMaxEvals?: number;
    /** method auto: seconds the screening may take (from timeout-minutes; absent = no bound). */
    readonly searchMaxSeconds?: number;
    /** Why the method is what it is when the user did not choose it (e.g. detX: no eval text for auto). */
    readonly methodReason?: string | null;
}
export interface EvalPlan {
    /** null = no perplexity measured (the perplexity rules are then skipped, saying why). */
    readonly text: string | null;
    readonly tokenizer: string | null;
    /** null = the convention's default (src/eval/convention.ts), capped by the model's own limit. */
    readonly context: number | null;
    /** null = context (non-overlapping windows). */
    readonly stride: number | null;
    readonly maxTokens: number;
    readonly device: DeviceRequest;
    /** Task-probe items (JSONL, README "Task probes"); null/absent = no probe. */
    readonly probe?: string | null;
    /** Probe items scored (the first of the file). */
    readonly probeMaxItems?: number;
}
export interface ReportPlan {
    readonly comment: CommentMode;
    readonly commentKey: string;
    readonly outputDir: string;
    /** Per-layer rows in the PR comment before it is shortened further for size. */
    readonly maxCommentLayers: number;
    readonly attachToRelease: boolean;
}
export interface Plan {
    readonly model: {
        readonly source: string;
        readonly sha256: string | null;
    };
    readonly baseModel: {
        readonly source: string;
        readonly sha256: string | null;
    } | null;
    readonly eval: EvalPlan;
    readonly smooth: SmoothPlan;
    readonly gate: GateRules;
    readonly report: ReportPlan;
    /** Config file that was read (absolute), or null. */
    readonly configPath: string | null;
}
export declare const DEFAULT_GATE_RULES: GateRules;
