/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  FileHandles,
  assertLayerFits,
  assertReadFits,
  guessBlock,
  guessRole,
  openOnnx,
  readExactly
} from "./cli-chunk-NVWLD7SI.js";
import {
  decodeToFloat64,
  encodeFromFloat64,
  float32View
} from "./cli-chunk-JVBZG5TV.js";
import {
  modulePathFromTensorName
} from "./cli-chunk-FADXTKAR.js";
import {
  matrix
} from "./cli-chunk-YNVCIOJB.js";
import {
  withAtomicOutput,
  writeFileAtomic
} from "./cli-chunk-VV3OXSPZ.js";
import {
  isInside
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/model/open.ts
import { open as open2, readdir, stat } from "node:fs/promises";
import { join as join2, resolve as resolve2 } from "node:path";

// src/model/safetensors.ts
import { open, readFile, realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
var SAFETENSORS_DTYPE_SIZE = {
  BOOL: 1,
  U8: 1,
  I8: 1,
  F8_E4M3: 1,
  F8_E5M2: 1,
  F8_E8M0: 1,
  I16: 2,
  U16: 2,
  F16: 2,
  BF16: 2,
  I32: 4,
  U32: 4,
  F32: 4,
  I64: 8,
  U64: 8,
  F64: 8
};
var FLOAT_DTYPES = { F32: "float32", F16: "float16", BF16: "bfloat16", F64: "float64" };
var MAX_HEADER_BYTES = 1e8;
var collator;
var naturalCompare = (a, b) => (collator ??= new Intl.Collator("en", { numeric: true })).compare(a, b);
async function readSafetensorsHeader(path) {
  let fh;
  try {
    fh = await open(path, "r");
  } catch (e) {
    if (e.code === "ENOENT") throw new WwError("MODEL_NOT_FOUND", `safetensors file not found: ${path}`, { file: path });
    throw new WwError("IO", `cannot open ${path}: ${e.message}`, { file: path });
  }
  try {
    const size = (await fh.stat()).size;
    if (size < 8) throw new WwError("MODEL_TRUNCATED", `${path}: ${size} bytes, too short for a safetensors header length`, { file: path });
    const lenBytes = await readExactly(fh, 0, 8, path);
    const n = new DataView(lenBytes.buffer).getBigUint64(0, true);
    if (n > BigInt(MAX_HEADER_BYTES)) {
      throw new WwError("MODEL_CORRUPT", `${path}: header length ${n} is implausible (limit ${MAX_HEADER_BYTES}); not a valid safetensors file`, { file: path });
    }
    const headerLength = Number(n);
    if (8 + headerLength > size) {
      throw new WwError("MODEL_TRUNCATED", `${path}: header of ${headerLength} bytes declared, but the file has only ${size - 8} after the length`, { file: path });
    }
    const text = new TextDecoder("utf-8", { fatal: true });
    let header;
    try {
      header = JSON.parse(text.decode(await readExactly(fh, 8, headerLength, path)));
    } catch (e) {
      throw new WwError("MODEL_CORRUPT", `${path}: safetensors header is not valid UTF-8 JSON (${e.message})`, { file: path });
    }
    if (header === null || typeof header !== "object" || Array.isArray(header)) {
      throw new WwError("MODEL_CORRUPT", `${path}: safetensors header must be a JSON object`, { file: path });
    }
    const dataStart = 8 + headerLength;
    const dataSize = size - dataStart;
    const entries = [];
    let metadata = null;
    for (const [name, raw] of Object.entries(header)) {
      if (name === "__metadata__") {
        if (raw === null || typeof raw !== "object" || Array.isArray(raw) || Object.values(raw).some((v) => typeof v !== "string")) {
          throw new WwError("MODEL_CORRUPT", `${path}: __metadata__ must map strings to strings`, { file: path });
        }
        metadata = raw;
        continue;
      }
      entries.push(validateEntry(path, name, raw, dataStart, dataSize));
    }
    return { path, size, headerLength, entries, metadata };
  } finally {
    await fh.close();
  }
}
function validateEntry(path, name, raw, dataStart, dataSize) {
  const bad = (what) => new WwError("MODEL_CORRUPT", `${path}: tensor ${name}: ${what}`, { file: path, tensor: name });
  if (raw === null || typeof raw !== "object") throw bad("entry is not an object");
  const { dtype, shape, data_offsets: offsets } = raw;
  if (typeof dtype !== "string") throw bad("dtype missing");
  const elemSize = SAFETENSORS_DTYPE_SIZE[dtype];
  if (elemSize === void 0) {
    throw new WwError("UNSUPPORTED_DTYPE", `${path}: tensor ${name} has dtype ${dtype}, which this tool does not know`, { file: path, tensor: name, dtype });
  }
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) throw bad("shape must be a list of non-negative integers");
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
    throw bad("data_offsets must be [begin, end] with non-negative integers");
  }
  const [b, e] = offsets;
  if (b > e) throw bad(`data_offsets [${b}, ${e}] run backwards`);
  if (e > dataSize) {
    throw new WwError("MODEL_TRUNCATED", `${path}: tensor ${name} needs data bytes up to ${e}, the file holds ${dataSize}`, { file: path, tensor: name });
  }
  const count = shape.reduce((x, y) => x * y, 1);
  if (e - b !== count * elemSize) throw bad(`${e - b} data bytes, expected ${count * elemSize} for ${dtype}[${shape.join(",")}]`);
  return { name, dtype, shape, start: dataStart + b, end: dataStart + e };
}
async function resolveShard(rootReal, indexPath, file) {
  if (typeof file !== "string" || file === "" || isAbsolute(file) || /^[a-zA-Z]:/.test(file) || file.split(/[\\/]/).includes("..")) {
    throw new WwError("PATH_ESCAPE", `${indexPath}: shard "${String(file)}" must be a relative path inside the model's folder`, { file: indexPath, shard: file });
  }
  const candidate = resolve(rootReal, file);
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    throw new WwError("MODEL_NOT_FOUND", `${indexPath}: shard file ${file} not found`, { file: indexPath, shard: file });
  }
  if (!isInside(rootReal, real)) {
    throw new WwError("PATH_ESCAPE", `${indexPath}: shard "${file}" resolves to ${real}, outside ${rootReal}`, { file: indexPath, shard: file });
  }
  return real;
}
async function readSafetensorsIndex(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") throw new WwError("MODEL_NOT_FOUND", `index file not found: ${path}`, { file: path });
    throw new WwError("IO", `cannot read ${path}: ${e.message}`, { file: path });
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WwError("MODEL_CORRUPT", `${path}: not valid JSON (${e.message})`, { file: path });
  }
  const wm = json?.weight_map;
  if (wm === null || typeof wm !== "object" || Array.isArray(wm) || Object.values(wm).some((v) => typeof v !== "string")) {
    throw new WwError("MODEL_FORMAT", `${path}: a safetensors index needs "weight_map": { tensor: shard file }`, { file: path });
  }
  const weightMap = wm;
  const root = await realpath(dirname(path));
  const shards = /* @__PURE__ */ new Map();
  for (const file of new Set(Object.values(weightMap))) {
    shards.set(file, await readSafetensorsHeader(await resolveShard(root, path, file)));
  }
  for (const [name, file] of Object.entries(weightMap)) {
    if (!shards.get(file).entries.some((e) => e.name === name)) {
      throw new WwError("MODEL_CORRUPT", `${path}: weight_map puts ${name} in ${file}, but that shard has no such tensor`, { file: path, tensor: name, shard: file });
    }
  }
  return { path, json, shards };
}
function listLayers(tensors) {
  const layers = [];
  const skipped = [];
  const names = [...tensors.keys()].sort(naturalCompare);
  for (const name of names) {
    const { entry } = tensors.get(name);
    if (entry.shape.length !== 2) continue;
    const dtype = FLOAT_DTYPES[entry.dtype];
    if (dtype === void 0) {
      skipped.push({ name, reason: `UNSUPPORTED_DTYPE: 2-D tensor of dtype ${entry.dtype}; only F32/F16/BF16/F64 weights are analysed` });
      continue;
    }
    const [rows, cols] = entry.shape;
    layers.push({
      index: layers.length,
      name,
      format: "safetensors",
      dtype,
      storedShape: [rows, cols],
      inFeatures: cols,
      outFeatures: rows,
      storedTransposed: true,
      consumers: [],
      via: [],
      block: guessBlock([name]),
      role: guessRole([name]) ?? "other",
      module: modulePathFromTensorName(name)
    });
  }
  return { layers, skipped };
}
async function openSafetensors(path) {
  const abs = resolve(path);
  const tensors = /* @__PURE__ */ new Map();
  let index = null;
  if (abs.endsWith(".json")) {
    index = await readSafetensorsIndex(abs);
    for (const [name, file] of Object.entries(index.json.weight_map)) {
      const f = index.shards.get(file);
      tensors.set(name, { file: f, entry: f.entries.find((e) => e.name === name) });
    }
  } else {
    const f = await readSafetensorsHeader(abs);
    for (const entry of f.entries) tensors.set(entry.name, { file: f, entry });
  }
  const { layers, skipped } = listLayers(tensors);
  const handles = new FileHandles();
  const handle = (p) => handles.get(p);
  const checkFloatMatrix = (layer) => {
    const t = tensors.get(layer.name);
    if (!t) throw new WwError("TENSOR_NOT_FOUND", `${abs}: no tensor named ${layer.name}`, { file: abs, tensor: layer.name });
    const dtype = FLOAT_DTYPES[t.entry.dtype];
    if (dtype === void 0 || t.entry.shape.length !== 2) {
      throw new WwError("UNSUPPORTED_DTYPE", `${t.file.path}: tensor ${layer.name} is ${t.entry.dtype}[${t.entry.shape.join(",")}], not a 2-D float matrix`, { file: t.file.path, tensor: layer.name });
    }
    assertReadFits(t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`);
    return { t, dtype };
  };
  return {
    format: "safetensors",
    path: abs,
    layers,
    skipped,
    tensors,
    index,
    async readMatrix(layer, opts) {
      const { t, dtype } = checkFloatMatrix(layer);
      const bytes = await readExactly(await handle(t.file.path), t.entry.start, t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`);
      const [rows, cols] = t.entry.shape;
      const m = matrix(rows, cols, decodeToFloat64(bytes, dtype));
      return opts?.keepFloat32 && dtype === "float32" ? { ...m, data32: float32View(bytes) } : m;
    },
    async readFloat32Shared(layer) {
      const { t, dtype } = checkFloatMatrix(layer);
      if (dtype !== "float32") return null;
      const bytes = await readExactly(await handle(t.file.path), t.entry.start, t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`, true);
      const [rows, cols] = t.entry.shape;
      return { rows, cols, data32: new Float32Array(bytes.buffer, 0, bytes.byteLength / 4) };
    },
    checkRead(layer) {
      assertLayerFits(layer);
      checkFloatMatrix(layer);
    },
    close: () => handles.closeAll()
  };
}
async function realOrResolved(p) {
  const abs = resolve(p);
  try {
    return await realpath(abs);
  } catch {
    try {
      return join(await realpath(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}
async function copyWithPatches(src, out, patches) {
  await withAtomicOutput(out, async (tmp) => {
    const inH = await open(src, "r");
    try {
      const outH = await open(tmp, "wx", 420);
      try {
        const size = (await inH.stat()).size;
        const sorted = [...patches].sort((a, b) => a.start - b.start);
        const chunk = new Uint8Array(1 << 22);
        let pos = 0;
        const copyUntil = async (end) => {
          while (pos < end) {
            const n = Math.min(chunk.length, end - pos);
            const { bytesRead } = await inH.read(chunk, 0, n, pos);
            if (bytesRead === 0) throw new WwError("MODEL_TRUNCATED", `${src} changed while being copied`, { file: src });
            await outH.write(chunk, 0, bytesRead, pos);
            pos += bytesRead;
          }
        };
        for (const p of sorted) {
          await copyUntil(p.start);
          await outH.write(p.bytes, 0, p.bytes.length, p.start);
          pos = p.start + p.bytes.length;
        }
        await copyUntil(size);
      } finally {
        await outH.close();
      }
    } finally {
      await inH.close();
    }
  });
}
async function writeSmoothedSafetensors(source, out, replacements) {
  const w = await openSafetensors(source);
  try {
    const srcReal = await realOrResolved(w.path);
    const outReal = await realOrResolved(out);
    if (srcReal === outReal) throw new WwError("OUTPUT_IS_INPUT", `output ${out} is the input model ${w.path}; write the smoothed model to a new path`, { file: out });
    const patchesByFile = /* @__PURE__ */ new Map();
    for (const [name, rep] of replacements) {
      const t = w.tensors.get(name);
      if (!t) throw new WwError("TENSOR_NOT_FOUND", `${w.path}: no tensor named ${name} to replace`, { file: w.path, tensor: name });
      if (rep.kind !== "dense") {
        throw new WwError("INPUT_INVALID", `${name}: factorized replacements are written for ONNX only; use a dense replacement for safetensors`, { tensor: name });
      }
      const dtype = FLOAT_DTYPES[t.entry.dtype];
      if (dtype === void 0 || t.entry.shape.length !== 2) throw new WwError("NOT_DENSE", `${name} is ${t.entry.dtype}[${t.entry.shape.join(",")}], not a 2-D float weight`, { tensor: name });
      const [rows, cols] = t.entry.shape;
      if (rep.values.rows !== rows || rep.values.cols !== cols) {
        throw new WwError("INPUT_INVALID", `${name}: replacement is ${rep.values.rows}x${rep.values.cols}, the stored tensor is ${rows}x${cols}`, { tensor: name });
      }
      const bytes = encodeFromFloat64(rep.values.data, dtype);
      let list = patchesByFile.get(t.file.path);
      if (!list) patchesByFile.set(t.file.path, list = []);
      list.push({ start: t.entry.start, bytes });
    }
    const written = [];
    if (w.index === null) {
      await copyWithPatches(w.path, outReal, patchesByFile.get(w.path) ?? []);
      return [outReal];
    }
    const outDir = dirname(outReal);
    if (outDir === dirname(srcReal)) {
      throw new WwError("OUTPUT_IS_INPUT", `output index ${out} is in the input model's folder; its shards would overwrite the input's`, { file: out });
    }
    for (const [name, f] of w.index.shards) {
      const dest = resolve(outDir, name);
      await copyWithPatches(f.path, dest, patchesByFile.get(f.path) ?? []);
      written.push(dest);
    }
    await writeFileAtomic(outReal, await readFile(w.path));
    written.push(outReal);
    return written;
  } finally {
    await w.close();
  }
}

// src/model/open.ts
async function pickInDirectory(dir) {
  const names = (await readdir(dir)).sort();
  for (const preferred of ["model.safetensors.index.json", "model.safetensors", "model.onnx"]) {
    if (names.includes(preferred)) return join2(dir, preferred);
  }
  for (const suffix of [".safetensors.index.json", ".safetensors", ".onnx"]) {
    const found = names.filter((n) => n.endsWith(suffix));
    if (found.length === 1) return join2(dir, found[0]);
    if (found.length > 1) {
      throw new WwError("MODEL_NOT_FOUND", `${dir} holds several ${suffix} files (${found.join(", ")}); name the one to use`, { file: dir });
    }
  }
  throw new WwError("MODEL_NOT_FOUND", `${dir} holds no .onnx, .safetensors or .safetensors.index.json file`, { file: dir });
}
async function looksLikeSafetensors(path, size) {
  if (size < 10) return false;
  const fh = await open2(path, "r");
  try {
    const b = new Uint8Array(9);
    await fh.read(b, 0, 9, 0);
    const n = new DataView(b.buffer).getBigUint64(0, true);
    return n > 1n && n <= BigInt(size - 8) && b[8] === 123;
  } finally {
    await fh.close();
  }
}
async function openModel(path) {
  let p = resolve2(path);
  let st;
  try {
    st = await stat(p);
  } catch {
    throw new WwError("MODEL_NOT_FOUND", `model not found: ${p}`, { file: p });
  }
  if (st.isDirectory()) {
    p = await pickInDirectory(p);
    st = await stat(p);
  }
  const lower = p.toLowerCase();
  if (lower.endsWith(".onnx")) return openOnnx(p);
  if (lower.endsWith(".safetensors") || lower.endsWith(".json")) return openSafetensors(p);
  if (await looksLikeSafetensors(p, st.size)) return openSafetensors(p);
  return openOnnx(p);
}

// src/model/census.ts
function requireDenseLayers(model) {
  if (model.layers.length > 0) return;
  const c = model.census;
  const seen = c ? `${c.denseOps} MatMul/Gemm node(s), ${c.nonConstantWeight} of them with a weight computed at run time (not an initializer), ${c.quantizedUndecoded} quantized op(s) whose weight could not be decoded, ${c.subgraphs} subgraph(s) walked` : "no 2-D float tensor";
  const skipped = model.skipped.slice(0, 3).map((s) => `${s.name.slice(0, 120)}: ${s.reason}`);
  throw new WwError(
    "NO_DENSE_LAYERS",
    `${model.path}: no dense layer to analyse: ${seen}; ${model.skipped.length} tensor(s) skipped${skipped.length ? ` (${skipped.join("; ")})` : ""}`,
    { file: model.path, format: model.format, ...c ?? {}, skipped: model.skipped.length }
  );
}

// src/spectral/numpy.ts
var PAIRWISE_BLOCK = 128;
function pairwise(a, start, n) {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i];
    return res;
  }
  if (n <= PAIRWISE_BLOCK) {
    let r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3];
    let r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7];
    const end8 = n - n % 8;
    let i = 8;
    for (; i < end8; i += 8) {
      const p = start + i;
      r0 += a[p];
      r1 += a[p + 1];
      r2 += a[p + 2];
      r3 += a[p + 3];
      r4 += a[p + 4];
      r5 += a[p + 5];
      r6 += a[p + 6];
      r7 += a[p + 7];
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += a[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}
function npSum(a, start = 0, n = a.length - start) {
  return n <= 0 ? 0 : pairwise(a, start, n);
}
function npArange(start, stop, step) {
  const len = Math.max(0, Math.ceil((stop - start) / step));
  const out = new Float64Array(len);
  if (len === 0) return out;
  out[0] = start;
  if (len === 1) return out;
  const delta = start + step - start;
  for (let i = 1; i < len; i++) out[i] = start + i * delta;
  return out;
}
function npLinspace(start, stop, num) {
  const out = new Float64Array(num);
  if (num === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}
function nanToNum(x) {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}

// src/spectral/detx.ts
function rescaleEigenvalues(evals) {
  const n = evals.length;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  const s2 = Wscale * Wscale;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = s2 * evals[i];
  return { values, Wscale };
}
function detX(evals) {
  const n = evals.length;
  const { values, Wscale } = rescaleEigenvalues(evals);
  let num = n;
  let idx = 0;
  if (n < 2 || !(values[0] < values[n - 1])) {
    num = 0;
    idx = 0;
  } else {
    let logSum = 0;
    for (idx = n - 1; idx >= 1; idx--) {
      logSum += Math.log(values[idx]);
      if (logSum < 0) {
        num = n - idx;
        break;
      }
    }
    if (idx < 1) idx = 1;
  }
  const rescaled = values[idx] ?? 0;
  return { detX_num: num, detX_val: rescaled / (Wscale * Wscale), detX_val_unrescaled: rescaled };
}

// src/spectral/mp.ts
var MP_BANDWIDTH = 0.1;
var KDE_GRID = 1e3;
var DENSITY_THRESH = 0.01;
var PENALTY = 1e3;
function linearKde(sortedData, grid, h) {
  const n = sortedData.length;
  const out = new Float64Array(grid.length);
  let lo = 0;
  for (let g = 0; g < grid.length; g++) {
    const xg = grid[g];
    while (lo < n && sortedData[lo] <= xg - h) lo++;
    let s = 0;
    for (let k = lo; k < n; k++) {
      const d = Math.abs(xg - sortedData[k]);
      if (sortedData[k] >= xg + h) break;
      if (d < h) s += 1 - d / h;
    }
    out[g] = s / (h * n);
  }
  return out;
}
function densityTarget(toFit, bw) {
  const sorted = Float64Array.from(toFit).sort();
  const grid = npLinspace(0, sorted[sorted.length - 1] + 0.5, KDE_GRID);
  const dens = linearKde(sorted, grid, bw);
  const xs = [];
  const ys = [];
  let dropped = 0;
  for (let g = 0; g < grid.length; g++) {
    if (dens[g] > DENSITY_THRESH) {
      xs.push(grid[g]);
      ys.push(dens[g]);
    } else if (dens[g] < DENSITY_THRESH) dropped++;
  }
  let peak = 0;
  for (let k = 1; k < ys.length; k++) if (ys[k] > ys[peak]) peak = k;
  return {
    x: Float64Array.from(xs),
    y: Float64Array.from(ys),
    dropped,
    xPeak: xs[peak] ?? NaN,
    xLast: xs.length > 0 ? Math.max(...xs) : NaN
  };
}
function residual(sigma, Q, t) {
  const m = t.x.length;
  const sq = new Float64Array(m + t.dropped);
  if (Q === 1) {
    const amp = 1 / (Math.PI * sigma * sigma);
    for (let k = 0; k < m; k++) {
      const x = t.x[k];
      const r = nanToNum(amp * Math.sqrt(4 - x * x)) - t.y[k];
      sq[k] = r * r;
    }
  } else {
    const y = 1 / Q;
    const rq = Math.sqrt(1 / Q);
    const bb = sigma * (1 + rq);
    const aa = sigma * (1 - rq);
    const b = bb * bb;
    const a = aa * aa;
    if (b < t.xPeak || b > t.xLast || a > t.xPeak) {
      for (let k = 0; k < m; k++) sq[k] = PENALTY * PENALTY;
    } else {
      const c = 2 * Math.PI * sigma * sigma;
      for (let k = 0; k < m; k++) {
        const x = t.x[k];
        const r = nanToNum(1 / (c * x * y) * Math.sqrt((b - x) * (x - a))) - t.y[k];
        sq[k] = r * r;
      }
    }
  }
  return npSum(sq);
}
var MaxEvaluations = class extends Error {
};
function neldermead1d(f, x0, xatol = 1e-4, fatol = 1e-4, maxIter = 200, maxFev = 200) {
  let calls = 0;
  const fn = (x) => {
    if (calls >= maxFev) throw new MaxEvaluations();
    calls++;
    return f(x);
  };
  let s0 = x0;
  let s1 = x0 !== 0 ? 1.05 * x0 : 25e-5;
  let f0 = Infinity;
  let f1 = Infinity;
  try {
    f0 = fn(s0);
    f1 = fn(s1);
  } catch (e) {
    if (!(e instanceof MaxEvaluations)) throw e;
  }
  const order = () => {
    if (f1 < f0 || Number.isNaN(f0) && !Number.isNaN(f1)) {
      [s0, s1] = [s1, s0];
      [f0, f1] = [f1, f0];
    }
  };
  order();
  let iterations = 1;
  while (calls < maxFev && iterations < maxIter) {
    try {
      if (Math.abs(s1 - s0) <= xatol && Math.abs(f0 - f1) <= fatol) break;
      const xbar = s0;
      const xr = 2 * xbar - s1;
      const fxr = fn(xr);
      if (fxr < f0) {
        const xe = 3 * xbar - 2 * s1;
        const fxe = fn(xe);
        if (fxe < fxr) {
          s1 = xe;
          f1 = fxe;
        } else {
          s1 = xr;
          f1 = fxr;
        }
      } else {
        let shrink = false;
        if (fxr < f1) {
          const xc = 1.5 * xbar - 0.5 * s1;
          const fxc = fn(xc);
          if (fxc <= fxr) {
            s1 = xc;
            f1 = fxc;
          } else shrink = true;
        } else {
          const xcc = 0.5 * xbar + 0.5 * s1;
          const fxcc = fn(xcc);
          if (fxcc < f1) {
            s1 = xcc;
            f1 = fxcc;
          } else shrink = true;
        }
        if (shrink) {
          s1 = s0 + 0.5 * (s1 - s0);
          f1 = fn(s1);
        }
      }
      iterations++;
    } catch (e) {
      if (!(e instanceof MaxEvaluations)) throw e;
    }
    order();
  }
  return s0;
}
function fitMpSigma(rescaled, Q, bw = MP_BANDWIDTH) {
  let lmax = -Infinity;
  for (let i = 0; i < rescaled.length; i++) if (rescaled[i] > lmax) lmax = rescaled[i];
  const invSqQ = 1 / Math.sqrt(Q);
  const s0 = Math.sqrt(lmax / ((1 + invSqQ) * (1 + invSqQ)));
  const grid = npArange(0.05 * s0, 2 * s0, 0.01 * s0);
  const toFit = Q === 1 ? rescaled.map(Math.sqrt) : rescaled;
  const target = densityTarget(toFit, bw);
  const f = (s) => residual(s, Q, target);
  let best = 0;
  let bestF = Infinity;
  for (let g = 0; g < grid.length; g++) {
    const v = f(grid[g]);
    if (v < bestF || Number.isNaN(v) && !Number.isNaN(bestF) || g === 0) {
      best = g;
      bestF = v;
    }
    if (Number.isNaN(bestF)) break;
  }
  return neldermead1d(f, grid[best]);
}
function failedMp() {
  return { num_spikes: -1, sigma_mp: -1, mp_softrank: -1, bulk_max: -1, bulk_min: -1, W_scale: -1 };
}
function mpFit(evals, N, M) {
  const n = evals.length;
  if (n === 0) return failedMp();
  const Q = N / M;
  const Wscale = Math.sqrt(n) / Math.sqrt(npSum(evals));
  if (!Number.isFinite(Wscale) || Wscale <= 0) return failedMp();
  const s2 = Wscale * Wscale;
  const rescaled = new Float64Array(n);
  let lmax = -Infinity;
  for (let i = 0; i < n; i++) {
    rescaled[i] = s2 * evals[i];
    if (rescaled[i] > lmax) lmax = rescaled[i];
  }
  const sigma = fitMpSigma(rescaled, Q);
  const up = sigma * (1 + 1 / Math.sqrt(Q));
  const down = sigma * (1 - 1 / Math.sqrt(Q));
  const bulkMax = up * up;
  const bulkMin = down * down;
  const TW = 1 / Math.sqrt(Q) * Math.pow(bulkMax, 2 / 3) * Math.pow(M, -2 / 3);
  const edge = bulkMax + Math.sqrt(TW);
  let spikes = 0;
  for (let i = 0; i < n; i++) if (rescaled[i] > edge) spikes++;
  const out = {
    num_spikes: spikes,
    sigma_mp: sigma,
    mp_softrank: bulkMax / lmax,
    bulk_max: bulkMax / s2,
    bulk_min: bulkMin / s2,
    W_scale: Wscale
  };
  return Object.values(out).every(Number.isFinite) ? out : failedMp();
}

// src/spectral/powerlaw.ts
var EVALS_THRESH = 1e-5;
var OVER_TRAINED_THRESH = 2;
var UNDER_TRAINED_THRESH = 6;
function trainingWarning(alpha, status) {
  if (status !== "success") return "";
  if (alpha < OVER_TRAINED_THRESH) return "over-trained";
  if (alpha > UNDER_TRAINED_THRESH) return "under-trained";
  return "";
}
function failedFit() {
  return { alpha: -1, xmin: -1, xmax: -1, D: -1, sigma: -1, num_pl_spikes: -1, status: "failed", warning: "" };
}
function ksDistance(x, i, alpha, bound) {
  const n = x.length;
  const m = n - i;
  const xmin = x[i];
  const expo = -alpha + 1;
  if (bound !== Infinity && m > 64) {
    const stride = Math.floor(m / 32);
    for (let t = stride; t < m; t += stride) {
      const dev = Math.abs(1 - Math.pow(x[i + t] / xmin, expo) - t / m);
      if (dev > bound) return dev;
    }
  }
  let best = 0;
  for (let t = 0; t < m; t++) {
    const dev = Math.abs(1 - Math.pow(x[i + t] / xmin, expo) - t / m);
    if (dev > best) {
      best = dev;
      if (best > bound) return best;
    }
  }
  return best;
}
function powerLawFit(evals, opts = {}) {
  const thresh = opts.thresh ?? EVALS_THRESH;
  let count = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k] > thresh) count++;
  if (count < 2) return failedFit();
  const x = new Float64Array(count);
  for (let k = 0, j = 0; k < evals.length; k++) if (evals[k] > thresh) x[j++] = evals[k];
  x.sort();
  const n = x.length;
  const logs = new Float64Array(n);
  for (let k = 0; k < n; k++) logs[k] = Math.log(x[k]);
  const candidates = n - 1;
  const alphas = new Float64Array(candidates);
  for (let i = 0; i < candidates; i++) {
    const m = n - i;
    alphas[i] = 1 + m / (npSum(logs, i, m) - m * logs[i]);
  }
  let bestI = -1;
  let bestD = Infinity;
  const consider = (i, exact) => {
    const a = alphas[i];
    let d;
    if (a > 1) {
      d = ksDistance(x, i, a, exact ? Infinity : bestD);
      if (d > bestD) return;
    } else d = 1;
    if (d < bestD || d === bestD && i < bestI || bestI < 0) {
      bestD = d;
      bestI = i;
    }
  };
  const coarse = Math.max(1, Math.floor(candidates / 64));
  for (let i = 0; i < candidates; i += coarse) consider(i, true);
  for (let i = 0; i < candidates; i++) if (i % coarse !== 0) consider(i, false);
  const alpha = alphas[bestI];
  if (!Number.isFinite(alpha)) return failedFit();
  const xmin = x[bestI];
  let numPl = 0;
  for (let k = 0; k < evals.length; k++) if (evals[k] >= xmin) numPl++;
  return {
    alpha,
    xmin,
    xmax: x[n - 1],
    D: bestD,
    sigma: (alpha - 1) / Math.sqrt(n - bestI),
    num_pl_spikes: numPl,
    status: "success",
    warning: trainingWarning(alpha, "success")
  };
}

export {
  requireDenseLayers,
  npSum,
  detX,
  mpFit,
  powerLawFit,
  realOrResolved,
  writeSmoothedSafetensors,
  openModel
};
