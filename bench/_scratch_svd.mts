import { createFastEngine } from '../src/linalg/fastEngine.js';
import { gaussianStream } from '../src/linalg/truncatedSvd.js';
const eng = await createFastEngine({ threads: 2, logger: console.log, krylov: { iterations: Number(process.env.IT ?? 4) } });
console.log(eng.name);
// power-law spectrum matrix W = U diag(s) V^T built from random orthogonal via QR of gaussians (numpy for reference)
import { runPython } from '../test/helpers/python.js';
for (const [m, n] of [[300, 200], [1024, 1024]]) {
  const k = Math.ceil(0.05 * Math.min(m, n));
  const ref = runPython<{ W: number[]; s: number[] }>(`
rng = np.random.default_rng(1)
m, n = inp
p = min(m, n)
U, _ = np.linalg.qr(rng.standard_normal((m, p)))
V, _ = np.linalg.qr(rng.standard_normal((n, p)))
s = 5 * np.arange(1, p + 1) ** -0.6
W = (U * s) @ V.T
print(json.dumps({"W": W.ravel().tolist(), "s": s.tolist()}))`, [m, n]);
  const W = { rows: m, cols: n, data: Float64Array.from(ref.W) };
  const t = performance.now();
  const svd = await eng.truncatedSvd(W, k, { seed: 1 });
  const dt = performance.now() - t;
  let maxRel = 0;
  for (let i = 0; i < k; i++) maxRel = Math.max(maxRel, Math.abs(svd.S[i]! - ref.s[i]!) / ref.s[i]!);
  // residual ||W - U S Vt||_F vs optimal sqrt(sum s_{k+1..}^2)
  let res = 0;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) { let a = W.data[r * n + c]!; for (let j = 0; j < k; j++) a -= svd.U.data[r * k + j]! * svd.S[j]! * svd.Vt.data[j * n + c]!; res += a * a; }
  let opt = 0; for (let i = k; i < ref.s.length; i++) opt += ref.s[i]! ** 2;
  console.log(m, n, 'k', k, 'time', dt.toFixed(0), 'maxRel', maxRel.toExponential(2), 'resid/opt', Math.sqrt(res / opt));
}
await eng.dispose();
