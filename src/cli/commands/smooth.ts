/**
 * `ww-smooth smooth <model>`: SVD smoothing (WeightWatcher SVDSmoothing / LASER) of selected dense
 * layers, written to a new model file. A thin shell over src/engine/smooth.ts: flags become a
 * SmoothPlanConfig, the report is printed as a table (and written as JSON with --json).
 */
import { dirname, resolve } from 'node:path';
import { layerLabel } from '../../model/names.js';
import { progressReporter } from '../../util/progress.js';
import { Command, InvalidArgumentError } from 'commander';
import { WwError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import type { LayerRole } from '../../model/types.js';
import { smoothModel } from '../../engine/smooth.js';
import { prepareTokens } from '../../engine/evaluate.js';
import { DEFAULT_SEARCH_MAX_EVALS, type SearchSetup } from '../../engine/search.js';
import { searchProgressLog } from '../../engine/searchPlan.js';
import { parseThreshold } from '../../config/load.js';
import { DEFAULT_CONTEXT, DEFAULT_MAX_TOKENS } from '../../eval/convention.js';
import type { SearchReport } from '../../smooth/search/types.js';
import { describeRule } from '../../smooth/rules.js';
import { asList } from '../../smooth/select.js';
import { parseMethodSpec, SMOOTH_METHODS, type SmoothMethod, type SmoothPlanConfig, type SmoothReport } from '../../smooth/types.js';
import { parseDecimal } from '../../util/decimal.js';
import { checkLatePaths } from '../options.js';

interface SmoothFlags {
  method?: { name: SmoothMethod | 'auto'; value: number | null };
  evalText?: string;
  tokenizer?: string;
  budget?: string;
  maxEvals?: string;
  context?: string;
  maxEvalTokens?: string;
  layers?: string[];
  blocks?: string;
  roles?: string;
  exclude?: string[];
  k?: string;
  percent?: string;
  rho?: string;
  out?: string;
  factorize?: boolean;
  dryRun?: boolean | string;
  json?: string;
  quiet?: boolean;
}

const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];

function parseMethodFlag(text: string): { name: SmoothMethod | 'auto'; value: number | null } {
  const spec = parseMethodSpec(text);
  if (spec && spec.name === 'auto' && spec.value === null) return { name: 'auto', value: null };
  if (!spec || !(SMOOTH_METHODS as readonly string[]).includes(spec.name)) {
    throw new InvalidArgumentError(`expected auto or one of ${SMOOTH_METHODS.join(', ')}, optionally with a value (rank-fraction:0.1, rank:32)`);
  }
  return { name: spec.name as SmoothMethod, value: spec.value };
}

/** Search defaults as the config's (context 256, max-eval-tokens 16384, budget 2%). */
async function searchFromFlags(modelPath: string, f: SmoothFlags, progress: boolean): Promise<SearchSetup | undefined> {
  const auto = f.method?.name === 'auto' || (f.method === undefined && f.evalText !== undefined && f.k === undefined && f.rho === undefined && f.percent === undefined);
  if (!auto) return undefined;
  if (!f.evalText) throw new WwError('INPUT_INVALID', '--method auto searches ranks by measured perplexity: give --eval-text <file>', { key: 'eval-text' });
  const tokenizerDir = f.tokenizer ? (/\.json$/i.test(f.tokenizer) ? dirname(resolve(f.tokenizer)) : resolve(f.tokenizer)) : undefined;
  const { tokens } = await prepareTokens({ textFile: resolve(f.evalText), ...(tokenizerDir ? { tokenizerDir } : {}) }, resolve(modelPath));
  const context = num('context', f.context) ?? DEFAULT_CONTEXT;
  const maxEvals = num('max-evals', f.maxEvals) ?? DEFAULT_SEARCH_MAX_EVALS;
  if (!Number.isInteger(maxEvals) || maxEvals < 1) throw new WwError('INPUT_INVALID', `--max-evals expects an integer >= 1, got '${f.maxEvals}'`, { key: 'max-evals' });
  return {
    tokens,
    context,
    stride: context,
    maxTokens: num('max-eval-tokens', f.maxEvalTokens) ?? DEFAULT_MAX_TOKENS,
    device: 'auto',
    batchSize: 0,
    budget: (f.budget === undefined ? null : parseThreshold(f.budget, '--budget')) ?? { kind: 'relative', value: 0.02 },
    maxEvals,
    maxSeconds: Infinity,
    ...(progress ? { onProgress: searchProgressLog((line) => process.stderr.write(`${line}\n`)) } : {}),
  };
}

