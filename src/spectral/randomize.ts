/**
 * Randomized ESD (WeightWatcher `randomize=True`: apply_random_esd / random_eigenvalues) and the
 * seeded shuffle it needs.
 *
 * WeightWatcher shuffles the elements of W (np.random.shuffle of the flattened matrix) and takes the
 * ESD of the result. It pools `replicas` = 5 shuffles when the layer has fewer than 100 eigenvalues
 * (else 1) for max_rand_eval and the MP fit of the random ESD (the rand_* columns), and draws one
 * more shuffle for rand_distance = Jensen-Shannon distance(evals, rand_evals) (scipy.stats.entropy on
 * the two sorted eigenvalue vectors, each normalised to sum 1: not a histogram), ww_softrank =
 * max(rand_evals)/max(evals) and ww_maxdist = max(evals) - max(rand_evals).
 *
 * We do the same, except that with a single replica (>= 100 eigenvalues) that replica also serves
 * for the distance, and from EXACT_RANDOM_ESD_BELOW eigenvalues on the shuffled ESD is estimated
 * (Marchenko-Pastur bulk, exact top eigenvalues: estimatedShuffledEsd) at about half the cost of a
 * second full ESD; bench/randomSpread.ts measures both against the seed-to-seed spread of numpy
 * shuffles (docs/scaling.md). The shuffle (two-level, see shuffleMatrix) is driven by xoshiro128**
 * (Blackman and Vigna), seeded through splitmix32 from (seed, layer name), so a report is
 * reproducible and a layer's numbers do not depend on which other layers were analysed.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import { shuffleBucketBits } from '../linalg/shuffle.js';
import { exactFloat32, firstNonFinite, type Matrix } from '../linalg/matrix.js';
import { WwError } from '../errors.js';
import { mpFit } from './mp.js';
import { mpQuantiles } from './mpQuantiles.js';
import { npSum } from './numpy.js';
import type { RandomizedEsd, RandomMpFit } from './types.js';

/**
 * xoshiro128** 32-bit generator. The state is kept as signed int32 (`| 0`), which V8 holds as
 * small integers: unsigned 32-bit state fields are heap numbers and made every draw ~50x slower.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    // splitmix32 expands one 32-bit seed into the 128-bit state (never all zero).
    let x = seed | 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The 128-bit state as 4 words, for a generator elsewhere (the wasm shuffle) to continue from. */
  state(): Int32Array {
    return Int32Array.of(this.s0, this.s1, this.s2, this.s3);
  }

  /** Continues from a state `state()` gave and another generator advanced. */
  restore(state: Int32Array): void {
    this.s0 = state[0]! | 0;
    this.s1 = state[1]! | 0;
    this.s2 = state[2]! | 0;
    this.s3 = state[3]! | 0;
  }

  /** Next output as a signed int32 (the same 32 bits as nextUint32). */
  nextInt32(): number {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    return this.nextInt32() >>> 0;
  }

  /**
   * Unbiased integer in [0, bound), 1 <= bound <= 2^32. Up to 2^21, Lemire's multiply-and-reject
   * (r * bound stays below 2^53, exact in a double; no division on the fast path); above, rejection
   * of the short top range and a modulo.
   */
  below(bound: number): number {
    if (bound <= 0x200000) {
      for (;;) {
        const m = (this.nextInt32() >>> 0) * bound;
        const hi = Math.floor(m / 0x100000000);
        const lo = m - hi * 0x100000000;
        if (lo >= bound || lo >= (0x100000000 - bound) % bound) return hi;
      }
    }
    const threshold = (0x100000000 - bound) % bound;
    for (;;) {
      const r = this.nextInt32() >>> 0;
      if (r >= threshold) return r % bound;
    }
  }
}

