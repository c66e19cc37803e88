/**
 * Determinism: the same inputs give the same report, bit for bit, apart from timing fields
 * (createdAt, timings, *seconds*, tokensPerSecond; the stripped keys are listed in the failure
 * message). Covered: analyze with every metric on (including the seeded randomized ESD), smooth
 * (report and the written model's bytes), and the whole demo pipeline run twice as separate
 * processes (`ww-smooth demo`), comparing report.json and the PR comment. A different seed must
 * change the randomized metrics, so the check is not vacuous.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeModel } from '../../src/engine/analyze.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { getEngine } from '../../src/linalg/engine.js';
import { openModel } from '../../src/model/open.js';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { makeRng } from './fuzzCorpus.js';

const repoRoot = join(fileURLToPath(import.meta.url), '..', '..', '..');
const TIMING_KEY = /^(createdAt|timings|seconds|tokensPerSecond|elapsed\w*|\w*Seconds|\w*Ms)$/;

/** JSON with timing fields removed; `stripped` collects the key paths removed. */
export function withoutTimings(value: unknown, stripped: Set<string> = new Set(), at = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutTimings(v, stripped, `${at}[]`));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (TIMING_KEY.test(k)) stripped.add(`${at}.${k}`);
      else out[k] = withoutTimings(v, stripped, `${at}.${k}`);
    }
    return out;
  }
  return value;
}

/** Gaussian-ish weights from a seeded generator, plus a planted low-rank part so smoothing has structure. */
function weights(rows: number, cols: number, seed: number): Float32Array {
  const r = makeRng(seed);
  const u = Float64Array.from({ length: rows }, () => r() - 0.5);
  const v = Float64Array.from({ length: cols }, () => r() - 0.5);
  const out = new Float32Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) out[i * cols + j] = (r() + r() + r() - 1.5) * 0.2 + 3 * u[i]! * v[j]!;
  return out;
}

let dir: string;
let modelPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-determinism-'));
  const inits: TensorSpec[] = [
    { name: 'model.layers.0.mlp.up_proj.weight', type: 'float32', dims: [48, 96], data: weights(48, 96, 1) },
    { name: 'model.layers.0.mlp.down_proj.weight', type: 'float32', dims: [96, 48], data: weights(96, 48, 2), externalFile: 'w.bin' },
    { name: 'model.layers.1.self_attn.o_proj.weight', type: 'float32', dims: [64, 48], data: weights(64, 48, 3) },
  ];
  modelPath = await writeModelFiles(dir, 'model.onnx', {
    nodes: [
      { opType: 'MatMul', inputs: ['x', inits[0]!.name], outputs: ['h1'], name: 'up' },
      { opType: 'MatMul', inputs: ['h1', inits[1]!.name], outputs: ['h2'], name: 'down' },
      { opType: 'Gemm', inputs: ['h2', inits[2]!.name], outputs: ['y'], name: 'o_proj', attributes: { transB: { int: 1 } } },
    ],
    initializers: inits,
    inputs: [{ name: 'x', type: 'float32', shape: ['b', 48] }],
    outputs: [{ name: 'y', type: 'float32', shape: ['b', 64] }],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function analyzeOnce(seed: number): Promise<string> {
  const w = await openModel(modelPath);
  const engine = await getEngine();
  try {
    const report = await analyzeModel(w, { engine, analyze: { randomize: true, mpFit: true, detX: true, seed } });
    return JSON.stringify(withoutTimings(report));
  } finally {
    await w.close();
    await engine.dispose();
  }
}

describe('determinism', () => {
  it('analyze twice (randomized ESD on, same seed): identical JSON apart from timings; another seed differs', async () => {
    const a = await analyzeOnce(42);
    const b = await analyzeOnce(42);
    expect(b).toBe(a);
    const parsed = JSON.parse(a) as { layers: { metrics: { rand_distance?: number } | null }[] };
    expect(parsed.layers.every((l) => typeof l.metrics?.rand_distance === 'number')).toBe(true);
    const c = await analyzeOnce(7);
    expect(c).not.toBe(a);
  });

  it('smooth twice: identical report apart from timings and output path, byte-identical model files', async () => {
    const run = async (name: string) => {
      const out = join(dir, name, 'smoothed.onnx');
      const { mkdir } = await import('node:fs/promises');
      await mkdir(join(dir, name), { recursive: true });
      const report = await smoothModel({ modelPath, outPath: out, plan: { method: 'detX' }, seed: 5 });
      return { json: JSON.stringify(withoutTimings({ ...report, outPath: null })), out };
    };
    const a = await run('s1');
    const b = await run('s2');
    expect(b.json).toBe(a.json);
    expect(Buffer.compare(await readFile(a.out), await readFile(b.out))).toBe(0);
    // the external data written beside the output too
    const dataA = await readFile(join(dir, 's1', 'smoothed.onnx.data')).catch(() => null);
    const dataB = await readFile(join(dir, 's2', 'smoothed.onnx.data')).catch(() => null);
    expect(dataA === null ? null : Buffer.compare(dataA, dataB!)).toBe(dataA === null ? null : 0);
    expect((JSON.parse(a.json) as { layers: { action: string }[] }).layers.some((l) => l.action !== 'unchanged')).toBe(true);
  });

  it('the demo run twice (two processes) gives identical report.json apart from timings, and the same comment', async () => {
    const out = join(dir, 'demo');
    const demo = () => {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'demo', '--out', out, '--quiet'], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const read = async () => {
      const stripped = new Set<string>();
      const json = JSON.stringify(withoutTimings(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')), stripped));
      return { json, stripped, comment: await readFile(join(out, 'comment.md'), 'utf8'), model: await readFile(join(out, 'smoothed.onnx')) };
    };
    const v1 = demo();
    const first = await read();
    const v2 = demo();
    const second = await read();
    expect(v2).toBe(v1);
    expect(second.json, `differs beyond the timing keys ${[...first.stripped].join(', ')}`).toBe(first.json);
    expect(second.comment).toBe(first.comment);
    expect(Buffer.compare(second.model, first.model)).toBe(0);
    // The demo runs with device auto: without CUDA the report says it fell back to CPU, and why.
    const p = (JSON.parse(first.json) as { perplexity: { original: { device: string; deviceNote: string } } }).perplexity.original;
    if (p.device === 'cpu') expect(p.deviceNote).toMatch(/fell back to cpu \(.+\)/);
    console.log(`demo determinism: timing keys ignored: ${[...first.stripped].sort().join(', ')}`);
  }, 240_000);
});
