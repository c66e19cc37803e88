/**
 * float16 / bfloat16 against hand-computed bit patterns (IEEE 754 binary16 and bfloat16 layouts),
 * and rounding ties checked by hand: each expected pattern is worked out in the comment.
 */
import { describe, it, expect } from 'vitest';
import {
  float16ToNumber, bfloat16ToNumber, numberToFloat16, numberToBfloat16, decodeToFloat64, encodeFromFloat64,
} from '../../src/model/dtype.js';

describe('float16 decode', () => {
  it.each([
    [0x0000, 0],
    [0x3c00, 1],
    [0xc000, -2],
    [0x3555, 0.333251953125], // 1.0101010101b * 2^-2 = (1024+341)/1024/4
    [0x0001, 2 ** -24], // smallest subnormal
    [0x03ff, 1023 * 2 ** -24], // largest subnormal
    [0x0400, 2 ** -14], // smallest normal
    [0x7bff, 65504], // largest finite
    [0x7c00, Infinity],
    [0xfc00, -Infinity],
  ])('0x%s', (bits, value) => {
    expect(float16ToNumber(bits)).toBe(value);
  });
  it('negative zero and NaN', () => {
    expect(Object.is(float16ToNumber(0x8000), -0)).toBe(true);
    expect(float16ToNumber(0x7e00)).toBeNaN();
    expect(float16ToNumber(0x7c01)).toBeNaN();
  });
});

describe('bfloat16 decode', () => {
  it.each([
    [0x3f80, 1],
    [0xc040, -3],
    [0x4049, 3.140625], // 1.1001001b * 2 = 3.140625
    [0x0001, 2 ** -133], // smallest subnormal
    [0x0080, 2 ** -126],
    [0x7f7f, (2 - 2 ** -7) * 2 ** 127],
    [0x7f80, Infinity],
  ])('0x%s', (bits, value) => {
    expect(bfloat16ToNumber(bits)).toBe(value);
  });
  it('NaN', () => expect(bfloat16ToNumber(0x7fc0)).toBeNaN());
});

describe('float16 encode (round to nearest even)', () => {
  it.each([
    [1, 0x3c00],
    [-2, 0xc000],
    [65504, 0x7bff],
    [65519, 0x7bff], // below the midpoint 65520
    [65520, 0x7c00], // midpoint between 65504 (odd mantissa 0x3ff) and 2^16: ties to even -> overflow to inf
    [1e6, 0x7c00],
    [2 ** -24, 0x0001],
    [2 ** -25, 0x0000], // half of the smallest subnormal: tie, 0 is even
    [3 * 2 ** -25, 0x0002], // 1.5 units: tie between 1 and 2 -> 2
    [2 ** -25 + 2 ** -40, 0x0001], // just above the tie -> up
    [1 + 2 ** -11, 0x3c00], // halfway between 1 (0x3c00, even) and 1+2^-10 -> 1
    [1 + 3 * 2 ** -11, 0x3c02], // halfway between 0x3c01 (odd) and 0x3c02 -> 0x3c02
    [1 + 2 ** -11 + 2 ** -30, 0x3c01], // above the tie -> up (float32 would have rounded this to the tie first)
    [2 ** -14 - 2 ** -26, 0x0400], // rounds up from the subnormal range into the smallest normal
    [2047.5 * 2 ** -10, 0x3c00 + 0x3ff + 1], // 1.9995.. + half ulp -> carries to 2.0 = 0x4000
  ])('%d', (value, bits) => {
    expect(numberToFloat16(value)).toBe(bits);
  });
  it('signed zero, infinities and NaN', () => {
    expect(numberToFloat16(-0)).toBe(0x8000);
    expect(numberToFloat16(-Infinity)).toBe(0xfc00);
    expect(numberToFloat16(NaN)).toBe(0x7e00);
  });
  it('decode(encode(bits)) is the identity on all finite patterns', () => {
    for (let b = 0; b < 65536; b++) {
      const v = float16ToNumber(b);
      if (Number.isNaN(v)) continue;
      expect(numberToFloat16(v)).toBe(b);
    }
  });
});

describe('bfloat16 encode (round to nearest even)', () => {
  it.each([
    [1, 0x3f80],
    [1 + 2 ** -8, 0x3f80], // tie between 0x3f80 (even) and 0x3f81 -> 0x3f80
    [1 + 3 * 2 ** -8, 0x3f82], // tie between 0x3f81 and 0x3f82 -> even
    [1 + 2 ** -8 + 2 ** -40, 0x3f81], // above the tie; via float32 it would be the tie and go down
    [3.14159265, 0x4049],
    [2 ** -133, 0x0001],
    [2 ** -134, 0x0000],
    [(2 - 2 ** -8) * 2 ** 127, 0x7f80], // tie with overflow -> inf
    [NaN, 0x7fc0],
    [-0, 0x8000],
  ])('%d', (value, bits) => {
    expect(numberToBfloat16(value)).toBe(bits);
  });
});

describe('bulk conversions', () => {
  it('decodes little-endian bytes of each dtype, aligned or not', () => {
    const f16 = Uint8Array.from([0xff, 0x00, 0x3c, 0x00, 0xc0]); // offset 1 -> unaligned [0x3c00, 0xc000]
    expect(Array.from(decodeToFloat64(f16.subarray(1), 'float16'))).toEqual([1, -2]);
    const bf = Uint8Array.from([0x80, 0x3f, 0x40, 0xc0]);
    expect(Array.from(decodeToFloat64(bf, 'bfloat16'))).toEqual([1, -3]);
    const f32 = new Uint8Array(new Float32Array([0.1, -7]).buffer);
    expect(Array.from(decodeToFloat64(f32, 'float32'))).toEqual([Math.fround(0.1), -7]);
    const f64 = new Uint8Array(new Float64Array([0.1]).buffer);
    expect(Array.from(decodeToFloat64(f64, 'float64'))).toEqual([0.1]);
  });
  it('encodes with RNE and writes into a given output offset', () => {
    expect(Array.from(encodeFromFloat64([1, 65520, 0.1], 'float16'))).toEqual([0x00, 0x3c, 0x00, 0x7c, 0x66, 0x2e]);
    expect(Array.from(new Float32Array(encodeFromFloat64([0.1], 'float32').buffer))).toEqual([Math.fround(0.1)]);
    const out = new Float64Array(3);
    decodeToFloat64(Uint8Array.from([0x00, 0x3c]), 'float16', out, 2);
    expect(Array.from(out)).toEqual([0, 0, 1]);
  });
});
