/**
 * `npm run bench -- --llm-eval [--llm-eval-blocks N] [--llm-eval-reps R] [--llm-eval-tokens T]
 *  [--llm-eval-sweep-blocks M] [--llm-eval-sweep-reps S] [--llm-eval-dir DIR]` (with `--llm` too: after the
 * analyze bench, in the same run).
 *
 * Evaluation at LLM scale. Builds (or reuses) a real TinyLlama-1.1B-shaped decoder with seeded
 * weights (bench/llmDecoder.ts; default all 22 blocks, 4.1 GiB of float32 external data) and seeded
 * token ids, then, alternately R times each (the order flips every rep, so drifting load on a shared
 * machine hits both sides alike):
 * - ours: `ww-smooth eval model.onnx --ids ids.json --max-tokens T --device cpu` through the real CLI
 *   (a child `node` process, defaults otherwise: context 256, batch automatic), its tokens/s as it
 *   reports them (scored tokens / seconds of the window loop, NLL arithmetic included), and
 * - bare onnxruntime-node: an InferenceSession with no options at all running the same batches of the
 *   same windows (planned here with our planWindows/batchWindows/autoBatchSize) and nothing else
 *   (bench/llmEvalBare.ts, also a child process).
 * Both under /usr/bin/time (wall, CPU, peak RSS). Prints the medians and ours/bare (target >= 0.95).
 *
 * Before that, unless M = 0, a settings sweep on an M-block decoder (default 2: the per-token work of
 * a block is the same at any depth, and the sweep needs many sessions): threads, execution mode,
 * graph optimisation, memory arena / pattern, spinning and batch size, each against the defaults in
 * alternating pairs, reported as the paired median ratio. Results: bench/results/llm-eval-*.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';
import { autoBatchSize, batchWindows, planWindows, tokensNeeded } from '../src/eval/windows.js';
import { mulberry32 } from '../src/util/prng.js';
import { median, option, timedChild, type ChildUsage } from './llm.js';
import { buildDecoderModel, TINYLLAMA_DIMS, type DecoderModel } from './llmDecoder.js';
import type { BareJob, BareResult } from './llmEvalBare.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const CONTEXT = 256;

interface EvalRun extends ChildUsage {
  tokensPerSecond: number;
  /** seconds of the window loop */
  seconds: number;
  tokensScored: number;
  perplexity?: number;
}

interface Candidate {
  readonly label: string;
  readonly options: InferenceSession.SessionOptions;
  /** windows per call; undefined = our automatic batch */
  readonly batch?: number;
}

/** What the sweep tries, each against the defaults (no options, automatic batch). */
const CANDIDATES: readonly Candidate[] = [
  { label: 'intraOpNumThreads 1', options: { intraOpNumThreads: 1 } },
  { label: `intraOpNumThreads ${os.availableParallelism()}`, options: { intraOpNumThreads: os.availableParallelism() } },
  { label: 'executionMode parallel, interOpNumThreads 2', options: { executionMode: 'parallel', interOpNumThreads: 2 } },
  { label: 'graphOptimizationLevel basic', options: { graphOptimizationLevel: 'basic' } },
  { label: 'graphOptimizationLevel extended', options: { graphOptimizationLevel: 'extended' } },
  { label: 'enableCpuMemArena false', options: { enableCpuMemArena: false } },
  { label: 'enableMemPattern false', options: { enableMemPattern: false } },
  { label: 'intra-op spinning off', options: { extra: { session: { intra_op: { allow_spinning: '0' } } } } },
  { label: 'batch 1', options: {}, batch: 1 },
  { label: 'batch 4', options: {}, batch: 4 },
];

/** Seeded ids over the whole vocabulary, as many as the windows of `maxTokens` scored tokens use. */
function writeIds(file: string, maxTokens: number): number[] {
  const u = mulberry32(2024);
  const ids = Array.from({ length: tokensNeeded(maxTokens, CONTEXT, CONTEXT) }, () => Math.floor(u() * TINYLLAMA_DIMS.vocab));
  fs.writeFileSync(file, JSON.stringify(ids));
  return ids;
}

function plan(nTokens: number, maxTokens: number, batch: number): { job: BareJob['batches']; tokensScored: number } {
  const p = planWindows(nTokens, CONTEXT, CONTEXT, maxTokens);
  const job = batchWindows(p.windows, batch).map((ws) => ({ starts: ws.map((w) => w.start), length: ws[0]!.end - ws[0]!.start }));
  return { job, tokensScored: p.tokensScored };
}

function runOurs(model: DecoderModel, idsFile: string, maxTokens: number, jsonPath: string): EvalRun {
  const cli = path.join(repoRoot, 'src/cli/main.ts');
  const { stdout: _ignored, ...usage } = timedChild(
    [process.execPath, '--import', 'tsx', cli, 'eval', model.modelPath, '--ids', idsFile, '--max-tokens', String(maxTokens), '--device', 'cpu', '--json', jsonPath, '--no-progress'],
    process.env,
  );
  const r = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { tokensPerSecond: number; seconds: number; tokensScored: number; perplexity: number };
  return { ...usage, tokensPerSecond: r.tokensPerSecond, seconds: r.seconds, tokensScored: r.tokensScored, perplexity: r.perplexity };
}

