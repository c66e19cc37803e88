/**
 * Quantized variants of a float ONNX model, written by the tests the way the usual tools ship them:
 * - `q4`: every MatMul weight as com.microsoft MatMulNBits 4-bit (symmetric, block 32 by default,
 *   weights named `<name>_Q4` as onnxruntime's MatMul4BitsQuantizer names them), as onnxruntime-genai
 *   and transformers.js `model_q4.onnx` ship int4;
 * - `int8`: the pattern onnxruntime's quantize_dynamic writes (per-tensor int8 symmetric weight
 *   `<name>_quantized` with `_scale` / `_zero_point`; DynamicQuantizeLinear on the input, MatMulInteger,
 *   Cast, Mul by x_scale * w_scale), as transformers.js `model_int8.onnx` / `model_quantized.onnx`.
 * Everything else is copied byte for byte. Only MatMul nodes whose B input is a [K, N] initializer
 * used by that one node are rewritten. The int8 quantizer is written here (round half to even, as
 * numpy's rint that onnxruntime's quantizer uses), not taken from src/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { openOnnx, scanOnnx } from '../../src/model/onnx.js';
import { encodeNode, encodeTensor } from '../../src/model/onnxBuilder.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { quantizeNBits } from '../../src/model/quant.js';

export type QuantVariant = 'q4' | 'int8';

/** numpy.rint: round half to even. */
function rint(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** quantize_dynamic's int8 symmetric per-tensor scheme: scale = max|W| / 127, q = clip(rint(W / scale), -127, 127). */
export function quantizeInt8Symmetric(W: Float64Array): { q: Int8Array; scale: number } {
  let amax = 0;
  for (const v of W) amax = Math.max(amax, Math.abs(v));
  const scale = Math.fround(amax / 127 || 1);
  const q = Int8Array.from(W, (v) => Math.max(-127, Math.min(127, rint(Math.fround(v) / scale))));
  return { q, scale };
}

/** Writes `src` with every plain MatMul weight quantized as `variant`; returns the names of the rewritten weights. */
export async function writeQuantizedVariant(src: string, out: string, variant: QuantVariant, blockSize = 32): Promise<string[]> {
  const model = await scanOnnx(src);
  const w = await openOnnx(src);
  const bytes = new Uint8Array(await readFile(src));
  const slice = (s: { start: number; end: number }) => bytes.subarray(s.start, s.end);
  try {
    const layers = new Map(w.layers.filter((l) => l.via.length === 0 && !l.storedTransposed && !l.quantization && l.consumers.length === 1 && l.consumers.every((c) => c.opType === 'MatMul' && c.inputIndex === 1)).map((l) => [l.name, l]));
    const nodeAt = new Map(model.nodes.map((n) => [n.span.start, n]));
    const tensorAt = new Map(model.initializers.map((t) => [t.span.start, t]));
    const graph = new ProtoWriter();
    for (const f of model.graphFields) {
      const n = f.field === 1 ? nodeAt.get(f.start) : undefined;
      const t = f.field === 5 ? tensorAt.get(f.start) : undefined;
      const l = n && n.opType === 'MatMul' ? layers.get(n.inputs[1] ?? '') : t ? layers.get(t.name) : undefined;
      if (n && l && variant === 'q4') {
        graph.message(1, encodeNode({ opType: 'MatMulNBits', domain: 'com.microsoft', name: n.name, inputs: [n.inputs[0]!, `${l.name}_Q4`, `${l.name}_scales`], outputs: [...n.outputs], attributes: { K: { int: l.inFeatures }, N: { int: l.outFeatures }, bits: { int: 4 }, block_size: { int: blockSize } } }));
      } else if (n && l) {
        const x = n.inputs[0]!;
        const p = `${l.name}__dq`;
        graph.message(1, encodeNode({ opType: 'DynamicQuantizeLinear', name: `${n.name}_QuantizeLinear`, inputs: [x], outputs: [`${p}_xq`, `${p}_xs`, `${p}_xzp`] }));
        graph.message(1, encodeNode({ opType: 'MatMulInteger', name: `${n.name}_quant`, inputs: [`${p}_xq`, `${l.name}_quantized`, `${p}_xzp`, `${l.name}_zero_point`], outputs: [`${p}_i32`] }));
        graph.message(1, encodeNode({ opType: 'Cast', name: `${n.name}_cast`, inputs: [`${p}_i32`], outputs: [`${p}_f`], attributes: { to: { int: 1 } } }));
        graph.message(1, encodeNode({ opType: 'Mul', name: `${n.name}_scales_mul`, inputs: [`${p}_xs`, `${l.name}_scale`], outputs: [`${p}_s`] }));
        graph.message(1, encodeNode({ opType: 'Mul', name: `${n.name}_output_scale_mul`, inputs: [`${p}_f`, `${p}_s`], outputs: [...n.outputs] }));
      } else if (t && l) {
        const W = await w.readMatrix(l); // [K, N]
        const [K, N] = [l.inFeatures, l.outFeatures];
        if (variant === 'q4') {
          const WT = new Float64Array(N * K);
          for (let k = 0; k < K; k++) for (let j = 0; j < N; j++) WT[j * K + k] = W.data[k * N + j]!;
          const q = quantizeNBits(WT, { N, K, bits: 4, blockSize, scaleType: 'float32', symmetric: true, gIdx: null });
          const nb = Math.ceil(K / blockSize);
          graph.message(5, encodeTensor({ name: `${l.name}_Q4`, type: 'uint8', dims: [N, nb, blockSize / 2], data: q.b }));
          graph.message(5, encodeTensor({ name: `${l.name}_scales`, type: 'float32', dims: [N * nb], data: new Float32Array(q.scales.slice().buffer) }));
        } else {
          const { q, scale } = quantizeInt8Symmetric(W.data);
          graph.message(5, encodeTensor({ name: `${l.name}_quantized`, type: 'int8', dims: [K, N], data: q }));
          graph.message(5, encodeTensor({ name: `${l.name}_scale`, type: 'float32', dims: [], data: Float32Array.from([scale]) }));
          graph.message(5, encodeTensor({ name: `${l.name}_zero_point`, type: 'int8', dims: [], data: Int8Array.from([0]) }));
        }
      } else graph.raw(slice(f));
    }
    const m = new ProtoWriter();
    for (const f of model.modelFields) m.raw(f.field === 7 ? new ProtoWriter().message(7, graph).finish() : slice(f));
    if (variant === 'q4') m.message(8, new ProtoWriter().string(1, 'com.microsoft').varint(2, 1));
    await writeFile(out, m.finish());
    return [...layers.keys()];
  } finally {
    await w.close();
  }
}
