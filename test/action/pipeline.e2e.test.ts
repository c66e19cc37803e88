/**
 * The real pipeline end to end through the action entry, on a tiny ONNX model built by the
 * project's own builder (analyze + smooth; no eval text, so the perplexity rules are skipped and
 * must say why). Checks the shell and the engine stages fit together, not the numbers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/action/main.js';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { buildSpec } from '../smooth/models.js';
import type { RunReport } from '../../src/report/types.js';

describe('real pipeline through run()', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('analyses, smooths and writes report.json, the smoothed model and the summary', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ww-e2e-'));
    await writeModelFiles(dir, 'model.onnx', buildSpec());
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '');
    writeFileSync(path.join(dir, 'out.txt'), '');
    Object.assign(process.env, {
      GITHUB_WORKSPACE: dir,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: path.join(dir, 'out.txt'),
      'INPUT_MODEL': path.join(dir, 'model.onnx'),
      'INPUT_METHOD': 'rank:4',
      'INPUT_OUTPUT-DIR': path.join(dir, 'out'),
      'INPUT_CACHE': 'false',
      'INPUT_COMMENT': 'off',
    });
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (lines.push(String(c)), true));
    await run();
    if (process.env.E2E_DEBUG) process.stderr.write(lines.join(""));
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors.join("\n")).toBe("");
    const report = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as RunReport;
    expect(report.spectral.original.layers.length).toBeGreaterThan(0);
    expect(report.smoothing?.outputPath).toBe(path.join(dir, 'out', 'smoothed.onnx'));
    expect(existsSync(path.join(dir, 'out', 'smoothed.onnx'))).toBe(true);
    expect(report.smoothing!.layers.every((l) => l.k === 4)).toBe(true);
    const ppl = report.verdict.rules.find((r) => r.id === 'perplexity.smoothed-vs-original')!;
    expect(ppl.status).toBe('skipped');
    expect(ppl.reason).toMatch(/no eval-text/);
    expect(readFileSync(summary, 'utf8')).toContain('ww-smooth gate');
  });
});
