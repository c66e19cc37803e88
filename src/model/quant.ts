/**
 * Quantized weights as dense layers: recognising the layouts onnxruntime runs, decoding them to
 * float64 exactly as onnxruntime dequantizes (the product (q - zero_point) * scale rounded to the
 * scale's type), and requantizing a smoothed W' in the same scheme for the writer.
 *
 * Layouts (operator specifications: onnxruntime/docs/ContribOperators.md, onnx/docs/Operators.md):
 * - com.microsoft MatMulNBits: B uint8 [N, n_blocks, blob] (bits 4 or 8, K padded to whole blocks,
 *   low nibble first), scales [N * n_blocks] (float32/float16), optional zero_points uint8 packed
 *   [N, ceil(n_blocks * bits / 8)] (default: the midpoint 2^(bits-1)) or of the scales' type,
 *   unpacked [N, n_blocks] (4-bit only, as HQQ writes them; onnxruntime computes q * s + (-s * zp)
 *   in float32, not (q - zp) * s), optional g_idx int32 [K] (block of each k; not with packed zero
 *   points, see matMulNBitsRecipe). W is used as [N, K] (y = x W^T): stored transposed.
 * - MatMulInteger with an int8/uint8 weight initializer [K, N] and its zero point (scalar or [N]);
 *   the weight scale is the initializer multiplied into the x scale in the pattern
 *   quantize_dynamic emits: MatMulInteger -> Cast -> Mul(., Mul(x_scale, w_scale)).
 * - QLinearMatMul: b [K, N] int8/uint8, b_scale and b_zero_point scalar or [N].
 * - DequantizeLinear on an int8/uint8 initializer: per-tensor, per-axis (1-D scale along `axis`)
 *   or blocked (opset 21: scale of the input's rank, `block_size` along `axis`).
 *
 * Requantization is round-to-nearest with the source's scheme: MatMulNBits scales and zero points
 * are recomputed per block as onnxruntime's blockwise quantizer does (symmetric: scale = v / -2^(b-1)
 * for the value v of largest magnitude, zero point the midpoint; asymmetric: min/max including 0,
 * scale = (max - min) / (2^b - 1), zero point = round(-min / scale)); float zero points (HQQ's, found by
 * an optimisation no round-to-nearest quantizer reproduces) are kept and only the scales recomputed,
 * the smallest that covers the block's range around the fixed zero point; the other layouts keep
 * their scales and zero points (they may be shared with the activation path) and re-round the values.
 */
import { decodeToFloat64, encodeFromFloat64, float16ToNumber, numberToFloat16 } from './dtype.js';
import type { OnnxNode, OnnxTensor } from './onnx.js';
import type { QuantizationInfo, WeightDType } from './types.js';

/** Round half to even, as onnxruntime's quantizers (std::nearbyint) and numpy's rint do. */
function rint(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** How to decode one quantized weight: the tensors involved and the scheme. */
export type QuantRecipe =
  | {
      readonly op: 'MatMulNBits';
      readonly b: OnnxTensor;
      readonly scales: OnnxTensor;
      readonly zeroPoints: OnnxTensor | null;
      readonly gIdx: OnnxTensor | null;
      readonly K: number;
      readonly N: number;
      readonly bits: 4 | 8;
      readonly blockSize: number;
    }
  | {
      readonly op: 'MatMulInteger' | 'QLinearMatMul' | 'DequantizeLinear';
      /** The int8/uint8 weight, 2-D, in its stored layout. */
      readonly q: OnnxTensor;
      readonly scale: OnnxTensor;
      readonly zeroPoint: OnnxTensor | null;
      /** Stored axis the scale runs along (null: per-tensor). */
      readonly axis: number | null;
      /** Blocked scales along `axis` (DequantizeLinear opset 21); null otherwise. */
      readonly blockSize: number | null;
    };

export type RecipeResult = { readonly recipe: QuantRecipe; readonly storedShape: [number, number]; readonly storedTransposed: boolean } | { readonly reason: string };

/** Looks a constant input up (through the caller's scope resolution). */
export type ConstLookup = (name: string | undefined) => OnnxTensor | null;

const elementCount = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);
const isFloatScale = (t: OnnxTensor) => t.elemType === 'float32' || t.elemType === 'float16';
const isInt8 = (t: OnnxTensor) => t.elemType === 'int8' || t.elemType === 'uint8';
/** int4 / uint4 (opset 21): only DequantizeLinear takes them. */
const isInt4 = (t: OnnxTensor) => t.elemType === 'int4' || t.elemType === 'uint4';
const bitsOf = (t: OnnxTensor): 4 | 8 => (isInt4(t) ? 4 : 8);

