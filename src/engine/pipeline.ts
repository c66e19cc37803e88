/**
 * The one orchestration both entries call (the action and `ww-smooth run`):
 *   resolve model → analyze → smooth (writes the smoothed model into output-dir) → analyze the
 *   smoothed layers → perplexity of original / smoothed / base → baseline → gate → RunReport.
 * Stages are injected as a `Stages` record so the order, the baseline logic and the report
 * assembly are testable without the heavy engine; `defaultStages()` (below, loaded lazily) binds
 * the real ones. No @actions/* import here.
 *
 * Sharding: `makeShardRunner` is the shard job's part (resolve → this shard's layers →
 * analyze + smooth them → partial report); a merge run (`req.merge`) is this same pipeline with the
 * analyze and smooth stages replaced by reading the partials back (checked, then assembled into
 * the smoothed model), so perplexity, baseline, gate and report are exactly a single job's.
 */
import { createHash } from 'node:crypto';
import type { PerplexityLevels, Plan } from '../config/plan.js';
import { DEFAULT_BOOTSTRAP, perplexityDelta } from '../eval/bootstrap.js';
import type { Delta, PerplexityResult } from '../eval/types.js';
import { evaluateGate } from '../gate/rules.js';
import { WwError } from '../errors.js';
import { mergeAnalyses } from '../shard/merge.js';
import {
  checkPartials,
  findPartialFiles,
  layerListHash,
  loadPartials,
  partialStem,
  partialToJson,
  PARTIAL_KIND,
  PARTIAL_SCHEMA_VERSION,
  type PartialReport,
} from '../shard/partial.js';
import { formatShard, shardLayers, type ShardSpec } from '../shard/partition.js';
import { writeFileAtomic } from '../report/json.js';
import { compareWithBase } from '../report/baseMatch.js';
import { analyzeOutcomeOf } from './outcomes.js';
import { measureProbes, type ProbeBase, type ProbeStages } from './probeStage.js';
import type { AnalyzeOutcome, EvalTokens, SmoothOutcome, Stages } from './types.js';
import type { StartedLayerWorkers } from './layerWorkerStart.js';
import type { StageOptions } from './stages.js';
export type { AnalyzeOutcome, EvalTokens, SmoothOutcome, Stages } from './types.js';
export { snapshotOf } from '../report/snapshot.js';
import {
  RUN_REPORT_SCHEMA_VERSION,
  type BaselineInfo,
  type BaselineSource,
  type ModelIdentity,
  type RunReport,
  type SpectralSnapshot,
} from '../report/types.js';

/** The pipeline's stages, optionally with the probe step's own (src/engine/probeStage.ts). */
export type PipelineStages = Stages & Partial<ProbeStages>;

function need<K extends keyof Stages>(stages: Stages, key: K): NonNullable<Stages[K]> {
  const f = stages[key];
  if (!f) throw new WwError('SHARD', `these pipeline stages do not support sharding (no ${String(key)})`, {});
  return (f as (...a: unknown[]) => unknown).bind(stages) as NonNullable<Stages[K]>;
}

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
  readonly baseline?: (model: ModelIdentity, configHash: string) => Promise<BaselineInput | { readonly none: string }>;
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
  readonly merge?: { readonly sources: readonly string[]; readonly cwd: string };
  /** the analyze stage's worker threads, started early (the CLI's entry): its pool adopts them */
  readonly layerWorkers?: StartedLayerWorkers;
}

export type Pipeline = (req: PipelineRequest) => Promise<RunReport>;

function stageOptions(req: PipelineRequest | ShardRequest): StageOptions {
  return { ...(req.log ? { log: req.log } : {}), ...(req.layerWorkers ? { layerWorkers: req.layerWorkers } : {}) };
}

/** Hash of the plan parts that change the measured numbers (not the gate levels, not reporting). */
export function configHash(plan: Plan): string {
  const relevant = { smooth: smoothForHash(plan.smooth), eval: { ...plan.eval, text: plan.eval.text ? 'text' : null, tokenizer: null, ...(plan.eval.probe ? { probe: 'probe' } : {}) } };
  return createHash('sha256').update(canonicalJson(relevant)).digest('hex');
}

/**
 * Hash of what a shard job's numbers depend on: the smoothing plan (analysis options are fixed).
 * Eval settings are left out: shard jobs do not measure perplexity, the merge job does.
 */
