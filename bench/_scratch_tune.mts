import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { gramEigenvaluesOrt, gramEigenvaluesOrtBand } from '../src/linalg/ort/ortEsd.js';
import { benchLayer } from './matrices.js';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
const rt = await WasmRuntime.create(2);
const ops = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
const { f32, matrix: W } = benchLayer(2048, 5632, 3);
fs.writeFileSync('/tmp/t.f32', f32);
const np = () => { const r = spawnSync('python3', ['-c', `import numpy as np, time
W = np.fromfile('/tmp/t.f32', dtype=np.float32).reshape(2048, 5632).astype(np.float64)
ts=[]
for _ in range(3):
  t=time.perf_counter(); np.linalg.eigvalsh(W@W.T); ts.append(time.perf_counter()-t)
print(sorted(ts)[1])`], { encoding: 'utf8' }); return Number(r.stdout.trim()); };
const variants: [string, () => Promise<unknown>][] = [];
for (const b of [32, 48]) {
  variants.push([`ortband b${b}`, () => gramEigenvaluesOrtBand(ops, rt, W, b)]);
  variants.push([`hybrid b${b}`, () => gramEigenvaluesOrt(ops, rt, W, b)]);
}
const res: Record<string, number[]> = {};
for (let rep = 0; rep < 3; rep++) {
  (res['numpy'] ??= []).push(np() * 1000);
  for (const [name, f] of variants) { const t = performance.now(); await f(); (res[name] ??= []).push(performance.now() - t); }
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(14), v.map((x) => x.toFixed(0)).join(' '), ' median', [...v].sort((a, b) => a - b)[1]!.toFixed(0));
await rt.dispose();
