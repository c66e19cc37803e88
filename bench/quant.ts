/**
 * Analyze time of a 4-bit model next to its fp32 original, same run, same engine: a generated
 * stack of MatMul layers, and the same weights quantized to com.microsoft MatMulNBits (block 32,
 * symmetric) as onnxruntime-genai ships them. Decoding the 4-bit blocks should cost little next to
 * the eigendecomposition: the target is q4 at most 1.2x fp32.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { analyzeModel } from '../src/engine/analyze.js';
import { getEngine } from '../src/linalg/engine.js';
import { writeModelFiles, type NodeSpec, type TensorSpec } from '../src/model/onnxBuilder.js';
import { openModel } from '../src/model/open.js';
import { quantizeNBits } from '../src/model/quant.js';
import { benchLayer } from './matrices.js';

const LAYERS = 6;
const K = 1024;
const N = 768;
const BLOCK = 32;

async function buildPair(dir: string): Promise<{ fp32: string; q4: string }> {
  const fpNodes: NodeSpec[] = [];
  const qNodes: NodeSpec[] = [];
  const fpInits: TensorSpec[] = [];
  const qInits: TensorSpec[] = [];
  for (let i = 0; i < LAYERS; i++) {
    const W = benchLayer(K, N, 100 + i).matrix; // [K, N], MatMul layout
    const name = `model.layers.${i}.mlp.up_proj`;
    fpInits.push({ name: `${name}.weight`, type: 'float32', dims: [K, N], data: Float32Array.from(W.data) });
    fpNodes.push({ opType: 'MatMul', name: `/model/layers.${i}/mlp/up_proj/MatMul`, inputs: ['x', `${name}.weight`], outputs: [`y${i}`] });
    const WT = new Float64Array(N * K); // MatMulNBits stores [N, K]
    for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) WT[n * K + k] = W.data[k * N + n]!;
    const q = quantizeNBits(WT, { N, K, bits: 4, blockSize: BLOCK, scaleType: 'float32', symmetric: true, gIdx: null });
    qInits.push({ name: `${name}.weight_Q4`, type: 'uint8', dims: [N, K / BLOCK, BLOCK / 2], data: q.b });
    qInits.push({ name: `${name}.weight_scales`, type: 'float32', dims: [N * (K / BLOCK)], data: new Float32Array(q.scales.slice().buffer) });
    qNodes.push({
      opType: 'MatMulNBits', domain: 'com.microsoft', name: `/model/layers.${i}/mlp/up_proj/MatMulNBits`,
      inputs: ['x', `${name}.weight_Q4`, `${name}.weight_scales`], outputs: [`y${i}`],
      attributes: { K: { int: K }, N: { int: N }, bits: { int: 4 }, block_size: { int: BLOCK } },
    });
  }
  const io = { inputs: [{ name: 'x', type: 'float32' as const, shape: [1, K] }], outputs: Array.from({ length: LAYERS }, (_, i) => ({ name: `y${i}`, type: 'float32' as const, shape: [1, N] })) };
  const fp32 = await writeModelFiles(dir, 'fp32.onnx', { nodes: fpNodes, initializers: fpInits, ...io });
  const q4 = await writeModelFiles(dir, 'q4.onnx', { nodes: qNodes, initializers: qInits, ...io, opsets: [{ domain: '', version: 17 }, { domain: 'com.microsoft', version: 1 }] });
  return { fp32, q4 };
}

/** One line for the bench output: fp32 and q4 analyze seconds (best of `reps`, interleaved) and their ratio. */
export async function quantBenchLine(reps = 2): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ww-bench-quant-'));
  const engine = await getEngine();
  try {
    const { fp32, q4 } = await buildPair(dir);
    const time = async (p: string): Promise<number> => {
      const model = await openModel(p);
      try {
        const t0 = performance.now();
        const r = await analyzeModel(model, { engine });
        if (r.layers.length !== LAYERS) throw new Error(`${p}: ${r.layers.length} layers analysed, expected ${LAYERS}`);
        return (performance.now() - t0) / 1000;
      } finally {
        await model.close();
      }
    };
    let best32 = Infinity;
    let best4 = Infinity;
    for (let r = 0; r < reps; r++) {
      best32 = Math.min(best32, await time(fp32));
      best4 = Math.min(best4, await time(q4));
    }
    const ratio = best4 / best32;
    return `analyze q4 vs fp32 (${LAYERS} layers ${K}x${N}, MatMulNBits block ${BLOCK}, best of ${reps}): fp32 ${best32.toFixed(2)} s, q4 ${best4.toFixed(2)} s, ratio ${ratio.toFixed(2)} (target <= 1.2${ratio <= 1.2 ? ', met' : ', NOT met'})`;
  } finally {
    await engine.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(await quantBenchLine());
}
