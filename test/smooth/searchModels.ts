/**
 * A decoder whose best smoothing selection is known by construction, for the search tests.
 *
 * logits[t] = (E[t] + sum_i E[t] W_i) @ H: an embedding row, four parallel square branches (each a
 * searched dense layer, MatMul on the activation) summed with the residual, then the head. Some
 * W_i are exactly low rank (U V^T with r columns): reducing them to rank r changes the model only by
 * float32 rounding, any lower rank removes a real part. The others are full-rank Gaussian: every
 * reduction removes a real part. The eval tokens are sampled from the model's own next-token
 * distribution, so the original model is the data's distribution and any real change raises the
 * expected perplexity (KL >= 0): with a small budget only the exact reductions fit.
 */
import { writeModelFiles, type NodeSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { gaussianArray, mulberry32 } from '../helpers/random.js';

export const D = 16;
export const V = 32;

export interface BranchSpec {
  readonly name: string;
  /** Exact rank (< D) or 'full'. */
  readonly rank: number | 'full';
  readonly seed: number;
}

export const LOW_A = 'model.layers.0.self_attn.q_proj.weight';
export const FULL_B = 'model.layers.0.mlp.up_proj.weight';
export const LOW_C = 'model.layers.1.self_attn.q_proj.weight';
export const FULL_D = 'model.layers.1.mlp.up_proj.weight';

export const MIXED: readonly BranchSpec[] = [
  { name: LOW_A, rank: 3, seed: 11 },
  { name: FULL_B, rank: 'full', seed: 12 },
  { name: LOW_C, rank: 5, seed: 13 },
  { name: FULL_D, rank: 'full', seed: 14 },
];

/** [D, D] row-major float32-representable values. */
export function branchWeight(b: BranchSpec): Float32Array {
  if (b.rank === 'full') return Float32Array.from(gaussianArray(D * D, b.seed), (x) => 0.35 * x);
  const r = b.rank;
  const u = gaussianArray(D * r, b.seed);
  const v = gaussianArray(r * D, b.seed + 1000);
  const w = new Float32Array(D * D);
  for (let i = 0; i < D; i++) {
    for (let j = 0; j < D; j++) {
      let s = 0;
      for (let t = 0; t < r; t++) s += u[i * r + t]! * v[t * D + j]!;
      w[i * D + j] = (0.35 * s) / Math.sqrt(r);
    }
  }
  return w;
}

const EMBED = Float32Array.from(gaussianArray(V * D, 1), (x) => x);
const HEAD = Float32Array.from(gaussianArray(D * V, 2), (x) => 0.8 * x);

/** Writes the model; returns its path. */
export function buildSearchModel(dir: string, branches: readonly BranchSpec[] = MIXED, externalFile?: string): Promise<string> {
  const ext = externalFile ? { externalFile } : {};
  const initializers: TensorSpec[] = [
    { name: 'model.embed_tokens.weight', type: 'float32', dims: [V, D], data: EMBED, ...ext },
    { name: 'lm_head.weight', type: 'float32', dims: [D, V], data: HEAD, ...ext },
    ...branches.map((b): TensorSpec => ({ name: b.name, type: 'float32', dims: [D, D], data: branchWeight(b), ...ext })),
  ];
  const nodes: NodeSpec[] = [{ opType: 'Gather', name: 'embed', inputs: ['model.embed_tokens.weight', 'input_ids'], outputs: ['x'], attributes: { axis: { int: 0 } } }];
  branches.forEach((b, i) => nodes.push({ opType: 'MatMul', name: `/branch${i}/MatMul`, inputs: ['x', b.name], outputs: [`y${i}`] }));
  nodes.push({ opType: 'Sum', name: 'sum', inputs: ['x', ...branches.map((_, i) => `y${i}`)], outputs: ['h'] });
  nodes.push({ opType: 'MatMul', name: '/lm_head/MatMul', inputs: ['h', 'lm_head.weight'], outputs: ['logits'] });
  return writeModelFiles(dir, 'model.onnx', {
    nodes,
    initializers,
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch', 'sequence'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 'sequence', V] }],
    producerName: 'ww-smooth-test',
  });
}

/** `n` tokens sampled from the model's own bigram distribution (float64 arithmetic, seeded). */
export function sampleTokens(n: number, branches: readonly BranchSpec[] = MIXED, seed = 7): number[] {
  const M = new Float64Array(D * D);
  for (let i = 0; i < D; i++) M[i * D + i] = 1;
  for (const b of branches) {
    const w = branchWeight(b);
    for (let i = 0; i < D * D; i++) M[i] = M[i]! + w[i]!;
  }
  const probs: Float64Array[] = [];
  for (let t = 0; t < V; t++) {
    const h = new Float64Array(D);
    for (let j = 0; j < D; j++) for (let i = 0; i < D; i++) h[j] = h[j]! + EMBED[t * D + i]! * M[i * D + j]!;
    const logits = Array.from({ length: V }, (_, v) => {
      let s = 0;
      for (let j = 0; j < D; j++) s += h[j]! * HEAD[j * V + v]!;
      return s;
    });
    const max = Math.max(...logits);
    const e = logits.map((x) => Math.exp(x - max));
    const z = e.reduce((a, b) => a + b, 0);
    probs.push(Float64Array.from(e, (x) => x / z));
  }
  const rand = mulberry32(seed);
  const out = [0];
  for (let i = 1; i < n; i++) {
    const p = probs[out[i - 1]!]!;
    let u = rand();
    let v = 0;
    while (v < V - 1 && u >= p[v]!) u -= p[v++]!;
    out.push(v);
  }
  return out;
}
