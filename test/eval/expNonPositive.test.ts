/**
 * The NLL's exp (src/eval/expNonPositive.ts) against closed forms (exp(-k ln 2) = 2^-k, exp(0) = 1)
 * and against Math.exp over the range logsumexp uses.
 */
import { describe, expect, it } from 'vitest';
import { expNonPositive } from '../../src/eval/expNonPositive.js';
import { mulberry32 } from '../../src/util/prng.js';

describe('expNonPositive', () => {
  it('gives 2^-k at y = -k ln 2 and 1 at 0 (closed forms)', () => {
    expect(expNonPositive(0)).toBe(1);
    expect(expNonPositive(-0)).toBe(1);
    for (let k = 1; k <= 1000; k++) {
      const y = -k * Math.LN2;
      // y is not exactly -k ln 2: Math.LN2 is 2.4e-17 off ln 2 and the product rounds by half an ulp,
      // and an error e in y is a relative error e in exp(y); on top of that, our 4.5e-16
      const tol = 4.5e-16 + k * 2.4e-17 + Math.abs(y) * 2 ** -53;
      expect(Math.abs(expNonPositive(y) / 2 ** -k - 1)).toBeLessThan(tol);
    }
  });

  it('matches Math.exp within 4.5e-16 relative from 0 down to -700', () => {
    const u = mulberry32(11);
    let worst = 0;
    for (let i = 0; i < 200_000; i++) {
      // half the draws where logits usually sit (within 40 of the max), half over the whole range
      const y = -u() * (i % 2 === 0 ? 40 : 700);
      worst = Math.max(worst, Math.abs(expNonPositive(y) / Math.exp(y) - 1));
    }
    expect(worst).toBeLessThan(4.5e-16);
  });

  it('underflows to 0 where exp does, keeps NaN and maps -Infinity to 0', () => {
    expect(expNonPositive(-746)).toBe(0);
    expect(Math.exp(-746)).toBe(0);
    expect(expNonPositive(-1e9)).toBe(0);
    expect(expNonPositive(-Infinity)).toBe(0);
    expect(expNonPositive(NaN)).toBeNaN();
    // subnormal range: tiny, never above exp's own value by more than rounding of a subnormal
    expect(expNonPositive(-740)).toBeGreaterThan(0);
    expect(Math.abs(expNonPositive(-740) - Math.exp(-740))).toBeLessThan(1e-320);
  });
});
