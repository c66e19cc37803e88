import type { LinalgEngine } from './engine.js';
import { OrtOps, type Device, type Logger, type OrtOpsOptions } from './ort/ortOps.js';
import type { NativeGate } from './ort/nativeGate.js';
import { type KrylovOptions } from './truncatedSvd.js';
import { type ChebyshevOptions } from './chebyshevSvd.js';
export interface FastEngineOptions {
    /** 'auto' and 'cpu' use onnxruntime's CPU provider; 'cuda' tries the CUDA provider first. */
    readonly device?: 'auto' | 'cpu' | 'cuda';
    /** threads for wasm and onnxruntime (default os.availableParallelism()) */
    readonly threads?: number;
    /** onnxruntime's intra-op threads when they differ from `threads`: a number, or asked before every call (OrtOpsOptions.threads) */
    readonly ortThreads?: number | (() => number);
    /** where the one-line notices go (CUDA fallback, onnxruntime missing); default: none */
    readonly logger?: Logger;
    /** false: wasm kernels only, even when onnxruntime-node is installed */
    readonly useOrt?: boolean;
    /** band reduction: 'wasm' (in-place, threaded) or 'ort' (block updates in onnxruntime) */
    readonly bandUpdates?: 'wasm' | 'ort';
    /** band reduction's bandwidth (default: 32; with onnxruntime, by size: ortEsd.ts bandShape) */
    readonly bandwidth?: number;
    /** panels per delayed trailing update when onnxruntime runs the band reduction (default: bandShape's) */
    readonly bandGroups?: number;
    /**
     * top-k SVD method: 'gram-chebyshev' (default: Chebyshev-filtered subspace iteration on the
     * short-side Gram) or 'krylov' (block Krylov on W itself: no p x p Gram in memory)
     */
    readonly svdMethod?: 'gram-chebyshev' | 'krylov';
    readonly chebyshev?: Omit<ChebyshevOptions, 'seed'>;
    readonly krylov?: Omit<KrylovOptions, 'seed'>;
    /** the wasm kernels compiled by another thread (or on their way from it), instead of compiling them here */
    readonly kernels?: PromiseLike<WebAssembly.Module | undefined>;
    /** in a worker thread: every call into onnxruntime's native code passes it (./ort/nativeGate.ts) */
    readonly nativeGate?: NativeGate;
    /** test hook: replaces the onnxruntime loader (e.g. to simulate a missing CUDA provider) */
    readonly createOrt?: (opts: OrtOpsOptions) => Promise<OrtOps | null>;
    /** test hook: the execution provider tried for device 'cuda' (default 'cuda') */
    readonly gpuProvider?: string;
}
export declare function createFastEngine(opts?: FastEngineOptions): Promise<LinalgEngine & {
    readonly device: Device | 'none';
}>;
