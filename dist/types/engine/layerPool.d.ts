import { Worker } from 'node:worker_threads';
import type { LinalgEngine, TruncatedSvdOptions } from '../linalg/engine.js';
import { type Float32Matrix, type Matrix, type Svd } from '../linalg/matrix.js';
import type { ShuffledSpectra, ShuffledSpectraOptions, ShuffleSource } from '../spectral/randomize.js';
import { type StartedLayerWorkers } from './layerWorkerStart.js';
export interface LayerPoolOptions {
    /** Worker threads (default: $WW_ANALYZE_WORKERS, else os.availableParallelism(); at most 8). Fewer than 2: no pool (null). */
    readonly workers?: number;
    /** 'cuda' gives no pool: the GPU does the products for one engine on the main thread. */
    readonly device?: 'auto' | 'cpu' | 'cuda';
    readonly logger?: (line: string) => void;
    /** workers started ahead (the CLI's entry, ./layerWorkerStart.ts): the pool takes these first */
    readonly started?: StartedLayerWorkers;
}
/** The values of W as a fresh array to hand over: float32 when every value is a float32 number (exact), else float64. */
export declare function transferableValues(W: Matrix): Float32Array | Float64Array;
/**
 * Float64 matrix bytes the analyze stage may have in the workers at once (a layer alone may be
 * larger): with each layer's float32 copy, shuffled copy and Gram this bounds its memory. An eighth
 * of the machine's memory, at least 768 MiB (two 4096 x 11008 layers, or lm_head of a 32k
 * vocabulary and one more: measured peak 2.35 GiB for TinyLlama, docs/scaling.md) and at most 4 GiB,
 * so machines with more memory (and usually more cores) keep more workers busy on large layers.
 */
export declare function maxBytesInFlight(totalMemory?: number): number;
export declare class LayerPool implements LinalgEngine {
    readonly name: string;
    readonly concurrency: number;
    /** see maxBytesInFlight */
    readonly maxBytesInFlight: number;
    private readonly slots;
    private readonly queue;
    private readonly logger;
    private nextId;
    private disposed;
    private constructor();
    /** Blocking, for process 'exit': every worker out of onnxruntime's native code before Node stops the threads. */
    closeGatesSync(): void;
    /**
     * Starts the workers; null (with one log line when it was tried and failed) when there is no
     * pool to have. Resolves once the first worker runs jobs. The others load onnxruntime after it
     * (~60 ms of CPU each, 110 ms while they all did it at once with this thread opening the model
     * on two cores) and take jobs as they become ready; one that fails to start is left out (one
     * log line) while another works.
     */
    static create(opts?: LayerPoolOptions): Promise<LayerPool | null>;
    private listen;
    private pump;
    private submit;
    /**
     * Eigenvalues of W's short-side Gram (ascending). `owned`: W.data is handed to the worker and
     * unusable afterwards (no copy); otherwise it is copied. `threads` and `fewestThreads` in the
     * result: the most and the fewest onnxruntime threads one of its calls ran on (a job takes the
     * threads of idle workers).
     */
    esd(W: Matrix | Float32Matrix, owned?: boolean): Promise<{
        evals: Float64Array;
        seconds: number;
        threads: number;
        fewestThreads: number;
    }>;
    /** The shuffled spectra of W (src/spectral/randomize.ts shuffledSpectra). `values` is handed over (transferred). */
    shuffledSpectra(W: ShuffleSource, opts: ShuffledSpectraOptions): Promise<ShuffledSpectra & {
        seconds: number;
    }>;
    gramEigenvalues(W: Matrix): Promise<Float64Array>;
    truncatedSvd(W: Matrix, k: number, o?: TruncatedSvdOptions): Promise<Svd>;
    dispose(): Promise<void>;
}
/** Stops a worker thread, but only once it is out of onnxruntime's native code (else left to end by itself). */
export declare function stopWorker(worker: Worker, gate: Int32Array): Promise<void>;
export declare function isLayerPool(engine: LinalgEngine): engine is LayerPool;
/**
 * The engine for the analyze stage: a worker pool when there are cores for one, else the ordinary
 * engine (getEngine). `WW_ANALYZE_WORKERS=1` (or `workers: 1`) asks for the single-engine path.
 */
export declare function analyzeEngine(opts?: LayerPoolOptions): Promise<LinalgEngine>;
