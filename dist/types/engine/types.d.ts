/**
 * The records the pipeline's stages pass along and the `Stages` interface itself. Kept apart from
 * pipeline.ts (the orchestration) so the stage implementations (stages.ts, jobs.ts, outcomes.ts)
 * depend on these types, not on the orchestration that calls them.
 */
import type { Plan } from '../config/plan.js';
import type { PerplexityResult } from '../eval/types.js';
import type { ModelIdentity, SmoothingSummary, SpectralSnapshot } from '../report/types.js';
import type { LoadedPartial, PartialSmooth } from '../shard/partial.js';
import type { ShardLayer } from '../shard/partition.js';
/** Token ids of the eval text and where they came from (file and tokenizer folder). */
export interface EvalTokens {
    readonly tokens: readonly number[];
    readonly source: string;
}
export interface AnalyzeOutcome {
    readonly snapshot: SpectralSnapshot;
    /** The stage's full report, embedded in report.json. */
    readonly report: unknown;
}
export interface SmoothOutcome {
    readonly summary: SmoothingSummary;
    /** Spectral view of the smoothed model (all layers; unsmoothed ones keep their metrics). */
    readonly snapshot: SpectralSnapshot;
    readonly report: unknown;
}
/** The heavy work, one function per stage. */
export interface Stages {
    resolveModel(source: string, sha256: string | null, workDir: string): Promise<ModelIdentity>;
    /**
     * Called right after a model is resolved, before any stage reads a weight of it: throws what the
     * header shows those reads would fail on (./readCheck.ts). `smoothed`: the model the run smooths
     * (its smoothing plan is checked too); `only`: a shard's share of the layers.
     */
    checkReads?(model: ModelIdentity, plan: Plan, opts: {
        readonly smoothed: boolean;
        readonly only?: readonly string[];
    }): Promise<void>;
    /** `only`: analyse just these layers (a shard's share); default every dense layer. */
    analyze(model: ModelIdentity, plan: Plan, only?: readonly string[]): Promise<AnalyzeOutcome>;
    /** Writes the smoothed model to `outPath`. */
    /** `search`: the eval text (and where progress goes), given when method auto searches ranks with it. */
    smooth(model: ModelIdentity, original: AnalyzeOutcome, plan: Plan, outPath: string, search?: SearchInput): Promise<SmoothOutcome>;
    /**
     * The eval text as token ids, made once per run with the tokenizer of plan.eval.tokenizer, else
     * the one beside the original model: the smoothed copy in output-dir and a base model elsewhere
     * carry no tokenizer of their own, and every model must be scored on the same tokens.
     */
    tokenize(original: ModelIdentity, plan: Plan): Promise<EvalTokens>;
    /** Only called when `perplexityUnavailable` returned ''. */
    perplexity(modelPath: string, plan: Plan, tokens: EvalTokens): Promise<PerplexityResult>;
    /** Why perplexity is not measured for this plan/model ('' when it is). */
    perplexityUnavailable(model: ModelIdentity, plan: Plan): string;
    /** Sharding: the model's dense layers in model order (no weight read), what shards partition. */
    listLayers?(model: ModelIdentity): Promise<ShardLayer[]>;
    /** Shard job: smooths the planned layers among `only`, their tensors written to `tensorFile`. */
    smoothShard?(model: ModelIdentity, plan: Plan, only: readonly string[], tensorFile: string): Promise<PartialSmooth>;
    /** Merge: writes the smoothed model to `outPath` from the partials' tensors. */
    assemble?(model: ModelIdentity, plan: Plan, original: AnalyzeOutcome, partials: readonly LoadedPartial[], outPath: string): Promise<SmoothOutcome>;
    /** Frees what the stages keep for the whole run (their engines); called once when the run ends. */
    dispose?(): Promise<void>;
}
/** What the smoothing stage needs for `method: auto`: the eval tokens, and a log for its progress. */
export interface SearchInput {
    readonly tokens: EvalTokens;
    readonly log?: (line: string) => void;
}