export function shardConfigHash(plan: Plan): string {
  return createHash('sha256').update(canonicalJson({ smooth: shardSmooth(plan.smooth) })).digest('hex');
}

/** The smoothing fields that change the numbers: not the search's time bound, not the explanation of the method. */
function smoothForHash(smooth: Plan['smooth']): Omit<Plan['smooth'], 'searchMaxSeconds' | 'methodReason'> {
  const { searchMaxSeconds: _time, methodReason: _why, ...rest } = smooth;
  return rest;
}

/** What shard jobs apply: auto taken by default smooths shards with detX (src/shard/jobs.ts), without a search. */
function shardSmooth(smooth: Plan['smooth']): object {
  const { budget: _budget, searchMaxEvals: _evals, objective: _objective, ...rest } = smoothForHash(smooth);
  return smooth.method === 'auto' && smooth.methodReason ? { ...rest, method: 'detX' } : rest;
}

function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** b against a, with the paired bootstrap interval at the rule's significance level (95% when the rule sets none). */
function relDelta(a: PerplexityResult, b: PerplexityResult, levels: PerplexityLevels): Delta {
  return perplexityDelta(a, b, { level: levels.significance ?? DEFAULT_BOOTSTRAP.level });
}

/** Seconds per named stage, for the report's `timings`. */
function stopwatch(): { timings: Record<string, number>; timed: <T>(name: string, f: () => Promise<T>) => Promise<T> } {
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      timings[name] = (performance.now() - t0) / 1000;
    }
  };
  return { timings, timed };
}

