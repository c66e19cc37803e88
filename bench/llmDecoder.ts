/**
 * A real Llama-style decoder as an ONNX graph, built with our own builder (src/model/onnxBuilder.ts),
 * for `npm run bench -- --llm-eval` (bench/llmEval.ts): TinyLlama-1.1B's dimensions by default
 * (vocabulary 32000, hidden 2048, 22 blocks, 32 query heads of 64 sharing 4 key/value heads,
 * SwiGLU MLP 2048 -> 5632 -> 2048, 2048 positions), float32, opset 17, standard ops only:
 *
 *   input_ids int64 [batch, seq] -> Gather(embed_tokens)
 *   per block: RMSNorm -> q/k/v MatMul -> RoPE (rotate-half, theta 10000, cos/sin tables sliced to
 *     seq) -> causal grouped-query attention (q as [B, kv, group, S, 64] against k/v as
 *     [B, kv, 1, S, 64]: MatMul broadcasting shares each k/v head with its 8 query heads, no copy)
 *     -> o MatMul -> residual; RMSNorm -> SiLU(gate) * up -> down -> residual
 *   final RMSNorm -> lm_head MatMul -> logits float32 [batch, seq, 32000]
 *
 * RMSNorm is Pow -> ReduceMean -> Add(eps) -> Sqrt -> Div -> Mul(weight), as torch.onnx.export writes
 * Llama's; the causal mask is Trilu over a -inf square of the window length. MatMul weights are
 * stored [in, out] as torch.onnx.export writes them. `test/eval/llamaDecoder.test.ts` checks a small
 * instance against a numpy implementation of the same decoder.
 *
 * Weights: every dense matrix is benchLayer's seeded Marchenko-Pastur bulk plus power-law spikes with
 * the seed bench/llmModel.ts gives the matrix of the same name (so the 155 dense matrices equal the
 * analyze bench's); the embedding is seeded uniform noise; norm weights are ones. All of it is
 * external data in one file, written tensor by tensor (never more than one matrix in memory), and a
 * folder whose manifest matches is reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodeNode, encodeTensor, encodeValueInfo, type ModelSpec, type NodeSpec, type TensorSpec } from '../src/model/onnxBuilder.js';
import { ProtoWriter } from '../src/model/protobuf.js';
import { mulberry32 } from '../src/util/prng.js';
import { llmShapes } from './llmModel.js';
import { benchLayer } from './matrices.js';

export interface DecoderDims {
  readonly vocab: number;
  readonly hidden: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly ffn: number;
  readonly blocks: number;
  readonly maxPositions: number;
  readonly ropeTheta: number;
  readonly eps: number;
}

/** TinyLlama-1.1B (config.json of TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T). */
export const TINYLLAMA_DIMS: DecoderDims = { vocab: 32000, hidden: 2048, heads: 32, kvHeads: 4, headDim: 64, ffn: 5632, blocks: 22, maxPositions: 2048, ropeTheta: 10000, eps: 1e-5 };

/** One trained tensor of the decoder (the graph's large initializers). */
export interface DecoderWeight {
  readonly name: string;
  readonly dims: readonly number[];
  readonly kind: 'embedding' | 'dense' | 'norm';
}

/** The decoder's weights in file order: embedding, per block (norm, q, k, v, o, norm, gate, up, down), final norm, lm_head. */
export function decoderWeights(d: DecoderDims): DecoderWeight[] {
  const kv = d.kvHeads * d.headDim;
  const q = d.heads * d.headDim;
  const out: DecoderWeight[] = [{ name: 'model.embed_tokens.weight', dims: [d.vocab, d.hidden], kind: 'embedding' }];
  for (let b = 0; b < d.blocks; b++) {
    const p = `model.layers.${b}`;
    out.push(
      { name: `${p}.input_layernorm.weight`, dims: [d.hidden], kind: 'norm' },
      { name: `${p}.self_attn.q_proj.weight`, dims: [d.hidden, q], kind: 'dense' },
      { name: `${p}.self_attn.k_proj.weight`, dims: [d.hidden, kv], kind: 'dense' },
      { name: `${p}.self_attn.v_proj.weight`, dims: [d.hidden, kv], kind: 'dense' },
      { name: `${p}.self_attn.o_proj.weight`, dims: [q, d.hidden], kind: 'dense' },
      { name: `${p}.post_attention_layernorm.weight`, dims: [d.hidden], kind: 'norm' },
      { name: `${p}.mlp.gate_proj.weight`, dims: [d.hidden, d.ffn], kind: 'dense' },
      { name: `${p}.mlp.up_proj.weight`, dims: [d.hidden, d.ffn], kind: 'dense' },
      { name: `${p}.mlp.down_proj.weight`, dims: [d.ffn, d.hidden], kind: 'dense' },
    );
  }
  out.push({ name: 'model.norm.weight', dims: [d.hidden], kind: 'norm' }, { name: 'lm_head.weight', dims: [d.hidden, d.vocab], kind: 'dense' });
  return out;
}

