import type { WasmRuntime } from './runtime.js';
/**
 * A shuffled copy of `src` (same type); `state` is the xoshiro128** state (4 words), advanced in
 * place exactly as the JavaScript generator would be.
 */
export declare function shuffleElementsWasm<T extends Float32Array | Float64Array>(rt: WasmRuntime, src: T, state: Int32Array): T;
