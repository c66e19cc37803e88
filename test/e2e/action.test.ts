/**
 * End to end, as a runner would do it: only the files the repository tracks (`git archive HEAD`,
 * unpacked into an empty folder, no node_modules, no npm install) and `node dist/index.js` with the
 * INPUT_* variables the runner derives from action.yml and the workflow's `with:`, the GITHUB_*
 * variables, an event payload, step-summary and output files, and a local stand-in for the GitHub
 * API (test/action/fakeGitHub.ts, 127.0.0.1, random port, records requests), on the embedded demo
 * model (examples/demo). It shows:
 *   - a passing run: exit 0, one PR comment created, summary and outputs written, the original
 *     perplexity equal to the one examples/demo/generate.ts computed on its own (reference.json);
 *   - the same smoothing against the default (tighter) threshold: exit 1 after the comment (updated in place), the
 *     summary and the outputs are written;
 *   - a missing runtime file (the .node deleted in the copy): a clear RUNTIME_MISSING error, no
 *     stack trace, non-zero exit;
 *   - a stale dist/: scripts/check-dist.sh passes on the archived tree and fails once src/ changes.
 *
 * Source of the copy: `git archive HEAD` when the working tree is clean (CI: a fresh clone), else
 * the working tree's tracked + untracked-not-ignored files (`git ls-files -co --exclude-standard`),
 * which is what a commit of everything would contain. WW_E2E_SOURCE=archive|worktree forces one;
 * archive mode on a HEAD without dist/ fails and says so.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FakeGitHub } from '../action/fakeGitHub.js';
import { repoRoot } from '../helpers/shared.js';

const work = mkdtempSync(join(tmpdir(), 'ww-e2e-action-'));
const actionDir = join(work, 'action'); // where the runner unpacks `uses: org/ww-smooth-action@v1`
const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function copySource(): string {
  const forced = process.env['WW_E2E_SOURCE'];
  const dirty = git('status', '--porcelain', '--untracked-files=normal').trim() !== '';
  const mode = forced === 'archive' || forced === 'worktree' ? forced : dirty ? 'worktree' : 'archive';
  mkdirSync(actionDir, { recursive: true });
  if (mode === 'archive') {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD'], { cwd: repoRoot, maxBuffer: 1024 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', actionDir], { input: tar, maxBuffer: 1024 * 1024 * 1024 });
  } else {
    for (const rel of git('ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0')) {
      if (rel === '' || !existsSync(join(repoRoot, rel))) continue; // deleted but still in the index
      mkdirSync(dirname(join(actionDir, rel)), { recursive: true });
      copyFileSync(join(repoRoot, rel), join(actionDir, rel));
    }
  }
  console.log(`[e2e] action copied from ${mode === 'archive' ? 'git archive HEAD' : 'the working tree (git ls-files -co --exclude-standard)'}${forced ? '' : dirty ? ' because the working tree has uncommitted changes' : ''}`);
  return mode;
}

const github = new FakeGitHub();
let reference: { windowed: { perplexity: number; context: number } };
let inputDefaults: Record<string, string> = {};

beforeAll(async () => {
  const mode = copySource();
  if (!existsSync(join(actionDir, 'dist', 'index.js'))) {
    throw new Error(`${mode === 'archive' ? 'HEAD' : 'the working tree'} has no dist/index.js: run npm run build and commit dist/ (or set WW_E2E_SOURCE=worktree)`);
  }
  expect(existsSync(join(actionDir, 'node_modules'))).toBe(false);
  reference = JSON.parse(readFileSync(join(actionDir, 'examples', 'demo', 'reference.json'), 'utf8'));
  const action = parse(readFileSync(join(actionDir, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  inputDefaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
  await github.start();
}, 120_000);

afterAll(async () => {
  await github.stop();
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  outputDir: string;
}

/** Parses the GITHUB_OUTPUT file (name<<delimiter ... delimiter blocks, or name=value lines). */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out[heredoc[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

/**
 * Runs dist/index.js of `dir` like the runner: inputs = action.yml defaults overlaid with `with`.
 * Asynchronous: the stand-in GitHub API lives in this process and must keep answering.
 */
async function runAction(name: string, withInputs: Record<string, string>, dir = actionDir, extraEnv: Record<string, string> = {}): Promise<Run> {
  const runDir = join(work, name);
  const workspace = join(runDir, 'workspace');
  mkdirSync(join(workspace, 'model'), { recursive: true });
  for (const f of ['model.onnx', 'tokenizer.json', 'eval.txt']) copyFileSync(join(actionDir, 'examples', 'demo', f), join(workspace, 'model', f));
  const eventPath = join(runDir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, head: { sha: 'b'.repeat(40), ref: 'feature', repo: { full_name: 'o/r' } }, base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } } },
      repository: { full_name: 'o/r', default_branch: 'main', owner: { login: 'o' }, name: 'r' },
    }),
  );
  const summaryPath = join(runDir, 'summary.md');
  const outputPath = join(runDir, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const inputs = { ...inputDefaults, 'github-token': 'ghs_e2e-token', ...withInputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: runDir,
    RUNNER_TEMP: join(runDir, 'runner-temp'),
    RUNNER_TOOL_CACHE: join(runDir, 'tool-cache'), // empty: a runner with no cache yet
    WW_ONNXRUNTIME_DOWNLOAD: '0', // the test never reaches the npm registry
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REPOSITORY_OWNER: 'o',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'model gate',
    GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/gate.yml@refs/pull/7/merge',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_API_URL: github.url,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'dist', 'index.js')], { cwd: workspace, env, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    outputDir: join(workspace, 'ww-smooth-report'),
  };
}

