/**
 * Per-layer spectral metrics, named exactly as WeightWatcher names its DataFrame columns so
 * users can compare our JSON with `watcher.analyze()` output column by column.
 * Definitions: ../shared/DESIGN.md "WeightWatcher definitions" and WeightWatcher 0.7.5.5.
 */
export type FitStatus = 'success' | 'failed';
export type TrainingWarning = '' | 'over-trained' | 'under-trained';

export interface PowerLawFit {
  alpha: number;
  xmin: number;
  xmax: number;
  D: number;
  sigma: number;
  num_pl_spikes: number;
  status: FitStatus;
  warning: TrainingWarning;
}

export interface NormMetrics {
  norm: number; // sum lambda (= ||W||_F^2)
  log_norm: number;
  spectral_norm: number; // max lambda
  log_spectral_norm: number;
  alpha_weighted: number;
  log_alpha_norm: number;
  stable_rank: number;
  entropy: number;
  matrix_rank: number;
  lambda_max: number;
  sv_max: number;
  sv_min: number;
  num_evals: number;
  weak_rank_loss: number;
}

export interface MpFit {
  num_spikes: number;
  sigma_mp: number;
  mp_softrank: number;
  bulk_max: number; // in un-rescaled eigenvalue units, as WeightWatcher reports it
  bulk_min: number;
  W_scale: number;
}

export interface DetX {
  detX_num: number;
  detX_val: number;
}

export interface RandomizedEsd {
  rand_distance: number;
  ww_softrank: number;
  max_rand_eval: number;
  rand_num_spikes: number;
}

export interface LayerMetrics extends PowerLawFit, NormMetrics, Partial<MpFit>, Partial<DetX>, Partial<RandomizedEsd> {
  N: number; // max(shape)
  M: number; // min(shape)
  Q: number; // N / M
}

export interface ModelSummary {
  /** Plain means over every analysed layer, failed fits included (what WeightWatcher's get_summary reports). */
  ww: Record<'log_norm' | 'alpha' | 'alpha_weighted' | 'log_alpha_norm' | 'log_spectral_norm' | 'stable_rank' | 'mp_softrank', number | null>;
  /** Means over layers whose power-law fit succeeded. */
  successful: Record<'log_norm' | 'alpha' | 'alpha_weighted' | 'log_alpha_norm' | 'log_spectral_norm' | 'stable_rank' | 'mp_softrank', number | null>;
  layers: number;
  failedFits: number;
  overTrained: number;
  underTrained: number;
}

export interface AnalyzeOptions {
  /** WeightWatcher's skip rules. Defaults 10 / 15000 / 50000. */
  minEvals: number;
  maxEvals: number;
  maxN: number;
  mpFit: boolean;
  detX: boolean;
  randomize: boolean;
  /** Seed of the element shuffle for `randomize` (deterministic reports). */
  seed: number;
}

export const DEFAULT_ANALYZE_OPTIONS: Readonly<AnalyzeOptions> = {
  minEvals: 10,
  maxEvals: 15000,
  maxN: 50000,
  mpFit: true,
  detX: true,
  randomize: true,
  seed: 42,
};
