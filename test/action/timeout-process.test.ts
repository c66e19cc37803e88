/**
 * `timeout-minutes` bounds the whole step, not only run(): the action's entry (src/action/index.ts)
 * must end the process once run() settles, even though analysis is still in flight. Measured as
 * a child process on a model whose analysis takes seconds: with a 0.3 s limit the process exits
 * with TIMEOUT long before an unlimited run of the same model finishes. And with `timeout-minutes: 1`
 * and a GitHub API that never answers, the step ends within a minute and a few seconds, with
 * report.json written before the first request (issue 14: posting was outside the limit).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { gaussianArray } from '../helpers/random.js';
import { TSX } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';
import { FakeGitHub } from './fakeGitHub.js';

const N = 640;
// Enough layers that the unlimited run's analysis (~8 s on 2 cores) outlasts the process start-up
// (tsx, ~2-3 s, longer on a loaded machine) by a wide margin: the bounded run is start-up + 0.3 s.
const LAYERS = 30;

async function slowModel(dir: string): Promise<string> {
  const initializers: TensorSpec[] = [];
  const nodes = [];
  let x = 'x';
  for (let i = 0; i < LAYERS; i++) {
    const name = `model.layers.${i}.mlp.up_proj.weight`;
    initializers.push({ name, type: 'float32', dims: [N, N], data: Float32Array.from(gaussianArray(N * N, 100 + i)) });
    nodes.push({ opType: 'MatMul', inputs: [x, name], outputs: [`h${i}`] });
    x = `h${i}`;
  }
  return writeModelFiles(dir, 'slow.onnx', {
    nodes,
    initializers,
    inputs: [{ name: 'x', type: 'float32', shape: ['b', N] }],
    outputs: [{ name: x, type: 'float32', shape: ['b', N] }],
  });
}

/** The runner's environment for a child action process (a PR event when `pr` is given). */
function actionEnv(dir: string, inputs: Record<string, string>, pr?: { number: number; apiUrl: string }): NodeJS.ProcessEnv {
  const event = path.join(dir, 'event.json');
  const payload = pr ? { pull_request: { number: pr.number, head: { repo: { full_name: 'o/r' } } }, repository: { default_branch: 'main' } } : { repository: { default_branch: 'main' } };
  writeFileSync(event, JSON.stringify(payload));
  writeFileSync(path.join(dir, 'summary.md'), '');
  writeFileSync(path.join(dir, 'output.txt'), '');
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_EVENT_NAME: pr ? 'pull_request' : 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REF: pr ? `refs/pull/${pr.number}/merge` : 'refs/heads/feature',
    ...(pr ? { GITHUB_API_URL: pr.apiUrl } : {}),
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    INPUT_CACHE: 'false',
    INPUT_SMOOTH: 'false',
    'INPUT_OUTPUT-DIR': path.join(dir, 'out'),
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
}

function runAction(dir: string, model: string, timeoutMinutes: string): { status: number | null; ms: number; out: string } {
  const env = actionEnv(dir, { model, comment: 'off', 'timeout-minutes': timeoutMinutes });
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(repoRoot, 'src', 'action', 'index.ts')], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, ms: Date.now() - t0, out: `${r.stdout}${r.stderr}` };
}

describe('timeout-minutes ends the action process', () => {
  it('exits with TIMEOUT while analysis is still running', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-timeout-'));
    const model = await slowModel(dir);
    const full = runAction(dir, model, '0');
    expect(full.status, full.out).toBe(0);
    const bounded = runAction(dir, model, '0.005'); // 0.3 s
    expect(bounded.status).toBe(1);
    expect(bounded.out).toMatch(/TIMEOUT/);
    console.log(`[timeout] unlimited run ${full.ms} ms; 0.3 s limit: process ended after ${bounded.ms} ms`);
    expect(bounded.ms).toBeLessThan(full.ms / 2);
  }, 300_000);
});

describe('timeout-minutes: 1 with an API that never answers', () => {
  it('ends the step within 1 minute plus a few seconds, report.json written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-timeout-api-'));
    const N = 24;
    const model = await writeModelFiles(dir, 'small.onnx', {
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'] }],
      initializers: [{ name: 'w', type: 'float32', dims: [N, N], data: Float32Array.from(gaussianArray(N * N, 7)) }],
      inputs: [{ name: 'x', type: 'float32', shape: ['b', N] }],
      outputs: [{ name: 'y', type: 'float32', shape: ['b', N] }],
    });
    const gh = new FakeGitHub();
    await gh.start();
    gh.failures = [
      { method: 'GET', path: /./, status: 0, hang: true },
      { method: 'POST', path: /./, status: 0, hang: true },
      { method: 'PATCH', path: /./, status: 0, hang: true },
    ];
    const env = actionEnv(dir, { model, 'github-token': 'ghs_x', comment: 'update', 'timeout-minutes': '1' }, { number: 7, apiUrl: gh.url });
    const t0 = Date.now();
    const { status, out } = await new Promise<{ status: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', TSX, path.join(repoRoot, 'src', 'action', 'index.ts')], { cwd: dir, env });
      let out = '';
      child.stdout.on('data', (d) => (out += String(d)));
      child.stderr.on('data', (d) => (out += String(d)));
      const kill = setTimeout(() => child.kill('SIGKILL'), 150_000);
      child.on('close', (code) => {
        clearTimeout(kill);
        resolve({ status: code, out });
      });
    });
    const ms = Date.now() - t0;
    await gh.stop();
    console.log(`[timeout] timeout-minutes 1, API hung: step ended after ${(ms / 1000).toFixed(1)} s`);
    expect(existsSync(path.join(dir, 'out', 'report.json')), out).toBe(true);
    expect(out).toMatch(/Could not post the PR comment/);
    expect(status, out).toBe(0);
    // 60 s, plus process start (tsx) and the analysis of one 24x24 layer, on a loaded machine.
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThan(60_000 + 15_000);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  }, 180_000);
});
