/**
 * Norm and rank metrics of one ESD, as WeightWatcher's `apply_esd` and `apply_norm_metrics` define
 * them (weightwatcher.py, RMT_Util.matrix_rank / matrix_entropy), over all eigenvalues of the layer:
 *   norm = sum(lambda), log_norm = log10(norm), spectral_norm = max(lambda), log_spectral_norm,
 *   alpha_weighted = alpha * log10(max lambda), log_alpha_norm = log10(sum lambda^alpha),
 *   stable_rank = norm / spectral_norm,
 *   matrix_rank = #{sigma > sigma_max * N * eps}, rank_loss = M - matrix_rank,
 *   entropy = -sum p ln p / ln(matrix_rank + EPSILON), p = lambda / sum(lambda) + EPSILON,
 *   weak_rank_loss = #{lambda < 1e-6}, sv_max / sv_min = sqrt of the extreme eigenvalues.
 * For a failed power-law fit WeightWatcher still computes alpha_weighted and log_alpha_norm with
 * alpha = -1; we do the same so its summary means can be reproduced (the layer's status says failed).
 *
 * One documented difference: our eigenvalues come from the Gram matrix, whose small eigenvalues carry
 * an absolute error of about M * eps * lambda_max (WeightWatcher runs an SVD). Eigenvalues below that
 * noise floor count as zero for matrix_rank, where WeightWatcher's SVD could resolve them. Full-rank
 * layers (all real weights we have seen) are unaffected.
 */
import { npSum } from './numpy.js';
import type { NormMetrics } from './types.js';

/** WeightWatcher's EPSILON on CPU (RMT_Util: 6e-5 on CUDA hosts, where it also reads weights as fp16). */
export const ENTROPY_EPSILON = 1e-10;
/** WeightWatcher's default `tolerance` for weak_rank_loss. */
export const WEAK_RANK_TOLERANCE = 1e-6;
const EPS64 = 2.220446049250313e-16;

/**
 * @param evals ascending eigenvalues lambda_i = sigma_i^2 (length M, clamped at 0)
 * @param alpha the power-law alpha (-1 when the fit failed)
 * @param N the long side of W (max(shape)), used by WeightWatcher's rank tolerance
 */
export function normMetrics(evals: Float64Array, alpha: number, N: number): NormMetrics {
  const M = evals.length;
  const norm = npSum(evals);
  let spectral = -Infinity;
  for (let i = 0; i < M; i++) if (evals[i]! > spectral) spectral = evals[i]!;

  const powered = new Float64Array(M);
  for (let i = 0; i < M; i++) powered[i] = Math.pow(evals[i]!, alpha);

  // Singular values as WeightWatcher sees them (it passes sqrt(evals) to matrix_rank / matrix_entropy).
  const sv = new Float64Array(M);
  for (let i = 0; i < M; i++) sv[i] = Math.sqrt(Math.max(evals[i]!, 0));
  let svMax = 0;
  let svMin = Infinity;
  for (let i = 0; i < M; i++) {
    if (sv[i]! > svMax) svMax = sv[i]!;
    if (sv[i]! < svMin) svMin = sv[i]!;
  }
  const tol = svMax * N * EPS64;
  const gramNoise = 4 * M * EPS64 * spectral; // see the file comment
  let rank = 0;
  for (let i = 0; i < M; i++) if (sv[i]! > tol && evals[i]! > gramNoise) rank++;

  const ev2 = new Float64Array(M);
  for (let i = 0; i < M; i++) ev2[i] = sv[i]! * sv[i]!;
  const total2 = npSum(ev2);
  const plogp = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const p = ev2[i]! / total2 + ENTROPY_EPSILON;
    plogp[i] = p * Math.log(p);
  }
  const entropy = -npSum(plogp) / Math.log(rank + ENTROPY_EPSILON);

  let weak = 0;
  for (let i = 0; i < M; i++) if (evals[i]! < WEAK_RANK_TOLERANCE) weak++;

  const logSpectral = Math.log10(spectral);
  return {
    norm,
    log_norm: Math.log10(norm),
    spectral_norm: spectral,
    log_spectral_norm: logSpectral,
    alpha_weighted: alpha * logSpectral,
    log_alpha_norm: Math.log10(npSum(powered)),
    stable_rank: norm / spectral,
    entropy,
    matrix_rank: rank,
    lambda_max: spectral,
    sv_max: svMax,
    sv_min: M > 0 ? svMin : 0,
    num_evals: M,
    weak_rank_loss: weak,
    rank_loss: M - rank,
  };
}
