/**
 * Runs a smoothing plan over an opened model, one layer at a time: read W, its eigenvalues and
 * spectral counts, k from the rule, W' from the truncated SVD, the spectrum of W', and the
 * replacement the writer needs. Free of file writing so it can be tested on in-memory models;
 * src/engine/smooth.ts wraps it with opening, checks and writing.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { Matrix } from '../linalg/matrix.js';
import type { DenseLayer, ModelWeights, WeightReplacement } from '../model/types.js';
import { eigenTotal, energyKeptFromEigenvalues, factorizationBlocker, lowRankSpectrum, factorizationSaves, factorsInUsedOrientation, relativeFrobeniusError, smoothMatrix } from './apply.js';
import { countName, describeRule, rankEffect, resolveRank } from './rules.js';
import { memoryStore, type ReplacementStore } from './store.js';
import type { PlannedLayer, SmoothLayerReport, SmoothPlan, SmoothTotals, SpectrumSummary } from './types.js';

/** Spectral summary of one matrix from its eigenvalues (ascending, length min(rows, cols)). */
export type SpectrumAnalyzer = (eigenvalues: Float64Array, rows: number, cols: number) => SpectrumSummary;

export interface SmoothProgress {
  readonly index: number; // 0-based position in the plan
  readonly total: number;
  readonly layer: string;
  readonly stage: 'read' | 'spectrum' | 'svd' | 'after' | 'done';
}

export interface RunSmoothingOptions {
  readonly model: Pick<ModelWeights, 'layers' | 'readMatrix' | 'requantize'>;
  readonly plan: SmoothPlan;
  readonly engine: LinalgEngine;
  readonly analyze: SpectrumAnalyzer;
  /** 'plan': no weight is read, spectrum rules show k = null; 'full': eigenvalues only, no SVD. */
  readonly dryRun: false | 'plan' | 'full';
  readonly seed?: number;
  readonly onProgress?: (p: SmoothProgress) => void;
  /** Where W' waits for the writer (default: in memory). */
  readonly store?: ReplacementStore;
  /**
   * Eigenvalues (ascending) already computed for a layer of THIS model by the same kind of engine
   * (the analysis stage): used instead of a second eigendecomposition. They stay the independent
   * check of the SVD's singular values.
   */
  readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
}

export interface SmoothingResult {
  readonly layers: SmoothLayerReport[];
  readonly replacements: ReadonlyMap<string, WeightReplacement>;
  readonly totals: SmoothTotals;
}

const params = (l: DenseLayer): number => l.inFeatures * l.outFeatures;

export async function runSmoothing(opts: RunSmoothingOptions): Promise<SmoothingResult> {
  const { model, plan, engine, analyze, dryRun } = opts;
  const seed = opts.seed ?? 42;
  const store = opts.store ?? memoryStore();
  const layers: SmoothLayerReport[] = [];
  const total = plan.layers.length;
  for (let index = 0; index < total; index++) {
    const planned = plan.layers[index]!;
    const progress = (stage: SmoothProgress['stage']): void => opts.onProgress?.({ index, total, layer: planned.layer.name, stage });
    const t0 = performance.now();
    const report = await smoothOne(planned, { model, engine, analyze, dryRun, seed, factorize: plan.factorize, progress, store, knownSpectrum: opts.knownSpectrum });
    layers.push({ ...report, seconds: (performance.now() - t0) / 1000 });
    progress('done');
  }
  return { layers, replacements: store.replacements, totals: computeTotals(model.layers, layers) };
}

interface OneLayerContext {
  readonly model: Pick<ModelWeights, 'readMatrix' | 'requantize'>;
  readonly engine: LinalgEngine;
  readonly analyze: SpectrumAnalyzer;
  readonly dryRun: false | 'plan' | 'full';
  readonly seed: number;
  readonly factorize: boolean;
  readonly progress: (stage: SmoothProgress['stage']) => void;
  readonly store: ReplacementStore;
  readonly knownSpectrum: ((layer: string) => Float64Array | undefined) | undefined;
}

type LayerResult = Omit<SmoothLayerReport, 'seconds'>;
/** The report fields known before any weight is read. */
type LayerBase = Omit<LayerResult, 'k' | 'action' | 'energyKept' | 'relativeError' | 'before' | 'after' | 'paramsAfter' | 'notes'>;

/**
 * One layer: plan-only dry runs stop at the plan; otherwise read W and its spectrum, resolve k,
 * decide the written form, and (unless a full dry run) compute W', check it and store it.
 */
