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
import type { Consumer, DenseLayer, DiscoveryCensus, LayerRole, SkippedTensor, WeightDType } from './types.js';
import { dequantizedType, dequantizeLinearRecipe, matMulIntegerRecipe, matMulNBitsRecipe, qLinearMatMulRecipe, type ConstLookup, type QuantRecipe } from './quant.js';
import { modulePathFromTensorName } from './names.js';
import type { OnnxGraph, OnnxModel, OnnxNode, OnnxTensor } from './onnx.js';

export interface LayerDiscovery {
  readonly layers: DenseLayer[];
  readonly skipped: SkippedTensor[];
  readonly census: DiscoveryCensus;
  /** Quantized layers: how to decode each (by layer name); `quantization` is filled in by the reader. */
  readonly recipes: ReadonlyMap<string, QuantRecipe>;
  /** The initializer each layer reads (by layer name): the one its consumers resolve to, in whatever graph it lives. */
  readonly tensors: ReadonlyMap<string, OnnxTensor>;
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

/**
 * Name resolution in one graph: its node outputs, initializers and formal inputs, then the
 * enclosing graph's (outer scope). A subgraph's formal inputs (Loop / Scan state) hide outer
 * names and are not constants.
 */
export interface Scope {
  readonly graph: OnnxGraph;
  readonly inits: ReadonlyMap<string, OnnxTensor>;
  readonly producer: ReadonlyMap<string, OnnxNode>;
  readonly consumers: ReadonlyMap<string, OnnxNode[]>;
  readonly formalInputs: ReadonlySet<string>;
  readonly parent: Scope | null;
  /** '' for the main graph, else e.g. `If_0/then_branch`. */
  readonly path: string;
}

type Resolved = { readonly init: OnnxTensor } | { readonly node: OnnxNode; readonly scope: Scope } | null;

function resolveName(name: string, scope: Scope): Resolved {
  for (let s: Scope | null = scope; s !== null; s = s.parent) {
    const p = s.producer.get(name);
    if (p) return { node: p, scope: s };
    const t = s.inits.get(name);
    if (t) return { init: t };
    if (s.formalInputs.has(name)) return null;
  }
  return null;
}

export function makeScope(graph: OnnxGraph, parent: Scope | null, path: string, isMain: boolean): Scope {
  const producer = new Map<string, OnnxNode>();
  const consumers = new Map<string, OnnxNode[]>();
  for (const n of graph.nodes) {
    for (const o of n.outputs) producer.set(o, n);
    for (const i of n.inputs) {
      if (i === '') continue;
      let l = consumers.get(i);
      if (!l) consumers.set(i, (l = []));
      l.push(n);
    }
  }
  // In the main graph an input named like an initializer is an overridable default: a constant here.
  const formalInputs = new Set(isMain ? [] : graph.inputs.map((i) => i.name));
  return { graph, inits: new Map(graph.initializers.map((t) => [t.name, t] as const)), producer, consumers, formalInputs, parent, path };
}

/** Follows Transpose / Cast producers back to an initializer, across scopes. */
type Dequantized = { readonly quantizedBy: OnnxNode; readonly scope: Scope; readonly via: string[]; readonly flips: number };

function traceToInitializer(name: string, scope: Scope): Trace | Dequantized | null {
  const via: string[] = [];
  let flips = 0;
  for (let hop = 0; hop < 8; hop++) {
    const r = resolveName(name, scope);
    if (r === null) return null;
    if ('init' in r) return { tensor: r.init, via: via.reverse(), flips };
    const p = r.node;
    scope = r.scope;
    if (p.domain === '' && p.opType === 'DequantizeLinear') return { quantizedBy: p, scope, via: [...via.reverse(), 'DequantizeLinear'], flips };
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

/** A node input that resolves to an initializer (through the scopes), with the graph the node sits in. */
export interface InitializerUse {
  readonly node: OnnxNode;
  readonly input: number;
  /** '' for the main graph. */
  readonly scopePath: string;
}

/** Every node input of every graph that resolves to an initializer, by that initializer. */
export function initializerUses(model: OnnxModel): Map<OnnxTensor, InitializerUse[]> {
  const uses = new Map<OnnxTensor, InitializerUse[]>();
  for (const { scope } of walkGraphs(model)) {
    for (const node of scope.graph.nodes) {
      node.inputs.forEach((name, input) => {
        const r = name === '' ? null : resolveName(name, scope);
        if (r === null || !('init' in r)) return;
        let l = uses.get(r.init);
        if (!l) uses.set(r.init, (l = []));
        l.push({ node, input, scopePath: scope.path });
      });
    }
  }
  return uses;
}

/** Every graph of the model with its scope: the main graph first, then subgraphs depth-first. */
export function walkGraphs(model: OnnxModel): { scope: Scope; parentNode: OnnxNode | null }[] {
  const main = makeScope({ name: '', nodes: model.nodes, initializers: model.initializers, inputs: model.inputs, outputs: model.outputs }, null, '', true);
  const out: { scope: Scope; parentNode: OnnxNode | null }[] = [];
  const visit = (scope: Scope, parentNode: OnnxNode | null) => {
    out.push({ scope, parentNode });
    for (const n of scope.graph.nodes) {
      for (const a of n.attributes.values()) {
        (a.graphs ?? []).forEach((g, gi) => {
          const label = `${n.name || `${n.opType}#${n.index}`}/${a.name}${(a.graphs?.length ?? 0) > 1 ? `[${gi}]` : ''}`;
          visit(makeScope(g, scope, scope.path ? `${scope.path}/${label}` : label, false), n);
        });
      }
    }
  };
  visit(main, null);
  return out;
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

/**
 * Every value that reaches one of `targets` through at most `maxHops` non-dense nodes: the walk
 * runs backwards from the targets, once per graph, so finding the head costs one pass over the
 * graph whatever its shape. (A walk forward from each product's output revisited the same nodes
 * for every product: a graph of 8,000 products feeding one Concat read by 8,000 nodes, 444 KB,
 * took 23 s to open, and time grew with the square of its size.)
 */
function valuesFeeding(targets: ReadonlySet<string>, producer: ReadonlyMap<string, OnnxNode>, maxHops = 8): ReadonlySet<string> {
  const reach = new Set(targets);
  let frontier = [...targets];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const v of frontier) {
      const p = producer.get(v);
      if (!p || p.opType === 'MatMul' || p.opType === 'Gemm' || p.opType === 'Attention') continue;
      for (const i of p.inputs) {
        if (i === '' || reach.has(i)) continue;
        reach.add(i);
        next.push(i);
      }
    }
    frontier = next;
  }
  return reach;
}

/**
 * Module path from a node name as torch.onnx / Optimum write it:
 * `/model/layers.0/self_attn/q_proj/MatMul` -> `model.layers.0.self_attn.q_proj`. null when the
 * name has no path (`MatMul_12`).
 */
export function modulePathOf(nodeName: string): string | null {
  if (!nodeName.includes('/')) return null;
  const parts = nodeName.split('/').filter((p) => p !== '');
  if (parts.length < 2) return null;
  return parts.slice(0, -1).join('.');
}

/** Module path of a layer: from the first consumer whose name has one. */
function moduleOf(nodes: readonly OnnxNode[]): string | null {
  for (const n of nodes) {
    const m = modulePathOf(n.name);
    if (m !== null) return m;
  }
  return null;
}

const DENSE_OP_TYPES = new Set(['MatMul', 'Gemm', 'FusedMatMul', 'Attention']);

export function discoverOnnxLayers(model: OnnxModel): LayerDiscovery {
  const graphs = walkGraphs(model);
  const logitOutputs = model.outputs.filter((o) => /logits/i.test(o.name)).map((o) => o.name);
  const mainTargets = new Set(logitOutputs.length > 0 ? logitOutputs : model.outputs.slice(0, 1).map((o) => o.name));
  // Head targets per graph: a subgraph output is one when the node holding it passes it on to a head target.
  // Values of each graph that feed its head targets (./valuesFeeding), made once per graph.
  const feeding = new Map<Scope, ReadonlySet<string>>();
  const feedingOf = (scope: Scope): ReadonlySet<string> => {
    let f = feeding.get(scope);
    if (!f) feeding.set(scope, (f = valuesFeeding(headTargets.get(scope) ?? new Set(), scope.producer)));
    return f;
  };
  const feedsHead = (scope: Scope, values: readonly string[]): boolean => values.some((v) => feedingOf(scope).has(v));
  const headTargets = new Map<Scope, Set<string>>();
  for (const { scope, parentNode } of graphs) {
    if (parentNode === null || scope.parent === null) {
      headTargets.set(scope, mainTargets);
      continue;
    }
    // Loop bodies return the condition first; If / Scan outputs map one to one.
    const shift = parentNode.opType === 'Loop' ? 1 : 0;
    const targets = new Set<string>();
    scope.graph.outputs.forEach((o, i) => {
      const outerValue = parentNode.outputs[i - shift];
      if (outerValue !== undefined && feedsHead(scope.parent!, [outerValue])) targets.add(o.name);
    });
    headTargets.set(scope, targets);
  }

  interface Draft {
    tensor: OnnxTensor;
    /** Quantized weights: how to decode them, and the stored [rows, cols] of the decoded W. */
    recipe?: QuantRecipe;
    quantShape?: [number, number];
    consumers: Consumer[];
    consumerNodes: OnnxNode[];
    via: string[];
    storedTransposed: boolean;
    feedsHead: boolean;
  }
  // A layer is one initializer (the tensor a consumer resolves to through its scopes), not one
  // name: each branch may hold its own copy of a weight under the same name. Such a name is shared
  // by several layers, so each copy in a subgraph is named `<tensor>@<subgraph path>` (the
  // main graph's keeps the plain name): smoothing one copy leaves the others as they are.
  const scopeOf = new Map<OnnxTensor, Scope>();
  const definitions = new Map<string, number>();
  for (const { scope } of graphs) {
    for (const t of scope.graph.initializers) {
      scopeOf.set(t, scope);
      definitions.set(t.name, (definitions.get(t.name) ?? 0) + 1);
    }
  }
  const layerName = (t: OnnxTensor): string => {
    const path = scopeOf.get(t)?.path ?? '';
    return path !== '' && (definitions.get(t.name) ?? 0) > 1 ? `${t.name}@${path}` : t.name;
  };
  /**
   * The enclosing graph whose value of the same name a subgraph initializer shadows, or null. Which
   * one the subgraph's nodes read is left open in practice: onnxruntime (1.2x) reads a depth-1
   * branch's own initializer over a main-graph one, but the enclosing branch's over a depth-2 one.
   */
  const shadowed = (t: OnnxTensor): string | null => {
    for (let s = scopeOf.get(t)?.parent ?? null; s !== null; s = s.parent) {
      if (s.inits.has(t.name) || s.producer.has(t.name) || s.graph.inputs.some((i) => i.name === t.name)) return s.path === '' ? 'the main graph' : `the subgraph ${s.path}`;
    }
    return null;
  };
  const drafts = new Map<OnnxTensor, Draft>();
  const drafted = new Set<string>();
  const skipped = new Map<string, SkippedTensor>();
  const skip = (name: string, reason: string, opType?: string) => {
    if (!skipped.has(name) && !drafted.has(name)) skipped.set(name, opType === undefined ? { name, reason } : { name, reason, opType });
  };
  /** One layer per weight tensor: a later consumer of the same tensor joins its layer. */
  const addDraft = (t: OnnxTensor, consumer: Consumer, node: OnnxNode, via: string[], storedTransposed: boolean, feedsHead: boolean, quant: Pick<Draft, 'recipe' | 'quantShape'>): void => {
    const d = drafts.get(t);
    if (d) {
      d.consumers.push(consumer);
      d.consumerNodes.push(node);
      d.feedsHead ||= feedsHead;
      return;
    }
    const name = layerName(t);
    if (skipped.has(name)) return;
    const outer = shadowed(t);
    if (outer !== null) {
      skip(name, `initializer ${t.name} of the subgraph ${scopeOf.get(t)!.path} shadows a value of that name in ${outer}; runtimes differ on which of the two the subgraph's nodes read (onnxruntime reads the outer one from a nested subgraph), so it is neither analysed nor rewritten. Give it its own name`, node.opType);
      return;
    }
    drafted.add(name);
    drafts.set(t, { tensor: t, consumers: [consumer], consumerNodes: [node], via, storedTransposed, feedsHead, ...quant });
  };
  let denseOps = 0;
  let nonConstantWeight = 0;
  let quantizedUndecoded = 0;

  for (const { scope } of graphs) {
    const isConst = (name: string): boolean => traceToInitializer(name, scope) !== null;
    for (const node of scope.graph.nodes) {
      const lookup: ConstLookup = (name) => {
        if (!name) return null;
        const r = resolveName(name, scope);
        return r !== null && 'init' in r ? r.init : null;
      };
      const decodable = node.opType === 'MatMulNBits' ? node.domain === 'com.microsoft' : node.domain === '' && (node.opType === 'MatMulInteger' || node.opType === 'QLinearMatMul');
      if (decodable) {
        const res =
          node.opType === 'MatMulNBits' ? matMulNBitsRecipe(node, lookup)
          : node.opType === 'QLinearMatMul' ? qLinearMatMulRecipe(node, lookup)
          : matMulIntegerRecipe(node, lookup, (v) => scope.consumers.get(v) ?? [], (v) => scope.producer.get(v));
        const weightInput = node.opType === 'QLinearMatMul' ? 3 : 1;
        if ('reason' in res) {
          quantizedUndecoded++;
          const t = lookup(node.inputs[weightInput]);
          skip(t ? layerName(t) : (node.inputs[weightInput] ?? node.name), res.reason, node.opType);
          continue;
        }
        const main = res.recipe.op === 'MatMulNBits' ? res.recipe.b : res.recipe.q;
        addDraft(main, { node: node.name, opType: node.opType, domain: node.domain, inputIndex: weightInput, ...(scope.path ? { subgraph: scope.path } : {}) }, node, [], res.storedTransposed, feedsHead(scope, node.outputs), { recipe: res.recipe, quantShape: res.storedShape });
        continue;
      }
      if (node.opType === 'DequantizeLinear') continue; // decoded where it feeds a MatMul / Gemm
      if (QUANTIZED_OPS.has(node.opType)) {
        let counted = false;
        for (const input of node.inputs) {
          const tr = input === '' ? null : traceToInitializer(input, scope);
          if (tr && 'tensor' in tr && tr.tensor.dims.length >= 2) {
            if (!counted && node.opType !== 'DequantizeLinear') quantizedUndecoded++;
            counted = true;
            skip(layerName(tr.tensor), `quantized weight of ${node.opType} (node ${node.name || node.index}); quantized layers are not analysed`, node.opType);
          }
        }
        continue;
      }
      if (DENSE_OP_TYPES.has(node.opType) && (node.domain === '' || node.domain === 'com.microsoft')) denseOps++;
      const usages = denseUsages(node, isConst);
      if (usages.length === 0 && DENSE_OP_TYPES.has(node.opType)) nonConstantWeight++;
      for (const usage of usages) {
        const tr = traceToInitializer(node.inputs[usage.inputIndex]!, scope);
        if (tr === null) continue;
        if ('quantizedBy' in tr) {
          const q = tr.quantizedBy;
          const dqScope = tr.scope;
          const dqLookup: ConstLookup = (name) => {
            if (!name) return null;
            const r = resolveName(name, dqScope);
            return r !== null && 'init' in r ? r.init : null;
          };
          const res = dequantizeLinearRecipe(q, dqLookup);
          if ('reason' in res) {
            quantizedUndecoded++;
            const qt = dqLookup(q.inputs[0]);
            skip(qt ? layerName(qt) : (q.inputs[0] ?? q.name), res.reason, 'DequantizeLinear');
            continue;
          }
          const consumer: Consumer = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex, ...(scope.path ? { subgraph: scope.path } : {}) };
          const transposed = usage.opTransposed !== (tr.flips % 2 === 1);
          addDraft(res.recipe.op === 'MatMulNBits' ? res.recipe.b : res.recipe.q, consumer, node, tr.via, transposed, feedsHead(scope, node.outputs), { recipe: res.recipe, quantShape: res.storedShape });
          continue;
        }
        const t = tr.tensor;
        if (t.dims.length !== 2) {
          skip(layerName(t), `weight of ${node.opType} has ${t.dims.length} dims [${t.dims.join(',')}], not a 2-D matrix`, node.opType);
          continue;
        }
        if (t.elemType === null || !FLOAT_TYPES.has(t.elemType)) {
          skip(layerName(t), `UNSUPPORTED_DTYPE: weight of ${node.opType} is ${t.elemType ?? `ONNX type ${t.dataType}`}; only float32/float16/bfloat16/float64 weights are analysed`, node.opType);
          continue;
        }
        const consumer: Consumer = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex, ...(scope.path ? { subgraph: scope.path } : {}) };
        addDraft(t, consumer, node, tr.via, usage.opTransposed !== (tr.flips % 2 === 1), feedsHead(scope, node.outputs), {});
      }
    }
  }

