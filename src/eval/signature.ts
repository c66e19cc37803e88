/**
 * What a decoder model wants fed and where its logits come out, read from the model itself
 * (onnxruntime's input/output metadata: names, element types, shapes with symbolic dims), with
 * `config.json` / `genai_config.json` / `tokenizer_config.json` beside the model as a fallback for numbers the graph leaves
 * symbolic (KV heads, head size, maximum positions).
 *
 * Supported inputs: `input_ids` (int64/int32), `attention_mask` (all ones), `position_ids`
 * (0..len-1 within each window), `cache_position`, `token_type_ids` (zeros), Hugging Face Optimum
 * `past_key_values.*` ([batch, heads, 0, head_dim]) with `use_cache_branch` (false), and legacy
 * `past_N` ([2, batch, heads, 0, head_dim]). Anything else is EVAL_INPUT_UNSUPPORTED, named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { WwError } from '../errors.js';
import { readOnnxContextLimits, tightestLimit } from './contextLimit.js';

export type IdType = 'int64' | 'int32';
export type LogitsType = 'float32' | 'float16' | 'float64';
type Dim = number | string;

/** The tensor facts we use from onnxruntime's `inputMetadata` / `outputMetadata`. */
export interface ValueInfo {
  readonly name: string;
  readonly isTensor: boolean;
  readonly type?: string;
  readonly shape?: readonly Dim[];
}

/** A past-KV dim: a number, the batch, or the (zero) past length. */
type PastDim = number | 'batch' | 'past';

export type PlannedInput =
  | { readonly name: string; readonly role: 'input_ids'; readonly type: IdType }
  | { readonly name: string; readonly role: 'attention_mask' | 'token_type_ids'; readonly type: 'int64' | 'int32' | 'float32' }
  | { readonly name: string; readonly role: 'position_ids'; readonly type: IdType; readonly rank: 1 | 2 }
  | { readonly name: string; readonly role: 'cache_position'; readonly type: IdType }
  | { readonly name: string; readonly role: 'past'; readonly type: 'float32' | 'float16'; readonly dims: readonly PastDim[] }
  | { readonly name: string; readonly role: 'use_cache_branch'; readonly dims: readonly number[] };

export interface ContextLimit {
  readonly tokens: number;
  /** Where the limit comes from, e.g. `config.json max_position_embeddings`. */
  readonly source: string;
}

export interface ModelSignature {
  readonly inputs: readonly PlannedInput[];
  readonly idsType: IdType;
  readonly logitsName: string;
  readonly logitsType: LogitsType;
  /** Last dim of the logits when the graph states it; null when symbolic (found by a probe run). */
  readonly vocabSize: number | null;
  /** Fixed sequence length of input_ids (windows are right-padded to it), or null. */
  readonly fixedSeqLen: number | null;
  /** Fixed batch dim of input_ids, or null. */
  readonly fixedBatch: number | null;
  readonly maxContext: ContextLimit | null;
}

/** Numbers from config.json / genai_config.json next to the model that the graph may leave symbolic. */
export interface ModelConfigHints {
  readonly numKvHeads: number | null;
  readonly headDim: number | null;
  readonly maxPositions: ContextLimit | null;
  /** Limits stated by the ONNX file itself (metadata, position tables); see contextLimit.ts. */
  readonly graphLimits?: readonly ContextLimit[];
}

type JsonObject = Record<string, unknown>;

function readJsonIfPresent(path: string): JsonObject | null {
  if (!existsSync(path)) return null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as JsonObject) : null;
  } catch {
    return null; // a broken optional hint file must not stop an evaluation the graph alone can run
  }
}

