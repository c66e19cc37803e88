/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  MAX_GRAPH_NODES,
  MAX_TENSOR_DIMS,
  OnnxTensorReader,
  elemTypeOf,
  elementCount,
  expectedByteLength,
  openOnnx,
  readExactly,
  resolveExternalLocation,
  scanOnnx
} from "./cli-chunk-NVWLD7SI.js";
import "./cli-chunk-JVBZG5TV.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-YNVCIOJB.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";
export {
  MAX_GRAPH_NODES,
  MAX_TENSOR_DIMS,
  OnnxTensorReader,
  elemTypeOf,
  elementCount,
  expectedByteLength,
  openOnnx,
  readExactly,
  resolveExternalLocation,
  scanOnnx
};
