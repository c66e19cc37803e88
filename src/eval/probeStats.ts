/**
 * Confidence intervals for probe accuracy (95%, z = 1.959964):
 * - one model: Wilson's score interval for k right of n (Wilson 1927), which stays inside [0, 1]
 *   and behaves at 0 and n, unlike p ± z·sqrt(p(1-p)/n);
 * - a change between two models on the same items: Newcombe's hybrid score interval for a
 *   difference of paired proportions (Newcombe 1998, "Improved confidence intervals for the
 *   difference between binomial proportions based on paired data", method 10), built from the two
 *   Wilson intervals and the correlation phi of the 2x2 table of right/wrong pairs. Only the
 *   discordant items (right in one, wrong in the other: McNemar's b and c) move the difference.
 */
export const Z95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Wilson score interval for `k` successes of `n` (n = 0: the whole [0, 1]). */
export function wilsonInterval(k: number, n: number, z: number = Z95): Interval {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 or k = n one end is exactly 0 or 1; rounding must not push it past.
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

/** The 2x2 table of paired outcomes: a both right, b only A right, c only B right, d both wrong. */
export interface PairedCounts {
  readonly bothRight: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly bothWrong: number;
}

export interface PairedDelta {
  /** accuracy(B) - accuracy(A), a fraction. */
  readonly delta: number;
  readonly interval: Interval;
  readonly counts: PairedCounts;
}

export function pairedCounts(a: readonly boolean[], b: readonly boolean[]): PairedCounts {
  if (a.length !== b.length) throw new RangeError(`paired outcomes need equally many items (${a.length} vs ${b.length})`);
  let bothRight = 0;
  let onlyA = 0;
  let onlyB = 0;
  let bothWrong = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) bothRight++;
    else if (a[i]) onlyA++;
    else if (b[i]) onlyB++;
    else bothWrong++;
  }
  return { bothRight, onlyA, onlyB, bothWrong };
}

/** Newcombe's method-10 interval for accuracy(B) - accuracy(A) on the same items. */
export function pairedDelta(counts: PairedCounts, z: number = Z95): PairedDelta {
  const { bothRight: A, onlyA: B, onlyB: C, bothWrong: D } = counts;
  const n = A + B + C + D;
  if (n === 0) return { delta: 0, interval: { low: -1, high: 1 }, counts };
  const pA = (A + B) / n;
  const pB = (A + C) / n;
  const wA = wilsonInterval(A + B, n, z);
  const wB = wilsonInterval(A + C, n, z);
  const margins = (A + B) * (C + D) * (A + C) * (B + D);
  const phi = margins === 0 ? 0 : (A * D - B * C) / Math.sqrt(margins);
  const delta = pB - pA;
  const lowerB = pB - wB.low;
  const upperA = wA.high - pA;
  const upperB = wB.high - pB;
  const lowerA = pA - wA.low;
  const low = delta - Math.sqrt(Math.max(0, lowerB * lowerB - 2 * phi * lowerB * upperA + upperA * upperA));
  const high = delta + Math.sqrt(Math.max(0, upperB * upperB - 2 * phi * upperB * lowerA + lowerA * lowerA));
  return { delta, interval: { low: Math.max(-1, low), high: Math.min(1, high) }, counts };
}
