import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { gramEigenvaluesWasm } from '../src/linalg/wasm/wasmEsd.js';
import { gramEigenvaluesJs } from '../src/linalg/engine.js';
const rt = await WasmRuntime.create(Number(process.env.T ?? 2));
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
for (const [m, n] of [[7, 5], [40, 33], [100, 130], [300, 200]]) {
  const W = { rows: m, cols: n, data: new Float64Array(m * n).map(rnd) };
  const a = gramEigenvaluesWasm(rt, W, Number(process.env.B ?? 32));
  const r = gramEigenvaluesJs(W);
  let err = 0; for (let i = 0; i < a.length; i++) err = Math.max(err, Math.abs(a[i]! - r[i]!));
  console.log(m, n, 'maxerr/lmax', err / r[r.length - 1]!);
}
for (const [m, n] of [[1024, 1024], [2048, 2048], [2048, 5632]]) {
  const W = { rows: m, cols: n, data: new Float64Array(m * n).map(rnd) };
  const t = performance.now();
  gramEigenvaluesWasm(rt, W, Number(process.env.B ?? 32));
  console.log(m, n, ((performance.now() - t) / 1000).toFixed(3), 's');
}
await rt.dispose();
