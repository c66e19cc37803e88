/**
 * method auto on a model whose best selection is known by construction (test/smooth/searchModels.ts):
 * exactly low-rank layers next to full-rank ones, eval tokens sampled from the model itself.
 * Real onnxruntime sessions; the written model is re-evaluated independently of the search.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateTokens } from '../../src/engine/evaluate.js';
import type { SearchSetup } from '../../src/engine/search.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { D, FULL_B, FULL_D, LOW_A, LOW_C, MIXED, buildSearchModel, sampleTokens } from '../smooth/searchModels.js';

const CONTEXT = 64;
let dir: string;
let mixed: string;
let fullOnly: string;
const tokens = sampleTokens(4096);
const fullBranches = MIXED.filter((b) => b.rank === 'full');
const fullTokens = sampleTokens(4096, fullBranches);

const setup = (budget: SearchSetup['budget'], tk: number[] = tokens): SearchSetup => ({
  tokens: tk,
  context: CONTEXT,
  stride: CONTEXT,
  maxTokens: 0,
  device: 'cpu',
  batchSize: 0,
  budget,
  maxEvals: 300,
  maxSeconds: Infinity,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-search-'));
  mixed = await buildSearchModel(join(dir, 'mixed'));
  fullOnly = await buildSearchModel(join(dir, 'full'), fullBranches);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const original = (model: string, tk: number[]) => evaluateTokens(model, tk, 'test', { context: CONTEXT, device: 'cpu' });

describe('method auto (guarded search)', () => {
  it('a small budget admits exactly the lossless reductions: low-rank layers to their rank, full-rank layers untouched', async () => {
    const out = join(dir, 'subset.onnx');
    const r = await smoothModel({ modelPath: mixed, outPath: out, plan: { method: 'detX' }, search: setup({ kind: 'relative', value: 0.005 }) });
    const s = r.search!;
    const chosen = Object.fromEntries(s.layers.map((l) => [l.name, l.chosenK]));
    expect(chosen).toEqual({ [LOW_A]: 3, [FULL_B]: null, [LOW_C]: 5, [FULL_D]: null });
    // The written model, evaluated again by the plain evaluator, is within the budget of the original.
    const before = await original(mixed, tokens);
    const after = await original(out, tokens);
    expect((after.perplexity - before.perplexity) / before.perplexity).toBeLessThanOrEqual(0.005);
    // ... and is the model the search measured (same W', same windows).
    expect(after.perplexity).toBeCloseTo(s.final, 9);
    expect(s.original.full).toBeCloseTo(before.perplexity, 9);
    expect(s.totals.rankRemoved).toBe(D - 3 + (D - 5));
    expect(r.layers.find((l) => l.name === LOW_A)!.k).toBe(3);
  });

  it('a budget that admits everything takes every layer to its most aggressive candidate (rank-fraction 0.1: k = floor(0.1 * 16) = 1)', async () => {
    const r = await smoothModel({ modelPath: mixed, outPath: join(dir, 'all.onnx'), plan: { method: 'detX' }, search: setup({ kind: 'absolute', value: 1e9 }) });
    expect(r.search!.layers.map((l) => l.chosenK)).toEqual([1, 1, 1, 1]);
    expect(r.search!.evals.full).toBe(2); // the original and one confirmation: nothing reverted
  });

  it('a zero budget on full-rank layers admits nothing: the written model is the original', async () => {
    const out = join(dir, 'none.onnx');
    const r = await smoothModel({ modelPath: fullOnly, outPath: out, plan: { method: 'detX' }, search: setup({ kind: 'relative', value: 0 }, fullTokens) });
    expect(r.search!.layers.every((l) => l.chosenK === null)).toBe(true);
    expect(r.layers).toEqual([]); // nothing to write but the copy
    const [a, b] = [await original(fullOnly, fullTokens), await original(out, fullTokens)];
    expect(b.perplexity).toBe(a.perplexity);
  });

  it('is deterministic: the same inputs give the same ranks and the same path', async () => {
    const run = () => smoothModel({ modelPath: mixed, outPath: join(dir, 'det.onnx'), plan: { method: 'detX' }, search: setup({ kind: 'relative', value: 0.02 }) });
    const [a, b] = [(await run()).search!, (await run()).search!];
    expect(b.layers.map((l) => l.chosenK)).toEqual(a.layers.map((l) => l.chosenK));
    expect(b.steps.map((s) => [s.layer, s.k, s.decision, s.value])).toEqual(a.steps.map((s) => [s.layer, s.k, s.decision, s.value]));
  });

  it('layer selection limits the search: excluded layers are never tried', async () => {
    const r = await smoothModel({ modelPath: mixed, outPath: join(dir, 'sel.onnx'), plan: { method: 'detX', exclude: [LOW_A] }, search: setup({ kind: 'relative', value: 0.005 }) });
    expect(r.search!.layers.map((l) => l.name)).not.toContain(LOW_A);
    expect(r.search!.steps.some((s) => s.layer === LOW_A)).toBe(false);
    expect(r.search!.layers.find((l) => l.name === LOW_C)!.chosenK).toBe(5);
  });
});
