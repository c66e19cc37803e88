import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { gramEigenvaluesOrt, gramEigenvaluesOrtBand } from '../src/linalg/ort/ortEsd.js';
import { gramEigenvaluesWasm } from '../src/linalg/wasm/wasmEsd.js';
const rt = await WasmRuntime.create(2);
const ops = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
const W = { rows: 2048, cols: 5632, data: new Float64Array(2048 * 5632).map(rnd) };
const b = Number(process.env.B ?? 32);
const res: Record<string, number[]> = { hybrid: [], ortband: [], wasm: [] };
for (let i = 0; i < 3; i++) {
  let t = performance.now(); await gramEigenvaluesOrt(ops, rt, W, b); res.hybrid.push(performance.now() - t);
  t = performance.now(); await gramEigenvaluesOrtBand(ops, rt, W, b); res.ortband.push(performance.now() - t);
  t = performance.now(); gramEigenvaluesWasm(rt, W, b); res.wasm.push(performance.now() - t);
}
for (const [k, v] of Object.entries(res)) console.log(k, v.map((x) => x.toFixed(0)).join(' '));
await rt.dispose();
