import type { Stages } from './types.js';
export interface StageOptions {
    /** where the analyze and smooth stages report progress (the pipeline's log: the action log, the CLI's stderr) */
    readonly log?: (line: string) => void;
}
export declare function defaultStages(opts?: StageOptions): Stages;
