/**
 * Seeded random numbers for test data, so every run (and every platform) builds the same inputs.
 * One copy of the generators the tests share; the numbers they feed are checked against
 * independent references (numpy, closed forms), never against values pasted from an earlier run.
 */

import { mulberry32 } from '../../src/util/prng.js';

export { mulberry32 };

/**
 * Standard normal numbers by Box-Muller (cosine branch), two uniforms per number. The 1e-300 keeps
 * ln finite when the uniform source returns exactly 0.
 */
export function gaussian(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-300)) * Math.cos(2 * Math.PI * uniform());
}

/** `n` standard normal numbers from mulberry32(seed). */
export function gaussianArray(n: number, seed: number): Float64Array {
  const next = gaussian(mulberry32(seed));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = next();
  return out;
}
