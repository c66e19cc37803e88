import type { ModelWeights } from './types.js';
export declare function requireDenseLayers(model: Pick<ModelWeights, 'path' | 'format' | 'layers' | 'skipped' | 'census'>): void;
