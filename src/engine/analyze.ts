/**
 * The analyze stage: WeightWatcher metrics for every selected dense layer of a model, one weight
 * matrix in memory at a time. Layers outside WeightWatcher's size limits are listed as skipped with
 * the rule that skipped them; a layer whose weights hold NaN/Inf is reported as failed and the
 * others are still analysed. Pure orchestration over src/spectral and a LinalgEngine.
 */
import { requireDenseLayers } from '../model/census.js';
import { layerTooLarge } from '../model/limits.js';
import { WwError } from '../errors.js';
import { checkSelectorCount, compileNamePattern, elide, splitPatternList } from '../util/pattern.js';
import type { LinalgEngine } from '../linalg/engine.js';
import { firstNonFinite, type Float32Matrix, type Matrix } from '../linalg/matrix.js';
import type { DenseLayer, ModelWeights } from '../model/types.js';
import { layerMetrics, spectrumMetrics } from '../spectral/layer.js';
import { randomizedEsdMetrics } from '../spectral/randomize.js';
import { isLayerPool, transferableValues } from './layerPool.js';
import { summarize } from '../spectral/summary.js';
import {
  ANALYZE_REPORT_SCHEMA_VERSION,
  DEFAULT_ANALYZE_OPTIONS,
  type AnalyzeOptions,
  type AnalyzeReport,
  type AnalyzedLayer,
  type LayerFailureCode,
  type LayerIdentity,
  type LayerMetrics,
  type SkippedLayer,
} from '../spectral/types.js';

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
export function parseLayerSpec(spec: string): (layer: DenseLayer) => boolean {
  const parts = splitPatternList(spec);
  if (parts.length === 0) throw new WwError('INPUT_INVALID', `--layers: empty layer selection "${elide(spec)}"`, { spec: elide(spec) });
  checkSelectorCount(parts.length, { key: '--layers', code: 'INPUT_INVALID' });
  const tests = parts.map((part): ((l: DenseLayer) => boolean) => {
    const range = /^(-?\d*):(-?\d*)$/.exec(part);
    if (range) {
      const lo = range[1] === '' ? -Infinity : Number(range[1]);
      const hi = range[2] === '' ? Infinity : Number(range[2]);
      return (l) => l.index >= lo && l.index < hi;
    }
    if (/^\d+$/.test(part)) {
      const idx = Number(part);
      return (l) => l.index === idx;
    }
    // A /regex/ (g and y dropped), a glob, or an exact name: the one matcher of src/util/pattern.ts.
    const pattern = compileNamePattern(part, { key: '--layers', code: 'INPUT_INVALID' });
    return (l) => pattern.test(l.name) || (l.module != null && pattern.test(l.module));
  });
  return (l) => tests.some((t) => t(l));
}

function toPredicate(filter: LayerFilter | undefined): (layer: DenseLayer) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter === 'function') return filter;
  const names = new Set(filter);
  return (l) => names.has(l.name);
}

function identityOf(l: DenseLayer): LayerIdentity {
  return {
    index: l.index,
    name: l.name,
    role: l.role,
    block: l.block,
    dtype: l.dtype,
    storedShape: [l.storedShape[0], l.storedShape[1]],
    inFeatures: l.inFeatures,
    outFeatures: l.outFeatures,
    ...(l.module !== undefined ? { module: l.module } : {}),
    ...(l.quantization ? { quantization: l.quantization } : {}),
  };
}

/** WeightWatcher's layer_supported size rules (pool=True, rf=1). null when the layer is analysed. */
export function skipReason(N: number, M: number, opts: AnalyzeOptions): SkippedLayer['reason'] | null {
  if (opts.minEvals && M < opts.minEvals) return { code: 'MIN_EVALS', message: `${M} eigenvalues < minEvals ${opts.minEvals}` };
  if (opts.maxEvals && M > opts.maxEvals) return { code: 'MAX_EVALS', message: `${M} eigenvalues > maxEvals ${opts.maxEvals}` };
  if (N > opts.maxN) return { code: 'MAX_N', message: `N = ${N} > maxN ${opts.maxN}` };
  return null;
}

