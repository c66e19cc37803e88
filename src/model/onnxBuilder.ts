/**
 * Builds ONNX models from a plain description (nodes, initializers, inputs, outputs). Used by
 * tests and the demo to make fixture models, and by the writer to encode new TensorProtos and
 * NodeProtos. Field numbers are those of onnx/onnx.proto (ModelProto graph=7, opset_import=8,
 * metadata_props=14; GraphProto node=1, initializer=5, input=11, output=12; NodeProto input=1,
 * output=2, name=3, op_type=4, attribute=5, domain=7; TensorProto dims=1, data_type=2,
 * float_data=4, int32_data=5, int64_data=7, name=8, raw_data=9, double_data=10,
 * external_data=13, data_location=14).
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { ProtoWriter } from './protobuf.js';

/** int4 / uint4 (opset 21) are packed two to a byte, element 2i in the low nibble: their data is those bytes. */
export type TensorElemType = 'float32' | 'float16' | 'bfloat16' | 'float64' | 'int64' | 'int32' | 'bool' | 'uint8' | 'int8' | 'int4' | 'uint4';

export interface TensorSpec {
  name: string;
  type: TensorElemType;
  dims: number[];
  /** float16/bfloat16 given as raw Uint16Array bits; bool as Uint8Array of 0/1. */
  data: Float32Array | Float64Array | Uint16Array | BigInt64Array | Int32Array | Uint8Array | Int8Array;
  /** Store as ONNX external data in this file (relative to the model's folder), appended. */
  externalFile?: string;
  /**
   * How inline data is stored: 'raw' (raw_data, the default) or 'typed' (float_data / double_data /
   * int32_data / int64_data, as some exporters do). Ignored for external data.
   */
  encoding?: 'raw' | 'typed';
}

export type AttributeValue =
  | { int: number }
  | { float: number }
  | { ints: number[] }
  | { floats: number[] }
  | { string: string }
  | { tensor: TensorSpec }
  /** A subgraph (If then/else branch, Loop / Scan body). */
  | { graph: GraphSpec };

/** A graph: the model's main graph, or a subgraph held by a node attribute. */
export interface GraphSpec {
  nodes: NodeSpec[];
  initializers: TensorSpec[];
  inputs: ValueInfoSpec[];
  outputs: ValueInfoSpec[];
  name?: string;
}

export interface NodeSpec {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  domain?: string;
  attributes?: Record<string, AttributeValue>;
}

export interface ValueInfoSpec {
  name: string;
  type: TensorElemType;
  shape: (number | string)[];
}

export interface ModelSpec {
  nodes: NodeSpec[];
  initializers: TensorSpec[];
  inputs: ValueInfoSpec[];
  outputs: ValueInfoSpec[];
  /** Default [{ domain: '', version: 17 }]. */
  opsets?: { domain: string; version: number }[];
  /** Default 8. */
  irVersion?: number;
  producerName?: string;
  graphName?: string;
  metadata?: Record<string, string>;
  docString?: string;
}

/** ONNX TensorProto.DataType codes. */
export const ONNX_DTYPE: Readonly<Record<TensorElemType, number>> = {
  float32: 1,
  uint8: 2,
  int8: 3,
  int32: 6,
  int64: 7,
  bool: 9,
  float16: 10,
  float64: 11,
  bfloat16: 16,
  uint4: 21,
  int4: 22,
};

/** Bytes per element of each type (half a byte for the packed 4-bit types). */
export const ELEM_SIZE: Readonly<Record<TensorElemType, number>> = {
  float32: 4,
  uint8: 1,
  int8: 1,
  int32: 4,
  int64: 8,
  bool: 1,
  float16: 2,
  float64: 8,
  bfloat16: 2,
  uint4: 0.5,
  int4: 0.5,
};

/** Bytes the data of `count` elements of `type` takes (4-bit types: two per byte, the last byte half used when count is odd). */
export function tensorByteLength(type: TensorElemType, count: number): number {
  return Math.ceil(count * ELEM_SIZE[type]);
}

