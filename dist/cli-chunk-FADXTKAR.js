/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/model/names.ts
function isOpaqueTensorName(name) {
  if (/^onnx::/.test(name)) return true;
  if (/(?:_B\d*|_Wq|_W|_quantized|_zero_point|_scale)$/.test(name)) return true;
  return !/[A-Za-z0-9_][./][A-Za-z0-9_]/.test(name);
}
var QUANTIZER_SUFFIX = /(?:_Q\d+|_quantized|_B\d*|_Wq)$/;
function tensorStem(name) {
  return name.replace(QUANTIZER_SUFFIX, "");
}
function modulePathFromTensorName(name) {
  const stem = tensorStem(name);
  if (isOpaqueTensorName(stem)) return null;
  return stem.replace(/\.weight$/, "");
}
function layerLabel(layer) {
  const m = layer.module;
  if (!m || m === layer.name || !isOpaqueTensorName(layer.name)) return layer.name;
  return `${m} (${layer.name})`;
}

export {
  tensorStem,
  modulePathFromTensorName,
  layerLabel
};
