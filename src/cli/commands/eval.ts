/**
 * `ww-smooth eval <model> [--compare <model2>] --text FILE | --ids FILE ... [--probe ITEMS]`:
 * perplexity of one model, or of two on the same tokens with the delta, under the README's
 * perplexity convention; with --probe also (or only) the accuracy on task probes (README "Task
 * probes"). Results go to stdout (and to --json FILE); a progress bar goes to stderr.
 */
import { Command, Option } from 'commander';
import { progressReporter } from '../../util/progress.js';
import { checkLatePaths, integer } from '../options.js';
import { resolve } from 'node:path';
import { evaluateComparison, evaluatePerplexity, type PerplexityComparison } from '../../engine/evaluate.js';
import { WwError } from '../../errors.js';
import type { EvalOptions, EvalProgress, PerplexityResult } from '../../eval/types.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { evaluateProbeItems, prepareProbe } from '../../engine/probe.js';
import { describeProbe, describeProbeComparison } from '../../report/probe.js';
import { compareProbe, type ProbeComparison } from '../../eval/probeCompare.js';
import type { ProbeResult } from '../../eval/probe.js';
import { DEFAULT_CONTEXT, DEFAULT_MAX_TOKENS } from '../../eval/convention.js';
import { fmtDeltaWithInterval, fmtNum, fmtPerplexity } from '../../report/format.js';

interface EvalCliOptions {
  compare?: string;
  text?: string;
  ids?: string;
  tokenizer?: string;
  context?: number;
  stride?: number;
  maxTokens?: number;
  batchSize?: number;
  device: EvalOptions['device'];
  threads?: number;
  graphOptimization: EvalOptions['graphOptimizationLevel'];
  json?: string;
  progress: boolean;
  probe?: string;
  probeMaxItems?: number;
  perItem?: boolean;
}

/** The JSON of a probe result: per-item outcomes only when asked for. */
function probeJson(r: ProbeResult, perItem: boolean): ProbeResult {
  if (perItem) return r;
  const { perItem: _dropped, ...rest } = r;
  return rest;
}

/** Probe accuracy of `model` (and of `compare` on the same items), encoded once with model's tokenizer. */
async function runProbe(model: string, opts: EvalCliOptions, options: Partial<EvalOptions>): Promise<Record<string, unknown>> {
  const probe = await prepareProbe(
    { probeFile: opts.probe!, ...(opts.tokenizer !== undefined ? { tokenizerDir: opts.tokenizer } : {}), ...(opts.probeMaxItems !== undefined ? { maxItems: opts.probeMaxItems } : {}) },
    model,
  );
  const a = await evaluateProbeItems(model, probe, options);
  if (opts.compare === undefined) {
    process.stdout.write(describeProbe('probe', a) + '\n');
    return { probe: probeJson(a, opts.perItem ?? false) };
  }
  const b = await evaluateProbeItems(opts.compare, probe, { ...options, context: a.context });
  const delta: ProbeComparison = compareProbe(a, b);
  process.stdout.write(`${describeProbe('probe a', a)}\n${describeProbe('probe b', b)}\n${describeProbeComparison('probe delta (b - a)', delta)}\n`);
  return { probe: { a: probeJson(a, opts.perItem ?? false), b: probeJson(b, opts.perItem ?? false), delta } };
}

/** Progress on stderr (src/util/progress.ts: redrawn on a terminal, lines elsewhere), by scored tokens. */
function evalProgress(label: string, stream: NodeJS.WritableStream & { isTTY?: boolean }): (p: EvalProgress) => void {
  const report = progressReporter({ label, stream, quietSeconds: 0 });
  return (p) => report({ done: p.windowsDone, total: p.windowsTotal, detail: `windows, ${p.tokensScored}/${p.tokensTotal} tokens`, workDone: p.tokensScored, workTotal: p.tokensTotal });
}

function describe(label: string, r: PerplexityResult): string {
  return [
    `${label}: ${r.model}`,
    `  perplexity ${fmtPerplexity(r.perplexity)} (mean NLL ${fmtNum(r.meanNll, 6)}; ${r.tokensScored} of ${r.tokensTotal} tokens scored in ${r.windows} windows, context ${r.context}, stride ${r.stride}, vocab ${r.vocabSize})`,
    `  ${r.device}: ${r.deviceNote}; ${r.seconds.toFixed(2)} s, ${Math.round(r.tokensPerSecond)} tokens/s`,
  ].join('\n');
}

function describeComparison(c: PerplexityComparison): string {
  return `${describe('a', c.a)}\n${describe('b', c.b)}\ndelta (b - a): ${fmtDeltaWithInterval(c.delta)}`;
}