function num(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = parseDecimal(v);
  if (!Number.isFinite(x)) throw new WwError('INPUT_INVALID', `--${flag} expects a number, got '${v}'`, { key: flag, received: v });
  return x;
}

/** Flags -> plan config. The method defaults to the one its parameter implies (--k: rank, ...). */
export function flagsToPlan(f: SmoothFlags): SmoothPlanConfig {
  const k = num('k', f.k);
  const percent = num('percent', f.percent);
  const rho = num('rho', f.rho);
  // `--method rank-fraction:0.1` carries its value, as the action input does.
  const value = f.method?.value ?? undefined;
  const implied: SmoothMethod | undefined = k !== undefined ? 'rank' : rho !== undefined ? 'rank-fraction' : percent !== undefined ? 'percent' : undefined;
  return {
    // auto is not a rank rule: the search sets each layer's rank (detX stands in for the plan).
    method: f.method?.name === 'auto' ? 'detX' : (f.method?.name ?? implied ?? 'detX'),
    ...(value !== undefined ? { value } : {}),
    k,
    percent,
    rho,
    layers: f.layers?.flatMap((v) => asList(v)),
    blocks: f.blocks,
    roles: f.roles ? (f.roles.split(',').map((s) => s.trim()) as LayerRole[]) : undefined,
    exclude: f.exclude?.flatMap((v) => asList(v)),
    factorize: f.factorize ?? false,
  };
}

export function register(program: Command): void {
  program
    .command('smooth')
    .description('replace selected dense weights by a truncated-SVD approximation (WeightWatcher SVDSmoothing / LASER) and write a new model')
    .argument('<model>', '.onnx or .safetensors model')
    .option('--method <rule>', `rank rule, optionally with its value (${SMOOTH_METHODS.join(', ')}; e.g. rank-fraction:0.1, rank:32); default detX, or the one --k/--rho/--percent implies`, parseMethodFlag)
    .option('--layers <selector>', "layers to smooth: glob, /regex/, blocks:3-5, last:2, role:mlp (repeat or comma-separate)", collect)
    .option('--blocks <spec>', 'block indices: "3", "3-5", "0,2,4-6", "last:2"')
    .option('--roles <list>', 'roles: attention,mlp,head,embedding,other (default attention,mlp,other)')
    .option('--exclude <selector>', 'layers to leave out (same grammar as --layers)', collect)
    .option('--k <n>', 'components to keep (method rank)')
    .option('--percent <p>', 'fraction of min(m,n) to keep, -1..1; negative removes the top components (method percent)')
    .option('--rho <r>', 'LASER rho: fraction of min(m,n) to keep, (0, 1] (method rank-fraction)')
    .option('--eval-text <file>', 'evaluation text: with it the method defaults to auto (the strongest reduction within --budget)')
    .option('--tokenizer <path>', "tokenizer.json or its folder (default: the model's folder)")
    .option('--budget <limit>', "method auto: allowed perplexity increase, '2%' or perplexity points '0.1pt' (default 2%)")
    .option('--max-evals <n>', 'method auto: most screening evaluations (default 300)')
    .option('--context <n>', 'method auto: tokens per evaluation window (default 256)')
    .option('--max-eval-tokens <n>', 'method auto: tokens scored on the whole text (default 16384; 0 = all)')
    .option('--out <file>', 'output model (never the input)')
    .option('--factorize', 'write the low-rank form (two MatMuls) where it has fewer parameters')
    .option('--dry-run [mode]', "print the plan only ('plan'; 'full' also computes the eigenvalues, k and energy kept)")
    .option('--json <file>', 'write the report as JSON')
    .option('--quiet', 'no progress on stderr')
    .action(async (modelPath: string, f: SmoothFlags) => {
      const dryRun = f.dryRun === undefined || f.dryRun === false ? false : f.dryRun === true ? 'plan' : f.dryRun;
      if (dryRun !== false && dryRun !== 'plan' && dryRun !== 'full') {
        throw new WwError('INPUT_INVALID', `--dry-run takes 'plan' or 'full', got '${dryRun}'`, { key: 'dry-run', received: dryRun });
      }
      if (!dryRun && !f.out) throw new WwError('INPUT_INVALID', 'smooth needs --out <file> (or --dry-run)', { key: 'out' });
      await checkLatePaths([[f.json, '--json file']]); // --out: smoothModel checks it before any work
      const progress = f.quiet ? null : progressReporter({ label: 'smooth', stream: process.stderr });
      const search = await searchFromFlags(modelPath, f, !f.quiet);
      const report = await smoothModel({
        ...(search ? { search } : {}),
        modelPath,
        outPath: f.out ?? null,
        plan: flagsToPlan(f),
        dryRun,
        onPlan: (plan) => {
          if (dryRun === 'plan') return;
          if (!f.quiet) process.stderr.write(`${dryRun === 'full' ? 'computing the spectra of' : 'smoothing'} ${plan.layers.length} layer(s)\n`);
        },
        onProgress: progress
          ? (p) => {
              if (p.stage === 'done') progress({ done: p.index + 1, total: p.total, detail: p.layer });
            }
          : undefined,
      });
      process.stdout.write(formatReport(report) + '\n');
      if (report.search) process.stdout.write(formatSearch(report.search) + '\n');
      if (f.json) await writeJsonAtomic(resolve(f.json), report);
    });
}

