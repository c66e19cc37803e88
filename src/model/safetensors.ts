/**
 * safetensors reader and writer, single file and sharded (`model.safetensors.index.json`).
 *
 * Format: u64 little-endian header length N, N bytes of JSON header
 * `{ "__metadata__": {..}, name: { dtype, shape, data_offsets: [begin, end] } }`, then the data;
 * offsets are relative to byte 8 + N. The header is validated in full when a file is opened
 * (length sane against the file size, offsets inside the data, dtype known, byte count equal to
 * the shape's element count times the dtype size), so later reads cannot run off the file.
 *
 * Layers: every 2-D float tensor (F32/F16/BF16/F64). PyTorch Linear stores [out, in], so
 * storedTransposed = true and inFeatures = cols. Layers are listed in natural name order
 * (layers.2 before layers.10). Reads are lazy: one tensor by its offsets on request.
 *
 * Writer: the same tensors, in the same header order, with `__metadata__` kept; replaced tensors
 * are re-encoded in their own dtype (RNE). Dense replacements keep every byte length, so the
 * header is copied verbatim and only the replaced byte ranges differ. Written atomically.
 */
import { modulePathFromTensorName } from './names.js';
import { open, readFile, realpath, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { isInside } from '../io/paths.js';
import { FileHandles } from '../io/fileHandles.js';
import { withAtomicOutput, writeFileAtomic } from '../io/atomic.js';
import { matrix, type Float32Matrix, type Matrix } from '../linalg/matrix.js';
import { decodeToFloat64, encodeFromFloat64, float32View } from './dtype.js';
import { guessBlock, guessRole } from './layers.js';
import { readExactly } from './onnx.js';
import { assertLayerFits, assertReadFits } from './limits.js';
import type { DenseLayer, ModelWeights, SkippedTensor, WeightDType, WeightReplacement } from './types.js';

/** Element sizes of the safetensors dtypes (sub-byte float4 types are not listed: unsupported). */
const SAFETENSORS_DTYPE_SIZE: Readonly<Record<string, number>> = {
  BOOL: 1, U8: 1, I8: 1, F8_E4M3: 1, F8_E5M2: 1, F8_E8M0: 1,
  I16: 2, U16: 2, F16: 2, BF16: 2,
  I32: 4, U32: 4, F32: 4,
  I64: 8, U64: 8, F64: 8,
};
const FLOAT_DTYPES: Readonly<Record<string, WeightDType>> = { F32: 'float32', F16: 'float16', BF16: 'bfloat16', F64: 'float64' };
const WEIGHT_TO_SAFETENSORS: Readonly<Record<WeightDType, string>> = { float32: 'F32', float16: 'F16', bfloat16: 'BF16', float64: 'F64' };

/** Header JSON can not sensibly exceed this (the reference implementation caps it at 100 MB). */
const MAX_HEADER_BYTES = 100_000_000;

export interface SafetensorsEntry {
  readonly name: string;
  readonly dtype: string;
  readonly shape: readonly number[];
  /** Absolute byte range in the file. */
  readonly start: number;
  readonly end: number;
}

export interface SafetensorsFile {
  readonly path: string;
  readonly size: number;
  readonly headerLength: number;
  /** Entries in header key order (without __metadata__). */
  readonly entries: readonly SafetensorsEntry[];
  readonly metadata: Readonly<Record<string, string>> | null;
}

// One collator: localeCompare with options builds one per call (a 950,000-tensor header took 36 s to
// sort). Made on first use: building it costs ~7 ms, which every CLI start paid at import.
let collator: Intl.Collator | undefined;
const naturalCompare = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);