/** MatMulNBits: its B, scales, zero points and g_idx, checked against K, N, bits, block_size. */
export function matMulNBitsRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult {
  const attr = (k: string) => node.attributes.get(k)?.i;
  const K = attr('K');
  const N = attr('N');
  const bits = attr('bits') ?? 4;
  const blockSize = attr('block_size');
  if (K === undefined || N === undefined || blockSize === undefined || K < 1 || N < 1 || blockSize < 16 || (blockSize & (blockSize - 1)) !== 0) {
    return { reason: `MatMulNBits ${node.name}: attributes K, N and a power-of-two block_size >= 16 are required (got K=${K}, N=${N}, block_size=${blockSize})` };
  }
  if (bits !== 4 && bits !== 8) return { reason: `MatMulNBits ${node.name}: ${bits}-bit weights are not decoded (4 and 8 are)` };
  const b = lookup(node.inputs[1]);
  const scales = lookup(node.inputs[2]);
  if (!b || b.elemType !== 'uint8') return { reason: `MatMulNBits ${node.name}: B is not a uint8 initializer` };
  if (!scales || !isFloatScale(scales)) return { reason: `MatMulNBits ${node.name}: scales are not a float32/float16 initializer` };
  const nBlocks = Math.ceil(K / blockSize);
  const blob = (blockSize * bits) / 8;
  if (elementCount(b.dims) !== N * nBlocks * blob) return { reason: `MatMulNBits ${node.name}: B has ${elementCount(b.dims)} bytes, expected N*n_blocks*blob = ${N * nBlocks * blob}` };
  if (elementCount(scales.dims) !== N * nBlocks) return { reason: `MatMulNBits ${node.name}: scales have ${elementCount(scales.dims)} values, expected ${N * nBlocks}` };
  let zeroPoints: OnnxTensor | null = null;
  if (node.inputs[3]) {
    zeroPoints = lookup(node.inputs[3]);
    if (!zeroPoints) return { reason: `MatMulNBits ${node.name}: zero_points are not an initializer` };
    if (zeroPoints.elemType === 'uint8') {
      if (elementCount(zeroPoints.dims) !== N * Math.ceil((nBlocks * bits) / 8)) return { reason: `MatMulNBits ${node.name}: zero_points have ${elementCount(zeroPoints.dims)} bytes, expected ${N * Math.ceil((nBlocks * bits) / 8)}` };
    } else if (zeroPoints.elemType === scales.elemType) {
      // onnxruntime 1.30's CPU kernel stops on 8-bit ones ("Only 2b and 4b quantization is supported for unpacked compute").
      if (bits !== 4) return { reason: `MatMulNBits ${node.name}: ${zeroPoints.elemType} zero points with ${bits}-bit weights are not decoded: onnxruntime's CPU kernel runs float zero points with 4-bit weights only` };
      if (elementCount(zeroPoints.dims) !== N * nBlocks) return { reason: `MatMulNBits ${node.name}: ${zeroPoints.elemType} zero_points have ${elementCount(zeroPoints.dims)} values, expected N*n_blocks = ${N * nBlocks}` };
    } else {
      return { reason: `MatMulNBits ${node.name}: zero_points are ${zeroPoints.elemType ?? `ONNX type ${zeroPoints.dataType}`}; packed uint8 or the scales' type (${scales.elemType}) is expected` };
    }
  }
  let gIdx: OnnxTensor | null = null;
  if (node.inputs[4]) {
    gIdx = lookup(node.inputs[4]);
    if (!gIdx || gIdx.elemType !== 'int32' || elementCount(gIdx.dims) !== K) return { reason: `MatMulNBits ${node.name}: g_idx must be an int32 initializer of K = ${K} values` };
    // onnxruntime's CPU kernel (DequantizeBlockwise with reorder_idx, 1.30) reads packed uint8 zero points
    // under g_idx but then uses the midpoint 8: the model runs other weights than the specification's.
    if (zeroPoints?.elemType === 'uint8') return { reason: `MatMulNBits ${node.name}: g_idx with packed uint8 zero points is not decoded: onnxruntime's CPU kernel ignores those zero points (it uses 8), so the weights it runs differ from the operator specification's; g_idx without zero points is decoded` };
  }
  return { recipe: { op: 'MatMulNBits', b, scales, zeroPoints, gIdx, K, N, bits, blockSize }, storedShape: [N, K], storedTransposed: true };
}

