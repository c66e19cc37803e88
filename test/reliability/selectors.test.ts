/**
 * Hostile selectors (issue 14, cases 3 and 8): a `/regex/` from a pull request's config must not
 * backtrack catastrophically, the `g` flag must not make matching stateful, and layer globs keep
 * their meaning (`*` crosses `.` and `/`, brackets are literal) now that minimatch matches them.
 */
import { describe, it, expect } from 'vitest';
import { parseLayerSpec } from '../../src/engine/analyze.js';
import { compileSelector } from '../../src/smooth/select.js';
import { buildPlan } from '../../src/smooth/plan.js';
import { catastrophicReason, compileNamePattern, compileRegexLiteral } from '../../src/util/pattern.js';
import { WwError } from '../../src/errors.js';
import { codeOfSync } from '../helpers/errors.js';
import type { DenseLayer } from '../../src/model/types.js';

const layer = (index: number, name: string): DenseLayer => ({ index, name } as unknown as DenseLayer);


describe('regex selectors are bounded', () => {
  it.each([
    ['/(a+)+$/', 'nested quantifiers'],
    ['/(a*)*b/', 'nested quantifiers'],
    ['/(?:a+){2,}/', 'nested quantifiers'],
    ['/(a|aa)+$/', 'alternation'],
    ['/(x+x+)+y/', 'nested quantifiers'],
    ['/(a)\\1+/', 'back-reference'],
    ['/.*a.*b.*c/', 'unbounded repetitions'],
  ])('%s is refused (CONFIG_INVALID: %s) without running it', (text, why) => {
    expect(catastrophicReason(text.slice(1, -1))).toMatch(new RegExp(why));
    const t0 = performance.now();
    expect(codeOfSync(() => compileSelector([text], 'smooth.layers'))).toBe('CONFIG_INVALID');
    expect(codeOfSync(() => parseLayerSpec(text))).toBe('INPUT_INVALID');
    expect(performance.now() - t0).toBeLessThan(50);
  });
  it('on main, /(a+)+$/ against a 27-character name is the exponential case (measured 11.7 s); here it never runs', () => {
    // The name the issue timed; with the pattern refused, matching a list of such names is instant.
    const name = 'a'.repeat(26) + '!';
    expect(() => compileRegexLiteral('/(a+)+$/', { key: 'k' })).toThrow(/nested quantifiers/);
    expect(compileNamePattern('/a+$/', { key: 'k' }).test(name)).toBe(false);
  });
  it.each(['/mlp/', '/layers\\.(0|1)\\./', '/(?:q|k|v)_proj/', '/^model\\.layers\\.[0-9]+\\.mlp\\..*$/', '/a{1,3}b/', '/(?<blk>\\d+)\\.mlp/'])('%s is accepted', (text) => {
    expect(codeOfSync(() => compileRegexLiteral(text, { key: 'k' }))).toBe('ok');
  });
});

describe('/regex/g is not stateful (main: every other match skipped)', () => {
  const layers = [0, 1, 2, 3, 4, 5].map((i) => layer(i, `model.layers.${i}.mlp.up_proj.weight`));
  it('analyze --layers /mlp/g selects every layer', () => {
    const pick = parseLayerSpec('/mlp/g');
    expect(layers.filter(pick).map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  it('smooth.layers /mlp/gy matches every name, again and again', () => {
    const p = compileNamePattern('/mlp/gy', { key: 'smooth.layers' });
    expect(layers.map((l) => p.test(l.name))).toEqual([true, true, true, true, true, true]);
    expect(layers.map((l) => p.test(l.name))).toEqual([true, true, true, true, true, true]);
  });
});

describe('layer globs through minimatch keep their meaning', () => {
  it.each([
    ['model.layers.*.mlp.*', 'model.layers.3.mlp.down_proj.weight', true],
    ['*mlp*', '/model/layers.0/mlp/MatMul', true],
    ['/model/*/MatMul', '/model/layers.0/mlp/MatMul', true],
    ['layers.?.mlp*', 'layers.12.mlp.w', false],
    ['w[0]*', 'w[0].weight', true],
    ['w[0]*', 'w0.weight', false],
    ['{a,b}*', 'a.weight', false],
    ['{a,b}*', '{a,b}.weight', true],
    ['.hidden*', '.hidden.w', true],
  ])('%s vs %s -> %s', (glob, name, expected) => {
    expect(compileNamePattern(glob, { key: 'k' }).test(name)).toBe(expected);
  });
  it('a pattern over 1000 characters is refused with its length, the echo elided', () => {
    try {
      compileNamePattern('*' + 'x'.repeat(5000), { key: 'smooth.layers' });
      expect.unreachable();
    } catch (e) {
      expect((e as WwError).code).toBe('CONFIG_INVALID');
      expect((e as Error).message.length).toBeLessThan(400);
    }
  });
});

describe('selector lists are bounded (each item is tried on every layer)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `model.layers.${i}.*`);
  const layers = Array.from({ length: 40 }, (_, i) => ({ ...layer(i, `model.layers.${i}.mlp.w`), role: 'mlp', block: i, consumers: [], module: null }) as DenseLayer);
  it('256 items are accepted; 257 in layers, exclude, one override or --layers are refused naming the key', () => {
    expect(codeOfSync(() => compileSelector(many(256), 'smooth.layers'))).toBe('ok');
    const err = (() => { try { compileSelector(many(257), 'smooth.exclude'); } catch (e) { return e as WwError; } return null; })();
    expect(err?.code).toBe('CONFIG_INVALID');
    expect(err?.message).toBe('smooth.exclude: 257 selectors, more than 256; select with globs, /regex/, blocks: or roles: instead of listing layers one by one');
    expect(codeOfSync(() => parseLayerSpec(many(257).join(',')))).toBe('INPUT_INVALID');
    const overrides = Array.from({ length: 257 }, (_, i) => ({ layers: [`model.layers.${i}.*`], method: null, value: null, skip: true }));
    expect(codeOfSync(() => buildPlan({ layers, skipped: [] }, { method: 'rank', k: 2, overrides }))).toBe('CONFIG_INVALID');
  });
  it('a selection that matches nothing quotes a few of its items, not all of them', () => {
    const long = Array.from({ length: 256 }, (_, i) => `nothing.${i}.${'x'.repeat(900)}`);
    const err = (() => { try { buildPlan({ layers, skipped: [] }, { method: 'rank', k: 2, layers: long }); } catch (e) { return e as WwError; } return null; })();
    expect(err?.code).toBe('SELECTION_EMPTY');
    expect(err?.message).toContain('and 248 more');
    expect(err!.message.length).toBeLessThan(2000);
  });
});