export function makePipeline(stages: PipelineStages): Pipeline {
  return async (req) => {
    const { plan } = req;
    const log = req.log ?? (() => {});
    const { timings, timed } = stopwatch();
    const hash = configHash(plan);
    const model = await timed('resolve', () => stages.resolveModel(plan.model.source, plan.model.sha256, plan.report.outputDir));
    log(`model ${model.path} (${model.format}, sha256 ${model.sha256.slice(0, 12)})`);
    if (req.checkRuntime && stages.perplexityUnavailable(model, plan) === '') req.checkRuntime();
    // Both models resolved and their headers checked before the heavy work: a matrix too large to
    // read, or a corrupt layer, fails in seconds, not when a stage reaches it.
    const baseModel = plan.baseModel ? await timed('resolve-base', () => stages.resolveModel(plan.baseModel!.source, plan.baseModel!.sha256, plan.report.outputDir)) : null;
    if (!req.merge) await timed('check', async () => stages.checkReads?.(model, plan, { smoothed: true }));
    if (baseModel) await timed('check-base', async () => stages.checkReads?.(baseModel, plan, { smoothed: false }));
    const ext = model.format === 'onnx' ? '.onnx' : '.safetensors';
    const outPath = `${plan.report.outputDir}/smoothed${ext}`;
    // The eval text is tokenised once, with the original's tokenizer, for every model measured.
    let tokens: Promise<EvalTokens> | null = null;
    let runtime: Promise<void> | null = null;
    const ensureRuntime = (): Promise<void> => (runtime ??= req.beforePerplexity ? timed('runtime', req.beforePerplexity) : Promise.resolve());
    const prepare = async (): Promise<EvalTokens> => {
      await ensureRuntime();
      return timed('tokenize', () => stages.tokenize(model, plan));
    };
    let original: AnalyzeOutcome;
    let smoothed: SmoothOutcome | null = null;
    if (req.merge) {
      // Merge mode: the shard jobs' partials replace the analyze and smooth stages.
      const merge = req.merge;
      const layers = await need(stages, 'listLayers')(model);
      const partials = await timed('merge-read', async () =>
        checkPartials(await loadPartials(await findPartialFiles(merge.sources, merge.cwd)), { model, configHash: shardConfigHash(plan), version: req.version, layers }),
      );
      log(`merging ${partials.length} partial reports (shards 1..${partials.length} of ${partials[0]!.report.shard.count})`);
      original = analyzeOutcomeOf(mergeAnalyses(partials, model));
      log(`analyzed ${original.snapshot.layers.length} layers, mean alpha ${original.snapshot.meanAlpha?.toFixed(3) ?? 'n/a'}`);
      if (plan.smooth.enabled) {
        const o = original;
        smoothed = await timed('merge-assemble', () => need(stages, 'assemble')(model, plan, o, partials, outPath));
        log(`assembled ${smoothed.summary.layers.length} smoothed layers → ${smoothed.summary.outputPath ?? '(not written)'}`);
      }
    } else {
      original = await timed('analyze', () => stages.analyze(model, plan));
      log(`analyzed ${original.snapshot.layers.length} layers, mean alpha ${original.snapshot.meanAlpha?.toFixed(3) ?? 'n/a'}`);
      if (plan.smooth.enabled) {
        const o = original;
        // method auto measures candidates on the eval text: tokens (and onnxruntime) are needed now.
        const search = plan.smooth.method === 'auto' && !stages.perplexityUnavailable(model, plan) ? { tokens: await (tokens ??= prepare()), log } : undefined;
        smoothed = await timed('smooth', () => stages.smooth(model, o, plan, outPath, search));
        log(`smoothed ${smoothed.summary.layers.length} layers → ${smoothed.summary.outputPath ?? '(not written)'}`);
      }
    }

    const measure = async (stage: string, modelPath: string): Promise<PerplexityResult> => {
      const t = await (tokens ??= prepare());
      return timed(stage, () => stages.perplexity(modelPath, plan, t));
    };

    // Baseline: a base model computed here, else what the caller restores (cache / file).
    let noBaseline = 'no base-model given and no baseline report available';
    let base: { snapshot: SpectralSnapshot | null; perplexity: PerplexityResult | null; info: BaselineInfo } | null = null;
    let probeBase: ProbeBase = null;
    if (baseModel) {
      probeBase = { model: baseModel };
      const baseAnalysis = await timed('analyze-base', () => stages.analyze(baseModel, plan));
      const unavailable = stages.perplexityUnavailable(baseModel, plan);
      const ppl = unavailable ? null : await measure('perplexity-base', baseModel.path);
      base = {
        snapshot: baseAnalysis.snapshot,
        perplexity: ppl,
        info: { source: 'base-model', ref: baseModel.source, note: `computed from base-model ${baseModel.source}`, modelSha256: baseModel.sha256 },
      };
    } else if (req.baseline) {
      const got = await req.baseline(model, hash);
      if ('none' in got) {
        noBaseline = got.none;
      } else {
        probeBase = { report: got.report.probe };
        base = {
          snapshot: got.report.spectral.original,
          perplexity: got.report.perplexity.original,
          info: { source: got.source, ref: got.ref, note: got.note, modelSha256: got.report.model.sha256 },
        };
      }
    }

    const unavailable = stages.perplexityUnavailable(model, plan);
    let pOriginal: PerplexityResult | null = null;
    let pSmoothed: PerplexityResult | null = null;
    if (!unavailable) {
      pOriginal = await measure('perplexity-original', model.path);
      log(`perplexity original ${pOriginal.perplexity.toFixed(4)}`);
      if (smoothed?.summary.outputPath) {
        pSmoothed = await measure('perplexity-smoothed', smoothed.summary.outputPath);
        log(`perplexity smoothed ${pSmoothed.perplexity.toFixed(4)}`);
      }
    }
    const probe = await measureProbes({ stages, plan, model, smoothedPath: smoothed?.summary.outputPath ?? null, base: probeBase, timed, before: ensureRuntime, log });
    const pBase = base?.perplexity ?? null;
    const measurements: Omit<RunReport, 'verdict'> = {
      schemaVersion: RUN_REPORT_SCHEMA_VERSION,
      tool: { name: 'ww-smooth', version: req.version },
      createdAt: new Date().toISOString(),
      model,
      configHash: hash,
      spectral: { original: original.snapshot, smoothed: smoothed?.snapshot ?? null, base: base?.snapshot ?? null },
      smoothing: smoothed?.summary ?? null,
      perplexity: {
        original: pOriginal,
        smoothed: pSmoothed,
        base: pBase,
        smoothedVsOriginal: pOriginal && pSmoothed ? relDelta(pOriginal, pSmoothed, plan.gate.perplexityIncrease) : null,
        headVsBase: pOriginal && pBase ? relDelta(pBase, pOriginal, plan.gate.basePerplexityIncrease) : null,
        note: unavailable,
      },
      ...(probe ? { probe } : {}),
      ...(base?.snapshot ? { baseComparison: compareWithBase(original.snapshot.layers, base.snapshot.layers) } : {}),
      baseline: base?.info ?? {
        source: 'none',
        ref: null,
        note: noBaseline,
        modelSha256: null,
      },
      timings,
      stages: { analyze: original.report, smooth: smoothed?.report ?? null },
    };
    return { ...measurements, verdict: evaluateGate(measurements, plan.gate) };
  };
}

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
export function makeShardRunner(stages: Stages): ShardRunner {
  return async (req) => {
    const { plan, shard } = req;
    const log = req.log ?? (() => {});
    const { timings, timed } = stopwatch();
    const model = await timed('resolve', () => stages.resolveModel(plan.model.source, plan.model.sha256, plan.report.outputDir));
    const layers = await need(stages, 'listLayers')(model);
    const mine = shardLayers(layers, shard).map((l) => l.name);
    await timed('check', async () => stages.checkReads?.(model, plan, { smoothed: true, only: mine }));
    log(`shard ${formatShard(shard)}: ${mine.length} of ${layers.length} layers of ${model.path} (sha256 ${model.sha256.slice(0, 12)})`);
    const analysis = await timed('analyze', () => stages.analyze(model, plan, mine));
    const stem = partialStem(shard);
    const smooth = plan.smooth.enabled
      ? await timed('smooth', () => need(stages, 'smoothShard')(model, plan, mine, `${plan.report.outputDir}/${stem}.bin`))
      : null;
    const partial: PartialReport = {
      kind: PARTIAL_KIND,
      schemaVersion: PARTIAL_SCHEMA_VERSION,
      tool: { name: 'ww-smooth', version: req.version },
      createdAt: new Date().toISOString(),
      model,
      configHash: shardConfigHash(plan),
      shard,
      modelLayers: layers.length,
      layerListHash: layerListHash(layers),
      layers: mine,
      analyze: analysis.report as PartialReport['analyze'],
      smooth,
      timings,
    };
    const manifestPath = `${plan.report.outputDir}/${stem}.json`;
    await writeFileAtomic(manifestPath, partialToJson(partial));
    log(`shard ${formatShard(shard)}: analysed ${mine.length} layers, smoothed ${smooth?.layers.length ?? 0}; partial report ${manifestPath}`);
    return { partial, manifestPath };
  };
}