function runBare(model: DecoderModel, idsFile: string, batches: BareJob['batches'], tokensScored: number, options: InferenceSession.SessionOptions, jobPath: string): EvalRun {
  const job: BareJob = { model: model.modelPath, idsFile, batches, sessionOptions: options, tokensScored };
  fs.writeFileSync(jobPath, JSON.stringify(job));
  const { stdout, ...usage } = timedChild([process.execPath, '--import', 'tsx', path.join(here, 'llmEvalBare.ts'), jobPath], process.env);
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as BareResult;
  return { ...usage, tokensPerSecond: r.tokensPerSecond, seconds: r.seconds, tokensScored: r.tokensScored };
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const gib = (b: number) => f(b / 2 ** 30, 2);

interface SweepRow {
  label: string;
  batch: number;
  tokensPerSecond: number[];
  defaultTokensPerSecond: number[];
  /** median over the pairs of candidate / default */
  pairedRatio: number;
  peakRssBytes: number;
}

function sweep(model: DecoderModel, dir: string, reps: number, maxTokens: number, log: (l: string) => void): SweepRow[] {
  const idsFile = path.join(dir, 'sweep-ids.json');
  const ids = writeIds(idsFile, maxTokens);
  const auto = autoBatchSize(CONTEXT, TINYLLAMA_DIMS.vocab);
  const rows: SweepRow[] = [];
  for (const c of CANDIDATES) {
    const batch = c.batch ?? auto;
    const p = plan(ids.length, maxTokens, batch);
    const base = plan(ids.length, maxTokens, auto);
    const row: SweepRow = { label: c.label, batch, tokensPerSecond: [], defaultTokensPerSecond: [], pairedRatio: NaN, peakRssBytes: 0 };
    const ratios: number[] = [];
    for (let r = 0; r < reps; r++) {
      const runDefault = () => runBare(model, idsFile, base.job, base.tokensScored, {}, path.join(dir, 'job.json'));
      const runCandidate = () => runBare(model, idsFile, p.job, p.tokensScored, c.options, path.join(dir, 'job.json'));
      let d: EvalRun;
      let x: EvalRun;
      if (r % 2 === 0) {
        d = runDefault();
        x = runCandidate();
      } else {
        x = runCandidate();
        d = runDefault();
      }
      row.defaultTokensPerSecond.push(d.tokensPerSecond);
      row.tokensPerSecond.push(x.tokensPerSecond);
      row.peakRssBytes = Math.max(row.peakRssBytes, x.peakRssBytes);
      ratios.push(x.tokensPerSecond / d.tokensPerSecond);
    }
    row.pairedRatio = median(ratios);
    rows.push(row);
    log(`sweep: ${c.label} (batch ${batch}): ${row.tokensPerSecond.map((t) => f(t)).join(', ')} tokens/s vs default ${row.defaultTokensPerSecond.map((t) => f(t)).join(', ')}: x${f(row.pairedRatio, 3)}`);
  }
  return rows;
}

export async function llmEvalBench(args: readonly string[]): Promise<void> {
  const blocks = Number(option(args, '--llm-eval-blocks', '22'));
  const reps = Number(option(args, '--llm-eval-reps', '3'));
  const maxTokens = Number(option(args, '--llm-eval-tokens', '1024'));
  const sweepBlocks = Number(option(args, '--llm-eval-sweep-blocks', '2'));
  const sweepReps = Number(option(args, '--llm-eval-sweep-reps', '2'));
  for (const [name, v, min] of [['--llm-eval-blocks', blocks, 1], ['--llm-eval-reps', reps, 1], ['--llm-eval-tokens', maxTokens, 1], ['--llm-eval-sweep-blocks', sweepBlocks, 0], ['--llm-eval-sweep-reps', sweepReps, 1]] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`${name}: an integer >= ${min}, got ${v}`);
  }
  const root = path.resolve(option(args, '--llm-eval-dir', os.tmpdir()));
  const log = (l: string) => console.log(l);
  const progress = (l: string) => process.stderr.write(`\r\x1b[K${l}`);
  console.log(`llm eval bench: TinyLlama-shaped decoder, ${blocks} block(s); ${maxTokens} scored tokens per run at context ${CONTEXT}; cpus ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(os.freemem() / 2 ** 30).toFixed(0)} free); node ${process.version}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  let sweepRows: SweepRow[] = [];
  if (sweepBlocks > 0) {
    const sweepDir = path.join(root, `ww-bench-llm-eval-${sweepBlocks}`);
    const sweepModel = buildDecoderModel(sweepDir, sweepBlocks, { log: progress });
    process.stderr.write('\n');
    console.log(`settings sweep on a ${sweepBlocks}-block decoder (${gib(sweepModel.bytes)} GiB), bare onnxruntime, ${sweepReps} alternating pair(s) per setting:`);
    sweepRows = sweep(sweepModel, sweepDir, sweepReps, maxTokens, log);
    console.log(`\n| setting (vs onnxruntime defaults, batch ${autoBatchSize(CONTEXT, TINYLLAMA_DIMS.vocab)}) | batch | tokens/s (median) | defaults, same pairs | paired ratio | peak RSS (GiB) |`);
    console.log('|---|---|---|---|---|---|');
    for (const r of sweepRows) console.log(`| ${r.label} | ${r.batch} | ${f(median(r.tokensPerSecond))} | ${f(median(r.defaultTokensPerSecond))} | ${f(r.pairedRatio, 3)} | ${gib(r.peakRssBytes)} |`);
  }

  const dir = path.join(root, `ww-bench-llm-eval-${blocks}`);
  const model = buildDecoderModel(dir, blocks, { log: progress });
  process.stderr.write('\n');
  console.log(`\nmodel: ${model.modelPath} (${gib(model.bytes)} GiB external data; ${model.buildSeconds ? `built in ${model.buildSeconds.toFixed(0)} s` : 'reused'})`);
  const idsFile = path.join(dir, 'ids.json');
  const ids = writeIds(idsFile, maxTokens);
  const batch = autoBatchSize(CONTEXT, TINYLLAMA_DIMS.vocab);
  const p = plan(ids.length, maxTokens, batch);
  const ours: EvalRun[] = [];
  const bare: EvalRun[] = [];
  for (let r = 0; r < reps; r++) {
    const sides = [() => bare.push(runBare(model, idsFile, p.job, p.tokensScored, {}, path.join(dir, 'job.json'))), () => ours.push(runOurs(model, idsFile, maxTokens, path.join(dir, 'eval.json')))];
    for (const side of r % 2 === 0 ? sides : sides.reverse()) side();
    console.log(`[${r + 1}/${reps}] bare ${f(bare.at(-1)!.tokensPerSecond)} tokens/s (${f(bare.at(-1)!.wallSeconds)} s wall, peak RSS ${gib(bare.at(-1)!.peakRssBytes)} GiB); ours ${f(ours.at(-1)!.tokensPerSecond)} tokens/s (${f(ours.at(-1)!.wallSeconds)} s wall, peak RSS ${gib(ours.at(-1)!.peakRssBytes)} GiB, perplexity ${ours.at(-1)!.perplexity?.toFixed(2)})`);
  }
  const summary = (runs: EvalRun[]) => ({
    tokensPerSecond: median(runs.map((x) => x.tokensPerSecond)),
    seconds: median(runs.map((x) => x.seconds)),
    wallSeconds: median(runs.map((x) => x.wallSeconds)),
    cpuUtilisation: median(runs.map((x) => x.cpuUtilisation)),
    peakRssBytes: Math.max(...runs.map((x) => x.peakRssBytes)),
  });
  const o = summary(ours);
  const b = summary(bare);
  const pairRatios = ours.map((x, i) => x.tokensPerSecond / bare[i]!.tokensPerSecond);
  console.log(`\n| ${blocks}-block decoder, ${p.tokensScored} tokens scored, context ${CONTEXT}, batch ${batch}, median of ${reps} | tokens/s | window loop (s) | wall incl. start-up and load (s) | CPU | peak RSS (GiB) |`);
  console.log('|---|---|---|---|---|---|');
  console.log(`| bare onnxruntime-node (default options) | ${f(b.tokensPerSecond)} | ${f(b.seconds, 2)} | ${f(b.wallSeconds)} | ${f(100 * b.cpuUtilisation, 0)}% | ${gib(b.peakRssBytes)} |`);
  console.log(`| ww-smooth eval (CLI, defaults) | ${f(o.tokensPerSecond)} | ${f(o.seconds, 2)} | ${f(o.wallSeconds)} | ${f(100 * o.cpuUtilisation, 0)}% | ${gib(o.peakRssBytes)} |`);
  console.log(`ours / bare tokens/s: ${f(o.tokensPerSecond / b.tokensPerSecond, 3)} (medians), pairs ${pairRatios.map((x) => f(x, 3)).join(', ')} (target >= 0.95); load average after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `llm-eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    blocks, context: CONTEXT, batch, tokensScored: p.tokensScored, reps, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: process.version,
    modelBytes: model.bytes, ours, bare, summary: { ours: o, bare: b, ratio: o.tokensPerSecond / b.tokensPerSecond, pairRatios },
    sweep: { blocks: sweepBlocks, reps: sweepReps, rows: sweepRows }, loadavg: os.loadavg(),
  };
  fs.writeFileSync(file, JSON.stringify(record, null, 2));
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}
