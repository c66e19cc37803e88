/**
 * The two-level element shuffle (../shuffle.ts) in wasm, where the JavaScript loops spent their
 * time (0.65 s of a 2048x5632 matrix, 3.4-5 s of a 2048x32000 lm_head on one core): one sweep of
 * draws counts the bucket sizes, a second sweep over the same draws (the state saved between them)
 * scatters the elements chunk by chunk, then each bucket is Fisher-Yates shuffled in place. The
 * wasm memory holds the shuffled copy and one chunk, never a tag per element. The permutation is
 * the JavaScript reference's for the same generator state, and the state ends where it would.
 */
import { shuffleBucketBits } from '../shuffle.js';
import type { WasmRuntime } from './runtime.js';

const CHUNK = 1 << 18;

/**
 * A shuffled copy of `src` (same type); `state` is the xoshiro128** state (4 words), advanced in
 * place exactly as the JavaScript generator would be.
 */
export function shuffleElementsWasm<T extends Float32Array | Float64Array>(rt: WasmRuntime, src: T, state: Int32Array): T {
  const n = src.length;
  const bits = shuffleBucketBits(n);
  const B = 1 << bits;
  const f32 = src instanceof Float32Array;
  const per = f32 ? 0.5 : 1; // float64 slots per element
  const L = rt.layout({ state: 2, start: Math.ceil((B + 1) / 2), fill: Math.ceil(B / 2), src: Math.ceil(CHUNK * per), dst: Math.ceil(n * per) });
  const buffer = rt.memory.buffer;
  const st = new Int32Array(buffer, L.state, 4);
  const dst = f32 ? new Float32Array(buffer, L.dst, n) : new Float64Array(buffer, L.dst, n);
  const start = new Int32Array(buffer, L.start, B + 1);
  if (B === 1) {
    dst.set(src);
    start[0] = 0;
    start[1] = n;
    st.set(state);
  } else {
    start.fill(0);
    st.set(state);
    rt.k.xo_count(n, L.start + 4, L.state, bits); // counts into start[1..B]
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1]! + start[b]!;
    new Int32Array(buffer, L.fill, B).set(start.subarray(0, B));
    st.set(state); // the same draws again, for the scatter
    const chunk = f32 ? new Float32Array(buffer, L.src, CHUNK) : new Float64Array(buffer, L.src, CHUNK);
    for (let off = 0; off < n; off += CHUNK) {
      const len = Math.min(CHUNK, n - off);
      chunk.set(src.subarray(off, off + len));
      if (f32) rt.k.xo_scatter_f32(len, L.src, L.dst, L.fill, L.state, bits);
      else rt.k.xo_scatter_f64(len, L.src, L.dst, L.fill, L.state, bits);
    }
  }
  const bytes = f32 ? 4 : 8;
  for (let b = 0; b < B; b++) {
    const lo = start[b]!;
    const len = start[b + 1]! - lo;
    if (len < 2) continue;
    if (f32) rt.k.fisher_yates_f32(len, L.dst + lo * bytes, L.state);
    else rt.k.fisher_yates_f64(len, L.dst + lo * bytes, L.state);
  }
  state.set(st);
  return (f32 ? new Float32Array(dst as Float32Array) : new Float64Array(dst as Float64Array)) as T;
}