async function smoothOne(planned: PlannedLayer, ctx: OneLayerContext): Promise<LayerResult> {
  const base = layerBase(planned);
  if (ctx.dryRun === 'plan') return plannedOnly(planned, base, ctx.factorize);
  const notes: string[] = [];
  const { rule } = planned;
  const [rows, cols] = planned.layer.storedShape;

  ctx.progress('read');
  // float32 values kept: the truncated SVD's float32 Gram starts from them instead of rounding W
  const W = await ctx.model.readMatrix(planned.layer, { keepFloat32: true });
  ctx.progress('spectrum');
  const known = ctx.knownSpectrum?.(planned.layer.name);
  const evals = known && known.length === Math.min(rows, cols) ? known : await ctx.engine.gramEigenvalues(W);
  const before = ctx.analyze(evals, rows, cols);
  const k = resolveRank(rule, rows, cols, before);
  if (k === null) {
    notes.push(`${describeRule(rule)}: ${countName(rule)} is not available (the spectral fit failed); layer left unchanged`);
    return { ...base, k: null, action: ctx.dryRun ? 'planned' : 'unchanged', energyKept: 1, relativeError: 0, before, after: before, paramsAfter: base.paramsBefore, notes };
  }
  const effect = rankEffect(k, rows, cols);
  if (effect === 'unchanged-zero' || effect === 'unchanged-full') {
    noteForUnchanged(k, rows, cols, notes);
    return { ...base, k, action: ctx.dryRun ? 'planned' : 'unchanged', energyKept: 1, relativeError: 0, before, after: before, paramsAfter: base.paramsBefore, notes };
  }

  const wantFactors = writtenForm(planned.layer, k, ctx.factorize, notes);
  const paramsAfter = wantFactors ? k * (planned.layer.inFeatures + planned.layer.outFeatures) : base.paramsBefore;
  if (ctx.dryRun === 'full') {
    const energyKept = energyKeptFromEigenvalues(evals, k);
    return { ...base, k, action: 'planned', energyKept, relativeError: Math.sqrt(Math.max(0, 1 - energyKept)), before, after: null, paramsAfter, notes };
  }

  ctx.progress('svd');
  const { values, svd } = await smoothMatrix(W, k, ctx.engine, ctx.seed);
  const { energyKept, relativeError } = checkSmoothed(W, values, svd.S, evals, k, ctx.engine.name, notes);
  ctx.progress('after');
  // W' = U_k S_k V_k^T (k > 0) has the spectrum S_k^2 and zeros by construction; W minus its top
  // part (k < 0) has the rest of W's spectrum only for exact singular vectors, so it is measured.
  const afterEvals = k > 0 ? lowRankSpectrum(svd.S, Math.min(rows, cols)) : await ctx.engine.gramEigenvalues(values);
  const after = ctx.analyze(afterEvals, rows, cols);
  if (wantFactors) {
    const { a, b } = factorsInUsedOrientation(svd, planned.layer);
    ctx.store.put(planned.layer.name, { kind: 'factorized', a, b }, planned.layer.dtype);
  } else {
    // A quantized weight is requantized from W' itself (float64), not from W' rounded to its scale type.
    ctx.store.put(planned.layer.name, { kind: 'dense', values }, planned.layer.quantization ? 'float64' : planned.layer.dtype);
  }
  // A quantized weight is written back requantized in its own scheme: report what that costs.
  const requantizationError = planned.layer.quantization && !wantFactors && ctx.model.requantize ? (await ctx.model.requantize(planned.layer, values)).error : undefined;
  return {
    ...base,
    ...(requantizationError !== undefined ? { requantizationError } : {}),
    k,
    action: wantFactors ? 'factorized' : k > 0 ? 'smoothed' : 'top-removed',
    energyKept,
    relativeError,
    before,
    after,
    paramsAfter,
    notes,
  };
}

function layerBase({ layer, rule, ruleSource }: PlannedLayer): LayerBase {
  return {
    name: layer.name,
    ...(layer.module ? { module: layer.module } : {}),
    ...(layer.quantization ? { quantization: layer.quantization } : {}),
    index: layer.index,
    role: layer.role,
    block: layer.block,
    dtype: layer.dtype,
    storedShape: layer.storedShape,
    inFeatures: layer.inFeatures,
    outFeatures: layer.outFeatures,
    rule,
    ruleSource,
    paramsBefore: params(layer),
  };
}

/** A plan-only dry run: k where the rule fixes it without the spectrum, nothing read. */
function plannedOnly(planned: PlannedLayer, base: LayerBase, factorize: boolean): LayerResult {
  const { layer, rule, k } = planned;
  const [rows, cols] = layer.storedShape;
  const notes: string[] = [];
  if (k !== null) noteForUnchanged(k, rows, cols, notes);
  const unchanged = k !== null && rankEffect(k, rows, cols).startsWith('unchanged');
  const factorized = k !== null && !unchanged && factorize && k > 0 && factorizationSaves(k, layer.inFeatures, layer.outFeatures) && factorizationBlocker(layer) === null;
  return {
    ...base,
    k,
    action: 'planned',
    energyKept: null,
    relativeError: null,
    before: null,
    after: null,
    paramsAfter: factorized ? k * (layer.inFeatures + layer.outFeatures) : base.paramsBefore,
    notes: k === null ? [`k decided from the spectrum (${describeRule(rule)}); run with dry-run 'full' to compute it`] : notes,
  };
}

