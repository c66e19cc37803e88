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
import { type Matrix } from '../linalg/matrix.js';
import type { RandomizedEsd, RandomMpFit } from './types.js';
/**
 * xoshiro128** 32-bit generator. The state is kept as signed int32 (`| 0`), which V8 holds as
 * small integers: unsigned 32-bit state fields are heap numbers and made every draw ~50x slower.
 */
export declare class Xoshiro128 {
    private s0;
    private s1;
    private s2;
    private s3;
    constructor(seed: number);
    /** The 128-bit state as 4 words, for a generator elsewhere (the wasm shuffle) to continue from. */
    state(): Int32Array;
    /** Continues from a state `state()` gave and another generator advanced. */
    restore(state: Int32Array): void;
    /** Next output as a signed int32 (the same 32 bits as nextUint32). */
    nextInt32(): number;
    /** Next uniform 32-bit unsigned integer. */
    nextUint32(): number;
    /**
     * Unbiased integer in [0, bound), 1 <= bound <= 2^32. Up to 2^21, Lemire's multiply-and-reject
     * (r * bound stays below 2^53, exact in a double; no division on the fast path); above, rejection
     * of the short top range and a modulo.
     */
    below(bound: number): number;
}
/** FNV-1a of a string, to derive a per-layer seed. */
export declare function hashString(s: string): number;
/** Seed of a layer's shuffles: depends on the run seed and the layer's name only. */
export declare function layerSeed(seed: number, layerName: string): number;
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
export declare function shuffleMatrix(W: ShuffleSource, rng: Xoshiro128): Matrix;
/**
 * shuffleMatrix through the engine's wasm shuffle when it has one (same permutation, same values,
 * several times faster), else the JavaScript reference.
 */
export declare function shuffleMatrixWith(engine: LinalgEngine, W: ShuffleSource, rng: Xoshiro128): Promise<Matrix>;
/** RMT_Util.jensen_shannon_distance on two equal-length non-negative vectors. */
export declare function jensenShannonDistance(p: Float64Array, q: Float64Array): number;
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
export declare const EXACT_RANDOM_ESD_BELOW = 1024;
/**
 * Below this fraction of the BBP amplitude (s (N M)^(1/4), s the entries' root mean square) no single
 * element and no mean can pull an eigenvalue of the shuffled matrix out of the Marchenko-Pastur bulk:
 * a rank-one perturbation of singular value theta of an N x M matrix of variance s^2 makes an outlier
 * only from theta > s (N M)^(1/4) (Benaych-Georges & Nadakuditi 2012). Measured with numpy on
 * 2048 x 5632 (5 shuffles each, docs/scaling.md): four elements at 0.5 of it leave the largest
 * eigenvalue of the shuffles 0.3 Tracy-Widom sd from the Gaussian value (as for no such element),
 * at 0.8 of it 0.7 sd; so from half of it on, the top eigenvalues are computed exactly.
 */
export declare const TRAP_FRACTION = 0.5;
/**
 * The expected largest eigenvalue of X X^T for an M x N matrix X (M <= N) of iid entries with
 * variance s2: Johnstone's (2001) centring and scaling of the real Wishart's largest eigenvalue,
 * mu = (sqrt(N - 1) + sqrt(M))^2, sigma = (sqrt(N - 1) + sqrt(M)) (1/sqrt(N - 1) + 1/sqrt(M))^(1/3),
 * times the mean of the Tracy-Widom law of order 1 (-1.2065). Edge universality makes it the value
 * for any entry law with a finite fourth moment, which TRAP_FRACTION's check stands in for.
 */
export declare function expectedLargestEigenvalue(N: number, M: number, s2: number): number;
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
export declare function shuffledSpectra(W: ShuffleSource, engine: LinalgEngine, opts: ShuffledSpectraOptions): Promise<ShuffledSpectra>;
/** The randomized-ESD metrics from W's ascending eigenvalues `evals` and its shuffled spectra. */
export declare function randomizedEsdMetrics(evals: Float64Array, spectra: ShuffledSpectra, opts: Pick<RandomizedEsdOptions, 'N' | 'M' | 'mpFit'>): RandomizedEsdResult;
/**
 * Randomized-ESD metrics of W, given its own ascending eigenvalues `evals` (same engine).
 */
export declare function randomizedEsd(W: Matrix, evals: Float64Array, engine: LinalgEngine, opts: RandomizedEsdOptions): Promise<RandomizedEsdResult>;
