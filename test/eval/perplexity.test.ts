/**
 * Perplexity against closed forms. A bigram model (logits = log-probabilities from counts on a
 * synthetic text) must give exp(-mean log p(t_p | t_{p-1})) over exactly the positions the
 * convention scores, to 1e-9 relative; a uniform model gives the vocabulary size. Models whose
 * logits also depend on position, mask and past inputs check the feeds and the windows at once.
 */
import { describe, it, expect } from 'vitest';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import type { EvalOptions } from '../../src/eval/types.js';
import { bigramLogProbs, markovTokens, quantizedTable, referenceNll, referenceScoring, writeDecoder, type DecoderFixture } from './fixtures.js';

const V = 7;
const tokens = markovTokens(2000, V, 42);
const logProbs = bigramLogProbs(tokens, V);

/** Closed form: scored positions are p % context != 0 when stride = context, every p >= 1 otherwise. */
function closedFormPerplexity(context: number, stride: number, maxTokens = 0): { ppl: number; scored: number } {
  let positions = Array.from({ length: tokens.length - 1 }, (_, i) => i + 1).filter((p) => stride < context || p % context !== 0);
  if (maxTokens > 0) positions = positions.slice(0, maxTokens);
  const sum = positions.reduce((s, p) => s - logProbs[tokens[p - 1]! * V + tokens[p]!]!, 0);
  return { ppl: Math.exp(sum / positions.length), scored: positions.length };
}

const cpu: Partial<EvalOptions> = { device: 'cpu' };

