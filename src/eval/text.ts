/**
 * Reading the evaluation text: it must be a regular file of UTF-8 text. A binary file (a NUL
 * byte) or bytes that are not UTF-8 are refused with the offset of the first bad byte: decoding
 * them leniently would score replacement characters and report a meaningless perplexity (a
 * binary file once gave 1,791,403,346 and passed). Shared by `prepareTokens` and the preflight.
 */
import { readFileSync, statSync } from 'node:fs';
import { WwError } from '../errors.js';

/** Reads and checks `file`; returns its text. */
export function readEvalText(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new WwError('EVAL_TEXT_INVALID', `eval text ${file} is not a regular file`, { file });
    size = st.size;
  } catch (err) {
    if (err instanceof WwError) throw err;
    throw new WwError('EVAL_TEXT_INVALID', `eval text ${file} does not exist`, { file }, { cause: err });
  }
  const bytes = size === 0 ? new Uint8Array(0) : readFileSync(file);
  return decodeEvalText(bytes, file);
}

/** UTF-8 text of `bytes`, or EVAL_TEXT_INVALID naming `file` and the first offending byte. */
export function decodeEvalText(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new WwError('EVAL_TEXT_INVALID', `eval text ${file} is binary (a NUL byte at offset ${nul}); give a UTF-8 text file`, { file, offset: nul });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new WwError('EVAL_TEXT_INVALID', `eval text ${file} is not UTF-8 (invalid byte 0x${bytes[offset]?.toString(16).padStart(2, '0')} at offset ${offset}); convert it to UTF-8`, { file, offset });
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}
