/**
 * The real pipeline's perplexity stage: the eval text is tokenised with the tokenizer beside the
 * ORIGINAL model (or the tokenizer input) for the original, the smoothed copy in output-dir and a
 * base model in a folder of its own, neither of which carries a tokenizer.json; and it is tokenised
 * once per run. Expected perplexities come from numpy (float64 forward pass, numpy's SVD for the
 * rank-k smoothed weight), the token ids from the tiny tokenizer worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPlan } from '../../src/config/load.js';
import { overridesFromInputs } from '../../src/config/inputs.js';
import { makePipeline, runPipeline, type EvalTokens, type Stages } from '../../src/engine/pipeline.js';
import { writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';
import type { Plan } from '../../src/config/plan.js';
import type { PerplexityResult } from '../../src/eval/types.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { gaussian, mulberry32 } from '../helpers/random.js';
import { tinyTokenizerJson } from '../eval/fixtures.js';

const V = 8; // the tiny tokenizer's vocabulary
const H = 16;
const FC = 'model.layers.0.mlp.fc.weight';
const HEAD = 'lm_head.weight';
const K = 4;
// Lines of the tiny tokenizer's words; ids by hand: BOS=1, ab=6, c=5, abc=7, a=3, b=4.
const TEXT = 'ab c abc\r\n\n  a b  \nabc abc c\n';
const IDS = [1, 6, 5, 7, 1, 3, 4, 1, 7, 7, 5];

interface DecoderWeights {
  emb: Float32Array; // V x H
  fc: Float32Array; // H x H
  head: Float32Array; // H x V
}

function randomWeights(seed: number): DecoderWeights {
  const g = gaussian(mulberry32(seed));
  const fill = (n: number, scale: number) => Float32Array.from({ length: n }, () => g() * scale);
  return { emb: fill(V * H, 1), fc: fill(H * H, 1 / Math.sqrt(H)), head: fill(H * V, 1) };
}

/** input_ids -> Gather(emb) -> MatMul fc -> MatMul lm_head -> logits: a bigram model with two dense layers. */
function decoderSpec(w: DecoderWeights): ModelSpec {
  return {
    nodes: [
      { opType: 'Gather', inputs: ['emb', 'input_ids'], outputs: ['h0'], attributes: { axis: { int: 0 } } },
      { opType: 'MatMul', inputs: ['h0', FC], outputs: ['h1'] },
      { opType: 'MatMul', inputs: ['h1', HEAD], outputs: ['logits'] },
    ],
    initializers: [
      { name: 'emb', type: 'float32', dims: [V, H], data: w.emb },
      { name: FC, type: 'float32', dims: [H, H], data: w.fc },
      { name: HEAD, type: 'float32', dims: [H, V], data: w.head },
    ],
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch_size', 'sequence_length'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch_size', 'sequence_length', V] }],
    opsets: [{ domain: '', version: 17 }],
  };
}

/** numpy: perplexity over positions 1..n-1 (one window), with fc as given or replaced by its rank-k SVD. */
function numpyPerplexity(w: DecoderWeights, ids: readonly number[], rank: number | null): number {
  return runPython<number>(
    `
emb = np.array(inp['emb'], dtype=np.float32).astype(np.float64).reshape(${V}, ${H})
fc = np.array(inp['fc'], dtype=np.float32).astype(np.float64).reshape(${H}, ${H})
head = np.array(inp['head'], dtype=np.float32).astype(np.float64).reshape(${H}, ${V})
if inp['rank'] is not None:
    u, s, vt = np.linalg.svd(fc)
    k = inp['rank']
    fc = ((u[:, :k] * s[:k]) @ vt[:k]).astype(np.float32).astype(np.float64)
ids = inp['ids']
logits = emb[ids[:-1]] @ fc @ head
m = logits.max(axis=1, keepdims=True)
lse = (m + np.log(np.exp(logits - m).sum(axis=1, keepdims=True)))[:, 0]
nll = lse - logits[np.arange(len(ids) - 1), ids[1:]]
print(json.dumps(float(np.exp(nll.mean()))))
`,
    { emb: Array.from(w.emb), fc: Array.from(w.fc), head: Array.from(w.head), ids, rank },
  );
}

async function tempDir(tag: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `ww-pipeline-${tag}-`));
}

function planOf(inputs: Record<string, string>, cwd: string): Plan {
  return buildPlan({
    file: {},
    filePath: null,
    overrides: overridesFromInputs((name) => inputs[name] ?? ''),
    overridesSource: 'test inputs',
    defaultCommentKey: 'test',
    cwd,
  });
}

const relErr = (got: number, want: number) => Math.abs(got / want - 1);

