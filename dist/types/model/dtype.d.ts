/**
 * Conversions between stored weight types and float64, bit-exact.
 *
 * Decoding float16/bfloat16 is exact (every value, subnormals, +-inf, NaN). Encoding from float64
 * rounds to nearest, ties to even, directly from the float64 value: going through float32 first
 * would round twice and can differ from a single correct rounding. float32 uses Math.fround,
 * which is round-to-nearest-even. NaN encodes as the canonical quiet NaN (0x7e00 / 0x7fc0) with
 * the sign kept; values beyond the largest finite one round to infinity exactly as IEEE 754 says.
 *
 * Bulk helpers assume little-endian storage, as ONNX raw_data and safetensors specify, and a
 * little-endian host (every platform Node ships for).
 */
import type { WeightDType } from './types.js';
/** Bytes per element of the stored weight types. */
export declare const DTYPE_BYTES: Readonly<Record<WeightDType, number>>;
/** float16 bits -> value. */
export declare function float16ToNumber(bits: number): number;
/** bfloat16 bits -> value (the upper half of a float32). */
export declare function bfloat16ToNumber(bits: number): number;
/** Value -> float16 bits, round to nearest even. */
export declare function numberToFloat16(x: number): number;
/** Value -> bfloat16 bits, round to nearest even (from the float64 value, not via float32). */
export declare function numberToBfloat16(x: number): number;
/** The float32 values of float32 `bytes` (a view when aligned, else a copy). */
export declare function float32View(bytes: Uint8Array): Float32Array;
/**
 * Decodes little-endian stored elements into float64 (into `out` when given). `bytes.length`
 * must be a multiple of the element size.
 */
export declare function decodeToFloat64(bytes: Uint8Array, dtype: WeightDType, out?: Float64Array, outOffset?: number): Float64Array;
/** Encodes float64 values as little-endian stored elements of `dtype` (RNE). */
export declare function encodeFromFloat64(values: ArrayLike<number>, dtype: WeightDType): Uint8Array;
