/**
 * Dense-layer discovery for ONNX graphs: which initializers are weight matrices of a dense
 * product, found by walking the graph (not by guessing from tensor rank).
 *
 * A dense layer is a 2-D float initializer that reaches, directly or through Transpose / Cast
 * nodes, the weight input of MatMul, Gemm, or a com.microsoft op taking a 2-D weight (Attention,
 * FusedMatMul). Quantized weights (MatMulNBits, QLinearMatMul, MatMulInteger, DequantizeLinear,
 * ...) and dense weights of a type we cannot read (int8, ...) are listed as skipped, with why.
 * Block index and role are guessed from the tensor name, then the consuming node's name and
 * output names; a product whose output flows to the `logits` output is the head.
 */
import type { Consumer, DenseLayer, LayerRole, SkippedTensor, WeightDType } from './types.js';
import type { OnnxModel, OnnxNode, OnnxTensor } from './onnx.js';

export interface LayerDiscovery {
  readonly layers: DenseLayer[];
  readonly skipped: SkippedTensor[];
}

/** How a weight input of a node maps to [in, out]. */
interface Usage {
  readonly inputIndex: number;
  /** true: the op reads the (possibly transposed-on-the-way) tensor as [out, in]. */
  readonly opTransposed: boolean;
}

const FLOAT_TYPES = new Set<string>(['float32', 'float16', 'bfloat16', 'float64']);

const QUANTIZED_OPS = new Set([
  'MatMulNBits', 'QLinearMatMul', 'MatMulInteger', 'DynamicQuantizeMatMul', 'MatMulIntegerToFloat', 'QGemm',
  'QAttention', 'MatMulFpQ4', 'MatMulBnb4', 'QOrderedMatMul', 'QLinearConv', 'DequantizeLinear', 'GatherBlockQuantized',
  'DynamicQuantizeLSTM', 'QLinearAdd',
]);

/** Weight usages of the dense ops we analyse. */
function denseUsages(node: OnnxNode, isConst: (name: string) => boolean): Usage[] {
  const ms = node.domain === 'com.microsoft';
  const attr = (k: string) => node.attributes.get(k)?.i ?? 0;
  if (node.domain === '' && node.opType === 'MatMul') {
    if (node.inputs.length >= 2 && isConst(node.inputs[1]!)) return [{ inputIndex: 1, opTransposed: false }];
    // W @ X with the constant on the left: W [out, in] maps X's rows.
    if (node.inputs.length >= 2 && isConst(node.inputs[0]!)) return [{ inputIndex: 0, opTransposed: true }];
    return [];
  }
  if ((node.domain === '' && node.opType === 'Gemm') || (ms && node.opType === 'FusedMatMul')) {
    if (node.inputs.length >= 2 && isConst(node.inputs[1]!)) return [{ inputIndex: 1, opTransposed: attr('transB') === 1 }];
    if (node.inputs.length >= 2 && isConst(node.inputs[0]!)) return [{ inputIndex: 0, opTransposed: attr('transA') !== 1 }];
    return [];
  }
  if (ms && node.opType === 'Attention' && node.inputs.length >= 2) return [{ inputIndex: 1, opTransposed: false }];
  return [];
}

interface Trace {
  readonly tensor: OnnxTensor;
  readonly via: string[];
  /** Number of 2-D transposes on the way (odd: layout flipped). */
  readonly flips: number;
}

/** Follows Transpose / Cast producers back to an initializer. */
function traceToInitializer(
  name: string,
  inits: ReadonlyMap<string, OnnxTensor>,
  producer: ReadonlyMap<string, OnnxNode>,
): Trace | { readonly quantizedBy: OnnxNode } | null {
  const via: string[] = [];
  let flips = 0;
  for (let hop = 0; hop < 8; hop++) {
    const t = inits.get(name);
    if (t) return { tensor: t, via: via.reverse(), flips };
    const p = producer.get(name);
    if (!p) return null;
    if (p.domain === '' && p.opType === 'DequantizeLinear') return { quantizedBy: p };
    if (p.domain !== '' || (p.opType !== 'Transpose' && p.opType !== 'Cast') || p.inputs.length < 1) return null;
    if (p.opType === 'Transpose') {
      const perm = p.attributes.get('perm')?.ints;
      if (perm === undefined || (perm.length === 2 && perm[0] === 1 && perm[1] === 0)) flips++;
      else if (!(perm.length === 2 && perm[0] === 0 && perm[1] === 1)) return null;
    }
    via.push(p.opType);
    name = p.inputs[0]!;
  }
  return null;
}

const BLOCK_RE = /(?:^|[^a-z0-9])(?:layers?|h|blocks?|blk|encoder\.layer|decoder\.layer)[._/-](\d+)(?=$|[^0-9])/i;

/** Transformer block index from names like `model.layers.3.`, `transformer.h.3.`, `/blocks.3/`. */
export function guessBlock(names: readonly string[]): number | null {
  for (const n of names) {
    const m = BLOCK_RE.exec(n);
    if (m) return Number(m[1]);
  }
  return null;
}

const ROLE_PATTERNS: readonly [LayerRole, RegExp][] = [
  ['head', /lm_head|(?:^|[^a-z])classifier(?:$|[^a-z])/i],
  ['embedding', /embed|(?:^|[^a-z])(?:wte|wpe)(?:$|[^a-z])/i],
  ['attention', /[qkvo]_proj|out_proj|attn|attention|qkv|(?:^|[^a-z])(?:query|key|value|wq|wk|wv|wo)(?:$|[^a-z])/i],
  ['mlp', /mlp|fc1|fc2|(?:gate|up|down)_proj|c_fc|ffn|dense_h_to_4h|dense_4h_to_h|feed_?forward|fullyconnect|(?:^|[^a-z])w[123](?:$|[^a-z0-9])/i],
];

