/**
 * `npm run bench -- --llm-eval [--llm-eval-blocks N] [--llm-eval-reps R] [--llm-eval-tokens T] [--llm-eval-pairs K]
 *  [--llm-eval-sweep-blocks M] [--llm-eval-sweep-reps S] [--llm-eval-dir DIR]` (with `--llm` too: after the
 * analyze bench, in the same run).
 *
 * Evaluation at LLM scale. Builds (or reuses) a real TinyLlama-1.1B-shaped decoder with seeded
 * weights (bench/llmDecoder.ts; default all 22 blocks, 4.1 GiB of float32 external data) and seeded
 * token ids, then measures, each side in its own child process, alternately R times (the order flips
 * every rep, so drifting load on a shared machine hits both sides alike):
 * 1. tokens/s with defaults (R = 0 skips 1 and 2): ours = `ww-smooth eval model.onnx --ids ids.json --max-tokens T --device cpu`
 *    through the bundled CLI users run (dist/cli.js built from this checkout, bench/llm.ts bundledCli;
 *    it loads the pruned onnxruntime-node copy the build ships, the same version) (context 256, batch automatic; its tokens/s as it reports them: scored tokens
 *    / seconds of the window loop, NLL arithmetic included) against bare onnxruntime-node: an
 *    InferenceSession with no options at all running the same batches of the same windows (planned
 *    here with our planWindows / batchWindows / autoBatchSize) and nothing else (bench/llmEvalChild.ts).
 *    Both under /usr/bin/time (wall, CPU, peak RSS). Target: ours / bare >= 0.95.
 * 2. our overhead, load-robust: the same pair with one intra-op thread each (ours: the library path of
 *    `ww-smooth eval`), compared by CPU seconds of the window loop per token. One thread neither
 *    spins nor waits for a core, so this ratio holds on a busy machine where (1) is noisy.
 * 3. our overhead with defaults, in one session: each of K one-window batches (`--llm-eval-pairs K`,
 *    default 4) runs as bare runs it and as ours does (feeds, run, NLL), order alternating, timed
 *    apart (bench/llmEvalChild.ts `interleaved`): a drifting load hits both halves of a pair alike.
 * Before that, unless M = 0, a settings sweep on an M-block decoder (default 2: each block does the same
 * per-token work at any depth, and the sweep opens many sessions): threads, execution mode, graph
 * optimisation, memory arena / pattern, spinning and batch size, each against onnxruntime's defaults
 * in alternating pairs (paired median ratio of tokens/s, and loop CPU per token).
 * Results: bench/results/llm-eval-*.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InferenceSession } from 'onnxruntime-node';
import type { EvalWindow } from '../src/eval/types.js';
import { autoBatchSize, batchWindows, planWindows, tokensNeeded } from '../src/eval/windows.js';
import { mulberry32 } from '../src/util/prng.js';
import { bundledCli, childNode, median, nodeVersion, option, removeBundledCli, timedChild, type ChildUsage } from './llm.js';
import { buildDecoderModel, TINYLLAMA_DIMS, type DecoderModel } from './llmDecoder.js';
import type { EvalChildJob, EvalChildResult, InterleavedPair } from './llmEvalChild.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const CONTEXT = 256;

/** One child run: its /usr/bin/time usage and what it measured of its window loop. */
interface EvalRun extends ChildUsage {
  tokensPerSecond: number;
  /** wall seconds of the window loop */
  seconds: number;
  /** CPU seconds of the window loop (child-measured runs only) */
  loopCpuSeconds?: number;
  tokensScored: number;
  perplexity?: number;
}

interface Candidate {
  readonly label: string;
  readonly options: InferenceSession.SessionOptions;
  /** windows per call; undefined = our automatic batch */
  readonly batch?: number;
}

/** What the sweep tries, each against onnxruntime's defaults with our automatic batch. */
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

