/**
 * Readable layer names. Exporters often give weights names that say nothing about the module they
 * belong to (`onnx::MatMul_1333`, `..._B4` from MatMulNBits, `_Wq`); the module path comes from the
 * consuming node's name instead (see layers.ts). Tables show the module path whenever the tensor
 * name is opaque, with the tensor name beside it (the key the report and selectors use).
 */

/** True when a tensor name carries no module path of its own. */
export function isOpaqueTensorName(name: string): boolean {
  if (/^onnx::/.test(name)) return true;
  if (/(?:_B\d*|_Wq|_W|_quantized|_zero_point|_scale)$/.test(name)) return true;
  // A path has at least two dot- or slash-separated parts (model.layers.0...).
  return !/[A-Za-z0-9_][./][A-Za-z0-9_]/.test(name);
}

/** Suffixes quantizers append to a weight's name: onnxruntime's `_Q4` (MatMul4BitsQuantizer) and `_quantized` (quantize_dynamic), `_B4`, `_Wq`. */
const QUANTIZER_SUFFIX = /(?:_Q\d+|_quantized|_B\d*|_Wq)$/;

/** The tensor name without a quantizer's suffix (`x.weight_Q4` -> `x.weight`); the name itself when it has none. */
export function tensorStem(name: string): string {
  return name.replace(QUANTIZER_SUFFIX, '');
}

/** Module path from a readable tensor name (`model.layers.0.mlp.up_proj.weight[_Q4]` -> `model.layers.0.mlp.up_proj`); null when opaque. */
export function modulePathFromTensorName(name: string): string | null {
  const stem = tensorStem(name);
  if (isOpaqueTensorName(stem)) return null;
  return stem.replace(/\.weight$/, '');
}

/** The name a table shows: `module (tensor)` when the tensor name is opaque and a module path is known. */
export function layerLabel(layer: { readonly name: string; readonly module?: string | null }): string {
  const m = layer.module;
  if (!m || m === layer.name || !isOpaqueTensorName(layer.name)) return layer.name;
  return `${m} (${layer.name})`;
}
