/**
 * exp(y) for y <= 0 in float64, for the NLL's logsumexp (src/eval/perplexity.ts): every scored
 * token takes one exp per vocabulary entry (32000 for Llama-2, 128256 for Llama-3), and V8's
 * Math.exp is an out-of-line call whose latency bounds that loop (about 0.75 ms of CPU per token
 * at 32000 on a 2-vCPU EPYC runner). Here: y = -i/64 + r with r in (-1/64, 0], exp(-i/64) from a
 * table and exp(r) from its degree-6 Taylor polynomial (truncation below (1/64)^7 / 7! = 4.5e-17),
 * inlined and independent per element, about twice as fast. Within 4.5e-16 relative of Math.exp
 * down to y = -700 (test/eval/expNonPositive.test.ts); below that both are far under 1e-300, and from
 * -746 on it returns 0 as exp does. NaN gives NaN; -Infinity gives 0.
 */

const STEPS = 64;
/** Table entries cover y in [-746, 0]; exp(-746) < the smallest subnormal. */
const LIMIT = 746 * STEPS;
const TABLE = Float64Array.from({ length: LIMIT + 1 }, (_, i) => Math.exp(-i / STEPS));

export function expNonPositive(y: number): number {
  const t = -y * STEPS;
  if (t >= LIMIT) return 0;
  const i = t | 0; // t >= 0 here (or NaN, giving 0 and a NaN r)
  const r = y + i / STEPS; // exact: i / 64 is a short binary fraction
  return TABLE[i]! * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r / 720))))));
}