/** Our convention's windows over the ids, in batches of `batch` (what `ww-smooth eval` plans). */
function plan(nTokens: number, maxTokens: number, batch: number): EvalWindow[][] {
  return batchWindows(planWindows(nTokens, CONTEXT, CONTEXT, maxTokens).windows, batch);
}

function runCli(node: string, model: DecoderModel, idsFile: string, maxTokens: number, jsonPath: string): EvalRun {
  const { stdout: _ignored, ...usage } = timedChild(
    [node, bundledCli(), 'eval', model.modelPath, '--ids', idsFile, '--max-tokens', String(maxTokens), '--device', 'cpu', '--json', jsonPath, '--no-progress'],
    process.env,
  );
  const r = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { tokensPerSecond: number; seconds: number; tokensScored: number; perplexity: number };
  return { ...usage, tokensPerSecond: r.tokensPerSecond, seconds: r.seconds, tokensScored: r.tokensScored, perplexity: r.perplexity };
}

function runChild(node: string, mode: EvalChildJob['mode'], model: DecoderModel, idsFile: string, batches: EvalWindow[][], options: InferenceSession.SessionOptions, jobPath: string): EvalRun {
  const job: EvalChildJob = { mode, model: model.modelPath, idsFile, batches, sessionOptions: options };
  fs.writeFileSync(jobPath, JSON.stringify(job));
  const { stdout, ...usage } = timedChild([node, '--import', 'tsx', path.join(here, 'llmEvalChild.ts'), jobPath], process.env);
  const r = JSON.parse(stdout.trim().split('\n').pop()!) as EvalChildResult;
  return { ...usage, tokensPerSecond: r.tokensPerSecond, seconds: r.seconds, loopCpuSeconds: r.cpuSeconds, tokensScored: r.tokensScored, ...(r.perplexity !== undefined ? { perplexity: r.perplexity } : {}) };
}

