/**
 * `npm run bench -- --llm [--llm-blocks N] [--llm-layers SPEC] [--llm-reps R] [--llm-layer-reps R] [--llm-dir DIR] [--llm-node PATH]`
 * (`--llm-reps 0`: the one-layer runs only)
 *
 * What a user gets on an LLM: builds (or reuses) a TinyLlama-1.1B-shaped ONNX model with seeded
 * weights and external data (bench/llmModel.ts; default 22 blocks + lm_head = 155 matrices), then,
 * back to back in one run, R times each:
 * - `ww-smooth analyze model.onnx` with defaults through the real CLI (the bundled dist/cli.js built
 *   from this checkout, in a child `node` process, timed by /usr/bin/time: wall, user + sys CPU,
 *   peak RSS), and
 * - the numpy floor: `eigvalsh(W Wᵀ)` (short-side Gram, float64, as WeightWatcher's eigenvalues
 *   are defined) over the same matrices, read from the same data file (read and widening not timed).
 * Then the same for one 2048x5632 layer (`--layers <gate_proj of block 0>`). Prints medians, the
 * ratios, CPU utilisation, peak RSS, the per-stage times the analyze report records, and checks
 * our log_spectral_norm against numpy's largest eigenvalue. Results: bench/results/llm-*.json.
 *
 * OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the python child's environment only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLayerSpec } from '../src/engine/analyze.js';
import type { DenseLayer } from '../src/model/types.js';
import { findNumpyPython } from '../test/helpers/python.js';
import { buildLlmModel, type LlmMatrix } from './llmModel.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');

const NUMPY_FLOOR = `
import sys, json, time, numpy as np
a = json.loads(sys.argv[1])
out = []
for m in a['matrices']:
    W = np.fromfile(a['data'], dtype=np.float32, count=m['rows'] * m['cols'], offset=m['offset']).reshape(m['rows'], m['cols']).astype(np.float64)
    t = time.perf_counter()
    G = W @ W.T if m['rows'] <= m['cols'] else W.T @ W
    ev = np.linalg.eigvalsh(G)
    out.append({'name': m['name'], 'seconds': time.perf_counter() - t, 'lmax': float(ev[-1])})
    del W, G
print(json.dumps(out))
`;

export interface ChildUsage {
  wallSeconds: number;
  cpuSeconds: number;
  /** (user + sys) / wall: 2.0 = both of two cores busy the whole time */
  cpuUtilisation: number;
  peakRssBytes: number;
}

interface AnalyzeRun extends ChildUsage {
  timings: Record<string, number>;
  layers: number;
  engine: string;
  /** largest |our log_spectral_norm - log10(numpy lambda_max)| over the layers */
  logSpectralNormErr?: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

/** Runs `cmd` under /usr/bin/time (wall, CPU, peak RSS of the child). */
export function timedChild(cmd: string[], env: NodeJS.ProcessEnv): ChildUsage & { stdout: string } {
  const timeFile = path.join(os.tmpdir(), `ww-bench-time-${process.pid}-${Date.now()}`);
  const haveTime = fs.existsSync('/usr/bin/time');
  const t0 = performance.now();
  const argv = haveTime ? ['/usr/bin/time', '-f', '%e %U %S %M', '-o', timeFile, ...cmd] : cmd;
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: repoRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} exited with ${r.status}`);
  if (!haveTime) return { wallSeconds: wall, cpuSeconds: NaN, cpuUtilisation: NaN, peakRssBytes: NaN, stdout: r.stdout };
  const [e, u, s, m] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number, number];
  fs.rmSync(timeFile, { force: true });
  return { wallSeconds: e, cpuSeconds: u + s, cpuUtilisation: (u + s) / e, peakRssBytes: m * 1024, stdout: r.stdout };
}

let builtCli: string | undefined;
/**
 * The bundled CLI users run (`npx ww-smooth` is dist/cli.js, with dist/layer-worker.js beside it),
 * built from this checkout into a temp folder once per bench run, so the timing includes what a
 * user's process does at start-up and nothing tsx adds (~0.6 s in the main thread and in each worker).
 */
export function bundledCli(): string {
  if (builtCli) return builtCli;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-bench-dist-'));
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.mjs'), '--entries=cli', `--outdir=${out}`], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building the CLI for the bench failed: ${r.stderr}`);
  builtCli = path.join(out, 'cli.js');
  return builtCli;
}

