/**
 * method auto with `objective: probe` on a built model: probe items are scored through the search's
 * candidate session, and the written model, scored again by the plain probe evaluator (its own
 * session, no fed weights), keeps the probe score and the perplexity budget.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import analyzeSchema from '../../src/report/analyze-schema.json' with { type: 'json' };
import runSchema from '../../src/report/run-schema.json' with { type: 'json' };
import { evaluateTokens } from '../../src/engine/evaluate.js';
import { evaluateProbeItems } from '../../src/engine/probe.js';
import type { SearchSetup } from '../../src/engine/search.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { correctLogLikelihood } from '../../src/eval/probe.js';
import type { EncodedProbe } from '../../src/eval/probeEncode.js';
import { FULL_D, LOW_A, LOW_C, V, buildSearchModel, sampleTokens } from '../smooth/searchModels.js';

const CONTEXT = 64;
const tokens = sampleTokens(4096);
let dir: string;
let model: string;

/** Items from held-out text of the same source: 8 tokens of context, the true next token against two others. */
function probeOf(text: readonly number[], n: number): EncodedProbe {
  const items = Array.from({ length: n }, (_, i) => {
    const at = 16 + i * 12;
    const next = text[at + 8]!;
    const choices = [next, (next + 5) % V, (next + 11) % V];
    return { kind: 'choice' as const, line: i + 1, excerpt: `item ${i}`, answer: 0, choiceChars: [1, 1, 1], requests: choices.map((c) => ({ context: text.slice(at, at + 8), continuation: [c] })) };
  });
  return { items, itemsTotal: n, source: 'probe.jsonl', sha256: '0'.repeat(64) };
}
const probe = probeOf(sampleTokens(1024, undefined, 11), 40);

const setup = (extra: Partial<SearchSetup>): SearchSetup => ({
  tokens,
  context: CONTEXT,
  stride: CONTEXT,
  maxTokens: 0,
  device: 'cpu',
  batchSize: 0,
  budget: { kind: 'relative', value: 0.05 },
  maxEvals: 300,
  maxSeconds: Infinity,
  ...extra,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-search-probe-'));
  model = await buildSearchModel(join(dir, 'mixed'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('method auto, objective probe', () => {
  it('the written model keeps the probe score and stays within the perplexity budget (plain evaluators)', async () => {
    const out = join(dir, 'probe.onnx');
    const r = await smoothModel({ modelPath: model, outPath: out, plan: { method: 'detX' }, search: setup({ objective: 'probe', probe }) });
    const s = r.search!;
    expect(s.objective).toBe('probe');
    expect(s.probe).toBeDefined();
    const opts = { context: CONTEXT, device: 'cpu' as const };
    const [pBefore, pAfter] = [await evaluateProbeItems(model, probe, opts), await evaluateProbeItems(out, probe, opts)];
    const llBefore = correctLogLikelihood(probe, pBefore.perItem!);
    const llAfter = correctLogLikelihood(probe, pAfter.perItem!);
    // The search's numbers are the plain evaluator's (float32 logits: agreement to ~1e-9 relative).
    expect(s.probe!.original).toBeCloseTo(llBefore, 6);
    expect(s.probe!.final).toBeCloseTo(llAfter, 6);
    expect(llAfter).toBeGreaterThanOrEqual(llBefore - 1e-9);
    const [before, after] = [await evaluateTokens(model, tokens, 'test', opts), await evaluateTokens(out, tokens, 'test', opts)];
    expect((after.perplexity - before.perplexity) / before.perplexity).toBeLessThanOrEqual(0.05);
    expect(after.perplexity).toBeCloseTo(s.final, 9);
    // report.json's schema takes the probe fields (strict: no unknown property).
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addSchema(analyzeSchema);
    ajv.addSchema(runSchema);
    const validate = ajv.getSchema(`${runSchema.$id}#/$defs/searchReport`)!;
    expect(validate(JSON.parse(JSON.stringify(s))), JSON.stringify(validate.errors)).toBe(true);
    // Every step that was kept had a probe score no lower than the set before it.
    expect(s.steps.filter((x) => x.decision === 'accepted').every((x) => x.probe !== undefined)).toBe(true);
  });

  it('picks a different set than the perplexity objective: the lossless reductions only, not a lossy one the budget admits', async () => {
    const opts = { context: CONTEXT, device: 'cpu' as const };
    const byPpl = (await smoothModel({ modelPath: model, outPath: join(dir, 'ppl.onnx'), plan: { method: 'detX' }, search: setup({}) })).search!;
    const byProbe = (await smoothModel({ modelPath: model, outPath: join(dir, 'probe2.onnx'), plan: { method: 'detX' }, search: setup({ objective: 'probe', probe }) })).search!;
    const chosen = (s: typeof byPpl) => Object.fromEntries(s.layers.filter((l) => l.chosenK !== null).map((l) => [l.name, l.chosenK]));
    // LOW_A and LOW_C have exact rank 3 and 5 (searchModels.ts): reducing them to it changes no logit beyond rounding.
    expect(chosen(byPpl)).toMatchObject({ [LOW_A]: 3, [LOW_C]: 5, [FULL_D]: expect.any(Number) });
    expect(chosen(byProbe)).toEqual({ [LOW_A]: 3, [LOW_C]: 5 });
    // Why: the plain evaluator finds that the perplexity objective's extra reduction lowers the right answers' log-likelihood.
    const ll = async (m: string) => correctLogLikelihood(probe, (await evaluateProbeItems(m, probe, opts)).perItem!);
    const base = await ll(model);
    expect(await ll(join(dir, 'ppl.onnx'))).toBeLessThan(base - 1e-3);
    expect(await ll(join(dir, 'probe2.onnx'))).toBeCloseTo(base, 4);
    expect(byPpl.objective).toBe('perplexity');
    expect(byPpl.probe).toBeUndefined();
  });

  it('refuses objective probe without probe items, before opening a session', async () => {
    await expect(smoothModel({ modelPath: model, outPath: join(dir, 'none.onnx'), plan: { method: 'detX' }, search: setup({ objective: 'probe' }) })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
