/**
 * mulberry32: a small 32-bit seeded PRNG, uniform numbers in [0, 1), identical on every platform.
 * Used where the project generates data deterministically (the demo model, bench matrices, test
 * fixtures, the fuzz corpus); the spectral metrics' own shuffle uses Xoshiro128 (src/spectral).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
