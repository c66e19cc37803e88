/**
 * Writes a smoothed copy of an ONNX model. Everything not replaced is copied byte for byte from
 * the source file's protobuf spans: only the replaced TensorProtos (and, for factorized weights,
 * the consuming MatMul node) are re-encoded, plus the GraphProto length prefix that encloses
 * them. An initializer of a subgraph (If branch, Loop / Scan body, any depth) is rewritten where it
 * lives: the main-graph node holding it is re-encoded along the path down to it (nestedRewrite.ts),
 * other fields copied byte for byte. The copy is streamed: at most one replaced tensor's bytes, one
 * node holding replaced subgraph tensors, or one 8 MiB piece of a copied one, are in memory.
 *
 * Dense replacement: same dims, stored back in the layer's dtype (float16/bfloat16 with
 * round-to-nearest-even) and stored layout. Factorized replacement (W_used = A @ B): the MatMul
 * `y = x @ W` becomes `t = x @ W.lowrank_a; y = t @ W.lowrank_b` in place in the node list (so
 * topological order holds), also in subgraphs (a merged decoder's branches read A and B from
 * outer scope); the original initializer is dropped when nothing else uses it. Only a main-graph
 * weight read directly as input 1 of standard MatMul nodes can be factorized; other consumers
 * (Gemm, a Cast/Transpose in between, contrib ops) are refused with NOT_DENSE.
 *
 * External data: a source with external data gives an output with its own data file,
 * `<out file name>.data` beside it; the source's data files are never shared or modified.
 * Writes go through src/io/atomic.ts: temp files in the output folder, fsynced, renamed at the end
 * (data file first). Unselected external tensors are copied in 8 MiB pieces, never read whole.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WwError } from '../errors.js';
import { withAtomicOutput } from '../io/atomic.js';
import type { Matrix } from '../linalg/matrix.js';
import { encodeFromFloat64 } from './dtype.js';
import { FileCursor } from './fileCursor.js';
import { encodeNode, ONNX_DTYPE } from './onnxBuilder.js';
import { openOnnx, type FieldSpan, type OnnxNode, type OnnxTensor, type OnnxWeights } from './onnx.js';
import { encodeTag, encodeVarint, ProtoWriter } from './protobuf.js';
import { realOrResolved } from './safetensors.js';
import type { DenseLayer, WeightDType, WeightReplacement } from './types.js';
import { factorizationBlocker } from './factorizable.js';
import { initializerUses, walkGraphs, type InitializerUse } from './layers.js';
import { reencodeNodeField } from './nestedRewrite.js';

export interface WriteOnnxOptions {
  /** File name of the output's external data file (default `<basename(out)>.data`). */
  readonly externalDataName?: string;
  /** Byte alignment of tensors in the new external data file (default 64). */
  readonly alignment?: number;
}

export interface WriteOnnxResult {
  readonly modelPath: string;
  /** The new external data file, or null when the output has none. */
  readonly dataPath: string | null;
  /** Names of initializers re-encoded (replaced, or moved to the new data file). */
  readonly reencoded: readonly string[];
  /** Initializers removed (factorized weights no longer used). */
  readonly dropped: readonly string[];
}

/** A piece of the output: bytes copied from the source file, or new bytes. */
type Piece = { readonly copy: readonly [number, number] } | { readonly bytes: Uint8Array };
const pieceSize = (p: Piece) => ('copy' in p ? p.copy[1] - p.copy[0] : p.bytes.length);

const DATA_FIELDS = new Set([4, 5, 7, 9, 10, 11, 13, 14]);

interface Plan {
  readonly dense: Map<string, { layer: DenseLayer; values: Matrix; tensor: OnnxTensor }>;
  readonly factorized: Map<string, Factorized>;
  /** Each MatMul node to split (main graph or subgraph), with its weight's factors and the name of t = x @ A. */
  readonly splits: Map<OnnxNode, { fact: Factorized; tmp: string }>;
}

interface Factorized {
  readonly layer: DenseLayer;
  readonly a: Matrix;
  readonly b: Matrix;
  /** The initializer is dropped: nothing but the split MatMuls reads it. */
  readonly drop: boolean;
}

