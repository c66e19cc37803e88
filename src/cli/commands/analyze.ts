/**
 * `ww-smooth analyze <model> [--layers SPEC] [--json FILE] [--format table|md|json] [--no-randomize]
 * [--seed N] ...`: WeightWatcher metrics per dense layer. The table (or Markdown, or the JSON report)
 * goes to stdout, progress to stderr (on a terminal, or once a run takes more than ~2 s), and the
 * JSON report, which follows src/report/analyze-schema.json, to --json FILE (written atomically).
 */
import { layerLabel } from '../../model/names.js';
import { Command, Option } from 'commander';
import { checkLatePaths, integer } from '../options.js';
import { markdownTable } from 'markdown-table';
import { resolve } from 'node:path';
import { analyzeModel, parseLayerSpec, type AnalyzeProgress } from '../../engine/analyze.js';
import { WwError } from '../../errors.js';
import { analyzeEngine } from '../../engine/layerPool.js';
import type { CliContext } from '../context.js';
import { openModel } from '../../model/open.js';
import { writeFileAtomic } from '../../report/json.js';
import type { AnalyzeOptions, AnalyzeReport } from '../../spectral/types.js';
import { parseShard, shardLayers } from '../../shard/partition.js';
import { progressReporter } from '../../util/progress.js';
import { escapeMarkdown, escapeTerminal } from '../../report/escape.js';
import { elide } from '../../util/pattern.js';

interface AnalyzeCliOptions {
  layers?: string;
  json?: string;
  format: 'table' | 'md' | 'json';
  randomize: boolean;
  mpFit: boolean;
  detx: boolean;
  seed?: number;
  minEvals?: number;
  maxEvals?: number;
  maxN?: number;
  progress: boolean;
  /** `i/n`: only the i-th of n cost-balanced shares of the layers (the partition `run --shard` uses). */
  shard?: string;
}

/** JSON with non-finite numbers as null (JSON has no NaN/Infinity). */
export function reportToJson(report: AnalyzeReport): string {
  return JSON.stringify(report, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n';
}

function num(v: number | undefined, digits: number): string {
  if (v === undefined || !Number.isFinite(v)) return '-';
  return v.toFixed(digits);
}

const HEADER = ['#', 'layer', 'N x M', 'alpha', 'D', 'xmin', 'pl_spikes', 'log_norm', 'log_spec_norm', 'alpha_w', 'stable_rank', 'mp_spikes', 'mp_softrank', 'detX', 'rand_dist', 'warning'];

/** Rows of the per-layer table (analysed, failed and skipped layers, in model order). */
export function tableRows(report: AnalyzeReport): string[][] {
  const rows: { index: number; cells: string[] }[] = [];
  for (const l of report.layers) {
    const m = l.metrics;
    const NM = `${Math.max(l.inFeatures, l.outFeatures)} x ${Math.min(l.inFeatures, l.outFeatures)}`;
    if (m === null) {
      rows.push({ index: l.index, cells: [String(l.index), layerLabel(l), NM, ...Array<string>(12).fill('-'), `failed: ${l.reason?.code ?? ''}`] });
      continue;
    }
    const fitFailed = m.status !== 'success';
    rows.push({
      index: l.index,
      cells: [
        String(l.index),
        layerLabel(l),
        NM,
        fitFailed ? 'failed' : num(m.alpha, 3),
        fitFailed ? '-' : num(m.D, 4),
        fitFailed ? '-' : num(m.xmin, 4),
        fitFailed ? '-' : String(m.num_pl_spikes),
        num(m.log_norm, 3),
        num(m.log_spectral_norm, 3),
        fitFailed ? '-' : num(m.alpha_weighted, 3),
        num(m.stable_rank, 2),
        m.num_spikes === undefined ? '-' : String(m.num_spikes),
        num(m.mp_softrank, 3),
        m.detX_num === undefined ? '-' : String(m.detX_num),
        num(m.rand_distance, 3),
        fitFailed ? 'fit failed' : m.warning,
      ],
    });
  }
  for (const s of report.skipped) {
    if (s.index === null) continue;
    rows.push({ index: s.index, cells: [String(s.index), s.name, `${s.N} x ${s.M}`, ...Array<string>(12).fill('-'), `skipped: ${s.reason.code}`] });
  }
  rows.sort((a, b) => a.index - b.index);
  return rows.map((r) => r.cells);
}

function summaryLines(report: AnalyzeReport): string[] {
  const s = report.summary;
  const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));
  return [
    `${s.layers} layers analysed (${report.layers.length - s.layers} failed, ${report.skipped.length} skipped, ${report.filteredOut} filtered out) with engine ${report.engine} in ${report.timings.totalSeconds.toFixed(2)} s`,
    `mean alpha ${fmt(s.ww.alpha)} (over successful fits ${fmt(s.successful.alpha)}), alpha_weighted ${fmt(s.ww.alpha_weighted)}, log_norm ${fmt(s.ww.log_norm)}, log_spectral_norm ${fmt(s.ww.log_spectral_norm)}, stable_rank ${fmt(s.ww.stable_rank)}, mp_softrank ${fmt(s.ww.mp_softrank)}`,
    `${s.overTrained} over-trained (alpha < 2), ${s.underTrained} under-trained (alpha > 6), ${s.failedFits} failed fits`,
  ];
}