/** --json output: temp file + fsync + rename (src/io/atomic.ts), so a killed run leaves no half file. */
async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n');
}

const fmt = (x: number | null, digits = 4): string => (x === null || !Number.isFinite(x) ? '-' : x.toFixed(digits));

/** A plain-text table of the report (one row per selected layer) plus totals. */
export function formatReport(r: SmoothReport): string {
  const header = ['layer', 'shape', 'rule', 'k', 'action', 'energy kept', 'rel. error', 'alpha before', 'alpha after', 'params before', 'params after'];
  const rows = r.layers.map((l) => [
    layerLabel(l),
    `${l.storedShape[0]}x${l.storedShape[1]} ${l.quantization ? `q${l.quantization.bits}` : l.dtype}`,
    describeRule(l.rule),
    l.k === null ? (r.dryRun === 'plan' ? 'from spectrum' : '-') : String(l.k),
    l.action,
    fmt(l.energyKept, 6),
    fmt(l.relativeError, 6),
    fmt(l.before?.alpha ?? null, 3),
    fmt(l.after?.alpha ?? null, 3),
    String(l.paramsBefore),
    String(l.paramsAfter),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const t = r.totals;
  out.push('');
  out.push(
    `${r.dryRun ? `dry run (${r.dryRun}), nothing written` : `written: ${r.outPath}`}; engine ${r.engine}; ` +
      `${t.layersSelected} selected, ${t.layersChanged} changed${r.factorize ? `, ${t.layersFactorized} factorised` : ''}; ` +
      `dense params ${t.denseParamsBefore} -> ${t.denseParamsAfter}; energy kept ${fmt(t.energyKept, 6)}; ` +
      `mean alpha ${fmt(t.meanAlphaBefore, 3)} -> ${fmt(t.meanAlphaAfter, 3)}; ${r.seconds.toFixed(1)} s`,
  );
  for (const n of r.notes) out.push(`note: ${n}`);
  for (const l of r.layers) for (const n of l.notes) if (r.dryRun !== 'plan' || l.k !== null) out.push(`note: ${l.name}: ${n}`);
  return out.join('\n');
}

/** The search's outcome in a few lines (the path itself is in --json). */
export function formatSearch(s: SearchReport): string {
  const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
  const budget = s.budget.kind === 'relative' ? `+${+(s.budget.value * 100).toPrecision(6)}%` : `+${s.budget.value}`;
  return [
    `search (method auto, budget ${budget}): perplexity ${s.original.full.toFixed(4)} -> ${s.final.toFixed(4)} (${pct(s.finalRelative)}) on the whole text`,
    `  ${s.totals.layersReduced} of ${s.layers.length} layers reduced, rank removed ${s.totals.rankRemoved}, factorised parameters ${s.totals.paramsKept} of ${s.totals.paramsBefore}; file ${s.fileBytes.before} -> ${s.fileBytes.after ?? '-'} bytes`,
    `  ${s.evals.screen} screening + ${s.evals.full} full evaluations = ${s.evals.fullEquivalents.toFixed(1)} full-evaluation equivalents, ${s.seconds.toFixed(1)} s${s.stopped ? `; stopped early (${s.stopped})` : ''}`,
    ...s.notes.map((n) => `  note: ${n}`),
  ].join('\n');
}