describe('bigram model with float64 logits: exact closed form', async () => {
  const model = await writeDecoder({ vocab: V, table: logProbs, logitsType: 'float64' });
  const settings: [number, number, number][] = [
    [16, 16, 0],
    [64, 64, 0],
    [2, 2, 0],
    [16, 5, 0],
    [33, 1, 0],
    [64, 63, 0],
    [4096, 4096, 0], // one window holds the whole text
    [32, 32, 500],
    [32, 7, 777],
  ];
  for (const [context, stride, maxTokens] of settings) {
    it(`context ${context}, stride ${stride}${maxTokens ? `, maxTokens ${maxTokens}` : ''}`, async () => {
      const expected = closedFormPerplexity(context, stride, maxTokens);
      const r = await evaluatePerplexity({ modelPath: model, ids: tokens, options: { ...cpu, context, stride, maxTokens } });
      expect(r.tokensScored).toBe(expected.scored);
      expect(Math.abs(r.perplexity / expected.ppl - 1)).toBeLessThan(1e-9);
      expect(r.meanNll).toBeCloseTo(Math.log(expected.ppl), 12);
      expect(r.tokensTotal).toBe(tokens.length);
      expect(r.vocabSize).toBe(V);
    });
  }

  it('batch size changes nothing (same-length windows batched, the short last one alone)', async () => {
    const one = await evaluatePerplexity({ modelPath: model, ids: tokens, options: { ...cpu, context: 30, stride: 30, batchSize: 1 } });
    const many = await evaluatePerplexity({ modelPath: model, ids: tokens, options: { ...cpu, context: 30, stride: 30, batchSize: 7 } });
    expect(many.perplexity).toBe(one.perplexity);
    expect(many.windows).toBe(Math.ceil(tokens.length / 30));
  });

  it('int32 input_ids give the same closed form', async () => {
    const int32Model = await writeDecoder({ vocab: V, table: logProbs, logitsType: 'float64', idsType: 'int32' });
    const expected = closedFormPerplexity(50, 20);
    const r = await evaluatePerplexity({ modelPath: int32Model, ids: tokens, options: { ...cpu, context: 50, stride: 20 } });
    expect(Math.abs(r.perplexity / expected.ppl - 1)).toBeLessThan(1e-9);
  });

  it('reports progress after every batch, ending at all tokens', async () => {
    const seen: number[] = [];
    const r = await evaluatePerplexity({
      modelPath: model,
      ids: tokens,
      options: { ...cpu, context: 100, batchSize: 4 },
      onProgress: (p) => seen.push(p.tokensScored),
    });
    expect(seen.length).toBe(Math.ceil(r.windows / 4));
    expect(seen[seen.length - 1]).toBe(r.tokensScored);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('float32 and float16 logits', () => {
  it('a bigram table in float32 matches the float64 log-softmax of its float32 values', async () => {
    const table32 = Float32Array.from(logProbs);
    const model = await writeDecoder({ vocab: V, table: table32, logitsType: 'float32' });
    const scored = referenceScoring(tokens.length, 40, 40);
    let sum = 0;
    for (const { p } of scored) sum += referenceNll(Array.from(table32.subarray(tokens[p - 1]! * V, tokens[p - 1]! * V + V)), tokens[p]!);
    const r = await evaluatePerplexity({ modelPath: model, ids: tokens, options: { ...cpu, context: 40 } });
    expect(Math.abs(r.meanNll / (sum / scored.length) - 1)).toBeLessThan(1e-12);
  });

  it('float16 logits (values exact in half precision) are decoded exactly', async () => {
    const table = quantizedTable(V, V, 7);
    const model = await writeDecoder({ vocab: V, table, logitsType: 'float16' });
    const scored = referenceScoring(tokens.length, 25, 10);
    let sum = 0;
    for (const { p } of scored) sum += referenceNll(Array.from(table.subarray(tokens[p - 1]! * V, tokens[p - 1]! * V + V)), tokens[p]!);
    const r = await evaluatePerplexity({ modelPath: model, ids: tokens, options: { ...cpu, context: 25, stride: 10 } });
    expect(r.tokensScored).toBe(scored.length);
    expect(Math.abs(r.meanNll / (sum / scored.length) - 1)).toBeLessThan(1e-12);
  });
});

describe('uniform logits', () => {
  it('perplexity equals the vocabulary size', async () => {
    const vocab = 50;
    const model = await writeDecoder({ vocab, table: new Float64Array(vocab * vocab) });
    const ids = markovTokens(300, vocab, 3);
    for (const [context, stride] of [[64, 64], [64, 9]] as const) {
      const r = await evaluatePerplexity({ modelPath: model, ids, options: { ...cpu, context, stride } });
      expect(Math.abs(r.perplexity / vocab - 1)).toBeLessThan(1e-12);
    }
  });
});

/**
 * logits(p) = table[t_p] + pos[p - start], where start is the start of the window that scores
 * p + 1: the expected value needs both the right windows and position_ids restarting at 0 in each.
 */
async function expectPositionAware(fixture: Omit<DecoderFixture, 'vocab' | 'table' | 'positionTable'>, context: number, stride: number, files: Record<string, unknown> = {}) {
  const vocab = 9;
  const ids = markovTokens(400, vocab, 11);
  const table = quantizedTable(vocab, vocab, 5);
  const pos = quantizedTable(context, vocab, 6, 32);
  const model = await writeDecoder({ ...fixture, vocab, table, positionTable: { positions: context, data: pos } }, files);
  const scored = referenceScoring(ids.length, context, stride);
  let sum = 0;
  for (const { p, start } of scored) {
    const q = p - 1 - start;
    const row = Array.from({ length: vocab }, (_, j) => table[ids[p - 1]! * vocab + j]! + pos[q * vocab + j]!);
    sum += referenceNll(row, ids[p]!);
  }
  const r = await evaluatePerplexity({ modelPath: model, ids, options: { ...cpu, context, stride } });
  expect(r.tokensScored).toBe(scored.length);
  expect(Math.abs(r.meanNll / (sum / scored.length) - 1)).toBeLessThan(1e-12);
  return r;
}

describe('decoder signatures', () => {
  it('attention_mask + position_ids (int64), overlapping windows', async () => {
    await expectPositionAware({ attentionMask: true }, 32, 12);
  });

  it('int32 attention_mask + position_ids, non-overlapping windows', async () => {
    await expectPositionAware({ attentionMask: true, idsType: 'int32' }, 24, 24);
  });

  it('Optimum past_key_values.* (numeric dims) + use_cache_branch', async () => {
    await expectPositionAware({ attentionMask: true, past: 'optimum' }, 20, 8);
  });

  it('Optimum past_key_values.* with symbolic heads/head_dim taken from config.json', async () => {
    await expectPositionAware({ attentionMask: true, past: 'optimum-symbolic' }, 20, 20, {
      'config.json': { num_attention_heads: 2, num_key_value_heads: 2, hidden_size: 8, max_position_embeddings: 64 },
    });
  });

  it('legacy past_N inputs [2, batch, heads, 0, head_dim] with int32 ids', async () => {
    await expectPositionAware({ attentionMask: true, past: 'legacy', idsType: 'int32' }, 16, 5);
  });

  it('a fixed sequence length: windows are right-padded and the result is unchanged', async () => {
    const vocab = 9;
    const ids = markovTokens(200, vocab, 12);
    const table = quantizedTable(vocab, vocab, 13);
    const dynamic = await writeDecoder({ vocab, table, attentionMask: true });
    const fixed = await writeDecoder({ vocab, table, attentionMask: true, idsShape: ['batch_size', 32] });
    const a = await evaluatePerplexity({ modelPath: dynamic, ids, options: { ...cpu, context: 32 } });
    const b = await evaluatePerplexity({ modelPath: fixed, ids, options: { ...cpu, context: 32 } });
    const c = await evaluatePerplexity({ modelPath: fixed, ids, options: { ...cpu, context: 20, stride: 7 } });
    const d = await evaluatePerplexity({ modelPath: dynamic, ids, options: { ...cpu, context: 20, stride: 7 } });
    expect(b.perplexity).toBe(a.perplexity);
    expect(c.perplexity).toBe(d.perplexity);
  });

  it('logits found by rank and vocab when not named logits; a symbolic vocab dim is probed', async () => {
    const vocab = 11;
    const ids = markovTokens(100, vocab, 2);
    const named = await writeDecoder({ vocab, table: new Float64Array(vocab * vocab), logitsName: 'scores', past: 'optimum' });
    const symbolic = await writeDecoder({ vocab, table: new Float64Array(vocab * vocab), logitsName: 'out', symbolicVocab: true });
    for (const model of [named, symbolic]) {
      const r = await evaluatePerplexity({ modelPath: model, ids, options: { ...cpu, context: 16 } });
      expect(r.vocabSize).toBe(vocab);
      expect(Math.abs(r.perplexity / vocab - 1)).toBeLessThan(1e-12);
    }
  });
});

describe('non-finite logits', () => {
  it('-Infinity for tokens never seen is fine (masked vocabulary); NaN is NON_FINITE', async () => {
    const vocab = 6;
    const ids = markovTokens(200, 4, 31); // ids 0..3 only
    const table = quantizedTable(vocab, vocab, 32);
    for (let i = 0; i < vocab; i++) table[i * vocab + 4] = table[i * vocab + 5] = -Infinity;
    const masked = await writeDecoder({ vocab, table, logitsType: 'float64' });
    const scored = referenceScoring(ids.length, 16, 16);
    let sum = 0;
    for (const { p } of scored) sum += referenceNll(Array.from(table.subarray(ids[p - 1]! * vocab, ids[p - 1]! * vocab + vocab)), ids[p]!);
    const r = await evaluatePerplexity({ modelPath: masked, ids, options: { ...cpu, context: 16 } });
    expect(Math.abs(r.meanNll / (sum / scored.length) - 1)).toBeLessThan(1e-12);

    table[2 * vocab + 1] = NaN;
    const broken = await writeDecoder({ vocab, table, logitsType: 'float64' });
    const err = await evaluatePerplexity({ modelPath: broken, ids: [0, 1, 2, 3, 2, 1], options: { ...cpu, context: 16 } }).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('NON_FINITE');
    expect((err as Error).message).toContain('text position 2');
  });
});
