import { describe, it, expect } from 'vitest';
import { WwError } from '../../src/errors.js';
import { buildPlan, formatPlan } from '../../src/smooth/plan.js';
import type { SmoothPlanConfig } from '../../src/smooth/types.js';
import { llamaLike } from './fixtures.js';

const errCode = (c: SmoothPlanConfig): string | undefined => {
  try {
    buildPlan(llamaLike(), c);
  } catch (err) {
    return err instanceof WwError ? err.code : String(err);
  }
  return undefined;
};

describe('smoothing plan', () => {
  it('static rules fix k from the shape; spectrum rules leave it to the spectrum', () => {
    const p = buildPlan(llamaLike(), { method: 'rank-fraction', rho: 0.5, layers: 'model.layers.0.*' });
    expect(p.layers.map((l) => l.k)).toEqual([32, 32, 32, 32, 32, 32, 32]); // min(64, 64|172) = 64
    const d = buildPlan(llamaLike(), { layers: 'model.layers.0.*' });
    expect(d.layers.every((l) => l.rule.method === 'detX' && l.k === null)).toBe(true);
    expect(formatPlan(d)).toContain('k decided from the spectrum');
  });

  it('overrides: first match wins, skip drops a layer, value inherits only for the same method', () => {
    const p = buildPlan(llamaLike(), {
      method: 'rank',
      value: 60,
      layers: 'model.layers.2.*',
      overrides: [
        { layers: ['*down_proj*'], skip: true },
        { layers: ['role:mlp'], method: 'percent', value: 0.25 },
        { layers: ['*q_proj*'] , method: 'rank', k: 8 },
        { layers: ['role:mlp'], method: 'rank', k: 3 },
        { layers: ['*nothing*'], method: 'mp' },
      ],
    });
    const byName = new Map(p.layers.map((l) => [l.layer.name.split('.').slice(3).join('.'), l]));
    expect(byName.has('mlp.down_proj.weight')).toBe(false);
    expect(byName.get('mlp.up_proj.weight')!.rule).toEqual({ method: 'percent', percent: 0.25 });
    expect(byName.get('mlp.up_proj.weight')!.k).toBe(16); // int(0.25 * 64)
    expect(byName.get('self_attn.q_proj.weight')!.k).toBe(8);
    expect(byName.get('self_attn.k_proj.weight')!.k).toBe(60);
    expect(p.notes.some((n) => n.includes('overrides[4]') && n.includes('matches no selected layer'))).toBe(true);
    expect(p.notes.some((n) => n.includes('overrides[3]'))).toBe(true); // shadowed by overrides[1]
  });

  it('accepts the typed plan of src/config (null fields)', () => {
    const p = buildPlan(llamaLike(), { method: 'rank', value: 5, layers: [], exclude: [], factorize: true, overrides: [{ layers: ['role:attention'], method: null, value: 7, skip: false }] });
    expect(p.factorize).toBe(true);
    expect(new Set(p.layers.map((l) => `${l.layer.role}:${l.k}`))).toEqual(new Set(['attention:7', 'mlp:5']));
  });

  it('a bad rank fails before the selection is looked at', () => {
    expect(errCode({ method: 'rank', k: -3, layers: 'nothing.matches' })).toBe('RANK_OUT_OF_RANGE');
    expect(errCode({ layers: 'nothing.matches', overrides: [{ layers: '*', method: 'rank-fraction', rho: 2 }] })).toBe('RANK_OUT_OF_RANGE');
    expect(errCode({ layers: 'nothing.matches' })).toBe('SELECTION_EMPTY');
    expect(errCode({ overrides: [{ layers: '*', skip: true }] })).toBe('SELECTION_EMPTY');
  });
});
