/**
 * ONNX reader. One streaming pass over the .onnx file records the model's structure (nodes,
 * inputs/outputs, opsets, metadata) and, for every initializer, where its data lives: a byte
 * range of raw_data inside the .onnx file, a range in an external data file, or typed fields.
 * No weight data is read during the scan; `readTensorBytes` reads one tensor on request, so a
 * multi-GB model never sits in memory whole. The byte span of every top-level ModelProto and
 * GraphProto field is kept so the writer can copy untouched parts verbatim.
 *
 * External data `location`s are resolved inside the model's folder only: absolute paths, any
 * `..` segment and symlinks that lead out of the folder are refused with PATH_ESCAPE. Their
 * existence and size are checked when the model is opened (EXTERNAL_DATA_MISSING / _SHORT).
 *
 * Field numbers: onnx/onnx.proto (see onnxBuilder.ts for the list).
 */
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { isInside } from '../io/paths.js';
import { FileHandles } from '../io/fileHandles.js';
import { FileCursor } from './fileCursor.js';
import { ProtoReader, ProtobufError, type WireType } from './protobuf.js';
import { ONNX_DTYPE, tensorByteLength, type TensorElemType } from './onnxBuilder.js';
import { DTYPE_BYTES, decodeToFloat64, float32View } from './dtype.js';
import { assertLayerFits, assertReadFits } from './limits.js';
import { discoverOnnxLayers, walkGraphs } from './layers.js';
import { dequantize, quantizationInfo, requantize, zeroPointValues, type QuantRecipe, type Requantized } from './quant.js';
import type { DenseLayer, ModelWeights, WeightDType } from './types.js';
import { matrix, type Float32Matrix, type Matrix } from '../linalg/matrix.js';

/** Byte span of one protobuf field in the file: [start, end) includes the tag and length prefix. */
export interface FieldSpan {
  readonly field: number;
  readonly wire: WireType;
  readonly start: number;
  /** First byte of the payload (after tag and length prefix for length-delimited fields). */
  readonly contentStart: number;
  readonly end: number;
}

export type TensorData =
  /** raw_data bytes at [offset, offset+length) of the .onnx file. */
  | { readonly kind: 'raw'; readonly offset: number; readonly length: number }
  /** Values in float_data / int32_data / int64_data / double_data: decoded from the tensor's span. */
  | { readonly kind: 'typed' }
  | {
      readonly kind: 'external';
      readonly location: string;
      readonly offset: number;
      /** Declared length, or null when absent (then the whole tensor from offset). */
      readonly length: number | null;
      /** Absolute path, checked to lie inside the model folder. */
      readonly file: string;
    }
  /** No data at all (e.g. a zero-element tensor). */
  | { readonly kind: 'none' };

export interface OnnxTensor {
  readonly name: string;
  /** ONNX TensorProto.DataType code. */
  readonly dataType: number;
  /** Our name for it, or null for types we do not handle (strings, float8, ...). */
  readonly elemType: TensorElemType | null;
  readonly dims: readonly number[];
  readonly data: TensorData;
  /** Span of the initializer field in the GraphProto (tag included). */
  readonly span: FieldSpan;
}

export interface OnnxAttribute {
  readonly name: string;
  readonly type: number;
  readonly i?: number;
  readonly f?: number;
  readonly s?: string;
  readonly ints?: readonly number[];
  readonly floats?: readonly number[];
  /** The attribute holds a tensor or graph. */
  readonly nested?: boolean;
  /** Subgraphs held by a GRAPH / GRAPHS attribute (If branches, Loop / Scan bodies), decoded. */
  readonly graphs?: readonly OnnxGraph[];
}

/**
 * A subgraph (If branch, Loop / Scan body): its own nodes, initializers and formal inputs. Names
 * it does not define resolve in the enclosing graph (outer scope). Spans are file offsets.
 */
export interface OnnxGraph {
  readonly name: string;
  readonly nodes: readonly OnnxNode[];
  readonly initializers: readonly OnnxTensor[];
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
}

export interface OnnxNode {
  /** Position in the graph's node list. */
  readonly index: number;
  readonly name: string;
  readonly opType: string;
  readonly domain: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attributes: ReadonlyMap<string, OnnxAttribute>;
  readonly span: FieldSpan;
}

export interface OnnxValueInfo {
  readonly name: string;
  /** elem_type code, 0 when not a tensor type. */
  readonly elemType: number;
  /** Dims: a number, a symbolic name, or null when unknown. null when no shape is given. */
  readonly shape: readonly (number | string | null)[] | null;
}

export interface OnnxModel {
  /** Absolute path of the .onnx file. */
  readonly path: string;
  /** Real path of its folder: the root external data must stay inside. */
  readonly dir: string;
  readonly fileSize: number;
  readonly irVersion: number;
  readonly producerName: string;
  readonly opsets: readonly { domain: string; version: number }[];
  readonly metadata: ReadonlyMap<string, string>;
  /** Top-level ModelProto fields in file order (one of them is the graph). */
  readonly modelFields: readonly FieldSpan[];
  readonly graphField: FieldSpan;
  /** GraphProto fields in file order. */
  readonly graphFields: readonly FieldSpan[];
  readonly nodes: readonly OnnxNode[];
  /** Initializers in file order. */
  readonly initializers: readonly OnnxTensor[];
  readonly inputs: readonly OnnxValueInfo[];
  readonly outputs: readonly OnnxValueInfo[];
  readonly usesExternalData: boolean;
}

