/**
 * Small ONNX models for the smoothing tests, built with the project's ONNX builder:
 *   x[batch, 24] -MatMul W1[24,32]-> Relu -Gemm(W2 stored [16,32], transB=1, bias b2)-> -MatMul lm_head[16,12]-> logits
 * W1 is MatMul layout [in, out], W2 is Gemm [out, in]. Variants: float16 weights (through a Cast,
 * as mixed-precision exports do), all weights in an external data file, and a quantized
 * MatMulNBits weight of a width we do not decode (not dense). Weights are seeded with a decaying spectrum.
 */
import { writeModelFiles, type ModelSpec, type NodeSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { numberToFloat16 } from '../../src/model/dtype.js';

export const IN = 24;
export const HID = 32;
export const OUT = 16;
export const VOCAB = 12;
export const W1 = 'model.layers.0.mlp.up_proj.weight';
export const W2 = 'model.layers.1.mlp.down_proj.weight';
export const B2 = 'model.layers.1.mlp.down_proj.bias';
export const HEAD = 'lm_head.weight';

export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

/** rows x cols with entries whose column scale decays, so the spectrum decays too. */
export function weights(rows: number, cols: number, seed: number): Float64Array {
  const next = lcg(seed);
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = next() * (1 / (1 + 0.3 * c)) + 0.05 * next();
  return out;
}

export interface ModelOptions {
  dtype?: 'float32' | 'float16';
  external?: string;
  quantized?: boolean;
}

export function buildSpec(opts: ModelOptions = {}): ModelSpec {
  const dtype = opts.dtype ?? 'float32';
  const ext = opts.external ? { externalFile: opts.external } : {};
  const t = (name: string, dims: number[], values: Float64Array, type: 'float32' | 'float16' = dtype): TensorSpec =>
    type === 'float16'
      ? { name, type, dims, data: Uint16Array.from(values, (v) => numberToFloat16(v)), ...ext }
      : { name, type: 'float32', dims, data: Float32Array.from(values), ...ext };
  const initializers: TensorSpec[] = [
    t(W1, [IN, HID], weights(IN, HID, 1)),
    t(W2, [OUT, HID], weights(OUT, HID, 2)),
    t(B2, [OUT], weights(1, OUT, 3), 'float32'),
    t(HEAD, [OUT, VOCAB], weights(OUT, VOCAB, 4)),
  ];
  const nodes: NodeSpec[] = [];
  const w = (name: string): string => {
    if (dtype === 'float32') return name;
    nodes.push({ opType: 'Cast', name: `${name}/Cast`, inputs: [name], outputs: [`${name}_f32`], attributes: { to: { int: 1 } } });
    return `${name}_f32`;
  };
  nodes.push({ opType: 'MatMul', name: '/model/layers.0/mlp/up_proj/MatMul', inputs: ['x', w(W1)], outputs: ['h1'] });
  nodes.push({ opType: 'Relu', name: 'relu', inputs: ['h1'], outputs: ['h2'] });
  nodes.push({ opType: 'Gemm', name: '/model/layers.1/mlp/down_proj/Gemm', inputs: ['h2', w(W2), B2], outputs: ['h3'], attributes: { transB: { int: 1 } } });
  nodes.push({ opType: 'MatMul', name: '/lm_head/MatMul', inputs: ['h3', w(HEAD)], outputs: ['logits'] });
  if (opts.quantized) {
    // A 2-bit weight consumed by com.microsoft MatMulNBits: not decoded (4 and 8 bits are), so
    // listed as skipped, never smoothed.
    initializers.push({ name: 'model.layers.2.mlp.qweight', type: 'uint8', dims: [VOCAB, 1, 4], data: new Uint8Array(VOCAB * 4).fill(0x11) });
    initializers.push({ name: 'model.layers.2.mlp.scales', type: 'float32', dims: [VOCAB], data: new Float32Array(VOCAB).fill(0.1) });
    nodes.push({
      opType: 'MatMulNBits',
      domain: 'com.microsoft',
      name: '/model/layers.2/mlp/MatMulNBits',
      inputs: ['logits', 'model.layers.2.mlp.qweight', 'model.layers.2.mlp.scales'],
      outputs: ['q_out'],
      attributes: { K: { int: VOCAB }, N: { int: VOCAB }, bits: { int: 2 }, block_size: { int: 16 } },
    });
  }
  return {
    nodes,
    initializers,
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', IN] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', VOCAB] }, ...(opts.quantized ? [{ name: 'q_out', type: 'float32' as const, shape: ['batch', VOCAB] }] : [])],
    opsets: opts.quantized ? [{ domain: '', version: 17 }, { domain: 'com.microsoft', version: 1 }] : [{ domain: '', version: 17 }],
    producerName: 'ww-smooth-test',
    metadata: { purpose: 'smoothing fixture' },
  };
}

export function buildModel(dir: string, fileName: string, opts: ModelOptions = {}): Promise<string> {
  return writeModelFiles(dir, fileName, buildSpec(opts));
}

/** A fixed batch of inputs for logits comparisons. */
export function inputBatch(batch = 5): Float32Array {
  const next = lcg(99);
  return Float32Array.from({ length: batch * IN }, () => 2 * next());
}