/** `a` then `b` on even reps, `b` then `a` on odd ones, `reps` times. */
function alternate(reps: number, a: () => EvalRun, b: () => EvalRun, each?: (r: number, x: EvalRun, y: EvalRun) => void): { a: EvalRun[]; b: EvalRun[] } {
  const out = { a: [] as EvalRun[], b: [] as EvalRun[] };
  for (let r = 0; r < reps; r++) {
    let x: EvalRun;
    let y: EvalRun;
    if (r % 2 === 0) {
      x = a();
      y = b();
    } else {
      y = b();
      x = a();
    }
    out.a.push(x);
    out.b.push(y);
    each?.(r, x, y);
  }
  return out;
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const gib = (b: number) => f(b / 2 ** 30, 2);
/** loop CPU milliseconds per scored token */
const cpuMsPerToken = (r: EvalRun) => (1000 * (r.loopCpuSeconds ?? NaN)) / r.tokensScored;

interface SweepRow {
  label: string;
  batch: number;
  tokensPerSecond: number[];
  defaultTokensPerSecond: number[];
  /** median over the pairs of candidate / default tokens/s */
  pairedRatio: number;
  /** median over the pairs of candidate / default loop CPU per token */
  pairedCpuRatio: number;
  peakRssBytes: number;
}

function sweep(node: string, model: DecoderModel, dir: string, reps: number, maxTokens: number, log: (l: string) => void): SweepRow[] {
  const idsFile = path.join(dir, 'sweep-ids.json');
  const ids = writeIds(idsFile, maxTokens);
  const auto = autoBatchSize(CONTEXT, TINYLLAMA_DIMS.vocab);
  const jobPath = path.join(dir, 'job.json');
  return CANDIDATES.map((c) => {
    const batch = c.batch ?? auto;
    const runs = alternate(
      reps,
      () => runChild(node, 'bare', model, idsFile, plan(ids.length, maxTokens, auto), {}, jobPath),
      () => runChild(node, 'bare', model, idsFile, plan(ids.length, maxTokens, batch), c.options, jobPath),
    );
    const row: SweepRow = {
      label: c.label,
      batch,
      tokensPerSecond: runs.b.map((x) => x.tokensPerSecond),
      defaultTokensPerSecond: runs.a.map((x) => x.tokensPerSecond),
      pairedRatio: median(runs.b.map((x, i) => x.tokensPerSecond / runs.a[i]!.tokensPerSecond)),
      pairedCpuRatio: median(runs.b.map((x, i) => cpuMsPerToken(x) / cpuMsPerToken(runs.a[i]!))),
      peakRssBytes: Math.max(...runs.b.map((x) => x.peakRssBytes)),
    };
    log(`sweep: ${c.label} (batch ${batch}): ${row.tokensPerSecond.map((t) => f(t)).join(', ')} tokens/s vs defaults ${row.defaultTokensPerSecond.map((t) => f(t)).join(', ')}: x${f(row.pairedRatio, 3)}; loop CPU per token x${f(row.pairedCpuRatio, 3)}`);
    return row;
  });
}

function summary(runs: readonly EvalRun[]) {
  return {
    tokensPerSecond: median(runs.map((x) => x.tokensPerSecond)),
    seconds: median(runs.map((x) => x.seconds)),
    loopCpuMsPerToken: median(runs.map(cpuMsPerToken)),
    wallSeconds: median(runs.map((x) => x.wallSeconds)),
    cpuUtilisation: median(runs.map((x) => x.cpuUtilisation)),
    peakRssBytes: Math.max(...runs.map((x) => x.peakRssBytes)),
  };
}

export async function llmEvalBench(args: readonly string[]): Promise<void> {
  const blocks = Number(option(args, '--llm-eval-blocks', '22'));
  const reps = Number(option(args, '--llm-eval-reps', '3'));
  const maxTokens = Number(option(args, '--llm-eval-tokens', '1024'));
  const sweepBlocks = Number(option(args, '--llm-eval-sweep-blocks', '2'));
  const sweepReps = Number(option(args, '--llm-eval-sweep-reps', '3'));
  const pairsWanted = Number(option(args, '--llm-eval-pairs', '4'));
  for (const [name, v, min] of [['--llm-eval-blocks', blocks, 1], ['--llm-eval-reps', reps, 0], ['--llm-eval-tokens', maxTokens, 1], ['--llm-eval-sweep-blocks', sweepBlocks, 0], ['--llm-eval-sweep-reps', sweepReps, 1], ['--llm-eval-pairs', pairsWanted, 1]] as const) {
    if (!Number.isInteger(v) || v < min) throw new Error(`${name}: an integer >= ${min}, got ${v}`);
  }
  const root = path.resolve(option(args, '--llm-eval-dir', os.tmpdir()));
  const log = (l: string) => console.log(l);
  const progress = (l: string) => process.stderr.write(`\r\x1b[K${l}`);
  const batch = autoBatchSize(CONTEXT, TINYLLAMA_DIMS.vocab);
  const node = childNode(args);
  console.log(`llm eval bench: TinyLlama-shaped decoder, ${blocks} block(s); ${maxTokens} scored tokens per run at context ${CONTEXT}, batch ${batch}; cpus ${os.availableParallelism()} x ${os.cpus()[0]?.model ?? '?'}; ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM (${(os.freemem() / 2 ** 30).toFixed(0)} free); CLI and bare onnxruntime on node ${nodeVersion(node)}; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  let sweepRows: SweepRow[] = [];
  if (sweepBlocks > 0) {
    const sweepDir = path.join(root, `ww-bench-llm-eval-${sweepBlocks}`);
    const sweepModel = buildDecoderModel(sweepDir, sweepBlocks, { log: progress });
    process.stderr.write('\n');
    console.log(`settings sweep on a ${sweepBlocks}-block decoder (${gib(sweepModel.bytes)} GiB), bare onnxruntime, ${sweepReps} alternating pair(s) per setting:`);
    sweepRows = sweep(node, sweepModel, sweepDir, sweepReps, maxTokens, log);
    console.log(`\n| setting (each against onnxruntime's defaults, batch ${batch}) | batch | tokens/s (median) | defaults, same pairs | paired ratio, tokens/s | paired ratio, loop CPU per token | peak RSS (GiB) |`);
    console.log('|---|---|---|---|---|---|---|');
    for (const r of sweepRows) console.log(`| ${r.label} | ${r.batch} | ${f(median(r.tokensPerSecond))} | ${f(median(r.defaultTokensPerSecond))} | ${f(r.pairedRatio, 3)} | ${f(r.pairedCpuRatio, 3)} | ${gib(r.peakRssBytes)} |`);
  }

  const dir = path.join(root, `ww-bench-llm-eval-${blocks}`);
  const model = buildDecoderModel(dir, blocks, { log: progress });
  process.stderr.write('\n');
  console.log(`\nmodel: ${model.modelPath} (${gib(model.bytes)} GiB external data; ${model.buildSeconds ? `built in ${model.buildSeconds.toFixed(0)} s` : 'reused'})`);
  const idsFile = path.join(dir, 'ids.json');
  const ids = writeIds(idsFile, maxTokens);
  const batches = plan(ids.length, maxTokens, batch);
  const jobPath = path.join(dir, 'job.json');
  const line = (label: string, x: EvalRun) =>
    `${label} ${f(x.tokensPerSecond)} tokens/s, loop ${f(x.seconds, 2)} s${x.loopCpuSeconds !== undefined ? ` (CPU ${f(cpuMsPerToken(x), 2)} ms/token)` : ''}, ${f(x.wallSeconds)} s wall, peak RSS ${gib(x.peakRssBytes)} GiB${x.perplexity !== undefined ? `, perplexity ${x.perplexity.toFixed(2)}` : ''}`;

  console.log(`\n1. defaults: ww-smooth eval (CLI) against bare onnxruntime, ${reps} alternating pair(s)`);
  const main = alternate(
    reps,
    () => runChild(node, 'bare', model, idsFile, batches, {}, jobPath),
    () => runCli(node, model, idsFile, maxTokens, path.join(dir, 'eval.json')),
    (r, bare, ours) => console.log(`[${r + 1}/${reps}] ${line('bare', bare)}; ${line('ours', ours)}`),
  );
  console.log(`\n2. one intra-op thread each: our library path against bare onnxruntime, loop CPU per token, ${reps} alternating pair(s)`);
  const oneThread = alternate(
    reps,
    () => runChild(node, 'bare', model, idsFile, batches, { intraOpNumThreads: 1 }, jobPath),
    () => runChild(node, 'ours', model, idsFile, batches, { intraOpNumThreads: 1 }, jobPath),
    (r, bare, ours) => console.log(`[${r + 1}/${reps}] ${line('bare', bare)}; ${line('ours', ours)}`),
  );

  console.log(`\n3. defaults, one session: ${pairsWanted} one-window batch(es), each run as bare and as ours, order alternating`);
  const interleavedIds = path.join(dir, 'interleaved-ids.json');
  const ilIds = writeIds(interleavedIds, pairsWanted * (CONTEXT - 1));
  fs.writeFileSync(jobPath, JSON.stringify({ mode: 'interleaved', model: model.modelPath, idsFile: interleavedIds, batches: plan(ilIds.length, pairsWanted * (CONTEXT - 1), 1), sessionOptions: {} } satisfies EvalChildJob));
  const il = timedChild([node, '--import', 'tsx', path.join(here, 'llmEvalChild.ts'), jobPath], process.env);
  const pairs = (JSON.parse(il.stdout.trim().split('\n').pop()!) as { pairs: InterleavedPair[] }).pairs;
  for (const [i, q] of pairs.entries()) console.log(`[${i + 1}/${pairs.length}] ${q.tokens} tokens: bare ${f(q.bareSeconds, 2)} s (CPU ${f(q.bareCpuSeconds, 2)} s), ours ${f(q.oursSeconds, 2)} s (CPU ${f(q.oursCpuSeconds, 2)} s): ours / bare time x${f(q.oursSeconds / q.bareSeconds, 3)}`);
  const interleavedRatio = median(pairs.map((q) => q.bareSeconds / q.oursSeconds));

  const sm = { bare: summary(main.a), ours: summary(main.b) };
  const s1 = { bare: summary(oneThread.a), ours: summary(oneThread.b) };
  const ratios = {
    tokensPerSecond: sm.ours.tokensPerSecond / sm.bare.tokensPerSecond,
    tokensPerSecondPairs: main.b.map((x, i) => x.tokensPerSecond / main.a[i]!.tokensPerSecond),
    oneThreadCpuPerToken: s1.ours.loopCpuMsPerToken / s1.bare.loopCpuMsPerToken,
    oneThreadCpuPairs: oneThread.b.map((x, i) => cpuMsPerToken(x) / cpuMsPerToken(oneThread.a[i]!)),
    oneThreadTokensPerSecond: s1.ours.tokensPerSecond / s1.bare.tokensPerSecond,
    /** median over the batches of bare seconds / ours seconds: ours' tokens/s as a fraction of bare's */
    interleavedTokensPerSecond: interleavedRatio,
  };
  const tokensScored = main.a[0]?.tokensScored ?? batches.flat().reduce((n, w) => n + (w.end - w.scoreFrom), 0);
  console.log(`\n| ${blocks}-block decoder, ${tokensScored} tokens scored, context ${CONTEXT}, batch ${batch}, medians of ${reps} | tokens/s | window loop (s) | loop CPU (ms/token) | wall incl. start-up and load (s) | CPU | peak RSS (GiB) |`);
  console.log('|---|---|---|---|---|---|---|');
  const row = (label: string, s: ReturnType<typeof summary>) => console.log(`| ${label} | ${f(s.tokensPerSecond)} | ${f(s.seconds, 2)} | ${f(s.loopCpuMsPerToken, 2)} | ${f(s.wallSeconds)} | ${f(100 * s.cpuUtilisation, 0)}% | ${gib(s.peakRssBytes)} |`);
  row('bare onnxruntime-node, default options', sm.bare);
  row('ww-smooth eval (CLI), defaults', sm.ours);
  row('bare onnxruntime-node, 1 intra-op thread', s1.bare);
  row('ww-smooth eval (library path), 1 intra-op thread', s1.ours);
  console.log(`ours / bare, defaults: tokens/s x${f(ratios.tokensPerSecond, 3)} (pairs ${ratios.tokensPerSecondPairs.map((x) => f(x, 3)).join(', ')}; target >= 0.95)`);
  console.log(`ours / bare, 1 thread: loop CPU per token x${f(ratios.oneThreadCpuPerToken, 3)} (pairs ${ratios.oneThreadCpuPairs.map((x) => f(x, 3)).join(', ')}), tokens/s x${f(ratios.oneThreadTokensPerSecond, 3)}`);
  console.log(`ours / bare, defaults, one session, interleaved: tokens/s x${f(ratios.interleavedTokensPerSecond, 3)} (median over ${pairs.length} batch pair(s); target >= 0.95)`);
  console.log(`load average after: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);

  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `llm-eval-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const record = {
    blocks, context: CONTEXT, batch, tokensScored, reps, cpus: os.availableParallelism(), cpu: os.cpus()[0]?.model, node: nodeVersion(node), modelBytes: model.bytes,
    defaults: { bare: main.a, ours: main.b, summary: sm }, oneThread: { bare: oneThread.a, ours: oneThread.b, summary: s1 }, interleaved: pairs, ratios,
    sweep: { blocks: sweepBlocks, reps: sweepReps, rows: sweepRows }, loadavg: os.loadavg(),
  };
  fs.writeFileSync(file, JSON.stringify(record, null, 2));
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  removeBundledCli();
}
