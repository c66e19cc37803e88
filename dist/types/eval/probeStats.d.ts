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
export declare const Z95 = 1.959963984540054;
export interface Interval {
    readonly low: number;
    readonly high: number;
}
/** Wilson score interval for `k` successes of `n` (n = 0: the whole [0, 1]). */
export declare function wilsonInterval(k: number, n: number, z?: number): Interval;
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
export declare function pairedCounts(a: readonly boolean[], b: readonly boolean[]): PairedCounts;
/** Newcombe's method-10 interval for accuracy(B) - accuracy(A) on the same items. */
export declare function pairedDelta(counts: PairedCounts, z?: number): PairedDelta;