/** ONNX DataType code -> our element type name. */
const ELEM_BY_CODE = new Map<number, TensorElemType>(
  (Object.entries(ONNX_DTYPE) as [TensorElemType, number][]).map(([k, v]) => [v, k]),
);
const MODEL_FIELDS_LEN = new Set([2, 3, 4, 6, 7, 8, 14, 20, 25, 26]);
const MODEL_FIELDS_VARINT = new Set([1, 5]);

/** Element type name of an ONNX DataType code (null if we do not handle it). */
export function elemTypeOf(code: number): TensorElemType | null {
  return ELEM_BY_CODE.get(code) ?? null;
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((a, b) => a * b, 1);
}

const textDecoder = new TextDecoder();

/**
 * Resolves an external-data `location` inside `rootReal` (the real path of the model's folder).
 * Refuses absolute paths, `..` segments and symlinks that lead out. Returns the real path of the
 * data file; throws EXTERNAL_DATA_MISSING when it does not exist.
 */
export async function resolveExternalLocation(rootReal: string, location: string, modelPath: string): Promise<string> {
  const details = { file: modelPath, location };
  if (location === '') throw new WwError('MODEL_CORRUPT', `${modelPath}: external data with an empty location`, details);
  if (isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith('\\') || location.startsWith('/')) {
    throw new WwError('PATH_ESCAPE', `${modelPath}: external data location "${location}" is absolute; it must be relative to the model's folder`, details);
  }
  if (location.split(/[\\/]/).some((s) => s === '..')) {
    throw new WwError('PATH_ESCAPE', `${modelPath}: external data location "${location}" contains ".."; it must stay inside the model's folder`, details);
  }
  const candidate = resolve(rootReal, location);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw new WwError('EXTERNAL_DATA_MISSING', `${modelPath}: external data file "${location}" not found (looked for ${candidate})`, details);
  }
  if (!isInside(rootReal, real)) {
    throw new WwError('PATH_ESCAPE', `${modelPath}: external data location "${location}" resolves to ${real}, outside the model's folder ${rootReal}`, details);
  }
  return real;
}

function protoError(path: string, e: ProtobufError, what: string): WwError {
  return e.truncated
    ? new WwError('MODEL_TRUNCATED', `${path}: file ends early while reading ${what} (${e.message}); the .onnx file is truncated`, { file: path })
    : new WwError('MODEL_CORRUPT', `${path}: malformed protobuf in ${what}: ${e.message}`, { file: path });
}

interface RawTensor {
  name: string;
  dataType: number;
  dims: number[];
  rawOffset: number | null;
  rawLength: number;
  typed: boolean;
  external: Map<string, string>;
  dataLocation: number;
}

/** Scans a TensorProto in [start, end) without reading raw_data or typed payloads. */
async function scanTensor(c: FileCursor, end: number, label: string): Promise<RawTensor> {
  const t: RawTensor = { name: '', dataType: 0, dims: [], rawOffset: null, rawLength: 0, typed: false, external: new Map(), dataLocation: 0 };
  while (c.pos < end) {
    const { field, wire } = await c.tag(end);
    if (field === 9 && wire === 2) {
      t.rawLength = await c.length(end);
      t.rawOffset = c.pos;
      c.pos += t.rawLength;
    } else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      t.typed = true;
      await c.skip(wire, end);
    } else if (field === 1 && wire === 0) {
      // One await per dim: a tensor of millions of unpacked dims would keep the scan busy for minutes.
      if (t.dims.length >= MAX_TENSOR_DIMS) throw new WwError('MODEL_TOO_LARGE', `${t.name ? `tensor ${elideName(t.name)}` : label} has more than ${MAX_TENSOR_DIMS} dims`, { tensor: elideName(t.name || label), limit: MAX_TENSOR_DIMS });
      t.dims.push(await readInt64(c, end));
    } else if (field === 1 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      inMemory(() => { while (!r.done) t.dims.push(r.int64()); });
    } else if (field === 2 && wire === 0) {
      t.dataType = await c.varint(end);
    } else if (field === 8 && wire === 2) {
      t.name = textDecoder.decode(await c.bytes(await c.length(end)));
    } else if (field === 13 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      t.external.set(...inMemory(() => readStringEntry(r)));
    } else if (field === 14 && wire === 0) {
      t.dataLocation = await c.varint(end);
    } else {
      await c.skip(wire, end);
    }
  }
  return t;
}

/** A StringStringEntryProto: [key, value]. */
function readStringEntry(r: ProtoReader): [string, string] {
  let key = '';
  let value = '';
  while (!r.done) {
    const tg = r.tag();
    if (tg.field === 1 && tg.wire === 2) key = r.string();
    else if (tg.field === 2 && tg.wire === 2) value = r.string();
    else r.skip(tg.wire);
  }
  return [key, value];
}

async function readInt64(c: FileCursor, end: number): Promise<number> {
  const start = c.pos;
  const v = await c.varint(end);
  if (v <= Number.MAX_SAFE_INTEGER) return v;
  c.pos = start;
  const r = new ProtoReader(await c.bytes(Math.min(10, end - start)));
  const signed = r.int64();
  c.pos = start + r.pos;
  return signed;
}

/** Subgraph tensors found while parsing nodes in memory; resolved (external data) after the scan. */
interface PendingTensor {
  readonly raw: RawTensor;
  readonly span: FieldSpan;
  /** Receives the resolved tensor (the subgraph's initializer list). */
  readonly into: OnnxTensor[];
}

/** What parsing a node in memory needs: the file offset of its bytes, and where subgraph tensors go. */
interface NodeContext {
  /** File offset of byte 0 of the reader's buffer. */
  readonly base: number;
  readonly pending: PendingTensor[];
  /** Nesting depth (bounded: a hostile file must not recurse without end). */
  readonly depth: number;
  /** Nodes parsed so far in all graphs (bounded: MAX_GRAPH_NODES), shared by every context of one scan. */
  readonly count: { nodes: number };
}

