/**
 * The smoothed tensors of a shard job: written one layer at a time into a raw blob (each array in
 * its layer's stored dtype, little-endian, 64-byte aligned, sha256 per array), and read back by the
 * merge job as WeightReplacements for the model writers.
 *
 * Storing in the stored dtype loses nothing: the writer would round W' to that dtype anyway, and
 * encode(decode(encode(x))) == encode(x) for float32/float16/bfloat16, so the merged model has the
 * same bytes as a single job's. On the way back, each matrix is decoded only when the writer asks
 * for its data, so the merge holds one layer in float64 at a time, not the whole model.
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { WwError } from '../errors.js';
import { withAtomicOutput } from '../io/atomic.js';
import type { Matrix } from '../linalg/matrix.js';
import { decodeToFloat64, DTYPE_BYTES, encodeFromFloat64 } from '../model/dtype.js';
import type { WeightDType, WeightReplacement } from '../model/types.js';
import type { LoadedPartial, PartialTensor, PartialTensorPart } from './partial.js';

const ALIGN = 64;

/** Appends replacements to the blob's temp file (see writeTensorBlob). */
export class TensorBlobWriter {
  private fh: FileHandle | null = null;
  private pos = 0;

  constructor(private readonly tmp: string) {}

  async append(layer: string, dtype: WeightDType, rep: WeightReplacement): Promise<PartialTensor> {
    if (this.fh === null) this.fh = await open(this.tmp, 'wx', 0o644);
    const arrays: Array<[PartialTensorPart['part'], Matrix]> = rep.kind === 'dense' ? [['values', rep.values]] : [['a', rep.a], ['b', rep.b]];
    const parts: PartialTensorPart[] = [];
    for (const [part, m] of arrays) {
      const bytes = encodeFromFloat64(m.data, dtype);
      const pad = (ALIGN - (this.pos % ALIGN)) % ALIGN;
      this.pos += pad;
      await this.fh.write(bytes, 0, bytes.length, this.pos);
      parts.push({ part, dtype, rows: m.rows, cols: m.cols, offset: this.pos, length: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
      this.pos += bytes.length;
    }
    return { layer, kind: rep.kind, parts };
  }

  /** Creates the file if nothing was appended (an empty blob), and closes it. */
  async close(): Promise<void> {
    if (this.fh === null) this.fh = await open(this.tmp, 'wx', 0o644);
    await this.fh.close();
    this.fh = null;
  }
}

/**
 * Writes the tensor blob `file` atomically (src/io/atomic.ts: temp file in the same folder, fsync,
 * rename; the temp is removed when `fill` throws or the process is signalled). `fill` appends the
 * replacements through the writer it is given; its value is returned.
 */
export async function writeTensorBlob<T>(file: string, fill: (writer: TensorBlobWriter) => Promise<T>): Promise<T> {
  return withAtomicOutput(file, async (tmp) => {
    const writer = new TensorBlobWriter(tmp);
    try {
      return await fill(writer);
    } finally {
      await writer.close();
    }
  });
}

async function sha256Range(file: string, offset: number, length: number): Promise<string> {
  const h = createHash('sha256');
  if (length > 0) for await (const chunk of createReadStream(file, { start: offset, end: offset + length - 1 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** A matrix whose data is read and decoded from the blob each time it is asked for. */
function lazyMatrix(file: string, p: PartialTensorPart): Matrix {
  return {
    rows: p.rows,
    cols: p.cols,
    get data(): Float64Array {
      const buf = Buffer.alloc(p.length);
      const fd = openSync(file, 'r');
      try {
        let got = 0;
        while (got < p.length) {
          const n = readSync(fd, buf, got, p.length - got, p.offset + got);
          if (n === 0) throw new WwError('SHARD', `merge: ${file} ended before the bytes of a tensor (${p.offset}+${p.length})`, { file });
          got += n;
        }
      } finally {
        closeSync(fd);
      }
      return decodeToFloat64(buf, p.dtype);
    },
  };
}

/**
 * The replacements of all partials, checked first: each array's size matches its dtype and shape,
 * lies inside its file, and its bytes hash to the sha256 the manifest gives (a corrupted or
 * truncated artifact is refused before the model is written).
 */
export async function readReplacements(partials: readonly LoadedPartial[]): Promise<Map<string, WeightReplacement>> {
  const out = new Map<string, WeightReplacement>();
  for (const { file, report, tensorPath } of partials) {
    if (!report.smooth || !tensorPath) continue;
    let size: number;
    try {
      const fh = await open(tensorPath, 'r');
      size = (await fh.stat()).size;
      await fh.close();
    } catch {
      throw new WwError('SHARD', `merge: tensor file ${tensorPath} of ${path.basename(file)} is missing; upload it with the manifest (the whole output folder)`, { file: tensorPath });
    }
    for (const t of report.smooth.tensors) {
      for (const p of t.parts) {
        const bad = (why: string): never => {
          throw new WwError('SHARD', `merge: ${path.basename(tensorPath)}: tensor ${t.layer} (${p.part}) ${why}`, { file: tensorPath, layer: t.layer });
        };
        if (!(p.dtype in DTYPE_BYTES) || p.length !== p.rows * p.cols * DTYPE_BYTES[p.dtype]) bad(`declares ${p.length} bytes for ${p.rows}x${p.cols} ${p.dtype}`);
        if (p.offset < 0 || p.offset + p.length > size) bad(`lies outside the file (${p.offset}+${p.length} > ${size} bytes): truncated artifact?`);
        if ((await sha256Range(tensorPath, p.offset, p.length)) !== p.sha256) bad('does not match its sha256: corrupted artifact');
      }
      const part = (name: PartialTensorPart['part']): Matrix => {
        const p = t.parts.find((x) => x.part === name);
        if (!p) throw new WwError('SHARD', `merge: ${path.basename(file)}: tensor ${t.layer} has no ${name} array`, { file, layer: t.layer });
        return lazyMatrix(tensorPath, p);
      };
      out.set(t.layer, t.kind === 'dense' ? { kind: 'dense', values: part('values') } : { kind: 'factorized', a: part('a'), b: part('b') });
    }
  }
  return out;
}
