/**
 * The two-level element shuffle (../shuffle.ts) with the random draws in wasm: the bucket tags in
 * chunks and each bucket's Fisher-Yates pass, where the JavaScript loop spent most of its time
 * (0.6 s of 2048x5632, 3.4-4 s of a 2048x32000 lm_head on one core, bench/run.ts). Counting and the
 * scatter stay in JavaScript, so the wasm memory holds one chunk of tags and one bucket, never the
 * matrix. The permutation is the same as the JavaScript reference's for the same generator state.
 */
import { shuffleBucketBits } from '../shuffle.js';
import type { WasmRuntime } from './runtime.js';

const TAG_CHUNK = 1 << 20;

/**
 * A shuffled copy of `src` (same type); `state` is the xoshiro128** state (4 words), advanced in
 * place exactly as the JavaScript generator would be.
 */
export function shuffleElementsWasm<T extends Float32Array | Float64Array>(rt: WasmRuntime, src: T, state: Int32Array): T {
  const n = src.length;
  const bits = shuffleBucketBits(n);
  const f32 = src instanceof Float32Array;
  const d = (f32 ? new Float32Array(n) : new Float64Array(n)) as T;
  let start: Int32Array;
  if (bits === 0) {
    d.set(src);
    start = Int32Array.of(0, n);
  } else {
    const B = 1 << bits;
    const tag = new Uint16Array(n);
    const L = rt.layout({ tag: TAG_CHUNK / 4, state: 2 });
    new Int32Array(rt.memory.buffer, L.state, 4).set(state);
    for (let off = 0; off < n; off += TAG_CHUNK) {
      const len = Math.min(TAG_CHUNK, n - off);
      rt.k.xo_tags(len, L.tag, L.state, bits);
      tag.set(new Uint16Array(rt.memory.buffer, L.tag, len), off);
    }
    state.set(new Int32Array(rt.memory.buffer, L.state, 4));
    start = new Int32Array(B + 1);
    for (let i = 0; i < n; i++) start[tag[i]! + 1]!++;
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1]! + start[b]!;
    const fill = start.slice(0, B);
    for (let i = 0; i < n; i++) d[fill[tag[i]!]!++] = src[i]!;
  }
  let largest = 0;
  for (let b = 0; b + 1 < start.length; b++) largest = Math.max(largest, start[b + 1]! - start[b]!);
  const L = rt.layout({ state: 2, bucket: f32 ? Math.ceil(largest / 2) : largest });
  new Int32Array(rt.memory.buffer, L.state, 4).set(state);
  for (let b = 0; b + 1 < start.length; b++) {
    const lo = start[b]!;
    const len = start[b + 1]! - lo;
    if (len < 2) continue;
    const view = f32 ? new Float32Array(rt.memory.buffer, L.bucket, len) : new Float64Array(rt.memory.buffer, L.bucket, len);
    view.set(d.subarray(lo, lo + len));
    if (f32) rt.k.fisher_yates_f32(len, L.bucket, L.state);
    else rt.k.fisher_yates_f64(len, L.bucket, L.state);
    d.set(view, lo);
  }
  state.set(new Int32Array(rt.memory.buffer, L.state, 4));
  return d;
}