/** FNV-1a of a string, to derive a per-layer seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** Seed of a layer's shuffles: depends on the run seed and the layer's name only. */
export function layerSeed(seed: number, layerName: string): number {
  return (hashString(layerName) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

/** What the shuffle reads: W's shape and its values, float64 or (exactly the same numbers) float32. */
export interface ShuffleSource {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array | Float32Array;
}


/**
 * A uniformly random permutation of W's elements; W is not modified. The values come back as a
 * wide matrix (W's shape, or its transpose when W is tall): the shuffled matrix's ESD has the same
 * distribution either way, and the Gram product then needs no transposed copy.
 *
 * Two-level (Rao-Sandelius) shuffle instead of one Fisher-Yates pass over the whole array, whose
 * random accesses miss the cache on every swap (2.6 s for 2048x5632 float64): every element goes
 * to one of B = 2^k buckets drawn uniformly (sequential writes into B streams), then each bucket is
 * Fisher-Yates shuffled in cache. Every permutation is equally likely: for a given output order the
 * probability sums B^-n * prod 1/s_j! over the bucket sizes s, which does not depend on the order.
 * The values may come as float32 (a worker gets W that way: half the bytes to hand over); the same
 * values in the same order come out either way.
 */
export function shuffleMatrix(W: ShuffleSource, rng: Xoshiro128): Matrix {
  const src = W.data;
  const n = src.length;
  const d = new Float64Array(n);
  const bits = shuffleBucketBits(n);
  const B = 1 << bits;
  if (B === 1) {
    d.set(src);
    fisherYates(d, 0, n, rng);
  } else {
    const tag = new Uint16Array(n);
    const start = new Int32Array(B + 1);
    const shift = 32 - bits;
    for (let i = 0; i < n; i++) {
      const b = rng.nextInt32() >>> shift;
      tag[i] = b;
      start[b + 1] = start[b + 1]! + 1;
    }
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1]! + start[b]!;
    const fill = start.slice(0, B);
    for (let i = 0; i < n; i++) d[fill[tag[i]!]!++] = src[i]!;
    for (let b = 0; b < B; b++) fisherYates(d, start[b]!, start[b + 1]!, rng);
  }
  // A float32 source gives float32 values: the copy is exact, and the truncated SVD's float32 Gram uses it.
  return asWide(W, d, src instanceof Float32Array ? Float32Array.from(d) : undefined);
}

/** W's shape as the shuffled values are laid out: W's own when it is wide, its transpose when it is tall. */
function wideShape(W: ShuffleSource): { readonly rows: number; readonly cols: number } {
  return W.rows <= W.cols ? { rows: W.rows, cols: W.cols } : { rows: W.cols, cols: W.rows };
}

/** The shuffled values as a wide matrix (wideShape), with their float32 copy when they have one. */
function asWide(W: ShuffleSource, data: Float64Array, data32: Float32Array | undefined): Matrix {
  return data32 ? { ...wideShape(W), data, data32 } : { ...wideShape(W), data };
}

/** The engine's wasm shuffle of `values` (same type back), advancing `rng` as the JavaScript reference would. */
async function engineShuffle<T extends Float32Array | Float64Array>(shuffleElements: NonNullable<LinalgEngine['shuffleElements']>, values: T, rng: Xoshiro128): Promise<T> {
  const state = rng.state();
  const d = await shuffleElements(values, state);
  rng.restore(state);
  return d;
}

/**
 * shuffleMatrix through the engine's wasm shuffle when it has one (same permutation, same values,
 * several times faster), else the JavaScript reference.
 */
export async function shuffleMatrixWith(engine: LinalgEngine, W: ShuffleSource, rng: Xoshiro128): Promise<Matrix> {
  if (!engine.shuffleElements) return shuffleMatrix(W, rng);
  const d = await engineShuffle(engine.shuffleElements.bind(engine), W.data, rng);
  return d instanceof Float64Array ? asWide(W, d, undefined) : asWide(W, new Float64Array(d), d);
}

/** In-place Fisher-Yates shuffle of d[lo, hi). */
function fisherYates(d: Float64Array, lo: number, hi: number, rng: Xoshiro128): void {
  for (let i = hi - 1; i > lo; i--) {
    const j = lo + rng.below(i - lo + 1);
    const t = d[i]!;
    d[i] = d[j]!;
    d[j] = t;
  }
}

/** scipy.stats.entropy(p, q): sum p ln(p/q) after normalising both to sum 1 (natural log). */
function relativeEntropy(p: Float64Array, q: Float64Array): number {
  const sp = npSum(p);
  const sq = npSum(q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / sp;
    const b = q[i]! / sq;
    terms[i] = a > 0 && b > 0 ? a * Math.log(a / b) : a === 0 && b >= 0 ? 0 : Infinity;
  }
  return npSum(terms);
}

/** RMT_Util.jensen_shannon_distance on two equal-length non-negative vectors. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: lengths differ (${p.length} vs ${q.length})`);
  const m = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) m[i] = (p[i]! + q[i]!) / 2;
  return Math.sqrt((relativeEntropy(p, m) + relativeEntropy(q, m)) / 2);
}

export interface RandomizedEsdOptions {
  /** Run seed; combined with `layerName`. */
  readonly seed: number;
  readonly layerName: string;
  /** Long and short side of W (for the MP fit of the random ESD). */
  readonly N: number;
  readonly M: number;
  /** Also fit MP to the random ESD (rand_* columns). Default true. */
  readonly mpFit?: boolean;
  /** Layers with fewer eigenvalues get the exact shuffled ESD; larger ones the estimate (default EXACT_RANDOM_ESD_BELOW). */
  readonly exactBelow?: number;
}