/** Role from names, first name that says anything wins. */
export function guessRole(names: readonly string[]): LayerRole | null {
  for (const n of names) {
    for (const [role, re] of ROLE_PATTERNS) if (re.test(n)) return role;
  }
  return null;
}

/** True when `node`'s output reaches one of `targets` through at most `maxHops` non-dense nodes. */
function feedsOutput(node: OnnxNode, targets: ReadonlySet<string>, consumers: ReadonlyMap<string, OnnxNode[]>, maxHops = 8): boolean {
  let frontier = [...node.outputs];
  const seen = new Set<string>();
  for (let hop = 0; hop <= maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const v of frontier) {
      if (targets.has(v)) return true;
      if (seen.has(v)) continue;
      seen.add(v);
      for (const c of consumers.get(v) ?? []) {
        if (c.opType === 'MatMul' || c.opType === 'Gemm' || c.opType === 'Attention') continue;
        next.push(...c.outputs);
      }
    }
    frontier = next;
  }
  return false;
}

export function discoverOnnxLayers(model: OnnxModel): LayerDiscovery {
  const inits = new Map(model.initializers.map((t) => [t.name, t] as const));
  const producer = new Map<string, OnnxNode>();
  const consumers = new Map<string, OnnxNode[]>();
  for (const n of model.nodes) {
    for (const o of n.outputs) producer.set(o, n);
    for (const i of n.inputs) {
      if (i === '') continue;
      let l = consumers.get(i);
      if (!l) consumers.set(i, (l = []));
      l.push(n);
    }
  }
  const isConst = (name: string): boolean => {
    const t = traceToInitializer(name, inits, producer);
    return t !== null;
  };
  const logitOutputs = model.outputs.filter((o) => /logits/i.test(o.name)).map((o) => o.name);
  const headTargets = new Set(logitOutputs.length > 0 ? logitOutputs : model.outputs.slice(0, 1).map((o) => o.name));

  interface Draft {
    tensor: OnnxTensor;
    consumers: Consumer[];
    consumerNodes: OnnxNode[];
    via: string[];
    storedTransposed: boolean;
  }
  const drafts = new Map<string, Draft>();
  const skipped = new Map<string, SkippedTensor>();
  const skip = (name: string, reason: string, opType?: string) => {
    if (!skipped.has(name) && !drafts.has(name)) skipped.set(name, opType === undefined ? { name, reason } : { name, reason, opType });
  };

  for (const node of model.nodes) {
    if (QUANTIZED_OPS.has(node.opType)) {
      for (const input of node.inputs) {
        const tr = input === '' ? null : traceToInitializer(input, inits, producer);
        if (tr && 'tensor' in tr && tr.tensor.dims.length >= 2) {
          skip(tr.tensor.name, `quantized weight of ${node.opType} (node ${node.name || node.index}); quantized layers are not analysed`, node.opType);
        }
      }
      continue;
    }
    for (const usage of denseUsages(node, isConst)) {
      const tr = traceToInitializer(node.inputs[usage.inputIndex]!, inits, producer);
      if (tr === null) continue;
      if ('quantizedBy' in tr) {
        const q = tr.quantizedBy;
        const src = q.inputs[0] ? traceToInitializer(q.inputs[0], inits, producer) : null;
        const name = src && 'tensor' in src ? src.tensor.name : q.inputs[0] ?? q.name;
        skip(name, `quantized weight (DequantizeLinear) feeding ${node.opType}; quantized layers are not analysed`, 'DequantizeLinear');
        continue;
      }
      const t = tr.tensor;
      if (t.dims.length !== 2) {
        skip(t.name, `weight of ${node.opType} has ${t.dims.length} dims [${t.dims.join(',')}], not a 2-D matrix`, node.opType);
        continue;
      }
      if (t.elemType === null || !FLOAT_TYPES.has(t.elemType)) {
        skip(t.name, `UNSUPPORTED_DTYPE: weight of ${node.opType} is ${t.elemType ?? `ONNX type ${t.dataType}`}; only float32/float16/bfloat16/float64 weights are analysed`, node.opType);
        continue;
      }
      const consumer: Consumer = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex };
      const d = drafts.get(t.name);
      if (d) {
        d.consumers.push(consumer);
        d.consumerNodes.push(node);
        continue;
      }
      skipped.delete(t.name);
      drafts.set(t.name, {
        tensor: t,
        consumers: [consumer],
        consumerNodes: [node],
        via: tr.via,
        storedTransposed: usage.opTransposed !== (tr.flips % 2 === 1),
      });
    }
  }

  const layers: DenseLayer[] = [];
  for (const d of drafts.values()) {
    const [rows, cols] = d.tensor.dims as [number, number];
    const names = [d.tensor.name, ...d.consumerNodes.map((n) => n.name), ...d.consumerNodes.flatMap((n) => n.outputs)];
    let role: LayerRole;
    if (d.consumerNodes.some((n) => feedsOutput(n, headTargets, consumers))) role = 'head';
    else if (d.consumerNodes.some((n) => n.opType === 'Attention')) role = 'attention';
    else role = guessRole(names) ?? 'other';
    layers.push({
      index: layers.length,
      name: d.tensor.name,
      format: 'onnx',
      dtype: d.tensor.elemType as WeightDType,
      storedShape: [rows, cols],
      inFeatures: d.storedTransposed ? cols : rows,
      outFeatures: d.storedTransposed ? rows : cols,
      storedTransposed: d.storedTransposed,
      consumers: d.consumers,
      via: d.via,
      block: guessBlock(names),
      role,
    });
  }
  return { layers, skipped: [...skipped.values()] };
}
