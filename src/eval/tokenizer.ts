/**
 * Turns evaluation input into token ids: text through the model's `tokenizer.json` (+
 * `tokenizer_config.json`) with the pure-JS @huggingface/tokenizers, or pre-tokenised ids from a
 * JSON array or a .npy file (int32/int64) for models that ship no tokenizer.
 *
 * Special tokens follow the tokenizer: `encode(line, { add_special_tokens: true })` applies the
 * post-processor of tokenizer.json (e.g. TemplateProcessing adding BOS). When tokenizer_config.json
 * sets `add_bos_token` / `add_eos_token` explicitly, that wins, as in transformers' Llama-family
 * fast tokenizers, which rebuild their post-processor from those two flags.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import { WwError } from '../errors.js';
import { resolveInside } from '../io/paths.js';

export interface TextTokenizer {
  /** Ids of one line with the special tokens the tokenizer config asks for. */
  encodeLine(line: string): number[];
  /** Number of ids the tokenizer can emit (largest id + 1, added tokens included). */
  readonly vocabSize: number;
  /** Folder the tokenizer came from. */
  readonly source: string;
  readonly bosId: number | null;
  readonly eosId: number | null;
}

type JsonObject = Record<string, unknown>;

function readJsonObject(path: string, missingCode: 'TOKENIZER_MISSING' | 'INPUT_INVALID'): JsonObject {
  if (!existsSync(path)) throw new WwError(missingCode, `${path} not found`, { file: path });
  if (statSync(path).isDirectory()) throw new WwError(missingCode, `${path} is a folder; expected a JSON file`, { file: path });
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WwError('INPUT_INVALID', `${path} is not valid JSON: ${(err as Error).message}`, { file: path }, { cause: err });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new WwError('INPUT_INVALID', `${path} must hold a JSON object`, { file: path });
  }
  return parsed as JsonObject;
}

/** A special token in tokenizer_config.json is a string or an AddedToken-like `{ content }`. */
function tokenContent(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as JsonObject)['content'] === 'string') {
    return (value as JsonObject)['content'] as string;
  }
  return null;
}

/**
 * Resolves `name` inside the tokenizer folder (src/io/paths.ts resolveInside): a tokenizer.json
 * or tokenizer_config.json that is a symlink out of the folder is refused with PATH_ESCAPE, so a
 * PR cannot make the run read (and echo in a parse error) a file elsewhere on the runner.
 */
async function tokenizerFile(folder: string, name: string, mustExist: boolean): Promise<string> {
  try {
    return await resolveInside(folder, name, `tokenizer file ${name}`, { mustExist, missingCode: 'TOKENIZER_MISSING' });
  } catch (err) {
    if (WwError.is(err, 'TOKENIZER_MISSING')) {
      throw new WwError(
        'TOKENIZER_MISSING',
        `no ${name} in ${folder}: give the folder holding the model's tokenizer.json (the tokenizer input, config eval.tokenizer, --tokenizer DIR), or score pre-tokenised ids with \`ww-smooth eval --ids FILE\``,
        { file: join(folder, name) },
        { cause: err },
      );
    }
    if (err instanceof WwError) throw err;
    // e.g. ELOOP from a symlink loop: still a bad input, not a crash.
    throw new WwError('INPUT_INVALID', `${join(folder, name)} cannot be opened: ${(err as Error).message}`, { file: join(folder, name) }, { cause: err });
  }
}

/** Largest token id a tokenizer.json can emit (ids beyond MAX_TOKEN_ID are refused). */
export const MAX_TOKEN_ID = 2 ** 24 - 1;

/**
 * The largest id of `model.vocab` (an object of token -> id, or Unigram's [token, score] list)
 * and `added_tokens`, each checked to be an integer in [0, MAX_TOKEN_ID].
 */
function largestTokenId(json: JsonObject, file: string): number {
  let maxId = -1;
  const check = (id: unknown, where: string): void => {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id > MAX_TOKEN_ID) {
      throw new WwError('INPUT_INVALID', `${file}: ${where} has id ${JSON.stringify(id)?.slice(0, 40)}; expected an integer from 0 to ${MAX_TOKEN_ID}`, { file, where });
    }
    if (id > maxId) maxId = id;
  };
  const model = json['model'] as JsonObject | undefined;
  const vocab = model?.['vocab'];
  if (Array.isArray(vocab)) {
    if (vocab.length > MAX_TOKEN_ID + 1) throw new WwError('INPUT_INVALID', `${file}: model.vocab has ${vocab.length} entries, over ${MAX_TOKEN_ID + 1}`, { file });
    maxId = vocab.length - 1;
  } else if (vocab !== null && typeof vocab === 'object') {
    for (const [token, id] of Object.entries(vocab as JsonObject)) check(id, `model.vocab token ${JSON.stringify(token.slice(0, 40))}`);
  }
  const added = json['added_tokens'];
  if (Array.isArray(added)) {
    added.forEach((t, i) => check((t as JsonObject | null)?.['id'], `added_tokens[${i}]`));
  }
  return maxId;
}

