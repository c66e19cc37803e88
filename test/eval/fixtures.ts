/**
 * Decoder models whose logits are known in closed form, built with the project's ONNX builder, and
 * the independent arithmetic the tests compare against.
 *
 * The core of every model is a bigram table: logits[b, s, :] = table[input_ids[b, s], :] (a
 * Gather). Options add the inputs real exports carry, each wired so that feeding it wrongly
 * changes the logits: attention_mask multiplies the logits (a 0 would flatten them), position_ids
 * add a per-position row, each past-KV input multiplies the logits by (1 + its past length), and
 * use_cache_branch = true would replace the logits by zeros.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles, type ModelSpec, type NodeSpec, type TensorSpec, type ValueInfoSpec } from '../../src/model/onnxBuilder.js';
import { mulberry32 } from '../helpers/random.js';

export type LogitsType = 'float32' | 'float16' | 'float64';

export interface DecoderFixture {
  vocab: number;
  /** [vocab, vocab] row-major: logits row for each previous token. */
  table: ArrayLike<number>;
  logitsType?: LogitsType;
  idsType?: 'int64' | 'int32';
  /** Dims of input_ids (default ['batch_size', 'sequence_length']). */
  idsShape?: (number | string)[];
  /** [positions, vocab] rows added by position_ids. */
  positionTable?: { positions: number; data: ArrayLike<number> };
  attentionMask?: boolean;
  /** Optimum past_key_values.* (+ use_cache_branch), with numeric or symbolic heads/head_dim; or legacy past_N. */
  past?: 'optimum' | 'optimum-symbolic' | 'legacy';
  logitsName?: string;
  /** Write the logits' vocab dim as a symbolic name. */
  symbolicVocab?: boolean;
  /** Further graph inputs (unused by the graph) to provoke EVAL_INPUT_UNSUPPORTED. */
  extraInputs?: ValueInfoSpec[];
  /** ONNX metadata_props. */
  metadata?: Record<string, string>;
}

const CAST_TO: Record<LogitsType, number> = { float32: 1, float16: 10, float64: 11 };

export const PAST_LAYERS = 2;
export const PAST_HEADS = 2;
export const PAST_HEAD_DIM = 4;

export function buildDecoderSpec(f: DecoderFixture): ModelSpec {
  const logitsType = f.logitsType ?? 'float32';
  const compute = logitsType === 'float64' ? 'float64' : 'float32';
  const idsType = f.idsType ?? 'int64';
  const mk = (name: string, dims: number[], values: ArrayLike<number>): TensorSpec =>
    compute === 'float64'
      ? { name, type: 'float64', dims, data: Float64Array.from(values) }
      : { name, type: 'float32', dims, data: Float32Array.from(values) };

  const nodes: NodeSpec[] = [{ opType: 'Gather', inputs: ['table', 'input_ids'], outputs: ['l0'], attributes: { axis: { int: 0 } } }];
  const initializers: TensorSpec[] = [mk('table', [f.vocab, f.vocab], f.table)];
  const inputs: ValueInfoSpec[] = [{ name: 'input_ids', type: idsType, shape: f.idsShape ?? ['batch_size', 'sequence_length'] }];
  const outputs: ValueInfoSpec[] = [];
  let current = 'l0';
  const step = (opType: string, ins: string[], attributes?: NodeSpec['attributes']): string => {
    const out = `t${nodes.length}`;
    nodes.push({ opType, inputs: ins, outputs: [out], ...(attributes ? { attributes } : {}) });
    return out;
  };

  if (f.positionTable) {
    initializers.push(mk('pos_table', [f.positionTable.positions, f.vocab], f.positionTable.data));
    inputs.push({ name: 'position_ids', type: idsType, shape: ['batch_size', 'sequence_length'] });
    const rows = step('Gather', ['pos_table', 'position_ids'], { axis: { int: 0 } });
    current = step('Add', [current, rows]);
  }
  if (f.attentionMask) {
    const maskDim = f.past === 'legacy' ? 'total_seq_len' : f.past ? 'past_sequence_length + sequence_length' : 'sequence_length';
    inputs.push({ name: 'attention_mask', type: idsType, shape: ['batch_size', maskDim] });
    initializers.push({ name: 'last_axis', type: 'int64', dims: [1], data: BigInt64Array.from([-1n]) });
    const asFloat = step('Cast', ['attention_mask'], { to: { int: CAST_TO[compute] } });
    const expanded = step('Unsqueeze', [asFloat, 'last_axis']);
    current = step('Mul', [current, expanded]);
  }
  if (f.past) {
    const legacy = f.past === 'legacy';
    const names: string[] = [];
    for (let layer = 0; layer < PAST_LAYERS; layer++) {
      if (legacy) names.push(`past_${layer}`);
      else names.push(`past_key_values.${layer}.key`, `past_key_values.${layer}.value`);
    }
    const heads: number | string = f.past === 'optimum-symbolic' ? 'num_key_value_heads' : PAST_HEADS;
    const headDim: number | string = f.past === 'optimum-symbolic' ? 'head_dim' : PAST_HEAD_DIM;
    const shape = legacy ? [2, 'batch_size', PAST_HEADS, 'past_seq_len', PAST_HEAD_DIM] : ['batch_size', heads, 'past_sequence_length', headDim];
    initializers.push({ name: 'past_axis', type: 'int64', dims: [], data: BigInt64Array.from([legacy ? 3n : 2n]) });
    initializers.push(mk('one', [], [1]));
    let scale = 'one';
    names.forEach((name, i) => {
      inputs.push({ name, type: 'float32', shape });
      const shapeOf = step('Shape', [name]);
      const len = step('Gather', [shapeOf, 'past_axis'], { axis: { int: 0 } });
      const lenF = step('Cast', [len], { to: { int: CAST_TO[compute] } });
      scale = step('Add', [scale, lenF]);
      const presentName = legacy ? `present_${i}` : name.replace('past_key_values', 'present');
      nodes.push({ opType: 'Identity', inputs: [name], outputs: [presentName] });
      outputs.push({ name: presentName, type: 'float32', shape });
    });
    current = step('Mul', [current, scale]);
    if (!legacy) {
      inputs.push({ name: 'use_cache_branch', type: 'bool', shape: [1] });
      initializers.push(mk('zero', [], [0]));
      current = step('Where', ['use_cache_branch', 'zero', current]);
    }
  }
  for (const extra of f.extraInputs ?? []) inputs.push(extra);

  const logitsName = f.logitsName ?? 'logits';
  nodes.push({ opType: 'Cast', inputs: [current], outputs: [logitsName], attributes: { to: { int: CAST_TO[logitsType] } } });
  const seqDim = f.idsShape?.[1] ?? 'sequence_length';
  const batchDim = f.idsShape?.[0] ?? 'batch_size';
  outputs.unshift({ name: logitsName, type: logitsType, shape: [batchDim, seqDim, f.symbolicVocab ? 'vocab' : f.vocab] });
  return { nodes, initializers, inputs, outputs, opsets: [{ domain: '', version: 17 }], ...(f.metadata ? { metadata: f.metadata } : {}) };
}

