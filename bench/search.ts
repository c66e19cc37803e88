/**
 * Cost of the guarded smoothing search (`method: auto`) in units of one full evaluation of the
 * original model, measured in the same process: stories260K on tinystories_val_64k.txt (context
 * 256, 16384 tokens scored, budget 2%: the action's defaults) when ../shared is present, and a
 * generated model with TinyLlama-shaped blocks (the same matrix aspect ratios and grouped KV, width
 * scaled down by 8 so it runs in a couple of minutes) on tokens sampled from the model itself.
 *
 * Run alone: `node --import tsx bench/search.ts [--quick]`; bench/run.ts calls `benchSearchReport`.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ort from 'onnxruntime-node';
import { evaluateTokens, prepareTokens } from '../src/engine/evaluate.js';
import { smoothModel } from '../src/engine/smooth.js';
import type { SearchSetup } from '../src/engine/search.js';
import { writeModelFiles, type NodeSpec, type TensorSpec } from '../src/model/onnxBuilder.js';
import { sharedPath } from '../test/helpers/shared.js';
import { gaussianArray, mulberry32 } from '../test/helpers/random.js';

export interface SearchBenchRow {
  model: string;
  layers: number;
  layersReduced: number;
  rankRemoved: number;
  paramsBefore: number;
  paramsKept: number;
  screenEvals: number;
  fullEvals: number;
  /** Tokens the search scored / tokens of one full evaluation. */
  fullEquivalentsTokens: number;
  /** Search wall time / wall time of one full evaluation of the original (fresh session, same process). */
  fullEquivalentsTime: number;
  searchSeconds: number;
  fullEvalSeconds: number;
  original: number;
  final: number;
  finalRelative: number;
  /** The written model evaluated again by the plain evaluator. */
  writtenRelative: number;
}

const CONTEXT = 256;
const MAX_TOKENS = 16384;

async function benchOne(name: string, modelPath: string, tokens: number[], dir: string): Promise<SearchBenchRow> {
  const opts = { context: CONTEXT, maxTokens: MAX_TOKENS, device: 'cpu' as const };
  await evaluateTokens(modelPath, tokens, name, opts); // warm-up (file cache, onnxruntime init)
  const t0 = performance.now();
  const original = await evaluateTokens(modelPath, tokens, name, opts);
  const fullEvalSeconds = (performance.now() - t0) / 1000;
  const setup: SearchSetup = { tokens, context: CONTEXT, stride: CONTEXT, maxTokens: MAX_TOKENS, device: 'cpu', batchSize: 0, budget: { kind: 'relative', value: 0.02 }, maxEvals: 300, maxSeconds: Infinity };
  const out = join(dir, `${name.replace(/[^A-Za-z0-9._-]+/g, "_")}.smoothed.onnx`);
  const t1 = performance.now();
  const r = await smoothModel({ modelPath, outPath: out, plan: { method: 'detX' }, search: setup });
  const searchSeconds = (performance.now() - t1) / 1000;
  const s = r.search!;
  const written = await evaluateTokens(out, tokens, name, opts);
  return {
    model: name,
    layers: s.layers.length,
    layersReduced: s.totals.layersReduced,
    rankRemoved: s.totals.rankRemoved,
    paramsBefore: s.totals.paramsBefore,
    paramsKept: s.totals.paramsKept,
    screenEvals: s.evals.screen,
    fullEvals: s.evals.full,
    fullEquivalentsTokens: s.evals.fullEquivalents,
    fullEquivalentsTime: searchSeconds / fullEvalSeconds,
    searchSeconds,
    fullEvalSeconds,
    original: original.perplexity,
    final: s.final,
    finalRelative: s.finalRelative,
    writtenRelative: (written.perplexity - original.perplexity) / original.perplexity,
  };
}

/** TinyLlama-1.1B block shapes / 8: hidden 256, intermediate 704, 32 heads of 8 with 4 KV heads (k, v: 256 -> 32). */
const HIDDEN = 256;
const INTER = 704;
const KV = 32;
const VOCAB = 512;

/** A weight with a decaying spectrum (rank-16 signal plus noise), as trained layers have. */
function layerWeight(rows: number, cols: number, seed: number): Float32Array {
  const r = 16;
  const u = gaussianArray(rows * r, seed);
  const v = gaussianArray(r * cols, seed + 1);
  const noise = gaussianArray(rows * cols, seed + 2);
  const scale = 1 / Math.sqrt(rows);
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let t = 0; t < r; t++) s += (u[i * r + t]! * v[t * cols + j]!) / (1 + t);
      out[i * cols + j] = scale * (0.6 * s + 0.3 * noise[i * cols + j]!);
    }
  }
  return out;
}

/**
 * Per block (per token, no mixing across positions): attention-shaped x + o(q(x) + tile(k(x) * v(x))),
 * then x + down(silu(gate(x)) * up(x)); TinyLlama's names, so roles and blocks are found as on the real export.
 */
