/**
 * Model-level summary. WeightWatcher's get_summary is a plain mean of seven columns over every
 * analysed row, failed power-law fits (alpha = -1) included; we report that (`ww`) and the same
 * means over layers whose fit succeeded (`successful`), plus counts for the gate.
 */
import type { LayerMetrics, ModelSummary } from './types.js';

export const SUMMARY_METRICS = ['log_norm', 'alpha', 'alpha_weighted', 'log_alpha_norm', 'log_spectral_norm', 'stable_rank', 'mp_softrank'] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

function means(rows: readonly LayerMetrics[]): Record<SummaryMetric, number | null> {
  const out = {} as Record<SummaryMetric, number | null>;
  for (const key of SUMMARY_METRICS) {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const v = r[key];
      if (typeof v === 'number' && !Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    out[key] = n > 0 ? sum / n : null;
  }
  return out;
}

/** Summary over the metrics of the layers that were analysed (not the skipped or failed ones). */
export function summarize(rows: readonly LayerMetrics[]): ModelSummary {
  const ok = rows.filter((r) => r.status === 'success');
  return {
    ww: means(rows),
    successful: means(ok),
    layers: rows.length,
    failedFits: rows.length - ok.length,
    overTrained: rows.filter((r) => r.warning === 'over-trained').length,
    underTrained: rows.filter((r) => r.warning === 'under-trained').length,
  };
}
