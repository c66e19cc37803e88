import type { SpectrumSummary } from '../types.js';
import type { SearchLayer } from './types.js';
/** LASER's rho values tried on every layer. */
export declare const RANK_FRACTIONS: readonly [0.1, 0.25, 0.5, 0.75];
/** Components above the numerical zero: removing the rest changes W only by rounding. */
export declare function numericalRank(eigenvalues: Float64Array): number;
export interface LayerShape {
    readonly name: string;
    readonly rows: number;
    readonly cols: number;
    readonly inFeatures: number;
    readonly outFeatures: number;
}
export declare function searchLayer(shape: LayerShape, eigenvalues: Float64Array, summary: SpectrumSummary): SearchLayer;
/** Parameters the factorised form of a layer at rank k needs (its dense size when that is smaller). */
export declare function paramsAt(layer: Pick<SearchLayer, 'params' | 'fullRank' | 'candidates'>, k: number | undefined): number;
