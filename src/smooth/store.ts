/**
 * Where smoothed weights wait until the writer streams the new model. Smoothing runs one layer at
 * a time, but the writers take every replacement at once; holding all W' in float64 would need
 * 8 bytes per smoothed parameter (56 GB for every layer of a 7B model). The spill store writes
 * each W' to a temporary file in the layer's own storage dtype (the writer stores it in that dtype
 * anyway, and decode -> encode of an already-rounded value is exact) and hands the writer lazy
 * matrices whose `data` is read back on access, one tensor at a time.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { DTYPE_BYTES, decodeToFloat64, encodeFromFloat64 } from '../model/dtype.js';
import type { Matrix } from '../linalg/matrix.js';
import type { WeightDType, WeightReplacement } from '../model/types.js';

export interface ReplacementStore {
  /** Keeps `rep` for the weight `name`, stored in `dtype` (the layer's). */
  put(name: string, rep: WeightReplacement, dtype: WeightDType): void;
  readonly replacements: ReadonlyMap<string, WeightReplacement>;
  /** Bytes held in memory by kept replacements (lazy ones count 0). */
  readonly memoryBytes: number;
  /** Frees the temporary file, if any. */
  dispose(): void;
}

/** Keeps every replacement in memory (tests, small models, dry runs). */
export function memoryStore(): ReplacementStore {
  const map = new Map<string, WeightReplacement>();
  let bytes = 0;
  return {
    put(name, rep) {
      map.set(name, rep);
      bytes += rep.kind === 'dense' ? rep.values.data.byteLength : rep.a.data.byteLength + rep.b.data.byteLength;
    },
    replacements: map,
    get memoryBytes() {
      return bytes;
    },
    dispose() {
      map.clear();
    },
  };
}

/** Spills dense replacements to `path` (created, and removed by dispose); factors stay in memory. */
export function spillStore(path: string): ReplacementStore {
  const map = new Map<string, WeightReplacement>();
  let fd: number | null = null;
  let end = 0;
  let bytes = 0;
  const lazy = (rows: number, cols: number, offset: number, length: number, dtype: WeightDType): Matrix => ({
    rows,
    cols,
    get data(): Float64Array {
      const buf = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd!, buf, got, length - got, offset + got);
        if (n === 0) throw new Error(`spill file ${path} ended early`);
        got += n;
      }
      return decodeToFloat64(buf, dtype);
    },
  });
  return {
    put(name, rep, dtype) {
      if (rep.kind !== 'dense') {
        map.set(name, rep);
        bytes += rep.a.data.byteLength + rep.b.data.byteLength;
        return;
      }
      if (fd === null) fd = openSync(path, 'w+', 0o600);
      const encoded = encodeFromFloat64(rep.values.data, dtype);
      let written = 0;
      while (written < encoded.length) written += writeSync(fd, encoded, written, encoded.length - written, end + written);
      map.set(name, { kind: 'dense', values: lazy(rep.values.rows, rep.values.cols, end, encoded.length, dtype) });
      end += encoded.length;
    },
    replacements: map,
    get memoryBytes() {
      return bytes;
    },
    dispose() {
      map.clear();
      if (fd !== null) {
        closeSync(fd);
        fd = null;
      }
      rmSync(path, { force: true });
    },
  };
}

/** float64 bytes the dense W' of these layers would take in memory. */
export function denseBytes(layers: readonly { storedShape: readonly [number, number] }[]): number {
  return layers.reduce((s, l) => s + l.storedShape[0] * l.storedShape[1] * DTYPE_BYTES.float64, 0);
}
