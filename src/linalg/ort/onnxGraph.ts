/**
 * Minimal ONNX protobuf writer for the small compute graphs the numeric engine runs through
 * onnxruntime (MatMul / Gemm / Transpose on dynamic shapes). Only the fields those graphs need are
 * encoded; the model stage has its own full reader/writer.
 */

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

class ProtoWriter {
  private readonly parts: number[] = [];

  varint(v: number): this {
    let x = BigInt(v);
    if (x < 0n) x += 1n << 64n;
    while (x >= 0x80n) {
      this.parts.push(Number(x & 0x7fn) | 0x80);
      x >>= 7n;
    }
    this.parts.push(Number(x));
    return this;
  }

  intField(field: number, v: number): this {
    return this.varint((field << 3) | 0).varint(v);
  }

  float32Field(field: number, v: number): this {
    this.varint((field << 3) | 5);
    const b = new Uint8Array(new Float32Array([v]).buffer);
    for (const x of b) this.parts.push(x);
    return this;
  }

  bytesField(field: number, bytes: Uint8Array): this {
    this.varint((field << 3) | 2).varint(bytes.length);
    for (const b of bytes) this.parts.push(b);
    return this;
  }

  stringField(field: number, s: string): this {
    return this.bytesField(field, new TextEncoder().encode(s));
  }

  messageField(field: number, w: ProtoWriter): this {
    return this.bytesField(field, w.finish());
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function valueInfo(io: GraphIo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of io.shape) {
    const dim = new ProtoWriter();
    if (typeof d === 'number') dim.intField(1, d);
    else dim.stringField(2, d);
    shape.messageField(1, dim);
  }
  const tensorType = new ProtoWriter().intField(1, io.type).messageField(2, shape);
  const type = new ProtoWriter().messageField(1, tensorType);
  return new ProtoWriter().stringField(1, io.name).messageField(2, type);
}

function nodeProto(n: GraphNode, index: number): ProtoWriter {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.stringField(1, i);
  for (const o of n.outputs) w.stringField(2, o);
  w.stringField(3, `${n.op}_${index}`);
  w.stringField(4, n.op);
  for (const [name, v] of Object.entries(n.intAttrs ?? {})) {
    // AttributeProto: name=1, i=3, type=20 (INT=2)
    w.messageField(5, new ProtoWriter().stringField(1, name).intField(3, v).intField(20, 2));
  }
  for (const [name, v] of Object.entries(n.floatAttrs ?? {})) {
    // AttributeProto: f=2 (fixed32), type=20 (FLOAT=1)
    const a = new ProtoWriter().stringField(1, name);
    a.float32Field(2, v);
    w.messageField(5, a.intField(20, 1));
  }
  for (const [name, vs] of Object.entries(n.intsAttrs ?? {})) {
    // AttributeProto: ints=8, type=20 (INTS=7)
    const a = new ProtoWriter().stringField(1, name);
    for (const v of vs) a.intField(8, v);
    w.messageField(5, a.intField(20, 7));
  }
  return w;
}

/** Serialises a graph to ONNX ModelProto bytes (IR version 8, default-domain opset 17 unless given). */
export function encodeModel(spec: GraphSpec): Uint8Array {
  const graph = new ProtoWriter();
  spec.nodes.forEach((n, i) => graph.messageField(1, nodeProto(n, i)));
  graph.stringField(2, 'ww_linalg');
  for (const i of spec.inputs) graph.messageField(11, valueInfo(i));
  for (const o of spec.outputs) graph.messageField(12, valueInfo(o));
  const opset = new ProtoWriter().stringField(1, '').intField(2, spec.opset ?? 17);
  return new ProtoWriter()
    .intField(1, 8)
    .stringField(2, 'ww-smooth-linalg')
    .messageField(7, graph)
    .messageField(8, opset)
    .finish();
}
