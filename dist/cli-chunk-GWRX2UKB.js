/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  buildPlan,
  searchRanks,
  searchReport
} from "./cli-chunk-EOVJGASD.js";
import {
  denseBytes,
  memoryStore,
  runSmoothing,
  spillStore
} from "./cli-chunk-LZBXFVOA.js";
import {
  factorizationBlocker
} from "./cli-chunk-PGRIZON2.js";
import {
  getEngine
} from "./cli-chunk-BWPMDRN6.js";
import {
  detX,
  mpFit,
  openModel,
  powerLawFit,
  realOrResolved,
  requireDenseLayers,
  writeSmoothedSafetensors
} from "./cli-chunk-TL5GPFJR.js";
import {
  FileCursor,
  ONNX_DTYPE,
  ProtoReader,
  encodeNode,
  initializerUses,
  openOnnx,
  walkGraphs
} from "./cli-chunk-NVWLD7SI.js";
import {
  encodeFromFloat64
} from "./cli-chunk-JVBZG5TV.js";
import {
  ProtoWriter,
  encodeTag,
  encodeVarint
} from "./cli-chunk-YNVCIOJB.js";
import {
  withAtomicOutput
} from "./cli-chunk-VV3OXSPZ.js";
import {
  checkWritableFile,
  makeFolder
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/engine/smooth.ts
import { realpath, stat } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { basename as basename2, dirname as dirname2, extname, join as join2, resolve } from "node:path";

// src/model/onnxWrite.ts
import { open } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

// src/model/nestedRewrite.ts
function childKind(kind, field) {
  if (kind === "node") return field === 5 ? "attribute" : null;
  if (kind === "attribute") return field === 6 || field === 11 ? "graph" : null;
  return field === 1 ? "node" : null;
}
function reencodeNodeField(field, base, replaced) {
  const keys = [...replaced.keys()];
  const within = (from, to) => keys.some((k) => k >= base + from && k < base + to);
  let found = 0;
  const walk = (kind, from, to) => {
    const out2 = [];
    const r2 = new ProtoReader(field, from, to);
    while (!r2.done) {
      const start = r2.pos;
      const { field: f, wire } = r2.tag();
      if (wire !== 2) {
        r2.skip(wire);
        out2.push(field.subarray(start, r2.pos));
        continue;
      }
      const lengthAt2 = r2.pos;
      const n2 = r2.length();
      const contentStart = r2.pos;
      const end = contentStart + n2;
      r2.pos = end;
      const swap = kind === "graph" && (f === 5 || f === 1) ? replaced.get(base + start) : void 0;
      const child = childKind(kind, f);
      if (swap !== void 0) {
        out2.push(swap);
        found++;
      } else if (child !== null && within(start, end)) {
        const inner2 = walk(child, contentStart, end);
        out2.push(field.subarray(start, lengthAt2), encodeVarint(inner2.reduce((s, p) => s + p.length, 0)), ...inner2);
      } else {
        out2.push(field.subarray(start, end));
      }
    }
    return out2;
  };
  const r = new ProtoReader(field);
  r.tag();
  const lengthAt = r.pos;
  const n = r.length();
  const inner = walk("node", r.pos, r.pos + n);
  if (found !== replaced.size) throw new Error(`internal: ${replaced.size - found} of ${replaced.size} subgraph initializers not found in the node at byte ${base}`);
  const out = new ProtoWriter().raw(field.subarray(0, lengthAt)).raw(encodeVarint(inner.reduce((s, p) => s + p.length, 0)));
  for (const p of inner) out.raw(p);
  return out.finish();
}

// src/model/onnxWrite.ts
var pieceSize = (p) => "copy" in p ? p.copy[1] - p.copy[0] : p.bytes.length;
var DATA_FIELDS = /* @__PURE__ */ new Set([4, 5, 7, 9, 10, 11, 13, 14]);
function validate(w, replacements) {
  const layers = new Map(w.layers.map((l) => [l.name, l]));
  const inits = new Set(w.onnx.initializers.map((t) => t.name));
  const graphs = walkGraphs(w.onnx);
  const valueNames = new Set(
    graphs.flatMap(({ scope: { graph: g } }) => [...g.initializers.map((t) => t.name), ...g.inputs.map((i) => i.name), ...g.outputs.map((o) => o.name), ...g.nodes.flatMap((n) => [...n.inputs, ...n.outputs])])
  );
  let uses = null;
  const plan = { dense: /* @__PURE__ */ new Map(), factorized: /* @__PURE__ */ new Map(), splits: /* @__PURE__ */ new Map() };
  for (const [name, rep] of replacements) {
    const layer = layers.get(name);
    if (!layer) {
      if (inits.has(name)) throw new WwError("NOT_DENSE", `${w.path}: ${name} is not a dense layer weight (see the analyze report's skipped list)`, { tensor: name });
      throw new WwError("TENSOR_NOT_FOUND", `${w.path}: no initializer named ${name}`, { tensor: name });
    }
    const [rows, cols] = layer.storedShape;
    if (rep.kind === "dense") {
      if (rep.values.rows !== rows || rep.values.cols !== cols) {
        throw new WwError("INPUT_INVALID", `${name}: dense replacement is ${rep.values.rows}x${rep.values.cols}, the stored weight is ${rows}x${cols}`, { tensor: name });
      }
      plan.dense.set(name, { layer, values: rep.values, tensor: w.tensorOf(layer) });
      continue;
    }
    const blocker = factorizationBlocker(layer);
    if (blocker !== null) {
      throw new WwError("NOT_DENSE", `${name}: a factorized form can only replace a main-graph weight used directly as input 1 of MatMul nodes; ${blocker}. Use a dense replacement for this layer.`, { tensor: name });
    }
    const { a, b } = rep;
    if (a.rows !== layer.inFeatures || b.cols !== layer.outFeatures || a.cols !== b.rows || a.cols < 1) {
      throw new WwError("INPUT_INVALID", `${name}: factors ${a.rows}x${a.cols} @ ${b.rows}x${b.cols} do not make the ${layer.inFeatures}x${layer.outFeatures} weight`, { tensor: name });
    }
    uses ??= initializerUses(w.onnx);
    const tensorUses = uses.get(w.tensorOf(layer)) ?? [];
    const split = tensorUses.filter((u) => u.input === 1 && u.node.domain === "" && u.node.opType === "MatMul" && u.node.inputs[0] !== name);
    const inSub = split.filter((u) => u.scopePath !== "");
    const tmpName = (u) => split.length === 1 ? `${name}.lowrank_tmp` : u.scopePath === "" ? `${name}.lowrank_tmp_${u.node.index}` : `${name}.lowrank_tmp_s${inSub.indexOf(u)}`;
    for (const used of [`${name}.lowrank_a`, `${name}.lowrank_b`, ...split.map(tmpName)]) {
      if (valueNames.has(used)) throw new WwError("INPUT_INVALID", `${w.path}: the name ${used} is already used in the graph`, { tensor: name });
    }
    const usedElsewhere = tensorUses.length > split.length || graphs.some(({ scope: { graph: g } }) => g.outputs.some((o) => o.name === name)) || w.onnx.inputs.some((i) => i.name === name);
    const fact = { layer, a, b, drop: !usedElsewhere };
    plan.factorized.set(name, fact);
    for (const u of split) plan.splits.set(u.node, { fact, tmp: tmpName(u) });
  }
  return plan;
}
async function tensorMetaFields(fh, size, span) {
  const c = new FileCursor(fh, size, 1 << 16);
  c.pos = span.contentStart;
  const parts = [];
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
var DataFileWriter = class {
  constructor(tmpPath, location, alignment) {
    this.tmpPath = tmpPath;
    this.location = location;
    this.alignment = alignment;
  }
  tmpPath;
  location;
  alignment;
  pos = 0;
  fh = null;
  async handle() {
    if (this.tmpPath === null) throw new Error(`internal: external data written for ${this.location}, but the output has no data file`);
    if (this.fh === null) this.fh = await open(this.tmpPath, "wx", 420);
    return this.fh;
  }
  /** Pads to the alignment; returns the offset the next tensor starts at. */
  async align(fh) {
    const pad = (this.alignment - this.pos % this.alignment) % this.alignment;
    if (pad > 0) {
      await fh.write(new Uint8Array(pad), 0, pad, this.pos);
      this.pos += pad;
    }
    return this.pos;
  }
  async append(bytes) {
    return this.appendChunks([bytes]);
  }
  /** Appends one tensor given as pieces (written as they come: one piece in memory at a time). */
  async appendChunks(chunks) {
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
  get size() {
    return this.pos;
  }
  /** Creates the file if nothing was written yet, and closes it (withAtomicOutput fsyncs it). */
  async close() {
    if (this.tmpPath === null) return;
    const fh = await this.handle();
    await fh.close();
    this.fh = null;
  }
};
function externalFields(location, offset, length) {
  const w = new ProtoWriter();
  const entry = (k, v) => w.message(13, new ProtoWriter().string(1, k).string(2, v));
  entry("location", location);
  entry("offset", String(offset));
  entry("length", String(length));
  w.varint(14, 1);
  return w.finish();
}
function lengthDelimited(field, parts) {
  const w = new ProtoWriter();
  for (const p of parts) w.raw(p);
  return new ProtoWriter().message(field, w).finish();
}
async function writeSmoothedOnnx(source, out, replacements, opts = {}) {
  const srcReal = await realOrResolved(source);
  const outReal = await realOrResolved(out);
  if (srcReal === outReal) {
    throw new WwError("OUTPUT_IS_INPUT", `output ${out} is the input model ${source}; write the smoothed model to a new path`, { file: out });
  }
  const w = await openOnnx(source);
  const outDir = dirname(outReal);
  const dataName = opts.externalDataName ?? `${basename(outReal)}.data`;
  const dataReal = join(outDir, dataName);
  const allTensors = walkGraphs(w.onnx).flatMap(({ scope }) => scope.graph.initializers);
  const inputDataFiles = new Set(allTensors.flatMap((t) => t.data.kind === "external" ? [t.data.file] : []));
  if (w.onnx.usesExternalData && (inputDataFiles.has(dataReal) || dataReal === srcReal)) {
    await w.close();
    throw new WwError("OUTPUT_IS_INPUT", `output data file ${dataReal} is a file of the input model; choose another output name`, { file: dataReal });
  }
  const hasExternal = allTensors.some((t) => t.data.kind === "external");
  const ctx = { w, replacements, dataName, alignment: opts.alignment ?? 64 };
  try {
    const written = hasExternal ? await withAtomicOutput(outReal, (tmpModel) => withAtomicOutput(dataReal, (tmpData) => writeCopy(ctx, tmpModel, tmpData))) : await withAtomicOutput(outReal, (tmpModel) => writeCopy(ctx, tmpModel, null));
    return { modelPath: outReal, dataPath: hasExternal ? dataReal : null, ...written };
  } finally {
    await w.close();
  }
}
var COPY_CHUNK_BYTES = 8 << 20;
async function writeCopy(ctx, tmpModel, tmpData) {
  const { w } = ctx;
  const data = new DataFileWriter(tmpData, ctx.dataName, ctx.alignment);
  const src = await open(w.path, "r");
  let outH = null;
  try {
    let splitMatMul2 = function(node) {
      const { fact, tmp } = plan.splits.get(node);
      const wName = fact.layer.name;
      const base = node.name || `${wName}.matmul_${node.index}`;
      const first = encodeNode({ opType: "MatMul", name: `${base}/lowrank_a`, inputs: [node.inputs[0], `${wName}.lowrank_a`], outputs: [tmp] });
      const second = encodeNode({ opType: "MatMul", name: base, inputs: [tmp, `${wName}.lowrank_b`], outputs: [...node.outputs] });
      return new ProtoWriter().message(1, first).message(1, second).finish();
    };
    var splitMatMul = splitMatMul2;
    const plan = validate(w, ctx.replacements);
    const reencoded = [];
    const dropped = [];
    const newTensorProto = async (t, bytes, external) => {
      const meta = await tensorMetaFields(src, w.onnx.fileSize, t.span);
      if (external) {
        const offset = await data.append(bytes);
        return lengthDelimited(5, [...meta, externalFields(data.location, offset, bytes.length)]);
      }
      return lengthDelimited(5, [...meta, encodeTag(9, 2), encodeVarint(bytes.length), bytes]);
    };
    const copiedExternalTensor = async (t) => {
      const meta = await tensorMetaFields(src, w.onnx.fileSize, t.span);
      const offset = await data.appendChunks(w.readTensorChunks(t, COPY_CHUNK_BYTES));
      return lengthDelimited(5, [...meta, externalFields(data.location, offset, data.size - offset)]);
    };
    const newInitializer = async (name, dtype, m, external) => {
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
    const swapped = /* @__PURE__ */ new Map();
    for (const [name, d] of plan.dense) {
      if (w.recipes.has(name)) for (const [t, bytes] of (await w.requantize(d.layer, d.values)).tensors) swapped.set(t, bytes);
      else swapped.set(d.tensor, encodeFromFloat64(d.values.data, d.layer.dtype));
    }
    const rewrittenTensor = async (t) => {
      const external = t.data.kind === "external";
      const bytes = swapped.get(t);
      if (bytes) {
        reencoded.push(t.name);
        return newTensorProto(t, bytes, external);
      }
      if (!external) return null;
      reencoded.push(t.name);
      return copiedExternalTensor(t);
    };
    const subgraphTensors = walkGraphs(w.onnx).slice(1).flatMap(({ scope }) => scope.graph.initializers);
    const mainNodes = new Set(w.onnx.nodes);
    const subgraphSplits = [...plan.splits.keys()].filter((n) => !mainNodes.has(n));
    const rewrittenNode = async (node) => {
      if (![...node.attributes.values()].some((a) => a.graphs !== void 0)) return null;
      const within = (s) => s.start >= node.span.start && s.end <= node.span.end;
      const inside = subgraphTensors.filter((t) => within(t.span)).sort((a, b) => a.span.start - b.span.start);
      const replaced = /* @__PURE__ */ new Map();
      for (const t of inside) {
        const field = await rewrittenTensor(t);
        if (field) replaced.set(t.span.start, field);
      }
      for (const n of subgraphSplits) if (within(n.span)) replaced.set(n.span.start, splitMatMul2(n));
      if (replaced.size === 0) return null;
      const bytes = new Uint8Array(node.span.end - node.span.start);
      const { bytesRead } = await src.read(bytes, 0, bytes.length, node.span.start);
      if (bytesRead !== bytes.length) throw new WwError("MODEL_TRUNCATED", `${w.path} changed while being copied`, { file: w.path });
      return reencodeNodeField(bytes, node.span.start, replaced);
    };
    const graphPieces = [];
    const nodeBySpanStart = new Map(w.onnx.nodes.map((n) => [n.span.start, n]));
    const tensorBySpanStart = new Map(w.onnx.initializers.map((t) => [t.span.start, t]));
    for (const f of w.onnx.graphFields) {
      const node = f.field === 1 ? nodeBySpanStart.get(f.start) : void 0;
      const tensor = f.field === 5 ? tensorBySpanStart.get(f.start) : void 0;
      if (node) {
        if (plan.splits.has(node)) {
          graphPieces.push({ bytes: splitMatMul2(node) });
        } else {
          const bytes = await rewrittenNode(node);
          graphPieces.push(bytes ? { bytes } : { copy: [f.start, f.end] });
        }
        continue;
      }
      if (tensor) {
        const external = tensor.data.kind === "external";
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
    outH = await open(tmpModel, "wx", 420);
    let outPos = 0;
    const chunk = new Uint8Array(1 << 22);
    const emit = async (p) => {
      if ("bytes" in p) {
        await outH.write(p.bytes, 0, p.bytes.length, outPos);
        outPos += p.bytes.length;
        return;
      }
      let [pos, end] = p.copy;
      while (pos < end) {
        const n = Math.min(chunk.length, end - pos);
        const { bytesRead } = await src.read(chunk, 0, n, pos);
        if (bytesRead === 0) throw new WwError("MODEL_TRUNCATED", `${w.path} changed while being copied`, { file: w.path });
        await outH.write(chunk, 0, bytesRead, outPos);
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

// src/smooth/spectrum.ts
function summarizeSpectrum(eigenvalues, rows, cols) {
  const N = Math.max(rows, cols);
  const M = Math.min(rows, cols);
  let norm = 0;
  let lambdaMax = 0;
  for (let i = 0; i < eigenvalues.length; i++) {
    norm += eigenvalues[i];
    if (eigenvalues[i] > lambdaMax) lambdaMax = eigenvalues[i];
  }
  const pl = powerLawFit(eigenvalues);
  const dx = detX(eigenvalues);
  const mp = mpFit(eigenvalues, N, M);
  return {
    alpha: pl.status === "success" ? pl.alpha : null,
    alphaStatus: pl.status,
    detX_num: dx.detX_num,
    num_spikes: mp.num_spikes,
    num_pl_spikes: pl.status === "success" ? pl.num_pl_spikes : null,
    norm,
    lambda_max: lambdaMax
  };
}

// src/engine/smooth.ts
var DEFAULT_MEMORY_BUDGET = 1 << 30;
async function smoothModel(opts) {
  const t0 = performance.now();
  const dryRun = opts.dryRun === true ? "plan" : opts.dryRun === void 0 ? false : opts.dryRun;
  const modelPath = resolve(opts.modelPath);
  const outPath = opts.outPath ? resolve(opts.outPath) : null;
  if (!dryRun) {
    await checkOutputPath(modelPath, outPath);
    await checkWritableFile(outPath, "output model");
    await makeFolder(dirname2(outPath), "folder of the output model");
  }
  const model = await openModel(modelPath);
  let ownEngine = null;
  let store = null;
  try {
    if (!dryRun) {
      checkOutputFormat(model.format, modelPath, outPath);
      if (model.format === "onnx") checkOnnxDataFile(model, outPath);
    }
    requireDenseLayers(model);
    let plan = buildPlan(model, { ...opts.plan, factorize: opts.factorize ?? opts.plan.factorize ?? false });
    for (const p of plan.layers) model.checkRead(p.layer);
    if (plan.factorize && model.format === "safetensors" && !dryRun) {
      throw new WwError("INPUT_INVALID", `--factorize needs an ONNX model (it rewrites the graph); ${modelPath} is safetensors`, { file: modelPath });
    }
    if (opts.search && (dryRun || model.format !== "onnx")) {
      throw new WwError("INPUT_INVALID", `method auto measures perplexity with onnxruntime: it needs an ONNX model and no dry run (${modelPath})`, { file: modelPath });
    }
    opts.onPlan?.(plan);
    const engine = opts.engine ?? (dryRun === "plan" ? null : ownEngine = await getEngine());
    const analyze = opts.analyze ?? summarizeSpectrum;
    const searched = opts.search ? await searchRanks({ model, planned: plan.layers, config: opts.plan, engine, analyze, seed: opts.seed ?? 42, setup: opts.search, ...opts.knownSpectrum ? { knownSpectrum: opts.knownSpectrum } : {} }) : null;
    if (searched) plan = { ...plan, layers: searched.planned, notes: [...plan.notes, ...searched.notes] };
    const spill = !dryRun && denseBytes(plan.layers.map((p) => p.layer)) > (opts.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET);
    store = spill ? spillStore(join2(dirname2(outPath), `.${basename2(outPath)}.${randomBytes(6).toString("hex")}.spill`)) : memoryStore();
    const result = await runSmoothing({
      store,
      model,
      plan,
      engine: engine ?? noEngine,
      analyze,
      dryRun,
      seed: opts.seed ?? 42,
      onProgress: opts.onProgress,
      knownSpectrum: opts.knownSpectrum
    });
    if (!dryRun) {
      if (model.format === "onnx") await writeSmoothedOnnx(model.path, outPath, result.replacements);
      else await writeSmoothedSafetensors(model.path, outPath, result.replacements);
    }
    return {
      modelPath,
      outPath: dryRun ? null : outPath,
      format: model.format,
      dryRun,
      factorize: plan.factorize,
      engine: engine?.name ?? "none",
      layers: result.layers,
      totals: result.totals,
      notes: [...plan.notes, ...spill ? ["smoothed weights waited for the writer in a temporary file (more than the memory budget in float64)"] : []],
      seconds: (performance.now() - t0) / 1e3,
      search: searched ? searchReport(searched, opts.search, { before: await modelFileBytes(model), after: dryRun ? null : await writtenFileBytes(outPath) }) : null
    };
  } finally {
    store?.dispose();
    await model.close();
    if (ownEngine) await ownEngine.dispose();
  }
}
async function modelFileBytes(model) {
  const files = /* @__PURE__ */ new Set([model.path]);
  if (model.format === "onnx") {
    for (const t of model.onnx.initializers) if (t.data.kind === "external") files.add(t.data.file);
  }
  let total = 0;
  for (const f of files) total += (await stat(f)).size;
  return total;
}
async function writtenFileBytes(outPath) {
  const data = await stat(`${outPath}.data`).catch(() => null);
  return (await stat(outPath)).size + (data?.size ?? 0);
}
var noEngine = {
  name: "none",
  gramEigenvalues: () => Promise.reject(new Error("plan-only dry run: no numeric engine")),
  truncatedSvd: () => Promise.reject(new Error("plan-only dry run: no numeric engine")),
  dispose: () => Promise.resolve()
};
async function checkOutputPath(modelPath, outPath) {
  if (outPath === null) throw new WwError("INPUT_INVALID", "an output path is needed (--out) unless this is a dry run", { key: "out" });
  const inReal = await realpath(modelPath).catch(() => modelPath);
  const outReal = await realpath(outPath).catch(async () => resolve(await realpath(dirname2(outPath)).catch(() => dirname2(outPath)), basename2(outPath)));
  let same = inReal === outReal;
  if (!same) {
    const [a, b] = await Promise.all([stat(inReal).catch(() => null), stat(outReal).catch(() => null)]);
    same = a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
  }
  if (same) {
    throw new WwError("OUTPUT_IS_INPUT", `output ${outPath} is the input model ${modelPath}: the input is never overwritten; choose another --out`, {
      file: modelPath,
      out: outPath
    });
  }
}
function checkOutputFormat(format, modelPath, outPath) {
  const want = extname(modelPath).toLowerCase() === ".json" ? ".json" : format === "onnx" ? ".onnx" : ".safetensors";
  if (extname(outPath).toLowerCase() !== want) {
    throw new WwError("INPUT_INVALID", `output ${outPath} must end in ${want}: a ${format} model is written as ${format}${want === ".json" ? " (a sharded model: the output is its index, shards beside it)" : ""}`, {
      out: outPath,
      expected: want
    });
  }
  if (want === ".json" && resolve(dirname2(outPath)) === resolve(dirname2(modelPath))) {
    throw new WwError("OUTPUT_IS_INPUT", `output index ${outPath} is in the input model's folder; its shards would overwrite the input's. Choose another folder`, {
      file: modelPath,
      out: outPath
    });
  }
}
function checkOnnxDataFile(model, outPath) {
  if (!model.onnx.usesExternalData) return;
  const dataPath = resolve(dirname2(outPath), `${basename2(outPath)}.data`);
  const inputFiles = new Set(model.onnx.initializers.flatMap((t) => t.data.kind === "external" ? [resolve(t.data.file)] : []));
  if (inputFiles.has(dataPath) || dataPath === resolve(model.path)) {
    throw new WwError("OUTPUT_IS_INPUT", `output ${outPath} would write its external data to ${dataPath}, a file of the input model; choose another output name`, {
      file: dataPath,
      out: outPath
    });
  }
}

export {
  writeSmoothedOnnx,
  summarizeSpectrum,
  smoothModel
};
