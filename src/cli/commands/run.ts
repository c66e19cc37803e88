/**
 * `ww-smooth run <model>` and `ww-smooth merge <partials...> --model M`: the action's pipeline and
 * verdict on a laptop. Flags are the action's inputs one to one (src/config/inputs.ts CONFIG_INPUTS,
 * same names, same value grammar, same precedence: built-in defaults < config file < flags), so a CI
 * verdict reproduces with the same words. `--shard i/n` runs one shard job (analyse and smooth one
 * cost-balanced share, write a partial report); `merge` combines the partials and gates once.
 *
 * Output: the verdict and its rules on stdout, report.json (and the smoothed model) in
 * --output-dir / --out-dir, the report also at --json. Exit status: 0 pass or warn, 1 fail (as the
 * action's step), 1 with `error[CODE]` for a user error.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { TOOL_VERSION } from '../../action/version.js';
import { CONFIG_INPUTS, overridesFromInputs } from '../../config/inputs.js';
import { buildPlanConfined, readConfigFile, type ConfigFile } from '../../config/load.js';
import type { Plan } from '../../config/plan.js';
import type { BaselineInput, Pipeline, ShardRunner } from '../../engine/pipeline.js';
import { WwError } from '../../errors.js';
import { writeReportJson } from '../../report/json.js';
import { readRunReport } from '../../report/read.js';
import type { RunReport, Verdict } from '../../report/types.js';
import { formatShard, parseShard } from '../../shard/partition.js';
import { checkConfiguredPlatform } from '../../runtime/ort.js';
import { checkLatePaths } from '../options.js';
import type { CliContext } from '../context.js';

export const DEFAULT_CONFIG_FILES = ['.ww-smooth.yml', '.ww-smooth.yaml', '.ww-smooth.json'];

/** Commander's attribute name of a kebab-case flag. */
export const attrOf = (flag: string): string => flag.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Flags = Record<string, string | boolean | undefined>;

/**
 * Adds the action's config inputs as flags (`--eval-text FILE`, `--max-perplexity-increase 5%`, ...),
 * plus --config, --method and --smooth/--no-smooth, --factorize/--no-factorize.
 * `only` restricts them to inputs whose config path starts with one of the given sections.
 */
export function addPlanOptions(cmd: Command, opts: { skip?: readonly string[]; only?: readonly string[] } = {}): Command {
  cmd.option('--config <file>', 'YAML/JSON config file (schema: src/config/schema.json); default .ww-smooth.yml in the working folder when present');
  for (const spec of CONFIG_INPUTS) {
    if (opts.skip?.includes(spec.input)) continue;
    if (opts.only && !opts.only.includes(spec.path[0]!)) continue;
    cmd.option(`--${spec.input} <value>`, `same as the action input ${spec.input} (config ${spec.path.join('.')})`);
  }
  if (!opts.only || opts.only.includes('smooth')) {
    cmd
      .option('--method <rule>', 'rank rule: detX, percent:<p>, rank-fraction:<rho>, mp, tail, rank:<k> (action input method)')
      .option('--smooth', 'apply SVD smoothing (default; action input smooth)')
      .option('--no-smooth', 'analyse and evaluate without smoothing')
      .option('--factorize', 'write smoothed layers as two low-rank MatMuls when smaller')
      .option('--no-factorize', 'write smoothed layers dense');
  }
  return cmd;
}

/** The plan the action would build from the same inputs. `model` (a positional) wins over --model. */
export async function planFromFlags(flags: Flags, opts: { model?: string; cwd?: string; defaultCommentKey?: string } = {}): Promise<Plan> {
  const cwd = opts.cwd ?? process.cwd();
  const value = (name: string): string => {
    if (name === 'model' && opts.model !== undefined) return opts.model;
    if (name === 'output-dir' && typeof flags['outDir'] === 'string') return flags['outDir'];
    const v = flags[attrOf(name)];
    return typeof v === 'string' ? v : '';
  };
  let configPath: string | null = null;
  if (typeof flags['config'] === 'string') configPath = path.resolve(cwd, flags['config']);
  else configPath = DEFAULT_CONFIG_FILES.map((f) => path.join(cwd, f)).find((f) => existsSync(f)) ?? null;
  const file: ConfigFile = configPath ? await readConfigFile(configPath) : {};
  const overrides = overridesFromInputs(value);
  const smooth: Record<string, unknown> = { ...(overrides.smooth ?? {}) };
  if (typeof flags['smooth'] === 'boolean') smooth['enabled'] = flags['smooth'];
  if (typeof flags['factorize'] === 'boolean') smooth['factorize'] = flags['factorize'];
  if (Object.keys(smooth).length) overrides.smooth = smooth as ConfigFile['smooth'];
  return buildPlanConfined({ file, filePath: configPath, overrides, overridesSource: 'command line', defaultCommentKey: opts.defaultCommentKey ?? 'ww-smooth', cwd });
}

/** The verdict as text: headline, then one line per rule. */
export function formatVerdict(v: Verdict): string {
  const lines = [`ww-smooth gate ${v.headline}`];
  const width = Math.max(0, ...v.rules.map((r) => r.id.length));
  for (const r of v.rules) {
    const status = r.status.padEnd(7);
    lines.push(`  ${status} ${r.id.padEnd(width)}  ${r.valueText}${r.limitText ? `  (${r.limitText})` : ''}${r.reason ? `  ${r.reason}` : ''}`);
  }
  return lines.join('\n') + '\n';
}

