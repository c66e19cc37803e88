/**
 * The action's shard and merge inputs, through run() with INPUT_* variables and the real engine:
 * two shard jobs write partial reports (and no verdict), the merge job gates and writes the same
 * report a single job writes; shard together with merge is refused.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/action/main.js';
import type { RunReport } from '../../src/report/types.js';
import { writeShardTestModel } from './models.js';

const saved = { ...process.env };

async function action(ws: string, inputs: Record<string, string>): Promise<string[]> {
  const summary = path.join(ws, 'summary.md');
  writeFileSync(summary, '');
  writeFileSync(path.join(ws, 'out.txt'), '');
  process.env = { ...saved };
  Object.assign(process.env, {
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: path.join(ws, 'out.txt'),
    INPUT_CACHE: 'false',
    INPUT_COMMENT: 'off',
  });
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (lines.push(String(c)), true));
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

const stripTimings = (r: RunReport): unknown =>
  JSON.parse(JSON.stringify(r, (k, v: unknown) => (/^(seconds|totalSeconds|readSeconds|eigenSeconds|metricsSeconds|tokensPerSecond|timings|createdAt)$/.test(k) ? undefined : v)));

describe('action inputs shard and merge', () => {
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  it('shard jobs write partials without a verdict; the merge job writes the single job\'s report', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'ww-shard-action-'));
    const model = await writeShardTestModel(path.join(ws, 'models'));
    const base = { model, method: 'rank:3', 'max-over-trained': '100' };
    const single = await action(ws, { ...base, 'output-dir': 'ww-smooth-report' });
    expect(single.filter((l) => l.startsWith('::error')).join('')).toBe('');
    renameSync(path.join(ws, 'ww-smooth-report'), path.join(ws, 'single'));
    for (const i of [1, 2]) {
      const lines = await action(ws, { ...base, shard: `${i}/2`, 'output-dir': `artifacts/ww-smooth-partial-${i}` });
      expect(lines.filter((l) => l.startsWith('::error')).join('')).toBe('');
      expect(existsSync(path.join(ws, 'artifacts', `ww-smooth-partial-${i}`, `ww-smooth-partial-${i}-of-2.json`))).toBe(true);
      expect(existsSync(path.join(ws, 'artifacts', `ww-smooth-partial-${i}`, 'report.json'))).toBe(false);
      expect(readFileSync(path.join(ws, 'summary.md'), 'utf8')).toMatch(new RegExp(`ww-smooth shard ${i}/2: analysed \\d+ of 10 layers`));
      expect(process.exitCode ?? 0).toBe(0);
    }
    const merged = await action(ws, { ...base, merge: 'artifacts/ww-smooth-partial-*', 'output-dir': 'ww-smooth-report' });
    expect(merged.filter((l) => l.startsWith('::error')).join('')).toBe('');
    const a = JSON.parse(readFileSync(path.join(ws, 'single', 'report.json'), 'utf8')) as RunReport;
    const b = JSON.parse(readFileSync(path.join(ws, 'ww-smooth-report', 'report.json'), 'utf8')) as RunReport;
    expect(b.smoothing!.layers.length).toBe(9);
    expect(stripTimings(b)).toEqual(stripTimings(a));
    expect(Buffer.compare(readFileSync(path.join(ws, 'single', 'smoothed.onnx')), readFileSync(path.join(ws, 'ww-smooth-report', 'smoothed.onnx')))).toBe(0);
    expect(readFileSync(path.join(ws, 'out.txt'), 'utf8')).toContain('verdict');
  }, 60_000);

  it('refuses shard and merge together', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'ww-shard-action-'));
    const lines = await action(ws, { model: 'm.onnx', shard: '1/2', merge: 'partials/' });
    expect(lines.join('')).toMatch(/::error::error\[INPUT_INVALID\]: inputs shard and merge cannot be used together/);
    expect(process.exitCode).toBe(1);
  });
});
