/**
 * The engine entry: text through a tokenizer beside the model (or elsewhere), comparisons with
 * deltas, option handling, and each error a user can cause, raised before any window runs.
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { comparePerplexity, evaluateComparison, evaluatePerplexity } from '../../src/engine/evaluate.js';
import { WwError, type WwErrorCode } from '../../src/errors.js';
import type { EvalOptions, PerplexityResult } from '../../src/eval/types.js';
import { markovTokens, quantizedTable, referenceNll, referenceScoring, tinyTokenizerJson, writeDecoder } from '../eval/fixtures.js';

const cpu: Partial<EvalOptions> = { device: 'cpu' };

async function codeOf(p: Promise<unknown>): Promise<{ code: WwErrorCode | string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e instanceof WwError ? { code: e.code, message: e.message } : { code: `not a WwError: ${String(e)}`, message: '' };
  }
  return { code: 'no error', message: '' };
}

/** Perplexity of a bigram `table` over `ids` with the given windows, computed here. */
function expected(table: Float64Array, vocab: number, ids: number[], context: number, stride: number): number {
  const scored = referenceScoring(ids.length, context, stride);
  let sum = 0;
  for (const { p } of scored) sum += referenceNll(Array.from(table.subarray(ids[p - 1]! * vocab, ids[p - 1]! * vocab + vocab)), ids[p]!);
  return Math.exp(sum / scored.length);
}

const V = 8;
const table = quantizedTable(V, V, 21);
// Lines of the tiny tokenizer's words; ids by hand: ab=6, c=5, abc=7, a=3, b=4, BOS=1.
const TEXT = 'ab c abc\r\n\n  a b  \nabc abc c\n';
const IDS = [1, 6, 5, 7, 1, 3, 4, 1, 7, 7, 5];

describe('evaluatePerplexity on text', async () => {
  const model = await writeDecoder({ vocab: V, table }, { 'tokenizer.json': tinyTokenizerJson(true), 'tokenizer_config.json': { bos_token: '<s>' } });

  it('tokenises with the tokenizer beside the model and scores under the convention', async () => {
    const r = await evaluatePerplexity({ modelPath: model, text: TEXT, options: { ...cpu, context: 4 } });
    expect(r.tokensTotal).toBe(IDS.length);
    expect(Math.abs(r.perplexity / expected(table, V, IDS, 4, 4) - 1)).toBeLessThan(1e-12);
  });

  it('reads a text file and a tokenizer from another folder', async () => {
    const bare = await writeDecoder({ vocab: V, table });
    const textFile = join(dirname(bare), 'eval.txt');
    await writeFile(textFile, TEXT);
    const r = await evaluatePerplexity({ modelPath: bare, textFile, tokenizerDir: dirname(model), options: { ...cpu, context: 6, stride: 2 } });
    expect(Math.abs(r.perplexity / expected(table, V, IDS, 6, 2) - 1)).toBeLessThan(1e-12);
  });

  it('result fields: timing, device, settings', async () => {
    const r = await evaluatePerplexity({ modelPath: model, ids: markovTokens(500, V, 1), options: { ...cpu, context: 32, stride: 16, threads: 1, graphOptimizationLevel: 'disabled' } });
    expect(r.device).toBe('cpu');
    expect(r.deviceNote).toBe('cpu requested');
    expect(r.context).toBe(32);
    expect(r.stride).toBe(16);
    expect(r.windows).toBe(Math.ceil((500 - 32) / 16) + 1);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.tokensPerSecond).toBeCloseTo(r.tokensScored / r.seconds, 6);
    expect(r.model).toBe(model);
  });

  it('default context: the model limit from config.json when below 1024', async () => {
    const limited = await writeDecoder({ vocab: V, table }, { 'config.json': { max_position_embeddings: 16 } });
    const r = await evaluatePerplexity({ modelPath: limited, ids: markovTokens(100, V, 2), options: cpu });
    expect(r.context).toBe(16);
    expect(r.stride).toBe(16);
  });
});

