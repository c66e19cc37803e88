/**
 * The one orchestration both entries call (the action and `ww-smooth run`):
 *   resolve model → analyze → smooth (writes the smoothed model into output-dir) → analyze the
 *   smoothed layers → perplexity of original / smoothed / base → baseline → gate → RunReport.
 * Stages are injected as a `Stages` record so the order, the baseline logic and the report
 * assembly are testable without the heavy engine; `defaultStages()` (below, loaded lazily) binds
 * the real ones. No @actions/* import here.
 */
import { createHash } from 'node:crypto';
import type { Plan } from '../config/plan.js';
import type { PerplexityResult } from '../eval/types.js';
import { evaluateGate } from '../gate/rules.js';
export { snapshotOf } from '../report/snapshot.js';
import {
  RUN_REPORT_SCHEMA_VERSION,
  type BaselineInfo,
  type BaselineSource,
  type ModelIdentity,
  type RunReport,
  type SmoothingSummary,
  type SpectralSnapshot,
} from '../report/types.js';

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
  analyze(model: ModelIdentity, plan: Plan): Promise<AnalyzeOutcome>;
  /** Writes the smoothed model to `outPath`. */
  smooth(model: ModelIdentity, original: AnalyzeOutcome, plan: Plan, outPath: string): Promise<SmoothOutcome>;
  /** Only called when `perplexityUnavailable` returned ''. */
  perplexity(modelPath: string, plan: Plan): Promise<PerplexityResult>;
  /** Why perplexity is not measured for this plan/model ('' when it is). */
  perplexityUnavailable(model: ModelIdentity, plan: Plan): string;
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
}

export type Pipeline = (req: PipelineRequest) => Promise<RunReport>;

/** Hash of the plan parts that change the measured numbers (not the gate levels, not reporting). */
export function configHash(plan: Plan): string {
  const relevant = { smooth: plan.smooth, eval: { ...plan.eval, text: plan.eval.text ? 'text' : null, tokenizer: null } };
  return createHash('sha256').update(canonicalJson(relevant)).digest('hex');
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

function relDelta(a: PerplexityResult, b: PerplexityResult): { absolute: number; relative: number } {
  return { absolute: b.perplexity - a.perplexity, relative: (b.perplexity - a.perplexity) / a.perplexity };
}

export function makePipeline(stages: Stages): Pipeline {
  return async (req) => {
    const { plan } = req;
    const log = req.log ?? (() => {});
    const timings: Record<string, number> = {};
    const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await f();
      } finally {
        timings[name] = (performance.now() - t0) / 1000;
      }
    };
    const hash = configHash(plan);
    const model = await timed('resolve', () => stages.resolveModel(plan.model.source, plan.model.sha256, plan.report.outputDir));
    log(`model ${model.path} (${model.format}, sha256 ${model.sha256.slice(0, 12)})`);
    const original = await timed('analyze', () => stages.analyze(model, plan));
    log(`analyzed ${original.snapshot.layers.length} layers, mean alpha ${original.snapshot.meanAlpha?.toFixed(3) ?? 'n/a'}`);

    let smoothed: SmoothOutcome | null = null;
    if (plan.smooth.enabled) {
      const ext = model.format === 'onnx' ? '.onnx' : '.safetensors';
      const outPath = `${plan.report.outputDir}/smoothed${ext}`;
      smoothed = await timed('smooth', () => stages.smooth(model, original, plan, outPath));
      log(`smoothed ${smoothed.summary.layers.length} layers → ${smoothed.summary.outputPath ?? '(not written)'}`);
    }

    // Baseline: a base model computed here, else what the caller restores (cache / file).
    let noBaseline = 'no base-model given and no baseline report available';
    let base: { snapshot: SpectralSnapshot | null; perplexity: PerplexityResult | null; info: BaselineInfo } | null = null;
    if (plan.baseModel) {
      const baseModel = await timed('resolve-base', () => stages.resolveModel(plan.baseModel!.source, plan.baseModel!.sha256, plan.report.outputDir));
      const baseAnalysis = await timed('analyze-base', () => stages.analyze(baseModel, plan));
      const unavailable = stages.perplexityUnavailable(baseModel, plan);
      const ppl = unavailable ? null : await timed('perplexity-base', () => stages.perplexity(baseModel.path, plan));
      base = {
        snapshot: baseAnalysis.snapshot,
        perplexity: ppl,
        info: { source: 'base-model', ref: plan.baseModel.source, note: `computed from base-model ${plan.baseModel.source}`, modelSha256: baseModel.sha256 },
      };
    } else if (req.baseline) {
      const got = await req.baseline(model, hash);
      if ('none' in got) {
        noBaseline = got.none;
      } else {
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
      pOriginal = await timed('perplexity-original', () => stages.perplexity(model.path, plan));
      log(`perplexity original ${pOriginal.perplexity.toFixed(4)}`);
      if (smoothed?.summary.outputPath) {
        pSmoothed = await timed('perplexity-smoothed', () => stages.perplexity(smoothed!.summary.outputPath!, plan));
        log(`perplexity smoothed ${pSmoothed.perplexity.toFixed(4)}`);
      }
    }
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
        smoothedVsOriginal: pOriginal && pSmoothed ? relDelta(pOriginal, pSmoothed) : null,
        headVsBase: pOriginal && pBase ? relDelta(pBase, pOriginal) : null,
        note: unavailable,
      },
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

/** The real pipeline: the engine's stages (model readers, spectral analysis, smoothing, onnxruntime). */
export const runPipeline: Pipeline = async (req) => {
  const { defaultStages } = await import('./stages.js');
  return makePipeline(defaultStages())(req);
};
