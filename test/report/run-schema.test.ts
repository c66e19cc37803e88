/**
 * src/report/run-schema.json and readRunReport: reports the real pipeline writes (the demo through
 * the CLI) and hand-built ones with null perplexities and baselines validate; malformed and hostile
 * files (as a fork PR's artifact could be) are refused with the JSON path in the message.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import analyzeSchema from '../../src/report/analyze-schema.json' with { type: 'json' };
import { writeReportJson } from '../../src/report/json.js';
import { readRunReport } from '../../src/report/read.js';
import runSchema from '../../src/report/run-schema.json' with { type: 'json' };
import type { RunReport } from '../../src/report/types.js';
import { spawnCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';
import { report as fixtureReport, snapshot } from './fixtures.js';

const work = mkdtempSync(join(tmpdir(), 'ww-run-schema-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function strictValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(analyzeSchema);
  return ajv.compile(runSchema);
}

let fileCount = 0;
/** Writes `data` as JSON (as an uploaded artifact would be) and returns its path. */
function writeJson(data: unknown): string {
  const file = join(work, `report-${++fileCount}.json`);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

/** readRunReport's error for `data`, which must be an INPUT_INVALID WwError. */
async function refusal(data: unknown): Promise<WwError> {
  const err = await readRunReport(writeJson(data)).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WwError);
  expect((err as WwError).code).toBe('INPUT_INVALID');
  return err as WwError;
}

/** A mutable deep copy of a valid report. */
function validReport(): Record<string, any> {
  return structuredClone(fixtureReport({ pSmoothed: 10.15 })) as unknown as Record<string, any>;
}

describe('run-schema.json', () => {
  it('compiles in ajv strict mode (draft 2020-12, referencing analyze-schema.json)', () => {
    expect(() => strictValidator()).not.toThrow();
    expect(runSchema.$schema).toBe(analyzeSchema.$schema);
  });

  it('requires every top-level field a RunReport has', () => {
    expect([...runSchema.required].sort()).toEqual(Object.keys(fixtureReport()).sort());
  });
});