type TypedArrayCtor = { readonly name: string; prototype: object };
const EXPECTED_ARRAY: Readonly<Record<TensorElemType, TypedArrayCtor>> = {
  float32: Float32Array,
  float16: Uint16Array,
  bfloat16: Uint16Array,
  float64: Float64Array,
  int64: BigInt64Array,
  int32: Int32Array,
  bool: Uint8Array,
  uint8: Uint8Array,
  int8: Int8Array,
  uint4: Uint8Array,
  int4: Uint8Array,
};

/** Little-endian bytes of a tensor's data (a view when the platform is little-endian, as Node's targets are). */
export function tensorDataBytes(t: TensorSpec): Uint8Array {
  const want = EXPECTED_ARRAY[t.type];
  if (!Object.prototype.isPrototypeOf.call(want.prototype, t.data)) {
    throw new TypeError(`tensor ${t.name}: type ${t.type} needs its data as ${want.name}, got ${t.data.constructor.name}`);
  }
  const count = t.dims.reduce((a, b) => a * b, 1);
  const items = ELEM_SIZE[t.type] < 1 ? tensorByteLength(t.type, count) : count;
  if (t.data.length !== items) {
    throw new RangeError(`tensor ${t.name}: dims [${t.dims.join(',')}] need ${items} ${ELEM_SIZE[t.type] < 1 ? 'packed bytes' : 'elements'}, data has ${t.data.length}`);
  }
  return new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
}

/**
 * Receives external tensor data: appends `bytes` to `file` and returns the offset it was written at.
 */
export type ExternalSink = (file: string, bytes: Uint8Array) => number;

/** Encodes a TensorProto (without an enclosing tag). */
export function encodeTensor(t: TensorSpec, external?: ExternalSink): ProtoWriter {
  const data = tensorDataBytes(t);
  const w = new ProtoWriter();
  for (const d of t.dims) w.varint(1, d);
  w.varint(2, ONNX_DTYPE[t.type]);
  if (t.externalFile !== undefined) {
    if (!external) throw new Error(`tensor ${t.name}: external data requested but no sink given`);
    const offset = external(t.externalFile, data);
    w.string(8, t.name);
    const entry = (key: string, value: string) => w.message(13, new ProtoWriter().string(1, key).string(2, value));
    entry('location', t.externalFile);
    entry('offset', String(offset));
    entry('length', String(data.length));
    w.varint(14, 1);
    return w;
  }
  if (t.encoding === 'typed') {
    encodeTypedData(w, t);
    w.string(8, t.name);
  } else {
    w.string(8, t.name);
    w.bytes(9, data);
  }
  return w;
}

function encodeTypedData(w: ProtoWriter, t: TensorSpec): void {
  switch (t.type) {
    case 'float32':
      w.packedFloats(4, t.data as Float32Array);
      return;
    case 'float64':
      w.packedDoubles(10, t.data as Float64Array);
      return;
    case 'int64':
      w.packedVarints(7, t.data as BigInt64Array);
      return;
    default: {
      // int32, (b)float16 bits, int8/uint8/bool: all widened into int32_data; int4/uint4 one packed byte per int32.
      const vals: number[] = [];
      for (let i = 0; i < t.data.length; i++) vals.push(Number(t.data[i]!));
      w.packedVarints(5, vals);
    }
  }
}

function encodeAttribute(name: string, v: AttributeValue, external?: ExternalSink): ProtoWriter {
  const w = new ProtoWriter().string(1, name);
  if ('int' in v) w.varint(3, v.int).varint(20, 2);
  else if ('float' in v) w.float(2, v.float).varint(20, 1);
  else if ('ints' in v) {
    for (const i of v.ints) w.varint(8, i);
    w.varint(20, 7);
  } else if ('floats' in v) {
    for (const f of v.floats) w.float(7, f);
    w.varint(20, 6);
  } else if ('string' in v) w.string(4, v.string).varint(20, 3);
  else if ('graph' in v) w.message(6, encodeGraph(v.graph, external)).varint(20, 5);
  else w.message(5, encodeTensor(v.tensor, external)).varint(20, 4);
  return w;
}

