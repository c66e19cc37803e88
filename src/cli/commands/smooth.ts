/**
 * `ww-smooth smooth <model>`: SVD smoothing (WeightWatcher SVDSmoothing / LASER) of selected dense
 * layers, written to a new model file. A thin shell over src/engine/smooth.ts: flags become a
 * SmoothPlanConfig, the report is printed as a table (and written as JSON with --json).
 */
import { layerLabel } from '../../model/names.js';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { WwError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import type { LayerRole } from '../../model/types.js';
import { smoothModel } from '../../engine/smooth.js';
import { describeRule } from '../../smooth/rules.js';
import { asList } from '../../smooth/select.js';
import { parseMethodSpec, SMOOTH_METHODS, type SmoothMethod, type SmoothPlanConfig, type SmoothReport } from '../../smooth/types.js';

interface SmoothFlags {
  method?: { name: SmoothMethod; value: number | null };
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

function parseMethodFlag(text: string): { name: SmoothMethod; value: number | null } {
  const spec = parseMethodSpec(text);
  if (!spec || !(SMOOTH_METHODS as readonly string[]).includes(spec.name)) {
    throw new InvalidArgumentError(`expected one of ${SMOOTH_METHODS.join(', ')}, optionally with a value (rank-fraction:0.1, rank:32)`);
  }
  return { name: spec.name as SmoothMethod, value: spec.value };
}

function num(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x)) throw new WwError('INPUT_INVALID', `--${flag} expects a number, got '${v}'`, { key: flag, received: v });
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
    method: f.method?.name ?? implied ?? 'detX',
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
      const progress = !f.quiet && process.stderr.isTTY;
      const report = await smoothModel({
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
              if (p.stage === 'done') process.stderr.write(`\r[${p.index + 1}/${p.total}] ${p.layer}\x1b[K${p.index + 1 === p.total ? '\n' : ''}`);
            }
          : undefined,
      });
      process.stdout.write(formatReport(report) + '\n');
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