/**
 * The tokenizer folder of a run: the `tokenizer` input (a folder, or its tokenizer.json), else
 * the folder of the original model.
 */
export function tokenizerFolder(given: string | null, modelPath: string): string {
  return given ? (/\.json$/i.test(given) ? dirname(given) : given) : dirname(modelPath);
}

/** Loads `tokenizer.json` (required) and `tokenizer_config.json` (optional) from `dir`. */
export async function loadTokenizer(dir: string): Promise<TextTokenizer> {
  const folder = resolve(dir);
  const tokenizerPath = await tokenizerFile(folder, 'tokenizer.json', true);
  const tokenizerJson = readJsonObject(tokenizerPath, 'TOKENIZER_MISSING');
  const configPath = await tokenizerFile(folder, 'tokenizer_config.json', false);
  const config = existsSync(configPath) ? readJsonObject(configPath, 'INPUT_INVALID') : {};

  // Read from the JSON, before the library sees it: get_vocab(true) builds a table as long as the
  // largest id, so an added token with id 1e9 took 46 s (and an absurd id is no real vocabulary).
  const maxId = largestTokenId(tokenizerJson, tokenizerPath);
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, config);
  } catch (err) {
    throw new WwError('INPUT_INVALID', `${tokenizerPath} could not be loaded: ${(err as Error).message}`, { file: tokenizerPath }, { cause: err });
  }

  const idOf = (key: string): number | null => {
    const content = tokenContent(config[key]);
    if (content === null) return null;
    return tokenizer.token_to_id(content) ?? null;
  };
  const bosId = idOf('bos_token');
  const eosId = idOf('eos_token');
  const addBos = typeof config['add_bos_token'] === 'boolean' ? (config['add_bos_token'] as boolean) : null;
  const addEos = typeof config['add_eos_token'] === 'boolean' ? (config['add_eos_token'] as boolean) : null;
  if ((addBos === true && bosId === null) || (addEos === true && eosId === null)) {
    const which = addBos === true && bosId === null ? 'bos_token' : 'eos_token';
    throw new WwError('INPUT_INVALID', `${configPath} asks to add ${which} but names no token of the vocabulary`, { file: configPath, key: which });
  }

  const encodeLine = (line: string): number[] => {
    const ids = tokenizer.encode(line, { add_special_tokens: true }).ids.slice();
    if (addBos !== null && bosId !== null) {
      const has = ids[0] === bosId;
      if (addBos && !has) ids.unshift(bosId);
      if (!addBos && has) ids.shift();
    }
    if (addEos !== null && eosId !== null) {
      const has = ids.length > 0 && ids[ids.length - 1] === eosId;
      if (addEos && !has) ids.push(eosId);
      if (!addEos && has) ids.pop();
    }
    return ids;
  };

  return { encodeLine, vocabSize: maxId + 1, source: folder, bosId, eosId };
}

/**
 * The evaluation lines of a text under the convention: split at line breaks (\r\n counts as \n),
 * trim surrounding whitespace (JavaScript `String.prototype.trim`), drop empty lines.
 */
export function evalLines(text: string): string[] {
  return text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Tokens after the cut of a long line's prefix that are not trusted to match the whole line's. */
const PREFIX_MARGIN_TOKENS = 64;

/**
 * Encodes each evaluation line and concatenates the ids, stopping once `limit` ids are there
 * (src/eval/windows.ts tokensNeeded: what max-eval-tokens can use). Empty text -> EVAL_TEXT_EMPTY.
 * A line longer than the rest needs is encoded by growing prefixes (doubling, so the work stays
 * linear in what is used): once a prefix gives PREFIX_MARGIN_TOKENS more ids than needed, the ids
 * before that margin are the line's own, and a 20 MB single-line text costs no more than its start.
 */
export function tokenizeText(text: string, tokenizer: TextTokenizer, source = 'text', limit = Infinity): number[] {
  const lines = evalLines(text);
  if (lines.length === 0) {
    throw new WwError('EVAL_TEXT_EMPTY', `${source} has no non-empty line to evaluate`, { file: source });
  }
  const ids: number[] = [];
  for (const line of lines) {
    const want = limit - ids.length;
    if (want <= 0) break;
    for (const id of encodeBounded(line, tokenizer, want)) ids.push(id);
  }
  return ids.length > limit ? ids.slice(0, limit) : ids;
}

/** The line's ids, or at least its first `want` ids when the line is much longer than that. */
function encodeBounded(line: string, tokenizer: TextTokenizer, want: number): number[] {
  if (!Number.isFinite(want)) return tokenizer.encodeLine(line);
  // A token is rarely longer than 16 characters; start there and double.
  let length = want * 16 + 1024;
  for (;;) {
    if (length >= line.length) return tokenizer.encodeLine(line).slice(0, want);
    // Never cut a surrogate pair in two.
    const cut = /[\uD800-\uDBFF]/.test(line[length - 1]!) ? length + 1 : length;
    const ids = tokenizer.encodeLine(line.slice(0, cut));
    if (ids.length >= want + PREFIX_MARGIN_TOKENS) return ids.slice(0, want);
    length *= 2;
  }
}

function checkIdList(values: readonly unknown[], path: string): number[] {
  const ids = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new WwError('INPUT_INVALID', `${path}: entry ${i} is ${JSON.stringify(v)}, expected a non-negative integer token id`, { file: path, index: i });
    }
    ids[i] = v;
  }
  return ids;
}