/** Shared checks of the int8 layouts: a 2-D int8/uint8 weight with a float scale per tensor or along an axis. */
function linearRecipe(op: 'MatMulInteger' | 'QLinearMatMul' | 'DequantizeLinear', nodeName: string, q: OnnxTensor | null, scale: OnnxTensor | null, zp: OnnxTensor | null, axisHint: number, blockSize: number | null): RecipeResult {
  const types = op === 'DequantizeLinear' ? 'int8/uint8/int4/uint4' : 'int8/uint8';
  if (!q || q.dims.length !== 2 || !(isInt8(q) || (op === 'DequantizeLinear' && isInt4(q)))) return { reason: `${op} ${nodeName}: the weight is not a 2-D ${types} initializer${q ? ` (${q.elemType ?? `ONNX type ${q.dataType}`}[${q.dims.join(',')}])` : ''}` };
  if (!scale || !isFloatScale(scale)) return { reason: `${op} ${nodeName}: the weight scale is not a float32/float16 initializer` };
  if (zp && zp.elemType !== q.elemType) return { reason: `${op} ${nodeName}: zero point type ${zp.elemType} differs from the weight's ${q.elemType}` };
  const [rows, cols] = q.dims as [number, number];
  const n = elementCount(scale.dims);
  const axis = axisHint < 0 ? axisHint + 2 : axisHint;
  let recipe: QuantRecipe;
  if (blockSize !== null && blockSize > 0) {
    const want = axis === 0 ? Math.ceil(rows / blockSize) * cols : rows * Math.ceil(cols / blockSize);
    if (scale.dims.length !== 2 || n !== want) return { reason: `${op} ${nodeName}: blocked scale has ${n} values, expected ${want}` };
    recipe = { op, q, scale, zeroPoint: zp, axis, blockSize };
  } else if (n === 1) {
    recipe = { op, q, scale, zeroPoint: zp, axis: null, blockSize: null };
  } else if (scale.dims.length === 1 && (axis === 0 || axis === 1) && n === (axis === 0 ? rows : cols)) {
    recipe = { op, q, scale, zeroPoint: zp, axis, blockSize: null };
  } else {
    return { reason: `${op} ${nodeName}: scale of shape [${scale.dims.join(',')}] is neither per-tensor nor per-axis for a [${rows},${cols}] weight` };
  }
  if (zp && elementCount(zp.dims) !== n) return { reason: `${op} ${nodeName}: zero point has ${elementCount(zp.dims)} values, the scale ${n}` };
  return { recipe, storedShape: [rows, cols], storedTransposed: false };
}

/** DequantizeLinear(x, scale, zero_point; axis, block_size) on a constant x. */
export function dequantizeLinearRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult {
  const q = lookup(node.inputs[0]);
  const scale = lookup(node.inputs[1]);
  const zp = node.inputs[2] ? lookup(node.inputs[2]) : null;
  if (node.inputs[2] && !zp) return { reason: `DequantizeLinear ${node.name}: zero point is not an initializer` };
  if (q && q.elemType === null) return { reason: `DequantizeLinear ${node.name}: ONNX type ${q.dataType} weights (float8 and others) are not decoded; int8, uint8, int4 and uint4 are` };
  const blockSize = node.attributes.get('block_size')?.i ?? 0;
  return linearRecipe('DequantizeLinear', node.name, q, scale, zp, node.attributes.get('axis')?.i ?? 1, blockSize > 0 ? blockSize : null);
}

/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp) with a constant b. */
export function qLinearMatMulRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult {
  return linearRecipe('QLinearMatMul', node.name, lookup(node.inputs[3]), lookup(node.inputs[4]), node.inputs[5] ? lookup(node.inputs[5]) : null, 1, null);
}

/**
 * MatMulInteger(a, b, a_zp, b_zp) with a constant b; the weight scale is found downstream:
 * MatMulInteger -> Cast -> Mul(cast, s) with s = Mul(x_scale, w_scale) and w_scale an initializer.
 */
