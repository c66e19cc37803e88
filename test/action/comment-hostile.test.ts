/**
 * The PR comment against a misbehaving API (issue 14, case 4): a POST that GitHub stored but
 * answered 502 must not leave two comments; endless pagination, a huge Retry-After, a hung
 * request and a run-out budget must end the step inside timeout-minutes; report.json is written
 * before any network call, so a post that never returns still leaves the report.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/action/main.js';
import type { Pipeline } from '../../src/engine/pipeline.js';
import type { CacheApi } from '../../src/action/cache.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { commentMarker } from '../../src/report/markdown.js';
import { measurements } from '../report/fixtures.js';
import { FakeGitHub } from './fakeGitHub.js';
import { setActionEnv, useActionSandbox } from '../helpers/actionEnv.js';

const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'ww-summary-')), 'summary.md');
const gh = new FakeGitHub();
let dir: string;
let stdout: string[];
useActionSandbox('ww-hostile-api-', gh, (box) => ({ dir, stdout } = box));

const pipeline: Pipeline = async (req) => {
  const m = measurements({});
  return { ...m, verdict: evaluateGate(m, req.plan.gate) };
};
const noCache: CacheApi = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };
const fast = { retries: 4, baseDelayMs: 5, maxDelayMs: 2000, requestTimeoutMs: 5000, budgetMs: 20_000, maxPages: 50 };

function setup(inputs: Record<string, string> = {}): void {
  setActionEnv({ dir, summaryFile, apiUrl: gh.url, token: 'ghs_x', inputs: { 'output-dir': path.join(dir, 'out'), ...inputs }, event: {} });
}
const warnings = () => stdout.filter((l) => l.startsWith('::warning')).join('\n');
const posts = () => gh.requests.filter((r) => r.method === 'POST');

describe('a POST stored but answered 502 leaves one comment (main: two)', () => {
  it.each(['update', 'new'])('comment: %s', async (mode) => {
    setup({ comment: mode });
    gh.failures = [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1, afterStore: true }];
    await run({ pipeline, cache: noCache, retry: fast });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    expect(warnings()).toBe('');
  });
  it('a 502 that was not stored is posted again, once', async () => {
    setup();
    gh.failures = [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 502, times: 1 }];
    await run({ pipeline, cache: noCache, retry: fast });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(posts()).toHaveLength(2);
  });
  it('update mode after a stored-but-502 elsewhere: the marker comment is edited, not duplicated', async () => {
    setup({ 'comment-key': 'k' });
    gh.addComment(7, `${commentMarker('k')} old`, 'github-actions[bot]');
    await run({ pipeline, cache: noCache, retry: fast });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(gh.comments.get(7)![0]!.body).toContain('ww-smooth gate');
  });
});

describe('the API cannot keep the step alive', () => {
  it('endless pagination stops at the page cap (main: 37,057 pages in 40 s)', async () => {
    setup();
    gh.endlessPages = true;
    for (let i = 0; i < 3; i++) gh.addComment(7, `chatter ${i}`, 'alice');
    await run({ pipeline, cache: noCache, retry: { ...fast, maxPages: 20 } });
    const listed = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).length;
    expect(listed).toBe(20);
    expect(gh.comments.get(7)!.filter((c) => c.body.includes('ww-smooth gate'))).toHaveLength(1);
  });
  it('Retry-After: 100000 is not waited for (main: 60 s per try, ~12 min)', async () => {
    setup();
    gh.failures = [{ method: 'GET', path: /\/comments$/, status: 429, headers: { 'retry-after': '100000' } }];
    const t0 = Date.now();
    await run({ pipeline, cache: noCache, retry: { ...DEFAULT_LIKE } });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(warnings()).toMatch(/Could not post the PR comment/);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
  });
  it('a 500 on every try ends when the total budget is used up', async () => {
    setup();
    gh.failures = [{ method: 'GET', path: /\/comments$/, status: 500 }];
    const t0 = Date.now();
    await run({ pipeline, cache: noCache, retry: { retries: 100, baseDelayMs: 100, maxDelayMs: 400, requestTimeoutMs: 1000, budgetMs: 1500, maxPages: 50 } });
    const ms = Date.now() - t0;
    expect(ms).toBeLessThan(4000);
    expect(warnings()).toMatch(/Could not post the PR comment/);
  });
  it('a hung POST ends with timeout-minutes, report.json already written (main: hangs past it, no report)', async () => {
    setup({ 'timeout-minutes': '0.03' }); // 1.8 s
    gh.failures = [{ method: 'POST', path: /\/comments$/, status: 0, hang: true }];
    const t0 = Date.now();
    await run({ pipeline, cache: noCache, retry: { ...fast, requestTimeoutMs: 600_000, budgetMs: 600_000 } });
    const ms = Date.now() - t0;
    expect(ms).toBeGreaterThan(1500);
    expect(ms).toBeLessThan(1800 + 3000);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
    expect(existsSync(path.join(dir, 'out', 'comment.md'))).toBe(true);
    expect(warnings()).toMatch(/Could not post the PR comment/);
    // The hung POST was not re-sent blindly.
    expect(posts()).toHaveLength(1);
  }, 20_000);
});

const DEFAULT_LIKE = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, requestTimeoutMs: 30_000, budgetMs: 300_000, maxPages: 50 };
