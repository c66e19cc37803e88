/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/model/dtype.ts
var DTYPE_BYTES = { float32: 4, float16: 2, bfloat16: 2, float64: 8 };
var f64 = new Float64Array(1);
var f64Bits = new Uint32Array(f64.buffer);
var f32 = new Float32Array(1);
var f32Bits = new Uint32Array(f32.buffer);
function float16ToNumber(bits) {
  const sign = bits & 32768 ? -1 : 1;
  const exp = bits >> 10 & 31;
  const mant = bits & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1024 + mant) * 2 ** (exp - 25);
}
function roundHalfEven(q) {
  const f = Math.floor(q);
  const d = q - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
function encodeBinaryFloat(x, expBits, mantBits) {
  const signBit = 1 << expBits + mantBits;
  const expMask = (1 << expBits) - 1;
  const infBits = expMask << mantBits;
  if (Number.isNaN(x)) {
    f64[0] = x;
    const neg = (f64Bits[1] & 2147483648) !== 0;
    return (neg ? signBit : 0) | infBits | 1 << mantBits - 1;
  }
  const sign = x < 0 || Object.is(x, -0) ? signBit : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | infBits;
  if (a === 0) return sign;
  const bias = (1 << expBits - 1) - 1;
  const emin = 1 - bias;
  if (a < 2 ** emin) {
    return sign | roundHalfEven(a * 2 ** (mantBits - emin));
  }
  f64[0] = a;
  let e = (f64Bits[1] >>> 20 & 2047) - 1023;
  let m = roundHalfEven(a * 2 ** (mantBits - e));
  if (m === 2 ** (mantBits + 1)) {
    m = 2 ** mantBits;
    e += 1;
  }
  if (e > bias) return sign | infBits;
  return sign | e + bias << mantBits | m - 2 ** mantBits;
}
function numberToFloat16(x) {
  return encodeBinaryFloat(x, 5, 10);
}
function numberToBfloat16(x) {
  return encodeBinaryFloat(x, 8, 7);
}
var f16Table = null;
function float16Table() {
  if (f16Table === null) {
    f16Table = new Float64Array(65536);
    for (let i = 0; i < 65536; i++) f16Table[i] = float16ToNumber(i);
  }
  return f16Table;
}
function float32View(bytes) {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of float32 elements`);
  return aligned(bytes, 4, (b, o, l) => new Float32Array(b, o, l));
}
function aligned(bytes, size, make) {
  if (bytes.byteOffset % size === 0) return make(bytes.buffer, bytes.byteOffset, bytes.byteLength / size);
  const copy = bytes.slice();
  return make(copy.buffer, 0, copy.byteLength / size);
}
function decodeToFloat64(bytes, dtype, out, outOffset = 0) {
  const size = DTYPE_BYTES[dtype];
  if (bytes.byteLength % size !== 0) throw new RangeError(`${bytes.byteLength} bytes is not a whole number of ${dtype} elements`);
  const n = bytes.byteLength / size;
  const dst = out ?? new Float64Array(n);
  if (dst.length < outOffset + n) throw new RangeError(`output holds ${dst.length} elements, need ${outOffset + n}`);
  switch (dtype) {
    case "float64":
      dst.set(aligned(bytes, 8, (b, o, l) => new Float64Array(b, o, l)), outOffset);
      break;
    case "float32":
      dst.set(aligned(bytes, 4, (b, o, l) => new Float32Array(b, o, l)), outOffset);
      break;
    case "float16": {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const table = float16Table();
      for (let i = 0; i < n; i++) dst[outOffset + i] = table[src[i]];
      break;
    }
    case "bfloat16": {
      const src = aligned(bytes, 2, (b, o, l) => new Uint16Array(b, o, l));
      const chunk = new Uint32Array(Math.min(n, 65536));
      const asF32 = new Float32Array(chunk.buffer);
      for (let start = 0; start < n; start += chunk.length) {
        const len = Math.min(chunk.length, n - start);
        for (let i = 0; i < len; i++) chunk[i] = src[start + i] << 16;
        for (let i = 0; i < len; i++) dst[outOffset + start + i] = asF32[i];
      }
      break;
    }
  }
  return dst;
}
function encodeFromFloat64(values, dtype) {
  const n = values.length;
  switch (dtype) {
    case "float64":
      return new Uint8Array(Float64Array.from(values).buffer);
    case "float32":
      return new Uint8Array(Float32Array.from(values).buffer);
    // Float32Array.from rounds like Math.fround (RNE)
    case "float16": {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = numberToFloat16(values[i]);
      return new Uint8Array(out.buffer);
    }
    case "bfloat16": {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) out[i] = numberToBfloat16(values[i]);
      return new Uint8Array(out.buffer);
    }
  }
}

export {
  DTYPE_BYTES,
  float16ToNumber,
  numberToFloat16,
  float32View,
  decodeToFloat64,
  encodeFromFloat64
};
