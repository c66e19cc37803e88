import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
const rt = await WasmRuntime.create(2);
const L = rt.layout({ G: 1024 * 1024, X: 1024 * 1024 });
console.log(L, rt.memory.buffer.byteLength);
await rt.dispose();
