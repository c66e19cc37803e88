/**
 * `npm run bench [-- --large] [--reps N] [--device cpu|cuda] [--quick]`; `npm run bench -- --llm`: bench/llm.ts;
 * `npm run bench -- --llm-eval` (alone or after --llm): bench/llmEval.ts; `--llm-run` (alone or after those): bench/llmRun.ts;
 * `npm run bench -- --random-spread`: bench/randomSpread.ts; `npm run bench -- --llm-projection`: bench/llmProjection.ts
 *
 * For seeded LLM-shaped matrices (1024^2, 2048^2, 2048x5632, and 4096x11008 with --large) it times,
 * in one run and on the same matrix: our full ESD (all eigenvalues of the short-side Gram) and our
 * top-k SVD (k = 5% of the short side; timed on the layer as smoothing reads it, float64 values
 * plus the stored float32 ones, and again from float64 alone), numpy `eigvalsh(W @ W.T)` in float64 and
 * `scipy.linalg.svd(W, compute_uv=False)` (WeightWatcher's path). It prints medians, ratios, the
 * accuracy of our eigenvalues against numpy's and of our top-k against scipy's singular values and
 * the optimal ||W - W_k||_F, the peak RSS of one 4096x11008 float32 layer (child process), time
 * against size, projected times for every dense layer of TinyLlama-1.1B and Llama-2-7B, and the
 * `analyze` time of a generated model shaped like one TinyLlama block. Results: bench/results/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEngine, type LinalgEngine } from '../src/linalg/engine.js';
import { benchLayer } from './matrices.js';
import { numpyAvailable, runNumpy, type NumpyTimes } from './python.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const reps = Number(option('--reps', '3'));
const device = option('--device', 'cpu') as 'cpu' | 'cuda';
const sizes: [number, number][] = flag('--quick')
  ? [[256, 2048], [1024, 1024]]
  : [[256, 2048], [1024, 1024], [2048, 2048], [2048, 5632], ...(flag('--large') ? ([[4096, 4096], [4096, 11008]] as [number, number][]) : [])];

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const fmt = (x: number | undefined, d = 3) => (x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));
const sci = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : x.toExponential(1));

interface Row {
  rows: number;
  cols: number;
  k: number;
  esdSeconds: number[];
  /** top-k SVD of the layer as smoothing reads it: float64 values plus the stored float32 ones (data32) */
  svdSeconds: number[];
  /** the same SVD from float64 values alone (rounds W to float32 itself first) */
  svdF64Seconds: number[];
  numpyEigvalsh?: number[];
  scipySvd?: number[];
  eigErrOverLmax?: number;
  sigmaTopkMaxRel?: number;
  residualOverOptimal?: number;
}

async function timeIt<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await f();
  return [r, (performance.now() - t) / 1000];
}

