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
import type { DenseLayer, DiscoveryCensus, LayerRole, SkippedTensor } from './types.js';
import { type QuantRecipe } from './quant.js';
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
export declare function makeScope(graph: OnnxGraph, parent: Scope | null, path: string, isMain: boolean): Scope;
/** A node input that resolves to an initializer (through the scopes), with the graph the node sits in. */
export interface InitializerUse {
    readonly node: OnnxNode;
    readonly input: number;
    /** '' for the main graph. */
    readonly scopePath: string;
}
/** Every node input of every graph that resolves to an initializer, by that initializer. */
export declare function initializerUses(model: OnnxModel): Map<OnnxTensor, InitializerUse[]>;
/** Every graph of the model with its scope: the main graph first, then subgraphs depth-first. */
export declare function walkGraphs(model: OnnxModel): {
    scope: Scope;
    parentNode: OnnxNode | null;
}[];
/** Transformer block index from names like `model.layers.3.`, `transformer.h.3.`, `/blocks.3/`. */
export declare function guessBlock(names: readonly string[]): number | null;
/** Role from names, first name that says anything wins. */
export declare function guessRole(names: readonly string[]): LayerRole | null;
/**
 * Module path from a node name as torch.onnx / Optimum write it:
 * `/model/layers.0/self_attn/q_proj/MatMul` -> `model.layers.0.self_attn.q_proj`. null when the
 * name has no path (`MatMul_12`).
 */
export declare function modulePathOf(nodeName: string): string | null;
export declare function discoverOnnxLayers(model: OnnxModel): LayerDiscovery;
