import { describe, it, expect } from 'vitest';
import { WwError } from '../../src/errors.js';
import { parseRule, rankEffect, resolveRank, staticRank } from '../../src/smooth/rules.js';

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof WwError ? err.code : `not a WwError: ${String(err)}`;
  }
  return undefined;
};

describe('rank rules', () => {
  it('defaults to detX, as WeightWatcher SVDSmoothing', () => {
    expect(parseRule({}, 'smooth')).toEqual({ method: 'detX' });
  });

  it('percent: k = int(p * M) with M = min(m, n); negative removes the top |k| (WeightWatcher tests: 4096x4096, 0.2 -> 819)', () => {
    expect(staticRank(parseRule({ method: 'percent', percent: 0.2 }, 's'), 4096, 4096)).toBe(819);
    expect(staticRank(parseRule({ method: 'percent', percent: -0.2 }, 's'), 4096, 4096)).toBe(-819);
    // 4096 - 819 = 3277 components remain after removing the top 819, as WeightWatcher's test expects.
    expect(rankEffect(-819, 4096, 4096)).toBe('remove-top');
    // default percent 0.8 of M = 64 -> int(51.2) = 51
    expect(staticRank(parseRule({ method: 'percent' }, 's'), 172, 64)).toBe(51);
  });

  it('rank-fraction: k = floor(rho * min(m, n)) (LASER)', () => {
    expect(staticRank(parseRule({ method: 'rank-fraction', rho: 0.01 }, 's'), 4096, 11008)).toBe(40);
    expect(staticRank(parseRule({ method: 'rank-fraction', value: 0.5 }, 's'), 172, 64)).toBe(32);
    expect(staticRank(parseRule({ method: 'rank-fraction', rho: 1 }, 's'), 10, 7)).toBe(7);
  });

  it('rank: fixed k; value is the config form of k', () => {
    expect(staticRank(parseRule({ method: 'rank', k: 63 }, 's'), 64, 172)).toBe(63);
    expect(staticRank(parseRule({ method: 'rank', value: 5 }, 's'), 64, 172)).toBe(5);
  });

  it('spectrum rules take their count: detX_num, num_spikes, num_pl_spikes', () => {
    const counts = { detX_num: 11, num_spikes: 3, num_pl_spikes: 17 };
    expect(resolveRank({ method: 'detX' }, 64, 64, counts)).toBe(11);
    expect(resolveRank({ method: 'mp' }, 64, 64, counts)).toBe(3);
    expect(resolveRank({ method: 'tail' }, 64, 64, counts)).toBe(17);
    expect(staticRank({ method: 'detX' }, 64, 64)).toBeNull();
  });

  it('k = 0 and k >= min(m, n) leave the layer unchanged', () => {
    expect(rankEffect(0, 64, 172)).toBe('unchanged-zero');
    expect(rankEffect(64, 64, 172)).toBe('unchanged-full');
    expect(rankEffect(500, 64, 172)).toBe('unchanged-full');
    expect(rankEffect(63, 64, 172)).toBe('keep-top');
  });

  it('out-of-range parameters are RANK_OUT_OF_RANGE; missing ones CONFIG_INVALID', () => {
    expect(code(() => parseRule({ method: 'rank', k: -1 }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'rank', k: 2.5 }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'rank-fraction', rho: 0 }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'rank-fraction', rho: 1.5 }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'percent', percent: -1.2 }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'percent', percent: Number.NaN }, 's'))).toBe('RANK_OUT_OF_RANGE');
    expect(code(() => parseRule({ method: 'rank' }, 's'))).toBe('CONFIG_INVALID');
    expect(code(() => parseRule({ method: 'rank-fraction' }, 's'))).toBe('CONFIG_INVALID');
    expect(code(() => parseRule({ method: 'svd' as never }, 's'))).toBe('CONFIG_INVALID');
  });

  it('an override inherits value only for the same method', () => {
    const top = { method: 'rank' as const, value: 60 };
    expect(parseRule({}, 'o', top)).toEqual({ method: 'rank', k: 60 });
    expect(parseRule({ method: 'percent' }, 'o', top)).toEqual({ method: 'percent', percent: 0.8 });
  });
});
