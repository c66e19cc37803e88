/**
 * The real stages behind the pipeline: model resolution (path, glob, or https URL verified by
 * sha256), analyzeModel, smoothModel, and the eval text tokenised once (prepareTokens, with the
 * original model's tokenizer) then scored per model (evaluateTokens), adapted to the pipeline's `Stages`.
 * Kept apart from pipeline.ts so importing the orchestration does not load onnxruntime.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { WwError } from '../errors.js';
import { downloadVerified, redactUrl, sha256OfFile } from '../io/download.js';
import { expandGlob } from '../io/glob.js';
import { makeFolder, regularFile, resolveInside } from '../io/paths.js';
import { elide, hasGlobMagic } from '../util/pattern.js';
import { tokensNeeded } from '../eval/windows.js';
import { getEngine, type LinalgEngine } from '../linalg/engine.js';
import { analyzeEngine } from './layerPool.js';
import type { StartedLayerWorkers } from './layerWorkerStart.js';
import type { DeviceRequest } from '../eval/types.js';
import { openModel } from '../model/open.js';
import type { ModelWeights } from '../model/types.js';
import type { ModelIdentity } from '../report/types.js';
import { analyzeModel } from './analyze.js';
import { evaluateTokens, prepareTokens } from './evaluate.js';
import type { Stages } from './types.js';
import { analyzeOutcomeOf, smoothOutcomeOf } from './outcomes.js';
import { assembleSmoothed, listModelLayers, smoothShard } from './jobs.js';
import { smoothModel } from './smooth.js';
import { autoUnavailable, ruleConfigOf, searchProgressLog, searchSetupOf } from './searchPlan.js';
import { defaultProbeStages } from './probeStage.js';
import { progressReporter, type ProgressUpdate } from '../util/progress.js';

const MAX_DOWNLOAD_BYTES = 20 * 1024 ** 3;

/** `{ onProgress }` feeding a reporter through `map` (null: an update not worth a line), or nothing without a reporter. */
function withProgress<P>(report: ((u: ProgressUpdate) => void) | null, map: (p: P) => ProgressUpdate | null): { onProgress?: (p: P) => void } {
  if (!report) return {};
  return {
    onProgress: (p) => {
      const u = map(p);
      if (u) report(u);
    },
  };
}

function formatOf(file: string): 'onnx' | 'safetensors' {
  if (/\.onnx$/i.test(file)) return 'onnx';
  if (/\.safetensors$|\.safetensors\.index\.json$/i.test(file)) return 'safetensors';
  throw new WwError('MODEL_FORMAT', `${file}: expected a .onnx or .safetensors file`, { file });
}

/** Expands a model glob (minimatch, bounded walk: src/io/glob.ts); it must match exactly one file. */
async function expandModelGlob(pattern: string): Promise<string> {
  const matches = await expandGlob(pattern, { cwd: process.cwd(), what: `model glob ${elide(pattern)}`, code: 'MODEL_NOT_FOUND' });
  if (matches.length !== 1) {
    throw new WwError('MODEL_NOT_FOUND', `model glob ${elide(pattern)} matched ${matches.length} files; it must match exactly one${matches.length ? ` (${matches.slice(0, 5).map((m) => elide(m)).join(', ')})` : ''}`, { pattern: elide(pattern) });
  }
  return matches[0]!;
}

/**
 * Downloads a pinned https model into `<workDir>/downloads` (verified before use; see
 * src/io/download.ts). The file name's format is checked before any byte is fetched, and the
 * destination is resolved inside the work folder with symlinks followed, so a committed
 * `downloads -> /elsewhere` link cannot direct the write.
 */
async function download(url: string, sha256: string, dir: string, log?: (line: string) => void): Promise<string> {
  const name = path.basename(new URL(url).pathname) || 'model.onnx';
  formatOf(name);
  await makeFolder(dir, 'output-dir');
  const folder = await resolveInside(dir, 'downloads', 'download folder', { mustExist: false });
  await makeFolder(folder, 'download folder');
  const dest = await resolveInside(dir, path.join('downloads', name), `download of ${redactUrl(url)}`, { mustExist: false });
  const result = await downloadVerified({ url, sha256, dest, maxBytes: MAX_DOWNLOAD_BYTES, ...(log ? { log } : {}) });
  return result.path;
}

