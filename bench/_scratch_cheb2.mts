import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { ortDenseOps } from '../src/linalg/denseOps.js';
import { gramOrt } from '../src/linalg/ort/ortEsd.js';
import { chebyshevTruncatedSvd } from '../src/linalg/chebyshevSvd.js';
import { benchLayer } from './matrices.js';
const rt = await WasmRuntime.create(2);
const ort = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
const raw = ortDenseOps(ort);
const st: Record<string, number> = {};
const wrap = (name: string, f: any) => async (...a: any[]) => { const t = performance.now(); const r = await f(...a); st[name] = (st[name] ?? 0) + performance.now() - t; st[name + '#'] = (st[name + '#'] ?? 0) + 1; return r; };
const ops = { mm: wrap('mm', raw.mm), tn: wrap('tn', raw.tn), mm32: wrap('mm32', raw.mm32) };
const gram = wrap('gram', async (X: Float64Array, p: number, q: number) => { const G = new Float64Array(p * p); await gramOrt(ort, X, p, q, G); return G; });
const W = benchLayer(2048, 5632, 1).matrix;
for (let i = 0; i < 2; i++) {
  for (const k of Object.keys(st)) delete st[k];
  const t = performance.now(); const c0 = process.cpuUsage();
  await chebyshevTruncatedSvd(ops as any, gram, rt, W, 103, { seed: 1, degree: 6, block: 155 });
  const cpu = process.cpuUsage(c0);
  console.log('total', (performance.now() - t).toFixed(0), 'cpu', ((cpu.user + cpu.system) / 1000).toFixed(0), Object.fromEntries(Object.entries(st).map(([k, v]) => [k, Math.round(v)])));
}
await rt.dispose();
