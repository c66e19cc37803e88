/**
 * Quantiles of the Marchenko-Pastur law: the expected sorted eigenvalues of the Gram matrix of an
 * N x M matrix with independent entries (M <= N), the bulk the randomized ESD estimates.
 *
 * With ratio c = M / N and unit scale the law has support [a, b] = [(1 - sqrt c)^2, (1 + sqrt c)^2],
 * density f(x) = sqrt((b - x)(x - a)) / (2 pi c x) and mean 1. Substituting
 * x = a + (b - a)(1 - cos t)/2, t in [0, pi], makes the integrand smooth at both edges, including
 * the hard edge a = 0 of a square matrix (c = 1), so a trapezoid rule on a uniform t grid integrates
 * it to ~1e-8 and the CDF is inverted by linear interpolation in t.
 */

const GRID = 8192;

/**
 * `count` ascending quantiles x_i = F^-1((i + 0.5) / count) of the unit-scale MP law with
 * ratio c in (0, 1].
 */
export function mpQuantiles(count: number, c: number): Float64Array {
  if (!(c > 0 && c <= 1)) throw new RangeError(`mpQuantiles: ratio must be in (0, 1], got ${c}`);
  const sq = Math.sqrt(c);
  const a = (1 - sq) ** 2;
  const b = (1 + sq) ** 2;
  const half = (b - a) / 2;
  // integrand in t: f(x) dx/dt = half^2 sin^2 t / (2 pi c x); sin^2 t / (1 - cos t) = 1 + cos t
  const g = (t: number): number => {
    const cos = Math.cos(t);
    const x = a + half * (1 - cos);
    if (a === 0) return (half * (1 + cos)) / (2 * Math.PI * c);
    const s = Math.sin(t);
    return (half * half * s * s) / (2 * Math.PI * c * x);
  };
  const h = Math.PI / GRID;
  const cdf = new Float64Array(GRID + 1);
  let prev = g(0);
  for (let j = 1; j <= GRID; j++) {
    const cur = g(j * h);
    cdf[j] = cdf[j - 1]! + ((prev + cur) * h) / 2;
    prev = cur;
  }
  const total = cdf[GRID]!;
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const u = ((i + 0.5) / count) * total;
    while (j < GRID - 1 && cdf[j + 1]! < u) j++;
    const f = (u - cdf[j]!) / (cdf[j + 1]! - cdf[j]!);
    const t = (j + f) * h;
    out[i] = a + half * (1 - Math.cos(t));
  }
  return out;
}
