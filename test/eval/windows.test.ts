/** The window rule on its own: hand-worked plans, the literal convention on many sizes, bad settings. */
import { describe, it, expect } from 'vitest';
import { batchWindows, planWindows } from '../../src/eval/windows.js';
import { WwError } from '../../src/errors.js';
import { referenceScoring } from './fixtures.js';

const scoredPositions = (n: number, c: number, s: number, m = 0): number[] =>
  planWindows(n, c, s, m).windows.flatMap((w) => Array.from({ length: w.end - w.scoreFrom }, (_, i) => w.scoreFrom + i));

describe('planWindows', () => {
  it('non-overlapping windows lose their first token each (hand-worked)', () => {
    expect(planWindows(10, 4, 4).windows).toEqual([
      { start: 0, end: 4, scoreFrom: 1 },
      { start: 4, end: 8, scoreFrom: 5 },
      { start: 8, end: 10, scoreFrom: 9 },
    ]);
    expect(planWindows(10, 4, 4).tokensScored).toBe(3 + 3 + 1);
  });

  it('a last window of one token scores nothing and is dropped', () => {
    expect(planWindows(9, 4, 4).windows).toEqual([
      { start: 0, end: 4, scoreFrom: 1 },
      { start: 4, end: 8, scoreFrom: 5 },
    ]);
  });

  it('overlapping windows score only new tokens (hand-worked)', () => {
    expect(planWindows(10, 4, 2).windows).toEqual([
      { start: 0, end: 4, scoreFrom: 1 },
      { start: 2, end: 6, scoreFrom: 4 },
      { start: 4, end: 8, scoreFrom: 6 },
      { start: 6, end: 10, scoreFrom: 8 },
    ]);
    expect(planWindows(11, 4, 3).windows).toEqual([
      { start: 0, end: 4, scoreFrom: 1 },
      { start: 3, end: 7, scoreFrom: 4 },
      { start: 6, end: 10, scoreFrom: 7 },
      { start: 9, end: 11, scoreFrom: 10 },
    ]);
  });

  it('maxTokens cuts the last window so exactly that many are scored', () => {
    expect(planWindows(10, 4, 4, 5).windows).toEqual([
      { start: 0, end: 4, scoreFrom: 1 },
      { start: 4, end: 7, scoreFrom: 5 },
    ]);
    expect(planWindows(10, 4, 4, 5).tokensScored).toBe(5);
    expect(planWindows(10, 4, 4, 3).windows).toEqual([{ start: 0, end: 4, scoreFrom: 1 }]);
    expect(planWindows(10, 4, 4, 1000).tokensScored).toBe(7);
  });

  it('a text of 0 or 1 tokens yields no window; a text shorter than the context one window', () => {
    expect(planWindows(0, 8, 8).windows).toEqual([]);
    expect(planWindows(1, 8, 8).windows).toEqual([]);
    expect(planWindows(5, 8, 8).windows).toEqual([{ start: 0, end: 5, scoreFrom: 1 }]);
  });

  it('agrees with the literal reading of the convention on many sizes', () => {
    for (let n = 0; n <= 40; n++)
      for (let c = 2; c <= 9; c++)
        for (let s = 1; s <= c; s++)
          for (const m of [0, 1, 7]) {
            const expected = referenceScoring(n, c, s, m).map((x) => x.p);
            expect(scoredPositions(n, c, s, m), `n=${n} c=${c} s=${s} m=${m}`).toEqual(expected);
            for (const w of planWindows(n, c, s, m).windows) {
              expect(w.end - w.start).toBeLessThanOrEqual(c);
              expect(w.scoreFrom).toBeGreaterThan(w.start);
            }
          }
  });

  it('closed forms: stride = context skips multiples of context; stride < context skips only position 0', () => {
    const n = 1000;
    expect(planWindows(n, 64, 64).tokensScored).toBe(n - Math.ceil(n / 64));
    expect(planWindows(n, 64, 17).tokensScored).toBe(n - 1);
  });

  it('rejects settings that would not give a perplexity of the text', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as WwError).code;
      }
      return 'no error';
    };
    expect(code(() => planWindows(10, 4, 5))).toBe('INPUT_INVALID');
    expect(code(() => planWindows(10, 1, 1))).toBe('INPUT_INVALID');
    expect(code(() => planWindows(10, 4, 0))).toBe('INPUT_INVALID');
    expect(code(() => planWindows(10, 4.5, 2))).toBe('INPUT_INVALID');
    expect(code(() => planWindows(10, 4, 2, -1))).toBe('INPUT_INVALID');
  });
});

describe('batchWindows', () => {
  it('groups consecutive equal-length windows up to the batch size; a short last window runs alone', () => {
    const { windows } = planWindows(30, 4, 4);
    const batches = batchWindows(windows, 3);
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1, 1]);
    expect(batches.flat()).toEqual(windows);
    expect(batches[3]![0]!.end - batches[3]![0]!.start).toBe(2);
    expect(batchWindows(windows, 100).map((b) => b.length)).toEqual([7, 1]);
  });
});
