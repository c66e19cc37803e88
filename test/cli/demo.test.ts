/**
 * `ww-smooth demo` (npm run demo): the whole pipeline on examples/demo from the command line.
 * The original perplexity it reports must equal the one examples/demo/generate.ts computed on its
 * own (reference.json); the Markdown a PR would get is written; the exit status follows the gate.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';

const work = mkdtempSync(join(tmpdir(), 'ww-demo-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reference = JSON.parse(readFileSync(join(repoRoot, 'examples', 'demo', 'reference.json'), 'utf8')) as { windowed: { perplexity: number; tokensScored: number } };

const demo = (args: string[]) => spawnCli(['demo', ...args], work);

describe('ww-smooth demo', () => {
  it('prints the report and a passing verdict, and writes the PR comment Markdown', async () => {
    const r = demo(['--out', 'out/demo']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^verdict: PASS/m);
    expect(r.stdout).toContain('input_proj.weight');
    expect(r.stdout).toContain('mlp.fc1.weight');
    const out = join(work, 'out', 'demo');
    const comment = readFileSync(join(out, 'comment.md'), 'utf8');
    expect(comment).toContain('<!-- ww-smooth-comment');
    expect(comment).toContain('ww-smooth gate: passed');
    expect(existsSync(join(out, 'summary.md'))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      perplexity: { original: { perplexity: number; tokensScored: number } };
      smoothing: { layers: unknown[] };
    };
    expect(report.perplexity.original.tokensScored).toBe(reference.windowed.tokensScored);
    expect(Math.abs(report.perplexity.original.perplexity / reference.windowed.perplexity - 1)).toBeLessThan(1e-5);
    expect(report.smoothing.layers.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('exits 1 with a failing verdict when smoothing costs more perplexity than the fail level', async () => {
    // rank:8 costs about +22% perplexity on the demo: above the default 5% fail level.
    const r = demo(['--out', 'out/fail', '--quiet', '--method', 'rank:8']);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toMatch(/^verdict: FAIL/);
    expect(readFileSync(join(work, 'out', 'fail', 'comment.md'), 'utf8')).toContain('ww-smooth gate: failed');
  }, 60_000);
});
