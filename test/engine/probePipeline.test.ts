/**
 * Task probes through the whole pipeline (`ww-smooth run` in process, on the committed demo):
 * original and smoothed are scored on the same items and paired; report.json validates against
 * run-schema.json; `gate` re-judges the report's accuracy drop against levels either side of it; a
 * baseline report pairs head with base only when it probed the same file.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunReport } from '../../src/report/read.js';
import type { RunReport } from '../../src/report/types.js';
import { runCliInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';

afterEach(() => {
  process.exitCode = undefined;
});

const demo = join(repoRoot, 'examples', 'demo');
const probeFile = join(demo, 'probe.jsonl');
const common = ['--eval-text', join(demo, 'eval.txt'), '--device', 'cpu', '--quiet'];

describe('probes in ww-smooth run (demo)', () => {
  let dir: string;
  let first: RunReport;
  let firstPath: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ww-probe-run-'));
    firstPath = join(dir, 'a', 'report.json');
    const r = await runCliInProcess(['run', join(demo, 'model.onnx'), ...common, '--probe', probeFile, '--method', 'rank-fraction:0.1', '--max-perplexity-increase', '1000%', '--out-dir', join(dir, 'a')]);
    expect(r.stderr).not.toMatch(/error\[/);
    first = await readRunReport(firstPath); // validated against run-schema.json
  }, 120_000);

  it('scores original and smoothed on the same items and pairs them', () => {
    const p = first.probe!;
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/);
    const { original, smoothed, smoothedVsOriginal: c } = p;
    expect(original!.items).toBe(197);
    expect(smoothed!.items).toBe(197);
    expect(c!.delta).toBeCloseTo(smoothed!.accuracy - original!.accuracy, 12);
    const { bothRight, onlyA, onlyB, bothWrong } = c!.counts;
    expect(bothRight + onlyA + onlyB + bothWrong).toBe(197);
    expect(bothRight + onlyA).toBe(original!.correct);
    expect(bothRight + onlyB).toBe(smoothed!.correct);
    expect([c!.lost, c!.gained]).toEqual([onlyA, onlyB]);
    // Smoothing changed some answers (rank-fraction 0.1 is severe), and the flips name them.
    expect(onlyA + onlyB).toBeGreaterThan(0);
    const flippedLines = new Set(original!.perItem!.filter((r, i) => r.correct !== smoothed!.perItem![i]!.correct).map((r) => r.line));
    for (const f of c!.flipped) expect(flippedLines.has(f.line)).toBe(true);
    expect(first.verdict.rules.map((r) => r.id)).toContain('probe.smoothed-vs-original');
    expect(first.timings['probe-original']).toBeGreaterThan(0);
  });

  it('gate fails above the measured drop and passes at it', async () => {
    const drop = Math.round(-first.probe!.smoothedVsOriginal!.delta * 100 * 1e9) / 1e9;
    const strict = await runCliInProcess(['gate', firstPath, '--max-perplexity-increase', '1000%', '--max-accuracy-drop', String(drop - 0.1)]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/fail\s+probe\.smoothed-vs-original/);
    process.exitCode = undefined;
    const atLevel = await runCliInProcess(['gate', firstPath, '--max-perplexity-increase', '1000%', '--max-accuracy-drop', String(Math.max(drop, 0))]);
    expect(atLevel.stdout).toMatch(/pass\s+probe\.smoothed-vs-original/);
  });

  it('the comment has the probe section', async () => {
    const r = await runCliInProcess(['report', firstPath]);
    expect(r.stdout).toContain('### Task probes');
    expect(r.stdout).toMatch(/Accuracy \(95% Wilson\) \| \d+\.\d% \(\d+\/197\)/);
  });

  it('a malformed probe file fails before any stage runs (validate first), naming the line', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"prompt": "The", "choices": [" cat", " dog"], "answer": 0}\n{"prompt": "The", "choices": [" cat"], "answer": 5}\n');
    const out = join(dir, 'bad-out');
    const r = await runCliInProcess(['run', join(demo, 'model.onnx'), ...common, '--probe', bad, '--out-dir', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[PROBE_INVALID\]: .*bad\.jsonl line 2: "choices" has 1 entry/);
    expect(existsSync(join(out, 'smoothed.onnx'))).toBe(false);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  });

  it('a baseline report with the same probe pairs head with base; another probe set is not paired', async () => {
    const same = await runCliInProcess(['run', join(demo, 'model.onnx'), ...common, '--probe', probeFile, '--no-smooth', '--baseline-report', firstPath, '--out-dir', join(dir, 'b')]);
    expect(same.stderr).not.toMatch(/error\[/);
    const b = await readRunReport(join(dir, 'b', 'report.json'));
    // Same model, same items: nothing flips.
    expect(b.probe!.headVsBase!.delta).toBe(0);
    expect(b.probe!.headVsBase!.counts.onlyA + b.probe!.headVsBase!.counts.onlyB).toBe(0);
    expect(b.probe!.base!.accuracy).toBe(first.probe!.original!.accuracy);

    const other = join(dir, 'other.jsonl');
    writeFileSync(other, readFileSync(probeFile, 'utf8').split('\n').slice(0, 50).join('\n') + '\n');
    await runCliInProcess(['run', join(demo, 'model.onnx'), ...common, '--probe', other, '--no-smooth', '--baseline-report', firstPath, '--out-dir', join(dir, 'c')]);
    const c = await readRunReport(join(dir, 'c', 'report.json'));
    expect(c.probe!.headVsBase).toBeNull();
    expect(c.probe!.note).toMatch(/different item set/);
    expect(c.verdict.rules.find((r) => r.id === 'probe.head-vs-base')!.reason).toMatch(/different item set/);
  }, 120_000);
});