export function matMulIntegerRecipe(node: OnnxNode, lookup: ConstLookup, consumersOf: (value: string) => readonly OnnxNode[], producerOf: (value: string) => OnnxNode | undefined): RecipeResult {
  const q = lookup(node.inputs[1]);
  const zp = node.inputs[3] ? lookup(node.inputs[3]) : null;
  const out = node.outputs[0] ?? '';
  const cast = consumersOf(out).find((n) => n.opType === 'Cast');
  const mul = cast ? consumersOf(cast.outputs[0] ?? '').find((n) => n.opType === 'Mul') : undefined;
  let scale: OnnxTensor | null = null;
  if (mul && cast) {
    for (const input of mul.inputs) {
      if (input === cast.outputs[0]) continue;
      scale = lookup(input);
      const s = scale ? null : producerOf(input);
      if (s && s.opType === 'Mul') scale = s.inputs.map((i) => lookup(i)).find((t): t is OnnxTensor => t !== null) ?? null;
    }
  }
  if (!scale) return { reason: `MatMulInteger ${node.name}: no weight scale found (expected MatMulInteger -> Cast -> Mul by Mul(x_scale, w_scale), as quantize_dynamic writes it)` };
  return linearRecipe('MatMulInteger', node.name, q, scale, zp, 1, null);
}

/** The per-layer summary the report carries. */
export function quantizationInfo(r: QuantRecipe, zeroPointValues: ArrayLike<number> | null): QuantizationInfo {
  if (r.op === 'MatMulNBits') {
    const mid = 1 << (r.bits - 1);
    const symmetric = zeroPointValues === null || Array.from(zeroPointValues).every((z) => z === mid);
    return { op: r.op, bits: r.bits, blockSize: r.blockSize, symmetric };
  }
  const mid = r.q.elemType === 'uint8' ? 128 : r.q.elemType === 'uint4' ? 8 : 0;
  const symmetric = zeroPointValues === null || Array.from(zeroPointValues).every((z) => z === mid);
  return { op: r.op, bits: bitsOf(r.q), blockSize: r.blockSize, symmetric };
}

/** Reads the raw bytes of a tensor (the caller's reader). */
export type TensorBytes = (t: OnnxTensor) => Promise<Uint8Array>;

/** The type the dequantized values are rounded to, as onnxruntime computes them. */
export function dequantizedType(r: QuantRecipe): WeightDType {
  return (r.op === 'MatMulNBits' ? r.scales.elemType : r.scale.elemType) as WeightDType;
}

/**
 * Rounding of (q - zero_point) * scale. DequantizeLinear outputs the scale's type (float16 rounds
 * there); the fused ops (MatMulNBits, MatMulInteger, QLinearMatMul) compute in float32, where the
 * product of an 8-bit integer and a float16/float32 scale is exact or rounds once to float32.
 */
/** Rounding to a float type as stored. */
const roundToType = (dtype: WeightDType): ((v: number) => number) => (dtype === 'float16' ? (v) => float16ToNumber(numberToFloat16(v)) : Math.fround);

const roundingOf = (r: QuantRecipe): ((v: number) => number) =>
  r.op === 'DequantizeLinear' && dequantizedType(r) === 'float16' ? (v) => float16ToNumber(numberToFloat16(v)) : Math.fround;

/** Float zero points of a MatMulNBits weight (the scales' type, [N, n_blocks]), or null when packed or absent. */
async function nbitsFloatZeroPoints(r: Extract<QuantRecipe, { op: 'MatMulNBits' }>, read: TensorBytes): Promise<Float64Array | null> {
  const zp = r.zeroPoints;
  return zp && zp.elemType !== 'uint8' ? decodeToFloat64(await read(zp), zp.elemType as WeightDType) : null;
}

/** onnxruntime's dequantization with a float zero point: q * s + (-s * zp), each step rounded to float32. */
const floatZeroDequant = (q: number, s: number, zp: number): number => Math.fround(Math.fround(q * s) + Math.fround(-s * zp));

/** Zero points of a MatMulNBits weight, unpacked: one per (n, block). */
function nbitsZeroPoints(r: Extract<QuantRecipe, { op: 'MatMulNBits' }>, zpBytes: Uint8Array | null): Uint8Array {
  const nBlocks = Math.ceil(r.K / r.blockSize);
  const out = new Uint8Array(r.N * nBlocks).fill(1 << (r.bits - 1));
  if (zpBytes === null) return out;
  const perRow = Math.ceil((nBlocks * r.bits) / 8);
  for (let n = 0; n < r.N; n++) {
    for (let b = 0; b < nBlocks; b++) {
      out[n * nBlocks + b] = r.bits === 8 ? zpBytes[n * perRow + b]! : (zpBytes[n * perRow + (b >> 1)]! >> ((b & 1) * 4)) & 0xf;
    }
  }
  return out;
}

