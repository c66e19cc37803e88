import type { RunReport } from './types.js';
export type LayerOrder = 'worst' | 'model';
/** A layer name escaped for a cell, allowed to wrap after `.`, `/` and `_`, shortened in the middle when long. */
export declare function layerNameCell(name: string, shorten?: boolean): string;
/**
 * Per-layer table of `rows` layers (all when rows >= the count), in the given order. Worst-first
 * tables (the comment) shorten long names; model-order tables (the job summary) keep them whole.
 */
export declare function layerTable(report: RunReport, rows: number, order: LayerOrder, band?: {
    min: number;
    max: number;
}): string;