/** Reads and validates one safetensors file's header. */
export async function readSafetensorsHeader(path: string): Promise<SafetensorsFile> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new WwError('MODEL_NOT_FOUND', `safetensors file not found: ${path}`, { file: path });
    throw new WwError('IO', `cannot open ${path}: ${(e as Error).message}`, { file: path });
  }
  try {
    const size = (await fh.stat()).size;
    if (size < 8) throw new WwError('MODEL_TRUNCATED', `${path}: ${size} bytes, too short for a safetensors header length`, { file: path });
    const lenBytes = await readExactly(fh, 0, 8, path);
    const n = new DataView(lenBytes.buffer).getBigUint64(0, true);
    if (n > BigInt(MAX_HEADER_BYTES)) {
      throw new WwError('MODEL_CORRUPT', `${path}: header length ${n} is implausible (limit ${MAX_HEADER_BYTES}); not a valid safetensors file`, { file: path });
    }
    const headerLength = Number(n);
    if (8 + headerLength > size) {
      throw new WwError('MODEL_TRUNCATED', `${path}: header of ${headerLength} bytes declared, but the file has only ${size - 8} after the length`, { file: path });
    }
    const text = new TextDecoder('utf-8', { fatal: true });
    let header: unknown;
    try {
      header = JSON.parse(text.decode(await readExactly(fh, 8, headerLength, path)));
    } catch (e) {
      throw new WwError('MODEL_CORRUPT', `${path}: safetensors header is not valid UTF-8 JSON (${(e as Error).message})`, { file: path });
    }
    if (header === null || typeof header !== 'object' || Array.isArray(header)) {
      throw new WwError('MODEL_CORRUPT', `${path}: safetensors header must be a JSON object`, { file: path });
    }
    const dataStart = 8 + headerLength;
    const dataSize = size - dataStart;
    const entries: SafetensorsEntry[] = [];
    let metadata: Record<string, string> | null = null;
    for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
      if (name === '__metadata__') {
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.values(raw).some((v) => typeof v !== 'string')) {
          throw new WwError('MODEL_CORRUPT', `${path}: __metadata__ must map strings to strings`, { file: path });
        }
        metadata = raw as Record<string, string>;
        continue;
      }
      entries.push(validateEntry(path, name, raw, dataStart, dataSize));
    }
    return { path, size, headerLength, entries, metadata };
  } finally {
    await fh.close();
  }
}

function validateEntry(path: string, name: string, raw: unknown, dataStart: number, dataSize: number): SafetensorsEntry {
  const bad = (what: string) => new WwError('MODEL_CORRUPT', `${path}: tensor ${name}: ${what}`, { file: path, tensor: name });
  if (raw === null || typeof raw !== 'object') throw bad('entry is not an object');
  const { dtype, shape, data_offsets: offsets } = raw as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
  if (typeof dtype !== 'string') throw bad('dtype missing');
  const elemSize = SAFETENSORS_DTYPE_SIZE[dtype];
  if (elemSize === undefined) {
    throw new WwError('UNSUPPORTED_DTYPE', `${path}: tensor ${name} has dtype ${dtype}, which this tool does not know`, { file: path, tensor: name, dtype });
  }
  if (!Array.isArray(shape) || !shape.every((d) => Number.isSafeInteger(d) && d >= 0)) throw bad('shape must be a list of non-negative integers');
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0)) {
    throw bad('data_offsets must be [begin, end] with non-negative integers');
  }
  const [b, e] = offsets as [number, number];
  if (b > e) throw bad(`data_offsets [${b}, ${e}] run backwards`);
  if (e > dataSize) {
    throw new WwError('MODEL_TRUNCATED', `${path}: tensor ${name} needs data bytes up to ${e}, the file holds ${dataSize}`, { file: path, tensor: name });
  }
  const count = (shape as number[]).reduce((x, y) => x * y, 1);
  if ((e - b) !== count * elemSize) throw bad(`${e - b} data bytes, expected ${count * elemSize} for ${dtype}[${shape.join(',')}]`);
  return { name, dtype, shape: shape as number[], start: dataStart + b, end: dataStart + e };
}