const i64 = (name: string, values: number[], dims = [values.length]): TensorSpec => ({ name, type: 'int64', dims, data: BigInt64Array.from(values.map(BigInt)) });
const f32 = (name: string, values: number[], dims: number[] = []): TensorSpec => ({ name, type: 'float32', dims, data: Float32Array.from(values) });

/** RoPE tables [maxPositions, 1, 1, headDim] (rotate-half layout: frequency j and j + headDim/2 share an angle). */
function ropeTables(d: DecoderDims): { cos: Float32Array; sin: Float32Array } {
  const half = d.headDim / 2;
  const cos = new Float32Array(d.maxPositions * d.headDim);
  const sin = new Float32Array(d.maxPositions * d.headDim);
  for (let p = 0; p < d.maxPositions; p++) {
    for (let j = 0; j < half; j++) {
      const angle = p * d.ropeTheta ** (-(2 * j) / d.headDim);
      for (const at of [p * d.headDim + j, p * d.headDim + j + half]) {
        cos[at] = Math.cos(angle);
        sin[at] = Math.sin(angle);
      }
    }
  }
  return { cos, sin };
}

/** The graph's nodes and its small constant initializers (shapes, scalars, RoPE tables); the weights are separate. */
export function decoderGraph(d: DecoderDims): { nodes: NodeSpec[]; constants: TensorSpec[] } {
  if (d.heads % d.kvHeads !== 0 || d.headDim % 2 !== 0) throw new Error(`decoder dims: heads ${d.heads} must be a multiple of kvHeads ${d.kvHeads}, headDim ${d.headDim} even`);
  const group = d.heads / d.kvHeads;
  const half = d.headDim / 2;
  const { cos, sin } = ropeTables(d);
  const constants: TensorSpec[] = [
    { name: 'rope.cos_table', type: 'float32', dims: [d.maxPositions, 1, 1, d.headDim], data: cos },
    { name: 'rope.sin_table', type: 'float32', dims: [d.maxPositions, 1, 1, d.headDim], data: sin },
    i64('c.zero', [0]),
    i64('c.one_scalar', [1], []),
    i64('c.axis0', [0]),
    i64('c.last_axis', [-1]),
    i64('c.half', [half]),
    i64('c.head_dim', [d.headDim]),
    i64('c.q_shape', [0, 0, d.kvHeads, group, d.headDim]),
    i64('c.kv_shape', [0, 0, d.kvHeads, 1, d.headDim]),
    i64('c.merge_shape', [0, 0, d.heads * d.headDim]),
    f32('c.two', [2]),
    f32('c.eps', [d.eps]),
    f32('c.scale', [1 / Math.sqrt(d.headDim)]),
  ];
  const nodes: NodeSpec[] = [];
  const node = (opType: string, inputs: string[], output: string, attributes?: NodeSpec['attributes']): string => {
    nodes.push({ opType, inputs, outputs: [output], ...(attributes ? { attributes } : {}) });
    return output;
  };
  const rmsNorm = (x: string, weight: string, p: string): string => {
    const ms = node('ReduceMean', [node('Pow', [x, 'c.two'], `${p}.sq`)], `${p}.ms`, { axes: { ints: [-1] }, keepdims: { int: 1 } });
    const rms = node('Sqrt', [node('Add', [ms, 'c.eps'], `${p}.ms_eps`)], `${p}.rms`);
    return node('Mul', [node('Div', [x, rms], `${p}.normed`), weight], `${p}.out`);
  };
  // x * cos + rotate_half(x) * sin, rotate_half(x) = [-x2, x1] over the last axis
  const rope = (x: string, p: string): string => {
    const x1 = node('Slice', [x, 'c.zero', 'c.half', 'c.last_axis'], `${p}.x1`);
    const x2 = node('Slice', [x, 'c.half', 'c.head_dim', 'c.last_axis'], `${p}.x2`);
    const rotated = node('Concat', [node('Neg', [x2], `${p}.neg_x2`), x1], `${p}.rotated`, { axis: { int: -1 } });
    return node('Add', [node('Mul', [x, 'rope.cos'], `${p}.xcos`), node('Mul', [rotated, 'rope.sin'], `${p}.rsin`)], `${p}.out`);
  };

  // window length S, the RoPE rows 0..S-1 and the causal mask [S, S] (-inf above the diagonal), once per call
  node('Shape', ['input_ids'], 'seq_len', { start: { int: 1 }, end: { int: 2 } });
  node('Slice', ['rope.cos_table', 'c.zero', 'seq_len', 'c.axis0'], 'rope.cos');
  node('Slice', ['rope.sin_table', 'c.zero', 'seq_len', 'c.axis0'], 'rope.sin');
  const square = node('Concat', ['seq_len', 'seq_len'], 'mask.shape', { axis: { int: 0 } });
  const full = node('ConstantOfShape', [square], 'mask.full', { value: { tensor: f32('mask.value', [-Infinity], [1]) } });
  node('Trilu', [full, 'c.one_scalar'], 'mask', { upper: { int: 1 } });

  let h = node('Gather', ['model.embed_tokens.weight', 'input_ids'], 'embedded', { axis: { int: 0 } });
  for (let b = 0; b < d.blocks; b++) {
    const w = `model.layers.${b}`;
    const t = `b${b}`;
    const x = rmsNorm(h, `${w}.input_layernorm.weight`, `${t}.ln1`);
    const q = node('Reshape', [node('MatMul', [x, `${w}.self_attn.q_proj.weight`], `${t}.q_flat`), 'c.q_shape'], `${t}.q`);
    const k = node('Reshape', [node('MatMul', [x, `${w}.self_attn.k_proj.weight`], `${t}.k_flat`), 'c.kv_shape'], `${t}.k`);
    const v = node('Reshape', [node('MatMul', [x, `${w}.self_attn.v_proj.weight`], `${t}.v_flat`), 'c.kv_shape'], `${t}.v`);
    // [B, S, kv, group|1, hd] -> q [B, kv, group, S, hd], kᵀ [B, kv, 1, hd, S], v [B, kv, 1, S, hd]
    const qh = node('Transpose', [rope(q, `${t}.rope_q`)], `${t}.qh`, { perm: { ints: [0, 2, 3, 1, 4] } });
    const kt = node('Transpose', [rope(k, `${t}.rope_k`)], `${t}.kt`, { perm: { ints: [0, 2, 3, 4, 1] } });
    const vh = node('Transpose', [v], `${t}.vh`, { perm: { ints: [0, 2, 3, 1, 4] } });
    const scores = node('Add', [node('Mul', [node('MatMul', [qh, kt], `${t}.qk`), 'c.scale'], `${t}.scaled`), 'mask'], `${t}.masked`);
    const probs = node('Softmax', [scores], `${t}.probs`, { axis: { int: -1 } });
    const ctx = node('Transpose', [node('MatMul', [probs, vh], `${t}.ctx`)], `${t}.ctx_t`, { perm: { ints: [0, 3, 1, 2, 4] } });
    const attn = node('MatMul', [node('Reshape', [ctx, 'c.merge_shape'], `${t}.ctx_flat`), `${w}.self_attn.o_proj.weight`], `${t}.attn`);
    h = node('Add', [h, attn], `${t}.h_attn`);
    const y = rmsNorm(h, `${w}.post_attention_layernorm.weight`, `${t}.ln2`);
    const gate = node('MatMul', [y, `${w}.mlp.gate_proj.weight`], `${t}.gate`);
    const silu = node('Mul', [gate, node('Sigmoid', [gate], `${t}.gate_sig`)], `${t}.silu`);
    const up = node('MatMul', [y, `${w}.mlp.up_proj.weight`], `${t}.up`);
    const down = node('MatMul', [node('Mul', [silu, up], `${t}.gated`), `${w}.mlp.down_proj.weight`], `${t}.down`);
    h = node('Add', [h, down], `${t}.h`);
  }
  node('MatMul', [rmsNorm(h, 'model.norm.weight', 'final_ln'), 'lm_head.weight'], 'logits');
  return { nodes, constants };
}