async function buildTinyLlamaShaped(dir: string, blocks: number): Promise<string> {
  const init: TensorSpec[] = [];
  const nodes: NodeSpec[] = [];
  const w = (name: string, rows: number, cols: number, seed: number): string => {
    init.push({ name, type: 'float32', dims: [rows, cols], data: layerWeight(rows, cols, seed) });
    return name;
  };
  init.push({ name: 'model.embed_tokens.weight', type: 'float32', dims: [VOCAB, HIDDEN], data: Float32Array.from(gaussianArray(VOCAB * HIDDEN, 1)) });
  init.push({ name: 'tile_repeats', type: 'int64', dims: [3], data: BigInt64Array.from([1n, 1n, BigInt(HIDDEN / KV)]) });
  nodes.push({ opType: 'Gather', name: 'embed', inputs: ['model.embed_tokens.weight', 'input_ids'], outputs: ['x0'], attributes: { axis: { int: 0 } } });
  let x = 'x0';
  let n = 0;
  const op = (opType: string, inputs: string[], attributes?: NodeSpec['attributes']): string => {
    const out = `t${n++}`;
    nodes.push({ opType, name: `${opType}_${n}`, inputs, outputs: [out], ...(attributes ? { attributes } : {}) });
    return out;
  };
  for (let b = 0; b < blocks; b++) {
    const p = `model.layers.${b}`;
    const s = 100 * (b + 1);
    const q = op('MatMul', [x, w(`${p}.self_attn.q_proj.weight`, HIDDEN, HIDDEN, s + 1)]);
    const k = op('MatMul', [x, w(`${p}.self_attn.k_proj.weight`, HIDDEN, KV, s + 2)]);
    const v = op('MatMul', [x, w(`${p}.self_attn.v_proj.weight`, HIDDEN, KV, s + 3)]);
    const kv = op('Tile', [op('Mul', [k, v]), 'tile_repeats']);
    const o = op('MatMul', [op('Add', [q, kv]), w(`${p}.self_attn.o_proj.weight`, HIDDEN, HIDDEN, s + 4)]);
    const x1 = op('Add', [x, o]);
    const g = op('MatMul', [x1, w(`${p}.mlp.gate_proj.weight`, HIDDEN, INTER, s + 5)]);
    const silu = op('Mul', [g, op('Sigmoid', [g])]);
    const u = op('MatMul', [x1, w(`${p}.mlp.up_proj.weight`, HIDDEN, INTER, s + 6)]);
    const d = op('MatMul', [op('Mul', [silu, u]), w(`${p}.mlp.down_proj.weight`, INTER, HIDDEN, s + 7)]);
    x = op('Add', [x1, d]);
  }
  nodes.push({ opType: 'MatMul', name: '/lm_head/MatMul', inputs: [x, w('lm_head.weight', HIDDEN, VOCAB, 9)], outputs: ['logits'] });
  return writeModelFiles(dir, 'tinyllama-shaped.onnx', {
    nodes,
    initializers: init,
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch', 'sequence'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 'sequence', VOCAB] }],
  });
}

/** Tokens from the model's own next-token distribution (its logits depend on the current token only). */
async function sampleFromModel(modelPath: string, n: number): Promise<number[]> {
  const session = await ort.InferenceSession.create(modelPath);
  try {
    const ids = new ort.Tensor('int64', BigInt64Array.from({ length: VOCAB }, (_, i) => BigInt(i)), [1, VOCAB]);
    const logits = (await session.run({ input_ids: ids })).logits!.data as Float32Array;
    const rand = mulberry32(5);
    const out = [0];
    for (let i = 1; i < n; i++) {
      const row = logits.subarray(out[i - 1]! * VOCAB, (out[i - 1]! + 1) * VOCAB);
      let max = -Infinity;
      for (const x of row) if (x > max) max = x;
      let z = 0;
      for (const x of row) z += Math.exp(x - max);
      let u = rand() * z;
      let t = 0;
      while (t < VOCAB - 1 && u >= Math.exp(row[t]! - max)) u -= Math.exp(row[t++]! - max);
      out.push(t);
    }
    return out;
  } finally {
    await session.release();
  }
}

export async function benchSearch(quick = false): Promise<SearchBenchRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'ww-bench-search-'));
  const rows: SearchBenchRow[] = [];
  try {
    const model = sharedPath('models/stories260K/model.onnx');
    const text = sharedPath('data/tinystories_val_64k.txt');
    if (model && text && existsSync(model) && existsSync(text)) {
      const { tokens } = await prepareTokens({ textFile: text }, model);
      rows.push(await benchOne('stories260K', model, tokens, dir));
    } else {
      console.log('search bench: ../shared/models/stories260K absent, only the generated model is measured');
    }
    const generated = await buildTinyLlamaShaped(join(dir, 'gen'), quick ? 1 : 2);
    rows.push(await benchOne(`tinyllama-shaped x${quick ? 1 : 2} blocks (width / 8)`, generated, await sampleFromModel(generated, MAX_TOKENS + 1), dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export function formatSearchBench(rows: readonly SearchBenchRow[]): string {
  const head = '| model | layers reduced | rank removed | factorised params kept | screening + full evals | cost (full evals, tokens) | cost (full evals, time) | search s | one full eval s | perplexity | written model |';
  const lines = [head, '|---|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.model} | ${r.layersReduced} / ${r.layers} | ${r.rankRemoved} | ${r.paramsKept} / ${r.paramsBefore} | ${r.screenEvals} + ${r.fullEvals} | ${r.fullEquivalentsTokens.toFixed(1)} | ${r.fullEquivalentsTime.toFixed(1)} | ${r.searchSeconds.toFixed(1)} | ${r.fullEvalSeconds.toFixed(2)} | ${r.original.toFixed(4)} → ${r.final.toFixed(4)} (${(100 * r.finalRelative).toFixed(2)}%) | ${(100 * r.writtenRelative).toFixed(2)}% |`,
    );
  }
  return lines.join('\n');
}

/** Runs the bench, writes bench/results/search-<time>.json, returns the table (bench/run.ts prints it). */
export async function benchSearchReport(quick = false): Promise<string> {
  const rows = await benchSearch(quick).catch((e: Error) => (console.log(`search bench failed: ${e.message}`), [] as SearchBenchRow[]));
  const file = join(dirname(fileURLToPath(import.meta.url)), 'results', `search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(rows, null, 2));
  return `\nsmoothing search (method auto, budget 2%):\n${formatSearchBench(rows)}\nresults: ${file}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(await benchSearchReport(process.argv.includes('--quick')));
}