describe('comparisons', () => {
  it('comparePerplexity: absolute and relative deltas of b against a', () => {
    const a = { perplexity: 4 } as PerplexityResult;
    const b = { perplexity: 5 } as PerplexityResult;
    expect(comparePerplexity(a, b).delta).toEqual({ absolute: 1, relative: 0.25 });
    expect(comparePerplexity(b, a).delta).toEqual({ absolute: -1, relative: -0.2 });
  });

  it('evaluateComparison runs both models on the same tokens', async () => {
    const tableB = quantizedTable(V, V, 22);
    const a = await writeDecoder({ vocab: V, table }, { 'tokenizer.json': tinyTokenizerJson(true) });
    const b = await writeDecoder({ vocab: V, table: tableB }); // no tokenizer of its own
    const c = await evaluateComparison({ modelA: a, modelB: b, text: TEXT, options: { ...cpu, context: 5 } });
    const pa = expected(table, V, IDS, 5, 5);
    const pb = expected(tableB, V, IDS, 5, 5);
    expect(Math.abs(c.a.perplexity / pa - 1)).toBeLessThan(1e-12);
    expect(Math.abs(c.b.perplexity / pb - 1)).toBeLessThan(1e-12);
    expect(c.delta.absolute).toBeCloseTo(pb - pa, 10);
    expect(c.delta.relative).toBeCloseTo((pb - pa) / pa, 10);
    expect(c.b.tokensScored).toBe(c.a.tokensScored);
  });
});

