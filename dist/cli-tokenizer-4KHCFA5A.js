/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  MAX_TOKENIZER_FILE_BYTES,
  MAX_TOKEN_ID,
  checkIdsInVocab,
  evalLines,
  loadTokenizer,
  parseNpyIds,
  readIdsFile,
  tokenizeText,
  tokenizerFolder
} from "./cli-chunk-HZ6U64MK.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";
export {
  MAX_TOKENIZER_FILE_BYTES,
  MAX_TOKEN_ID,
  checkIdsInVocab,
  evalLines,
  loadTokenizer,
  parseNpyIds,
  readIdsFile,
  tokenizeText,
  tokenizerFolder
};