describe('reports the code writes validate', () => {
  it('the demo run through the CLI (real pipeline: analyze, smooth, perplexity, gate)', async () => {
    const out = join(work, 'demo');
    const r = spawnCli(['demo', '--out', out, '--quiet'], work);
    expect(r.status, r.stderr).toBe(0);
    const file = join(out, 'report.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as RunReport;
    // The demo exercises the parts a hand-built report leaves empty: the embedded stage reports.
    expect(data.stages['analyze']).toBeTypeOf('object');
    expect(data.stages['smooth']).toBeTypeOf('object');
    expect(data.perplexity.smoothed).not.toBeNull();
    const validate = strictValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect((await readRunReport(file)).model.sha256).toBe(data.model.sha256);

    // The $ref into analyze-schema.json is in force: a bad metric in the embedded analyze report fails.
    const bad = structuredClone(data) as unknown as { stages: { analyze: { layers: Array<{ metrics: { warning: string } }> } } };
    bad.stages.analyze.layers[0]!.metrics.warning = 'bad';
    expect(validate(bad)).toBe(false);
  }, 60_000);

  it('a sharded run merged with a baseline report (reads the demo report back as the baseline)', async () => {
    const model = join(repoRoot, 'examples', 'demo', 'model.onnx');
    const baseline = join(work, 'demo', 'report.json'); // written by the test above
    for (const i of [1, 2]) {
      const s = spawnCli(['run', model, '--shard', `${i}/2`, '--out-dir', join(work, `part${i}`), '--quiet'], work);
      expect(s.status, s.stderr).toBe(0);
    }
    const evalText = join(repoRoot, 'examples', 'demo', 'eval.txt');
    const m = spawnCli(['merge', join(work, 'part1'), join(work, 'part2'), '--model', model, '--eval-text', evalText, '--out-dir', join(work, 'merged'), '--baseline-report', baseline, '--quiet'], work);
    expect(m.status, m.stderr).toBe(0);
    const file = join(work, 'merged', 'report.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as RunReport;
    expect(data.baseline.source).toBe('file');
    expect(data.perplexity.headVsBase).not.toBeNull();
    const validate = strictValidator();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    await expect(readRunReport(file)).resolves.toEqual(data);
  }, 60_000);

  it('hand-built reports: no perplexity, no baseline, a base baseline, no smoothing', async () => {
    const cases: RunReport[] = [
      fixtureReport({ pOriginal: null, pSmoothed: null }),
      fixtureReport({ pSmoothed: null }),
      fixtureReport({ base: snapshot([3, 4, 9]), pBase: 9.5 }),
      fixtureReport({ original: snapshot([null, 3]), smoothed: null }),
      { ...fixtureReport({ smoothed: null }), smoothing: null },
    ];
    expect(cases[0]!.perplexity.original).toBeNull();
    expect(cases[0]!.baseline.ref).toBeNull();
    expect(cases[0]!.baseline.modelSha256).toBeNull();
    expect(cases[2]!.perplexity.headVsBase).not.toBeNull();
    expect(cases[3]!.spectral.original.layers[0]!.alpha).toBeNull();
    for (const [i, r] of cases.entries()) {
      const file = join(work, `fixture-${i}.json`);
      await writeReportJson(file, r);
      await expect(readRunReport(file), `case ${i}`).resolves.toEqual(r);
    }
  });

  it('non-finite numbers, which the writer stores as null with what they were, read back as they were', async () => {
    const r = fixtureReport({ pSmoothed: Infinity });
    const file = join(work, 'infinite.json');
    await writeReportJson(file, r);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/"perplexity": null/);
    const back = await readRunReport(file);
    expect(back.perplexity.smoothed!.perplexity).toBe(Infinity);
    expect(back.perplexity.smoothedVsOriginal!.relative).toBe(Infinity);
  });
});

describe('malformed and hostile reports are refused with the path in the message', () => {
  it('wrong schemaVersion', async () => {
    const err = await refusal({ ...validReport(), schemaVersion: 2 });
    expect(err.message).toMatch(/is not a ww-smooth run report/);
    expect(err.message).toContain('/schemaVersion: 2 must be 1');
  });

  it("verdict.status 'maybe'", async () => {
    const r = validReport();
    r['verdict'].status = 'maybe';
    const err = await refusal(r);
    expect(err.message).toContain('/verdict/status: "maybe" must be one of "pass", "warn", "fail"');
  });

  it('a 1 MB layer name: refused, and the message quotes only the start of it', async () => {
    const r = validReport();
    const name = `evil${'x'.repeat(1024 * 1024)}`;
    r['spectral'].original.layers[1].name = name;
    const err = await refusal(r);
    expect(err.message).toContain(`/spectral/original/layers/1/name: "evilxxx`);
    expect(err.message).toContain(`(${name.length} characters) must NOT have more than 4096 characters`);
    expect(err.message.length).toBeLessThan(1000);
  });

  it('rules not an array', async () => {
    const r = validReport();
    r['verdict'].rules = { 0: 'pass' };
    const err = await refusal(r);
    expect(err.message).toContain('/verdict/rules: object with keys "0" must be array');
  });

  it('missing model', async () => {
    const r = validReport();
    delete r['model'];
    const err = await refusal(r);
    expect(err.message).toContain('/: missing key "model"');
  });

  it('a rule item with a wrong type, an unknown key, passed contradicting a failed status', async () => {
    const r1 = validReport();
    r1['verdict'].rules[2].value = '1e9';
    expect((await refusal(r1)).message).toContain('/verdict/rules/2/value: "1e9" must be number or null');

    const r2 = validReport();
    r2['verdict'].rules[0].html = '<img src=x onerror=alert(1)>';
    expect((await refusal(r2)).message).toContain('/verdict/rules/0: unknown key "html"');

    const r3 = validReport();
    r3['verdict'].status = 'fail';
    r3['verdict'].passed = true;
    expect((await refusal(r3)).message).toContain('/verdict/passed: true must be false');
  });

  it('nullable fields name both what is allowed and the deeper problem, not a bare "must be null"', async () => {
    const r1 = validReport();
    r1['spectral'].smoothed = 5;
    expect((await refusal(r1)).message).toMatch(/: \/spectral\/smoothed: 5 must be object or null$/);

    const r2 = validReport();
    r2['perplexity'].original.device = 'tpu';
    const m2 = (await refusal(r2)).message;
    expect(m2).toMatch(/: \/perplexity\/original\/device: "tpu" must be one of "cpu", "cuda"$/);

    const r3 = validReport();
    r3['stages'] = { analyze: { layers: [] } };
    expect((await refusal(r3)).message).toContain('/stages/analyze: missing key "schemaVersion"');
  });

  it('a hostile key with newlines is quoted on one line; not an object; not JSON', async () => {
    const r = validReport();
    r['timings'][`x\n::error::${'k'.repeat(300)}`] = 1;
    const msg = (await refusal(r)).message;
    expect(msg).not.toContain('\n');
    expect(msg).toMatch(/\/timings: key "x\\n::error::k+"\.\.\. \(311 characters\) must NOT have more than 256 characters$/);

    expect((await refusal([1, 2])).message).toMatch(/is not a ww-smooth run report .*\/: array of 2 items must be object/);
    expect((await refusal(null)).message).toMatch(/\/: null must be object/);
    expect((await refusal('{"schemaVersion": 1,')).message).toMatch(/is not JSON/);
  });
});
