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
export const DTYPE_BYTES: Readonly<Record<WeightDType, number>> = { float32: 4, float16: 2, bfloat16: 2, float64: 8 };

const f64 = new Float64Array(1);
const f64Bits = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** float16 bits -> value. */
export function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exp = (bits >> 10) & 0x1f;
  const mant = bits & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}

/** bfloat16 bits -> value (the upper half of a float32). */
export function bfloat16ToNumber(bits: number): number {
  f32Bits[0] = (bits & 0xffff) << 16;
  return f32[0]!;
}

/** Rounds a non-negative float64 to an integer, ties to even. Exact for values below 2^52. */
function roundHalfEven(q: number): number {
  const f = Math.floor(q);
  const d = q - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/**
 * Encodes x in a binary float format with `expBits` exponent and `mantBits` fraction bits
 * (IEEE layout, sign in the top bit), round to nearest even. Returns the bit pattern.
 */
function encodeBinaryFloat(x: number, expBits: number, mantBits: number): number {
  const signBit = 1 << (expBits + mantBits);
  const expMask = (1 << expBits) - 1;
  const infBits = expMask << mantBits;
  if (Number.isNaN(x)) {
    f64[0] = x;
    const neg = (f64Bits[1]! & 0x80000000) !== 0;
    return (neg ? signBit : 0) | infBits | (1 << (mantBits - 1));
  }
  const sign = x < 0 || Object.is(x, -0) ? signBit : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | infBits;
  if (a === 0) return sign;
  const bias = (1 << (expBits - 1)) - 1;
  const emin = 1 - bias;
  if (a < 2 ** emin) {
    // Subnormal in the target: a multiple of 2^(emin - mantBits). A result of 2^mantBits is the
    // smallest normal number, whose bit pattern is exactly that integer.
    return sign | roundHalfEven(a * 2 ** (mantBits - emin));
  }
  // `a` is a normal float64 here (targets' emin is far above float64's), so its exponent is exact.
  f64[0] = a;
  let e = ((f64Bits[1]! >>> 20) & 0x7ff) - 1023;
  let m = roundHalfEven(a * 2 ** (mantBits - e)); // in [2^mantBits, 2^(mantBits+1)]
  if (m === 2 ** (mantBits + 1)) {
    m = 2 ** mantBits;
    e += 1;
  }
  if (e > bias) return sign | infBits;
  return sign | ((e + bias) << mantBits) | (m - 2 ** mantBits);
}

/** Value -> float16 bits, round to nearest even. */
export function numberToFloat16(x: number): number {
  return encodeBinaryFloat(x, 5, 10);
}

/** Value -> bfloat16 bits, round to nearest even (from the float64 value, not via float32). */
export function numberToBfloat16(x: number): number {
  return encodeBinaryFloat(x, 8, 7);
}

let f16Table: Float64Array | null = null;
function float16Table(): Float64Array {
  if (f16Table === null) {
    f16Table = new Float64Array(65536);
    for (let i = 0; i < 65536; i++) f16Table[i] = float16ToNumber(i);
  }
  return f16Table;
}

/** The float32 values of float32 `bytes` (a view when aligned, else a copy). */
export function float32View(bytes: Uint8Array): Float32Array {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of float32 elements`);
  return aligned(bytes, 4, (b, o, l) => new Float32Array(b, o, l));
}

/** A view of `bytes` as T when aligned, else a copy that is. */
function aligned<T>(bytes: Uint8Array, size: number, make: (buf: ArrayBufferLike, off: number, len: number) => T): T {
  if (bytes.byteOffset % size === 0) return make(bytes.buffer, bytes.byteOffset, bytes.byteLength / size);
  const copy = bytes.slice();
  return make(copy.buffer, 0, copy.byteLength / size);
}

/**
 * Decodes little-endian stored elements into float64 (into `out` when given). `bytes.length`
 * must be a multiple of the element size.
 */
export function decodeToFloat64(bytes: Uint8Array, dtype: WeightDType, out?: Float64Array, outOffset = 0): Float64Array {
  const size = DTYPE_BYTES[dtype];
  if (bytes.byteLength % size !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of ${dtype} elements`);
  const n = bytes.byteLength / size;
  const dst = out ?? new Float64Array(n);
  if (dst.length < outOffset + n) throw new RangeError(`output holds ${dst.length} elements, need ${outOffset + n}`);
  switch (dtype) {
    case 'float64':
      dst.set(aligned(bytes, 8, (b, o, l) => new Float64Array(b, o, l)), outOffset);
      break;
    case 'float32':
      dst.set(aligned(bytes, 4, (b, o, l) => new Float32Array(b, o, l)), outOffset);
      break;
    case 'float16': {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const table = float16Table();
      for (let i = 0; i < n; i++) dst[outOffset + i] = table[src[i]!]!;
      break;
    }
    case 'bfloat16': {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const chunk = new Uint32Array(Math.min(n, 65536));
      const asF32 = new Float32Array(chunk.buffer);
      for (let start = 0; start < n; start += chunk.length) {
        const len = Math.min(chunk.length, n - start);
        for (let i = 0; i < len; i++) chunk[i] = src[start + i]! << 16;
        for (let i = 0; i < len; i++) dst[outOffset + start + i] = asF32[i]!;
      }
      break;
    }
  }
  return dst;
}

/** Encodes float64 values as little-endian stored elements of `dtype` (RNE). */
export function encodeFromFloat64(values: ArrayLike<number>, dtype: WeightDType): Uint8Array {
  const n = values.length;
  switch (dtype) {
    case 'float64':
      return new Uint8Array(Float64Array.from(values).buffer);
    case 'float32':
      return new Uint8Array(Float32Array.from(values).buffer); // Float32Array.from rounds like Math.fround (RNE)
    case 'float16': {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = numberToFloat16(values[i]!);
      return new Uint8Array(out.buffer);
    }
    case 'bfloat16': {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = numberToBfloat16(values[i]!);
      return new Uint8Array(out.buffer);
    }
  }
}
