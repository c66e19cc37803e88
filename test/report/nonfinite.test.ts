/**
 * What we write, we can read, NaN and Infinity included (issue 14, case 5). JSON writes both as
 * null; on main a report read back had lost which it was, so `ww-smooth gate` and `report` said
 * "n/a (null)" or just "n/a". Now report.json names each non-finite field (`nonFinite`), reading
 * restores it, the comment and the CLI show "n/a (NaN: ...)" / "n/a (Infinity: ...)", and the gate
 * fails the rule that needs the value, live and read back alike.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate } from '../../src/gate/rules.js';
import { DEFAULT_GATE_RULES } from '../../src/config/plan.js';
import { writeReportJson } from '../../src/report/json.js';
import { renderReport } from '../../src/report/markdown.js';
import { readRunReport } from '../../src/report/read.js';
import { spawnCli } from '../helpers/cli.js';
import { report } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'ww-nonfinite-'));

const cases = [
  { what: 'NaN', value: Number.NaN, kind: 'nan', shown: /n\/a \(NaN: the model's logits contain NaN\)/ },
  { what: 'Infinity', value: Number.POSITIVE_INFINITY, kind: 'inf', shown: /n\/a \(Infinity: a token was given probability 0/ },
] as const;

describe.each(cases)('a $what smoothed perplexity', ({ value, kind, shown, what }) => {
  const file = join(dir, `${kind}.json`);
  it('is written as null with the reason beside it, and read back as it was', async () => {
    await writeReportJson(file, report({ pSmoothed: value }));
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    expect(raw.perplexity.smoothed.perplexity).toBeNull();
    expect(raw.perplexity.smoothed.nonFinite).toEqual({ perplexity: kind, meanNll: kind });
    expect(raw.perplexity.smoothedVsOriginal.nonFinite).toEqual({ absolute: kind, relative: kind });
    expect(raw.perplexity.original.nonFinite).toBeUndefined();
    const back = await readRunReport(file);
    expect(back.perplexity.smoothed!.perplexity).toBe(value);
    expect(back.perplexity.smoothedVsOriginal!.relative).toBe(value);
    expect(back.perplexity.original!.perplexity).toBe(10);
    expect('nonFinite' in back.perplexity.smoothed!).toBe(false);
  });
  it('gates as fail with the reason, live and read back alike', async () => {
    const back = await readRunReport(file);
    for (const r of [report({ pSmoothed: value }), back]) {
      const rule = evaluateGate(r, DEFAULT_GATE_RULES).rules.find((x) => x.id === 'perplexity.smoothed-vs-original')!;
      expect(rule.status).toBe('fail');
      expect(rule.reason).toContain(`model.onnx: ${what}:`);
    }
  });
  it('renders "n/a (<what>: ...)" in the comment', async () => {
    const md = renderReport(await readRunReport(file), { maxLayers: 10, limit: 60_000 });
    expect(md).toMatch(shown);
  });
});

describe('a report from before non-finite values were recorded (null, no nonFinite)', () => {
  it('reads, gates as fail and renders "n/a (not recorded)"', async () => {
    const file = join(dir, 'legacy.json');
    await writeReportJson(file, report({ pSmoothed: Number.NaN }));
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    delete raw.perplexity.smoothed.nonFinite;
    delete raw.perplexity.smoothedVsOriginal.nonFinite;
    writeFileSync(file, JSON.stringify(raw));
    const back = await readRunReport(file);
    const rule = evaluateGate(back, DEFAULT_GATE_RULES).rules.find((x) => x.id === 'perplexity.smoothed-vs-original')!;
    expect(rule.status).toBe('fail');
    expect(renderReport(back, { maxLayers: 10, limit: 60_000 })).toContain('smoothed n/a (not recorded)');
  });
});

describe('the CLI on a report with a NaN perplexity', () => {
  it('`gate` exits 1 naming NaN, `report` shows n/a (NaN: ...)', async () => {
    const file = join(dir, 'cli-nan.json');
    await writeReportJson(file, report({ pSmoothed: Number.NaN }));
    const gate = spawnCli(['gate', file], dir);
    expect(gate.status).toBe(1);
    expect(gate.stdout).toMatch(/fail\s+perplexity\.smoothed-vs-original\s+n\/a \(NaN\).*model\.onnx: NaN: the model's logits contain NaN/);
    const md = spawnCli(['report', file], dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/n\/a \(NaN: the model's logits contain NaN\)/);
  }, 60_000);
});
