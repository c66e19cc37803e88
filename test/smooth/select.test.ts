import { describe, it, expect } from 'vitest';
import { WwError } from '../../src/errors.js';
import { compilePattern, selectLayers, type SelectionCriteria } from '../../src/smooth/select.js';
import { llamaLike } from './fixtures.js';

const names = (c: SelectionCriteria, blocks = 3): string[] => selectLayers(llamaLike(blocks), c).layers.map((l) => l.name);
const errCode = (c: SelectionCriteria): string | undefined => {
  try {
    selectLayers(llamaLike(), c);
  } catch (err) {
    return err instanceof WwError ? err.code : String(err);
  }
  return undefined;
};

describe('layer selection', () => {
  it('default: every attention/mlp layer, never the head or the embedding', () => {
    const n = names({});
    expect(n).toHaveLength(21);
    expect(n).not.toContain('lm_head.weight');
    expect(n).not.toContain('model.embed_tokens.weight');
  });

  it('glob: * crosses dots, matched with or without .weight', () => {
    expect(names({ layers: 'model.layers.*.mlp.*' })).toEqual([0, 1, 2].flatMap((b) => ['gate', 'up', 'down'].map((p) => `model.layers.${b}.mlp.${p}_proj.weight`)));
    expect(names({ layers: 'model.layers.1.mlp.down_proj' })).toEqual(['model.layers.1.mlp.down_proj.weight']);
    expect(names({ layers: ['*.q_proj*', '*.k_proj*'] })).toHaveLength(6);
    expect(compilePattern('a.?').test('a.b')).toBe(true);
    expect(compilePattern('a.?').test('axb')).toBe(false);
  });

  it('regex is searched, and may contain commas', () => {
    expect(names({ layers: '/layers\\.[12]\\.self_attn\\.(q|v)_proj/' })).toEqual([
      'model.layers.1.self_attn.q_proj.weight',
      'model.layers.1.self_attn.v_proj.weight',
      'model.layers.2.self_attn.q_proj.weight',
      'model.layers.2.self_attn.v_proj.weight',
    ]);
    expect(names({ layers: '/layers\\.[0-9]{1,2}\\.mlp\\.up/' })).toHaveLength(3);
  });

  it('consumer node names match too (anonymous initializers in exported graphs)', () => {
    expect(names({ layers: '/model/model.layers.0.mlp.up_proj/*' })).toEqual(['model.layers.0.mlp.up_proj.weight']);
  });

  it('blocks: ranges, lists, last:N, AND-ed with names and roles', () => {
    expect(new Set(names({ blocks: '1-2' }).map((n) => n.split('.')[2]))).toEqual(new Set(['1', '2']));
    expect(names({ blocks: 'last:1', roles: ['mlp'] })).toEqual(['model.layers.2.mlp.gate_proj.weight', 'model.layers.2.mlp.up_proj.weight', 'model.layers.2.mlp.down_proj.weight']);
    expect(names({ layers: ['last:2', 'role:mlp', '*up_proj*'] }, 5)).toEqual(['model.layers.3.mlp.up_proj.weight', 'model.layers.4.mlp.up_proj.weight']);
    expect(names({ layers: 'blocks:0,role:attention' })).toHaveLength(4);
    expect(names({ blocks: '0,2' })).toHaveLength(14);
  });

  it('roles: the head and the embedding only when asked for by role or exact name', () => {
    expect(names({ roles: ['head'] })).toEqual(['lm_head.weight']);
    expect(names({ layers: 'lm_head.weight' })).toEqual(['lm_head.weight']);
    expect(names({ layers: '*' })).not.toContain('lm_head.weight');
    expect(names({ layers: 'role:embedding' })).toEqual(['model.embed_tokens.weight']);
    // A wildcard that hits only the head selects nothing, and the error says how to ask for it.
    expect(() => selectLayers(llamaLike(), { layers: '*head*' })).toThrow(/role:head/);
  });

  it('exclusions drop a layer that matches any one item', () => {
    expect(names({ exclude: ['role:attention', 'blocks:0'] })).toEqual(['model.layers.1.mlp.gate_proj.weight', 'model.layers.1.mlp.up_proj.weight', 'model.layers.1.mlp.down_proj.weight', 'model.layers.2.mlp.gate_proj.weight', 'model.layers.2.mlp.up_proj.weight', 'model.layers.2.mlp.down_proj.weight']);
    expect(names({ layers: 'model.layers.*.mlp.*', exclude: '*down*' })).toHaveLength(6);
  });

  it('errors: nothing selected, a non-dense tensor, bad patterns', () => {
    expect(errCode({ layers: 'transformer.h.*' })).toBe('SELECTION_EMPTY');
    expect(errCode({ blocks: '7-9' })).toBe('SELECTION_EMPTY');
    expect(errCode({ layers: '*', exclude: '*' })).toBe('SELECTION_EMPTY');
    expect(errCode({ layers: 'model.layers.9.mlp.qweight' })).toBe('NOT_DENSE');
    expect(errCode({ layers: '/([/' })).toBe('CONFIG_INVALID');
    expect(errCode({ blocks: '5-3' })).toBe('CONFIG_INVALID');
    expect(errCode({ layers: 'role:ffn' })).toBe('CONFIG_INVALID');
  });
});