/** Whether W' is written as two factors (true) or dense, with a note when factorize was asked for but cannot apply. */
function writtenForm(layer: DenseLayer, k: number, factorize: boolean, notes: string[]): boolean {
  const blocker = factorize && k > 0 ? factorizationBlocker(layer) : null;
  const saves = k > 0 && factorizationSaves(k, layer.inFeatures, layer.outFeatures);
  const wantFactors = factorize && saves && blocker === null;
  if (factorize && !wantFactors) {
    notes.push(
      k < 0
        ? 'written dense: removing the top components leaves a matrix that has no smaller factorised form'
        : !saves
          ? `written dense: factorised form k*(in+out) = ${k * (layer.inFeatures + layer.outFeatures)} is not smaller than in*out = ${params(layer)}`
          : `written dense: cannot factorise, ${blocker}`,
    );
  }
  return wantFactors;
}

/**
 * Energy kept and relative error of W', each checked against an independent prediction (notes
 * when the truncated SVD is not accurate enough).
 */
function checkSmoothed(W: Matrix, values: Matrix, S: Float64Array, evals: Float64Array, k: number, engineName: string, notes: string[]): { energyKept: number; relativeError: number } {
  const normTotal = eigenTotal(evals);
  let topEnergy = 0;
  for (let i = 0; i < S.length; i++) topEnergy += S[i]! ** 2;
  const energyKept = normTotal > 0 ? (k > 0 ? topEnergy / normTotal : Math.max(0, normTotal - topEnergy) / normTotal) : 1;
  const relativeError = relativeFrobeniusError(W, values);
  // Eckart-Young: for exact singular triplets ||W - W'||_F / ||W||_F = sqrt(1 - energy kept).
  const predicted = Math.sqrt(Math.max(0, 1 - energyKept));
  // Tolerance: the engine contract allows a randomized SVD within 0.1% of the optimal error; the
  // absolute term covers sqrt(1 - energy) losing precision when almost all energy is kept.
  if (Math.abs(relativeError - predicted) > 1e-3 * predicted + 1e-7) {
    notes.push(`check: measured relative error ${relativeError.toPrecision(8)} differs from sqrt(1 - energy kept) = ${predicted.toPrecision(8)} by more than 0.1%; the truncated SVD (engine ${engineName}) is not accurate enough`);
  }
  // The SVD's singular values must be the top |k| of the spectrum computed independently above.
  const expectedEnergy = energyKeptFromEigenvalues(evals, k);
  if (Math.abs(energyKept - expectedEnergy) > 1e-3 * (1 - Math.min(energyKept, expectedEnergy)) + 1e-9) {
    notes.push(`check: energy kept by the SVD (${energyKept.toPrecision(8)}) differs from the top-${Math.abs(k)} eigenvalues' share (${expectedEnergy.toPrecision(8)}); the truncated SVD (engine ${engineName}) missed singular values`);
  }
  return { energyKept, relativeError };
}

function noteForUnchanged(k: number, rows: number, cols: number, notes: string[]): void {
  const effect = rankEffect(k, rows, cols);
  if (effect === 'unchanged-zero') notes.push('k = 0: layer left unchanged (as WeightWatcher: "Not smoothing ... ncomp=0")');
  if (effect === 'unchanged-full') notes.push(`k = ${k} >= min(${rows}, ${cols}): full rank kept, layer left unchanged`);
}

export function computeTotals(allLayers: readonly DenseLayer[], reports: readonly SmoothLayerReport[]): SmoothTotals {
  const selectedParamsBefore = reports.reduce((s, r) => s + r.paramsBefore, 0);
  const selectedParamsAfter = reports.reduce((s, r) => s + r.paramsAfter, 0);
  const denseParamsBefore = allLayers.reduce((s, l) => s + params(l), 0);
  let lost = 0;
  let norm = 0;
  let haveEnergy = reports.length > 0;
  for (const r of reports) {
    if (r.energyKept === null || r.before === null) {
      haveEnergy = false;
      break;
    }
    lost += (1 - r.energyKept) * r.before.norm;
    norm += r.before.norm;
  }
  const mean = (xs: (number | null)[]): number | null => {
    const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  return {
    layersSelected: reports.length,
    layersChanged: reports.filter((r) => r.action === 'smoothed' || r.action === 'factorized' || r.action === 'top-removed').length,
    layersFactorized: reports.filter((r) => r.action === 'factorized').length,
    selectedParamsBefore,
    selectedParamsAfter,
    denseParamsBefore,
    denseParamsAfter: denseParamsBefore - selectedParamsBefore + selectedParamsAfter,
    energyKept: haveEnergy ? (norm > 0 ? 1 - lost / norm : 1) : null,
    meanAlphaBefore: mean(reports.map((r) => (r.before?.alphaStatus === 'success' ? r.before.alpha : null))),
    meanAlphaAfter: mean(reports.map((r) => (r.after?.alphaStatus === 'success' ? r.after.alpha : null))),
  };
}