async function openWeights(model: ModelIdentity): Promise<ModelWeights> {
  return openModel(model.path);
}

/**
 * One engine of each kind per run, made when a stage first needs it and shared by every later one
 * (the original, base and smoothed analyses; each smoothing): start-up (wasm compile, worker
 * threads, onnxruntime sessions) is paid once. The analyze stage's is a worker pool on CPU
 * (./layerPool.ts); smoothing's runs its truncated SVDs one after another on all threads.
 */
function runEngines(started?: StartedLayerWorkers): { analyze(device: DeviceRequest): Promise<LinalgEngine>; smooth(device: DeviceRequest): Promise<LinalgEngine>; dispose(): Promise<void> } {
  const made = new Map<string, Promise<LinalgEngine>>();
  const get = (key: string, make: () => Promise<LinalgEngine>): Promise<LinalgEngine> => {
    let e = made.get(key);
    if (!e) {
      e = make();
      made.set(key, e);
      e.catch(() => made.delete(key)); // a start that failed is tried again by the next stage
    }
    return e;
  };
  return {
    analyze: (device) => get(`analyze:${device}`, () => analyzeEngine({ device, ...(started ? { started } : {}) })),
    smooth: (device) => get(`smooth:${device}`, () => getEngine({ device })),
    async dispose() {
      const all = [...made.values()];
      made.clear();
      await Promise.all(all.map(async (e) => (await e.catch(() => null))?.dispose()));
    },
  };
}

/** Long stages write a progress line (layers done, time left) to `log` at most every this many seconds. */
const STAGE_PROGRESS_SECONDS = 30;

export interface StageOptions {
  /** where the analyze and smooth stages report progress (the pipeline's log: the action log, the CLI's stderr) */
  readonly log?: (line: string) => void;
  /** worker threads started ahead for the analyze stage's pool (./layerWorkerStart.ts) */
  readonly layerWorkers?: StartedLayerWorkers;
}

