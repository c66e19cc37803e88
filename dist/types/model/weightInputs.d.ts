import { type OnnxModel } from './onnx.js';
/** Model bytes with the initializers `names` turned into graph inputs of the same type and shape. */
export declare function weightsAsInputs(model: OnnxModel, names: ReadonlySet<string>): Promise<Uint8Array>;
