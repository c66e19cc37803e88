import type { ContextLimit } from './signature.js';
/** Limits the ONNX file states (possibly none). A file our scanner cannot read yields none: onnxruntime is the judge of validity. */
export declare function readOnnxContextLimits(modelPath: string): Promise<ContextLimit[]>;
/** The smallest of the stated limits, or null. */
export declare function tightestLimit(limits: readonly ContextLimit[]): ContextLimit | null;
