import * as ort from 'onnxruntime-node';
import { encodeModel, OnnxType } from '../src/linalg/ort/onnxGraph.js';
const T = OnnxType.double;
const model = encodeModel({ nodes: [{ op: 'Gemm', inputs: ['A', 'B'], outputs: ['G'], intAttrs: { transB: 1 } }],
  inputs: [{ name: 'A', type: T, shape: ['p', 'q'] }, { name: 'B', type: T, shape: ['r', 'q'] }], outputs: [{ name: 'G', type: T, shape: ['p', 'r'] }] });
const s = await ort.InferenceSession.create(model, { intraOpNumThreads: 2, executionProviders: ['cpu'] });
const mem = new WebAssembly.Memory({ initial: 100, maximum: 65536, shared: true });
const a = new Float64Array(mem.buffer, 0, 6);
a.set([1, 2, 3, 4, 5, 6]);
const outBuf = new Float64Array(mem.buffer, 1024, 4);
try {
  const r = await s.run({ A: new ort.Tensor('float64', a, [2, 3]), B: new ort.Tensor('float64', a, [2, 3]) }, { G: new ort.Tensor('float64', outBuf, [2, 2]) });
  console.log('result', r.G.data, 'prealloc', outBuf, r.G.data === outBuf);
} catch (e) { console.log('err', e); }
