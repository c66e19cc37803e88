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
/**
 * `count` ascending quantiles x_i = F^-1((i + 0.5) / count) of the unit-scale MP law with
 * ratio c in (0, 1].
 */
export declare function mpQuantiles(count: number, c: number): Float64Array;
