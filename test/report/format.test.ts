/** The shared formatters: signs, units, non-finite values and intervals read as documented. */
import { describe, expect, it } from 'vitest';
import { fmtDelta, fmtDeltaWithInterval, fmtNum, fmtPercent, fmtSigned, fmtThreshold } from '../../src/report/format.js';

describe('format', () => {
  it('signed numbers: "+" from zero up, and a value rounding to zero is never "-0.000"', () => {
    expect([fmtSigned(0.23, 3), fmtSigned(-1.5, 3), fmtSigned(-0.0004, 3), fmtSigned(0, 2), fmtSigned(NaN, 2)]).toEqual(['+0.230', '-1.500', '+0.000', '+0.00', 'n/a']);
    expect([fmtPercent(0.0535), fmtPercent(-0.00001), fmtPercent(Infinity)]).toEqual(['+5.35%', '+0.00%', 'n/a']);
  });
  it('thresholds carry their unit as the config spells it', () => {
    expect(fmtThreshold({ kind: 'relative', value: 0.05 })).toBe('5%');
    expect(fmtThreshold({ kind: 'absolute', value: 0.3 })).toBe('0.3pt');
  });
  it('deltas with and without an interval; a non-finite one is n/a', () => {
    const d = { absolute: 0.2, relative: 0.02 };
    expect(fmtDelta(d)).toBe('+2.00% (+0.2000)');
    const ci = { level: 0.95, relativeLow: -0.004, relativeHigh: 0.045, absoluteLow: -0.04, absoluteHigh: 0.45, probabilityIncrease: 0.9, resamples: 2000, seed: 1, windows: 9 };
    expect(fmtDeltaWithInterval({ ...d, ci })).toBe('+2.00% (+0.2000), 95% CI [-0.40%, +4.50%]');
    expect(fmtDelta({ absolute: NaN, relative: NaN })).toBe('n/a (NaN)');
    expect([fmtNum(null), fmtNum(NaN), fmtNum(2.5)]).toEqual(['—', 'n/a', '2.500']);
  });
});
