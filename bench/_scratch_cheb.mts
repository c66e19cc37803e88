import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { ortDenseOps } from '../src/linalg/denseOps.js';
import { gramOrt } from '../src/linalg/ort/ortEsd.js';
import { chebyshevTruncatedSvd } from '../src/linalg/chebyshevSvd.js';
import { benchLayer } from './matrices.js';
import { runPython } from '../test/helpers/python.js';
import fs from 'node:fs';
const rt = await WasmRuntime.create(2);
const ort = (await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!;
const ops = ortDenseOps(ort);
const gram = async (X: Float64Array, p: number, q: number) => { const G = new Float64Array(p * p); await gramOrt(ort, X, p, q, G); return G; };
const [m, n] = [Number(process.env.R ?? 1024), Number(process.env.C ?? 1024)];
const { f32, matrix: W } = benchLayer(m, n, m * 7 + n);
fs.writeFileSync('/tmp/w.f32', f32);
const ref = runPython<number[]>(`W = np.fromfile('/tmp/w.f32', dtype=np.float32).reshape(${m}, ${n}).astype(np.float64)
print(json.dumps(np.linalg.svd(W, compute_uv=False).tolist()))`);
const k = Math.ceil(0.05 * Math.min(m, n));
for (const degree of [4, 6, 8]) for (const mult of [1.5]) {
  const t = performance.now();
  let rounds = 0;
  const svd = await chebyshevTruncatedSvd(ops, gram, rt, W, k, { seed: 1, degree, block: Math.ceil(mult * k), onRound: (r, res) => { rounds = r; } });
  const dt = performance.now() - t;
  let maxRel = 0; for (let i = 0; i < k; i++) maxRel = Math.max(maxRel, Math.abs(svd.S[i]! - ref[i]!) / ref[i]!);
  console.log(`k ${k} degree ${degree} block ${Math.ceil(mult * k)} rounds ${rounds + 1} time ${dt.toFixed(0)} maxRel ${maxRel.toExponential(2)}`);
}
await rt.dispose();
