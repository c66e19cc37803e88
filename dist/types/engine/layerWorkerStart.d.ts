import { Worker } from 'node:worker_threads';
/** The worker's script: the bundle beside this one in dist/, or the source through tsx. */
export declare function layerWorkerScript(): {
    readonly script: string | URL;
    readonly eval: boolean;
};
/** The most workers a pool starts, whatever the core count. */
export declare const MAX_LAYER_WORKERS = 8;
/**
 * How many workers a pool would have: `requested`, else `WW_ANALYZE_WORKERS` (digits only), else
 * the available cores; at most MAX_LAYER_WORKERS. Below 2 there is no pool.
 */
export declare function layerWorkerCount(requested?: number, env?: NodeJS.ProcessEnv): number;
/** Started worker threads not yet adopted by a pool. */
export declare class StartedLayerWorkers {
    private readonly waiting;
    private readonly failed;
    private constructor();
    /** Starts `count` workers (none below 2: no pool would take them). */
    static start(count?: number): StartedLayerWorkers;
    /** Up to `n` of the started workers, alive so far, for a pool to own (listeners of this class removed). */
    take(n: number): Worker[];
    /** Stops the workers no pool took (they hold no native state: they never got `init`). */
    release(): Promise<void>;
}