const MAX_SUBGRAPH_DEPTH = 32;
/**
 * Most nodes in all graphs together, and most dims of one tensor. Each node costs about 1 KB of
 * memory once parsed (1,000,000 nodes, a 26 MB file: 1.2 GB), so a 2 GB file of nodes would end
 * in an out-of-memory abort with no report; exported LLMs have tens of thousands. No weight has
 * more than a handful of dims.
 */
export const MAX_GRAPH_NODES = 1_000_000;
export const MAX_TENSOR_DIMS = 64;

function parseAttribute(r: ProtoReader, ctx: NodeContext): OnnxAttribute {
  let name = '';
  let type = 0;
  let i: number | undefined;
  let f: number | undefined;
  let s: string | undefined;
  const ints: number[] = [];
  const floats: number[] = [];
  let nested = false;
  const graphs: OnnxGraph[] = [];
  while (!r.done) {
    const { field, wire } = r.tag();
    if ((field === 6 || field === 11) && wire === 2) {
      nested = true;
      graphs.push(parseSubgraph(r.sub(), ctx));
    } else if (field === 1 && wire === 2) name = r.string();
    else if (field === 20 && wire === 0) type = r.varint();
    else if (field === 2 && wire === 5) f = r.float();
    else if (field === 3 && wire === 0) i = r.int64();
    else if (field === 4 && wire === 2) s = r.string();
    else if (field === 7) r.repeatedFloat(wire, floats);
    else if (field === 8) r.repeatedInt64(wire, ints);
    else if (field === 5 || field === 6 || field === 10 || field === 11) {
      nested = true;
      r.skip(wire);
    } else r.skip(wire);
  }
  const a: { -readonly [K in keyof OnnxAttribute]: OnnxAttribute[K] } = { name, type };
  if (i !== undefined) a.i = i;
  if (f !== undefined) a.f = f;
  if (s !== undefined) a.s = s;
  if (ints.length) a.ints = ints;
  if (floats.length) a.floats = floats;
  if (nested) a.nested = true;
  if (graphs.length) a.graphs = graphs;
  return a;
}

/** Parses a GraphProto held in memory (a subgraph attribute). Initializers go to ctx.pending. */
function parseSubgraph(r: ProtoReader, ctx: NodeContext): OnnxGraph {
  if (ctx.depth >= MAX_SUBGRAPH_DEPTH) throw new ProtobufError(`subgraphs nested deeper than ${MAX_SUBGRAPH_DEPTH} levels`, false);
  const inner: NodeContext = { ...ctx, depth: ctx.depth + 1 };
  const nodes: OnnxNode[] = [];
  const initializers: OnnxTensor[] = [];
  const inputs: OnnxValueInfo[] = [];
  const outputs: OnnxValueInfo[] = [];
  let name = '';
  while (!r.done) {
    const start = r.pos;
    const { field, wire } = r.tag();
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    const sub = r.sub();
    const span: FieldSpan = { field, wire, start: ctx.base + start, contentStart: ctx.base + sub.pos, end: ctx.base + sub.end };
    switch (field) {
      case 1: nodes.push(parseNodeFrom(sub, nodes.length, span, inner)); break;
      case 2: name = textDecoder.decode(sub.buf.subarray(sub.pos, sub.end)); break;
      case 5: ctx.pending.push({ raw: parseTensorInMemory(sub, ctx.base), span, into: initializers }); break;
      case 11: inputs.push(parseValueInfoFrom(sub)); break;
      case 12: outputs.push(parseValueInfoFrom(sub)); break;
      default: break;
    }
  }
  return { name, nodes, initializers, inputs, outputs };
}

/** TensorProto fields held in memory (a subgraph initializer); raw_data offset made file-absolute. */
function parseTensorInMemory(r: ProtoReader, base: number): RawTensor {
  const t: RawTensor = { name: '', dataType: 0, dims: [], rawOffset: null, rawLength: 0, typed: false, external: new Map(), dataLocation: 0 };
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 9 && wire === 2) {
      const sub = r.sub();
      t.rawOffset = base + sub.pos;
      t.rawLength = sub.end - sub.pos;
    } else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      t.typed = true;
      r.skip(wire);
    } else if (field === 1) r.repeatedInt64(wire, t.dims);
    else if (field === 2 && wire === 0) t.dataType = r.varint();
    else if (field === 8 && wire === 2) t.name = r.string();
    else if (field === 13 && wire === 2) t.external.set(...readStringEntry(r.sub())); else if (field === 14 && wire === 0) t.dataLocation = r.varint();
    else r.skip(wire);
  }
  return t;
}

function parseNode(bytes: Uint8Array, index: number, span: FieldSpan, g: Pick<GraphSink, 'pending' | 'count'>): OnnxNode {
  return parseNodeFrom(new ProtoReader(bytes), index, span, { base: span.contentStart, pending: g.pending, depth: 0, count: g.count });
}

/** `ctx.base` is the file offset of r.buf[0]. */
function parseNodeFrom(r: ProtoReader, index: number, span: FieldSpan, ctx: NodeContext): OnnxNode {
  if (++ctx.count.nodes > MAX_GRAPH_NODES) {
    throw new WwError('MODEL_TOO_LARGE', `more than ${MAX_GRAPH_NODES} nodes in the graph and its subgraphs; this tool holds the whole graph in memory (about 1 KB a node)`, { limit: MAX_GRAPH_NODES });
  }
  const inputs: string[] = [];
  const outputs: string[] = [];
  let name = '';
  let opType = '';
  let domain = '';
  const attributes = new Map<string, OnnxAttribute>();
  while (!r.done) {
    const { field, wire } = r.tag();
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1: inputs.push(r.string()); break;
      case 2: outputs.push(r.string()); break;
      case 3: name = r.string(); break;
      case 4: opType = r.string(); break;
      case 5: { const a = parseAttribute(r.sub(), ctx); attributes.set(a.name, a); break; }
      case 7: domain = r.string(); break;
      default: r.skip(wire);
    }
  }
  if (domain === 'ai.onnx') domain = '';
  return { index, name, opType, domain, inputs, outputs, attributes, span };
}