const graphInputs = () => [{ name: 'input_ids', type: 'int64' as const, shape: ['batch_size', 'sequence_length'] }];
const graphOutputs = (d: DecoderDims) => [{ name: 'logits', type: 'float32' as const, shape: ['batch_size', 'sequence_length', d.vocab] }];

/** The whole decoder as a ModelSpec with the given weights inline (small instances: tests). */
export function decoderModelSpec(d: DecoderDims, weight: (w: DecoderWeight, index: number) => Float32Array): ModelSpec {
  const { nodes, constants } = decoderGraph(d);
  const weights = decoderWeights(d).map((w, i): TensorSpec => ({ name: w.name, type: 'float32', dims: [...w.dims], data: weight(w, i) }));
  return { nodes, initializers: [...constants, ...weights], inputs: graphInputs(), outputs: graphOutputs(d), producerName: 'ww-smooth-bench' };
}

/** config.json as Hugging Face writes it for this decoder (the evaluator reads the context limit from it). */
export function decoderConfig(d: DecoderDims): Record<string, unknown> {
  return {
    architectures: ['LlamaForCausalLM'],
    model_type: 'llama',
    vocab_size: d.vocab,
    hidden_size: d.hidden,
    intermediate_size: d.ffn,
    num_hidden_layers: d.blocks,
    num_attention_heads: d.heads,
    num_key_value_heads: d.kvHeads,
    head_dim: d.headDim,
    max_position_embeddings: d.maxPositions,
    rms_norm_eps: d.eps,
    rope_theta: d.ropeTheta,
    torch_dtype: 'float32',
  };
}

