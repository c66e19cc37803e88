/**
 * `ww-smooth run | merge | gate | report` as a user runs them (child processes through tsx) on a
 * ten-layer decoder built by the test: the exit status follows the verdict, gate re-judges a
 * report with other limits, report renders the PR comment. And the flags are the action's inputs
 * one to one: the same values given as INPUT_* to the action's reader and as flags to the CLI give
 * the same plan.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readActionSettings } from '../../src/action/inputs.js';
import { attrOf, planFromFlags, type Flags } from '../../src/cli/commands/run.js';
import { buildProgram } from '../../src/cli/main.js';
import { CONFIG_INPUTS } from '../../src/config/inputs.js';
import { commentMarker } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/types.js';
import { spawnCli } from '../helpers/cli.js';
import { DEMO_DIR, writeShardTestModel } from '../shard/models.js';

/** The CLI run from a temp folder, as a user would. */
const cli = (cwd: string, ...args: string[]) => spawnCli(args, cwd);

describe('ww-smooth run / gate / report', () => {
  let dir: string;
  let model: string;
  let evalFlags: string[];
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ww-run-cli-'));
    model = await writeShardTestModel(path.join(dir, 'model'));
    evalFlags = ['--eval-text', path.join(DEMO_DIR, 'eval.txt'), '--tokenizer', path.join(DEMO_DIR, 'tokenizer.json'), '--context', '64', '--max-eval-tokens', '512', '--quiet'];
  });

  it('exits 1 when the gate fails, with the failed rule on stdout and report.json written', () => {
    // The test model's random layers all fit alpha < 2 (over-trained): a limit of 0 fails.
    const r = cli(dir, 'run', model, ...evalFlags, '--method', 'rank:2', '--max-over-trained', '0', '--out-dir', 'fail-out');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^ww-smooth gate fail/);
    expect(r.stdout).toMatch(/fail\s+alpha\.over-trained\s+10/);
    const report = JSON.parse(readFileSync(path.join(dir, 'fail-out', 'report.json'), 'utf8')) as RunReport;
    expect(report.verdict.passed).toBe(false);
    expect(report.smoothing!.layers.every((l) => l.k === 2)).toBe(true);
    expect(existsSync(path.join(dir, 'fail-out', 'smoothed.onnx'))).toBe(true);
  }, 60_000);

  it('exits 0 when it passes; --json writes the same report', () => {
    const r = cli(dir, 'run', model, ...evalFlags, '--method', 'rank:2', '--max-perplexity-increase', '10000%', '--warn-perplexity-increase', '10000%', '--out-dir', 'pass-out', '--json', 'copy.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ww-smooth gate (pass|warn)/);
    expect(readFileSync(path.join(dir, 'copy.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'pass-out', 'report.json'), 'utf8'));
  }, 60_000);

  it('gate re-judges an existing report with the limits given (flags or config file)', () => {
    const report = path.join(dir, 'pass-out', 'report.json');
    const strict = cli(dir, 'gate', report, '--max-over-trained', '0');
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/fail\s+alpha\.over-trained/);
    writeFileSync(path.join(dir, 'lenient.yml'), 'gate:\n  perplexity-increase: { warn: 5000%, fail: 9000% }\n  over-trained: { fail: 100 }\n');
    const lenient = cli(dir, 'gate', report, '--config', 'lenient.yml', '--json', 'regated.json');
    expect(lenient.status).toBe(0);
    const regated = JSON.parse(readFileSync(path.join(dir, 'regated.json'), 'utf8')) as RunReport;
    const rule = regated.verdict.rules.find((x) => x.id === 'perplexity.smoothed-vs-original')!;
    expect(rule.failLimit).toBe(90);
    expect(rule.status).toBe('pass');
    expect(regated.verdict.rules.find((x) => x.id === 'alpha.over-trained')!.status).toBe('pass');
    const missing = cli(dir, 'gate', report, '--config', 'nope.yml');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error\[CONFIG_NOT_FOUND\]/);
  }, 60_000);

  it('report renders the PR comment (with the marker for --comment-key) or the JSON', () => {
    const report = path.join(dir, 'pass-out', 'report.json');
    const md = cli(dir, 'report', report, '--comment-key', 'my-key');
    expect(md.status).toBe(0);
    expect(md.stdout).toContain(commentMarker('my-key'));
    expect(md.stdout).toContain('ww-smooth gate');
    const out = cli(dir, 'report', report, '--format', 'json', '--out', 'r.json');
    expect(out.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(report, 'utf8')));
    const notReport = cli(dir, 'report', path.join(dir, 'lenient.yml'));
    expect(notReport.status).toBe(1);
    expect(notReport.stderr).toMatch(/^error\[INPUT_INVALID\]: report file .* is not JSON/);
  }, 60_000);

  it('bad --shard and merge without --model are user errors', () => {
    const bad = cli(dir, 'run', model, '--shard', '4/3');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error\[INPUT_INVALID\]: --shard: "4\/3" is not a shard/);
    const merge = cli(dir, 'merge', dir);
    expect(merge.status).toBe(1);
    expect(merge.stderr).toMatch(/^error\[INPUT_INVALID\]: merge needs --model/);
  }, 30_000);
});