/**
 * Below this many eigenvalues the shuffled matrix's ESD is computed exactly (a small Gram is
 * cheap); from here on it is estimated (estimatedShuffledEsd), at about half the cost.
 */
export const EXACT_RANDOM_ESD_BELOW = 1024;
/** Top eigenvalues of the shuffled matrix computed exactly at first; doubled while they all lie past the bulk edge. */
const TOP_EXACT = 16;
/** Relative residual the shuffled matrix's top eigenvalues are iterated to (their error is about its square). */
const TOP_TOLERANCE = 1e-3;

/**
 * Below this fraction of the BBP amplitude (s (N M)^(1/4), s the entries' root mean square) no single
 * element and no mean can pull an eigenvalue of the shuffled matrix out of the Marchenko-Pastur bulk:
 * a rank-one perturbation of singular value theta of an N x M matrix of variance s^2 makes an outlier
 * only from theta > s (N M)^(1/4) (Benaych-Georges & Nadakuditi 2012). Measured with numpy on
 * 2048 x 5632 (5 shuffles each, docs/scaling.md): four elements at 0.5 of it leave the largest
 * eigenvalue of the shuffles 0.3 Tracy-Widom sd from the Gaussian value (as for no such element),
 * at 0.8 of it 0.7 sd; so from half of it on, the top eigenvalues are computed exactly.
 */
export const TRAP_FRACTION = 0.5;

/** Mean, root mean square and largest magnitude of W's elements, and their sum of squares. */
function elementStats(d: Float64Array | Float32Array): { readonly total: number; readonly mean: number; readonly rms: number; readonly maxAbs: number } {
  let total = 0;
  let sum = 0;
  let maxAbs = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    total += v * v;
    sum += v;
    const a = Math.abs(v);
    if (a > maxAbs) maxAbs = a;
  }
  const n = Math.max(1, d.length);
  return { total, mean: sum / n, rms: Math.sqrt(total / n), maxAbs };
}

/**
 * The expected largest eigenvalue of X X^T for an M x N matrix X (M <= N) of iid entries with
 * variance s2: Johnstone's (2001) centring and scaling of the real Wishart's largest eigenvalue,
 * mu = (sqrt(N - 1) + sqrt(M))^2, sigma = (sqrt(N - 1) + sqrt(M)) (1/sqrt(N - 1) + 1/sqrt(M))^(1/3),
 * times the mean of the Tracy-Widom law of order 1 (-1.2065). Edge universality makes it the value
 * for any entry law with a finite fourth moment, which TRAP_FRACTION's check stands in for.
 */
export function expectedLargestEigenvalue(N: number, M: number, s2: number): number {
  const a = Math.sqrt(N - 1) + Math.sqrt(M);
  const sigma = a * (1 / Math.sqrt(N - 1) + 1 / Math.sqrt(M)) ** (1 / 3);
  return s2 * (a * a + TRACY_WIDOM_1_MEAN * sigma);
}
/** Mean of the Tracy-Widom distribution F1 (Tracy & Widom 1996; Bornemann 2010: -1.2065335745820). */
const TRACY_WIDOM_1_MEAN = -1.2065335745820;

