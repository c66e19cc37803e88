/**
 * Charts for the comment, each carrying one piece of information:
 * - per-block alpha of the head model (Mermaid xychart, rendered by GitHub itself) with the
 *   healthy band drawn as its two edges, and base and smoothed as their own charts of deltas
 *   (head − base, smoothed − head) when they exist, because xychart-beta draws no legend: one
 *   series per chart, named in its title, is the only unambiguous labelling;
 * - perplexity deltas with their confidence intervals as a text "forest plot" on a shared scale
 *   that shows zero and the warn/fail levels (a bar chart from zero made 9.007 and 9.019 look equal).
 * Labels are block numbers (never model text); values are plain numbers.
 */
import type { Delta } from '../eval/types.js';
import type { RunReport } from './types.js';
/** The transformer block a layer belongs to, from names like `model.layers.12.mlp` or `blocks.3.attn`; null when none. */
export declare function blockOf(name: string): number | null;
/** Alpha charts (head with the band; head − base; smoothed − head), or [] when no layer sits in a block. */
export declare function alphaCharts(report: RunReport, band?: {
    min: number;
    max: number;
}): string[];
export interface ForestRow {
    readonly label: string;
    readonly delta: Delta;
    /** Relative warn / fail levels to mark on the scale (null: none or absolute). */
    readonly warn: number | null;
    readonly fail: number | null;
}
/**
 * A text forest plot of relative perplexity deltas: one row per comparison, `●` the measured change,
 * `├──┤` its interval, `┆` no change, `w` / `F` the warn and fail levels, on one scale for all rows.
 * Returns '' when no row has a finite delta.
 */
export declare function forestPlot(rows: readonly ForestRow[]): string;
