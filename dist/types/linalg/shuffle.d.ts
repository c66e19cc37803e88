/**
 * The randomized ESD's element shuffle, shared by its JavaScript reference
 * (src/spectral/randomize.ts shuffleMatrix) and the wasm kernels (./wasm/shuffle.ts), which must
 * give the same permutation for the same generator state.
 *
 * Two-level (Rao-Sandelius) shuffle: every element goes to one of B = 2^bits buckets drawn
 * uniformly (the top bits of one xoshiro128** draw), then each bucket, in order, is Fisher-Yates
 * shuffled in cache. One Fisher-Yates pass over the whole array misses the cache on every swap.
 */
/** Elements per bucket aimed at: a bucket's Fisher-Yates pass then stays in L2 cache (512 KiB of float64). */
export declare const SHUFFLE_BUCKET: number;
/** log2 of the number of buckets for n elements: 0 (one Fisher-Yates pass) up to 12. */
export declare function shuffleBucketBits(n: number): number;