function parseValueInfo(bytes: Uint8Array): OnnxValueInfo {
  return parseValueInfoFrom(new ProtoReader(bytes));
}

function parseValueInfoFrom(r: ProtoReader): OnnxValueInfo {
  let name = '';
  let elemType = 0;
  let shape: (number | string | null)[] | null = null;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === 2) name = r.string();
    else if (field === 2 && wire === 2) {
      const type = r.sub();
      while (!type.done) {
        const t = type.tag();
        if (t.field !== 1 || t.wire !== 2) {
          type.skip(t.wire);
          continue;
        }
        const tensorType = type.sub();
        while (!tensorType.done) {
          const tt = tensorType.tag();
          if (tt.field === 1 && tt.wire === 0) elemType = tensorType.varint();
          else if (tt.field === 2 && tt.wire === 2) {
            shape = [];
            const sh = tensorType.sub();
            while (!sh.done) {
              const st = sh.tag();
              if (st.field !== 1 || st.wire !== 2) {
                sh.skip(st.wire);
                continue;
              }
              const dim = sh.sub();
              let d: number | string | null = null;
              while (!dim.done) {
                const dt = dim.tag();
                if (dt.field === 1 && dt.wire === 0) d = dim.int64();
                else if (dt.field === 2 && dt.wire === 2) d = dim.string();
                else dim.skip(dt.wire);
              }
              shape.push(d);
            }
          } else tensorType.skip(tt.wire);
        }
      }
    } else r.skip(wire);
  }
  return { name, elemType, shape };
}

/** Scans an .onnx file's structure. Throws WwError with a specific code for bad input. */
export async function scanOnnx(path: string): Promise<OnnxModel> {
  const abs = resolve(path);
  let fh: FileHandle;
  try {
    fh = await open(abs, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WwError('MODEL_NOT_FOUND', `model file not found: ${abs}`, { file: abs });
    throw new WwError('IO', `cannot open ${abs}: ${(e as Error).message}`, { file: abs });
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new WwError('MODEL_FORMAT', `${abs} is not a file`, { file: abs });
    const dir = await realpath(dirname(abs));
    return await scanOpen(fh, abs, dir, st.size);
  } finally {
    await fh.close();
  }
}

/** What the top-level scan collects before tensors are resolved. */
interface ScanState {
  readonly modelFields: FieldSpan[];
  readonly graph: GraphSink;
  readonly opsets: { domain: string; version: number }[];
  readonly metadata: Map<string, string>;
  irVersion: number;
  producerName: string;
  graphField: FieldSpan | null;
  /** What is being read, for error messages. */
  where: string;
}

async function scanOpen(fh: FileHandle, path: string, dir: string, size: number): Promise<OnnxModel> {
  if (size === 0) throw new WwError('MODEL_FORMAT', `${path} is empty, not an ONNX model`, { file: path });
  const st: ScanState = {
    modelFields: [],
    graph: { graphFields: [], nodes: [], raws: [], inputs: [], outputs: [], pending: [], count: { nodes: 0 } },
    opsets: [],
    metadata: new Map(),
    irVersion: 0,
    producerName: '',
    graphField: null,
    where: 'ModelProto',
  };
  await scanModelFields(new FileCursor(fh, size), path, size, st);
  const graphField = st.graphField;
  if (graphField === null) throw new WwError('MODEL_FORMAT', `${path} has no graph: not an ONNX model`, { file: path });
  const g = st.graph;
  const initializers: OnnxTensor[] = [];
  // One resolution per external data file, not per tensor: a 155-tensor model with one data file
  // paid 155 realpath calls (~40 ms, three times that while the worker threads start beside it).
  const resolved = new Map<string, Promise<string>>();
  const locate = (location: string): Promise<string> => {
    let file = resolved.get(location);
    if (!file) resolved.set(location, (file = resolveExternalLocation(dir, location, path)));
    return file;
  };
  for (const { raw, span } of g.raws) initializers.push(await resolveTensor(path, raw, span, locate));
  for (const p of g.pending) p.into.push(await resolveTensor(path, p.raw, p.span, locate));
  checkDuplicateInitializers(path, initializers);
  const all = [...initializers, ...g.pending.flatMap((p) => p.into)];
  await checkExternalSizes(path, [...new Set(all)]);
  return {
    path, dir, fileSize: size, irVersion: st.irVersion, producerName: st.producerName, opsets: st.opsets, metadata: st.metadata,
    modelFields: st.modelFields, graphField, graphFields: g.graphFields, nodes: g.nodes, initializers, inputs: g.inputs,
    outputs: g.outputs, usesExternalData: all.some((t) => t.data.kind === 'external'),
  };
}

/** Step 1: the ModelProto's fields in file order; the graph is scanned in place, data left unread. */
async function scanModelFields(c: FileCursor, path: string, size: number, st: ScanState): Promise<void> {
  try {
    while (c.pos < size) {
      const start = c.pos;
      const { field, wire } = await c.tag(size);
      if (st.modelFields.length === 0 && !((MODEL_FIELDS_LEN.has(field) && wire === 2) || (MODEL_FIELDS_VARINT.has(field) && wire === 0))) {
        throw new WwError('MODEL_FORMAT', `${path} does not start like an ONNX ModelProto (first field ${field}, wire type ${wire})`, { file: path });
      }
      if (wire !== 2) {
        const contentStart = c.pos;
        if (field === 1 && wire === 0) st.irVersion = await c.varint(size);
        else await c.skip(wire, size);
        st.modelFields.push({ field, wire, start, contentStart, end: c.pos });
        continue;
      }
      const len = await c.length(size);
      const span: FieldSpan = { field, wire, start, contentStart: c.pos, end: c.pos + len };
      if (field === 7) {
        if (st.graphField !== null) throw new WwError('MODEL_CORRUPT', `${path}: more than one graph in the ModelProto`, { file: path });
        st.graphField = span;
        st.where = 'GraphProto';
        await scanGraph(c, span.end, st.graph, (w) => (st.where = w));
        st.where = 'ModelProto';
      } else if (field === 8 || field === 14 || field === 2) {
        readSmallModelField(field, await c.bytes(len), st);
      }
      c.pos = span.end;
      st.modelFields.push(span);
    }
  } catch (e) {
    // The limits are found deep in the parse, where the file is not known.
    if (WwError.is(e, 'MODEL_TOO_LARGE') && e.details.file === undefined) throw new WwError('MODEL_TOO_LARGE', `${path}: ${e.message}`, { ...e.details, file: path });
    if (e instanceof ProtobufError) {
      if (st.graphField === null && !e.truncated) {
        throw new WwError('MODEL_FORMAT', `${path} is not an ONNX model (${e.message})`, { file: path });
      }
      throw protoError(path, e, st.where);
    }
    throw e;
  }
}

/** producer_name (2), opset_import (8) and metadata_props (14), from their bytes. */
function readSmallModelField(field: number, bytes: Uint8Array, st: ScanState): void {
  const r = new ProtoReader(bytes);
  if (field === 2) {
    st.producerName = textDecoder.decode(r.buf);
    return;
  }
  let a = '';
  let b: string | number = field === 8 ? 0 : '';
  inMemory(() => {
    while (!r.done) {
      const t = r.tag();
      if (t.field === 1 && t.wire === 2) a = r.string();
      else if (t.field === 2 && field === 8 && t.wire === 0) b = r.int64();
      else if (t.field === 2 && field === 14 && t.wire === 2) b = r.string();
      else r.skip(t.wire);
    }
  });
  if (field === 8) st.opsets.push({ domain: a === 'ai.onnx' ? '' : a, version: b as number });
  else st.metadata.set(a, b as string);
}

/**
 * Runs a decode of bytes already read whole: their length was checked against the enclosing
 * field, so running out of bytes is a malformed sub-message, never a truncated file.
 */
function inMemory<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof ProtobufError && e.truncated) throw new ProtobufError(`malformed sub-message: ${e.message}`, false);
    throw e;
  }
}