function validate(w: OnnxWeights, replacements: ReadonlyMap<string, WeightReplacement>): Plan {
  const layers = new Map(w.layers.map((l) => [l.name, l]));
  const inits = new Set(w.onnx.initializers.map((t) => t.name));
  const graphs = walkGraphs(w.onnx);
  // Names of every scope: a new name must not shadow or be shadowed by one anywhere.
  const valueNames = new Set<string>(
    graphs.flatMap(({ scope: { graph: g } }) => [...g.initializers.map((t) => t.name), ...g.inputs.map((i) => i.name), ...g.outputs.map((o) => o.name), ...g.nodes.flatMap((n) => [...n.inputs, ...n.outputs])]),
  );
  let uses: Map<OnnxTensor, InitializerUse[]> | null = null;
  const plan: Plan = { dense: new Map(), factorized: new Map(), splits: new Map() };
  for (const [name, rep] of replacements) {
    const layer = layers.get(name);
    if (!layer) {
      if (inits.has(name)) throw new WwError('NOT_DENSE', `${w.path}: ${name} is not a dense layer weight (see the analyze report's skipped list)`, { tensor: name });
      throw new WwError('TENSOR_NOT_FOUND', `${w.path}: no initializer named ${name}`, { tensor: name });
    }
    const [rows, cols] = layer.storedShape;
    if (rep.kind === 'dense') {
      if (rep.values.rows !== rows || rep.values.cols !== cols) {
        throw new WwError('INPUT_INVALID', `${name}: dense replacement is ${rep.values.rows}x${rep.values.cols}, the stored weight is ${rows}x${cols}`, { tensor: name });
      }
      plan.dense.set(name, { layer, values: rep.values, tensor: w.tensorOf(layer) });
      continue;
    }
    const blocker = factorizationBlocker(layer);
    if (blocker !== null) {
      throw new WwError('NOT_DENSE', `${name}: a factorized form can only replace a main-graph weight used directly as input 1 of MatMul nodes; ${blocker}. Use a dense replacement for this layer.`, { tensor: name });
    }
    const { a, b } = rep;
    if (a.rows !== layer.inFeatures || b.cols !== layer.outFeatures || a.cols !== b.rows || a.cols < 1) {
      throw new WwError('INPUT_INVALID', `${name}: factors ${a.rows}x${a.cols} @ ${b.rows}x${b.cols} do not make the ${layer.inFeatures}x${layer.outFeatures} weight`, { tensor: name });
    }
    // The MatMuls reading this initializer, in whichever graph (a merged decoder's If branches read it from outer scope).
    uses ??= initializerUses(w.onnx);
    const tensorUses = uses.get(w.tensorOf(layer)) ?? [];
    const split = tensorUses.filter((u) => u.input === 1 && u.node.domain === '' && u.node.opType === 'MatMul' && u.node.inputs[0] !== name);
    const inSub = split.filter((u) => u.scopePath !== '');
    const tmpName = (u: InitializerUse): string =>
      split.length === 1 ? `${name}.lowrank_tmp` : u.scopePath === '' ? `${name}.lowrank_tmp_${u.node.index}` : `${name}.lowrank_tmp_s${inSub.indexOf(u)}`;
    for (const used of [`${name}.lowrank_a`, `${name}.lowrank_b`, ...split.map(tmpName)]) {
      if (valueNames.has(used)) throw new WwError('INPUT_INVALID', `${w.path}: the name ${used} is already used in the graph`, { tensor: name });
    }
    const usedElsewhere =
      tensorUses.length > split.length ||
      graphs.some(({ scope: { graph: g } }) => g.outputs.some((o) => o.name === name)) ||
      w.onnx.inputs.some((i) => i.name === name);
    const fact: Factorized = { layer, a, b, drop: !usedElsewhere };
    plan.factorized.set(name, fact);
    for (const u of split) plan.splits.set(u.node, { fact, tmp: tmpName(u) });
  }
  return plan;
}

/** The tensor's non-data fields (name, dims, data_type, doc_string, ...) copied verbatim. */
async function tensorMetaFields(fh: FileHandle, size: number, span: FieldSpan): Promise<Uint8Array[]> {
  const c = new FileCursor(fh, size, 1 << 16);
  c.pos = span.contentStart;
  const parts: Uint8Array[] = [];
  while (c.pos < span.end) {
    const start = c.pos;
    const { field, wire } = await c.tag(span.end);
    await c.skip(wire, span.end);
    if (DATA_FIELDS.has(field)) continue;
    const end = c.pos;
    const buf = new Uint8Array(end - start);
    await fh.read(buf, 0, buf.length, start);
    parts.push(buf);
  }
  return parts;
}

/**
 * Appends tensors to the new external data file, aligned. `tmpPath` is the temp file that
 * withAtomicOutput renames into place, or null when the output has no external data.
 */
class DataFileWriter {
  private pos = 0;
  private fh: FileHandle | null = null;
  constructor(
    private readonly tmpPath: string | null,
    readonly location: string,
    private readonly alignment: number,
  ) {}

