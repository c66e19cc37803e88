/**
 * All WeightWatcher metrics of one layer from its ESD, in WeightWatcher's order (power law, MP fit,
 * randomized ESD, detX, norms). Pure except for the randomized ESD, which needs W and the engine.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { Matrix } from '../linalg/matrix.js';
import { detX } from './detx.js';
import { mpFit } from './mp.js';
import { normMetrics } from './norms.js';
import { powerLawFit } from './powerlaw.js';
import { randomizedEsd } from './randomize.js';
import type { AnalyzeOptions, LayerMetrics } from './types.js';

export type SpectrumOptions = Pick<AnalyzeOptions, 'mpFit' | 'detX' | 'randomize' | 'seed'>;

/** Metrics that need only the eigenvalues (no randomized ESD). `N`, `M`: long and short side. */
export function spectrumMetrics(evals: Float64Array, N: number, M: number, opts: Pick<AnalyzeOptions, 'mpFit' | 'detX'>): LayerMetrics {
  const pl = powerLawFit(evals);
  const out: LayerMetrics = { N, M, Q: N / M, ...pl, ...normMetrics(evals, pl.alpha, N) };
  if (opts.mpFit) Object.assign(out, mpFit(evals, N, M));
  if (opts.detX) Object.assign(out, detX(evals));
  return out;
}

/** Everything, including the randomized ESD when `opts.randomize` (needs W itself). */
export async function layerMetrics(
  W: Matrix,
  evals: Float64Array,
  engine: LinalgEngine,
  layerName: string,
  opts: SpectrumOptions,
): Promise<LayerMetrics> {
  const N = Math.max(W.rows, W.cols);
  const M = Math.min(W.rows, W.cols);
  const out = spectrumMetrics(evals, N, M, opts);
  if (opts.randomize) {
    const r = await randomizedEsd(W, evals, engine, { seed: opts.seed, layerName, N, M, mpFit: opts.mpFit });
    Object.assign(out, r.metrics);
  }
  return out;
}
