import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { OrtOps } from '../src/linalg/ort/ortOps.js';
import { ortDenseOps } from '../src/linalg/denseOps.js';
import { krylovTruncatedSvd } from '../src/linalg/truncatedSvd.js';
import { runPython } from '../test/helpers/python.js';
const rt = await WasmRuntime.create(2);
const ops = ortDenseOps((await OrtOps.create({ device: 'cpu', threads: 2, logger: console.log }))!);
const [rows, cols] = [Number(process.env.R ?? 400), Number(process.env.C ?? 512)];
const ref = runPython<{ W: number[]; s: number[] }>(`
rng = np.random.default_rng(1)
m, n = inp
p = min(m, n)
U, _ = np.linalg.qr(rng.standard_normal((m, p)))
V, _ = np.linalg.qr(rng.standard_normal((n, p)))
s = 2 * np.arange(1, p + 1) ** -float(${process.env.EXP ?? 0.8})
W = (U * s) @ V.T + ${process.env.NOISE ?? 0.1} * rng.standard_normal((m, n)) / np.sqrt(n)
print(json.dumps({"W": W.ravel().tolist(), "s": np.linalg.svd(W, compute_uv=False).tolist()}))`, [rows, cols]);
const W = { rows, cols, data: Float64Array.from(ref.W) };
const k = Math.ceil(0.05 * Math.min(rows, cols));
for (const over of [10, 20]) for (const it of [2, 4]) {
  let resid = new Float64Array(0);
  const t = performance.now();
  const svd = await krylovTruncatedSvd(ops, rt, W, k, { seed: 1, oversample: over, iterations: it, onResiduals: (r, b) => { resid = r; console.log("blocks", b); } });
  const dt = performance.now() - t;
  let maxRel = 0, worst = 0;
  for (let i = 0; i < k; i++) { const e = Math.abs(svd.S[i]! - ref.s[i]!) / ref.s[i]!; if (e > maxRel) { maxRel = e; worst = i; } }
  console.log('k', k, 'over', over, 'it', it, 'time', dt.toFixed(0), 'maxRel', maxRel.toExponential(2), 'at', worst, 'maxResid', Math.max(...resid).toExponential(2));
}
await rt.dispose();