/**
 * A layer within the size rules that still cannot be read as one matrix (src/model/limits.ts) is
 * set aside like the rules' skips, with the reason: the analysis has no selection of its own in a
 * run (smooth.exclude chooses what is smoothed), so failing here would leave such a model with no
 * analysis at all. Smoothing it is refused before any work (src/smooth/plan.ts).
 */
function tooLargeReason(layer: DenseLayer): SkippedLayer['reason'] | null {
  const why = layerTooLarge(layer);
  return why === null ? null : { code: 'TOO_LARGE', message: `${why}; not analysed` };
}

/**
 * The order layers go to the engine in: model order, except that on a worker pool the few layers
 * far larger than the rest (cost above 4x the median: an LLM's lm_head) go first, so they overlap
 * the many ordinary ones instead of leaving the other workers idle at the end. Results are still
 * reported in model order.
 */
function dispatchOrder(selected: readonly DenseLayer[], toAnalyse: readonly boolean[], cost: (l: DenseLayer) => number, pooled: boolean): number[] {
  const ks = selected.map((_, k) => k).filter((k) => toAnalyse[k]);
  if (!pooled || ks.length < 3) return ks;
  const costs = ks.map((k) => cost(selected[k]!)).sort((a, b) => a - b);
  const median = costs[Math.floor(costs.length / 2)]!;
  const big = ks.filter((k) => cost(selected[k]!) > 4 * median).sort((a, b) => cost(selected[b]!) - cost(selected[a]!) || a - b);
  const isBig = new Set(big);
  return [...big, ...ks.filter((k) => !isBig.has(k))];
}

function isEngine(e: LinalgEngine | PromiseLike<LinalgEngine>): e is LinalgEngine {
  return typeof (e as PromiseLike<LinalgEngine>).then !== 'function';
}

function positiveTotal(evals: Float64Array): boolean {
  let total = 0;
  for (let i = 0; i < evals.length; i++) total += evals[i]!;
  return total > 0;
}

/** The NON_FINITE reason of a layer whose stored weight at flat index `index` (row-major) is `value`. */
function nonFiniteMessage(layer: DenseLayer, cols: number, index: number, value: number): string {
  const r = Math.floor(index / cols);
  return `${layer.name}: weight [${r}, ${index - r * cols}] is ${value} (NaN/Inf); layer not analysed`;
}

/** A read in float64 for one engine on this thread (readFloat32Shared's values widened here). */
function asMatrix(W: Matrix | Float32Matrix): Matrix {
  return 'data' in W ? W : { rows: W.rows, cols: W.cols, data: Float64Array.from(W.data32), data32: W.data32 };
}

/**
 * The layers the analysis goes through (the filter's) and why each is not read (null: it is read
 * and analysed), with every read the header can vouch for checked first (ModelWeights.checkRead:
 * stored lengths, types), so a corrupt layer late in the model fails before the first is read,
 * not after the analysis of the others. No weight is read; the run's check before its first stage
 * (./readCheck.ts) calls it too.
 */
export function analysisReads(
  model: ModelWeights,
  filter: LayerFilter | undefined,
  options: AnalyzeOptions,
): { readonly selected: DenseLayer[]; readonly skipReasons: (SkippedLayer['reason'] | null)[] } {
  requireDenseLayers(model);
  const selected = model.layers.filter(toPredicate(filter));
  const skipReasons = selected.map((layer) => skipReason(Math.max(layer.inFeatures, layer.outFeatures), Math.min(layer.inFeatures, layer.outFeatures), options) ?? tooLargeReason(layer));
  for (let k = 0; k < selected.length; k++) if (skipReasons[k] === null) model.checkRead(selected[k]!);
  return { selected, skipReasons };
}

