/**
 * The messages between the layer pool (./layerPool.ts) and its workers (./layerWorker.ts). Matrices
 * travel as transferred buffers (no copy); a job names its own id so replies can be matched.
 */
import type { WwErrorCode } from '../errors.js';
export interface LayerWorkerData {
    readonly device: 'cpu' | 'cuda';
    /** onnxruntime-node folder the main thread loaded (dist: its pruned copy, or an explicit path) */
    readonly runtimeDir?: string;
    /** this worker's gate around onnxruntime's native code (src/linalg/ort/nativeGate.ts), shared with the pool */
    readonly gate: Int32Array;
    /** [workers running a job]: shared by the pool's workers, each takes its share of the idle cores' threads */
    readonly busy: Int32Array;
    /** the pool's size (its worker count) */
    readonly workers: number;
}
/** The first message a worker gets (a worker may be started before its pool: ./layerWorkerStart.ts). */
export interface InitMessage {
    readonly kind: 'init';
    readonly data: LayerWorkerData;
}
/** The second message: the wasm kernels its pool compiled (undefined: compile them itself). */
export interface KernelsMessage {
    readonly kind: 'kernels';
    readonly module: WebAssembly.Module | undefined;
}
export type WorkerJob = {
    readonly kind: 'esd';
    readonly id: number;
    readonly rows: number;
    readonly cols: number;
    /** W's values: float64, or float32 as stored (shared: ModelWeights.readFloat32Shared), widened in the worker */
    readonly data: Float64Array | Float32Array;
} | {
    readonly kind: 'shuffled';
    readonly id: number;
    readonly rows: number;
    readonly cols: number;
    /** W's values; float32 when they are float32 numbers (half the bytes, same values) */
    readonly data: Float32Array | Float64Array;
    readonly seed: number;
    readonly layerName: string;
    readonly exactBelow?: number;
} | {
    readonly kind: 'svd';
    readonly id: number;
    readonly rows: number;
    readonly cols: number;
    readonly data: Float64Array;
    readonly k: number;
    readonly seed: number;
};
export type WorkerReply = {
    readonly type: 'ready';
    readonly engine: string;
} | {
    readonly type: 'log';
    readonly line: string;
} | {
    readonly type: 'fatal';
    readonly message: string;
} | {
    readonly type: 'failed';
    readonly id: number;
    readonly code: WwErrorCode | null;
    readonly message: string;
    readonly details: Readonly<Record<string, unknown>>;
} | {
    readonly type: 'done';
    readonly id: number;
    /** time the job took inside the worker */
    readonly seconds: number;
    /** the most and the fewest onnxruntime threads one of its calls ran on (1 while every worker is busy) */
    readonly threads: number;
    readonly fewestThreads: number;
    readonly evals?: Float64Array;
    readonly pooled?: Float64Array;
    readonly single?: Float64Array;
    readonly U?: Float64Array;
    readonly S?: Float64Array;
    readonly Vt?: Float64Array;
};
