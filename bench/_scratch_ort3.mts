import * as ort from 'onnxruntime-node';
import { encodeModel, OnnxType } from '../src/linalg/ort/onnxGraph.js';
const T = OnnxType.double;
const model = encodeModel({ nodes: [{ op: 'Gemm', inputs: ['A', 'B'], outputs: ['G'], intAttrs: { transB: 1 } }],
  inputs: [{ name: 'A', type: T, shape: ['p', 'q'] }, { name: 'B', type: T, shape: ['r', 'q'] }], outputs: [{ name: 'G', type: T, shape: ['p', 'r'] }] });
const s = await ort.InferenceSession.create(model, { intraOpNumThreads: 2, executionProviders: ['cpu'] });
const mem = new WebAssembly.Memory({ initial: 100, maximum: 65536, shared: true });
const a = new Float64Array(mem.buffer, 0, 6);
a.set([1, 2, 3, 4, 5, 6]);
try { const r = await s.run({ A: new ort.Tensor('float64', a, [2, 3]), B: new ort.Tensor('float64', a, [2, 3]) }); console.log('SAB input ok', r.G.data); } catch (e) { console.log('SAB input err', String(e)); }
const nb = new ArrayBuffer(4096); const a2 = new Float64Array(nb, 0, 6); a2.set([1,2,3,4,5,6]); const o2 = new Float64Array(nb, 1024, 4);
try { const r = await s.run({ A: new ort.Tensor('float64', a2, [2, 3]), B: new ort.Tensor('float64', a2, [2, 3]) }, { G: new ort.Tensor('float64', o2, [2, 2]) }); console.log('prealloc', o2, r.G.data === o2); } catch (e) { console.log('prealloc err', String(e)); }
const mem2 = new WebAssembly.Memory({ initial: 100, maximum: 1000 });
const a3 = new Float64Array(mem2.buffer, 0, 6); a3.set([1,2,3,4,5,6]); const o3 = new Float64Array(mem2.buffer, 1024, 4);
try { const r = await s.run({ A: new ort.Tensor('float64', a3, [2, 3]), B: new ort.Tensor('float64', a3, [2, 3]) }, { G: new ort.Tensor('float64', o3, [2, 2]) }); console.log('prealloc wasm nonshared', o3, r.G.data === o3); } catch (e) { console.log('prealloc err', String(e)); }