/** Encodes a NodeProto (without an enclosing tag). */
export function encodeNode(n: NodeSpec, external?: ExternalSink): ProtoWriter {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  if (n.name !== undefined) w.string(3, n.name);
  w.string(4, n.opType);
  for (const [k, v] of Object.entries(n.attributes ?? {})) w.message(5, encodeAttribute(k, v, external));
  if (n.domain !== undefined && n.domain !== '') w.string(7, n.domain);
  return w;
}

/** Encodes a ValueInfoProto (graph input or output) without an enclosing tag. */
export function encodeValueInfo(v: ValueInfoSpec): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of v.shape) {
    const dim = new ProtoWriter();
    if (typeof d === 'number') dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, ONNX_DTYPE[v.type]).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, v.name).message(2, type);
}

/** Encodes a GraphProto (without an enclosing tag). */
function encodeGraph(g: GraphSpec, external?: ExternalSink): ProtoWriter {
  const graph = new ProtoWriter();
  for (const n of g.nodes) graph.message(1, encodeNode(n, external));
  graph.string(2, g.name ?? 'graph');
  for (const t of g.initializers) graph.message(5, encodeTensor(t, external));
  for (const i of g.inputs) graph.message(11, encodeValueInfo(i));
  for (const o of g.outputs) graph.message(12, encodeValueInfo(o));
  return graph;
}

export function encodeModel(spec: ModelSpec): { model: Uint8Array; externalFiles: Map<string, Uint8Array> } {
  const pending = new Map<string, { parts: Uint8Array[]; size: number }>();
  const sink: ExternalSink = (file, bytes) => {
    let f = pending.get(file);
    if (!f) pending.set(file, (f = { parts: [], size: 0 }));
    const offset = f.size;
    f.parts.push(bytes);
    f.size += bytes.length;
    return offset;
  };

  const graph = encodeGraph({ ...spec, name: spec.graphName ?? 'graph' }, sink);

  const model = new ProtoWriter();
  model.varint(1, spec.irVersion ?? 8);
  if (spec.producerName !== undefined) model.string(2, spec.producerName);
  if (spec.docString !== undefined) model.string(6, spec.docString);
  model.message(7, graph);
  for (const o of spec.opsets ?? [{ domain: '', version: 17 }]) {
    const op = new ProtoWriter();
    if (o.domain !== '') op.string(1, o.domain);
    op.varint(2, o.version);
    model.message(8, op);
  }
  for (const [k, v] of Object.entries(spec.metadata ?? {})) {
    model.message(14, new ProtoWriter().string(1, k).string(2, v));
  }

  const externalFiles = new Map<string, Uint8Array>();
  for (const [file, f] of pending) {
    const out = new Uint8Array(f.size);
    let off = 0;
    for (const p of f.parts) {
      out.set(p, off);
      off += p.length;
    }
    externalFiles.set(file, out);
  }
  return { model: model.finish(), externalFiles };
}

/**
 * Atomic file write (temp file + fsync + rename, cleaned up on failure and signals). Kept under this
 * name for old importers; new code imports it from src/io/atomic.ts, the one implementation.
 */
export { writeFileAtomic };

/**
 * Encodes `spec` and writes the model and its external data files into `dir` (created if
 * needed). Every file goes to a temp name first; the data files are renamed before the model, so
 * a reader never sees a model whose data is missing. Returns the model's path.
 */
export async function writeModelFiles(dir: string, fileName: string, spec: ModelSpec): Promise<string> {
  const root = resolve(dir);
  await mkdir(root, { recursive: true });
  const { model, externalFiles } = encodeModel(spec);
  for (const [file, bytes] of externalFiles) {
    const p = resolve(root, file);
    await mkdir(dirname(p), { recursive: true });
    await writeFileAtomic(p, bytes);
  }
  const modelPath = join(root, fileName);
  await writeFileAtomic(modelPath, model);
  return modelPath;
}