/**
 * The sorted ESD of a shuffled W, estimated: the element shuffle makes the entries exchangeable,
 * so the bulk of its ESD is Marchenko-Pastur (eigenvalue rigidity puts the i-th eigenvalue within
 * O(1/M) of the MP quantile), scaled so that all M values sum to ||W||_F^2, which every shuffle
 * preserves exactly. Its top eigenvalues:
 * - where correlation traps can show (an element, or the mean's rank-one part, at TRAP_FRACTION of
 *   the BBP amplitude or more), computed exactly: the top k of the actual shuffled matrix (k = 16,
 *   doubled while the k-th still lies more than 5% past the bulk edge), the other M - k values the
 *   lowest MP quantiles;
 * - where none can, the largest is the expected largest eigenvalue of such a matrix
 *   (expectedLargestEigenvalue: the Tracy-Widom mean at the MP edge; no shuffle, no product), and
 *   the rest the MP quantiles.
 * docs/scaling.md measures both against the seed-to-seed spread of exact shuffles.
 */
async function estimatedShuffledEsd(W: ShuffleSource, engine: LinalgEngine, rng: Xoshiro128, seed: number): Promise<Float64Array> {
  const M = Math.min(W.rows, W.cols);
  const N = Math.max(W.rows, W.cols);
  const { total, mean, rms, maxAbs } = elementStats(W.data);
  // a NaN or +-Inf element (the sum is not finite then; otherwise only past 1e154): no spectrum to estimate
  if (!Number.isFinite(total) && firstNonFinite(W.data) >= 0) throw new WwError('NON_FINITE', 'the matrix has a NaN or infinite element');
  const q = mpQuantiles(M, M / N);
  const bbp = rms * Math.sqrt(Math.sqrt(N * M));
  if (maxAbs < TRAP_FRACTION * bbp && Math.abs(mean) * Math.sqrt(N * M) < TRAP_FRACTION * bbp) {
    let qSum = 0;
    for (let i = 0; i < M; i++) qSum += q[i]!;
    const out = new Float64Array(M);
    for (let i = 0; i < M; i++) out[i] = (total / qSum) * q[i]!;
    out[M - 1] = Math.max(out[M - 2] ?? 0, expectedLargestEigenvalue(N, M, rms * rms));
    return out;
  }
  const topEigenvalues = await shuffledTopEigenvalues(W, engine, rng, seed);
  const edge = (1 + Math.sqrt(M / N)) ** 2;
  for (let k = Math.min(TOP_EXACT, M - 1); ; k *= 2) {
    const top = await topEigenvalues(k);
    let topSum = 0;
    for (let j = 0; j < k; j++) topSum += top[j]!;
    let bulkSum = 0;
    for (let i = 0; i < M - k; i++) bulkSum += q[i]!;
    const scale = Math.max(0, total - topSum) / bulkSum;
    if (top[k - 1]! > 1.05 * scale * edge && 2 * k <= M / 4) continue;
    const out = new Float64Array(M);
    for (let i = 0; i < M - k; i++) out[i] = scale * q[i]!;
    for (let j = 0; j < k; j++) out[M - 1 - j] = top[j]!;
    return out.sort();
  }
}

/**
 * The top-k eigenvalues (descending) of one shuffle of W, for k = 16, 32, ...: float32 values go
 * through the engine's float32 Gram (topGramEigenvalues32: the shuffle, its Gram and the iteration
 * all in float32, to a relative residual of 1e-3, i.e. about 1e-6 on the values, three orders below
 * WeightWatcher's seed-to-seed spread); otherwise the truncated SVD of the float64 shuffle.
 */
async function shuffledTopEigenvalues(W: ShuffleSource, engine: LinalgEngine, rng: Xoshiro128, seed: number): Promise<(k: number) => Promise<Float64Array>> {
  const { topGramEigenvalues32, shuffleElements } = engine;
  if (topGramEigenvalues32 && shuffleElements) {
    // float32 values in either type take this path, so they give the same bits whichever type they came in
    const values32 = W.data instanceof Float32Array ? W.data : exactFloat32(W.data);
    if (values32) {
      const data32 = await engineShuffle(shuffleElements.bind(engine), values32, rng);
      return (k) => topGramEigenvalues32.call(engine, { ...wideShape(W), data32 }, k, { seed, tolerance: TOP_TOLERANCE });
    }
  }
  const shuffled = await shuffleMatrixWith(engine, W, rng);
  return async (k) => (await engine.truncatedSvd(shuffled, k, { seed })).S.map((x) => x * x);
}