/** The real shard runner (engine stages loaded lazily), after the preflight checks. */
export const runShard: ShardRunner = async (req) => {
  const { preflight } = await import('./preflight.js');
  await preflight({ ...req.plan, eval: { ...req.plan.eval, text: null } }); // shard jobs measure no perplexity
  const { defaultStages } = await import('./stages.js');
  return withOutputDir(req.plan, false, () => withStages(defaultStages(stageOptions(req)), (stages) => makeShardRunner(stages)(req)));
};

/** Runs `work` with the stages, then frees what they kept for the run (engines), whatever happened. */
async function withStages<T>(stages: Stages, work: (stages: Stages) => Promise<T>): Promise<T> {
  try {
    return await work(stages);
  } finally {
    await stages.dispose?.();
  }
}

/**
 * Runs `work` with output-dir claimed for this run (src/io/outputDir.ts: lock, leftovers removed).
 * The action and the CLI call it around the pipeline and their own report writes; the pipeline's
 * call inside is then the same claim.
 */
export async function withOutputDir<T>(plan: Plan, removeStaleOutputs: boolean, work: () => Promise<T>): Promise<T> {
  const { withClaimedOutputDir } = await import('../io/outputDir.js');
  const local = [plan.model.source, plan.baseModel?.source].filter((s): s is string => !!s && !/^[a-z]+:\/\//i.test(s));
  return withClaimedOutputDir(plan.report.outputDir, { keep: local, removeStaleOutputs }, work);
}

/**
 * The real pipeline: the engine's stages (model readers, spectral analysis, smoothing,
 * onnxruntime), after the preflight checks (src/engine/preflight.ts), so a missing tokenizer or a
 * binary eval text is reported in seconds, before any weight is read.
 */
export const runPipeline: Pipeline = async (req) => {
  const { preflight } = await import('./preflight.js');
  await preflight(req.plan);
  const { defaultStages } = await import('./stages.js');
  return withOutputDir(req.plan, true, () => withStages(defaultStages(stageOptions(req)), (stages) => makePipeline(stages)(req)));
};
