/**
 * Gate levels as users write them: explicit units ("5%", "0.3pt"), "none" to switch a level off,
 * each level keeping its own default when the other is set, and a bare number refused with a
 * message that suggests both units. Also: the inputs that land in the config have no default in
 * action.yml, because the runner fills declared defaults in and they would then always beat the
 * config file (smooth.enabled: false was lost that way).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { BOOLEAN_INPUTS, CONFIG_INPUTS, overridesFromInputs } from '../../src/config/inputs.js';
import { buildPlan, parseThreshold, validateConfig, type ConfigFile } from '../../src/config/load.js';
import { WwError } from '../../src/errors.js';

const plan = (file: ConfigFile, inputs: Record<string, string> = {}) =>
  buildPlan({ file, filePath: '/repo/.ww-smooth.yml', overrides: overridesFromInputs((n) => inputs[n] ?? ''), overridesSource: 'action inputs', defaultCommentKey: 'k', cwd: '/repo' });

function thrown(f: () => unknown): WwError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(WwError);
    return e as WwError;
  }
  throw new Error('expected an error');
}

describe('threshold units', () => {
  it('"5%" is relative, "0.3pt" is perplexity points, "none" is off', () => {
    expect(parseThreshold('5%')).toEqual({ kind: 'relative', value: 0.05 });
    expect(parseThreshold('0.3pt')).toEqual({ kind: 'absolute', value: 0.3 });
    expect(parseThreshold('none')).toBeNull();
  });
  it('a bare number in the config file is an error that suggests both units', () => {
    const e = thrown(() => validateConfig({ gate: { 'perplexity-increase': { fail: 5 } } }, 'cfg.yml'));
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.message).toBe('cfg.yml: /gate/perplexity-increase/fail: 5 has no unit; expected a unit: write "5%" for a relative increase or "5pt" for perplexity points (or "none" to switch the level off)');
  });
  it('a bare number as an action input is an error naming the input', () => {
    const e = thrown(() => plan({ model: 'm.onnx' }, { 'max-perplexity-increase': '5' }));
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.message).toContain('input max-perplexity-increase');
    expect(e.message).toContain('write "5%" for a relative increase or "5pt" for perplexity points');
  });
});

describe('each level keeps its own default', () => {
  it('setting only the warn level keeps the 5% fail default', () => {
    const p = plan({ model: 'm.onnx' }, { 'warn-perplexity-increase': '1%' });
    expect(p.gate.perplexityIncrease).toEqual({ warn: { kind: 'relative', value: 0.01 }, fail: { kind: 'relative', value: 0.05 } });
  });
  it('setting only the fail level keeps the 2% warn default', () => {
    const p = plan({ model: 'm.onnx' }, { 'max-perplexity-increase': '6%' });
    expect(p.gate.perplexityIncrease).toEqual({ warn: { kind: 'relative', value: 0.02 }, fail: { kind: 'relative', value: 0.06 } });
  });
  it('the same in the config file: a rule object with only fail keeps warn', () => {
    const p = plan({ model: 'm.onnx', gate: { 'base-perplexity-increase': { fail: '3%' }, 'mean-alpha-change': { fail: 1 } } });
    expect(p.gate.basePerplexityIncrease.warn).toEqual({ kind: 'relative', value: 0.02 });
    expect(p.gate.meanAlphaChange).toEqual({ warn: 0.25, fail: 1 });
  });
  it('"none" switches one level off and leaves the other', () => {
    const p = plan({ model: 'm.onnx', gate: { 'new-layers-outside-alpha': { warn: 'none', fail: 2 } } }, { 'warn-perplexity-increase': 'none' });
    expect(p.gate.perplexityIncrease).toEqual({ warn: null, fail: { kind: 'relative', value: 0.05 } });
    expect(p.gate.newLayersOutsideAlpha).toEqual({ warn: null, fail: 2 });
  });
  it('a default warn above an explicit fail level is no error; two explicit ones are', () => {
    expect(plan({ model: 'm.onnx' }, { 'max-perplexity-increase': '1%' }).gate.perplexityIncrease.fail).toEqual({ kind: 'relative', value: 0.01 });
    expect(thrown(() => plan({ model: 'm.onnx', gate: { 'perplexity-increase': { warn: '3%', fail: '1%' } } })).message).toMatch(/warn level \(3%\) must not be above the fail level \(1%\)/);
  });
  it('significance is read per perplexity rule', () => {
    const p = plan({ model: 'm.onnx', gate: { 'perplexity-increase': { significance: 0.95 } } });
    expect(p.gate.perplexityIncrease.significance).toBe(0.95);
    expect(p.gate.basePerplexityIncrease.significance).toBeUndefined();
    expect(() => validateConfig({ gate: { 'perplexity-increase': { significance: 1.5 } } }, 'c')).toThrow(/significance/);
    const q = plan({ model: 'm.onnx', gate: { 'perplexity-increase': { significance: 0.9 } } }, { 'perplexity-significance': '0.99', 'base-perplexity-significance': '0.95' });
    expect(q.gate.perplexityIncrease.significance).toBe(0.99); // the input beats the file
    expect(q.gate.basePerplexityIncrease.significance).toBe(0.95);
    expect(q.gate.perplexityIncrease.fail).toEqual({ kind: 'relative', value: 0.05 }); // levels keep their defaults
    expect(() => plan({ model: 'm.onnx' }, { 'perplexity-significance': '1.5' })).toThrow(/significance/);
  });
});

describe('config file values and the runner-filled input defaults', () => {
  const action = parse(readFileSync(path.resolve(__dirname, '../../action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  it("every input that lands in the config has the default '' in action.yml", () => {
    for (const spec of [...CONFIG_INPUTS, ...BOOLEAN_INPUTS]) {
      expect(action.inputs[spec.input], spec.input).toBeDefined();
      expect(action.inputs[spec.input]!.default ?? '', spec.input).toBe('');
    }
  });
  it('with every input at its action.yml default, the config file decides (smooth.enabled: false, factorize, attach-to-release)', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default ?? '']));
    const p = plan({ model: 'm.onnx', smooth: { enabled: false, factorize: true }, report: { 'attach-to-release': true } }, defaults);
    expect(p.smooth.enabled).toBe(false);
    expect(p.smooth.factorize).toBe(true);
    expect(p.report.attachToRelease).toBe(true);
  });
  it('an input the workflow sets still wins, and a boolean must be spelled true/false', () => {
    const p = plan({ model: 'm.onnx', smooth: { enabled: false } }, { smooth: 'true' });
    expect(p.smooth.enabled).toBe(true);
    expect(thrown(() => plan({ model: 'm.onnx' }, { factorize: 'yes' })).message).toBe('input factorize: "yes" is not valid; expected true or false');
  });
});
