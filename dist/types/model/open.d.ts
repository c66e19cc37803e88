import type { Matrix } from '../linalg/matrix.js';
import type { ModelWeights } from './types.js';
/** Opens an ONNX or safetensors model (file, sharded index, or folder). */
export declare function openModel(path: string): Promise<ModelWeights>;
/** Number of NaN / +-Inf entries in a matrix. */
export declare function findNonFinite(m: Matrix): number;