function positiveInt(obj: JsonObject | null, key: string): number | null {
  const v = obj?.[key];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

function sub(obj: JsonObject | null, key: string): JsonObject | null {
  const v = obj?.[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : null;
}

/** Reads the hints in `config.json` and `genai_config.json` beside `modelPath`. */
export function readModelConfigHints(modelPath: string): ModelConfigHints {
  const dir = dirname(modelPath);
  const config = readJsonIfPresent(join(dir, 'config.json'));
  const genai = sub(readJsonIfPresent(join(dir, 'genai_config.json')), 'model');
  const genaiDecoder = sub(genai, 'decoder');

  const heads = positiveInt(config, 'num_attention_heads') ?? positiveInt(config, 'n_head');
  const numKvHeads = positiveInt(config, 'num_key_value_heads') ?? heads ?? positiveInt(genaiDecoder, 'num_key_value_heads');
  const hidden = positiveInt(config, 'hidden_size') ?? positiveInt(config, 'n_embd');
  const headDim =
    positiveInt(config, 'head_dim') ??
    (hidden !== null && heads !== null && hidden % heads === 0 ? hidden / heads : null) ??
    positiveInt(genaiDecoder, 'head_size');

  let maxPositions: ContextLimit | null = null;
  for (const key of ['max_position_embeddings', 'n_positions', 'n_ctx', 'max_seq_len', 'seq_length']) {
    const v = positiveInt(config, key);
    if (v !== null) {
      maxPositions = { tokens: v, source: `config.json ${key}` };
      break;
    }
  }
  if (maxPositions === null) {
    const v = positiveInt(genai, 'context_length');
    if (v !== null) maxPositions = { tokens: v, source: 'genai_config.json model.context_length' };
  }
  if (maxPositions === null) {
    // transformers writes a huge sentinel (1e30) when the tokenizer sets no limit
    const v = positiveInt(readJsonIfPresent(join(dir, 'tokenizer_config.json')), 'model_max_length');
    if (v !== null && v < 1e9) maxPositions = { tokens: v, source: 'tokenizer_config.json model_max_length' };
  }
  return { numKvHeads, headDim, maxPositions };
}

function unsupported(info: ValueInfo, why: string): WwError {
  return new WwError(
    'EVAL_INPUT_UNSUPPORTED',
    `model input '${info.name}' (${info.type ?? 'non-tensor'} ${JSON.stringify(info.shape ?? [])}) cannot be synthesised for perplexity: ${why}`,
    { input: info.name, type: info.type, shape: info.shape },
  );
}

function idType(info: ValueInfo): IdType {
  if (info.type === 'int64' || info.type === 'int32') return info.type;
  throw unsupported(info, 'expected int64 or int32');
}

const PAST_KV = /^past_key_values[._]/;
const LEGACY_PAST = /^past[._]?\d+$/;

/**
 * Layout of a past-KV input: rank 4 is Optimum's [batch, heads, past, head_dim], rank 5 the legacy
 * [2, batch, heads, past, head_dim]. Numeric dims are kept; symbolic heads/head_dim come from config.
 */
function pastDims(info: ValueInfo, hints: ModelConfigHints): PastDim[] {
  const shape = info.shape ?? [];
  const offset = shape.length === 5 ? 1 : shape.length === 4 ? 0 : -1;
  if (offset < 0) throw unsupported(info, `past-KV input of rank ${shape.length}; expected 4 ([batch, heads, past, head_dim]) or 5 ([2, batch, heads, past, head_dim])`);
  const dims: PastDim[] = [];
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i]!;
    const rel = i - offset;
    if (rel === 0) dims.push('batch');
    else if (rel === 2) {
      if (typeof d === 'number') throw unsupported(info, `its past-length dim is fixed at ${d}; only a symbolic past length can be fed empty`);
      dims.push('past');
    } else if (typeof d === 'number') dims.push(d);
    else if (rel === -1) dims.push(2);
    else {
      const fromConfig = rel === 1 ? hints.numKvHeads : hints.headDim;
      if (fromConfig === null) {
        throw unsupported(info, `dim ${i} ('${d}', ${rel === 1 ? 'KV heads' : 'head size'}) is symbolic and no config.json beside the model gives it`);
      }
      dims.push(fromConfig);
    }
  }
  return dims;
}