/** Step 2: an initializer's dims checked and its data located (external data resolved in the model's folder). */
async function resolveTensor(path: string, raw: RawTensor, span: FieldSpan, locate: (location: string) => Promise<string>): Promise<OnnxTensor> {
  if (raw.dims.length > MAX_TENSOR_DIMS) {
    throw new WwError('MODEL_TOO_LARGE', `${path}: initializer ${elideName(raw.name)} has ${raw.dims.length} dims, more than ${MAX_TENSOR_DIMS}`, { file: path, tensor: elideName(raw.name), limit: MAX_TENSOR_DIMS });
  }
  if (!raw.dims.every((d) => Number.isSafeInteger(d) && d >= 0) || !Number.isSafeInteger(elementCount(raw.dims))) {
    throw new WwError('MODEL_CORRUPT', `${path}: initializer ${raw.name} has invalid dims [${raw.dims.join(',')}]`, { file: path, tensor: raw.name });
  }
  const elemType = elemTypeOf(raw.dataType);
  let data: TensorData;
  if (raw.dataLocation === 1 || raw.external.size > 0) {
    const location = raw.external.get('location') ?? '';
    const offset = parseExternalInt(path, raw.name, 'offset', raw.external.get('offset'), 0);
    const lenText = raw.external.get('length');
    const length = lenText === undefined ? null : parseExternalInt(path, raw.name, 'length', lenText, 0);
    const file = await locate(location);
    data = { kind: 'external', location, offset, length, file };
  } else if (raw.rawOffset !== null) {
    data = { kind: 'raw', offset: raw.rawOffset, length: raw.rawLength };
  } else if (raw.typed) {
    data = { kind: 'typed' };
  } else {
    data = { kind: 'none' };
  }
  return { name: raw.name, dataType: raw.dataType, elemType, dims: raw.dims, data, span };
}

/**
 * Step 3: two initializers of one graph with the same name. onnxruntime uses the first; analysing
 * or smoothing either would be a guess, so the model is refused.
 */
function checkDuplicateInitializers(path: string, tensors: readonly OnnxTensor[]): void {
  const seen = new Set<string>();
  for (const t of tensors) {
    if (seen.has(t.name)) {
      throw new WwError('MODEL_CORRUPT', `${path}: two initializers are named ${elideName(t.name)}; onnxruntime would use the first and ignore the second. Give each initializer its own name`, { file: path, tensor: elideName(t.name) });
    }
    seen.add(t.name);
  }
}

/** A name cut to a bounded length for messages (names come from the file). */
function elideName(name: string, max = 200): string {
  return name.length <= max ? name : `${name.slice(0, max)}... (${name.length} characters)`;
}