describe.skipIf(findNumpyPython() === null)('real pipeline: the tokenizer comes from the original model (no tokenizer input)', async () => {
  const original = randomWeights(11);
  const base = randomWeights(12);
  const modelDir = await tempDir('model');
  await writeFile(join(modelDir, 'tokenizer.json'), JSON.stringify(tinyTokenizerJson(true)));
  await writeFile(join(modelDir, 'eval.txt'), TEXT);
  const modelPath = await writeModelFiles(modelDir, 'model.onnx', decoderSpec(original));
  const baseDir = await tempDir('base'); // no tokenizer.json here
  const basePath = await writeModelFiles(baseDir, 'model.onnx', decoderSpec(base));

  const common = (outDir: string): Record<string, string> => ({
    model: modelPath,
    'eval-text': join(modelDir, 'eval.txt'),
    method: `rank:${K}`,
    layers: FC,
    context: '64',
    device: 'cpu',
    'output-dir': outDir,
  });

  it('measures original and smoothed (output-dir has no tokenizer.json) on the same tokens', async () => {
    const outDir = await tempDir('out');
    const report = await runPipeline({ plan: planOf(common(outDir), modelDir), version: 'test' });
    expect(existsSync(join(outDir, 'tokenizer.json'))).toBe(false);
    const p = report.perplexity;
    expect(p.note).toBe('');
    expect(p.original?.tokensTotal).toBe(IDS.length);
    expect(p.smoothed?.tokensTotal).toBe(IDS.length);
    expect(p.smoothed?.tokensScored).toBe(IDS.length - 1);
    expect(relErr(p.original!.perplexity, numpyPerplexity(original, IDS, null))).toBeLessThan(1e-5);
    expect(relErr(p.smoothed!.perplexity, numpyPerplexity(original, IDS, K))).toBeLessThan(1e-5);
    expect(report.smoothing?.layers.map((l) => l.k)).toEqual([K]);
  }, 60_000);

  it('a base model in a folder without tokenizer.json is scored with the original\'s tokenizer', async () => {
    const outDir = await tempDir('out-base');
    const report = await runPipeline({ plan: planOf({ ...common(outDir), 'base-model': basePath }, modelDir), version: 'test' });
    const p = report.perplexity;
    expect(report.baseline.source).toBe('base-model');
    expect(p.base?.tokensTotal).toBe(IDS.length);
    expect(relErr(p.base!.perplexity, numpyPerplexity(base, IDS, null))).toBeLessThan(1e-5);
    expect(relErr(p.original!.perplexity, numpyPerplexity(original, IDS, null))).toBeLessThan(1e-5);
    expect(p.headVsBase!.relative).toBeCloseTo(p.original!.perplexity / p.base!.perplexity - 1, 12);
  }, 60_000);

  it('the tokenizer input still wins over the model folder', async () => {
    const bareDir = await tempDir('bare'); // the model alone, its tokenizer elsewhere
    const barePath = await writeModelFiles(bareDir, 'model.onnx', decoderSpec(original));
    const outDir = await tempDir('out-tok');
    const inputs = { ...common(outDir), model: barePath, tokenizer: join(modelDir, 'tokenizer.json') };
    const report = await runPipeline({ plan: planOf(inputs, bareDir), version: 'test' });
    expect(report.perplexity.original?.tokensTotal).toBe(IDS.length);
    expect(report.perplexity.smoothed?.tokensTotal).toBe(IDS.length);
  }, 60_000);
});

describe('pipeline orchestration: one tokenisation per run', () => {
  it('tokenises once, from the original model, and hands the same tokens to base, original and smoothed', async () => {
    const tokenizeCalls: string[] = [];
    const perplexityCalls: { model: string; tokens: EvalTokens }[] = [];
    const snapshot = { layers: [], meanAlpha: null } as unknown as Awaited<ReturnType<Stages['analyze']>>['snapshot'];
    const given: EvalTokens = { tokens: [1, 2, 3], source: 'eval.txt (tokenizer /m)' };
    const stages: Stages = {
      resolveModel: async (source) => ({ source, path: `/models/${source}/model.onnx`, sha256: source.padEnd(64, '0'), bytes: 1, format: 'onnx' }),
      analyze: async () => ({ snapshot, report: {} }),
      smooth: async (_m, _o, _p, outPath) => ({ summary: { layers: [], outputPath: outPath } as never, snapshot, report: {} }),
      tokenize: async (original) => {
        tokenizeCalls.push(original.path);
        return given;
      },
      perplexity: async (model, _plan, tokens) => {
        perplexityCalls.push({ model, tokens });
        return { perplexity: 2, tokensScored: 2, tokensTotal: 3 } as PerplexityResult;
      },
      perplexityUnavailable: () => '',
    };
    const outDir = await tempDir('mock');
    const plan = planOf({ model: 'head', 'base-model': 'base', 'eval-text': 'eval.txt', 'output-dir': outDir, method: 'rank:1' }, outDir);
    await makePipeline(stages)({ plan, version: 'test' });
    expect(tokenizeCalls).toEqual(['/models/head/model.onnx']);
    expect(perplexityCalls.map((c) => c.model)).toEqual(['/models/base/model.onnx', '/models/head/model.onnx', `${outDir}/smoothed.onnx`]);
    expect(perplexityCalls.every((c) => c.tokens === given)).toBe(true);
  });
});
