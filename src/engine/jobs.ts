/**
 * The heavy halves of sharding, bound into the pipeline's stages (src/engine/stages.ts):
 * listing a model's dense layers for the partition, smoothing one shard's layers into a tensor
 * blob, and assembling the smoothed model from every shard's blob.
 *
 * A shard smooths exactly as src/engine/smooth.ts's smoothModel does (same plan builder, same
 * runSmoothing, spectrum summary and seed), one layer at a time, so each layer's numbers do not
 * depend on which shard ran it; each replacement goes to disk as soon as it is computed, so a
 * shard job holds one layer's matrices at a time.
 */
import { makeFolder } from '../io/paths.js';
import * as path from 'node:path';
import type { Plan } from '../config/plan.js';
import { WwError } from '../errors.js';
import { getEngine } from '../linalg/engine.js';
import { openModel } from '../model/open.js';
import { writeSmoothedOnnx } from '../model/onnxWrite.js';
import { writeSmoothedSafetensors } from '../model/safetensors.js';
import type { ModelIdentity } from '../report/types.js';
import { buildPlan } from '../smooth/plan.js';
import { runSmoothing } from '../smooth/run.js';
import { summarizeSpectrum } from '../smooth/spectrum.js';
import type { SmoothLayerReport, SmoothPlanConfig } from '../smooth/types.js';
import type { AnalyzeOutcome, SmoothOutcome } from './types.js';
import { smoothOutcomeOf } from './outcomes.js';
import { mergeSmoothReports } from '../shard/merge.js';
import type { LoadedPartial, PartialSmooth, PartialTensor } from '../shard/partial.js';
import type { ShardLayer } from '../shard/partition.js';
import { readReplacements, writeTensorBlob } from '../shard/tensors.js';

/** The seed smoothModel uses (src/engine/smooth.ts default): shards must draw the same numbers. */
const SMOOTH_SEED = 42;

const smoothConfig = (plan: Plan): SmoothPlanConfig => {
  // The search measures the whole model at once; a shard holds only some of its layers.
  // The search measures the whole model at once; a shard holds only some of its layers. auto taken
  // by default (an eval text is given for the merge job) smooths shards with detX instead.
  if (plan.smooth.method === 'auto' && !plan.smooth.methodReason) {
    throw new WwError('CONFIG_INVALID', 'smooth.method auto cannot run in shard jobs (the search needs the whole model): set an explicit method such as detX for sharded runs', { key: 'smooth.method' });
  }
  return { ...plan.smooth, method: plan.smooth.method === 'auto' ? 'detX' : plan.smooth.method, factorize: plan.smooth.factorize ?? false } as SmoothPlanConfig;
};

export async function listModelLayers(modelPath: string): Promise<ShardLayer[]> {
  const model = await openModel(modelPath);
  try {
    return model.layers.map((l) => ({ name: l.name, index: l.index, rows: l.storedShape[0], cols: l.storedShape[1] }));
  } finally {
    await model.close();
  }
}

/** Smooths the planned layers among `only`, writing their replacements to `tensorFile`. */
export async function smoothShard(
  modelPath: string,
  plan: Plan,
  only: readonly string[],
  tensorFile: string,
  knownSpectrum?: (layer: string) => Float64Array | undefined,
): Promise<PartialSmooth> {
  const model = await openModel(modelPath);
  const mine = new Set(only);
  const engine = await getEngine({ device: plan.eval.device });
  try {
    const full = buildPlan(model, smoothConfig(plan));
    if (full.factorize && model.format === 'safetensors') {
      throw new WwError('INPUT_INVALID', `--factorize needs an ONNX model (it rewrites the graph); ${model.path} is safetensors`, { file: model.path });
    }
    await makeFolder(path.dirname(tensorFile), 'folder of the partial tensors');
    const layers: SmoothLayerReport[] = [];
    const tensors: PartialTensor[] = [];
    await writeTensorBlob(tensorFile, async (writer) => {
      for (const planned of full.layers) {
        if (!mine.has(planned.layer.name)) continue;
        const one = await runSmoothing({
          model,
          plan: { layers: [planned], factorize: full.factorize, notes: [] },
          engine,
          analyze: summarizeSpectrum,
          dryRun: false,
          seed: SMOOTH_SEED,
          knownSpectrum,
        });
        layers.push(one.layers[0]!);
        const rep = one.replacements.get(planned.layer.name);
        if (rep) tensors.push(await writer.append(planned.layer.name, planned.layer.dtype, rep));
      }
    });
    return { format: model.format, factorize: full.factorize, engine: engine.name, notes: [...full.notes], layers, tensorFile: path.basename(tensorFile), tensors };
  } finally {
    await engine.dispose();
    await model.close();
  }
}

/** Writes the smoothed model from the partials' tensors and builds the smoothing outcome. */
export async function assembleSmoothed(
  model: ModelIdentity,
  plan: Plan,
  original: AnalyzeOutcome,
  partials: readonly LoadedPartial[],
  outPath: string,
): Promise<SmoothOutcome> {
  const t0 = performance.now();
  const weights = await openModel(model.path);
  let planOrder: string[];
  let modelLayers;
  try {
    planOrder = buildPlan(weights, smoothConfig(plan)).layers.map((l) => l.layer.name);
    modelLayers = weights.layers;
  } finally {
    await weights.close();
  }
  const replacements = await readReplacements(partials);
  await makeFolder(path.dirname(outPath), 'folder of the smoothed model');
  const out = path.resolve(outPath);
  if (model.format === 'onnx') await writeSmoothedOnnx(model.path, out, replacements);
  else await writeSmoothedSafetensors(model.path, out, replacements);
  const report = mergeSmoothReports(partials, { modelPath: model.path, outPath: out, planOrder, modelLayers, seconds: (performance.now() - t0) / 1000 });
  return smoothOutcomeOf(report, original, plan);
}
