import { WasmRuntime } from '../src/linalg/wasm/runtime.js';
import { smallSymmetricTopK } from '../src/linalg/truncatedSvd.js';
import { symmetricEigen } from '../src/linalg/js/symmetricEigen.js';
const rt = await WasmRuntime.create(2);
for (const s of [50, 300, 565, 678, 900]) {
  const C = new Float64Array(s * s);
  for (let i = 0; i < s; i++) for (let j = 0; j <= i; j++) { const v = Math.random() + (i === j ? (i < 5 ? 50 : 0) : 0); C[i * s + j] = v; C[j * s + i] = v; }
  const k = Math.ceil(s / 6);
  const t = performance.now();
  const r = smallSymmetricTopK(rt, C, s, k);
  const dt = performance.now() - t;
  if (s <= 300) {
    const ref = symmetricEigen(C, s, true);
    let ev = 0, vv = 0;
    for (let j = 0; j < k; j++) {
      ev = Math.max(ev, Math.abs(r.values[j]! - ref.values[s - 1 - j]!));
      let dot = 0; for (let i = 0; i < s; i++) dot += r.vectorsRows[j * s + i]! * ref.vectors![i * s + (s - 1 - j)]!;
      vv = Math.max(vv, 1 - Math.abs(dot));
    }
    console.log('s', s, 'k', k, dt.toFixed(0), 'ms', 'evErr', ev.toExponential(2), 'vecErr', vv.toExponential(2));
  } else console.log('s', s, 'k', k, dt.toFixed(0), 'ms');
}
await rt.dispose();