/** Resolves a shard file name from an index inside the index's folder (no escaping). */
async function resolveShard(rootReal: string, indexPath: string, file: string): Promise<string> {
  if (typeof file !== 'string' || file === '' || isAbsolute(file) || /^[a-zA-Z]:/.test(file) || file.split(/[\\/]/).includes('..')) {
    throw new WwError('PATH_ESCAPE', `${indexPath}: shard "${String(file)}" must be a relative path inside the model's folder`, { file: indexPath, shard: file });
  }
  const candidate = resolve(rootReal, file);
  let real: string;
  try {
    real = await realpath(candidate);
  } catch {
    throw new WwError('MODEL_NOT_FOUND', `${indexPath}: shard file ${file} not found`, { file: indexPath, shard: file });
  }
  if (!isInside(rootReal, real)) {
    throw new WwError('PATH_ESCAPE', `${indexPath}: shard "${file}" resolves to ${real}, outside ${rootReal}`, { file: indexPath, shard: file });
  }
  return real;
}

export interface SafetensorsIndex {
  readonly path: string;
  /** The raw index JSON (metadata kept for the writer). */
  readonly json: { metadata?: unknown; weight_map: Record<string, string> };
  /** Shard file name (as in the index) -> parsed header. */
  readonly shards: ReadonlyMap<string, SafetensorsFile>;
}

export async function readSafetensorsIndex(path: string): Promise<SafetensorsIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new WwError('MODEL_NOT_FOUND', `index file not found: ${path}`, { file: path });
    throw new WwError('IO', `cannot read ${path}: ${(e as Error).message}`, { file: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new WwError('MODEL_CORRUPT', `${path}: not valid JSON (${(e as Error).message})`, { file: path });
  }
  const wm = (json as { weight_map?: unknown } | null)?.weight_map;
  if (wm === null || typeof wm !== 'object' || Array.isArray(wm) || Object.values(wm as object).some((v) => typeof v !== 'string')) {
    throw new WwError('MODEL_FORMAT', `${path}: a safetensors index needs "weight_map": { tensor: shard file }`, { file: path });
  }
  const weightMap = wm as Record<string, string>;
  const root = await realpath(dirname(path));
  const shards = new Map<string, SafetensorsFile>();
  for (const file of new Set(Object.values(weightMap))) {
    shards.set(file, await readSafetensorsHeader(await resolveShard(root, path, file)));
  }
  for (const [name, file] of Object.entries(weightMap)) {
    if (!shards.get(file)!.entries.some((e) => e.name === name)) {
      throw new WwError('MODEL_CORRUPT', `${path}: weight_map puts ${name} in ${file}, but that shard has no such tensor`, { file: path, tensor: name, shard: file });
    }
  }
  return { path, json: json as SafetensorsIndex['json'], shards };
}

export interface SafetensorsWeights extends ModelWeights {
  readonly format: 'safetensors';
  /** Entry (with its file) of every tensor, by name. */
  readonly tensors: ReadonlyMap<string, { file: SafetensorsFile; entry: SafetensorsEntry }>;
  readonly index: SafetensorsIndex | null;
}

function listLayers(tensors: ReadonlyMap<string, { entry: SafetensorsEntry }>): { layers: DenseLayer[]; skipped: SkippedTensor[] } {
  const layers: DenseLayer[] = [];
  const skipped: SkippedTensor[] = [];
  const names = [...tensors.keys()].sort(naturalCompare);
  for (const name of names) {
    const { entry } = tensors.get(name)!;
    if (entry.shape.length !== 2) continue;
    const dtype = FLOAT_DTYPES[entry.dtype];
    if (dtype === undefined) {
      skipped.push({ name, reason: `UNSUPPORTED_DTYPE: 2-D tensor of dtype ${entry.dtype}; only F32/F16/BF16/F64 weights are analysed` });
      continue;
    }
    const [rows, cols] = entry.shape as [number, number];
    layers.push({
      index: layers.length,
      name,
      format: 'safetensors',
      dtype,
      storedShape: [rows, cols],
      inFeatures: cols,
      outFeatures: rows,
      storedTransposed: true,
      consumers: [],
      via: [],
      block: guessBlock([name]),
      role: guessRole([name]) ?? 'other',
      module: modulePathFromTensorName(name),
    });
  }
  return { layers, skipped };
}