export function defaultStages(opts: StageOptions = {}): Stages {
  const progress = (label: string) =>
    opts.log ? progressReporter({ label, stream: { write: (t: string) => opts.log!(t.trimEnd()) }, intervalSeconds: STAGE_PROGRESS_SECONDS, quietSeconds: STAGE_PROGRESS_SECONDS }) : null;
  // Eigenvalues the analysis computed, by model hash and layer: smoothing the same model reuses them
  // instead of a second eigendecomposition per smoothed layer (same engine kind, same weights).
  const spectra = new Map<string, Float64Array>();
  const spectrumKey = (sha256: string, layer: string): string => `${sha256}\u0000${layer}`;
  const knownSpectrum = (sha256: string) => (layer: string) => spectra.get(spectrumKey(sha256, layer));
  const engines = runEngines(opts.layerWorkers);
  return {
    dispose: () => engines.dispose(),
    async resolveModel(source, sha256, workDir) {
      let file: string;
      if (/^https:\/\//i.test(source)) {
        if (!sha256) throw new WwError('INPUT_INVALID', `model-sha256 is required for the URL ${redactUrl(source)}`, { url: redactUrl(source) });
        file = await download(source, sha256, workDir);
      } else if (hasGlobMagic(source)) {
        file = await expandModelGlob(source);
      } else {
        file = path.resolve(source);
      }
      // Before any open: a FIFO would block it and /dev/zero would hash forever.
      await regularFile(file, `model ${elide(source)}`, 'MODEL_NOT_FOUND');
      const format = formatOf(file);
      const digest = await sha256OfFile(file);
      if (sha256 && digest !== sha256) throw new WwError('HASH_MISMATCH', `${file}: sha256 ${digest} does not match model-sha256 ${sha256}`, { file });
      // A URL may carry credentials or a signed query: only its redacted form reaches reports.
      return { source: redactUrl(source), path: file, sha256: digest, bytes: statSync(file).size, format };
    },
    checkReads: async (model, plan, opts) => (await import('./readCheck.js')).checkModelReads(model.path, plan, opts),
    async analyze(model, plan, only) {
      // device: cuda also moves the engine's Gram products to the GPU (float64, so TF32 cannot apply);
      // on CPU a worker pool keeps every core busy (./layerPool.ts). It starts while the header is read
      // (a start that fails is seen by runEngines; the open's error, if any, is the one thrown).
      const starting = engines.analyze(plan.eval.device);
      const weights = await openWeights(model);
      try {
        const report = await analyzeModel(weights, {
          engine: starting, // the first layer is read while it starts
          sha256: model.sha256,
          ...withProgress(progress('analyze'), (p) => ({ done: p.done, total: p.total, detail: p.layer, workDone: p.workDone, workTotal: p.workTotal })),
          onSpectrum: (layer, eigenvalues) => spectra.set(spectrumKey(model.sha256, layer), eigenvalues),
          ...(only ? { layers: only } : {}),
        });
        return analyzeOutcomeOf(report);
      } finally {
        await weights.close();
      }
    },
    async smooth(model, original, plan, outPath, input) {
      await makeFolder(path.dirname(outPath), 'folder of the smoothed model');
      const engine = await engines.smooth(plan.eval.device);
      const setup = plan.smooth.method === 'auto' && input ? searchSetupOf(plan, input.tokens.tokens, input.log && searchProgressLog(input.log)) : undefined;
      // objective probe: the probe items, encoded as the probe step encodes them, scored per candidate.
      const search = setup?.objective === 'probe' ? { ...setup, probe: await (await defaultProbeStages()).prepareProbe(model, plan) } : setup;
      const report = await smoothModel({
        modelPath: model.path,
        outPath,
        plan: ruleConfigOf(plan.smooth),
        engine,
        knownSpectrum: knownSpectrum(model.sha256),
        ...(search ? { search } : {}),
        ...withProgress(progress('smooth'), (p) => (p.stage === 'done' ? { done: p.index + 1, total: p.total, detail: p.layer } : null)),
      });
      return smoothOutcomeOf(report, original, search || plan.smooth.method !== 'auto' ? plan : autoUnavailable(plan, this.perplexityUnavailable(model, plan)));
    },
    async tokenize(original, plan) {
      // The tokenizer input (a folder, or its tokenizer.json), else the original model's folder.
      const given = plan.eval.tokenizer;
      const tokenizerDir = given ? (/\.json$/i.test(given) ? path.dirname(given) : given) : path.dirname(original.path);
      const tokenLimit = tokensNeeded(plan.eval.maxTokens, plan.eval.context ?? undefined, plan.eval.stride ?? plan.eval.context ?? undefined);
      return prepareTokens({ textFile: plan.eval.text!, tokenizerDir, tokenLimit }, original.path);
    },
    async perplexity(modelPath, plan, tokens) {
      // Unset context and stride take the convention's defaults in evaluateTokens, as `ww-smooth eval` does.
      return evaluateTokens(modelPath, tokens.tokens, tokens.source, {
        ...(plan.eval.context !== null ? { context: plan.eval.context } : {}),
        ...(plan.eval.stride !== null ? { stride: plan.eval.stride } : {}),
        maxTokens: plan.eval.maxTokens,
        device: plan.eval.device,
      });
    },
    listLayers: (model) => listModelLayers(model.path),
    smoothShard: (model, plan, only, tensorFile) => smoothShard(model.path, plan, only, tensorFile, knownSpectrum(model.sha256)),
    assemble: (model, plan, original, partials, outPath) => assembleSmoothed(model, plan, original, partials, outPath),
    perplexityUnavailable(model, plan) {
      if (model.format !== 'onnx') return 'perplexity needs an ONNX model (safetensors models get spectral metrics and smoothing only)';
      if (!plan.eval.text) return 'no eval-text given: perplexity not measured';
      return '';
    },
  };
}
