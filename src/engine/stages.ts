/**
 * The real stages behind the pipeline: model resolution (path, glob, or https URL verified by
 * sha256), analyzeModel, smoothModel, and the eval text tokenised once (prepareTokens, with the
 * original model's tokenizer) then scored per model (evaluateTokens), adapted to the pipeline's `Stages`.
 * Kept apart from pipeline.ts so importing the orchestration does not load onnxruntime.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { WwError } from '../errors.js';
import { downloadVerified, redactUrl, sha256OfFile } from '../io/download.js';
import { getEngine } from '../linalg/engine.js';
import { openModel } from '../model/open.js';
import type { ModelWeights } from '../model/types.js';
import type { ModelIdentity } from '../report/types.js';
import { analyzeModel } from './analyze.js';
import { evaluateTokens, prepareTokens } from './evaluate.js';
import type { Stages } from './pipeline.js';
import { analyzeOutcomeOf, smoothOutcomeOf } from './outcomes.js';
import { assembleSmoothed, listModelLayers, smoothShard } from '../shard/jobs.js';
import { smoothModel } from './smooth.js';
import { autoUnavailable, progressLine, ruleConfigOf, searchSetupOf } from './searchPlan.js';

const MAX_DOWNLOAD_BYTES = 20 * 1024 ** 3;

function formatOf(file: string): 'onnx' | 'safetensors' {
  if (/\.onnx$/i.test(file)) return 'onnx';
  if (/\.safetensors$|\.safetensors\.index\.json$/i.test(file)) return 'safetensors';
  throw new WwError('MODEL_FORMAT', `${file}: expected a .onnx or .safetensors file`, { file });
}

/** Expands a simple glob (`*`, `?`, `**`) relative to cwd; it must match exactly one file. */
function expandGlob(pattern: string): string {
  const abs = path.resolve(pattern);
  const root = abs.split(/[*?]/)[0]!.replace(/[^/\\]*$/, '');
  const re = new RegExp(
    '^' +
      abs
        .slice(root.length)
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '(?:.*/)?')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]') +
      '$',
  );
  const matches = (readdirSync(root, { recursive: true }) as string[]).filter((f) => re.test(f.split(path.sep).join('/'))).map((f) => path.join(root, f));
  if (matches.length !== 1) {
    throw new WwError('MODEL_NOT_FOUND', `model glob ${pattern} matched ${matches.length} files; it must match exactly one${matches.length ? ` (${matches.slice(0, 5).join(', ')})` : ''}`, { pattern });
  }
  return matches[0]!;
}

/** Downloads a pinned https model into the work folder (verified before use; see src/io/download.ts). */
async function download(url: string, sha256: string, dir: string, log?: (line: string) => void): Promise<string> {
  const name = path.basename(new URL(url).pathname) || 'model.onnx';
  const dest = path.join(dir, 'downloads', name);
  const result = await downloadVerified({ url, sha256, dest, maxBytes: MAX_DOWNLOAD_BYTES, ...(log ? { log } : {}) });
  return result.path;
}

async function openWeights(model: ModelIdentity): Promise<ModelWeights> {
  return openModel(model.path);
}

export function defaultStages(): Stages {
  // Eigenvalues the analysis computed, by model hash and layer: smoothing the same model reuses them
  // instead of a second eigendecomposition per smoothed layer (same engine kind, same weights).
  const spectra = new Map<string, Float64Array>();
  const spectrumKey = (sha256: string, layer: string): string => `${sha256}\u0000${layer}`;
  const knownSpectrum = (sha256: string) => (layer: string) => spectra.get(spectrumKey(sha256, layer));
  return {
    async resolveModel(source, sha256, workDir) {
      let file: string;
      if (/^https:\/\//i.test(source)) {
        if (!sha256) throw new WwError('INPUT_INVALID', `model-sha256 is required for the URL ${redactUrl(source)}`, { url: redactUrl(source) });
        file = await download(source, sha256, workDir);
      } else if (/[*?]/.test(source)) {
        file = expandGlob(source);
      } else {
        file = path.resolve(source);
        if (!existsSync(file)) throw new WwError('MODEL_NOT_FOUND', `model ${source} does not exist`, { file });
      }
      const format = formatOf(file);
      const digest = await sha256OfFile(file);
      if (sha256 && digest !== sha256) throw new WwError('HASH_MISMATCH', `${file}: sha256 ${digest} does not match model-sha256 ${sha256}`, { file });
      // A URL may carry credentials or a signed query: only its redacted form reaches reports.
      return { source: redactUrl(source), path: file, sha256: digest, bytes: statSync(file).size, format };
    },
    async analyze(model, plan, only) {
      const weights = await openWeights(model);
      // device: cuda also moves the engine's Gram products to the GPU (float64, so TF32 cannot apply).
      const engine = await getEngine({ device: plan.eval.device });
      try {
        const report = await analyzeModel(weights, {
          engine,
          sha256: model.sha256,
          onSpectrum: (layer, eigenvalues) => spectra.set(spectrumKey(model.sha256, layer), eigenvalues),
          ...(only ? { layers: only } : {}),
        });
        return analyzeOutcomeOf(report);
      } finally {
        await weights.close();
        await engine.dispose();
      }
    },
    async smooth(model, original, plan, outPath, tokens) {
      await mkdir(path.dirname(outPath), { recursive: true });
      const engine = await getEngine({ device: plan.eval.device });
      try {
        const search = plan.smooth.method === 'auto' && tokens ? searchSetupOf(plan, tokens.tokens, progressLine) : undefined;
        const report = await smoothModel({ modelPath: model.path, outPath, plan: ruleConfigOf(plan.smooth), engine, knownSpectrum: knownSpectrum(model.sha256), ...(search ? { search } : {}) });
        return smoothOutcomeOf(report, original, search || plan.smooth.method !== 'auto' ? plan : autoUnavailable(plan, this.perplexityUnavailable(model, plan)));
      } finally {
        await engine.dispose();
      }
    },
    async tokenize(original, plan) {
      // The tokenizer input (a folder, or its tokenizer.json), else the original model's folder.
      const given = plan.eval.tokenizer;
      const tokenizerDir = given ? (/\.json$/i.test(given) ? path.dirname(given) : given) : path.dirname(original.path);
      return prepareTokens({ textFile: plan.eval.text!, tokenizerDir }, original.path);
    },
    async perplexity(modelPath, plan, tokens) {
      return evaluateTokens(modelPath, tokens.tokens, tokens.source, {
        context: plan.eval.context,
        stride: plan.eval.stride ?? plan.eval.context,
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