/** Integer values of a signed/unsigned 8-bit tensor, or of a packed 4-bit one (element 2i in the low nibble, int4 sign-extended). */
function intValues(t: OnnxTensor, bytes: Uint8Array): Int16Array {
  if (isInt4(t)) {
    const out = new Int16Array(elementCount(t.dims));
    for (let i = 0; i < out.length; i++) {
      const nibble = (bytes[i >> 1]! >> ((i & 1) * 4)) & 0xf;
      out[i] = t.elemType === 'int4' ? (nibble << 28) >> 28 : nibble;
    }
    return out;
  }
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = t.elemType === 'int8' ? (bytes[i]! << 24) >> 24 : bytes[i]!;
  return out;
}

/** The stored bytes of integer values: one per byte, or packed two per byte (low nibble first) for int4/uint4. */
function intBytes(t: OnnxTensor, values: ArrayLike<number>): Uint8Array {
  if (!isInt4(t)) return Uint8Array.from(values, (v) => v & 0xff);
  const out = new Uint8Array(Math.ceil(values.length / 2));
  for (let i = 0; i < values.length; i++) out[i >> 1]! |= (values[i]! & 0xf) << ((i & 1) * 4);
  return out;
}

/** The integer range of a quantized type. */
function intRange(t: OnnxTensor): [number, number] {
  switch (t.elemType) {
    case 'int8': return [-128, 127];
    case 'int4': return [-8, 7];
    case 'uint4': return [0, 15];
    default: return [0, 255];
  }
}

/** Which scale (and zero point) element serves stored element (i, j). */
function scaleIndex(r: Extract<QuantRecipe, { op: 'MatMulInteger' | 'QLinearMatMul' | 'DequantizeLinear' }>, i: number, j: number, cols: number): number {
  if (r.axis === null) return 0;
  if (r.blockSize === null) return r.axis === 0 ? i : j;
  return r.axis === 0 ? Math.floor(i / r.blockSize) * cols + j : i * Math.ceil(cols / r.blockSize) + Math.floor(j / r.blockSize);
}

/** The zero points a recipe uses (unpacked), or null when none are stored. */
export async function zeroPointValues(r: QuantRecipe, read: TensorBytes): Promise<Int16Array | Uint8Array | Float64Array | null> {
  if (r.op === 'MatMulNBits') return r.zeroPoints ? ((await nbitsFloatZeroPoints(r, read)) ?? nbitsZeroPoints(r, await read(r.zeroPoints))) : null;
  return r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
}

/** Dequantized W in its stored layout ([N, K] for MatMulNBits), float64 holding the rounded values. */
export async function dequantize(r: QuantRecipe, read: TensorBytes): Promise<{ rows: number; cols: number; data: Float64Array }> {
  const round = roundingOf(r);
  if (r.op === 'MatMulNBits') {
    const b = await read(r.b);
    const scales = decodeToFloat64(await read(r.scales), dequantizedType(r));
    const floatZps = await nbitsFloatZeroPoints(r, read);
    const zps = floatZps ?? nbitsZeroPoints(r, r.zeroPoints ? await read(r.zeroPoints) : null);
    const gIdx = r.gIdx ? new Int32Array((await read(r.gIdx)).slice().buffer) : null;
    const nBlocks = Math.ceil(r.K / r.blockSize);
    const blob = (r.blockSize * r.bits) / 8;
    const out = new Float64Array(r.N * r.K);
    for (let n = 0; n < r.N; n++) {
      for (let k = 0; k < r.K; k++) {
        const block = Math.floor(k / r.blockSize);
        const sb = gIdx ? gIdx[k]! : block;
        const within = k - block * r.blockSize;
        const byte = b[n * nBlocks * blob + block * blob + (r.bits === 8 ? within : within >> 1)]!;
        const q = r.bits === 8 ? byte : (byte >> ((within & 1) * 4)) & 0xf;
        const at = n * nBlocks + sb;
        out[n * r.K + k] = floatZps ? floatZeroDequant(q, scales[at]!, floatZps[at]!) : round((q - zps[at]!) * scales[at]!);
      }
    }
    return { rows: r.N, cols: r.K, data: out };
  }
  const [rows, cols] = r.q.dims as [number, number];
  const q = intValues(r.q, await read(r.q));
  const scale = decodeToFloat64(await read(r.scale), dequantizedType(r));
  const zp = r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = scaleIndex(r, i, j, cols);
      out[i * cols + j] = round((q[i * cols + j]! - (zp ? zp[s]! : 0)) * scale[s]!);
    }
  }
  return { rows, cols, data: out };
}

