/**
 * `ww-smooth demo` (`npm run demo`): the whole pipeline (analyze, smooth, eval, gate) on the model
 * embedded in examples/demo (built by examples/demo/generate.ts), with the same engine, plan
 * builder and Markdown renderer the action uses. Prints a short report and the verdict, and writes
 * what a PR would get: comment.md (the PR comment body), summary.md (the job summary), report.json
 * and the smoothed model, into out/demo/ (gitignored) unless --out says otherwise.
 * Gate flags use the action's input grammar (e.g. --max-perplexity-increase 0.5%, --method rank:4).
 * Exit status: 0 for pass or warn, 1 for fail, like the action's step.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildPlan } from '../../config/load.js';
import { overridesFromInputs } from '../../config/inputs.js';
import { WwError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { writeReportJson } from '../../report/json.js';
import { GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT, renderReport } from '../../report/markdown.js';
import type { RunReport } from '../../report/types.js';
import { TOOL_VERSION } from '../../action/version.js';

/** The demo's settings: context 64 (the model is a bigram MLP; reference.json uses the same). */
export const DEMO_INPUTS: Readonly<Record<string, string>> = {
  context: '64',
  comment: 'off',
  'comment-key': 'demo',
};

/** examples/demo, found from this file (src/cli/commands in a checkout, dist/ in the bundle). */
export function findDemoDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'examples', 'demo');
    if (existsSync(join(candidate, 'model.onnx'))) return candidate;
    dir = dirname(dir);
  }
  throw new WwError('MODEL_NOT_FOUND', `examples/demo/model.onnx not found above ${dirname(fileURLToPath(import.meta.url))}: run the demo from a checkout of the repository`);
}

function fmt(x: number | null | undefined, digits = 4): string {
  return x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits);
}

/** A terminal-sized view of the report (the Markdown has the full one). */
export function consoleReport(report: RunReport): string {
  const lines: string[] = [];
  const smoothed = new Map((report.smoothing?.layers ?? []).map((l) => [l.name, l]));
  lines.push(`model ${report.model.path} (${report.model.format}, ${report.model.bytes} bytes, sha256 ${report.model.sha256.slice(0, 12)})`);
  lines.push('');
  lines.push('layer                 shape      alpha   warning         smoothed');
  for (const l of report.spectral.original.layers) {
    const s = smoothed.get(l.name);
    lines.push(
      `${l.name.padEnd(21)} ${`${l.shape[0]}x${l.shape[1]}`.padEnd(10)} ${fmt(l.alpha, 3).padStart(6)}  ${String(l.warning ?? '').padEnd(15)} ${s ? `rank ${s.k}/${s.fullRank} (${s.rule})` : '-'}`,
    );
  }
  const p = report.perplexity;
  lines.push('');
  lines.push(`mean alpha: original ${fmt(report.spectral.original.meanAlpha, 3)}, smoothed ${fmt(report.spectral.smoothed?.meanAlpha, 3)}`);
  if (p.original) {
    lines.push(`perplexity: original ${fmt(p.original.perplexity)} (${p.original.tokensScored} tokens, ${p.original.device})`);
    if (p.smoothed && p.smoothedVsOriginal) {
      lines.push(`            smoothed ${fmt(p.smoothed.perplexity)} (${(p.smoothedVsOriginal.relative * 100).toFixed(3)}% vs original)`);
    }
  } else {
    lines.push(`perplexity: not measured (${p.note})`);
  }
  lines.push('');
  lines.push('rules:');
  for (const r of report.verdict.rules) {
    lines.push(`  ${r.status.padEnd(7)} ${r.title}: ${r.valueText || '-'} (${r.limitText || 'no limit'})${r.reason ? ` ${r.reason}` : ''}`);
  }
  lines.push('');
  lines.push(`verdict: ${report.verdict.status.toUpperCase()} - ${report.verdict.headline}`);
  return lines.join('\n');
}

export interface DemoResult {
  readonly report: RunReport;
  readonly outDir: string;
  readonly commentPath: string;
}

/** Runs the pipeline on the demo with `inputs` (action input names) over the demo defaults. */
export async function runDemo(outDir: string, inputs: Readonly<Record<string, string>>, log: (m: string) => void = () => {}): Promise<DemoResult> {
  const demo = findDemoDir();
  const out = resolve(outDir);
  const all: Record<string, string> = {
    ...DEMO_INPUTS,
    model: join(demo, 'model.onnx'),
    'eval-text': join(demo, 'eval.txt'),
    tokenizer: demo,
    'output-dir': out,
    ...inputs,
  };
  const plan = buildPlan({
    file: {},
    filePath: null,
    overrides: overridesFromInputs((name) => all[name] ?? ''),
    overridesSource: 'ww-smooth demo',
    defaultCommentKey: 'demo',
    cwd: process.cwd(),
  });
  await mkdir(out, { recursive: true });
  const { runPipeline } = await import('../../engine/pipeline.js');
  const report = await runPipeline({ plan, version: TOOL_VERSION, log });
  const commentPath = join(out, 'comment.md');
  await writeFileAtomic(commentPath, renderReport(report, { commentKey: plan.report.commentKey, maxLayers: plan.report.maxCommentLayers, limit: GITHUB_COMMENT_LIMIT, workspace: process.cwd() }));
  await writeFileAtomic(join(out, 'summary.md'), renderReport(report, { maxLayers: Number.MAX_SAFE_INTEGER, limit: GITHUB_SUMMARY_LIMIT - 1024, workspace: process.cwd() }));
  await writeReportJson(join(out, 'report.json'), report);
  return { report, outDir: out, commentPath };
}

const GATE_FLAGS = ['method', 'layers', 'max-perplexity-increase', 'warn-perplexity-increase', 'device', 'context', 'max-eval-tokens'] as const;

export function register(program: Command): void {
  const cmd = program
    .command('demo')
    .description('run analyze, smooth, eval and gate on the embedded example (examples/demo) and write the PR comment Markdown')
    .option('--out <dir>', 'folder for comment.md, summary.md, report.json and the smoothed model', 'out/demo')
    .option('--quiet', 'print only the verdict line');
  for (const flag of GATE_FLAGS) cmd.option(`--${flag} <value>`, `as the action input ${flag}`);
  cmd.action(async (opts: Record<string, string | boolean | undefined>) => {
    const inputs: Record<string, string> = {};
    for (const flag of GATE_FLAGS) {
      const key = flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      const v = opts[key];
      if (typeof v === 'string') inputs[flag] = v;
    }
    const quiet = opts['quiet'] === true;
    const t0 = performance.now();
    const { report, outDir, commentPath } = await runDemo(String(opts['out']), inputs, quiet ? () => {} : (m) => process.stderr.write(`${m}\n`));
    const text = consoleReport(report);
    process.stdout.write(quiet ? `${text.split('\n').pop()}\n` : `\n${text}\n`);
    if (!quiet) {
      const rel = relative(process.cwd(), outDir) || '.';
      process.stdout.write(`\nPR comment Markdown: ${relative(process.cwd(), commentPath)}; job summary, report.json and the smoothed model in ${rel}/ (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
    if (report.verdict.status === 'fail') process.exitCode = 1;
  });
}