/** Names in the CLI's tables: bounded in length (the JSON report has them whole). */
const NAME_CHARS = 200;

/** Plain-text table with aligned columns; names with control characters escaped (src/report/escape.ts). */
export function renderTable(report: AnalyzeReport): string {
  const rows = [HEADER, ...tableRows(report).map((r) => r.map((cell, c) => (c === 1 ? escapeTerminal(elide(cell, NAME_CHARS)) : cell)))];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string => r.map((cell, c) => (c <= 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  return [line(rows[0]!), ...rows.slice(1).map(line), '', ...summaryLines(report)].join('\n') + '\n';
}

/** Markdown table (names escaped for table cells) and the summary. */
export function renderMarkdown(report: AnalyzeReport): string {
  // A name is inline text escaped like the action's comment, control characters made visible
  // first (no code span: its raw text could still carry "<!-- ww-smooth-comment" or a line break
  // that starts a heading); the rest through the one escaper.
  const rows = tableRows(report).map((r) => r.map((cell, c) => (c === 1 ? escapeMarkdown(escapeTerminal(elide(cell, NAME_CHARS))) : escapeMarkdown(cell))));
  const align = HEADER.map((_, c) => (c <= 1 ? 'l' : 'r'));
  return markdownTable([HEADER.map(escapeMarkdown), ...rows], { align }) + '\n\n' + summaryLines(report).join('  \n') + '\n';
}

/** Per-layer progress with the time left on stderr (src/util/progress.ts: redrawn on a terminal, lines elsewhere). */
export function analyzeProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): (p: AnalyzeProgress) => void {
  const report = progressReporter({ label: 'analyze', stream });
  return (p) => report({ done: p.done, total: p.total, detail: escapeTerminal(elide(p.layer, NAME_CHARS)), workDone: p.workDone, workTotal: p.workTotal });
}

export async function runAnalyze(modelPath: string, opts: AnalyzeCliOptions, context: CliContext = {}): Promise<AnalyzeReport> {
  const path = resolve(modelPath);
  const analyze: Partial<AnalyzeOptions> = { randomize: opts.randomize, mpFit: opts.mpFit, detX: opts.detx };
  if (opts.seed !== undefined) analyze.seed = opts.seed;
  if (opts.minEvals !== undefined) analyze.minEvals = opts.minEvals;
  if (opts.maxEvals !== undefined) analyze.maxEvals = opts.maxEvals;
  if (opts.maxN !== undefined) analyze.maxN = opts.maxN;
  let filter = opts.layers !== undefined ? parseLayerSpec(opts.layers) : undefined;
  const shard = opts.shard !== undefined ? parseShard(opts.shard, '--shard') : null;
  // The worker pool starts (threads, onnxruntime, wasm: ~0.3 s) while the model's header and its
  // first layer are read (analyzeModel takes the engine still starting); the threads the CLI's
  // entry started are taken first.
  const starting = analyzeEngine(context.layerWorkers ? { started: context.layerWorkers } : {});
  // once the layers are analysed the workers stop while the report is rendered and written
  let disposing: Promise<void> | null = null;
  const disposeEngine = (): Promise<void> => (disposing ??= starting.then((e) => e.dispose(), () => undefined));
  let model: Awaited<ReturnType<typeof openModel>> | null = null;
  try {
    model = await openModel(path);
    if (shard) {
      const mine = new Set(shardLayers(model.layers.map((l) => ({ name: l.name, index: l.index, rows: l.storedShape[0], cols: l.storedShape[1] })), shard).map((l) => l.name));
      const byName = filter;
      filter = (l) => mine.has(l.name) && (byName === undefined || byName(l));
    }
    const report = await analyzeModel(model, {
      engine: starting,
      analyze,
      ...(filter ? { layers: filter } : {}),
      ...(opts.progress ? { onProgress: analyzeProgress(process.stderr) } : {}),
    });
    void disposeEngine();
    if (opts.layers !== undefined && report.layers.length + report.skipped.filter((s) => s.index !== null).length === 0) {
      throw new WwError('SELECTION_EMPTY', `--layers "${opts.layers}" matches none of the ${model.layers.length} dense layers of ${path}`, { spec: opts.layers });
    }
    const json = reportToJson(report);
    if (opts.json) await writeFileAtomic(resolve(opts.json), json);
    if (opts.format === 'json') process.stdout.write(json);
    else if (opts.format === 'md') process.stdout.write(renderMarkdown(report));
    else process.stdout.write(renderTable(report));
    return report;
  } finally {
    await disposeEngine();
    await model?.close();
  }
}

export function register(program: Command, context: CliContext = {}): void {
  program
    .command('analyze')
    .description('WeightWatcher spectral metrics (alpha, norms, MP fit, detX, randomized ESD) for every dense layer')
    .argument('<model>', 'model: .onnx, .safetensors, a sharded .safetensors.index.json, or a folder holding one')
    .option('--layers <spec>', "layers to analyse: glob ('*.mlp.*'), /regex/, index range a:b (half-open), index, or name; comma-separated")
    .option('--json <file>', 'write the JSON report (src/report/analyze-schema.json) to this file')
    .addOption(new Option('--format <format>', 'stdout format').choices(['table', 'md', 'json']).default('table'))
    .option('--no-randomize', 'skip the randomized ESD (rand_distance, ww_softrank): about 2x faster')
    .option('--no-mp-fit', 'skip the Marchenko-Pastur fit')
    .option('--no-detx', 'skip the detX constraint')
    .option('--seed <n>', 'seed of the element shuffle for the randomized ESD', integer(0))
    .option('--min-evals <n>', 'skip layers with fewer eigenvalues (WeightWatcher: 10)', integer(1))
    .option('--max-evals <n>', 'skip layers with more eigenvalues (WeightWatcher: 15000)', integer(1))
    .option('--max-n <n>', 'skip layers whose long side is larger (WeightWatcher: 50000)', integer(1))
    .option('--no-progress', 'no progress on stderr')
    .option('--shard <i/n>', 'analyse only the i-th of n cost-balanced shares of the layers (as `run --shard` splits them)')
    .action(async (model: string, opts: AnalyzeCliOptions) => {
      await checkLatePaths([[opts.json, '--json file']]);
      await runAnalyze(model, opts, context);
    });
}