/** What MatMulNBits quantization of a [N, K] weight needs to know. */
export interface NBitsScheme {
  readonly N: number;
  readonly K: number;
  readonly bits: 4 | 8;
  readonly blockSize: number;
  /** Type the scales are stored in (new scales are rounded to it before quantizing). */
  readonly scaleType: WeightDType;
  /** No zero points (the midpoint), scale from the value of largest magnitude. */
  readonly symmetric: boolean;
  /** Scale group of each k (g_idx), or null for consecutive blocks. */
  readonly gIdx: Int32Array | null;
  /** Float zero points [N, n_blocks] kept as they are (only the scales are recomputed), or null. */
  readonly fixedZeroPoints?: Float64Array | null;
}

/**
 * Round-to-nearest MatMulNBits quantization of W [N, K] (float64), as onnxruntime's blockwise
 * quantizer does: B, scales (in `scaleType`), packed zero points, and ||Q(W) - W||_F / ||W||_F.
 */
export function quantizeNBits(values: Float64Array, o: NBitsScheme): { b: Uint8Array; scales: Uint8Array; zeroPoints: Uint8Array; error: number } {
  const round = Math.fround;
  let num = 0;
  let den = 0;
  const account = (v: number, deq: number) => {
    num += (deq - v) ** 2;
    den += v * v;
  };
  const nBlocks = Math.ceil(o.K / o.blockSize);
  const blob = (o.blockSize * o.bits) / 8;
  const qmax = (1 << o.bits) - 1;
  const mid = 1 << (o.bits - 1);
  const symmetric = o.symmetric;
  const fixed = o.fixedZeroPoints ?? null;
  // New scales are stored in the scales' type: quantize with the value that will be read back.
  const scaleRound = roundToType(o.scaleType);
  const b = new Uint8Array(o.N * nBlocks * blob);
  const scales = new Float64Array(o.N * nBlocks);
  const zps = fixed ?? new Uint8Array(o.N * nBlocks);
  const gIdx = o.gIdx;
  // Scale groups: one per (n, block), or per (n, g_idx group) when g_idx reorders K.
  for (let n = 0; n < o.N; n++) {
    const lo = new Float64Array(nBlocks).fill(0);
    const hi = new Float64Array(nBlocks).fill(0);
    const amax = new Float64Array(nBlocks).fill(0);
    for (let k = 0; k < o.K; k++) {
      const g = gIdx ? gIdx[k]! : Math.floor(k / o.blockSize);
      const v = values[n * o.K + k]!;
      lo[g] = Math.min(lo[g]!, v);
      hi[g] = Math.max(hi[g]!, v);
      if (Math.abs(v) > Math.abs(amax[g]!)) amax[g] = v;
    }
    for (let g = 0; g < nBlocks; g++) {
      let s: number;
      let z: number;
      if (fixed) {
        // The smallest positive scale with lo >= (0 - z) s and hi <= (qmax - z) s; a side the fixed
        // zero point leaves no room for (z at an end of the range) is clamped.
        z = fixed[n * nBlocks + g]!;
        const up = hi[g]! > 0 && qmax - z > 0 ? hi[g]! / (qmax - z) : 0;
        const down = lo[g]! < 0 && z > 0 ? -lo[g]! / z : 0;
        s = scaleRound(Math.max(up, down));
      } else if (symmetric) {
        s = scaleRound(amax[g]! / -mid);
        z = mid;
      } else {
        s = scaleRound((hi[g]! - lo[g]!) / qmax);
        z = s === 0 ? mid : Math.min(qmax, Math.max(0, rint(-lo[g]! / s)));
      }
      scales[n * nBlocks + g] = s;
      if (!fixed) zps[n * nBlocks + g] = z;
    }
    for (let k = 0; k < o.K; k++) {
      const block = Math.floor(k / o.blockSize);
      const g = gIdx ? gIdx[k]! : block;
      const s = scales[n * nBlocks + g]!;
      const z = zps[n * nBlocks + g]!;
      const v = values[n * o.K + k]!;
      let q: number;
      if (fixed) {
        q = Math.min(qmax, Math.max(0, rint(s === 0 ? z : v / s + z)));
        account(v, floatZeroDequant(q, s, z));
      } else {
        q = s === 0 ? z : Math.min(qmax, Math.max(0, rint(v / s) + z));
        account(v, round((q - z) * s));
      }
      const within = k - block * o.blockSize;
      const at = n * nBlocks * blob + block * blob + (o.bits === 8 ? within : within >> 1);
      if (o.bits === 8) b[at] = q;
      else b[at]! |= q << ((within & 1) * 4);
    }
    // Padding beyond K stays the zero point, as onnxruntime's packer leaves it.
    for (let k = o.K; k < nBlocks * o.blockSize; k++) {
      const block = Math.floor(k / o.blockSize);
      const within = k - block * o.blockSize;
      const z = fixed ? Math.min(qmax, Math.max(0, rint(fixed[n * nBlocks + block]!))) : zps[n * nBlocks + block]!;
      const at = n * nBlocks * blob + block * blob + (o.bits === 8 ? within : within >> 1);
      if (o.bits === 8) b[at] = z;
      else b[at]! |= z << ((within & 1) * 4);
    }
  }
  const perRow = Math.ceil((nBlocks * o.bits) / 8);
  const packed = new Uint8Array(fixed ? 0 : o.N * perRow);
  for (let n = 0; n < (fixed ? 0 : o.N); n++) {
    for (let g = 0; g < nBlocks; g++) {
      if (o.bits === 8) packed[n * perRow + g] = zps[n * nBlocks + g]!;
      else packed[n * perRow + (g >> 1)]! |= zps[n * nBlocks + g]! << ((g & 1) * 4);
    }
  }
  return { b, scales: encodeFromFloat64(scales, o.scaleType), zeroPoints: packed, error: den > 0 ? Math.sqrt(num / den) : 0 };
}

