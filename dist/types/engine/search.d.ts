import type { EncodedProbe } from '../eval/probeEncode.js';
import type { DeviceRequest, EvalWindow } from '../eval/types.js';
import type { LinalgEngine } from '../linalg/engine.js';
import type { ModelWeights } from '../model/types.js';
import type { SpectrumAnalyzer } from '../smooth/run.js';
import type { Budget, SearchLayer, SearchProgress, SearchReport, SearchResult } from '../smooth/search/types.js';
import type { PlannedLayer, SmoothPlanConfig } from '../smooth/types.js';
/** Screening scores this share of the windows (at least MIN_SCREEN_WINDOWS), spread over the text. */
export declare const DEFAULT_SCREEN_FRACTION: number;
/** Screening admits a candidate up to this share of the budget; the rest absorbs screen/full disagreement. */
export declare const DEFAULT_SCREEN_MARGIN = 0.75;
export declare const DEFAULT_SEARCH_MAX_EVALS = 300;
export interface SearchSetup {
    readonly tokens: readonly number[];
    readonly context: number;
    readonly stride: number;
    readonly maxTokens: number;
    readonly device: DeviceRequest;
    readonly batchSize: number;
    readonly budget: Budget;
    readonly maxEvals: number;
    /** Infinity: no time bound. */
    readonly maxSeconds: number;
    readonly screenFraction?: number;
    readonly screenMargin?: number;
    /** What the search optimises (default perplexity); probe needs `probe`, perplexity stays the constraint. */
    readonly objective?: SearchObjectiveName;
    /** Encoded probe items (eval.probe), scored per candidate when the objective is probe. */
    readonly probe?: EncodedProbe;
    readonly onProgress?: (p: SearchProgress) => void;
}
export type SearchObjectiveName = 'perplexity' | 'probe';
export interface RankSearch {
    readonly result: SearchResult;
    readonly layers: readonly SearchLayer[];
    /** The plan to write: searched layers at their chosen rank; those kept at full rank are left out. */
    readonly planned: readonly PlannedLayer[];
    readonly screen: {
        readonly windows: number;
        readonly tokens: number;
    };
    readonly full: {
        readonly windows: number;
        readonly tokens: number;
    };
    readonly notes: readonly string[];
}
/** Every n-th window, evenly over the text: screening sees the same kinds of text as the full run. */
export declare function screeningWindows(windows: readonly EvalWindow[], fraction: number): EvalWindow[];
export declare function searchRanks(args: {
    readonly model: Pick<ModelWeights, 'path' | 'readMatrix'>;
    readonly planned: readonly PlannedLayer[];
    readonly config: SmoothPlanConfig;
    readonly engine: LinalgEngine;
    readonly analyze: SpectrumAnalyzer;
    readonly seed: number;
    readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
    readonly setup: SearchSetup;
}): Promise<RankSearch>;
/** The report.json view of a search (src/smooth/search/types.ts SearchReport). */
export declare function searchReport(rs: RankSearch, setup: SearchSetup, fileBytes: SearchReport['fileBytes']): SearchReport;
