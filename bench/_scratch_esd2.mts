import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { gramEigenvaluesOrt } from '../src/linalg/ort/ortEsd.js';
import { gramEigenvaluesJs } from '../src/linalg/engine.js';
const rt = await WasmRuntime.create(2);
const ops = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
for (const [m, n] of [[7, 5], [40, 33], [100, 130], [300, 200]]) {
  const W = { rows: m, cols: n, data: new Float64Array(m * n).map(rnd) };
  const a = await gramEigenvaluesOrt(ops, rt, W, Number(process.env.B ?? 32));
  const r = gramEigenvaluesJs(W);
  let err = 0; for (let i = 0; i < a.length; i++) err = Math.max(err, Math.abs(a[i]! - r[i]!));
  console.log(m, n, 'maxerr/lmax', err / r[r.length - 1]!);
}
for (const [m, n] of [[1024, 1024], [2048, 2048], [2048, 5632]]) {
  const W = { rows: m, cols: n, data: new Float64Array(m * n).map(rnd) };
  for (let i = 0; i < 2; i++) {
  const t = performance.now();
  await gramEigenvaluesOrt(ops, rt, W, Number(process.env.B ?? 32));
  console.log(m, n, ((performance.now() - t) / 1000).toFixed(3), 's');
  }
}
await rt.dispose();
