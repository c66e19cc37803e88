import type { SpectrumSummary } from './types.js';
/** Eigenvalues of W^T W (ascending, length min(rows, cols)) -> the summary. */
export declare function summarizeSpectrum(eigenvalues: Float64Array, rows: number, cols: number): SpectrumSummary;