export interface RandomizedEsdResult {
  readonly metrics: RandomizedEsd & Partial<RandomMpFit>;
  /** Pooled eigenvalues of the shuffled replicas, ascending. */
  readonly randEvals: Float64Array;
}

/** The shuffled ESDs a layer's randomized metrics come from (all that needs W and the engine). */
export interface ShuffledSpectra {
  /** Eigenvalues of the pooled replicas (5 below 100 eigenvalues, else 1), ascending. */
  readonly pooled: Float64Array;
  /** The replica the distance is taken to: a fresh shuffle when replicas were pooled, else the one. */
  readonly single: Float64Array;
}

export type ShuffledSpectraOptions = Pick<RandomizedEsdOptions, 'seed' | 'layerName' | 'exactBelow'>;

/**
 * The shuffled spectra of W (WeightWatcher's replicas, exact or estimated by size), seeded by
 * (seed, layer name) only. Separate from the metrics so a worker thread can compute it from W alone
 * while another computes W's own ESD.
 */
export async function shuffledSpectra(W: ShuffleSource, engine: LinalgEngine, opts: ShuffledSpectraOptions): Promise<ShuffledSpectra> {
  const rng = new Xoshiro128(layerSeed(opts.seed, opts.layerName));
  const nComp = Math.min(W.rows, W.cols);
  const replicas = nComp < 100 ? 5 : 1;
  const pooled = new Float64Array(nComp * replicas);
  let first: Float64Array | null = null;
  const exact = nComp < (opts.exactBelow ?? EXACT_RANDOM_ESD_BELOW);
  for (let r = 0; r < replicas; r++) {
    const ev = exact ? await engine.gramEigenvalues(await shuffleMatrixWith(engine, W, rng)) : await estimatedShuffledEsd(W, engine, rng, layerSeed(opts.seed, opts.layerName));
    if (first === null) first = ev;
    pooled.set(ev, r * nComp);
  }
  pooled.sort();
  const single = replicas > 1 ? await engine.gramEigenvalues(await shuffleMatrixWith(engine, W, rng)) : first!;
  return { pooled, single };
}

/** The randomized-ESD metrics from W's ascending eigenvalues `evals` and its shuffled spectra. */
export function randomizedEsdMetrics(evals: Float64Array, spectra: ShuffledSpectra, opts: Pick<RandomizedEsdOptions, 'N' | 'M' | 'mpFit'>): RandomizedEsdResult {
  const { pooled, single } = spectra;
  let maxEval = -Infinity;
  for (let i = 0; i < evals.length; i++) if (evals[i]! > maxEval) maxEval = evals[i]!;
  let maxSingle = -Infinity;
  for (let i = 0; i < single.length; i++) if (single[i]! > maxSingle) maxSingle = single[i]!;

  const metrics: RandomizedEsd & Partial<RandomMpFit> = {
    rand_distance: jensenShannonDistance(evals, single),
    ww_softrank: maxSingle / maxEval,
    ww_maxdist: maxEval - maxSingle,
    max_rand_eval: pooled[pooled.length - 1]!,
  };
  if (opts.mpFit !== false) {
    const mp = mpFit(pooled, opts.N, opts.M);
    metrics.rand_num_spikes = mp.num_spikes;
    metrics.rand_sigma_mp = mp.sigma_mp;
    metrics.rand_mp_softrank = mp.mp_softrank;
    metrics.rand_bulk_max = mp.bulk_max;
    metrics.rand_bulk_min = mp.bulk_min;
    metrics.rand_W_scale = mp.W_scale;
  }
  return { metrics, randEvals: pooled };
}

/**
 * Randomized-ESD metrics of W, given its own ascending eigenvalues `evals` (same engine).
 */
export async function randomizedEsd(
  W: Matrix,
  evals: Float64Array,
  engine: LinalgEngine,
  opts: RandomizedEsdOptions,
): Promise<RandomizedEsdResult> {
  return randomizedEsdMetrics(evals, await shuffledSpectra(W, engine, opts), opts);
}
