/**
 * Runs a smoothing plan over an opened model, one layer at a time: read W, its eigenvalues and
 * spectral counts, k from the rule, W' from the truncated SVD, the spectrum of W', and the
 * replacement the writer needs. Free of file writing so it can be tested on in-memory models;
 * src/engine/smooth.ts wraps it with opening, checks and writing.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { DenseLayer, ModelWeights, WeightReplacement } from '../model/types.js';
import { type ReplacementStore } from './store.js';
import type { SmoothLayerReport, SmoothPlan, SmoothTotals, SpectrumSummary } from './types.js';
/** Spectral summary of one matrix from its eigenvalues (ascending, length min(rows, cols)). */
export type SpectrumAnalyzer = (eigenvalues: Float64Array, rows: number, cols: number) => SpectrumSummary;
export interface SmoothProgress {
    readonly index: number;
    readonly total: number;
    readonly layer: string;
    readonly stage: 'read' | 'spectrum' | 'svd' | 'after' | 'done';
}
export interface RunSmoothingOptions {
    readonly model: Pick<ModelWeights, 'layers' | 'readMatrix' | 'requantize'>;
    readonly plan: SmoothPlan;
    readonly engine: LinalgEngine;
    readonly analyze: SpectrumAnalyzer;
    /** 'plan': no weight is read, spectrum rules show k = null; 'full': eigenvalues only, no SVD. */
    readonly dryRun: false | 'plan' | 'full';
    readonly seed?: number;
    readonly onProgress?: (p: SmoothProgress) => void;
    /** Where W' waits for the writer (default: in memory). */
    readonly store?: ReplacementStore;
    /**
     * Eigenvalues (ascending) already computed for a layer of THIS model by the same kind of engine
     * (the analysis stage): used instead of a second eigendecomposition. They stay the independent
     * check of the SVD's singular values.
     */
    readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
}
export interface SmoothingResult {
    readonly layers: SmoothLayerReport[];
    readonly replacements: ReadonlyMap<string, WeightReplacement>;
    readonly totals: SmoothTotals;
}
export declare function runSmoothing(opts: RunSmoothingOptions): Promise<SmoothingResult>;
export declare function computeTotals(allLayers: readonly DenseLayer[], reports: readonly SmoothLayerReport[]): SmoothTotals;