/** Writes the fixture to a fresh temp folder; returns the model path. */
export async function writeDecoder(f: DecoderFixture, files: Record<string, unknown> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ww-eval-'));
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return writeModelFiles(dir, 'model.onnx', buildDecoderSpec(f));
}

/** A token stream from a random Markov chain over `vocab` symbols (skewed so the bigram matters). */
export function markovTokens(n: number, vocab: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const weights = Array.from({ length: vocab }, () => Array.from({ length: vocab }, () => rand() ** 3));
  const tokens = [Math.floor(rand() * vocab)];
  while (tokens.length < n) {
    const row = weights[tokens[tokens.length - 1]!]!;
    const total = row.reduce((a, b) => a + b, 0);
    let u = rand() * total;
    let next = 0;
    while (next < vocab - 1 && u >= row[next]!) u -= row[next++]!;
    tokens.push(next);
  }
  return tokens;
}

/** Add-one-smoothed bigram log-probabilities from counts: table[i*V+j] = ln((c_ij + 1) / (c_i + V)). */
export function bigramLogProbs(tokens: readonly number[], vocab: number): Float64Array {
  const counts = new Float64Array(vocab * vocab);
  for (let p = 1; p < tokens.length; p++) counts[tokens[p - 1]! * vocab + tokens[p]!]! += 1;
  const table = new Float64Array(vocab * vocab);
  for (let i = 0; i < vocab; i++) {
    let rowTotal = 0;
    for (let j = 0; j < vocab; j++) rowTotal += counts[i * vocab + j]!;
    for (let j = 0; j < vocab; j++) table[i * vocab + j] = Math.log((counts[i * vocab + j]! + 1) / (rowTotal + vocab));
  }
  return table;
}

/** Table of multiples of 1/16 in [-8, 0): exact in float16, float32 and float64, and so are their sums. */
export function quantizedTable(rows: number, cols: number, seed: number, span = 128): Float64Array {
  const rand = mulberry32(seed);
  return Float64Array.from({ length: rows * cols }, () => -Math.floor(rand() * span) / 16);
}

/**
 * The scored positions under the convention, read literally: windows start at 0, stride, ...;
 * each scores, in order, the positions after its first token not yet scored; stop at the text's
 * end or after `maxTokens`. Returns each scored position with the start of the window scoring it.
 */
export function referenceScoring(n: number, context: number, stride: number, maxTokens = 0): { p: number; start: number }[] {
  const done = new Set<number>();
  const out: { p: number; start: number }[] = [];
  for (let start = 0; start < n; start += stride) {
    const end = Math.min(start + context, n);
    for (let p = start + 1; p < end; p++) {
      if (!done.has(p)) {
        done.add(p);
        out.push({ p, start });
      }
    }
    if (end === n) break;
  }
  return maxTokens > 0 ? out.slice(0, maxTokens) : out;
}

/** -log softmax(row)[target], float64. */
export function referenceNll(row: readonly number[], target: number): number {
  const max = Math.max(...row);
  const lse = max + Math.log(row.reduce((s, x) => s + Math.exp(x - max), 0));
  return lse - row[target]!;
}

/** A small BPE tokenizer.json: words of a/b/c with merges 'a b' and 'ab c', BOS '<s>' added by its post-processor. */
export function tinyTokenizerJson(withBosTemplate = true): Record<string, unknown> {
  const special = (id: number, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, '<unk>'), special(1, '<s>'), special(2, '</s>')],
    normalizer: null,
    pre_tokenizer: { type: 'Whitespace' },
    post_processor: withBosTemplate
      ? {
          type: 'TemplateProcessing',
          single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }],
          pair: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { Sequence: { id: 'B', type_id: 1 } }],
          special_tokens: { '<s>': { id: '<s>', ids: [1], tokens: ['<s>'] } },
        }
      : null,
    decoder: null,
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: '<unk>',
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: false,
      byte_fallback: false,
      ignore_merges: false,
      vocab: { '<unk>': 0, '<s>': 1, '</s>': 2, a: 3, b: 4, c: 5, ab: 6, abc: 7 },
      merges: ['a b', 'ab c'],
    },
  };
}
