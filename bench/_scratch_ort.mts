import * as ort from 'onnxruntime-node';
import { encodeModel, OnnxType } from '../src/linalg/ort/onnxGraph.js';
const T = OnnxType.double;
const model = encodeModel({ nodes: [{ op: 'Gemm', inputs: ['A', 'A'], outputs: ['G'], intAttrs: { transB: 1 } }],
  inputs: [{ name: 'A', type: T, shape: ['p', 'q'] }], outputs: [{ name: 'G', type: T, shape: ['p', 'p'] }] });
const mm = encodeModel({ nodes: [{ op: 'MatMul', inputs: ['A', 'B'], outputs: ['C'] }],
  inputs: [{ name: 'A', type: T, shape: ['m', 'k'] }, { name: 'B', type: T, shape: ['k', 'n'] }], outputs: [{ name: 'C', type: T, shape: ['m', 'n'] }] });
const s = await ort.InferenceSession.create(model, { intraOpNumThreads: 2, executionProviders: ['cpu'] });
const s2 = await ort.InferenceSession.create(mm, { intraOpNumThreads: 2, executionProviders: ['cpu'] });
for (const [p, q] of [[1024, 1024], [2048, 2048], [2048, 5632]]) {
  const a = new Float64Array(p * q).map(() => Math.random() - 0.5);
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    const out = await s.run({ A: new ort.Tensor('float64', a, [p, q]) });
    const dt = (performance.now() - t) / 1000;
    console.log('gemm gram', p, q, dt.toFixed(3), (p * p * q / dt / 1e9).toFixed(1), 'GMAC/s (half)');
  }
  const b = new Float64Array(q * 200).map(() => Math.random() - 0.5);
  const t = performance.now();
  await s2.run({ A: new ort.Tensor('float64', a, [p, q]), B: new ort.Tensor('float64', b, [q, 200]) });
  const dt = (performance.now() - t) / 1000;
  console.log('mm x200', dt.toFixed(4), (p * q * 200 / dt / 1e9).toFixed(1));
}
