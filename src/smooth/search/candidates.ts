/**
 * Candidate ranks of one layer for the search, from its eigenvalues alone: the ranks the rules
 * propose (numerical rank, detX, mp, tail, LASER rank fractions), deduplicated and ordered from the
 * most aggressive, each with the spectral energy it discards. No evaluation happens here.
 */
import { energyKeptFromEigenvalues } from '../apply.js';
import type { SpectrumSummary } from '../types.js';
import type { SearchCandidate, SearchLayer } from './types.js';

/** LASER's rho values tried on every layer. */
export const RANK_FRACTIONS = [0.1, 0.25, 0.5, 0.75] as const;
/**
 * sigma_i <= 1e-5 sigma_max (lambda <= 1e-10 lambda_max) counts as zero: float32 rounding of an
 * exactly low-rank weight leaves singular values near 1e-7 sigma_max, far below this.
 */
const NUMERICAL_ZERO = 1e-10;

/** Components above the numerical zero: removing the rest changes W only by rounding. */
export function numericalRank(eigenvalues: Float64Array): number {
  let max = 0;
  for (const x of eigenvalues) if (x > max) max = x;
  if (max <= 0) return 0;
  let n = 0;
  for (const x of eigenvalues) if (x > NUMERICAL_ZERO * max) n++;
  return n;
}

export interface LayerShape {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly inFeatures: number;
  readonly outFeatures: number;
}

export function searchLayer(shape: LayerShape, eigenvalues: Float64Array, summary: SpectrumSummary): SearchLayer {
  const p = Math.min(shape.rows, shape.cols);
  const proposals: [string, number | null][] = [
    ['numerical-rank', numericalRank(eigenvalues)],
    ['detX', summary.detX_num],
    ['mp', summary.num_spikes],
    ['tail', summary.num_pl_spikes],
    ...RANK_FRACTIONS.map((rho): [string, number] => [`rank-fraction:${rho}`, Math.floor(rho * p)]),
  ];
  const byK = new Map<number, string[]>();
  for (const [rule, k] of proposals) {
    if (k === null || !Number.isInteger(k) || k <= 0 || k >= p) continue;
    byK.set(k, [...(byK.get(k) ?? []), rule]);
  }
  const params = shape.inFeatures * shape.outFeatures;
  const candidates: SearchCandidate[] = [...byK.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([k, rules]) => ({
      k,
      rules,
      discardedEnergy: Math.max(0, 1 - energyKeptFromEigenvalues(eigenvalues, k)),
      rankRemoved: p - k,
      paramsRemoved: Math.max(0, params - k * (shape.inFeatures + shape.outFeatures)),
    }));
  return { name: shape.name, fullRank: p, params, candidates, score: candidates[0]?.discardedEnergy ?? Infinity };
}

/** Parameters the factorised form of a layer at rank k needs (its dense size when that is smaller). */
export function paramsAt(layer: Pick<SearchLayer, 'params' | 'fullRank' | 'candidates'>, k: number | undefined): number {
  if (k === undefined || k >= layer.fullRank) return layer.params;
  const c = layer.candidates.find((x) => x.k === k);
  return c ? layer.params - c.paramsRemoved : layer.params;
}
