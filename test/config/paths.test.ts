/**
 * Path confinement in the config loader: the paths a PR's config FILE names (eval.text,
 * eval.tokenizer, report.output-dir) must stay inside the workspace; `..`, absolute paths outside
 * it and symlinks leading out are PATH_ESCAPE. The same paths given as action inputs / CLI flags
 * (the workflow author's) may be anywhere.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildPlan, buildPlanConfined, type ConfigFile } from '../../src/config/load.js';
import { planFromFlags } from '../../src/cli/commands/run.js';
import { WwError } from '../../src/errors.js';
import { planOptions } from '../helpers/plan.js';

let tmp: string;
let ws: string; // the workspace
let outside: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'ww-cfgpaths-'));
  ws = path.join(tmp, 'ws');
  outside = path.join(tmp, 'outside');
  await mkdir(path.join(ws, 'data'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
  await writeFile(path.join(ws, 'data', 'eval.txt'), 'hello');
  await symlink(outside, path.join(ws, 'out-link'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const opts = (file: ConfigFile, inputs: Record<string, string> = {}) => planOptions(ws, file, inputs);

function codeOf(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    return e instanceof WwError ? e.code : `not a WwError: ${String(e)}`;
  }
}

describe('config file paths stay in the workspace', () => {
  it.each([
    ['eval.text ..', { eval: { text: '../outside/secret.txt' } }],
    ['eval.text absolute outside', { eval: { text: '/etc/passwd' } }],
    ['eval.tokenizer ..', { eval: { tokenizer: 'data/../../outside' } }],
    ['report.output-dir ..', { report: { 'output-dir': '../outside/report' } }],
    ['report.output-dir absolute outside', { report: { 'output-dir': '/tmp' } }],
  ] as const)('%s -> PATH_ESCAPE from buildPlan (sync) naming file and key', (_, file) => {
    expect(codeOf(() => buildPlan(opts(file as ConfigFile)))).toBe('PATH_ESCAPE');
    expect(() => buildPlan(opts(file as ConfigFile))).toThrow(/\.ww-smooth\.yml: (eval\.text|eval\.tokenizer|report\.output-dir) ".*" resolves to .* outside/);
  });

  it('paths inside (relative, or absolute into the workspace) are accepted and resolved against it', () => {
    const p = buildPlan(opts({ eval: { text: 'data/eval.txt', tokenizer: path.join(ws, 'data') }, report: { 'output-dir': 'reports/x' } }));
    expect(p.eval.text).toBe(path.join(ws, 'data', 'eval.txt'));
    expect(p.eval.tokenizer).toBe(path.join(ws, 'data'));
    expect(p.report.outputDir).toBe(path.join(ws, 'reports', 'x'));
  });

  it('a symlink in the workspace that leads out: buildPlanConfined refuses it (buildPlan alone cannot see it)', async () => {
    const file = { report: { 'output-dir': 'out-link/report' }, eval: { text: 'data/eval.txt' } };
    expect(codeOf(() => buildPlan(opts(file)))).toBe('ok');
    await expect(buildPlanConfined(opts(file))).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    await expect(buildPlanConfined(opts({ eval: { text: 'out-link/secret.txt' } }))).rejects.toThrow(/eval\.text "out-link\/secret\.txt".*outside/);
    const ok = await buildPlanConfined(opts({ eval: { text: 'data/eval.txt' } }));
    expect(ok.eval.text).toBe(path.join(ws, 'data', 'eval.txt'));
  });

  it('action inputs (the workflow author) may name absolute paths anywhere, and win over the file', async () => {
    const inputs = { 'eval-text': path.join(outside, 'secret.txt'), 'output-dir': path.join(outside, 'r'), tokenizer: outside };
    const p = await buildPlanConfined(opts({ eval: { text: '../escape.txt' }, report: { 'output-dir': '/etc' } }, inputs));
    expect(p.eval.text).toBe(path.join(outside, 'secret.txt'));
    expect(p.report.outputDir).toBe(path.join(outside, 'r'));
    expect(p.eval.tokenizer).toBe(outside);
  });

  it('CLI: planFromFlags reads the config file and applies the confinement (symlink out)', async () => {
    const cfg = path.join(ws, 'cli.yml');
    await writeFile(cfg, 'model: m.onnx\nreport:\n  output-dir: out-link/r\n');
    await expect(planFromFlags({ config: cfg }, { cwd: ws })).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
    // The same folder given as a flag is the user's choice.
    const p = await planFromFlags({ config: cfg, outDir: path.join(outside, 'r') }, { cwd: ws });
    expect(p.report.outputDir).toBe(path.join(outside, 'r'));
  });
});
