/**
 * mulberry32: a small 32-bit seeded PRNG, uniform numbers in [0, 1), identical on every platform.
 * Used where the project generates data deterministically (the demo model, bench matrices, test
 * fixtures, the fuzz corpus); the spectral metrics' own shuffle uses Xoshiro128 (src/spectral).
 */
export declare function mulberry32(seed: number): () => number;
