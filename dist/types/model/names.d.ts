/**
 * Readable layer names. Exporters often give weights names that say nothing about the module they
 * belong to (`onnx::MatMul_1333`, `..._B4` from MatMulNBits, `_Wq`); the module path comes from the
 * consuming node's name instead (see layers.ts). Tables show the module path whenever the tensor
 * name is opaque, with the tensor name beside it (the key the report and selectors use).
 */
/** True when a tensor name carries no module path of its own. */
export declare function isOpaqueTensorName(name: string): boolean;
/** The tensor name without a quantizer's suffix (`x.weight_Q4` -> `x.weight`); the name itself when it has none. */
export declare function tensorStem(name: string): string;
/** Module path from a readable tensor name (`model.layers.0.mlp.up_proj.weight[_Q4]` -> `model.layers.0.mlp.up_proj`); null when opaque. */
export declare function modulePathFromTensorName(name: string): string | null;
/** The name a table shows: `module (tensor)` when the tensor name is opaque and a module path is known. */
export declare function layerLabel(layer: {
    readonly name: string;
    readonly module?: string | null;
}): string;