/** Bump when the generated graph or weights change, so stale cached folders are rebuilt. */
const GENERATOR_VERSION = 1;

export interface DecoderModel {
  readonly modelPath: string;
  readonly dataPath: string;
  readonly bytes: number;
  readonly dims: DecoderDims;
  /** seconds spent generating it (0 when a cached folder was reused) */
  readonly buildSeconds: number;
}

/** Seeds of the dense matrices: bench/llmModel.ts's, by name (7919 x its 1-based position in llmShapes). */
function denseSeeds(blocks: number): Map<string, number> {
  return new Map(llmShapes(blocks).map((s, i) => [s.name, 7919 * (i + 1)]));
}

/** The benchmark weights of tensor `w` (see the file comment). */
function benchWeight(w: DecoderWeight, seeds: Map<string, number>, index: number): Float32Array {
  const count = w.dims.reduce((a, b) => a * b, 1);
  if (w.kind === 'norm') return new Float32Array(count).fill(1);
  if (w.kind === 'dense') return benchLayer(w.dims[0]!, w.dims[1]!, seeds.get(w.name) ?? 104729 * (index + 1)).f32;
  const u = mulberry32(65537);
  return Float32Array.from({ length: count }, () => u() * 2 - 1);
}

interface DecoderManifest {
  readonly version: number;
  readonly dims: DecoderDims;
  readonly bytes: number;
}

function readManifest(file: string): DecoderManifest | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DecoderManifest;
  } catch {
    return null;
  }
}

/**
 * Builds (or reuses) the decoder in `dir`: model.onnx, its external data model.onnx.data, config.json.
 * TinyLlama's dimensions with `blocks` blocks.
 */
export function buildDecoderModel(dir: string, blocks: number, opts: { log?: (line: string) => void } = {}): DecoderModel {
  const dims: DecoderDims = { ...TINYLLAMA_DIMS, blocks };
  const modelPath = path.join(dir, 'model.onnx');
  const dataPath = path.join(dir, 'model.onnx.data');
  const manifestPath = path.join(dir, 'manifest.json');
  const cached = readManifest(manifestPath);
  if (cached && cached.version === GENERATOR_VERSION && JSON.stringify(cached.dims) === JSON.stringify(dims) && fs.existsSync(modelPath) && fs.existsSync(dataPath) && fs.statSync(dataPath).size === cached.bytes) {
    return { modelPath, dataPath, bytes: cached.bytes, dims, buildSeconds: 0 };
  }
  const t0 = performance.now();
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(manifestPath, { force: true });
  const { nodes, constants } = decoderGraph(dims);
  const graph = new ProtoWriter();
  for (const n of nodes) graph.message(1, encodeNode(n));
  graph.string(2, 'tinyllama_decoder');
  for (const c of constants) graph.message(5, encodeTensor(c));
  const seeds = denseSeeds(blocks);
  const weights = decoderWeights(dims);
  const fd = fs.openSync(dataPath + '.tmp', 'w');
  let offset = 0;
  try {
    weights.forEach((w, i) => {
      const data = benchWeight(w, seeds, i);
      const tensor = encodeTensor({ name: w.name, type: 'float32', dims: [...w.dims], data, externalFile: 'model.onnx.data' }, (_file, bytes) => {
        const at = offset;
        for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
        offset += bytes.length;
        return at;
      });
      graph.message(5, tensor);
      opts.log?.(`llm eval model: ${i + 1}/${weights.length} ${w.name} [${w.dims.join('x')}]`);
    });
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  for (const v of graphInputs()) graph.message(11, encodeValueInfo(v));
  for (const v of graphOutputs(dims)) graph.message(12, encodeValueInfo(v));
  const model = new ProtoWriter().varint(1, 8).string(2, 'ww-smooth-bench').message(7, graph).message(8, new ProtoWriter().varint(2, 17));
  fs.renameSync(dataPath + '.tmp', dataPath);
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(decoderConfig(dims), null, 2));
  fs.writeFileSync(modelPath + '.tmp', model.finish());
  fs.renameSync(modelPath + '.tmp', modelPath);
  const manifest: DecoderManifest = { version: GENERATOR_VERSION, dims, bytes: offset };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { modelPath, dataPath, bytes: offset, dims, buildSeconds: (performance.now() - t0) / 1000 };
}