async function runEval(model: string, opts: EvalCliOptions): Promise<void> {
  if (opts.text !== undefined && opts.ids !== undefined) {
    throw new WwError('INPUT_INVALID', 'give the evaluation input with exactly one of --text FILE or --ids FILE', {});
  }
  if (opts.text === undefined && opts.ids === undefined && opts.probe === undefined) {
    throw new WwError('INPUT_INVALID', 'give the evaluation input with exactly one of --text FILE or --ids FILE, and/or probe items with --probe FILE', {});
  }
  await checkLatePaths([[opts.json, '--json file']], [[opts.compare, '--compare model']]);
  const options: Partial<EvalOptions> = { device: opts.device, graphOptimizationLevel: opts.graphOptimization };
  if (opts.context !== undefined) options.context = opts.context;
  if (opts.stride !== undefined) options.stride = opts.stride;
  if (opts.maxTokens !== undefined) options.maxTokens = opts.maxTokens;
  if (opts.batchSize !== undefined) options.batchSize = opts.batchSize;
  if (opts.threads !== undefined) options.threads = opts.threads;
  const input = {
    ...(opts.text !== undefined ? { textFile: opts.text } : {}),
    ...(opts.ids !== undefined ? { idsFile: opts.ids } : {}),
    ...(opts.tokenizer !== undefined ? { tokenizerDir: opts.tokenizer } : {}),
  };
  let report: PerplexityResult | PerplexityComparison | { model: string } = { model: resolve(model) };
  if (opts.text === undefined && opts.ids === undefined) {
    // Probe only: no perplexity.
  } else if (opts.compare !== undefined) {
    const bars = { a: evalProgress('a', process.stderr), b: evalProgress('b', process.stderr) };
    const comparison = await evaluateComparison({
      ...input,
      modelA: model,
      modelB: opts.compare,
      options,
      ...(opts.progress ? { onProgress: (which: 'a' | 'b', p: EvalProgress) => bars[which](p) } : {}),
    });
    process.stdout.write(describeComparison(comparison) + '\n');
    report = comparison;
  } else {
    const result = await evaluatePerplexity({
      ...input,
      modelPath: model,
      options,
      ...(opts.progress ? { onProgress: evalProgress('eval', process.stderr) } : {}),
    });
    process.stdout.write(describe('model', result) + '\n');
    report = result;
  }
  const probe = opts.probe !== undefined ? await runProbe(model, opts, options) : {};
  if (opts.json !== undefined) {
    const path = resolve(opts.json);
    try {
      await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify({ ...report, ...probe }, null, 2) + '\n'));
    } catch (err) {
      throw new WwError('IO', `could not write ${path}: ${(err as Error).message}`, { file: path }, { cause: err });
    }
  }
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('perplexity (and/or task-probe accuracy) of a model, and of a second one with --compare on the same tokens and items, with onnxruntime')
    .argument('<model>', 'ONNX model file')
    .option('--compare <model2>', 'second model to evaluate on the same tokens; reports the delta (model2 - model)')
    .option('--text <file>', 'evaluation text (UTF-8); lines are trimmed, empty lines dropped, each encoded with the tokenizer')
    .option('--ids <file>', 'pre-tokenised ids: a JSON array or a .npy (int32/int64)')
    .option('--tokenizer <dir>', "folder with tokenizer.json (+ tokenizer_config.json); default: the model's folder")
    .option('--context <n>', `tokens per window (default: min(model limit, ${DEFAULT_CONTEXT}), as run and the action)`, integer(2))
    .option('--stride <n>', 'tokens between window starts (default: context)', integer(1))
    .option('--max-tokens <n>', `stop after scoring this many tokens (default ${DEFAULT_MAX_TOKENS}, as run and the action; 0 = all)`, integer(0))
    .option('--batch-size <n>', 'windows per model call (default: automatic)', integer(1))
    .addOption(new Option('--device <device>', 'execution provider').choices(['auto', 'cpu', 'cuda']).default('auto'))
    .option('--threads <n>', 'onnxruntime intra-op threads (0 = onnxruntime default)', integer(0))
    .addOption(new Option('--graph-optimization <level>', 'onnxruntime graph optimisation level').choices(['disabled', 'basic', 'extended', 'all']).default('all'))
    .option('--probe <items.jsonl>', 'task probes: multiple-choice / exact-match items, one JSON object per line (README "Task probes"); reports acc, acc_norm, exact match')
    .option('--probe-max-items <n>', 'score at most this many probe items (default 1000)', integer(1))
    .option('--per-item', 'with --probe and --json: keep every item\'s outcome and scores in the JSON')
    .option('--json <file>', 'also write the result as JSON to this file')
    .option('--no-progress', 'no progress output on stderr')
    .action(async (model: string, opts: EvalCliOptions) => runEval(model, opts));
}