/** Runs WeightWatcher's analysis over the model's dense layers. The model is only read, never closed. */
export async function analyzeModel(model: ModelWeights, opts: AnalyzeModelOptions): Promise<AnalyzeReport> {
  const options: AnalyzeOptions = { ...DEFAULT_ANALYZE_OPTIONS, ...opts.analyze };
  if (options.minEvals >= options.maxEvals) {
    throw new WwError('INPUT_INVALID', `analyze: minEvals (${options.minEvals}) must be below maxEvals (${options.maxEvals})`, { ...options });
  }
  const started = performance.now();
  const { selected, skipReasons } = analysisReads(model, opts.layers, options);
  const filteredOut = model.layers.length - selected.length;

  const layers: AnalyzedLayer[] = [];
  const skipped: SkippedLayer[] = model.skipped.map((s) => ({
    index: null,
    name: s.name,
    N: null,
    M: null,
    reason: { code: 'NOT_DENSE' as const, message: s.reason },
  }));
  let readSeconds = 0;
  let eigenSeconds = 0;
  let metricsSeconds = 0;

  // Layers the size rules let through are read one ahead: the next matrix comes off the disk while
  // this one is computed (the file read runs in libuv's pool; at most two matrices in memory).
  const toAnalyse = skipReasons.map((r) => r === null);
  type ReadResult = { readonly W: Matrix | Float32Matrix } | { readonly error: unknown };
  // A pool takes float32 values as they are stored, shared by its workers and widened there (this
  // thread neither converts nor scans them: a lone 2048x5632 layer reaches its worker ~0.1 s
  // sooner); other storage is read in float64 with its float32 copy. While the engine is still
  // starting it is most likely a pool.
  let forPool = !isEngine(opts.engine) || isLayerPool(opts.engine);
  const startRead = (k: number): Promise<ReadResult> => {
    const layer = selected[k]!;
    const shared: Promise<Float32Matrix | null> = forPool && model.readFloat32Shared ? model.readFloat32Shared(layer) : Promise.resolve(null);
    return shared.then((v): Promise<Matrix | Float32Matrix> | Float32Matrix => v ?? model.readMatrix(layer, { keepFloat32: forPool })).then(
      (W) => ({ W }),
      (error: unknown) => ({ error }),
    );
  };
  let prefetched: { readonly k: number; readonly read: Promise<ReadResult> } | null = null;
  const cost = (l: DenseLayer): number => {
    const N = Math.max(l.inFeatures, l.outFeatures);
    const M = Math.min(l.inFeatures, l.outFeatures);
    return N * M * M + M * M * M;
  };
  if (!isEngine(opts.engine)) {
    // the first layer a pool would take (an engine still starting is most likely one), read meanwhile
    const first = dispatchOrder(selected, toAnalyse, cost, true)[0];
    if (first !== undefined) prefetched = { k: first, read: startRead(first) };
  }
  let engine: LinalgEngine;
  try {
    engine = await opts.engine;
  } catch (e) {
    await prefetched?.read;
    throw e;
  }
  forPool = isLayerPool(engine);
  const workTotal = selected.reduce((a, l, k) => a + (toAnalyse[k] ? cost(l) : 0), 0);
  let workDone = 0;

  // With a worker pool (./layerPool.ts) up to `concurrency` layers are in flight: a layer's ESD and
  // its shuffled spectra run on two workers at once, the next layer starts when one is free, and
  // this thread reads ahead and computes the metrics from the spectra. Results are reported in
  // layer order whatever order they finish in. Without a pool, one layer at a time as before.
  const pool = isLayerPool(engine) ? engine : null;
  const maxInFlight = pool ? pool.concurrency : 1;
  const maxBytesInFlight = pool ? pool.maxBytesInFlight : Infinity;
  const finished: (AnalyzedLayer | 'skipped' | undefined)[] = new Array(selected.length);
  const inFlight = new Map<number, { readonly bytes: number; readonly done: Promise<void> }>();
  let bytesInFlight = 0;
  let firstError: { readonly error: unknown } | null = null;
  let reported = 0;
  const report = (): void => {
    while (reported < selected.length && finished[reported] !== undefined) {
      const k = reported++;
      const r = finished[k]!;
      if (r !== 'skipped') layers.push(r);
      if (toAnalyse[k]) workDone += cost(selected[k]!);
      opts.onProgress?.({ done: k + 1, total: selected.length, layer: selected[k]!.name, elapsedSeconds: (performance.now() - started) / 1000, workDone, workTotal });
    }
  };
  const analyseOne = async (layer: DenseLayer, W: Matrix | Float32Matrix, N: number, M: number, t0: number): Promise<AnalyzedLayer> => {
    let evals: Float64Array;
    let metrics: LayerMetrics | null = null;
    const t1 = performance.now();
    if (pool) {
      // the float32 (or float64) copy for the shuffle is taken before W's buffer goes to the ESD worker
      // (the stored float32 values themselves when the read kept them: this thread needs them no more)
      const shuffleValues = !options.randomize ? null : 'data' in W ? (W.data32 ?? transferableValues(W)) : W.data32;
      // The ESD first: it takes the first worker free (at start-up, the first one ready), the shorter
      // shuffled spectra the next. A job widens onto the cores of workers that fall idle (the end of a
      // run, a lone layer): layerWorker.ts.
      const esd = pool.esd(W, true);
      const shuffled = shuffleValues ? pool.shuffledSpectra({ rows: W.rows, cols: W.cols, data: shuffleValues }, { seed: options.seed, layerName: layer.name }) : null;
      shuffled?.catch(() => undefined); // awaited below; an ESD failure must not leave it unhandled
      let e: Awaited<typeof esd>;
      let spectra: Awaited<typeof shuffled>;
      try {
        [e, spectra] = await Promise.all([esd, shuffled]);
      } catch (err) {
        // Shared float32 values are checked in the workers: a non-finite weight fails the layer, not the run.
        const details = WwError.is(err, 'NON_FINITE') ? err.details : {};
        if (typeof details['index'] !== 'number') throw err;
        await Promise.allSettled([esd, shuffled]); // both workers free again before the next layer
        const reason = { code: 'NON_FINITE' as const, message: nonFiniteMessage(layer, W.cols, details['index'], Number(details['value'])) };
        return { ...identityOf(layer), status: 'failed', reason, metrics: null, seconds: (performance.now() - t0) / 1000 };
      }
      evals = e.evals;
      eigenSeconds += e.seconds;
      const t2 = performance.now();
      if (positiveTotal(evals)) {
        metrics = spectrumMetrics(evals, N, M, options);
        if (spectra) Object.assign(metrics, randomizedEsdMetrics(evals, spectra, { N, M, mpFit: options.mpFit }).metrics);
      }
      metricsSeconds += (spectra?.seconds ?? 0) + (performance.now() - t2) / 1000;
    } else {
      const W64 = asMatrix(W);
      evals = await engine.gramEigenvalues(W64);
      const t2 = performance.now();
      eigenSeconds += (t2 - t1) / 1000;
      if (positiveTotal(evals)) metrics = await layerMetrics(W64, evals, engine, layer.name, options);
      metricsSeconds += (performance.now() - t2) / 1000;
    }
    opts.onSpectrum?.(layer.name, evals);
    const seconds = (performance.now() - t0) / 1000;
    if (metrics === null) return { ...identityOf(layer), status: 'failed', reason: { code: 'ZERO_SPECTRUM', message: `${layer.name}: all singular values are zero; no spectrum to fit` }, metrics: null, seconds };
    return { ...identityOf(layer), status: 'analyzed', reason: null, metrics, seconds };
  };

  for (let k = 0; k < selected.length; k++) {
    if (toAnalyse[k]) continue;
    const layer = selected[k]!;
    const N = Math.max(layer.inFeatures, layer.outFeatures);
    const M = Math.min(layer.inFeatures, layer.outFeatures);
    skipped.push({ index: layer.index, name: layer.name, N, M, reason: skipReasons[k]! });
    finished[k] = 'skipped';
  }
  report();
  const order = dispatchOrder(selected, toAnalyse, cost, pool !== null);
  if (prefetched && prefetched.k !== order[0]) {
    await prefetched.read; // not the engine the early read guessed: that layer comes later, read again then
    prefetched = null;
  }
  for (let pos = 0; pos < order.length && firstError === null; pos++) {
    const k = order[pos]!;
    const layer = selected[k]!;
    const N = Math.max(layer.inFeatures, layer.outFeatures);
    const M = Math.min(layer.inFeatures, layer.outFeatures);
    const fail = (code: LayerFailureCode, message: string): void => {
      finished[k] = { ...identityOf(layer), status: 'failed', reason: { code, message }, metrics: null, seconds: (performance.now() - t0) / 1000 };
      report();
    };
    // At most `maxInFlight` layers, and a bounded number of bytes, in the workers at once; waited for
    // before this layer's read is taken, so besides them only the one read ahead is in memory.
    const bytes = layer.inFeatures * layer.outFeatures * 8;
    while (inFlight.size >= maxInFlight || (inFlight.size > 0 && bytesInFlight + bytes > maxBytesInFlight)) {
      await Promise.race([...inFlight.values()].map((f) => f.done));
    }
    if (firstError !== null) break;
    const t0 = performance.now();
    const read = await (prefetched?.k === k ? prefetched.read : startRead(k));
    // the read ahead starts once this one is done (never two reads at once: the readers open their files lazily)
    const next = pos + 1 < order.length ? order[pos + 1]! : -1;
    prefetched = next >= 0 ? { k: next, read: startRead(next) } : null;
    readSeconds += (performance.now() - t0) / 1000;
    if (!('W' in read)) {
      if (WwError.is(read.error, 'NON_FINITE')) {
        fail('NON_FINITE', read.error.message);
        continue;
      }
      firstError = { error: read.error };
      break;
    }
    const W = pool ? read.W : asMatrix(read.W);
    // float64 reads are checked here; shared float32 values in the workers (analyseOne)
    if ('data' in W) {
      const bad = firstNonFinite(W.data);
      if (bad >= 0) {
        fail('NON_FINITE', nonFiniteMessage(layer, W.cols, bad, W.data[bad]!));
        continue;
      }
    }
    const done = analyseOne(layer, W, N, M, t0).then(
      (result) => {
        finished[k] = result;
      },
      (error: unknown) => {
        firstError ??= { error };
      },
    ).finally(() => {
      inFlight.delete(k);
      bytesInFlight -= bytes;
      report();
    });
    inFlight.set(k, { bytes, done });
    bytesInFlight += bytes;
  }
  await Promise.all([...inFlight.values()].map((f) => f.done));
  if (firstError !== null) {
    await prefetched?.read; // settle the read ahead before the error leaves (its file handle stays valid)
    throw (firstError as { readonly error: unknown }).error;
  }

  const analysed = layers.map((l) => l.metrics).filter((m): m is LayerMetrics => m !== null);
  return {
    schemaVersion: ANALYZE_REPORT_SCHEMA_VERSION,
    model: { path: model.path, format: model.format, ...(opts.sha256 ? { sha256: opts.sha256 } : {}) },
    options,
    engine: engine.name,
    layers,
    skipped,
    filteredOut,
    summary: summarize(analysed),
    timings: { totalSeconds: (performance.now() - started) / 1000, readSeconds, eigenSeconds, metricsSeconds },
  };
}
