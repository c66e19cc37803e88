import type { OnnxNode, OnnxTensor } from './onnx.js';
import type { QuantizationInfo, WeightDType } from './types.js';
/** How to decode one quantized weight: the tensors involved and the scheme. */
export type QuantRecipe = {
    readonly op: 'MatMulNBits';
    readonly b: OnnxTensor;
    readonly scales: OnnxTensor;
    readonly zeroPoints: OnnxTensor | null;
    readonly gIdx: OnnxTensor | null;
    readonly K: number;
    readonly N: number;
    readonly bits: 4 | 8;
    readonly blockSize: number;
} | {
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
export type RecipeResult = {
    readonly recipe: QuantRecipe;
    readonly storedShape: [number, number];
    readonly storedTransposed: boolean;
} | {
    readonly reason: string;
};
/** Looks a constant input up (through the caller's scope resolution). */
export type ConstLookup = (name: string | undefined) => OnnxTensor | null;
/** MatMulNBits: its B, scales, zero points and g_idx, checked against K, N, bits, block_size. */
export declare function matMulNBitsRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult;
/** DequantizeLinear(x, scale, zero_point; axis, block_size) on a constant x. */
export declare function dequantizeLinearRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult;
/** QLinearMatMul(a, a_scale, a_zp, b, b_scale, b_zp, y_scale, y_zp) with a constant b. */
export declare function qLinearMatMulRecipe(node: OnnxNode, lookup: ConstLookup): RecipeResult;
/**
 * MatMulInteger(a, b, a_zp, b_zp) with a constant b; the weight scale is found downstream:
 * MatMulInteger -> Cast -> Mul(cast, s) with s = Mul(x_scale, w_scale) and w_scale an initializer.
 */
export declare function matMulIntegerRecipe(node: OnnxNode, lookup: ConstLookup, consumersOf: (value: string) => readonly OnnxNode[], producerOf: (value: string) => OnnxNode | undefined): RecipeResult;
/** The per-layer summary the report carries. */
export declare function quantizationInfo(r: QuantRecipe, zeroPointValues: ArrayLike<number> | null): QuantizationInfo;
/** Reads the raw bytes of a tensor (the caller's reader). */
export type TensorBytes = (t: OnnxTensor) => Promise<Uint8Array>;
/** The type the dequantized values are rounded to, as onnxruntime computes them. */
export declare function dequantizedType(r: QuantRecipe): WeightDType;
/** The zero points a recipe uses (unpacked), or null when none are stored. */
export declare function zeroPointValues(r: QuantRecipe, read: TensorBytes): Promise<Int16Array | Uint8Array | Float64Array | null>;
/** Dequantized W in its stored layout ([N, K] for MatMulNBits), float64 holding the rounded values. */
export declare function dequantize(r: QuantRecipe, read: TensorBytes): Promise<{
    rows: number;
    cols: number;
    data: Float64Array;
}>;
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
export declare function quantizeNBits(values: Float64Array, o: NBitsScheme): {
    b: Uint8Array;
    scales: Uint8Array;
    zeroPoints: Uint8Array;
    error: number;
};
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
export declare function requantize(r: QuantRecipe, values: Float64Array, read: TensorBytes): Promise<Requantized>;
