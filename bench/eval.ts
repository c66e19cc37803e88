/**
 * Evaluation throughput (scored tokens per second) with onnxruntime-node: stories260K on
 * tinystories_val_64k.txt at context 256 when ../shared is present, otherwise a model built here
 * (embedding + MLP + head, vocabulary 512, the size of stories260K's MLP path) on synthetic ids.
 * CPU always; CUDA too when onnxruntime-node's CUDA provider is installed. Best of 3 runs.
 *
 * Run alone: `node --import tsx bench/eval.ts`; bench/run.ts may import `benchEval()`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateTokens, prepareTokens } from '../src/engine/evaluate.js';
import { cudaProviderLibraryPath } from '../src/eval/session.js';
import type { DeviceUsed, EvalOptions, PerplexityResult } from '../src/eval/types.js';
import { writeModelFiles, type ModelSpec } from '../src/model/onnxBuilder.js';
import { sharedPath } from '../test/helpers/shared.js';

export interface EvalBenchRow {
  model: string;
  device: DeviceUsed;
  context: number;
  tokensScored: number;
  seconds: number;
  tokensPerSecond: number;
  perplexity: number;
}

function randomWeights(n: number, seed: number, scale: number): Float32Array {
  let a = seed >>> 0;
  return Float32Array.from({ length: n }, () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return (a / 2 ** 32 - 0.5) * 2 * scale;
  });
}

/** Embedding [512, 64] -> MatMul [64, 172] -> Relu -> MatMul [172, 64] -> MatMul [64, 512]. */
function builtModelSpec(): ModelSpec {
  const V = 512;
  const d = 64;
  const h = 172;
  return {
    nodes: [
      { opType: 'Gather', inputs: ['embed', 'input_ids'], outputs: ['x'], attributes: { axis: { int: 0 } } },
      { opType: 'MatMul', inputs: ['x', 'up'], outputs: ['u'] },
      { opType: 'Relu', inputs: ['u'], outputs: ['r'] },
      { opType: 'MatMul', inputs: ['r', 'down'], outputs: ['y'] },
      { opType: 'MatMul', inputs: ['y', 'head'], outputs: ['logits'] },
    ],
    initializers: [
      { name: 'embed', type: 'float32', dims: [V, d], data: randomWeights(V * d, 1, 1) },
      { name: 'up', type: 'float32', dims: [d, h], data: randomWeights(d * h, 2, 0.2) },
      { name: 'down', type: 'float32', dims: [h, d], data: randomWeights(h * d, 3, 0.2) },
      { name: 'head', type: 'float32', dims: [d, V], data: randomWeights(d * V, 4, 0.2) },
    ],
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch_size', 'sequence_length'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch_size', 'sequence_length', V] }],
  };
}

/** Best of `repeats` runs (the machine may be shared; the fastest run is the least disturbed). */
async function bestOf(repeats: number, model: string, tokens: number[], options: Partial<EvalOptions>): Promise<PerplexityResult> {
  let best: PerplexityResult | null = null;
  for (let i = 0; i < repeats; i++) {
    const r = await evaluateTokens(model, tokens, 'bench', options);
    if (best === null || r.seconds < best.seconds) best = r;
  }
  return best!;
}

export async function benchEval(repeats = 3): Promise<EvalBenchRow[]> {
  const devices: ('cpu' | 'cuda')[] = ['cpu'];
  const lib = cudaProviderLibraryPath();
  if (lib !== null && existsSync(lib)) devices.push('cuda');
  const rows: EvalBenchRow[] = [];
  const stories = sharedPath('models', 'stories260K', 'model.onnx');
  const text = sharedPath('data', 'tinystories_val_64k.txt');
  if (stories && text) {
    const { tokens } = await prepareTokens({ textFile: text }, stories);
    for (const device of devices) {
      const r = await bestOf(repeats, stories, tokens, { context: 256, device });
      rows.push({ model: 'stories260K', device: r.device, context: 256, tokensScored: r.tokensScored, seconds: r.seconds, tokensPerSecond: r.tokensPerSecond, perplexity: r.perplexity });
    }
    return rows;
  }
  const dir = await mkdtemp(join(tmpdir(), 'ww-bench-eval-'));
  try {
    const model = await writeModelFiles(dir, 'mlp.onnx', builtModelSpec());
    let s = 7;
    const ids = Array.from({ length: 30000 }, () => (s = (Math.imul(s, 48271) + 11) >>> 0) % 512);
    for (const device of devices) {
      const r = await bestOf(repeats, model, ids, { context: 256, device });
      rows.push({ model: 'built MLP (vocab 512)', device: r.device, context: 256, tokensScored: r.tokensScored, seconds: r.seconds, tokensPerSecond: r.tokensPerSecond, perplexity: r.perplexity });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatEvalBench(rows: readonly EvalBenchRow[]): string {
  const lines = ['| evaluation | device | context | tokens scored | seconds | tokens/s | perplexity |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.model} | ${r.device} | ${r.context} | ${r.tokensScored} | ${r.seconds.toFixed(2)} | ${Math.round(r.tokensPerSecond)} | ${r.perplexity.toFixed(4)} |`);
  }
  return lines.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && /bench[\\/]eval\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  benchEval().then((rows) => console.log(formatEvalBench(rows)));
}
