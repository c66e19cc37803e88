/**
 * One entry point for reading a model: `openModel(path)` picks the reader by extension, then by
 * content (a safetensors header starts with a small u64 length and `{`; anything else is tried
 * as ONNX, which reports MODEL_FORMAT if it is not). A directory is searched for
 * model.safetensors.index.json, model.safetensors, model.onnx, then a single file of those kinds.
 *
 * NaN/Inf in a weight is not a read error: the analyze stage reports such a layer as failed
 * (NON_FINITE) and goes on; `findNonFinite` counts them.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WwError } from '../errors.js';
import type { Matrix } from '../linalg/matrix.js';
import { openOnnx } from './onnx.js';
import { openSafetensors } from './safetensors.js';
import type { ModelWeights } from './types.js';

async function pickInDirectory(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  for (const preferred of ['model.safetensors.index.json', 'model.safetensors', 'model.onnx']) {
    if (names.includes(preferred)) return join(dir, preferred);
  }
  for (const suffix of ['.safetensors.index.json', '.safetensors', '.onnx']) {
    const found = names.filter((n) => n.endsWith(suffix));
    if (found.length === 1) return join(dir, found[0]!);
    if (found.length > 1) {
      throw new WwError('MODEL_NOT_FOUND', `${dir} holds several ${suffix} files (${found.join(', ')}); name the one to use`, { file: dir });
    }
  }
  throw new WwError('MODEL_NOT_FOUND', `${dir} holds no .onnx, .safetensors or .safetensors.index.json file`, { file: dir });
}

async function looksLikeSafetensors(path: string, size: number): Promise<boolean> {
  if (size < 10) return false;
  const fh = await open(path, 'r');
  try {
    const b = new Uint8Array(9);
    await fh.read(b, 0, 9, 0);
    const n = new DataView(b.buffer).getBigUint64(0, true);
    return n > 1n && n <= BigInt(size - 8) && b[8] === 0x7b; // '{'
  } finally {
    await fh.close();
  }
}

/** Opens an ONNX or safetensors model (file, sharded index, or folder). */
export async function openModel(path: string): Promise<ModelWeights> {
  let p = resolve(path);
  let st;
  try {
    st = await stat(p);
  } catch {
    throw new WwError('MODEL_NOT_FOUND', `model not found: ${p}`, { file: p });
  }
  if (st.isDirectory()) {
    p = await pickInDirectory(p);
    st = await stat(p);
  }
  const lower = p.toLowerCase();
  if (lower.endsWith('.onnx')) return openOnnx(p);
  if (lower.endsWith('.safetensors') || lower.endsWith('.json')) return openSafetensors(p);
  if (await looksLikeSafetensors(p, st.size)) return openSafetensors(p);
  return openOnnx(p);
}

/** Number of NaN / +-Inf entries in a matrix. */
export function findNonFinite(m: Matrix): number {
  let n = 0;
  const d = m.data;
  for (let i = 0; i < d.length; i++) if (!Number.isFinite(d[i]!)) n++;
  return n;
}