describe('flags = action inputs', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('run has a flag for every config input (the model is its argument), merge one for the model too', async () => {
    const program = await buildProgram();
    const flagsOf = (name: string) => new Set(program.commands.find((c) => c.name() === name)!.options.map((o) => o.long));
    const run = flagsOf('run');
    const merge = flagsOf('merge');
    for (const spec of CONFIG_INPUTS) {
      if (spec.input !== 'model') expect(run, spec.input).toContain(`--${spec.input}`);
      expect(merge, spec.input).toContain(`--${spec.input}`);
    }
    for (const f of ['--method', '--config', '--smooth', '--no-smooth', '--factorize', '--shard']) expect(run).toContain(f);
  });

  it('the same values as INPUT_* and as flags give the same plan', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'ww-flags-'));
    writeFileSync(path.join(ws, 'cfg.yml'), 'eval:\n  context: 96\ngate:\n  alpha-range: { min: 1.5 }\n');
    const values: Record<string, string> = {
      model: 'models/m.onnx',
      'eval-text': 'data/eval.txt',
      tokenizer: 'tok/',
      stride: '32',
      'max-eval-tokens': '2048',
      device: 'cpu',
      layers: 'role:mlp, last:2',
      'exclude-layers': '*.down_proj*',
      'max-perplexity-increase': '4%',
      'warn-perplexity-increase': '0.3pt',
      'alpha-max': '7',
      'max-under-trained': '3',
      'warn-mean-alpha-change': '0.5',
      comment: 'review',
      'comment-key': 'key-1',
      'output-dir': 'out',
      'max-comment-layers': '50',
      method: 'rank-fraction:0.2',
      config: 'cfg.yml',
    };
    for (const [k, v] of Object.entries(values)) process.env[`INPUT_${k.toUpperCase()}`] = v;
    process.env['INPUT_FACTORIZE'] = 'true';
    const action = await readActionSettings(ws, 'key-default');
    const flags: Flags = Object.fromEntries(Object.entries(values).map(([k, v]) => [attrOf(k), v]));
    flags['factorize'] = true;
    const cli = await planFromFlags(flags, { cwd: ws, defaultCommentKey: 'key-default' });
    expect(cli).toEqual(action.plan);
    // And the values really arrived (the comparison is not between two defaults).
    expect(cli.eval.context).toBe(96);
    expect(cli.smooth).toMatchObject({ method: 'rank-fraction', value: 0.2, factorize: true, layers: ['role:mlp', 'last:2'] });
    expect(cli.gate.alphaRange).toEqual({ min: 1.5, max: 7 });
    expect(cli.report.outputDir).toBe(path.join(ws, 'out'));
  });
});