function planInput(info: ValueInfo, hints: ModelConfigHints): PlannedInput {
  const { name } = info;
  if (!info.isTensor) throw unsupported(info, 'not a tensor');
  // onnxruntime reports an undeclared shape as []: then the usual layout is assumed.
  const rank = info.shape === undefined || info.shape.length === 0 ? null : info.shape.length;
  if (name === 'input_ids') return { name, role: 'input_ids', type: idType(info) };
  if (name === 'attention_mask' || name === 'token_type_ids') {
    if (rank !== null && rank !== 2) throw unsupported(info, `expected rank 2 [batch, sequence], got rank ${rank}`);
    if (info.type !== 'int64' && info.type !== 'int32' && info.type !== 'float32') throw unsupported(info, 'expected int64, int32 or float32');
    return { name, role: name, type: info.type };
  }
  if (name === 'position_ids') {
    if (rank !== null && rank !== 1 && rank !== 2) throw unsupported(info, `expected rank 1 or 2, got rank ${rank}`);
    return { name, role: 'position_ids', type: idType(info), rank: rank === 1 ? 1 : 2 };
  }
  if (name === 'cache_position') return { name, role: 'cache_position', type: idType(info) };
  if (name === 'use_cache_branch') {
    if (info.type !== 'bool') throw unsupported(info, 'expected bool');
    return { name, role: 'use_cache_branch', dims: (info.shape ?? [1]).map((d) => (typeof d === 'number' ? d : 1)) };
  }
  if (PAST_KV.test(name) || LEGACY_PAST.test(name)) {
    if (info.type !== 'float32' && info.type !== 'float16') throw unsupported(info, 'past-KV element type must be float32 or float16');
    return { name, role: 'past', type: info.type, dims: pastDims(info, hints) };
  }
  throw unsupported(info, 'not an input a decoder perplexity run knows how to fill');
}

function findLogits(outputs: readonly ValueInfo[]): ValueInfo {
  const byName = outputs.find((o) => o.name === 'logits');
  if (byName) return byName;
  const candidates = outputs.filter((o) => o.isTensor && (o.shape?.length ?? 0) === 3 && !/^(present|past)/.test(o.name));
  const withVocab = candidates.filter((o) => typeof o.shape?.[2] === 'number');
  const pick = withVocab.length > 0 ? withVocab.reduce((a, b) => ((b.shape![2] as number) > (a.shape![2] as number) ? b : a)) : candidates.length === 1 ? candidates[0] : undefined;
  if (!pick) {
    throw new WwError(
      'EVAL_INPUT_UNSUPPORTED',
      `no logits output found: expected an output named 'logits' or one of rank 3 [batch, sequence, vocab]; outputs: ${outputs.map((o) => `${o.name} ${JSON.stringify(o.shape ?? [])}`).join(', ')}`,
      { outputs: outputs.map((o) => o.name) },
    );
  }
  return pick;
}

/** Works out the feeds and the logits output of a decoder from its metadata. */
export function readSignature(inputs: readonly ValueInfo[], outputs: readonly ValueInfo[], hints: ModelConfigHints): ModelSignature {
  const planned = inputs.map((info) => planInput(info, hints));
  const idsInfo = inputs.find((i) => i.name === 'input_ids');
  if (!idsInfo) {
    throw new WwError('EVAL_INPUT_UNSUPPORTED', `model has no 'input_ids' input; inputs: ${inputs.map((i) => i.name).join(', ')}`, {
      inputs: inputs.map((i) => i.name),
    });
  }
  const idsShape = idsInfo.shape === undefined || idsInfo.shape.length === 0 ? ['batch', 'sequence'] : idsInfo.shape;
  if (idsShape.length !== 2) throw unsupported(idsInfo, `expected rank 2 [batch, sequence], got rank ${idsShape.length}`);
  const fixedBatch = typeof idsShape[0] === 'number' ? idsShape[0] : null;
  const fixedSeqLen = typeof idsShape[1] === 'number' ? idsShape[1] : null;

  const logits = findLogits(outputs);
  if (logits.type !== 'float32' && logits.type !== 'float16' && logits.type !== 'float64') {
    throw new WwError('EVAL_INPUT_UNSUPPORTED', `logits output '${logits.name}' is ${logits.type}; expected float32, float16 or float64`, { output: logits.name });
  }
  const last = logits.shape?.[(logits.shape?.length ?? 0) - 1];
  const vocabSize = typeof last === 'number' ? last : null;

  const limits: ContextLimit[] = [...(hints.graphLimits ?? [])];
  if (hints.maxPositions !== null) limits.push(hints.maxPositions);
  if (fixedSeqLen !== null) limits.push({ tokens: fixedSeqLen, source: `input_ids shape ${JSON.stringify(idsShape)}` });
  const maxContext = tightestLimit(limits);

  return {
    inputs: planned,
    idsType: idType(idsInfo),
    logitsName: logits.name,
    logitsType: logits.type,
    vocabSize,
    fixedSeqLen,
    fixedBatch,
    maxContext,
  };
}