/**
 * The node that runs the CLI children: `--llm-node PATH` (e.g. Node 24, what action.yml runs),
 * else this one. Printed with its version: package.json asks for node >= 22.
 */
export function childNode(args: readonly string[]): string {
  const given = option(args, '--llm-node', '');
  return given ? path.resolve(given) : process.execPath;
}

/** `node --version` of a child node (for the bench's header line). */
export function nodeVersion(node: string): string {
  const r = spawnSync(node, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '?';
}

function runAnalyzeCli(node: string, modelPath: string, jsonPath: string, extra: string[], lmax: Map<string, number>): AnalyzeRun {
  const usage = timedChild([node, bundledCli(), 'analyze', modelPath, '--json', jsonPath, '--format', 'json', ...extra], process.env);
  const report = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as {
    engine: string;
    timings: Record<string, number>;
    layers: { name: string; metrics: { log_spectral_norm?: number } | null }[];
  };
  let err = 0;
  for (const l of report.layers) {
    const ref = lmax.get(l.name);
    const ours = l.metrics?.log_spectral_norm;
    if (ref !== undefined && ours !== undefined) err = Math.max(err, Math.abs(ours - Math.log10(ref)));
  }
  const { stdout: _ignored, ...u } = usage;
  return { ...u, timings: report.timings, layers: report.layers.length, engine: report.engine, ...(lmax.size ? { logSpectralNormErr: err } : {}) };
}

function runNumpyFloor(python: string, dataPath: string, matrices: readonly LlmMatrix[]): { seconds: number; perMatrix: { name: string; seconds: number; lmax: number }[] } {
  const env = { ...process.env };
  delete env['OPENBLAS_CORETYPE'];
  delete env['OPENBLAS_L2_SIZE'];
  const r = spawnSync(python, ['-c', NUMPY_FLOOR, JSON.stringify({ data: dataPath, matrices })], { env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`numpy floor failed: ${r.stderr}`);
  const perMatrix = JSON.parse(r.stdout.trim().split('\n').pop()!) as { name: string; seconds: number; lmax: number }[];
  return { seconds: perMatrix.reduce((a, m) => a + m.seconds, 0), perMatrix };
}

export const option = (args: readonly string[], name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};

export async function llmBench(args: readonly string[]): Promise<void> {
  const blocks = Number(option(args, '--llm-blocks', '22'));
  const reps = Number(option(args, '--llm-reps', '1'));
  const layerReps = Number(option(args, '--llm-layer-reps', '3'));
  const lmHead = !args.includes('--llm-no-head');
  if (!Number.isInteger(blocks) || blocks < 1) throw new Error(`--llm-blocks: a positive integer, got ${blocks}`);
  const layersSpec = option(args, '--llm-layers', '');
  const dir = path.resolve(option(args, '--llm-dir', path.join(os.tmpdir(), `ww-bench-llm-${blocks}${lmHead ? '' : '-nohead'}`)));
  const python = findNumpyPython();
  const node = childNode(args);
  console.log(`llm bench: ${blocks} TinyLlama-shaped block(s)${lmHead ? ' + lm_head' : ''}; cpus ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; CLI on node ${nodeVersion(node)}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const model = buildLlmModel(dir, blocks, { lmHead, log: (l) => process.stderr.write(`\r\x1b[K${l}`) });
  process.stderr.write('\n');
  console.log(`model: ${model.modelPath} (${model.matrices.length} matrices, ${(model.bytes / 2 ** 30).toFixed(2)} GiB external data; ${model.buildSeconds ? `built in ${model.buildSeconds.toFixed(0)} s` : 'reused'})`);
  const jsonPath = path.join(dir, 'analyze.json');
  // --llm-layers SPEC: the same `--layers` selection for analyze and for the numpy floor (index = position in the model)
  const chosen = layersSpec ? model.matrices.filter((m, index) => parseLayerSpec(layersSpec)({ name: m.name, index } as DenseLayer)) : model.matrices;
  const layerArgs = layersSpec ? ['--layers', layersSpec] : [];
  if (layersSpec) console.log(`--llm-layers ${layersSpec}: ${chosen.length} of ${model.matrices.length} matrices`);

  const whole: { ours: AnalyzeRun[]; numpy: number[] } = { ours: [], numpy: [] };
  const layer: { ours: AnalyzeRun[]; numpy: number[] } = { ours: [], numpy: [] };
  const gate = model.matrices.find((m) => m.rows === 2048 && m.cols === 5632)!;
  let lmax = new Map<string, number>();
  for (let r = 0; r < reps; r++) {
    if (python) {
      const np = runNumpyFloor(python, model.dataPath, chosen);
      whole.numpy.push(np.seconds);
      lmax = new Map(np.perMatrix.map((m) => [m.name, m.lmax]));
      console.log(`[${r + 1}/${reps}] numpy eigvalsh floor over ${np.perMatrix.length} matrices: ${np.seconds.toFixed(1)} s`);
    }
    const ours = runAnalyzeCli(node, model.modelPath, jsonPath, layerArgs, lmax);
    whole.ours.push(ours);
    console.log(`[${r + 1}/${reps}] analyze (defaults): ${ours.wallSeconds.toFixed(1)} s wall, CPU ${(100 * ours.cpuUtilisation).toFixed(0)}%, peak RSS ${(ours.peakRssBytes / 2 ** 30).toFixed(2)} GiB; ${JSON.stringify(ours.timings)}`);
  }
  for (let r = 0; r < layerReps && gate; r++) {
    if (python) layer.numpy.push(runNumpyFloor(python, model.dataPath, [gate]).seconds);
    layer.ours.push(runAnalyzeCli(node, model.modelPath, jsonPath, ['--layers', gate.name], lmax));
  }

  const summary = (s: { ours: AnalyzeRun[]; numpy: number[] }) => {
    const ours = median(s.ours.map((o) => o.wallSeconds));
    const np = median(s.numpy);
    return {
      analyzeSeconds: ours,
      numpySeconds: np,
      ratio: ours / np,
      cpuUtilisation: median(s.ours.map((o) => o.cpuUtilisation)),
      peakRssGiB: Math.max(...s.ours.map((o) => o.peakRssBytes)) / 2 ** 30,
    };
  };
  const w = summary(whole);
  const l = summary(layer);
  const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  console.log(`\n| run | analyze (s) | numpy eigvalsh floor (s) | ratio | CPU | peak RSS (GiB) |`);
  console.log(`|---|---|---|---|---|---|`);
  if (reps > 0) console.log(`| ${chosen.length} matrices (${layersSpec ? `--llm-layers ${layersSpec} of ` : ''}${blocks} blocks${lmHead ? ' + lm_head' : ''}), median of ${reps} | ${f(w.analyzeSeconds, 1)} | ${f(w.numpySeconds, 1)} | ${f(w.ratio)} | ${f(100 * w.cpuUtilisation, 0)}% | ${f(w.peakRssGiB)} |`);
  if (gate) console.log(`| one 2048x5632 layer, median of ${layerReps} | ${f(l.analyzeSeconds)} | ${f(l.numpySeconds)} | ${f(l.ratio)} | ${f(100 * l.cpuUtilisation, 0)}% | ${f(l.peakRssGiB)} |`);
  const err = whole.ours.at(-1)?.logSpectralNormErr;
  if (err !== undefined) console.log(`largest |log_spectral_norm - log10(numpy lambda_max)| over the layers: ${err.toExponential(1)}`);
  console.log(`engine ${(whole.ours[0] ?? layer.ours[0])?.engine}; load average after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `llm-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ cliNode: nodeVersion(node), blocks, lmHead, layers: layersSpec || null, matrices: chosen.length, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version, whole, layer, summary: { whole: w, layer: l }, loadavg: os.loadavg() }, null, 2));
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  removeBundledCli();
}

/** Deletes the CLI bundledCli built (a later call builds it again). */
export function removeBundledCli(): void {
  if (builtCli) fs.rmSync(path.dirname(builtCli), { recursive: true, force: true });
  builtCli = undefined;
}
