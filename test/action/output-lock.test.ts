/**
 * The output-dir claim (src/io/outputDir.ts) spans the whole run, the action's and the CLI's own
 * writes included (issue 14, case 6). On main the lock went with the pipeline's return, before the
 * action wrote report.json and comment.md and posted the comment, so a second run could take the
 * folder and clear or overwrite those files in between. A second run is refused (OUTPUT_BUSY, as
 * the lock's design says: no waiting), and once the first run is done the folder is free.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/action/main.js';
import type { CacheApi } from '../../src/action/cache.js';
import { runCommand } from '../../src/cli/commands/run.js';
import type { Pipeline } from '../../src/engine/pipeline.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { claimOutputDir, LOCK_NAME } from '../../src/io/outputDir.js';
import { measurements } from '../report/fixtures.js';
import { codeOf } from '../helpers/errors.js';
import { setActionEnv, useActionSandbox } from '../helpers/actionEnv.js';
import { FakeGitHub } from './fakeGitHub.js';

const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'ww-summary-')), 'summary.md');
const gh = new FakeGitHub();
let dir: string;
let stdout: string[];
useActionSandbox('ww-output-lock-', gh, (box) => ({ dir, stdout } = box));

const pipeline: Pipeline = async (req) => {
  const m = measurements({});
  return { ...m, verdict: evaluateGate(m, req.plan.gate) };
};
const noCache: CacheApi = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };

async function until(ready: () => boolean, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!ready()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the output-dir lock spans the whole run', () => {
  it('action: while it posts the comment (after report.json and comment.md), a second run on the output-dir is OUTPUT_BUSY', async () => {
    const out = path.join(dir, 'out');
    setActionEnv({ dir, summaryFile, apiUrl: gh.url, token: 'ghs_x', inputs: { 'output-dir': out }, event: {} });
    // The comment lookup hangs until the per-request timeout: the action is mid-publish.
    gh.failures = [{ method: 'GET', path: /\/comments$/, status: 0, hang: true }];
    const first = run({ pipeline, cache: noCache, retry: { retries: 0, baseDelayMs: 5, maxDelayMs: 100, requestTimeoutMs: 1500, budgetMs: 5000, maxPages: 5 } });
    await until(() => gh.requests.some((r) => r.method === 'GET' && r.path.endsWith('/comments')));
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(true);
    expect(await codeOf(claimOutputDir(out))).toBe('OUTPUT_BUSY');
    // A whole second action run on the same folder is refused too, and leaves the first run's files.
    const before = stdout.length;
    await run({ pipeline, cache: noCache });
    expect(stdout.slice(before).join('')).toMatch(/::error::error\[OUTPUT_BUSY\]: output-dir .* is in use by another ww-smooth run/);
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
    expect(existsSync(path.join(out, 'comment.md'))).toBe(true);
    await first;
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false);
    const release = await claimOutputDir(out);
    await release();
  }, 20_000);

  it('CLI run: the folder stays claimed until report.json is written, then is free', async () => {
    const out = path.join(dir, 'cli-out');
    const model = path.join(dir, 'm.onnx');
    writeFileSync(model, 'not read by the fake pipeline');
    const seen: string[] = [];
    const held: Pipeline = async (req) => {
      seen.push(await codeOf(claimOutputDir(out)));
      return pipeline(req);
    };
    const code = await runCommand({ outDir: out, comment: 'off', quiet: true }, { model, deps: { pipeline: held, stdout: () => undefined, stderr: () => undefined } });
    expect(code).toBe(0);
    expect(seen).toEqual(['OUTPUT_BUSY']);
    expect(existsSync(path.join(out, 'report.json'))).toBe(true);
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false);
  });
});
