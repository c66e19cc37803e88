/**
 * Merging checked partials back into the reports a single job would have produced: the analyze
 * report of every layer (layers in model order, the model-level skips once, the summary recomputed
 * over all layers in the same order) and the smoothing report (layers in plan order, totals
 * recomputed over the whole model). Pure: no file is read here.
 */
import type { DenseLayer } from '../model/types.js';
import type { ModelIdentity } from '../report/types.js';
import type { SmoothReport } from '../smooth/types.js';
import type { AnalyzeReport } from '../spectral/types.js';
import type { LoadedPartial } from './partial.js';
/** One analyze report over all layers, from partials sorted by shard (see checkPartials). */
export declare function mergeAnalyses(partials: readonly LoadedPartial[], model: ModelIdentity): AnalyzeReport;
/**
 * The smoothing report a single job would have written: `planOrder` is the full plan's layer names
 * in order, `modelLayers` every dense layer (for the model totals).
 */
export declare function mergeSmoothReports(partials: readonly LoadedPartial[], opts: {
    modelPath: string;
    outPath: string;
    planOrder: readonly string[];
    modelLayers: readonly DenseLayer[];
    seconds: number;
}): SmoothReport;
