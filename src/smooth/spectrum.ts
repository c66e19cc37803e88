/**
 * The spectral numbers smoothing needs from one matrix's eigenvalues: the counts the rank rules
 * read (detX_num, num_spikes, num_pl_spikes) and alpha for the before/after report. All of them
 * come from src/spectral (WeightWatcher's definitions); nothing is re-derived here.
 */
import { detX } from '../spectral/detx.js';
import { mpFit } from '../spectral/mp.js';
import { powerLawFit } from '../spectral/powerlaw.js';
import type { SpectrumSummary } from './types.js';

/** Eigenvalues of W^T W (ascending, length min(rows, cols)) -> the summary. */
export function summarizeSpectrum(eigenvalues: Float64Array, rows: number, cols: number): SpectrumSummary {
  const N = Math.max(rows, cols);
  const M = Math.min(rows, cols);
  let norm = 0;
  let lambdaMax = 0;
  for (let i = 0; i < eigenvalues.length; i++) {
    norm += eigenvalues[i]!;
    if (eigenvalues[i]! > lambdaMax) lambdaMax = eigenvalues[i]!;
  }
  const pl = powerLawFit(eigenvalues);
  const dx = detX(eigenvalues);
  const mp = mpFit(eigenvalues, N, M);
  return {
    alpha: pl.status === 'success' ? pl.alpha : null,
    alphaStatus: pl.status,
    detX_num: dx.detX_num,
    num_spikes: mp.num_spikes,
    num_pl_spikes: pl.status === 'success' ? pl.num_pl_spikes : null,
    norm,
    lambda_max: lambdaMax,
  };
}