async function main(): Promise<void> {
  const log: string[] = [];
  const engine: LinalgEngine = await getEngine({ device, logger: (l) => log.push(l) });
  const py = numpyAvailable();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-bench-'));
  const rows: Row[] = [];
  let blas = '';
  console.log(`engine: ${engine.name}; cpus: ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; node ${process.version}`);
  for (const l of log) console.log(l);
  if (!py) console.log('python3 with numpy/scipy not found: numpy/scipy columns are skipped');
  try {
    for (const [m, n] of sizes) {
      const { f32, matrix: W } = benchLayer(m, n, m * 7 + n);
      // smoothing reads float32 weights with keepFloat32: the same values, also as stored
      const W32 = { ...W, data32: f32 };
      const k = Math.ceil(0.05 * Math.min(m, n));
      const row: Row = { rows: m, cols: n, k, esdSeconds: [], svdSeconds: [], svdF64Seconds: [] };
      await engine.gramEigenvalues(benchLayer(64, 80, 1).matrix); // warm-up
      let ev: Float64Array<ArrayBufferLike> = new Float64Array(0);
      let svd: Awaited<ReturnType<LinalgEngine['truncatedSvd']>> | null = null;
      for (let r = 0; r < reps; r++) {
        const [e, te] = await timeIt(() => engine.gramEigenvalues(W));
        ev = e;
        row.esdSeconds.push(te);
        const [s, ts] = await timeIt(() => engine.truncatedSvd(W32, k, { seed: 1 }));
        svd = s;
        row.svdSeconds.push(ts);
        const [, ts64] = await timeIt(() => engine.truncatedSvd(W, k, { seed: 1 }));
        row.svdF64Seconds.push(ts64);
      }
      if (py) {
        const file = path.join(tmp, `w${m}x${n}.f32`);
        fs.writeFileSync(file, f32);
        fs.writeFileSync(file + '.U', svd!.U.data);
        fs.writeFileSync(file + '.S', svd!.S);
        fs.writeFileSync(file + '.Vt', svd!.Vt.data);
        const big = m * n > 2048 * 5632;
        const ref: NumpyTimes = runNumpy(file, m, n, reps, big ? 1 : reps, { k });
        blas = ref.blas;
        row.numpyEigvalsh = ref.eigvalshSeconds;
        row.scipySvd = ref.svdSeconds;
        const lmax = ref.eigenvalues[ref.eigenvalues.length - 1]!;
        let err = 0;
        for (let i = 0; i < ev.length; i++) err = Math.max(err, Math.abs(ev[i]! - Math.max(0, ref.eigenvalues[i]!)));
        row.eigErrOverLmax = err / lmax;
        let rel = 0;
        for (let i = 0; i < k; i++) rel = Math.max(rel, Math.abs(svd!.S[i]! - ref.singularValues[i]!) / ref.singularValues[i]!);
        row.sigmaTopkMaxRel = rel;
        row.residualOverOptimal = ref.residual! / ref.optimalResidual!;
        for (const f of fs.readdirSync(tmp)) fs.rmSync(path.join(tmp, f));
      }
      rows.push(row);
      const esd = median(row.esdSeconds);
      console.log(
        `${m}x${n}: ESD ${fmt(esd)} s (numpy eigvalsh ${fmt(row.numpyEigvalsh && median(row.numpyEigvalsh))} s, ratio ${fmt(row.numpyEigvalsh && esd / median(row.numpyEigvalsh), 2)}), ` +
          `top-${k} SVD ${fmt(median(row.svdSeconds))} s (${fmt(median(row.svdSeconds) / esd, 2)} x ESD; from float64 only ${fmt(median(row.svdF64Seconds) / esd, 2)} x), scipy svd ${fmt(row.scipySvd && median(row.scipySvd))} s, ` +
          `eig err ${sci(row.eigErrOverLmax)} lmax, sigma err ${sci(row.sigmaTopkMaxRel)}, resid/opt ${fmt(row.residualOverOptimal, 6)}`,
      );
    }
  } finally {
    await engine.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  // --- memory: one 4096x11008 float32 layer in a child process ---
  let memory: { peakRss: number; baselineRss: number; float64Bytes: number; seconds: number } | null = null;
  if (!flag('--quick') && !flag('--no-memory')) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, 'memory.ts'), '4096', '11008'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status === 0) memory = JSON.parse(r.stdout.trim().split('\n').pop()!);
    else console.log(`memory probe failed: ${r.stderr.slice(-500)}`);
  }

  // --- projections from measured per-matrix ESD medians ---
  const t = (m: number, n: number): { s: number; measured: boolean } => {
    const hit = rows.find((r) => r.rows === m && r.cols === n);
    if (hit) return { s: median(hit.esdSeconds), measured: true };
    // extrapolate from the largest measured size by the cost model p^2 q + p^3 (p = short side)
    const ref = [...rows].sort((a, b) => b.rows * b.cols - a.rows * a.cols)[0]!;
    const cost = (a: number, b: number) => Math.min(a, b) ** 2 * Math.max(a, b) + 2 * Math.min(a, b) ** 3;
    return { s: (median(ref.esdSeconds) * cost(m, n)) / cost(ref.rows, ref.cols), measured: false };
  };
  const tiny = [t(2048, 2048), t(2048, 2048), t(256, 2048), t(256, 2048), t(2048, 5632), t(2048, 5632), t(2048, 5632)];
  const llama7 = [t(4096, 4096), t(4096, 4096), t(4096, 4096), t(4096, 4096), t(4096, 11008), t(4096, 11008), t(4096, 11008)];
  const tinyMin = (22 * tiny.reduce((a, x) => a + x.s, 0)) / 60;
  const llamaMin = (32 * llama7.reduce((a, x) => a + x.s, 0)) / 60;
  const projection = {
    tinyLlama11B: { minutes: tinyMin, allMeasured: tiny.every((x) => x.measured) },
    llama2_7B: { minutes: llamaMin, allMeasured: llama7.every((x) => x.measured) },
  };

  // --- analyze on a generated TinyLlama-block-shaped model ---
  const analyzeFigure = flag('--quick') || flag('--no-analyze') ? null : await analyzeTinyLlamaBlock().catch((e: Error) => ({ error: e.message }));
  // --- perplexity throughput (onnxruntime; CUDA too when its provider library is installed) ---
  const { benchEval, formatEvalBench } = await import('./eval.js');
  const evalRows = flag('--no-eval') ? [] : await benchEval(flag('--quick') ? 1 : 3).catch((e: Error) => (console.log(`eval bench failed: ${e.message}`), []));

  // --- table ---
  console.log('\n| matrix | k | our ESD (s) | numpy eigvalsh f64 (s) | ratio | scipy svd (s) | speed-up vs scipy | our top-k SVD (s) | top-k / ESD | same, float64 input only | eig err / lmax | top-k sigma rel err | resid / optimal |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const esd = median(r.esdSeconds);
    const np = r.numpyEigvalsh ? median(r.numpyEigvalsh) : undefined;
    const sp = r.scipySvd ? median(r.scipySvd) : undefined;
    const sv = median(r.svdSeconds);
    const sv64 = median(r.svdF64Seconds);
    console.log(
      `| ${r.rows}x${r.cols} | ${r.k} | ${fmt(esd)} | ${fmt(np)} | ${fmt(np && esd / np, 2)} | ${fmt(sp)} | ${fmt(sp && sp / esd, 1)} | ${fmt(sv)} | ${fmt(sv / esd, 2)} | ${fmt(sv64 / esd, 2)} | ${sci(r.eigErrOverLmax)} | ${sci(r.sigmaTopkMaxRel)} | ${fmt(r.residualOverOptimal, 6)} |`,
    );
  }
  if (blas) console.log(`numpy BLAS: ${blas}`);
  if (memory) {
    const limit = 3 * memory.float64Bytes;
    console.log(
      `memory, one 4096x11008 float32 layer: peak RSS ${(memory.peakRss / 2 ** 20).toFixed(0)} MiB, baseline (node + engine) ${(memory.baselineRss / 2 ** 20).toFixed(0)} MiB, ` +
        `peak - baseline ${((memory.peakRss - memory.baselineRss) / 2 ** 20).toFixed(0)} MiB vs 3 x float64 size ${(limit / 2 ** 20).toFixed(0)} MiB; ESD ${memory.seconds.toFixed(2)} s`,
    );
  }
  console.log(`projected ESD of every dense layer: TinyLlama-1.1B (154 matrices) ${tinyMin.toFixed(1)} min${projection.tinyLlama11B.allMeasured ? '' : ' (partly extrapolated)'}, ` +
    `Llama-2-7B (224 matrices) ${llamaMin.toFixed(1)} min${projection.llama2_7B.allMeasured ? '' : ' (extrapolated from the largest measured size; run with --large to measure)'}`);
  if (analyzeFigure) console.log(`analyze, generated model shaped like one TinyLlama block: ${JSON.stringify(analyzeFigure)}`);
  if (!flag('--quick') && !flag('--no-analyze')) console.log(await (await import('./quant.js')).quantBenchLine().catch((e: Error) => `quant bench failed: ${e.message}`));
  if (evalRows.length) console.log(`\nevaluation throughput:\n${formatEvalBench(evalRows)}`);
  if (!flag('--no-eval')) console.log(await (await import('./probe.js')).probeBenchLine(flag('--quick') ? 1 : 3).catch((e: Error) => `probe bench failed: ${e.message}`));
  if (!flag('--no-search')) console.log(await (await import('./search.js')).benchSearchReport(flag('--quick')));
  console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(outDir, `linalg-${stamp}.json`);
  const json = JSON.stringify({ engine: engine.name, device, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version, blas, reps, rows, memory, projection, analyze: analyzeFigure, eval: evalRows, loadavg: os.loadavg() }, null, 2);
  fs.writeFileSync(file + '.tmp', json);
  fs.renameSync(file + '.tmp', file);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}