/** Reads the signature of an open onnxruntime session (plus the hints beside and inside the file). */
export async function sessionSignature(session: ort.InferenceSession, modelPath: string): Promise<ModelSignature> {
  const hints = { ...readModelConfigHints(modelPath), graphLimits: await readOnnxContextLimits(modelPath) };
  return readSignature(session.inputMetadata, session.outputMetadata, hints);
}

/** CONTEXT_TOO_LONG when the model states a limit below `context`. */
export function checkContext(signature: ModelSignature, context: number, modelPath: string): void {
  const limit = signature.maxContext;
  if (limit !== null && context > limit.tokens) {
    throw new WwError(
      'CONTEXT_TOO_LONG',
      `context ${context} exceeds what ${modelPath} allows: ${limit.tokens} tokens (${limit.source})`,
      { context, limit: limit.tokens, source: limit.source, file: modelPath },
    );
  }
}

function intTensor(type: IdType | 'int64' | 'int32' | 'float32', values: ArrayLike<number>, dims: number[]): ort.Tensor {
  if (type === 'int64') return new ort.Tensor('int64', BigInt64Array.from(Array.from(values, (v) => BigInt(v))), dims);
  if (type === 'int32') return new ort.Tensor('int32', Int32Array.from(values), dims);
  return new ort.Tensor('float32', Float32Array.from(values), dims);
}

/**
 * Feeds for one batch of windows (`rows` of token ids, at most `length` long). Rows shorter than
 * `length`, and every row of a model with a fixed sequence length, are right-padded with id 0 and
 * mask 0: a causal model's logits at real positions do not see the padding.
 */
export function buildFeeds(signature: ModelSignature, rows: readonly ArrayLike<number>[], length: number): Record<string, ort.Tensor> {
  const batch = rows.length;
  const seq = signature.fixedSeqLen ?? length;
  const ids = new Array<number>(batch * seq).fill(0);
  const mask = new Array<number>(batch * seq).fill(0);
  for (let b = 0; b < batch; b++) {
    const row = rows[b]!;
    // A row shorter than `length` (probe sequences of a batch) is right-padded like a fixed length.
    for (let t = 0; t < Math.min(row.length, length); t++) {
      ids[b * seq + t] = row[t]!;
      mask[b * seq + t] = 1;
    }
  }
  const positions = Array.from({ length: seq }, (_, t) => t);
  const feeds: Record<string, ort.Tensor> = {};
  for (const input of signature.inputs) {
    switch (input.role) {
      case 'input_ids':
        feeds[input.name] = intTensor(input.type, ids, [batch, seq]);
        break;
      case 'attention_mask':
        feeds[input.name] = intTensor(input.type, mask, [batch, seq]);
        break;
      case 'token_type_ids':
        feeds[input.name] = intTensor(input.type, new Array<number>(batch * seq).fill(0), [batch, seq]);
        break;
      case 'position_ids':
        feeds[input.name] =
          input.rank === 1 ? intTensor(input.type, positions, [seq]) : intTensor(input.type, Array.from({ length: batch }, () => positions).flat(), [batch, seq]);
        break;
      case 'cache_position':
        feeds[input.name] = intTensor(input.type, positions, [seq]);
        break;
      case 'use_cache_branch': {
        const count = input.dims.reduce((a, b) => a * b, 1);
        feeds[input.name] = new ort.Tensor('bool', new Uint8Array(count), [...input.dims]);
        break;
      }
      case 'past': {
        const dims = input.dims.map((d) => (d === 'batch' ? batch : d === 'past' ? 0 : d));
        feeds[input.name] =
          input.type === 'float16' ? new ort.Tensor('float16', new Uint16Array(0), dims) : new ort.Tensor('float32', new Float32Array(0), dims);
        break;
      }
    }
  }
  return feeds;
}