const demoInputs = {
  model: 'model/model.onnx',
  'eval-text': 'model/eval.txt',
  tokenizer: 'model',
  context: '64',
};

/** No JavaScript stack frames in what the user sees. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('dist/index.js from the archived tree', () => {
  it('passing threshold: exit 0, comment created, summary and outputs written, perplexity as computed independently', async () => {
    github.requests.length = 0;
    // rank:8 on the selected layers moves perplexity by about +22%; a 50% fail level passes.
    const r = await runAction('pass', { ...demoInputs, method: 'rank:8', 'warn-perplexity-increase': '40%', 'max-perplexity-increase': '50%' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['passed']).toBe('true');
    expect(r.outputs['verdict']).toBe('pass');
    // The whole chain (tokenizer, windows, onnxruntime from dist/node_modules) against the
    // generator's float64 computation of the same perplexity.
    expect(Math.abs(Number(r.outputs['perplexity-original']) / reference.windowed.perplexity - 1)).toBeLessThan(1e-5);
    expect(Number(r.outputs['perplexity-delta-relative'])).toBeGreaterThan(0.05);
    expect(Number(r.outputs['perplexity-delta-relative'])).toBeLessThan(0.5);
    expect(r.outputs['report-path']).toBe(join(r.outputDir, 'report.json'));
    expect(existsSync(r.outputs['report-path']!)).toBe(true);
    expect(existsSync(r.outputs['smoothed-model-path']!)).toBe(true);
    expect(r.summary).toContain('ww-smooth gate: passed');
    const posts = github.requests.filter((q) => q.method === 'POST' && q.path === '/repos/o/r/issues/7/comments');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.authorization).toBe('token ghs_e2e-token');
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- ww-smooth-comment');
    expect(comments[0]!.body).toContain('passed');
    expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
    // The token only appears in the runner's masking command, which the runner consumes.
    const visible = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(visible.join('\n')).not.toContain('ghs_e2e-token');
    expectNoStack(r.stdout + r.stderr);
  }, 120_000);

  it('failing threshold: exit 1 after the comment (updated in place), summary and outputs', async () => {
    github.requests.length = 0;
    // The same smoothing against the default levels (warn 2%, fail 5%) must trip.
    const r = await runAction('fail', { ...demoInputs, method: 'rank:8' });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.outputs['passed']).toBe('false');
    expect(r.outputs['verdict']).toBe('fail');
    expect(r.outputs['failed-rules']).toMatch(/perplexity/);
    expect(r.summary).toContain('ww-smooth gate: failed');
    expect(r.stdout).toMatch(/^::error::/m);
    const comments = github.comments.get(7) ?? [];
    expect(comments).toHaveLength(1); // the first run's comment, edited
    expect(comments[0]!.body).toContain('failed');
    expect(github.requests.filter((q) => q.method === 'PATCH' && q.path === `/repos/o/r/issues/comments/${comments[0]!.id}`)).toHaveLength(1);
    expectNoStack(r.stdout + r.stderr);
  }, 120_000);

  it('a missing runtime file gives a clear error and a non-zero exit', async () => {
    const broken = join(work, 'action-broken');
    execFileSync('cp', ['-al', actionDir, broken]); // hard links: cheap, and unlinking one leaves the original
    const binding = join(broken, 'dist', 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', process.platform, process.arch, 'onnxruntime_binding.node');
    expect(existsSync(binding)).toBe(true);
    unlinkSync(binding);
    const r = await runAction('broken', demoInputs, broken);
    expect(r.status).not.toBe(0);
    const text = r.stdout + r.stderr;
    expect(text).toMatch(/^::error::/m);
    expect(text).toContain(`is not available for ${process.platform}/${process.arch}`);
    expect(text).toContain('onnxruntime_binding.node');
    expect(text).toContain('onnxruntime-path');
    expectNoStack(text);
  }, 120_000);

  it('check-dist passes on the archived tree and fails once dist/ is stale', () => {
    const tree = join(work, 'action-stale');
    execFileSync('cp', ['-al', actionDir, tree]);
    execFileSync('cp', ['-al', join(repoRoot, 'node_modules'), join(tree, 'node_modules')]); // build tools only
    const check = () => spawnSync('bash', [join(tree, 'scripts', 'check-dist.sh')], { cwd: tree, encoding: 'utf8', env: { ...process.env, TMPDIR: work } });
    const fresh = check();
    expect(fresh.status, fresh.stdout + fresh.stderr).toBe(0);
    expect(fresh.stdout).toContain('dist/ matches a fresh build');
    // A source change that reaches both bundles (replace the file: it is a hard link to the copy's).
    const versionFile = join(tree, 'src', 'action', 'version.ts');
    const text = readFileSync(versionFile, 'utf8');
    unlinkSync(versionFile);
    writeFileSync(versionFile, text.replace(/TOOL_VERSION = '([^']+)'/, "TOOL_VERSION = '$1-stale'"));
    const stale = check();
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('dist/ is stale');
    expect(stale.stderr).toMatch(/dist\/index\.js/);
  }, 240_000); // two full builds (three bundles and the library's declarations each)
});
