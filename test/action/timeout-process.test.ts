/**
 * `timeout-minutes` bounds the whole step, not only run(): the action's entry (src/action/index.ts)
 * must end the process once run() settles, even though analysis is still in flight. Measured as
 * a child process on a model whose analysis takes seconds: with a 0.3 s limit the process exits
 * with TIMEOUT long before an unlimited run of the same model finishes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { gaussianArray } from '../helpers/random.js';
import { TSX } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';

const N = 640;
const LAYERS = 12;

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

function runAction(dir: string, model: string, timeoutMinutes: string): { status: number | null; ms: number; out: string } {
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }));
  writeFileSync(path.join(dir, 'summary.md'), '');
  writeFileSync(path.join(dir, 'output.txt'), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REF: 'refs/heads/feature',
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
    INPUT_MODEL: model,
    INPUT_COMMENT: 'off',
    INPUT_CACHE: 'false',
    INPUT_SMOOTH: 'false',
    'INPUT_OUTPUT-DIR': path.join(dir, 'out'),
    'INPUT_TIMEOUT-MINUTES': timeoutMinutes,
  };
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