/** Parses a .npy file holding int32/int64 (any C-order shape, flattened) token ids. */
export function parseNpyIds(bytes: Uint8Array, path: string): number[] {
  const bad = (why: string): WwError => new WwError('INPUT_INVALID', `${path} is not a usable .npy of token ids: ${why}`, { file: path });
  const magic = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
  if (bytes.length < 10 || magic.some((b, i) => bytes[i] !== b)) throw bad('missing \\x93NUMPY magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6]!;
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = major === 1 ? 10 : 12;
  const header = new TextDecoder('latin1').decode(bytes.subarray(headerStart, headerStart + headerLen));
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) throw bad(`header ${JSON.stringify(header)} not understood`);
  const dims = shapeText.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map(Number);
  const count = dims.reduce((a, b) => a * b, 1);
  if (fortran === 'True' && dims.filter((d) => d > 1).length > 1) throw bad('Fortran-order arrays are not supported');
  const dataStart = headerStart + headerLen;
  const width = descr === '<i4' || descr === '|i4' ? 4 : descr === '<i8' || descr === '|i8' ? 8 : 0;
  if (width === 0) throw bad(`dtype ${descr}; expected little-endian int32 (<i4) or int64 (<i8)`);
  if (bytes.length < dataStart + count * width) throw bad(`data holds ${bytes.length - dataStart} bytes, shape needs ${count * width}`);
  const ids = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const v = width === 4 ? view.getInt32(dataStart + 4 * i, true) : Number(view.getBigInt64(dataStart + 8 * i, true));
    if (v < 0 || !Number.isSafeInteger(v)) throw bad(`entry ${i} is ${v}, expected a non-negative token id`);
    ids[i] = v;
  }
  return ids;
}

/** Reads pre-tokenised ids: a JSON array of integers or a .npy (int32/int64). Empty -> EVAL_TEXT_EMPTY. */
export function readIdsFile(path: string): number[] {
  if (!existsSync(path)) throw new WwError('INPUT_INVALID', `ids file ${path} not found`, { file: path });
  if (statSync(path).isDirectory()) throw new WwError('INPUT_INVALID', `ids file ${path} is a folder; expected a .npy file or a JSON array of token ids`, { file: path });
  let ids: number[];
  if (extname(path).toLowerCase() === '.npy') {
    ids = parseNpyIds(readFileSync(path), path);
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new WwError('INPUT_INVALID', `${path} is neither .npy nor a JSON array of token ids: ${(err as Error).message}`, { file: path }, { cause: err });
    }
    if (!Array.isArray(parsed)) throw new WwError('INPUT_INVALID', `${path} must hold a JSON array of token ids`, { file: path });
    ids = checkIdList(parsed, path);
  }
  if (ids.length === 0) throw new WwError('EVAL_TEXT_EMPTY', `${path} holds no token ids`, { file: path });
  return ids;
}

/** Ids must index the model's logits: checked before any window runs. */
export function checkIdsInVocab(ids: ArrayLike<number>, vocabSize: number, source: string): void {
  let maxId = -1;
  let at = -1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id > maxId) {
      maxId = id;
      at = i;
    }
  }
  if (maxId >= vocabSize) {
    throw new WwError(
      'TOKENIZER_MISMATCH',
      `token id ${maxId} (position ${at}, from ${source}) is outside the model's vocabulary of ${vocabSize} (logits dimension): the tokenizer does not belong to this model`,
      { maxId, vocabSize, position: at, source },
    );
  }
}
