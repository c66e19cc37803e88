/**
 * `smoothModel`: the smoothing stage as the CLI and the action call it. Order matters for the
 * error contract: the output path (OUTPUT_IS_INPUT), the rules (RANK_OUT_OF_RANGE) and the
 * selection (SELECTION_EMPTY / NOT_DENSE) are all checked before any weight is read. Then one layer
 * at a time: read, spectrum, k, truncated SVD, spectrum of W'. Finally the writer stores the
 * replacements in each layer's own dtype and layout and writes the new file atomically; the input
 * is never modified.
 */
import { requireDenseLayers } from '../model/census.js';
import { realpath, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { checkWritableFile, makeFolder } from '../io/paths.js';
import { getEngine, type LinalgEngine } from '../linalg/engine.js';
import type { OnnxWeights } from '../model/onnx.js';
import { openModel } from '../model/open.js';
import { writeSmoothedOnnx } from '../model/onnxWrite.js';
import { writeSmoothedSafetensors } from '../model/safetensors.js';
import { buildPlan } from '../smooth/plan.js';
import { runSmoothing, type SmoothProgress, type SpectrumAnalyzer } from '../smooth/run.js';
import { summarizeSpectrum } from '../smooth/spectrum.js';
import { denseBytes, memoryStore, spillStore, type ReplacementStore } from '../smooth/store.js';
import type { SmoothPlan, SmoothPlanConfig, SmoothReport } from '../smooth/types.js';
import type { SearchReport } from '../smooth/search/types.js';
import { searchRanks, searchReport, type SearchSetup } from './search.js';

const DEFAULT_MEMORY_BUDGET = 1 << 30;

export interface SmoothModelOptions {
  readonly modelPath: string;
  /** Required unless dryRun. Must differ from the input (and from its external-data files). */
  readonly outPath?: string | null;
  readonly plan: SmoothPlanConfig;
  /** Default: getEngine(). An engine passed in is not disposed. */
  readonly engine?: LinalgEngine;
  /** Overrides plan.factorize when given. */
  readonly factorize?: boolean;
  /** true = 'plan'. 'plan': no weight read; 'full': eigenvalues and k, no SVD, nothing written. */
  readonly dryRun?: boolean | 'plan' | 'full';
  readonly seed?: number;
  readonly onProgress?: (p: SmoothProgress) => void;
  /** Called once the plan is known (before any weight is read). */
  readonly onPlan?: (plan: SmoothPlan) => void;
  /**
   * Above this many bytes of float64 W' (all selected layers together), smoothed weights wait for
   * the writer in a temporary file beside the output, in their own dtype. Default 1 GiB.
   */
  readonly memoryBudgetBytes?: number;
  /** Spectral summary used for rules and the before/after report (default: src/spectral). */
  readonly analyze?: SpectrumAnalyzer;
  /** Eigenvalues already computed for layers of this model (see RunSmoothingOptions.knownSpectrum). */
  readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
  /**
   * `method: auto`: search the rank of each selected layer (plan.method is ignored, overrides with a
   * method keep it) under a perplexity budget on these tokens; ONNX only, not with a dry run.
   */
  readonly search?: SearchSetup;
}

/** A smoothing report, with the search that chose the ranks when `method: auto` ran. */
export interface SmoothModelReport extends SmoothReport {
  readonly search: SearchReport | null;
}

export async function smoothModel(opts: SmoothModelOptions): Promise<SmoothModelReport> {
  const t0 = performance.now();
  const dryRun = opts.dryRun === true ? 'plan' : opts.dryRun === undefined ? false : opts.dryRun;
  const modelPath = resolve(opts.modelPath);
  const outPath = opts.outPath ? resolve(opts.outPath) : null;
  if (!dryRun) {
    await checkOutputPath(modelPath, outPath);
    // A folder at --out, or a file where its folder must be, fails now, not after the smoothing.
    await checkWritableFile(outPath!, 'output model');
    await makeFolder(dirname(outPath!), 'folder of the output model');
  }

  const model = await openModel(modelPath);
  let ownEngine: LinalgEngine | null = null;
  let store: ReplacementStore | null = null;
  try {
    if (!dryRun) {
      checkOutputFormat(model.format, modelPath, outPath!);
      if (model.format === 'onnx') checkOnnxDataFile(model as OnnxWeights, outPath!);
    }
    requireDenseLayers(model);
    let plan = buildPlan(model, { ...opts.plan, factorize: opts.factorize ?? opts.plan.factorize ?? false });
    for (const p of plan.layers) model.checkRead(p.layer); // a corrupt layer fails before the first is smoothed
    if (plan.factorize && model.format === 'safetensors' && !dryRun) {
      throw new WwError('INPUT_INVALID', `--factorize needs an ONNX model (it rewrites the graph); ${modelPath} is safetensors`, { file: modelPath });
    }
    if (opts.search && (dryRun || model.format !== 'onnx')) {
      throw new WwError('INPUT_INVALID', `method auto measures perplexity with onnxruntime: it needs an ONNX model and no dry run (${modelPath})`, { file: modelPath });
    }
    opts.onPlan?.(plan);
    const engine = opts.engine ?? (dryRun === 'plan' ? null : (ownEngine = await getEngine()));
    const analyze = opts.analyze ?? summarizeSpectrum;
    const searched = opts.search
      ? await searchRanks({ model, planned: plan.layers, config: opts.plan, engine: engine!, analyze, seed: opts.seed ?? 42, setup: opts.search, ...(opts.knownSpectrum ? { knownSpectrum: opts.knownSpectrum } : {}) })
      : null;
    if (searched) plan = { ...plan, layers: searched.planned, notes: [...plan.notes, ...searched.notes] };
    const spill = !dryRun && denseBytes(plan.layers.map((p) => p.layer)) > (opts.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET);
    store = spill ? spillStore(join(dirname(outPath!), `.${basename(outPath!)}.${randomBytes(6).toString('hex')}.spill`)) : memoryStore();
    const result = await runSmoothing({
      store,
      model,
      plan,
      engine: engine ?? noEngine,
      analyze,
      dryRun,
      seed: opts.seed ?? 42,
      onProgress: opts.onProgress,
      knownSpectrum: opts.knownSpectrum,
    });
    if (!dryRun) {
      if (model.format === 'onnx') await writeSmoothedOnnx(model.path, outPath!, result.replacements);
      else await writeSmoothedSafetensors(model.path, outPath!, result.replacements);
    }
    return {
      modelPath,
      outPath: dryRun ? null : outPath,
      format: model.format,
      dryRun,
      factorize: plan.factorize,
      engine: engine?.name ?? 'none',
      layers: result.layers,
      totals: result.totals,
      notes: [...plan.notes, ...(spill ? ['smoothed weights waited for the writer in a temporary file (more than the memory budget in float64)'] : [])],
      seconds: (performance.now() - t0) / 1000,
      search: searched ? searchReport(searched, opts.search!, { before: await modelFileBytes(model), after: dryRun ? null : await writtenFileBytes(outPath!) }) : null,
    };
  } finally {
    store?.dispose();
    await model.close();
    if (ownEngine) await ownEngine.dispose();
  }
}

/** Bytes of a model's files: the model and its distinct external data files. */
async function modelFileBytes(model: Awaited<ReturnType<typeof openModel>>): Promise<number> {
  const files = new Set([model.path]);
  if (model.format === 'onnx') for (const t of (model as OnnxWeights).onnx.initializers) if (t.data.kind === 'external') files.add(t.data.file);
  let total = 0;
  for (const f of files) total += (await stat(f)).size;
  return total;
}

/** Bytes of a written smoothed ONNX model and its `<name>.data` when there is one. */
async function writtenFileBytes(outPath: string): Promise<number> {
  const data = await stat(`${outPath}.data`).catch(() => null);
  return (await stat(outPath)).size + (data?.size ?? 0);
}

/** A plan-only dry run computes nothing; reaching this engine would be a bug. */
const noEngine: LinalgEngine = {
  name: 'none',
  gramEigenvalues: () => Promise.reject(new Error('plan-only dry run: no numeric engine')),
  truncatedSvd: () => Promise.reject(new Error('plan-only dry run: no numeric engine')),
  dispose: () => Promise.resolve(),
};

/** OUTPUT_IS_INPUT when out is the model itself (same path, a link to it, or the same inode). */
export async function checkOutputPath(modelPath: string, outPath: string | null): Promise<void> {
  if (outPath === null) throw new WwError('INPUT_INVALID', 'an output path is needed (--out) unless this is a dry run', { key: 'out' });
  const inReal = await realpath(modelPath).catch(() => modelPath);
  const outReal = await realpath(outPath).catch(async () => resolve(await realpath(dirname(outPath)).catch(() => dirname(outPath)), basename(outPath)));
  let same = inReal === outReal;
  if (!same) {
    const [a, b] = await Promise.all([stat(inReal).catch(() => null), stat(outReal).catch(() => null)]);
    same = a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
  }
  if (same) {
    throw new WwError('OUTPUT_IS_INPUT', `output ${outPath} is the input model ${modelPath}: the input is never overwritten; choose another --out`, {
      file: modelPath,
      out: outPath,
    });
  }
}

/** The output is written in the input's format: same extension (.onnx, .safetensors, or a shard index .json). */
function checkOutputFormat(format: 'onnx' | 'safetensors', modelPath: string, outPath: string): void {
  const want = extname(modelPath).toLowerCase() === '.json' ? '.json' : format === 'onnx' ? '.onnx' : '.safetensors';
  if (extname(outPath).toLowerCase() !== want) {
    throw new WwError('INPUT_INVALID', `output ${outPath} must end in ${want}: a ${format} model is written as ${format}${want === '.json' ? ' (a sharded model: the output is its index, shards beside it)' : ''}`, {
      out: outPath,
      expected: want,
    });
  }
  // A sharded copy keeps the shard file names, so it must go to another folder.
  if (want === '.json' && resolve(dirname(outPath)) === resolve(dirname(modelPath))) {
    throw new WwError('OUTPUT_IS_INPUT', `output index ${outPath} is in the input model's folder; its shards would overwrite the input's. Choose another folder`, {
      file: modelPath,
      out: outPath,
    });
  }
}

/**
 * The writer puts a smoothed copy's external data in `<out file name>.data` beside it: that must not
 * be one of the input's files (checked here, before any work, as the writer checks it again).
 */
function checkOnnxDataFile(model: OnnxWeights, outPath: string): void {
  if (!model.onnx.usesExternalData) return;
  const dataPath = resolve(dirname(outPath), `${basename(outPath)}.data`);
  const inputFiles = new Set(model.onnx.initializers.flatMap((t) => (t.data.kind === 'external' ? [resolve(t.data.file)] : [])));
  if (inputFiles.has(dataPath) || dataPath === resolve(model.path)) {
    throw new WwError('OUTPUT_IS_INPUT', `output ${outPath} would write its external data to ${dataPath}, a file of the input model; choose another output name`, {
      file: dataPath,
      out: outPath,
    });
  }
}
