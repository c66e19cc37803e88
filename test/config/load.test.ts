/**
 * Config loading: YAML and JSON files validated by the JSON Schema with the ajv path, the value and
 * what was expected in the message; a missing file is CONFIG_NOT_FOUND; precedence is built-in
 * defaults < config file < inputs/flags; examples/ww-smooth.yml validates.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { overridesFromInputs } from '../../src/config/inputs.js';
import { buildPlan, readConfigFile, validateConfig, type ConfigFile } from '../../src/config/load.js';
import schema from '../../src/config/schema.json' with { type: 'json' };
import { WwError } from '../../src/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ww-config-'));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function configError(p: string): Promise<WwError> {
  const err = await readConfigFile(p).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(WwError);
  return err as WwError;
}

describe('readConfigFile errors', () => {
  it('unknown key: names the path, the key and the allowed keys', async () => {
    const err = await configError(file('unknown.yml', 'smooth:\n  methd: detX\n'));
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toContain('unknown.yml');
    expect(err.message).toContain('/smooth: unknown key "methd"');
    expect(err.message).toMatch(/allowed: enabled, method, value/);
  });
  it('wrong type: the ajv path, the value and the expected type', async () => {
    const err = await configError(file('type.yml', 'eval:\n  context: "long"\n'));
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toContain('/eval/context: "long" must be integer');
  });
  it('out-of-range threshold: the ajv path and the bound', async () => {
    const err = await configError(file('range.yml', 'gate:\n  over-trained:\n    fail: -1\n'));
    expect(err.message).toContain('/gate/over-trained/fail: -1 must be >= 0');
    const pct = await configError(file('pct.yml', 'gate:\n  perplexity-increase:\n    fail: 5 percent\n'));
    expect(pct.message).toContain('/gate/perplexity-increase/fail: "5 percent"');
    expect(pct.message).toMatch(/is not a limit; expected a percent like "5%", perplexity points like "0.3pt", or "none"/);
  });
  it('an enum value lists the allowed values', async () => {
    const err = await configError(file('enum.json', JSON.stringify({ smooth: { method: 'svd' } })));
    expect(err.message).toContain('/smooth/method: "svd" must be one of "detX", "percent", "rank-fraction", "mp", "tail", "rank"');
  });
  it('reports every problem, not just the first', async () => {
    const err = await configError(file('many.yml', 'eval:\n  context: 1\nreport:\n  comment: loud\n'));
    expect(err.message).toContain('/eval/context: 1 must be >= 2');
    expect(err.message).toContain('/report/comment: "loud" must be one of');
  });
  it('a missing file is CONFIG_NOT_FOUND, not a silent default', async () => {
    const err = await configError(path.join(dir, 'nope.yml'));
    expect(err.code).toBe('CONFIG_NOT_FOUND');
    expect(err.message).toContain('nope.yml does not exist');
  });
  it('broken YAML and JSON name the file and (YAML) the line', async () => {
    const y = await configError(file('broken.yml', 'eval:\n  context: [1,\n'));
    expect(y.code).toBe('CONFIG_INVALID');
    expect(y.message).toMatch(/broken\.yml: not valid YAML at line \d+/);
    const j = await configError(file('broken.json', '{"eval": '));
    expect(j.message).toMatch(/broken\.json: not valid JSON/);
  });
  it('a key given twice in YAML is an error', async () => {
    const err = await configError(file('dup.yml', 'model: a.onnx\nmodel: b.onnx\n'));
    expect(err.code).toBe('CONFIG_INVALID');
  });
});

describe('YAML and JSON', () => {
  it('the same config reads the same from either', async () => {
    const cfg: ConfigFile = { model: 'm.onnx', eval: { context: 128, 'max-tokens': 0 }, smooth: { method: 'rank', value: 8, layers: ['role:mlp'] }, gate: { 'perplexity-increase': { fail: '3%', warn: '0.2pt' } } };
    const y = await readConfigFile(file('same.yaml', 'model: m.onnx\neval:\n  context: 128\n  max-tokens: 0\nsmooth:\n  method: rank\n  value: 8\n  layers: [role:mlp]\ngate:\n  perplexity-increase: { fail: 3%, warn: 0.2pt }\n'));
    const j = await readConfigFile(file('same.json', JSON.stringify(cfg)));
    expect(y).toEqual(cfg);
    expect(j).toEqual(cfg);
  });
  it('an empty file is an empty config', async () => {
    expect(await readConfigFile(file('empty.yml', ''))).toEqual({});
  });
});

describe('precedence: defaults < file < inputs', () => {
  const inputs = (values: Record<string, string>) => overridesFromInputs((name) => values[name] ?? '');
  const plan = (fileCfg: ConfigFile, values: Record<string, string>) =>
    buildPlan({ file: fileCfg, filePath: '/repo/.ww-smooth.yml', overrides: inputs(values), overridesSource: 'action inputs', defaultCommentKey: 'k', cwd: '/repo' });

  it('a value only in the defaults, only in the file, in both file and inputs', () => {
    const p = plan({ model: 'file.onnx', eval: { context: 128, text: 'eval.txt' }, gate: { 'alpha-range': { min: 1.5 } } }, { model: 'input.onnx', 'alpha-max': '7' });
    expect(p.model.source).toBe('input.onnx'); // inputs win over the file
    expect(p.eval.context).toBe(128); // the file wins over the default (null: the convention's 256, capped by the model)
    expect(p.eval.text).toBe('/repo/eval.txt'); // file paths resolve against the workspace
    expect(p.eval.maxTokens).toBe(16384); // default
    expect(p.gate.alphaRange).toEqual({ min: 1.5, max: 7 }); // file and input merge key by key
    expect(p.smooth.method).toBe('auto'); // default with an eval text
    expect(p.report.commentKey).toBe('k');
  });

  it('method: auto by default with an eval text, detX without one (saying why); explicit auto needs a text', () => {
    const withText = plan({ model: 'm.onnx', eval: { text: 'eval.txt' } }, {});
    expect(withText.smooth.method).toBe('auto');
    expect(withText.smooth.budget).toBeNull(); // the gate's warn level applies
    expect(withText.smooth.searchMaxEvals).toBe(300);
    const noText = plan({ model: 'm.onnx' }, {});
    expect(noText.smooth.method).toBe('detX');
    expect(noText.smooth.methodReason).toMatch(/needs eval-text/);
    expect(plan({ model: 'm.onnx', eval: { text: 'eval.txt' } }, { method: 'detX' }).smooth.method).toBe('detX');
    expect(() => plan({ model: 'm.onnx' }, { method: 'auto' })).toThrow(/needs eval.text/);
    expect(() => plan({ model: 'm.onnx', eval: { text: 't' }, smooth: { overrides: [{ layers: 'x', method: 'auto' }] } }, {})).toThrow(/not to an override/);
    const inputsGiven = plan({ model: 'm.onnx', eval: { text: 't' } }, { 'smooth-budget': '1%', 'search-max-evals': '40' });
    expect(inputsGiven.smooth.budget).toEqual({ kind: 'relative', value: 0.01 });
    expect(inputsGiven.smooth.searchMaxEvals).toBe(40);
  });
  it('smooth.objective: probe needs eval.probe; unknown objectives are refused by the schema; the default leaves the plan as before', () => {
    expect(plan({ model: 'm.onnx', eval: { text: 't' } }, {}).smooth).not.toHaveProperty('objective');
    expect(plan({ model: 'm.onnx', eval: { text: 't' }, smooth: { objective: 'perplexity' } }, {}).smooth).not.toHaveProperty('objective');
    expect(plan({ model: 'm.onnx', eval: { text: 't', probe: 'p.jsonl' }, smooth: { objective: 'probe' } }, {}).smooth.objective).toBe('probe');
    expect(plan({ model: 'm.onnx', eval: { text: 't', probe: 'p.jsonl' } }, { 'search-objective': 'probe' }).smooth.objective).toBe('probe');
    expect(() => plan({ model: 'm.onnx', eval: { text: 't' } }, { 'search-objective': 'probe' })).toThrow(/smooth.objective probe needs probe items.*eval.probe/);
    expect(() => plan({ model: 'm.onnx', eval: { text: 't' }, smooth: { objective: 'accuracy' as 'probe' } }, {})).toThrow(WwError);
    expect(() => plan({ model: 'm.onnx', eval: { text: 't' } }, { 'search-objective': 'ppl' })).toThrow(/objective/);
  });
  it('inputs override one level of a file rule and keep the other', () => {
    const p = plan({ model: 'm.onnx', gate: { 'perplexity-increase': { warn: '1%', fail: '3%' } } }, { 'max-perplexity-increase': '4%' });
    expect(p.gate.perplexityIncrease).toEqual({ warn: { kind: 'relative', value: 0.01 }, fail: { kind: 'relative', value: 0.04 } });
  });
  it('without file or input a rule has its built-in levels', () => {
    const p = plan({ model: 'm.onnx' }, {});
    expect(p.gate.perplexityIncrease).toEqual({ warn: { kind: 'relative', value: 0.02 }, fail: { kind: 'relative', value: 0.05 } });
  });
  it('method with a value from an input replaces the file\'s method and value', () => {
    const p = plan({ model: 'm.onnx', smooth: { method: 'percent', value: 0.5 } }, { method: 'rank:12' });
    expect(p.smooth.method).toBe('rank');
    expect(p.smooth.value).toBe(12);
  });
  it('an input that breaks the schema names the inputs as its source', () => {
    expect(() => plan({ model: 'm.onnx' }, { comment: 'loud' })).toThrowError(/action inputs: \/report\/comment: "loud" must be one of/);
  });
});

describe('examples/ww-smooth.yml', () => {
  const example = path.resolve(__dirname, '../../examples/ww-smooth.yml');
  it('validates against src/config/schema.json (ajv, independently of the loader)', async () => {
    const { readFileSync } = await import('node:fs');
    const data = parse(readFileSync(example, 'utf8')) as unknown;
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(validateConfig(data, example)).toBeTruthy();
  });
  it('loads and builds a plan with every section used', async () => {
    const cfg = await readConfigFile(example);
    const p = buildPlan({ file: cfg, filePath: example, overrides: {}, overridesSource: 'inputs', defaultCommentKey: 'k', cwd: '/repo' });
    expect(p.smooth.method).toBe('auto');
    expect(p.smooth.overrides.length).toBe(2);
    expect(p.gate.newLayersOutsideAlpha).toEqual({ warn: 1, fail: 3 });
    expect(p.report.commentKey).toBe('model-gate');
  });
});
