/**
 * `npm run bench -- --llm-projection [--llm-projection-reps R]`
 *
 * Per-layer costs of the analyze stage as it runs on a worker pool (src/engine/layerPool.ts): for
 * each distinct matrix shape of TinyLlama-1.1B and Llama-2-7B (seeded float32 values), the time of
 * one ESD job and one shuffled-spectra job (the randomized ESD: without and with elements that can
 * make a correlation trap), each with every worker busy on a copy (one onnxruntime thread each, as
 * in a whole run; median of R x workers). A pool of w workers then analyses a model in about
 * sum over its matrices of (esd + shuffled) / w, which is the projection printed for both models;
 * the TinyLlama figure can be checked against `--llm` (the measured whole run), and the 7B figure
 * gives the shard count for a wall-time target (docs/scaling.md). Results: bench/results/.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LayerPool, transferableValues } from '../src/engine/layerPool.js';
import type { Matrix } from '../src/linalg/matrix.js';
import { mulberry32 } from '../src/util/prng.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Shape {
  readonly rows: number;
  readonly cols: number;
  /** how many matrices of the model have this shape */
  readonly count: number;
}

/** Dense layers of the two models, grouped by shape (PyTorch Linear: rows = out features). */
const MODELS: Record<string, readonly Shape[]> = {
  'TinyLlama-1.1B': [
    { rows: 2048, cols: 2048, count: 44 }, // q, o
    { rows: 256, cols: 2048, count: 44 }, // k, v (GQA)
    { rows: 5632, cols: 2048, count: 44 }, // gate, up
    { rows: 2048, cols: 5632, count: 22 }, // down
    { rows: 32000, cols: 2048, count: 1 }, // lm_head
  ],
  'Llama-2-7B': [
    { rows: 4096, cols: 4096, count: 128 }, // q, k, v, o
    { rows: 11008, cols: 4096, count: 64 }, // gate, up
    { rows: 4096, cols: 11008, count: 32 }, // down
    { rows: 32000, cols: 4096, count: 1 }, // lm_head
  ],
};

/**
 * Seeded float32 values with an rms of 1/sqrt(max(rows, cols)). `trapAt`: 8 elements at that
 * fraction of the BBP amplitude rms (NM)^(1/4), so the shuffled-spectra job takes the exact path
 * (src/spectral/randomize.ts: from TRAP_FRACTION = 0.5); 0: none, the estimate needs no shuffle.
 */
function seededMatrix(rows: number, cols: number, seed: number, trapAt: number): Matrix {
  const rnd = mulberry32(seed);
  const n = rows * cols;
  const data32 = new Float32Array(n);
  const scale = 1 / Math.sqrt(Math.max(rows, cols));
  for (let i = 0; i < n; i++) data32[i] = (rnd() + rnd() + rnd() - 1.5) * 2 * scale;
  if (trapAt > 0) for (let j = 0; j < 8; j++) data32[Math.floor(rnd() * n)] = trapAt * scale * Math.sqrt(Math.sqrt(n));
  return { rows, cols, data: new Float64Array(data32), data32 };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface ShapeCost {
  readonly rows: number;
  readonly cols: number;
  readonly esd: number;
  /** the shuffled-spectra job where no correlation trap can show (the estimate, no shuffle) */
  readonly shuffled: number;
  /** the same where one can (8 elements at 0.8 of the BBP amplitude: the exact top eigenvalues) */
  readonly shuffledTrap: number;
}

export async function llmProjectionBench(args: readonly string[]): Promise<void> {
  const i = args.indexOf('--llm-projection-reps');
  const reps = i >= 0 ? Number(args[i + 1]) : 2;
  const pool = await LayerPool.create({ workers: os.availableParallelism() });
  if (!pool) throw new Error('llm projection: no worker pool on this machine (one core?)');
  const workers = pool.concurrency;
  console.log(`llm projection: ${pool.name}; cpus ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  // Every job runs with all workers busy on copies of it (one onnxruntime thread each), as in a
  // whole run; a job alone would take the idle workers' cores too (src/engine/layerWorker.ts).
  const busy = async (job: () => Promise<{ seconds: number }>): Promise<number[]> => (await Promise.all(Array.from({ length: workers }, job))).map((r) => r.seconds);
  const shapes = new Map<string, ShapeCost>();
  try {
    for (const model of Object.values(MODELS)) {
      for (const s of model) {
        const key = `${s.rows}x${s.cols}`;
        if (shapes.has(key)) continue;
        const W = seededMatrix(s.rows, s.cols, s.rows * 7 + s.cols, 0);
        const T = seededMatrix(s.rows, s.cols, s.rows * 7 + s.cols, 0.8);
        const esd: number[] = [];
        const shuffled: number[] = [];
        const shuffledTrap: number[] = [];
        for (let r = 0; r < reps; r++) {
          esd.push(...(await busy(() => pool.esd(W))));
          shuffled.push(...(await busy(() => pool.shuffledSpectra({ rows: W.rows, cols: W.cols, data: transferableValues(W) }, { seed: r, layerName: key }))));
          shuffledTrap.push(...(await busy(() => pool.shuffledSpectra({ rows: T.rows, cols: T.cols, data: transferableValues(T) }, { seed: r, layerName: key }))));
        }
        const row = { rows: s.rows, cols: s.cols, esd: median(esd), shuffled: median(shuffled), shuffledTrap: median(shuffledTrap) };
        shapes.set(key, row);
        console.log(`  ${key}: ESD ${row.esd.toFixed(2)} s, shuffled spectra ${row.shuffled.toFixed(2)} s (no trap can show) / ${row.shuffledTrap.toFixed(2)} s (one can: exact top eigenvalues) (${workers} at once, one thread each, median of ${reps * workers})`);
      }
    }
  } finally {
    await pool.dispose();
  }
  const projections: Record<string, { matrices: number; jobSeconds: number; wallSeconds: number; jobSecondsTrap: number; wallSecondsTrap: number }> = {};
  console.log(`\n| model | matrices | job time, one thread (no trap / every layer a trap) | projected analyze wall time on ${workers} workers |`);
  console.log('|---|---|---|---|');
  for (const [name, model] of Object.entries(MODELS)) {
    let jobSeconds = 0;
    let jobSecondsTrap = 0;
    let matrices = 0;
    for (const s of model) {
      const c = shapes.get(`${s.rows}x${s.cols}`)!;
      jobSeconds += s.count * (c.esd + c.shuffled);
      jobSecondsTrap += s.count * (c.esd + c.shuffledTrap);
      matrices += s.count;
    }
    projections[name] = { matrices, jobSeconds, wallSeconds: jobSeconds / workers, jobSecondsTrap, wallSecondsTrap: jobSecondsTrap / workers };
    console.log(`| ${name} | ${matrices} | ${jobSeconds.toFixed(0)} s / ${jobSecondsTrap.toFixed(0)} s | ${(jobSeconds / workers / 60).toFixed(1)} / ${(jobSecondsTrap / workers / 60).toFixed(1)} min |`);
  }
  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `llm-projection-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ workers, reps, cpu: os.cpus()[0]?.model, node: process.version, shapes: [...shapes.values()], projections, loadavg: os.loadavg() }, null, 2));
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}