  const layers: DenseLayer[] = [];
  const recipes = new Map<string, QuantRecipe>();
  const tensors = new Map<string, OnnxTensor>();
  for (const d of drafts.values()) {
    const [rows, cols] = d.quantShape ?? (d.tensor.dims as [number, number]);
    const name = layerName(d.tensor);
    if (d.recipe) recipes.set(name, d.recipe);
    tensors.set(name, d.tensor);
    const module = moduleOf(d.consumerNodes) ?? modulePathFromTensorName(d.tensor.name);
    const names = [d.tensor.name, ...(module ? [module] : []), ...d.consumerNodes.map((n) => n.name), ...d.consumerNodes.flatMap((n) => n.outputs)];
    let role: LayerRole;
    if (d.feedsHead) role = 'head';
    else if (d.consumerNodes.some((n) => n.opType === 'Attention')) role = 'attention';
    else role = guessRole(names) ?? 'other';
    layers.push({
      index: layers.length,
      name,
      module,
      format: 'onnx',
      dtype: d.recipe ? dequantizedType(d.recipe) : (d.tensor.elemType as WeightDType),
      storedShape: [rows, cols],
      inFeatures: d.storedTransposed ? cols : rows,
      outFeatures: d.storedTransposed ? rows : cols,
      storedTransposed: d.storedTransposed,
      consumers: d.consumers,
      via: d.via,
      ...(scopeOf.get(d.tensor)?.path ? { storedIn: scopeOf.get(d.tensor)!.path } : {}),
      block: guessBlock(names),
      role,
    });
  }
  return {
    layers,
    recipes,
    tensors,
    skipped: [...skipped.values()],
    census: { denseOps, nonConstantWeight, quantizedUndecoded, subgraphs: graphs.length - 1 },
  };
}
