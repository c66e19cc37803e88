/**
 * The search's evaluator: one session whose searched weights are feeds. Checked against the plain
 * evaluator on model files written with the same weights (independent path: initializers, no feeds).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateTokens } from '../../src/engine/evaluate.js';
import { openCandidateSession, type CandidateSession } from '../../src/eval/candidateSession.js';
import { openOnnx } from '../../src/model/onnx.js';
import type { DenseLayer } from '../../src/model/types.js';
import { FULL_B, LOW_A, MIXED, branchWeight, buildSearchModel, sampleTokens } from '../smooth/searchModels.js';

let dir: string;
let model: string;
let layers: DenseLayer[];
let session: CandidateSession;
const tokens = sampleTokens(1000);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-cand-'));
  model = await buildSearchModel(join(dir, 'orig'));
  const w = await openOnnx(model);
  layers = w.layers.filter((l) => l.name === LOW_A || l.name === FULL_B);
  await w.close();
  session = await openCandidateSession({ modelPath: model, layers, tokens, context: 50, stride: 50, maxTokens: 0, batchSize: 0, device: 'cpu' });
});
afterAll(async () => {
  await session?.release();
  await rm(dir, { recursive: true, force: true });
});

const feeds = (a: Float32Array, b: Float32Array) => new Map([[LOW_A, a], [FULL_B, b]]);

describe('candidate session', () => {
  it('with the original weights fed, scores what the plain evaluator scores on the model file', async () => {
    const plain = await evaluateTokens(model, tokens, 'test', { context: 50, device: 'cpu' });
    const m = await session.measure(feeds(branchWeight(MIXED[0]!), branchWeight(MIXED[1]!)));
    expect(m.tokensScored).toBe(plain.tokensScored);
    expect(m.perplexity).toBeCloseTo(plain.perplexity, 10);
  });

  it('with other weights fed, scores what a model file holding those weights scores', async () => {
    // FULL_B replaced by zeros: the same as a model without that branch's contribution.
    const zero = new Float32Array(16 * 16);
    const m = await session.measure(feeds(branchWeight(MIXED[0]!), zero));
    const withoutB = await buildSearchModel(join(dir, 'noB'), MIXED.filter((b) => b.name !== FULL_B));
    const plain = await evaluateTokens(withoutB, tokens, 'test', { context: 50, device: 'cpu' });
    expect(m.perplexity).toBeCloseTo(plain.perplexity, 9);
  });

  it('a model with external data: the other initializers resolve from the original folder', async () => {
    const ext = await buildSearchModel(join(dir, 'ext'), MIXED, 'weights.bin');
    const w = await openOnnx(ext);
    expect(w.onnx.usesExternalData).toBe(true);
    const extLayers = w.layers.filter((l) => l.name === LOW_A || l.name === FULL_B);
    await w.close();
    const s = await openCandidateSession({ modelPath: ext, layers: extLayers, tokens, context: 50, stride: 50, maxTokens: 0, batchSize: 0, device: 'cpu' });
    try {
      const plain = await evaluateTokens(ext, tokens, 'test', { context: 50, device: 'cpu' });
      expect((await s.measure(feeds(branchWeight(MIXED[0]!), branchWeight(MIXED[1]!)))).perplexity).toBeCloseTo(plain.perplexity, 10);
    } finally {
      await s.release();
    }
  });

  it('a subset of windows scores only their tokens', async () => {
    const some = [session.windows[0]!, session.windows[3]!];
    const m = await session.measure(feeds(branchWeight(MIXED[0]!), branchWeight(MIXED[1]!)), some);
    expect(m.tokensScored).toBe(some.reduce((s, w) => s + w.end - w.scoreFrom, 0));
  });

  it('refuses a measurement that lacks a fed weight', async () => {
    await expect(session.measure(new Map([[LOW_A, branchWeight(MIXED[0]!)]]))).rejects.toThrow(/no values for weight/);
  });
});
