/**
 * All WeightWatcher metrics of one layer from its ESD, in WeightWatcher's order (power law, MP fit,
 * randomized ESD, detX, norms). Pure except for the randomized ESD, which needs W and the engine.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { Matrix } from '../linalg/matrix.js';
import type { AnalyzeOptions, LayerMetrics } from './types.js';
export type SpectrumOptions = Pick<AnalyzeOptions, 'mpFit' | 'detX' | 'randomize' | 'seed'>;
/** Metrics that need only the eigenvalues (no randomized ESD). `N`, `M`: long and short side. */
export declare function spectrumMetrics(evals: Float64Array, N: number, M: number, opts: Pick<AnalyzeOptions, 'mpFit' | 'detX'>): LayerMetrics;
/** Everything, including the randomized ESD when `opts.randomize` (needs W itself). */
export declare function layerMetrics(W: Matrix, evals: Float64Array, engine: LinalgEngine, layerName: string, opts: SpectrumOptions): Promise<LayerMetrics>;