describe('errors a user can cause', () => {
  it('TOKENIZER_MISSING: text for a model without tokenizer.json', async () => {
    const model = await writeDecoder({ vocab: V, table });
    const e = await codeOf(evaluatePerplexity({ modelPath: model, text: TEXT, options: cpu }));
    expect(e.code).toBe('TOKENIZER_MISSING');
    expect(e.message).toContain(dirname(model));
  });

  it('TOKENIZER_MISMATCH: ids beyond the model vocabulary, found before any window runs', async () => {
    // The model's vocabulary is 6; the tokenizer emits ids up to 7 (abc). Running would make
    // onnxruntime's Gather fail (SESSION); the check must come first and name both numbers.
    const model = await writeDecoder({ vocab: 6, table: new Float64Array(36) }, { 'tokenizer.json': tinyTokenizerJson(true) });
    let progressCalls = 0;
    const e = await codeOf(evaluatePerplexity({ modelPath: model, text: TEXT, options: cpu, onProgress: () => progressCalls++ }));
    expect(e.code).toBe('TOKENIZER_MISMATCH');
    expect(e.message).toMatch(/token id 7 .* vocabulary of 6/);
    expect(progressCalls).toBe(0);
  });

  it('EVAL_TEXT_EMPTY: blank text, empty ids, a single token', async () => {
    const model = await writeDecoder({ vocab: V, table }, { 'tokenizer.json': tinyTokenizerJson(true) });
    expect((await codeOf(evaluatePerplexity({ modelPath: model, text: ' \r\n\t\n', options: cpu }))).code).toBe('EVAL_TEXT_EMPTY');
    expect((await codeOf(evaluatePerplexity({ modelPath: model, ids: [], options: cpu }))).code).toBe('EVAL_TEXT_EMPTY');
    expect((await codeOf(evaluatePerplexity({ modelPath: model, ids: [3], options: cpu }))).code).toBe('EVAL_TEXT_EMPTY');
  });

  it('CONTEXT_TOO_LONG: fixed sequence dim, config.json, tokenizer_config.json model_max_length', async () => {
    const ids = markovTokens(100, V, 4);
    const fixed = await writeDecoder({ vocab: V, table, idsShape: [1, 16] });
    const e1 = await codeOf(evaluatePerplexity({ modelPath: fixed, ids, options: { ...cpu, context: 32 } }));
    expect(e1.code).toBe('CONTEXT_TOO_LONG');
    expect(e1.message).toMatch(/context 32 .* 16 tokens \(input_ids shape \[1,16\]\)/);
    // Fixed batch 1, fixed length 16: a context of 16 works.
    const ok = await evaluatePerplexity({ modelPath: fixed, ids, options: { ...cpu, context: 16 } });
    expect(ok.tokensScored).toBe(100 - Math.ceil(100 / 16));
    const cfg = await writeDecoder({ vocab: V, table }, { 'config.json': { n_positions: 24 } });
    const e2 = await codeOf(evaluatePerplexity({ modelPath: cfg, ids, options: { ...cpu, context: 25 } }));
    expect(e2.code).toBe('CONTEXT_TOO_LONG');
    expect(e2.message).toContain('config.json n_positions');
    const tokCfg = await writeDecoder({ vocab: V, table }, { 'tokenizer_config.json': { model_max_length: 12 } });
    expect((await codeOf(evaluatePerplexity({ modelPath: tokCfg, ids, options: { ...cpu, context: 13 } }))).code).toBe('CONTEXT_TOO_LONG');
    const sentinel = await writeDecoder({ vocab: V, table }, { 'tokenizer_config.json': { model_max_length: 1e30 } });
    expect((await evaluatePerplexity({ modelPath: sentinel, ids, options: { ...cpu, context: 64 } })).context).toBe(64);
  });

  it('CONTEXT_TOO_LONG from the ONNX file: metadata (plain and config JSON), a position table indexed by position_ids', async () => {
    const ids = markovTokens(100, V, 4);
    const plain = await writeDecoder({ vocab: V, table, metadata: { max_position_embeddings: '20' } });
    const e1 = await codeOf(evaluatePerplexity({ modelPath: plain, ids, options: { ...cpu, context: 21 } }));
    expect(e1.code).toBe('CONTEXT_TOO_LONG');
    expect(e1.message).toContain('ONNX metadata max_position_embeddings');
    const inConfig = await writeDecoder({ vocab: V, table, metadata: { config: JSON.stringify({ dim: 8, seq_len: 30 }) } });
    const e2 = await codeOf(evaluatePerplexity({ modelPath: inConfig, ids, options: { ...cpu, context: 31 } }));
    expect(e2.message).toContain('config.seq_len');
    expect((await evaluatePerplexity({ modelPath: inConfig, ids, options: cpu })).context).toBe(30); // default context follows the limit
    const positions = await writeDecoder({ vocab: V, table, positionTable: { positions: 12, data: new Float64Array(12 * V) } });
    const e3 = await codeOf(evaluatePerplexity({ modelPath: positions, ids, options: { ...cpu, context: 13 } }));
    expect(e3.code).toBe('CONTEXT_TOO_LONG');
    expect(e3.message).toMatch(/12 tokens \(position embedding pos_table/);
    // The tightest limit wins: config.json says 64, the graph 12.
    const both = await writeDecoder({ vocab: V, table, positionTable: { positions: 12, data: new Float64Array(12 * V) } }, { 'config.json': { n_positions: 64 } });
    expect((await codeOf(evaluatePerplexity({ modelPath: both, ids, options: { ...cpu, context: 13 } }))).code).toBe('CONTEXT_TOO_LONG');
  });

  it('EVAL_INPUT_UNSUPPORTED names the input', async () => {
    const ids = markovTokens(50, V, 5);
    const extra = await writeDecoder({ vocab: V, table, extraInputs: [{ name: 'pixel_values', type: 'float32', shape: ['batch_size', 3, 8, 8] }] });
    const e1 = await codeOf(evaluatePerplexity({ modelPath: extra, ids, options: cpu }));
    expect(e1.code).toBe('EVAL_INPUT_UNSUPPORTED');
    expect(e1.message).toContain("'pixel_values'");
    const noConfig = await writeDecoder({ vocab: V, table, past: 'optimum-symbolic' });
    const e2 = await codeOf(evaluatePerplexity({ modelPath: noConfig, ids, options: cpu }));
    expect(e2.code).toBe('EVAL_INPUT_UNSUPPORTED');
    expect(e2.message).toMatch(/'past_key_values\.0\.key'.*num_key_value_heads/);
  });

  it('INPUT_INVALID: no input, two inputs, stride above context', async () => {
    const model = await writeDecoder({ vocab: V, table });
    expect((await codeOf(evaluatePerplexity({ modelPath: model, options: cpu }))).code).toBe('INPUT_INVALID');
    expect((await codeOf(evaluatePerplexity({ modelPath: model, ids: [1, 2], text: 'a', options: cpu }))).code).toBe('INPUT_INVALID');
    expect((await codeOf(evaluatePerplexity({ modelPath: model, ids: [1, 2, 3], options: { ...cpu, context: 4, stride: 5 } }))).code).toBe('INPUT_INVALID');
  });

  it('MODEL_NOT_FOUND', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-eval-'));
    expect((await codeOf(evaluatePerplexity({ modelPath: join(dir, 'none.onnx'), ids: [1, 2], options: cpu }))).code).toBe('MODEL_NOT_FOUND');
  });
});
