/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/eval/text.ts
import { readFileSync, statSync } from "node:fs";
function readEvalText(file) {
  let size;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new WwError("EVAL_TEXT_INVALID", `eval text ${file} is not a regular file`, { file });
    size = st.size;
  } catch (err) {
    if (err instanceof WwError) throw err;
    throw new WwError("EVAL_TEXT_INVALID", `eval text ${file} does not exist`, { file }, { cause: err });
  }
  const bytes = size === 0 ? new Uint8Array(0) : readFileSync(file);
  return decodeEvalText(bytes, file);
}
function decodeEvalText(bytes, file) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new WwError("EVAL_TEXT_INVALID", `eval text ${file} is binary (a NUL byte at offset ${nul}); give a UTF-8 text file`, { file, offset: nul });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new WwError("EVAL_TEXT_INVALID", `eval text ${file} is not UTF-8 (invalid byte 0x${bytes[offset]?.toString(16).padStart(2, "0")} at offset ${offset}); convert it to UTF-8`, { file, offset });
  }
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 128 ? 0 : c >= 194 && c < 224 ? 1 : c >= 224 && c < 240 ? 2 : c >= 240 && c < 245 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 192) !== 128) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

export {
  readEvalText
};
