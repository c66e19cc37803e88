import { type LinalgEngine } from '../linalg/engine.js';
import { type SmoothProgress, type SpectrumAnalyzer } from '../smooth/run.js';
import type { SmoothPlan, SmoothPlanConfig, SmoothReport } from '../smooth/types.js';
import type { SearchReport } from '../smooth/search/types.js';
import { type SearchSetup } from './search.js';
export interface SmoothModelOptions {
    readonly modelPath: string;
    /** Required unless dryRun. Must differ from the input (and from its external-data files). */
    readonly outPath?: string | null;
    readonly plan: SmoothPlanConfig;
    /** Default: getEngine(). An engine passed in is not disposed. */
    readonly engine?: LinalgEngine;
    /** Overrides plan.factorize when given. */
    readonly factorize?: boolean;
    /** true = 'plan'. 'plan': no weight read; 'full': eigenvalues and k, no SVD, nothing written. */
    readonly dryRun?: boolean | 'plan' | 'full';
    readonly seed?: number;
    readonly onProgress?: (p: SmoothProgress) => void;
    /** Called once the plan is known (before any weight is read). */
    readonly onPlan?: (plan: SmoothPlan) => void;
    /**
     * Above this many bytes of float64 W' (all selected layers together), smoothed weights wait for
     * the writer in a temporary file beside the output, in their own dtype. Default 1 GiB.
     */
    readonly memoryBudgetBytes?: number;
    /** Spectral summary used for rules and the before/after report (default: src/spectral). */
    readonly analyze?: SpectrumAnalyzer;
    /** Eigenvalues already computed for layers of this model (see RunSmoothingOptions.knownSpectrum). */
    readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
    /**
     * `method: auto`: search the rank of each selected layer (plan.method is ignored, overrides with a
     * method keep it) under a perplexity budget on these tokens; ONNX only, not with a dry run.
     */
    readonly search?: SearchSetup;
}
/** A smoothing report, with the search that chose the ranks when `method: auto` ran. */
export interface SmoothModelReport extends SmoothReport {
    readonly search: SearchReport | null;
}
export declare function smoothModel(opts: SmoothModelOptions): Promise<SmoothModelReport>;
/** OUTPUT_IS_INPUT when out is the model itself (same path, a link to it, or the same inode). */
export declare function checkOutputPath(modelPath: string, outPath: string | null): Promise<void>;