/** New bytes of the tensors a requantized weight rewrites, and ||Q(W') - W'||_F / ||W'||_F. */
export interface Requantized {
  /** By tensor (not name: a subgraph may hold its own tensor of a name another graph uses). */
  readonly tensors: ReadonlyMap<OnnxTensor, Uint8Array>;
  readonly error: number;
}

/**
 * Requantizes W' (stored layout, float64) in the recipe's scheme. MatMulNBits: new blocks, scales
 * and (when the source has packed ones) zero points; float zero points are kept; the other
 * layouts: new integer values under the stored scales and zero points.
 */
export async function requantize(r: QuantRecipe, values: Float64Array, read: TensorBytes): Promise<Requantized> {
  const round = roundingOf(r);
  let num = 0;
  let den = 0;
  const account = (v: number, deq: number) => {
    num += (deq - v) ** 2;
    den += v * v;
  };
  const tensors = new Map<OnnxTensor, Uint8Array>();
  if (r.op === 'MatMulNBits') {
    const gIdx = r.gIdx ? new Int32Array((await read(r.gIdx)).slice().buffer) : null;
    const fixedZeroPoints = await nbitsFloatZeroPoints(r, read);
    const q = quantizeNBits(values, { N: r.N, K: r.K, bits: r.bits, blockSize: r.blockSize, scaleType: dequantizedType(r), symmetric: r.zeroPoints === null, gIdx, fixedZeroPoints });
    tensors.set(r.b, q.b);
    tensors.set(r.scales, q.scales);
    if (r.zeroPoints && !fixedZeroPoints) tensors.set(r.zeroPoints, q.zeroPoints);
    return { tensors, error: q.error };
  } else {
    const [rows, cols] = r.q.dims as [number, number];
    const scale = decodeToFloat64(await read(r.scale), dequantizedType(r));
    const zp = r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
    const [qmin, qmax] = intRange(r.q);
    const out = new Int16Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const s = scaleIndex(r, i, j, cols);
        const z = zp ? zp[s]! : 0;
        const v = values[i * cols + j]!;
        const q = scale[s] === 0 ? z : Math.min(qmax, Math.max(qmin, rint(v / scale[s]!) + z));
        account(v, round((q - z) * scale[s]!));
        out[i * cols + j] = q;
      }
    }
    tensors.set(r.q, intBytes(r.q, out));
  }
  return { tensors, error: den > 0 ? Math.sqrt(num / den) : 0 };
}