/** Opens a .safetensors file or a sharded model's index .json. */
export async function openSafetensors(path: string): Promise<SafetensorsWeights> {
  const abs = resolve(path);
  const tensors = new Map<string, { file: SafetensorsFile; entry: SafetensorsEntry }>();
  let index: SafetensorsIndex | null = null;
  if (abs.endsWith('.json')) {
    index = await readSafetensorsIndex(abs);
    for (const [name, file] of Object.entries(index.json.weight_map)) {
      const f = index.shards.get(file)!;
      tensors.set(name, { file: f, entry: f.entries.find((e) => e.name === name)! });
    }
  } else {
    const f = await readSafetensorsHeader(abs);
    for (const entry of f.entries) tensors.set(entry.name, { file: f, entry });
  }
  const { layers, skipped } = listLayers(tensors);
  const handles = new FileHandles();
  const handle = (p: string) => handles.get(p);
  /** The layer's tensor, checked to be a 2-D float matrix that can be read whole (offsets were checked on open). */
  const checkFloatMatrix = (layer: DenseLayer): { t: { file: SafetensorsFile; entry: SafetensorsEntry }; dtype: WeightDType } => {
    const t = tensors.get(layer.name);
    if (!t) throw new WwError('TENSOR_NOT_FOUND', `${abs}: no tensor named ${layer.name}`, { file: abs, tensor: layer.name });
    const dtype = FLOAT_DTYPES[t.entry.dtype];
    if (dtype === undefined || t.entry.shape.length !== 2) {
      throw new WwError('UNSUPPORTED_DTYPE', `${t.file.path}: tensor ${layer.name} is ${t.entry.dtype}[${t.entry.shape.join(',')}], not a 2-D float matrix`, { file: t.file.path, tensor: layer.name });
    }
    assertReadFits(t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`);
    return { t, dtype };
  };
  return {
    format: 'safetensors',
    path: abs,
    layers,
    skipped,
    tensors,
    index,
    async readMatrix(layer: DenseLayer, opts?: { readonly keepFloat32?: boolean }): Promise<Matrix> {
      const { t, dtype } = checkFloatMatrix(layer);
      const bytes = await readExactly(await handle(t.file.path), t.entry.start, t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`);
      const [rows, cols] = t.entry.shape as [number, number];
      const m = matrix(rows, cols, decodeToFloat64(bytes, dtype));
      return opts?.keepFloat32 && dtype === 'float32' ? { ...m, data32: float32View(bytes) } : m;
    },
    async readFloat32Shared(layer: DenseLayer): Promise<Float32Matrix | null> {
      const { t, dtype } = checkFloatMatrix(layer);
      if (dtype !== 'float32') return null;
      const bytes = await readExactly(await handle(t.file.path), t.entry.start, t.entry.end - t.entry.start, `${t.file.path} tensor ${layer.name}`, true);
      const [rows, cols] = t.entry.shape as [number, number];
      return { rows, cols, data32: new Float32Array(bytes.buffer, 0, bytes.byteLength / 4) };
    },
    checkRead(layer: DenseLayer): void {
      assertLayerFits(layer);
      checkFloatMatrix(layer);
    },
    close: () => handles.closeAll(),
  };
}