function parseExternalInt(path: string, tensor: string, key: string, text: string | undefined, dflt: number): number {
  if (text === undefined) return dflt;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v)) {
    throw new WwError('MODEL_CORRUPT', `${path}: tensor ${tensor} has external data ${key} "${text}", expected a non-negative integer`, { file: path, tensor, key });
  }
  return v;
}

/** Bytes a tensor's data must have, or null when its type's size is unknown to us. */
export function expectedByteLength(t: Pick<OnnxTensor, 'elemType' | 'dims'>): number | null {
  return t.elemType === null ? null : tensorByteLength(t.elemType, elementCount(t.dims));
}

async function checkExternalSizes(path: string, tensors: readonly OnnxTensor[]): Promise<void> {
  const sizes = new Map<string, number>();
  for (const t of tensors) {
    if (t.data.kind !== 'external') continue;
    let size = sizes.get(t.data.file);
    if (size === undefined) {
      const st = await stat(t.data.file);
      if (!st.isFile()) throw new WwError('EXTERNAL_DATA_MISSING', `${path}: external data "${t.data.location}" is not a file`, { file: path, location: t.data.location });
      size = st.size;
      sizes.set(t.data.file, size);
    }
    const need = t.data.length ?? expectedByteLength(t) ?? 0;
    if (t.data.offset + need > size) {
      throw new WwError(
        'EXTERNAL_DATA_SHORT',
        `${path}: tensor ${t.name} needs bytes ${t.data.offset}..${t.data.offset + need} of "${t.data.location}", which has only ${size} bytes`,
        { file: path, tensor: t.name, location: t.data.location, offset: t.data.offset, length: need, size },
      );
    }
  }
}

