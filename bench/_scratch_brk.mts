import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { gramOrt, shortSideMajor, symmetricEigenvaluesOrt } from '../src/linalg/ort/ortEsd.js';
import { newBand, bandEigenvalues } from '../src/linalg/wasm/spectrum.js';
const rt = await WasmRuntime.create(2);
const ops = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 - 0.5; };
const W = { rows: 2048, cols: 5632, data: new Float64Array(2048 * 5632).map(rnd) };
for (const b of [16, 24, 32, 48, 64]) {
  const { X, p, q } = shortSideMajor(W);
  const S = new Float64Array(p * p);
  let t = performance.now();
  await gramOrt(ops, X, p, q, S);
  const tg = performance.now() - t;
  t = performance.now();
  await symmetricEigenvaluesOrt(ops, rt, S, p, b);
  const te = performance.now() - t;
  const band = newBand(p, b); for (let i = 0; i < band.ab.length; i++) band.ab[i] = rnd();
  t = performance.now(); bandEigenvalues(rt, band); const ts2 = performance.now() - t;
  console.log('b', b, 'gram', tg.toFixed(0), 'eig', te.toFixed(0), 'of which stage2+ql', ts2.toFixed(0));
}
await rt.dispose();