/** Canonical real path, or the resolved path of a file that does not exist yet (via its folder). */
export async function realOrResolved(p: string): Promise<string> {
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

/** Copies `file`, substituting byte ranges, to `out` atomically (src/io/atomic.ts). */
async function copyWithPatches(src: string, out: string, patches: { start: number; bytes: Uint8Array }[]): Promise<void> {
  await withAtomicOutput(out, async (tmp) => {
    const inH = await open(src, 'r');
    try {
      const outH = await open(tmp, 'wx', 0o644);
      try {
        const size = (await inH.stat()).size;
        const sorted = [...patches].sort((a, b) => a.start - b.start);
        const chunk = new Uint8Array(1 << 22);
        let pos = 0;
        const copyUntil = async (end: number) => {
          while (pos < end) {
            const n = Math.min(chunk.length, end - pos);
            const { bytesRead } = await inH.read(chunk, 0, n, pos);
            if (bytesRead === 0) throw new WwError('MODEL_TRUNCATED', `${src} changed while being copied`, { file: src });
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

/**
 * Writes a copy of a safetensors model with some tensors replaced (dense replacements only: same
 * shape, re-encoded in the tensor's dtype). For a sharded model, `out` is the new index path and
 * the shards are written beside it under their original names. Refuses to overwrite the input.
 * Returns the paths written.
 */
export async function writeSmoothedSafetensors(source: string, out: string, replacements: ReadonlyMap<string, WeightReplacement>): Promise<string[]> {
  const w = await openSafetensors(source);
  try {
    const srcReal = await realOrResolved(w.path);
    const outReal = await realOrResolved(out);
    if (srcReal === outReal) throw new WwError('OUTPUT_IS_INPUT', `output ${out} is the input model ${w.path}; write the smoothed model to a new path`, { file: out });
    const patchesByFile = new Map<string, { start: number; bytes: Uint8Array }[]>();
    for (const [name, rep] of replacements) {
      const t = w.tensors.get(name);
      if (!t) throw new WwError('TENSOR_NOT_FOUND', `${w.path}: no tensor named ${name} to replace`, { file: w.path, tensor: name });
      if (rep.kind !== 'dense') {
        throw new WwError('INPUT_INVALID', `${name}: factorized replacements are written for ONNX only; use a dense replacement for safetensors`, { tensor: name });
      }
      const dtype = FLOAT_DTYPES[t.entry.dtype];
      if (dtype === undefined || t.entry.shape.length !== 2) throw new WwError('NOT_DENSE', `${name} is ${t.entry.dtype}[${t.entry.shape.join(',')}], not a 2-D float weight`, { tensor: name });
      const [rows, cols] = t.entry.shape as [number, number];
      if (rep.values.rows !== rows || rep.values.cols !== cols) {
        throw new WwError('INPUT_INVALID', `${name}: replacement is ${rep.values.rows}x${rep.values.cols}, the stored tensor is ${rows}x${cols}`, { tensor: name });
      }
      const bytes = encodeFromFloat64(rep.values.data, dtype);
      let list = patchesByFile.get(t.file.path);
      if (!list) patchesByFile.set(t.file.path, (list = []));
      list.push({ start: t.entry.start, bytes });
    }
    const written: string[] = [];
    if (w.index === null) {
      await copyWithPatches(w.path, outReal, patchesByFile.get(w.path) ?? []);
      return [outReal];
    }
    const outDir = dirname(outReal);
    if (outDir === dirname(srcReal)) {
      throw new WwError('OUTPUT_IS_INPUT', `output index ${out} is in the input model's folder; its shards would overwrite the input's`, { file: out });
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

/** Encodes a safetensors file in memory (tests and fixtures). Tensors keep the given order. */
export function encodeSafetensors(
  tensors: { name: string; dtype: string; shape: number[]; data: Uint8Array }[],
  metadata?: Record<string, string>,
): Uint8Array {
  const header: Record<string, unknown> = {};
  if (metadata) header['__metadata__'] = metadata;
  let off = 0;
  for (const t of tensors) {
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [off, off + t.data.length] };
    off += t.data.length;
  }
  let json = JSON.stringify(header);
  while ((8 + Buffer.byteLength(json)) % 8 !== 0) json += ' '; // the reference writer pads to 8-byte alignment
  const h = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + h.length + off);
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  let p = 8 + h.length;
  for (const t of tensors) {
    out.set(t.data, p);
    p += t.data.length;
  }
  return out;
}

export { WEIGHT_TO_SAFETENSORS };
