import type { StartedLayerWorkers } from './layerWorkerStart.js';
import type { Stages } from './types.js';
export interface StageOptions {
    /** where the analyze and smooth stages report progress (the pipeline's log: the action log, the CLI's stderr) */
    readonly log?: (line: string) => void;
    /** worker threads started ahead for the analyze stage's pool (./layerWorkerStart.ts) */
    readonly layerWorkers?: StartedLayerWorkers;
}
export declare function defaultStages(opts?: StageOptions): Stages;