interface GraphSink {
  graphFields: FieldSpan[];
  nodes: OnnxNode[];
  raws: { raw: RawTensor; span: FieldSpan }[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  /** Initializers of subgraphs (If / Loop / Scan bodies), found inside node bytes. */
  pending: PendingTensor[];
  /** Nodes parsed in all graphs. */
  count: { nodes: number };
}

async function scanGraph(c: FileCursor, end: number, g: GraphSink, setWhere: (w: string) => void): Promise<void> {
  while (c.pos < end) {
    const start = c.pos;
    const { field, wire } = await c.tag(end);
    if (wire !== 2) {
      const contentStart = c.pos;
      await c.skip(wire, end);
      g.graphFields.push({ field, wire, start, contentStart, end: c.pos });
      continue;
    }
    const len = await c.length(end);
    const contentStart = c.pos;
    const fieldEnd = contentStart + len;
    const span: FieldSpan = { field, wire, start, contentStart, end: fieldEnd };
    switch (field) {
      case 1:
        setWhere(`node #${g.nodes.length}`);
        { const b = await c.bytes(len); g.nodes.push(inMemory(() => parseNode(b, g.nodes.length, span, g))); }
        break;
      case 5:
        setWhere(`initializer #${g.raws.length}`);
        g.raws.push({ raw: await scanTensor(c, fieldEnd, `initializer #${g.raws.length}`), span });
        break;
      case 11:
        { const b = await c.bytes(len); g.inputs.push(inMemory(() => parseValueInfo(b))); }
        break;
      case 12:
        { const b = await c.bytes(len); g.outputs.push(inMemory(() => parseValueInfo(b))); }
        break;
      default:
        c.pos = fieldEnd;
    }
    setWhere('GraphProto');
    c.pos = fieldEnd;
    g.graphFields.push(span);
  }
}

/**
 * Reads `length` bytes at `offset` of an open file, failing if the file is shorter. `shared`: into
 * a SharedArrayBuffer (worker threads then read the bytes where they are, without a copy).
 */
export async function readExactly(fh: FileHandle, offset: number, length: number, what: string, shared = false): Promise<Uint8Array> {
  assertReadFits(length, what);
  const out = new Uint8Array(shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(out, got, length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  if (got < length) throw new WwError('MODEL_TRUNCATED', `${what}: expected ${length} bytes at offset ${offset}, file ended after ${got}`, { offset, length });
  return out;
}

/**
 * Gives access to the data of an OnnxModel's tensors, one at a time. Keeps the .onnx file and
 * external data files open until `close`.
 */
export class OnnxTensorReader {
  private handles = new FileHandles();

  constructor(readonly model: OnnxModel) {}

  private handle(file: string): Promise<FileHandle> {
    return this.handles.get(file, (e) => new WwError('EXTERNAL_DATA_MISSING', `cannot open ${file}: ${e.message}`, { file }));
  }

  /**
   * Little-endian element bytes of a tensor (raw_data layout), whatever the storage. Checks the
   * byte count against dims and type.
   */
  async readBytes(t: OnnxTensor, opts?: { readonly shared?: boolean }): Promise<Uint8Array> {
    const m = this.model;
    const want = this.check(t);
    const shared = opts?.shared === true;
    let bytes: Uint8Array;
    switch (t.data.kind) {
      case 'raw':
        bytes = await readExactly(await this.handle(m.path), t.data.offset, want, `${m.path} tensor ${t.name}`, shared);
        break;
      case 'external': {
        const h = await this.handle(t.data.file);
        try {
          bytes = await readExactly(h, t.data.offset, want, `${t.data.file} tensor ${t.name}`, shared);
        } catch (e) {
          if (WwError.is(e, 'MODEL_TRUNCATED')) throw new WwError('EXTERNAL_DATA_SHORT', e.message, { ...e.details, tensor: t.name, location: t.data.location });
          throw e;
        }
        break;
      }
      case 'typed':
        bytes = await this.readTyped(t);
        if (bytes.length !== want) throw corruptLength(m.path, t, bytes.length, want);
        break;
      case 'none':
        bytes = new Uint8Array(0);
        break;
    }
    if (shared && !(bytes.buffer instanceof SharedArrayBuffer)) {
      const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
      copy.set(bytes);
      bytes = copy;
    }
    return bytes;
  }

  /**
   * What the header alone says about reading `t`, checked without reading a byte: its type has a
   * known size (UNSUPPORTED_DTYPE), its stored length matches dims and type (MODEL_CORRUPT), and
   * the bytes fit one buffer (TENSOR_TOO_LARGE). Returns the byte count. External data files were
   * checked to exist and be long enough when the model was scanned.
   */
  check(t: OnnxTensor): number {
    const want = this.storedLength(t);
    assertReadFits(want, `${t.data.kind === 'external' ? t.data.file : this.model.path} tensor ${t.name}`);
    return want;
  }

  /** The byte count of `t` from dims and type, checked against its stored length (typed fields: after the read). */
  private storedLength(t: OnnxTensor): number {
    const want = this.wantBytes(t);
    const stored = t.data.kind === 'raw' ? t.data.length : t.data.kind === 'external' ? (t.data.length ?? want) : t.data.kind === 'none' ? 0 : want;
    if (stored !== want) throw corruptLength(this.model.path, t, stored, want);
    return want;
  }

  /** Bytes the tensor's data must have; UNSUPPORTED_DTYPE for a type this tool cannot size. */
  private wantBytes(t: OnnxTensor): number {
    if (t.elemType === null) {
      const m = this.model;
      throw new WwError('UNSUPPORTED_DTYPE', `${m.path}: tensor ${t.name} has ONNX data type ${t.dataType}, which this tool does not read`, { file: m.path, tensor: t.name, dataType: t.dataType });
    }
    return tensorByteLength(t.elemType, elementCount(t.dims));
  }

  /**
   * The bytes readBytes returns, with the same checks, in pieces of at most `chunkBytes`: raw_data
   * and external data are read piece by piece, so copying a tensor of any size holds one piece in
   * memory. Typed fields (small in practice) come as one piece. Each piece is a view of one reused
   * buffer, valid until the next piece is asked for.
   */
  async *readChunks(t: OnnxTensor, chunkBytes: number): AsyncGenerator<Uint8Array> {
    if (t.data.kind !== 'raw' && t.data.kind !== 'external') {
      yield await this.readBytes(t);
      return;
    }
    const m = this.model;
    const want = this.storedLength(t);
    const external = t.data.kind === 'external';
    const file = t.data.kind === 'external' ? t.data.file : m.path;
    const start = t.data.offset;
    const h = await this.handle(file);
    const buf = new Uint8Array(Math.max(1, Math.min(chunkBytes, want)));
    let done = 0;
    while (done < want) {
      const n = Math.min(buf.length, want - done);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await h.read(buf, got, n - got, start + done + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      if (got < n) {
        const message = `${file} tensor ${t.name}: expected ${want} bytes at offset ${start}, file ended after ${done + got}`;
        if (external) throw new WwError('EXTERNAL_DATA_SHORT', message, { offset: start, length: want, tensor: t.name, location: t.data.kind === 'external' ? t.data.location : '' });
        throw new WwError('MODEL_TRUNCATED', message, { offset: start, length: want });
      }
      yield buf.subarray(0, n);
      done += n;
    }
  }

  private async readTyped(t: OnnxTensor): Promise<Uint8Array> {
    const { contentStart, end } = t.span;
    const msg = await readExactly(await this.handle(this.model.path), contentStart, end - contentStart, `${this.model.path} tensor ${t.name}`);
    const r = new ProtoReader(msg);
    const nums: number[] = [];
    const bigs: bigint[] = [];
    try {
      while (!r.done) {
        const { field, wire } = r.tag();
        if (field === 4) r.repeatedFloat(wire, nums);
        else if (field === 10) r.repeatedDouble(wire, nums);
        else if (field === 5) r.repeatedInt32(wire, nums);
        else if (field === 7) {
          if (wire === 2) {
            const s = r.sub();
            while (!s.done) bigs.push(BigInt.asIntN(64, s.varintBig()));
          } else bigs.push(BigInt.asIntN(64, r.varintBig()));
        } else r.skip(wire);
      }
    } catch (e) {
      if (e instanceof ProtobufError) throw protoError(this.model.path, e, `tensor ${t.name}`);
      throw e;
    }
    const et = t.elemType!;
    switch (et) {
      case 'float32': return new Uint8Array(Float32Array.from(nums).buffer);
      case 'float64': return new Uint8Array(Float64Array.from(nums).buffer);
      case 'int32': return new Uint8Array(Int32Array.from(nums).buffer);
      case 'int64': return new Uint8Array(BigInt64Array.from(bigs).buffer);
      case 'float16':
      case 'bfloat16': return new Uint8Array(Uint16Array.from(nums, (v) => v & 0xffff).buffer);
      case 'int8': return new Uint8Array(Int8Array.from(nums).buffer);
      case 'uint8':
      case 'bool':
      // int4/uint4 in int32_data: one packed byte (two values) per int32.
      case 'int4':
      case 'uint4': return Uint8Array.from(nums);
    }
  }

  close(): Promise<void> {
    return this.handles.closeAll();
  }
}

function corruptLength(path: string, t: OnnxTensor, got: number, want: number): WwError {
  return new WwError('MODEL_CORRUPT', `${path}: tensor ${t.name} has ${got} bytes of data, expected ${want} for ${t.elemType}[${t.dims.join(',')}]`, { file: path, tensor: t.name, bytes: got, expected: want });
}

/** ModelWeights over an ONNX file, with access to the parsed structure for the writer. */
export interface OnnxWeights extends ModelWeights {
  readonly format: 'onnx';
  readonly onnx: OnnxModel;
  /** Little-endian element bytes of any initializer, by name. */
  readTensorBytes(name: string): Promise<Uint8Array>;
  /** The bytes of one tensor (main graph or subgraph) in pieces of at most `chunkBytes` (see OnnxTensorReader.readChunks). */
  readTensorChunks(t: OnnxTensor, chunkBytes: number): AsyncIterable<Uint8Array>;
  /** The initializer a layer reads, in whichever graph it lives. */
  tensorOf(layer: DenseLayer): OnnxTensor;
  /** How each quantized layer is decoded, by layer name (absent for float layers). */
  readonly recipes: ReadonlyMap<string, QuantRecipe>;
  /**
   * A quantized layer's W' (stored layout) requantized in the layer's scheme: the new bytes of
   * each tensor it rewrites and ||Q(W') - W'||_F / ||W'||_F.
   */
  requantize(layer: DenseLayer, values: Matrix): Promise<Requantized>;
}

/** Opens an .onnx model: scans its structure, checks external data, discovers dense layers. */
export async function openOnnx(path: string): Promise<OnnxWeights> {
  const model = await scanOnnx(path);
  const found = discoverOnnxLayers(model);
  const { skipped, census, recipes } = found;
  // Main-graph initializers first: a subgraph's initializer never hides one of them here (layer
  // discovery skips a name that two scopes define).
  const byName = new Map<string, OnnxTensor>();
  for (const { scope } of walkGraphs(model).reverse()) for (const t of scope.graph.initializers) byName.set(t.name, t);
  const reader = new OnnxTensorReader(model);
  const tensor = (name: string): OnnxTensor => {
    const t = byName.get(name);
    if (!t) throw new WwError('TENSOR_NOT_FOUND', `${model.path}: no initializer named ${name}`, { file: model.path, tensor: name });
    return t;
  };
  const readT = (t: OnnxTensor) => reader.readBytes(t);
  const tensorOf = (layer: DenseLayer): OnnxTensor => {
    // Not a discovered layer (a caller reading a skipped tensor anyway): the initializer of that name.
    return found.tensors.get(layer.name) ?? tensor(layer.name);
  };
  const layers: DenseLayer[] = [];
  for (const l of found.layers) {
    const r = recipes.get(l.name);
    layers.push(r ? { ...l, quantization: quantizationInfo(r, await zeroPointValues(r, readT)) } : l);
  }
  /** The layer's initializer, checked to be a 2-D float matrix that can be read whole. */
  const checkFloatMatrix = (layer: DenseLayer): OnnxTensor => {
    const t = tensorOf(layer);
    if (t.dims.length !== 2 || t.elemType === null || !(t.elemType in DTYPE_BYTES)) {
      throw new WwError('UNSUPPORTED_DTYPE', `${model.path}: tensor ${t.name} is ${t.elemType ?? `ONNX type ${t.dataType}`}[${t.dims.join(',')}], not a 2-D float matrix`, { file: model.path, tensor: t.name });
    }
    reader.check(t);
    return t;
  };
  const recipeOf = (layer: DenseLayer): QuantRecipe => {
    const r = recipes.get(layer.name);
    if (!r) throw new WwError('NOT_DENSE', `${model.path}: ${layer.name} is not a quantized layer`, { file: model.path, tensor: layer.name });
    return r;
  };
  return {
    format: 'onnx',
    path: model.path,
    layers,
    recipes,
    requantize: (layer, values) => requantize(recipeOf(layer), values.data, readT),
    skipped,
    census,
    onnx: model,
    readTensorBytes: async (name) => reader.readBytes(tensor(name)),
    readTensorChunks: (t, chunkBytes) => reader.readChunks(t, chunkBytes),
    tensorOf,
    async readMatrix(layer: DenseLayer, opts?: { readonly keepFloat32?: boolean }): Promise<Matrix> {
      const recipe = recipes.get(layer.name);
      if (recipe) {
        const d = await dequantize(recipe, readT);
        const m = matrix(d.rows, d.cols, d.data);
        // Dequantized values are float32 (or float16) numbers: the float32 copy is exact, and the
        // analysis then runs exactly as on the same weights stored as float32.
        return opts?.keepFloat32 ? { ...m, data32: Float32Array.from(d.data) } : m;
      }
      const t = checkFloatMatrix(layer);
      const bytes = await reader.readBytes(t);
      const [rows, cols] = t.dims as [number, number];
      const m = matrix(rows, cols, decodeToFloat64(bytes, t.elemType as WeightDType));
      return opts?.keepFloat32 && t.elemType === 'float32' ? { ...m, data32: float32View(bytes) } : m;
    },
    async readFloat32Shared(layer: DenseLayer): Promise<Float32Matrix | null> {
      if (recipes.has(layer.name)) return null;
      const t = checkFloatMatrix(layer);
      if (t.elemType !== 'float32') return null;
      const bytes = await reader.readBytes(t, { shared: true });
      const [rows, cols] = t.dims as [number, number];
      return { rows, cols, data32: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
    },
    checkRead(layer: DenseLayer): void {
      assertLayerFits(layer);
      const recipe = recipes.get(layer.name);
      if (!recipe) {
        checkFloatMatrix(layer);
        return;
      }
      // A quantized layer reads every tensor of its recipe (weight, scales, zero points, indices).
      for (const v of Object.values(recipe)) if (isTensor(v)) reader.check(v);
    },
    close: () => reader.close(),
  };
}

function isTensor(v: unknown): v is OnnxTensor {
  return typeof v === 'object' && v !== null && 'span' in v && 'dims' in v && 'data' in v;
}
