import type { Plan } from '../config/plan.js';
import { type PartialReport } from '../shard/partial.js';
import { type ShardSpec } from '../shard/partition.js';
import { type ProbeStages } from './probeStage.js';
import type { Stages } from './types.js';
import type { StartedLayerWorkers } from './layerWorkerStart.js';
export type { AnalyzeOutcome, EvalTokens, SmoothOutcome, Stages } from './types.js';
export { snapshotOf } from '../report/snapshot.js';
import { type BaselineSource, type ModelIdentity, type RunReport } from '../report/types.js';
/** The pipeline's stages, optionally with the probe step's own (src/engine/probeStage.ts). */
export type PipelineStages = Stages & Partial<ProbeStages>;
export interface BaselineInput {
    readonly report: RunReport;
    readonly source: BaselineSource;
    readonly ref: string;
    readonly note: string;
}
export interface PipelineRequest {
    readonly plan: Plan;
    readonly version: string;
    /**
     * Asked once the model hash and the config hash are known (the action restores the cache here).
     * Returns the baseline report, or a sentence saying why there is none.
     */
    readonly baseline?: (model: ModelIdentity, configHash: string) => Promise<BaselineInput | {
        readonly none: string;
    }>;
    readonly log?: (message: string) => void;
    /**
     * Awaited once, right before the first perplexity is measured, and never when none is (no eval
     * text, a safetensors model): the action makes onnxruntime available here (lookup, cache
     * restore or verified download), so runs that only analyse and smooth never need it.
     */
    readonly beforePerplexity?: () => Promise<void>;
    /**
     * Called once the model is resolved, before any analysis, when perplexity will be measured:
     * throws when onnxruntime cannot run on this platform (src/runtime/platform.ts), so such a run
     * stops before the heavy work instead of at its first perplexity.
     */
    readonly checkRuntime?: () => void;
    /**
     * Merge mode: partial reports of shard jobs (folders, files or globs, resolved against `cwd`)
     * stand in for the analyze and smooth stages.
     */
    readonly merge?: {
        readonly sources: readonly string[];
        readonly cwd: string;
    };
    /** the analyze stage's worker threads, started early (the CLI's entry): its pool adopts them */
    readonly layerWorkers?: StartedLayerWorkers;
}
export type Pipeline = (req: PipelineRequest) => Promise<RunReport>;
/** Hash of the plan parts that change the measured numbers (not the gate levels, not reporting). */
export declare function configHash(plan: Plan): string;
/**
 * Hash of what a shard job's numbers depend on: the smoothing plan (analysis options are fixed).
 * Eval settings are left out: shard jobs do not measure perplexity, the merge job does.
 */
export declare function shardConfigHash(plan: Plan): string;
export declare function makePipeline(stages: PipelineStages): Pipeline;
export interface ShardRequest {
    readonly plan: Plan;
    readonly version: string;
    readonly shard: ShardSpec;
    readonly log?: (message: string) => void;
    /** as PipelineRequest.layerWorkers */
    readonly layerWorkers?: StartedLayerWorkers;
}
export interface ShardResult {
    readonly partial: PartialReport;
    /** The manifest written into plan.report.outputDir (the tensor blob lies beside it). */
    readonly manifestPath: string;
}
export type ShardRunner = (req: ShardRequest) => Promise<ShardResult>;
/**
 * A shard job: resolve the model, take this shard's layers of the cost-balanced partition, analyse
 * and smooth them, and write the partial report (manifest + tensor blob) into output-dir.
 */
export declare function makeShardRunner(stages: Stages): ShardRunner;
/** The real shard runner (engine stages loaded lazily), after the preflight checks. */
export declare const runShard: ShardRunner;
/**
 * Runs `work` with output-dir claimed for this run (src/io/outputDir.ts: lock, leftovers removed).
 * The action and the CLI call it around the pipeline and their own report writes; the pipeline's
 * call inside is then the same claim.
 */
export declare function withOutputDir<T>(plan: Plan, removeStaleOutputs: boolean, work: () => Promise<T>): Promise<T>;
/**
 * The real pipeline: the engine's stages (model readers, spectral analysis, smoothing,
 * onnxruntime), after the preflight checks (src/engine/preflight.ts), so a missing tokenizer or a
 * binary eval text is reported in seconds, before any weight is read.
 */
export declare const runPipeline: Pipeline;
