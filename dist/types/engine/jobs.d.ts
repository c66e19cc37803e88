import type { Plan } from '../config/plan.js';
import type { ModelIdentity } from '../report/types.js';
import type { AnalyzeOutcome, SmoothOutcome } from './types.js';
import type { LoadedPartial, PartialSmooth } from '../shard/partial.js';
import type { ShardLayer } from '../shard/partition.js';
export declare function listModelLayers(modelPath: string): Promise<ShardLayer[]>;
/** Smooths the planned layers among `only`, writing their replacements to `tensorFile`. */
export declare function smoothShard(modelPath: string, plan: Plan, only: readonly string[], tensorFile: string, knownSpectrum?: (layer: string) => Float64Array | undefined): Promise<PartialSmooth>;
/** Writes the smoothed model from the partials' tensors and builds the smoothing outcome. */
export declare function assembleSmoothed(model: ModelIdentity, plan: Plan, original: AnalyzeOutcome, partials: readonly LoadedPartial[], outPath: string): Promise<SmoothOutcome>;
