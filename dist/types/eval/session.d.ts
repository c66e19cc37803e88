import * as ort from 'onnxruntime-node';
import type { DeviceRequest, DeviceUsed, GraphOptimizationLevel } from './types.js';
export interface SessionRequest {
    device: DeviceRequest;
    /** intraOpNumThreads; 0 = onnxruntime's default. */
    threads: number;
    graphOptimizationLevel: GraphOptimizationLevel;
    /**
     * With `auto`: skip the attempt when the CUDA provider library is absent (default true). false
     * always attempts, which exercises the real fallback path.
     */
    probeCudaLibrary?: boolean;
    /**
     * onnxruntime's own log level for this session (0 verbose .. 4 fatal; default 4): its failures
     * reach the user as WwError messages, so its native error log would only say the same twice.
     */
    logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
}
export interface EvalSession {
    readonly session: ort.InferenceSession;
    readonly device: DeviceUsed;
    readonly deviceNote: string;
    readonly modelPath: string;
}
/**
 * Where the CUDA provider library would be for this platform: beside the binding of the
 * onnxruntime-node package in use (default: the one src/runtime/ort.ts loads, which is what
 * `import 'onnxruntime-node'` resolves to in dist). Throws RUNTIME_MISSING when there is none.
 */
export declare function cudaProviderLibraryPath(runtimeDir?: string): string;
/** Opens an inference session on the requested device. */
export declare function openSession(modelPath: string, req: SessionRequest): Promise<EvalSession>;
