/**
 * `ww-smooth smooth` as a user runs it (a child process through tsx): flags to plan, the table on
 * stdout, the JSON report, dry runs, and `error[CODE]` with exit 1 for bad input.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SmoothReport } from '../../src/smooth/types.js';
import { spawnCli } from '../helpers/cli.js';
import { W1, W2, buildModel } from '../smooth/models.js';

const cli = (...args: string[]) => spawnCli(['smooth', ...args]);

describe('ww-smooth smooth', () => {
  let dir: string;
  let model: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-smooth-cli-'));
    model = await buildModel(dir, 'model.onnx');
  });

  it('--k writes the model and a JSON report; --k implies method rank', () => {
    const out = join(dir, 'out.onnx');
    const json = join(dir, 'report.json');
    const r = cli(model, '--k', '4', '--layers', '*up_proj*,*down_proj*', '--exclude', 'lm_head*', '--out', out, '--json', json, '--factorize');
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    const rep = JSON.parse(readFileSync(json, 'utf8')) as SmoothReport;
    expect(rep.layers.map((l) => [l.name, l.rule.method, l.k, l.action])).toEqual([
      [W1, 'rank', 4, 'factorized'],
      [W2, 'rank', 4, 'smoothed'], // a Gemm weight: written dense
    ]);
    expect(rep.outPath).toBe(out);
    expect(r.stdout).toContain(W1);
    expect(r.stdout).toMatch(/energy kept/);
  });

  it('--method name:value works as the action input does (rank-fraction:0.25 of min(24, 32) = 6)', () => {
    const out = join(dir, 'rf.onnx');
    const json = join(dir, 'rf.json');
    const r = cli(model, '--method', 'rank-fraction:0.25', '--layers', '*up_proj*', '--out', out, '--json', json);
    expect(r.status, r.stderr).toBe(0);
    const rep = JSON.parse(readFileSync(json, 'utf8')) as SmoothReport;
    expect(rep.layers.map((l) => [l.name, l.rule.method, l.k])).toEqual([[W1, 'rank-fraction', 6]]);
  });

  it('an unknown --method is a usage error naming the rules', () => {
    const r = cli(model, '--method', 'svd:0.5', '--out', join(dir, 'never.onnx'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/detX, percent, rank-fraction, mp, tail, rank/);
    expect(existsSync(join(dir, 'never.onnx'))).toBe(false);
  });

  it('--dry-run prints the plan (k from the spectrum for detX) and writes nothing', () => {
    const out = join(dir, 'dry.onnx');
    const r = cli(model, '--method', 'detX', '--dry-run', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(W2);
    expect(r.stdout).toContain('from spectrum');
    expect(existsSync(out)).toBe(false);
    const full = cli(model, '--rho', '0.25', '--dry-run', 'full');
    expect(full.status).toBe(0);
    // rank-fraction 0.25 of min(24, 32) = 6 and of min(16, 32) = 4
    expect(full.stdout).toMatch(/rank-fraction rho=0.25\s+6\s/);
    expect(full.stdout).toMatch(/rank-fraction rho=0.25\s+4\s/);
  });

  it('bad input: error[CODE] on stderr, exit 1, no stack', () => {
    const cases: [string[], string][] = [
      [[model, '--k', '3', '--out', model], 'OUTPUT_IS_INPUT'],
      [[model, '--k', '-3', '--out', join(dir, 'x.onnx')], 'RANK_OUT_OF_RANGE'],
      [[model, '--rho', '0', '--out', join(dir, 'x.onnx')], 'RANK_OUT_OF_RANGE'],
      [[model, '--layers', 'nothing.*', '--out', join(dir, 'x.onnx')], 'SELECTION_EMPTY'],
      [[model, '--k', 'abc', '--out', join(dir, 'x.onnx')], 'INPUT_INVALID'],
      [[model, '--k', '3'], 'INPUT_INVALID'],
    ];
    for (const [args, code] of cases) {
      const r = cli(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`error[${code}]`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'x.onnx'))).toBe(false);
  });
});
