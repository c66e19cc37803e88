/**
 * Minimal ONNX protobuf writer for the small compute graphs the numeric engine runs through
 * onnxruntime (MatMul / Gemm / Transpose on dynamic shapes). Only the fields those graphs need are
 * encoded, with the one protobuf writer (src/util/protoWriter.ts) the model stage also uses.
 */
import { ProtoWriter } from '../../util/protoWriter.js';

/** ONNX TensorProto.DataType values used here. */
export const OnnxType = { float: 1, int64: 7, double: 11 } as const;
export type OnnxElemType = (typeof OnnxType)[keyof typeof OnnxType];

export interface GraphNode {
  readonly op: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  /** integer attributes only (transA, transB, perm is not needed by our graphs) */
  readonly intAttrs?: Readonly<Record<string, number>>;
  readonly intsAttrs?: Readonly<Record<string, readonly number[]>>;
  readonly floatAttrs?: Readonly<Record<string, number>>;
}

export interface GraphIo {
  readonly name: string;
  readonly type: OnnxElemType;
  /** a number is a fixed dimension, a string a symbolic one */
  readonly shape: readonly (number | string)[];
}

export interface GraphSpec {
  readonly nodes: readonly GraphNode[];
  readonly inputs: readonly GraphIo[];
  readonly outputs: readonly GraphIo[];
  readonly opset?: number;
}

function valueInfo(io: GraphIo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of io.shape) {
    const dim = new ProtoWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, io.type).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, io.name).message(2, type);
}

function nodeProto(n: GraphNode, index: number): ProtoWriter {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, `${n.op}_${index}`);
  w.string(4, n.op);
  for (const [name, v] of Object.entries(n.intAttrs ?? {})) {
    // AttributeProto: name=1, i=3, type=20 (INT=2)
    w.message(5, new ProtoWriter().string(1, name).varint(3, v).varint(20, 2));
  }
  for (const [name, v] of Object.entries(n.floatAttrs ?? {})) {
    // AttributeProto: f=2 (fixed32), type=20 (FLOAT=1)
    w.message(5, new ProtoWriter().string(1, name).float(2, v).varint(20, 1));
  }
  for (const [name, vs] of Object.entries(n.intsAttrs ?? {})) {
    // AttributeProto: ints=8, type=20 (INTS=7)
    const a = new ProtoWriter().string(1, name);
    for (const v of vs) a.varint(8, v);
    w.message(5, a.varint(20, 7));
  }
  return w;
}

/** Serialises a graph to ONNX ModelProto bytes (IR version 8, default-domain opset 17 unless given). */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const graph = new ProtoWriter();
  spec.nodes.forEach((n, i) => graph.message(1, nodeProto(n, i)));
  graph.string(2, 'ww_linalg');
  for (const i of spec.inputs) graph.message(11, valueInfo(i));
  for (const o of spec.outputs) graph.message(12, valueInfo(o));
  const opset = new ProtoWriter().string(1, '').varint(2, spec.opset ?? 17);
  return new ProtoWriter()
    .varint(1, 8)
    .string(2, 'ww-smooth-linalg')
    .message(7, graph)
    .message(8, opset)
    .finish();
}
