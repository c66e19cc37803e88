import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import type { LinalgEngine } from '../../src/linalg/engine.js';
import { shuffleBucketBits } from '../../src/linalg/shuffle.js';
import { shuffleMatrix, shuffleMatrixWith, Xoshiro128 } from '../../src/spectral/randomize.js';

// The wasm shuffle must be the JavaScript reference exactly: same permutation for the same
// generator state, and the generator left where the reference leaves it (the exact randomized ESD
// draws several shuffles from one generator).

/** Index of the first element where a and b differ, -1 when equal (toEqual is too slow on millions). */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

let engine: LinalgEngine;
beforeAll(async () => {
  engine = await createFastEngine({ threads: 1, useOrt: false });
}, 30_000);
afterAll(async () => engine?.dispose());

describe('wasm element shuffle', () => {
  // one bucket (n <= 65536), the first split (65537), uneven sizes, several chunks of tags
  const sizes: [number, number][] = [[7, 9], [256, 256], [1, 65537], [300, 1001], [1100, 1900]];
  for (const [rows, cols] of sizes) {
    for (const type of ['float32', 'float64'] as const) {
      it(`${rows}x${cols} ${type}: the reference's permutation and generator state (${1 << shuffleBucketBits(rows * cols)} buckets)`, async () => {
        const n = rows * cols;
        const data = type === 'float32' ? Float32Array.from({ length: n }, (_, i) => i) : Float64Array.from({ length: n }, (_, i) => i + 0.5);
        const a = new Xoshiro128(12345 + n);
        const b = new Xoshiro128(12345 + n);
        const ref = shuffleMatrix({ rows, cols, data }, a);
        const fast = await shuffleMatrixWith(engine, { rows, cols, data }, b);
        expect([fast.rows, fast.cols]).toEqual([ref.rows, ref.cols]);
        expect(firstDifference(fast.data, ref.data)).toBe(-1);
        expect(fast.data32 !== undefined).toBe(type === 'float32');
        if (fast.data32) expect(firstDifference(fast.data32, ref.data32!)).toBe(-1);
        expect(Array.from(b.state())).toEqual(Array.from(a.state()));
        // a permutation: every element exactly once
        expect(firstDifference(Float64Array.from(fast.data).sort(), Float64Array.from(data).sort())).toBe(-1);
        expect(data[0]).toBe(type === 'float32' ? 0 : 0.5); // the input is not modified
      });
    }
  }
});
