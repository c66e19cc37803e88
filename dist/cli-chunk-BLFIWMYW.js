/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/eval/probeStats.ts
var Z95 = 1.959963984540054;
function wilsonInterval(k, n, z = Z95) {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
  return { low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}
function pairedCounts(a, b) {
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
function pairedDelta(counts, z = Z95) {
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

export {
  wilsonInterval,
  pairedCounts,
  pairedDelta
};
