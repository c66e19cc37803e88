/**
 * Drives the action entry `run()` the way the runner does: INPUT_* and GITHUB_* variables, an event
 * payload file, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, and a local HTTP server standing in
 * for the GitHub REST API. The engine is injected (a pipeline returning hand-built measurements
 * gated with the plan's rules), so these tests exercise the action shell itself.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/action/main.js';
import type { Pipeline } from '../../src/engine/pipeline.js';
import type { CacheApi } from '../../src/action/cache.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { commentMarker } from '../../src/report/markdown.js';
import { measurements, report as fixtureReport, snapshot, type FixtureOptions } from '../report/fixtures.js';
import { RELEASE_ASSETS } from '../../src/action/main.js';
import { FakeGitHub } from './fakeGitHub.js';
import { readOutputs, setActionEnv, useActionSandbox } from '../helpers/actionEnv.js';

const TOKEN = 'ghs_secretTOKEN1234567890';
const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'ww-summary-')), 'summary.md');
const gh = new FakeGitHub();
let dir: string;
let stdout: string[];

function fakePipeline(o: FixtureOptions = {}): Pipeline {
  return async (req) => {
    const m = measurements(o);
    return { ...m, configHash: m.configHash, verdict: evaluateGate(m, req.plan.gate) };
  };
}

const noCache: CacheApi = { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 };

function setup(inputs: Record<string, string>, event: { name?: string; payload?: unknown; ref?: string } = {}): void {
  setActionEnv({ dir, summaryFile, apiUrl: gh.url, token: TOKEN, inputs, event });
}

const outputs = (): Record<string, string> => readOutputs(dir);

const warnings = () => stdout.filter((l) => l.startsWith('::warning'));

useActionSandbox('ww-action-', gh, (box) => ({ dir, stdout } = box));

describe('action run(): PR comment lifecycle', () => {
  it('first run creates one comment, second run updates that same comment', async () => {
    setup({});
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(gh.comments.get(7)).toHaveLength(1);
    const first = gh.comments.get(7)![0]!;
    expect(first.body).toContain(commentMarker('o/r/.github/workflows/gate.yml@refs/pull/7/merge/gate'));
    expect(first.body.indexOf('ww-smooth gate: passed')).toBeLessThan(first.body.indexOf('### Rules'));

    setup({});
    await run({ pipeline: fakePipeline({ pSmoothed: 10.15 }), cache: noCache });
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(gh.comments.get(7)![0]!.id).toBe(first.id);
    expect(gh.comments.get(7)![0]!.body).toContain('+1.50%');
    expect(gh.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(outputs()['comment-url']).toBe(first.html_url);
  });

  it('leaves comments of other keys and other authors alone, and follows pagination', async () => {
    setup({ 'comment-key': 'mine' });
    const marker = commentMarker('mine');
    // 250 comments over 3 pages of 100: a same-marker comment by a human, another key by the bot,
    // and the bot's own comment with our key on page 3.
    for (let i = 0; i < 249; i++) {
      if (i === 10) gh.addComment(7, `${marker} forged by a human`, 'mallory');
      else if (i === 20) gh.addComment(7, `${commentMarker('other')} other key`, 'github-actions[bot]');
      else gh.addComment(7, `chatter ${i}`, 'alice');
    }
    const own = gh.addComment(7, `${marker} old report`, 'github-actions[bot]');
    await run({ pipeline: fakePipeline(), cache: noCache });
    const list = gh.comments.get(7)!;
    expect(list).toHaveLength(250);
    expect(list.find((c) => c.user.login === 'mallory')!.body).toBe(`${marker} forged by a human`);
    expect(list.find((c) => c.body.includes('other key'))!.body).toBe(`${commentMarker('other')} other key`);
    expect(list.find((c) => c.id === own.id)!.body).toContain('ww-smooth gate');
    const pages = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
  });

  it('a 403 on commenting is a warning that points at the summary; the summary is written and the step passes', async () => {
    setup({});
    gh.failures = [{ method: 'POST', path: /\/comments$/, status: 403 }];
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(warnings().join('\n')).toMatch(/pull-requests: write.*job summary/s);
    expect(readFileSync(summaryFile, 'utf8')).toContain('ww-smooth gate: passed');
    expect(outputs()['passed']).toBe('true');
  });

  it('retries a 502 and a 429 with Retry-After, then succeeds', async () => {
    setup({});
    gh.failures = [
      { method: 'POST', path: /\/comments$/, status: 502, times: 1 },
      { method: 'POST', path: /\/comments$/, status: 429, headers: { 'retry-after': '0' }, times: 1 },
    ];
    await run({ pipeline: fakePipeline(), cache: noCache, retry: { retries: 3, baseDelayMs: 5, maxDelayMs: 50 } });
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(gh.comments.get(7)).toHaveLength(1);
  });

  it('an oversized report is shortened under 65,536 characters and says so', async () => {
    setup({ 'max-comment-layers': '5000' });
    const alphas = Array.from({ length: 3000 }, (_, i) => 2.5 + (i % 7) * 0.3);
    const names = alphas.map((_, i) => `model.decoder.layers.${i}.self_attn.q_proj.weight.with.a.long.name`);
    await run({ pipeline: fakePipeline({ original: snapshot(alphas, names), smoothed: snapshot(alphas, names) }), cache: noCache });
    const body = gh.comments.get(7)![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/Showing \d+ of 3000 layers(, worst first,)? to stay within GitHub's size limit/);
    expect(body).toContain('### Rules');
    // The job summary has them all.
    expect(readFileSync(summaryFile, 'utf8').replace(/<wbr>/g, '')).toContain(`| 2999 | ${names[2999]!} |`);
  });

  it('names a model given by absolute workspace path relative to the workspace, in the comment and the summary', async () => {
    setup({ model: path.join(dir, 'models', 'model.onnx') });
    await run({
      pipeline: async (req) => {
        const m = measurements();
        const withSource = { ...m, model: { ...m.model, source: req.plan.model.source, path: req.plan.model.source } };
        return { ...withSource, verdict: evaluateGate(withSource, req.plan.gate) };
      },
      cache: noCache,
    });
    const body = gh.comments.get(7)![0]!.body;
    expect(body).toContain('(models/model.onnx, onnx)');
    expect(body).not.toContain(dir);
    expect(readFileSync(summaryFile, 'utf8')).toContain('(models/model.onnx, onnx)');
    // report.json keeps the model exactly as given.
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')).model.source).toBe(path.join(dir, 'models', 'model.onnx'));
  });

  it('review mode posts a PR review', async () => {
    setup({ comment: 'review' });
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0]!.event).toBe('COMMENT');
    expect(gh.comments.get(7)).toBeUndefined();
  });

  it('never writes the token to logs, reports or the comment', async () => {
    setup({});
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(stdout.some((l) => l.includes(`::add-mask::${TOKEN}`))).toBe(true);
    const leaked = [
      stdout.filter((l) => !l.startsWith('::add-mask::')).join(''),
      readFileSync(summaryFile, 'utf8'),
      readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'),
      gh.comments.get(7)![0]!.body,
    ].filter((t) => t.includes(TOKEN));
    expect(leaked).toEqual([]);
    expect(gh.requests[0]!.authorization).toBe(`token ${TOKEN}`);
  });
});

describe('action run(): verdict and exit status', () => {
  it('a failing threshold exits non-zero after the summary, comment and outputs are written', async () => {
    setup({ 'max-perplexity-increase': '3%' });
    await run({ pipeline: fakePipeline({ pSmoothed: 10.4 }), cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(readFileSync(summaryFile, 'utf8')).toContain('ww-smooth gate: failed');
    expect(gh.comments.get(7)![0]!.body).toContain('ww-smooth gate: failed');
    const out = outputs();
    expect(out['passed']).toBe('false');
    expect(out['verdict']).toBe('fail');
    expect(out['failed-rules']).toBe('perplexity.smoothed-vs-original');
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
    // setFailed is the last thing written to the log.
    const lastError = stdout.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('::error')).pop()!;
    expect(lastError[0]).toContain('ww-smooth gate fail');
    expect(stdout.slice(lastError[1] + 1).join('')).toBe('');
  });

  it('a passing run exits 0 and sets the figures as outputs', async () => {
    setup({});
    await run({ pipeline: fakePipeline({ pOriginal: 10, pSmoothed: 10.1 }), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    const out = outputs();
    expect(out['passed']).toBe('true');
    expect(Number(out['perplexity-original'])).toBe(10);
    expect(Number(out['perplexity-smoothed'])).toBe(10.1);
    expect(Number(out['perplexity-delta-relative'])).toBeCloseTo(0.01, 12);
    expect(Number(out['mean-alpha'])).toBe(4);
    expect(out['smoothed-model-path']).toBe('/out/smoothed.onnx');
    expect(out['report-path']).toBe(path.join(dir, 'out', 'report.json'));
  });

  it('warn-level breaches show as warnings and pass', async () => {
    setup({});
    await run({ pipeline: fakePipeline({ pSmoothed: 10.3 }), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(warnings().some((w) => w.includes('perplexity.smoothed-vs-original'))).toBe(true);
    expect(outputs()['verdict']).toBe('warn');
  });
});

describe('action run(): config errors fail fast', () => {
  it.each([
    ['unknown key', 'gate:\n  perplexity-increse: {fail: "5%"}\n', /\/gate: unknown key "perplexity-increse"/],
    ['wrong type', 'eval:\n  context: "big"\n', /\/eval\/context: "big" must be integer/],
    ['out-of-range threshold', 'gate:\n  over-trained: {fail: -1}\n', /\/gate\/over-trained\/fail: -1 must be >= 0/],
  ])('%s', async (_name, yaml, message) => {
    setup({ config: 'ww.yml' });
    writeFileSync(path.join(dir, 'ww.yml'), yaml);
    let called = false;
    await run({ pipeline: async () => ((called = true), Promise.reject(new Error('not reached'))), cache: noCache });
    expect(called).toBe(false);
    expect(process.exitCode).toBe(1);
    const err = stdout.find((l) => l.startsWith('::error'))!;
    expect(err).toContain('CONFIG_INVALID');
    expect(err).toMatch(message);
  });

  it('a config path that does not exist is CONFIG_NOT_FOUND', async () => {
    setup({ config: 'missing.yml' });
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(stdout.find((l) => l.startsWith('::error'))).toContain('CONFIG_NOT_FOUND');
  });

  it('a boolean input that is not true/false fails', async () => {
    setup({ cache: 'yes' });
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(stdout.find((l) => l.startsWith('::error'))).toMatch(/YAML 1.2 "Core Schema"/);
  });
});

describe('action run(): baseline', () => {
  it('on a push to the default branch saves the report; on a PR restores it and compares', async () => {
    const store = new Map<string, string>();
    const cache: CacheApi = {
      isFeatureAvailable: () => true,
      saveCache: async (paths, key) => {
        store.set(key, readFileSync(path.join(process.cwd(), paths[0]!, 'baseline.json'), 'utf8'));
        return 1;
      },
      restoreCache: async (paths, key, restoreKeys) => {
        const hit = store.has(key) ? key : [...store.keys()].find((k) => restoreKeys?.some((p) => k.startsWith(p)));
        if (!hit) return undefined;
        const { mkdirSync } = await import('node:fs');
        mkdirSync(path.join(process.cwd(), paths[0]!), { recursive: true });
        writeFileSync(path.join(process.cwd(), paths[0]!, 'baseline.json'), store.get(hit)!);
        return hit;
      },
    };
    setup({}, { name: 'push', ref: 'refs/heads/main', payload: { repository: { default_branch: 'main' } } });
    await run({ pipeline: fakePipeline({ pOriginal: 10 }), cache });
    expect(store.size).toBe(1);

    setup({ 'max-base-perplexity-increase': '5%' });
    let restored: unknown = null;
    const pipeline: Pipeline = async (req) => {
      const got = await req.baseline!({ source: 'models/model.onnx', path: '', sha256: 'd'.repeat(64), bytes: 1, format: 'onnx' }, 'c'.repeat(64));
      restored = got;
      const m = measurements({ pOriginal: 11, base: 'report' in got ? got.report.spectral.original : null, pBase: 'report' in got ? got.report.perplexity.original!.perplexity : null });
      return { ...m, verdict: evaluateGate(m, req.plan.gate) };
    };
    await run({ pipeline, cache });
    expect((restored as { source: string }).source).toBe('cache-fallback');
    expect(process.exitCode).toBe(1); // 10 → 11 is +10% > 5%
    expect(outputs()['failed-rules']).toBe('perplexity.head-vs-base');
  });

  it('says plainly when there is no baseline, and a cache failure is only a warning', async () => {
    setup({});
    const broken: CacheApi = { isFeatureAvailable: () => true, restoreCache: async () => Promise.reject(new Error('cache service 503')), saveCache: async () => 0 };
    let note = '';
    await run({
      pipeline: async (req) => {
        const got = await req.baseline!({ source: 's', path: '', sha256: 'e'.repeat(64), bytes: 1, format: 'onnx' }, 'c'.repeat(64));
        note = 'none' in got ? got.none : '';
        const m = measurements();
        return { ...m, verdict: evaluateGate(m, req.plan.gate) };
      },
      cache: broken,
    });
    expect(process.exitCode).toBeUndefined();
    expect(note).toMatch(/could not be read/);
    expect(warnings().join('')).toContain('cache service 503');
    expect(readFileSync(summaryFile, 'utf8')).toContain('**No baseline:**');
  });
});

describe('action run(): release gating and attach-to-release', () => {
  const releaseEvent = (release: { id: number; upload_url: string; tag_name: string }) => ({
    name: 'release',
    ref: `refs/tags/${release.tag_name}`,
    payload: { action: 'published', release: { ...release, assets: [] }, repository: { default_branch: 'main' } },
  });
  const uploads = () => gh.requests.filter((r) => r.method === 'POST' && r.path.includes('/releases/'));

  it('on a release event a failing verdict fails the job, after both files are uploaded to the release upload_url', async () => {
    const rel = gh.addRelease('v1.2.0');
    setup({ 'attach-to-release': 'true', comment: 'off', 'max-perplexity-increase': '3%' }, releaseEvent(rel));
    await run({ pipeline: fakePipeline({ pSmoothed: 10.4 }), cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(stdout.filter((l) => l.startsWith('::error')).pop()).toContain('release blocked');
    // The upload went to the release's own upload URL (here /api/uploads, as on GHES), not the API base.
    expect(uploads().map((r) => `${r.path}?${r.query.toString()}`).sort()).toEqual(
      [`/api/uploads/repos/o/r/releases/${rel.id}/assets?name=${RELEASE_ASSETS.comment}`, `/api/uploads/repos/o/r/releases/${rel.id}/assets?name=${RELEASE_ASSETS.report}`].sort(),
    );
    const byName = new Map(rel.assets.map((a) => [a.name, a]));
    expect(byName.get(RELEASE_ASSETS.report)!.data).toBe(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(byName.get(RELEASE_ASSETS.report)!.content_type).toBe('application/json');
    expect(JSON.parse(byName.get(RELEASE_ASSETS.report)!.data).verdict.status).toBe('fail');
    expect(byName.get(RELEASE_ASSETS.comment)!.data).toBe(readFileSync(path.join(dir, 'out', 'comment.md'), 'utf8'));
    expect(byName.get(RELEASE_ASSETS.comment)!.content_type).toMatch(/^text\/markdown/);
    expect(uploads().every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('on a tag push finds the release by tag and replaces an existing asset of the same name (delete, then upload)', async () => {
    const rel = gh.addRelease('v2.0.0');
    const old = gh.addAsset(rel, RELEASE_ASSETS.report, '{"old":true}');
    const other = gh.addAsset(rel, 'model.onnx', 'weights');
    setup({ 'attach-to-release': 'true', comment: 'off' }, { name: 'push', ref: 'refs/tags/v2.0.0', payload: { repository: { default_branch: 'main' } } });
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(gh.requests.some((r) => r.method === 'GET' && r.path === '/repos/o/r/releases/tags/v2.0.0')).toBe(true);
    const del = gh.requests.findIndex((r) => r.method === 'DELETE' && r.path === `/repos/o/r/releases/assets/${old.id}`);
    const up = gh.requests.findIndex((r) => r.method === 'POST' && r.query.get('name') === RELEASE_ASSETS.report);
    expect(del).toBeGreaterThanOrEqual(0);
    expect(up).toBeGreaterThan(del);
    const reports = rel.assets.filter((a) => a.name === RELEASE_ASSETS.report);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.id).not.toBe(old.id);
    expect(JSON.parse(reports[0]!.data).verdict.status).toBe('pass');
    // Other assets are left alone.
    expect(rel.assets.find((a) => a.id === other.id)!.data).toBe('weights');
    expect(warnings()).toEqual([]);
  });

  it('a failed upload is a warning; the passing gate still exits 0 with its outputs', async () => {
    const rel = gh.addRelease('v3.0.0');
    gh.failures = [{ method: 'POST', path: /\/api\/uploads\//, status: 403 }];
    setup({ 'attach-to-release': 'true', comment: 'off' }, releaseEvent(rel));
    await run({ pipeline: fakePipeline(), cache: noCache, retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    expect(process.exitCode).toBeUndefined();
    expect(warnings().join('\n')).toMatch(/Could not attach the report to the release.*contents: write/s);
    expect(outputs()['passed']).toBe('true');
    expect(rel.assets).toEqual([]);
  });

  it('a tag without a release is a warning; attach-to-release false uploads nothing', async () => {
    setup({ 'attach-to-release': 'true', comment: 'off' }, { name: 'push', ref: 'refs/tags/v9', payload: {} });
    await run({ pipeline: fakePipeline(), cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(warnings().join('\n')).toContain('tag v9 has no GitHub release yet');

    const rel = gh.addRelease('v4.0.0');
    gh.requests.length = 0;
    stdout.length = 0;
    setup({ 'attach-to-release': 'false', comment: 'off', 'max-perplexity-increase': '3%' }, releaseEvent(rel));
    await run({ pipeline: fakePipeline({ pSmoothed: 10.4 }), cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(gh.requests.filter((r) => r.path.includes('/releases'))).toEqual([]);
  });
});

describe('action run(): fork-safe workflow_run leg (report input)', () => {
  function workflowRunEvent(pullRequests: Array<{ number: number }>) {
    return {
      name: 'workflow_run',
      ref: 'refs/heads/main',
      payload: {
        action: 'completed',
        workflow_run: {
          id: 99,
          event: 'pull_request',
          head_sha: 'f00d',
          head_branch: 'feature',
          head_repository: { full_name: 'forker/r', owner: { login: 'forker' } },
          pull_requests: pullRequests,
        },
        repository: { default_branch: 'main' },
      },
    };
  }
  /** The artifact the untrusted run uploaded, as download-artifact leaves it. */
  function writeArtifact(): string {
    mkdirSync(path.join(dir, 'pr-report'), { recursive: true });
    const r = fixtureReport({ pSmoothed: 10.15 });
    writeFileSync(path.join(dir, 'pr-report', 'report.json'), JSON.stringify(r));
    return 'pr-report/report.json';
  }
  const neverRun: Pipeline = async () => Promise.reject(new Error('the engine must not run in the report leg'));
  const pullLookups = () => gh.requests.filter((r) => r.method === 'GET' && r.path === '/repos/o/r/pulls');

  it('takes the PR from workflow_run.pull_requests[0] and posts the rendered report', async () => {
    setup({ report: writeArtifact(), model: '' }, workflowRunEvent([{ number: 12 }]));
    await run({ pipeline: neverRun, cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(gh.comments.get(12)).toHaveLength(1);
    expect(gh.comments.get(12)![0]!.body).toContain('+1.50%');
    expect(pullLookups()).toEqual([]);
  });

  it('fork PR (empty pull_requests): finds the open PR by head owner:branch', async () => {
    gh.addPull(30, 'forker', 'feature', 'f00d', 'closed');
    gh.addPull(31, 'forker', 'feature', 'f00d');
    gh.addPull(32, 'someone', 'feature', 'f00d'); // same branch name in another fork
    gh.addPull(33, 'forker', 'other', 'beef');
    setup({ report: writeArtifact(), model: '' }, workflowRunEvent([]));
    await run({ pipeline: neverRun, cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect([...gh.comments.keys()]).toEqual([31]);
    const q = pullLookups()[0]!.query;
    expect(q.get('head')).toBe('forker:feature');
    expect(q.get('state')).toBe('open');
  });

  it('an explicit pr-number input wins and needs no lookup', async () => {
    gh.addPull(31, 'forker', 'feature', 'f00d');
    setup({ report: writeArtifact(), model: '', 'pr-number': '55' }, workflowRunEvent([]));
    await run({ pipeline: neverRun, cache: noCache });
    expect([...gh.comments.keys()]).toEqual([55]);
    expect(pullLookups()).toEqual([]);
  });

  it('no open PR for the fork branch: no comment, an info line, and the step still passes', async () => {
    setup({ report: writeArtifact(), model: '' }, workflowRunEvent([]));
    await run({ pipeline: neverRun, cache: noCache });
    expect(process.exitCode).toBeUndefined();
    expect(gh.comments.size).toBe(0);
    expect(pullLookups()).toHaveLength(1);
    expect(readFileSync(summaryFile, 'utf8')).toContain('ww-smooth gate');
  });

  it("re-gates the artifact's measurements with this workflow's rules", async () => {
    setup({ report: writeArtifact(), model: '', 'max-perplexity-increase': '1%' }, workflowRunEvent([{ number: 12 }]));
    await run({ pipeline: neverRun, cache: noCache });
    expect(process.exitCode).toBe(1);
    expect(gh.comments.get(12)![0]!.body).toContain('ww-smooth gate: failed');
  });
});
