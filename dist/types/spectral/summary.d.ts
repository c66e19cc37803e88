/**
 * Model-level summary. WeightWatcher's get_summary is a plain mean of seven columns over every
 * analysed row, failed power-law fits (alpha = -1) included; we report that (`ww`) and the same
 * means over layers whose fit succeeded (`successful`), plus counts for the gate.
 */
import type { LayerMetrics, ModelSummary } from './types.js';
export declare const SUMMARY_METRICS: readonly ["log_norm", "alpha", "alpha_weighted", "log_alpha_norm", "log_spectral_norm", "stable_rank", "mp_softrank"];
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];
/** Summary over the metrics of the layers that were analysed (not the skipped or failed ones). */
export declare function summarize(rows: readonly LayerMetrics[]): ModelSummary;
