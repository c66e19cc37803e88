/**
 * Seeded bench matrices shaped like LLM weights: a Marchenko-Pastur bulk (Gaussian / sqrt(max side))
 * plus rank-32 power-law spikes (sigma_i = 3 i^-0.7 on random unit vectors), rounded to float32
 * as a real layer would be, then widened to float64.
 */
import type { Matrix } from '../src/linalg/matrix.js';
import { mulberry32 } from '../src/util/prng.js';

const rng = (seed: number): (() => number) => mulberry32(seed >>> 0 || 1);

function gaussian(seed: number): () => number {
  const u = rng(seed);
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let a = 0;
    while (a === 0) a = u();
    const b = u();
    const r = Math.sqrt(-2 * Math.log(a));
    spare = r * Math.sin(2 * Math.PI * b);
    return r * Math.cos(2 * Math.PI * b);
  };
}

export function benchLayer(rows: number, cols: number, seed: number): { f32: Float32Array; matrix: Matrix } {
  const f32 = new Float32Array(rows * cols);
  fillLayer(f32, rows, cols, seed);
  return { f32, matrix: { rows, cols, data: Float64Array.from(f32) } };
}

/** The same values as benchLayer, written straight into float64 (no float32 copy in memory). */
export function benchLayerF64(rows: number, cols: number, seed: number): Matrix {
  const data = new Float64Array(rows * cols);
  fillLayer(data, rows, cols, seed);
  return { rows, cols, data };
}

function fillLayer(f32: Float32Array | Float64Array, rows: number, cols: number, seed: number): void {
  const g = gaussian(seed);
  const scale = 1 / Math.sqrt(Math.max(rows, cols));
  const round = f32 instanceof Float32Array ? (x: number) => x : Math.fround;
  for (let i = 0; i < f32.length; i++) f32[i] = round(g() * scale);
  const spikes = 32;
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  for (let s = 0; s < spikes; s++) {
    let nu = 0;
    let nv = 0;
    for (let i = 0; i < rows; i++) nu += (u[i] = g()) ** 2;
    for (let j = 0; j < cols; j++) nv += (v[j] = g()) ** 2;
    const sigma = (3 * (s + 1) ** -0.7) / Math.sqrt(nu * nv);
    for (let i = 0; i < rows; i++) {
      const ui = sigma * u[i]!;
      const base = i * cols;
      for (let j = 0; j < cols; j++) f32[base + j] = round(f32[base + j]! + ui * v[j]!);
    }
  }
}