/** Builds a model shaped like one TinyLlama block (7 dense layers) and times analyzeModel on it. */
async function analyzeTinyLlamaBlock(): Promise<Record<string, unknown>> {
  const { writeModelFiles } = await import('../src/model/onnxBuilder.js');
  const { openModel } = await import('../src/model/open.js');
  const { analyzeModel } = await import('../src/engine/analyze.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-bench-model-'));
  try {
    const shapes: [string, number, number][] = [
      ['q_proj', 2048, 2048],
      ['k_proj', 2048, 256],
      ['v_proj', 2048, 256],
      ['o_proj', 2048, 2048],
      ['gate_proj', 2048, 5632],
      ['up_proj', 2048, 5632],
      ['down_proj', 5632, 2048],
    ];
    const initializers = shapes.map(([name, a, b], i) => ({
      name: `model.layers.0.${name.includes('proj') && i < 4 ? 'self_attn' : 'mlp'}.${name}.weight`,
      type: 'float32' as const,
      dims: [a, b],
      data: benchLayer(a, b, 100 + i).f32,
      externalFile: 'weights.bin',
    }));
    // x -> q,k,v,o chain and the MLP: every initializer is the weight input of a MatMul.
    const nodes = [
      { opType: 'MatMul', inputs: ['x', initializers[0]!.name], outputs: ['q'] },
      { opType: 'MatMul', inputs: ['x', initializers[1]!.name], outputs: ['k'] },
      { opType: 'MatMul', inputs: ['x', initializers[2]!.name], outputs: ['v'] },
      { opType: 'MatMul', inputs: ['q', initializers[3]!.name], outputs: ['o'] },
      { opType: 'MatMul', inputs: ['o', initializers[4]!.name], outputs: ['g'] },
      { opType: 'MatMul', inputs: ['o', initializers[5]!.name], outputs: ['u'] },
      { opType: 'Mul', inputs: ['g', 'u'], outputs: ['gu'] },
      { opType: 'MatMul', inputs: ['gu', initializers[6]!.name], outputs: ['y'] },
    ];
    const modelPath = await writeModelFiles(dir, 'block.onnx', {
      nodes,
      initializers,
      inputs: [{ name: 'x', type: 'float32', shape: [1, 2048] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 2048] }, { name: 'k', type: 'float32', shape: [1, 256] }, { name: 'v', type: 'float32', shape: [1, 256] }],
    });
    const engine = await getEngine({ device });
    try {
      const model = await openModel(modelPath);
      const t = performance.now();
      const report = await analyzeModel(model, { engine });
      const seconds = (performance.now() - t) / 1000;
      const r = report as unknown as { layers?: unknown[] };
      return { layers: Array.isArray(r.layers) ? r.layers.length : undefined, seconds: Number(seconds.toFixed(2)), engine: engine.name };
    } finally {
      await engine.dispose();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (flag('--llm')) await (await import('./llm.js')).llmBench(args);
else if (flag('--llm-projection')) await (await import('./llmProjection.js')).llmProjectionBench(args);
else if (flag('--random-spread')) await (await import('./randomSpread.js')).randomSpreadBench(args);
else if (!flag('--llm-eval') && !flag('--llm-run')) await main();
// after --llm's analyze bench in the same run, or alone
if (flag('--llm-eval')) await (await import('./llmEval.js')).llmEvalBench(args);
if (flag('--llm-run')) await (await import('./llmRun.js')).llmRunBench(args);