  private async handle(): Promise<FileHandle> {
    if (this.tmpPath === null) throw new Error(`internal: external data written for ${this.location}, but the output has no data file`);
    if (this.fh === null) this.fh = await open(this.tmpPath, 'wx', 0o644);
    return this.fh;
  }

  /** Pads to the alignment; returns the offset the next tensor starts at. */
  private async align(fh: FileHandle): Promise<number> {
    const pad = (this.alignment - (this.pos % this.alignment)) % this.alignment;
    if (pad > 0) {
      await fh.write(new Uint8Array(pad), 0, pad, this.pos);
      this.pos += pad;
    }
    return this.pos;
  }

  async append(bytes: Uint8Array): Promise<number> {
    return this.appendChunks([bytes]);
  }

  /** Appends one tensor given as pieces (written as they come: one piece in memory at a time). */
  async appendChunks(chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<number> {
    const fh = await this.handle();
    const offset = await this.align(fh);
    for await (const c of chunks) {
      let off = 0;
      while (off < c.length) off += (await fh.write(c, off, c.length - off, this.pos + off)).bytesWritten;
      this.pos += c.length;
    }
    return offset;
  }

  /** Bytes written so far (the end of the last tensor). */
  get size(): number {
    return this.pos;
  }

  /** Creates the file if nothing was written yet, and closes it (withAtomicOutput fsyncs it). */
  async close(): Promise<void> {
    if (this.tmpPath === null) return;
    const fh = await this.handle();
    await fh.close();
    this.fh = null;
  }
}

function externalFields(location: string, offset: number, length: number): Uint8Array {
  const w = new ProtoWriter();
  const entry = (k: string, v: string) => w.message(13, new ProtoWriter().string(1, k).string(2, v));
  entry('location', location);
  entry('offset', String(offset));
  entry('length', String(length));
  w.varint(14, 1);
  return w.finish();
}

function lengthDelimited(field: number, parts: readonly Uint8Array[]): Uint8Array {
  const w = new ProtoWriter();
  for (const p of parts) w.raw(p);
  return new ProtoWriter().message(field, w).finish();
}

/**
 * Writes `out`, a copy of the ONNX model `source` with `replacements` applied. Validates every
 * replacement before writing anything.
 */
export async function writeSmoothedOnnx(
  source: string,
  out: string,
  replacements: ReadonlyMap<string, WeightReplacement>,
  opts: WriteOnnxOptions = {},
): Promise<WriteOnnxResult> {
  const srcReal = await realOrResolved(source);
  const outReal = await realOrResolved(out);
  if (srcReal === outReal) {
    throw new WwError('OUTPUT_IS_INPUT', `output ${out} is the input model ${source}; write the smoothed model to a new path`, { file: out });
  }
  const w = await openOnnx(source);
  const outDir = dirname(outReal);
  const dataName = opts.externalDataName ?? `${basename(outReal)}.data`;
  const dataReal = join(outDir, dataName);
  const allTensors = walkGraphs(w.onnx).flatMap(({ scope }) => scope.graph.initializers);
  const inputDataFiles = new Set(allTensors.flatMap((t) => (t.data.kind === 'external' ? [t.data.file] : [])));
  if (w.onnx.usesExternalData && (inputDataFiles.has(dataReal) || dataReal === srcReal)) {
    await w.close();
    throw new WwError('OUTPUT_IS_INPUT', `output data file ${dataReal} is a file of the input model; choose another output name`, { file: dataReal });
  }
  // Temp files, fsync, renames and cleanup (on errors and signals) come from src/io/atomic.ts.
  // Every external initializer (of the main graph or a subgraph) goes to the new data file, so the
  // output has one exactly when the source has an external initializer. The data file's withAtomicOutput is the inner one: it is
  // renamed first, then the model, and both temp files are complete before either rename, so a
  // reader never sees a new model whose data is missing.
  const hasExternal = allTensors.some((t) => t.data.kind === 'external');
  const ctx = { w, replacements, dataName, alignment: opts.alignment ?? 64 };
  try {
    const written = hasExternal
      ? await withAtomicOutput(outReal, (tmpModel) => withAtomicOutput(dataReal, (tmpData) => writeCopy(ctx, tmpModel, tmpData)))
      : await withAtomicOutput(outReal, (tmpModel) => writeCopy(ctx, tmpModel, null));
    return { modelPath: outReal, dataPath: hasExternal ? dataReal : null, ...written };
  } finally {
    await w.close();
  }
}

/** Bytes per piece when an unselected external tensor is copied into the new data file. */
const COPY_CHUNK_BYTES = 8 << 20;

interface CopyContext {
  readonly w: OnnxWeights;
  readonly replacements: ReadonlyMap<string, WeightReplacement>;
  readonly dataName: string;
  readonly alignment: number;
}

/** Writes the model copy to `tmpModel` and its external data (if any) to `tmpData`. */
async function writeCopy(ctx: CopyContext, tmpModel: string, tmpData: string | null): Promise<{ reencoded: string[]; dropped: string[] }> {
  const { w } = ctx;
  const data = new DataFileWriter(tmpData, ctx.dataName, ctx.alignment);
  const src = await open(w.path, 'r');
  let outH: FileHandle | null = null;
  try {
    const plan = validate(w, ctx.replacements);
    const reencoded: string[] = [];
    const dropped: string[] = [];

    /** New TensorProto bytes for `t` with `bytes` as its data, external when `external`. */
    const newTensorProto = async (t: OnnxTensor, bytes: Uint8Array, external: boolean): Promise<Uint8Array> => {
      const meta = await tensorMetaFields(src, w.onnx.fileSize, t.span);
      if (external) {
        const offset = await data.append(bytes);
        return lengthDelimited(5, [...meta, externalFields(data.location, offset, bytes.length)]);
      }
      return lengthDelimited(5, [...meta, encodeTag(9, 2), encodeVarint(bytes.length), bytes]);
    };
    /** An external tensor kept as is: its bytes are copied into the new data file piece by piece. */
    const copiedExternalTensor = async (t: OnnxTensor): Promise<Uint8Array> => {
      const meta = await tensorMetaFields(src, w.onnx.fileSize, t.span);
      const offset = await data.appendChunks(w.readTensorChunks(t, COPY_CHUNK_BYTES));
      return lengthDelimited(5, [...meta, externalFields(data.location, offset, data.size - offset)]);
    };
    const newInitializer = async (name: string, dtype: WeightDType, m: Matrix, external: boolean): Promise<Uint8Array> => {
      const bytes = encodeFromFloat64(m.data, dtype);
      const head = new ProtoWriter();
      for (const d of [m.rows, m.cols]) head.varint(1, d);
      head.varint(2, ONNX_DTYPE[dtype]);
      head.string(8, name);
      if (external) {
        const offset = await data.append(bytes);
        return lengthDelimited(5, [head.finish(), externalFields(data.location, offset, bytes.length)]);
      }
      return lengthDelimited(5, [head.finish(), encodeTag(9, 2), encodeVarint(bytes.length), bytes]);
    };

    // New element bytes by tensor (a subgraph may hold its own tensor of a name used elsewhere).
    // Quantized layers: W' requantized in the layer's scheme; each rewritten tensor keeps its dims and type.
    const swapped = new Map<OnnxTensor, Uint8Array>();
    for (const [name, d] of plan.dense) {
      if (w.recipes.has(name)) for (const [t, bytes] of (await w.requantize(d.layer, d.values)).tensors) swapped.set(t, bytes);
      else swapped.set(d.tensor, encodeFromFloat64(d.values.data, d.layer.dtype));
    }
    /** The initializer field as written: new data, moved to the new data file, or null (copied as is). */
    const rewrittenTensor = async (t: OnnxTensor): Promise<Uint8Array | null> => {
      const external = t.data.kind === 'external';
      const bytes = swapped.get(t);
      if (bytes) {
        reencoded.push(t.name);
        return newTensorProto(t, bytes, external);
      }
      if (!external) return null;
      reencoded.push(t.name);
      return copiedExternalTensor(t);
    };
    // Subgraph initializers live inside main-graph nodes: such a node is re-encoded when one of them changes.
    const subgraphTensors = walkGraphs(w.onnx).slice(1).flatMap(({ scope }) => scope.graph.initializers);
    const mainNodes = new Set(w.onnx.nodes);
    const subgraphSplits = [...plan.splits.keys()].filter((n) => !mainNodes.has(n));
    const rewrittenNode = async (node: OnnxNode): Promise<Uint8Array | null> => {
      if (![...node.attributes.values()].some((a) => a.graphs !== undefined)) return null;
      const within = (s: FieldSpan) => s.start >= node.span.start && s.end <= node.span.end;
      const inside = subgraphTensors.filter((t) => within(t.span)).sort((a, b) => a.span.start - b.span.start);
      const replaced = new Map<number, Uint8Array>();
      for (const t of inside) {
        const field = await rewrittenTensor(t);
        if (field) replaced.set(t.span.start, field);
      }
      for (const n of subgraphSplits) if (within(n.span)) replaced.set(n.span.start, splitMatMul(n));
      if (replaced.size === 0) return null;
      const bytes = new Uint8Array(node.span.end - node.span.start);
      const { bytesRead } = await src.read(bytes, 0, bytes.length, node.span.start);
      if (bytesRead !== bytes.length) throw new WwError('MODEL_TRUNCATED', `${w.path} changed while being copied`, { file: w.path });
      return reencodeNodeField(bytes, node.span.start, replaced);
    };

    /** y = x @ W becomes t = x @ W.lowrank_a; y = t @ W.lowrank_b: two NodeProto fields in place of the node's. */
    function splitMatMul(node: OnnxNode): Uint8Array {
      const { fact, tmp } = plan.splits.get(node)!;
      const wName = fact.layer.name;
      const base = node.name || `${wName}.matmul_${node.index}`;
      const first = encodeNode({ opType: 'MatMul', name: `${base}/lowrank_a`, inputs: [node.inputs[0]!, `${wName}.lowrank_a`], outputs: [tmp] });
      const second = encodeNode({ opType: 'MatMul', name: base, inputs: [tmp, `${wName}.lowrank_b`], outputs: [...node.outputs] });
      return new ProtoWriter().message(1, first).message(1, second).finish();
    }

    const graphPieces: Piece[] = [];
    const nodeBySpanStart = new Map<number, OnnxNode>(w.onnx.nodes.map((n) => [n.span.start, n]));
    const tensorBySpanStart = new Map<number, OnnxTensor>(w.onnx.initializers.map((t) => [t.span.start, t]));
    for (const f of w.onnx.graphFields) {
      const node = f.field === 1 ? nodeBySpanStart.get(f.start) : undefined;
      const tensor = f.field === 5 ? tensorBySpanStart.get(f.start) : undefined;
      if (node) {
        if (plan.splits.has(node)) {
          graphPieces.push({ bytes: splitMatMul(node) });
        } else {
          const bytes = await rewrittenNode(node);
          graphPieces.push(bytes ? { bytes } : { copy: [f.start, f.end] });
        }
        continue;
      }
      if (tensor) {
        const external = tensor.data.kind === 'external';
        const fact = plan.factorized.get(tensor.name);
        if (fact) {
          if (!fact.drop) {
            graphPieces.push(external ? { bytes: await copiedExternalTensor(tensor) } : { copy: [f.start, f.end] });
          } else dropped.push(tensor.name);
          graphPieces.push({ bytes: await newInitializer(`${tensor.name}.lowrank_a`, fact.layer.dtype, fact.a, external) });
          graphPieces.push({ bytes: await newInitializer(`${tensor.name}.lowrank_b`, fact.layer.dtype, fact.b, external) });
          reencoded.push(`${tensor.name}.lowrank_a`, `${tensor.name}.lowrank_b`);
        } else {
          const bytes = await rewrittenTensor(tensor);
          graphPieces.push(bytes ? { bytes } : { copy: [f.start, f.end] });
        }
        continue;
      }
      graphPieces.push({ copy: [f.start, f.end] });
    }
    const graphLen = graphPieces.reduce((s, p) => s + pieceSize(p), 0);

    outH = await open(tmpModel, 'wx', 0o644);
    let outPos = 0;
    const chunk = new Uint8Array(1 << 22);
    const emit = async (p: Piece) => {
      if ('bytes' in p) {
        await outH!.write(p.bytes, 0, p.bytes.length, outPos);
        outPos += p.bytes.length;
        return;
      }
      let [pos, end] = p.copy;
      while (pos < end) {
        const n = Math.min(chunk.length, end - pos);
        const { bytesRead } = await src.read(chunk, 0, n, pos);
        if (bytesRead === 0) throw new WwError('MODEL_TRUNCATED', `${w.path} changed while being copied`, { file: w.path });
        await outH!.write(chunk, 0, bytesRead, outPos);
        outPos += bytesRead;
        pos += bytesRead;
      }
    };
    for (const f of w.onnx.modelFields) {
      if (f.field === 7 && f.start === w.onnx.graphField.start) {
        const prefix = new Uint8Array([...encodeTag(7, 2), ...encodeVarint(graphLen)]);
        await emit({ bytes: prefix });
        for (const p of graphPieces) await emit(p);
      } else {
        await emit({ copy: [f.start, f.end] });
      }
    }
    return { reencoded, dropped };
  } finally {
    if (outH) await outH.close();
    await data.close();
    await src.close();
  }
}