export interface RunDeps {
  readonly pipeline?: Pipeline;
  readonly shardRunner?: ShardRunner;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
}

/** Runs the pipeline (or a shard job, or a merge) and reports; returns the exit status. */
export async function runCommand(flags: Flags, opts: { model?: string; merge?: readonly string[]; deps?: RunDeps; context?: CliContext }): Promise<number> {
  const layerWorkers = opts.context?.layerWorkers;
  const out = opts.deps?.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = opts.deps?.stderr ?? ((t: string) => void process.stderr.write(t));
  const quiet = flags['quiet'] === true;
  const log = (m: string): void => {
    if (!quiet) err(`${m}\n`);
  };
  const plan = await planFromFlags(flags, opts.model !== undefined ? { model: opts.model } : {});
  const shard = typeof flags['shard'] === 'string' ? parseShard(flags['shard'], '--shard') : null;
  if (shard && opts.merge) throw new WwError('INPUT_INVALID', '--shard is for shard jobs; merge combines their partial reports', { key: 'shard' });
  if (shard) {
    const runShard = opts.deps?.shardRunner ?? (await import('../../engine/pipeline.js')).runShard;
    const { partial, manifestPath } = await runShard({ plan, version: TOOL_VERSION, shard, log, ...(layerWorkers ? { layerWorkers } : {}) });
    out(`shard ${formatShard(shard)}: analysed ${partial.layers.length} of ${partial.modelLayers} layers, smoothed ${partial.smooth?.layers.length ?? 0}; partial report ${manifestPath}\n`);
    return 0;
  }
  const engine = await import('../../engine/pipeline.js');
  const pipeline = opts.deps?.pipeline ?? engine.runPipeline;
  const baselineFile = typeof flags['baselineReport'] === 'string' ? path.resolve(flags['baselineReport']) : null;
  // Read and checked now, with the --json destination: both were only used after all the work.
  const baseReport = baselineFile ? await readRunReport(baselineFile) : null;
  await checkLatePaths([[typeof flags['json'] === 'string' ? flags['json'] : undefined, '--json file']]);
  const request = {
    plan,
    version: TOOL_VERSION,
    log,
    ...(layerWorkers ? { layerWorkers } : {}),
    checkRuntime: checkConfiguredPlatform,
    ...(opts.merge ? { merge: { sources: opts.merge, cwd: process.cwd() } } : {}),
    ...(baselineFile && baseReport
      ? {
          baseline: async (): Promise<BaselineInput> => ({
            report: baseReport,
            source: 'file',
            ref: baselineFile,
            note: `report file ${path.basename(baselineFile)} (model ${baseReport.model.sha256.slice(0, 12)})`,
          }),
        }
      : {}),
  } as const;
  // One claim on output-dir from the pipeline to the last report written (src/io/outputDir.ts).
  const report = await engine.withOutputDir(plan, true, async () => {
    const judged = await pipeline(request);
    await writeOutputs(judged, plan, flags);
    return judged;
  });
  out(formatVerdict(report.verdict));
  return report.verdict.passed ? 0 : 1;
}

async function writeOutputs(report: RunReport, plan: Plan, flags: Flags): Promise<void> {
  await writeReportJson(path.join(plan.report.outputDir, 'report.json'), report);
  if (typeof flags['json'] === 'string') await writeReportJson(path.resolve(flags['json']), report);
}

const common = (cmd: Command): Command =>
  cmd
    .option('--out-dir <dir>', 'same as --output-dir: folder for report.json and the smoothed model (default ww-smooth-report)')
    .option('--json <file>', 'also write report.json here')
    .option('--baseline-report <file>', 'compare against this report.json (e.g. the default branch artifact)')
    .option('--quiet', 'no progress on stderr');

export function register(program: Command, context: CliContext = {}): void {
  const run = program
    .command('run')
    .description('the action on the command line: analyze, smooth, perplexity, gate; same flags as the action inputs, same verdict and exit status')
    .argument('<model>', '.onnx or .safetensors model (path, glob matching one file, or https URL with --model-sha256)');
  addPlanOptions(common(run), { skip: ['model'] })
    .option('--shard <i/n>', 'shard job: analyse and smooth only the i-th of n cost-balanced shares of the layers and write a partial report (see merge)')
    .action(async (model: string, flags: Flags) => {
      process.exitCode = await runCommand(flags, { model, context });
    });

  const merge = program
    .command('merge')
    .description('combine the partial reports of `run --shard i/n` jobs: assemble the smoothed model, measure perplexity, gate once')
    .argument('<partials...>', 'folders (searched recursively), ww-smooth-partial-*.json files or globs');
  addPlanOptions(common(merge))
    .action(async (partials: string[], flags: Flags) => {
      if (typeof flags['model'] !== 'string') throw new WwError('INPUT_INVALID', 'merge needs --model: the model the shards were run on (for the smoothed copy and perplexity)', { key: 'model' });
      process.exitCode = await runCommand(flags, { merge: partials });
    });
}
