/**
 * The arithmetic of smoothing one weight, in float64 and in the STORED layout: the rank-k part
 * U_k S_k V_k^T from the engine's truncated SVD (or W minus it, for negative k), the factorised
 * form in the orientation the op uses (A [in, k], B [k, out]), and the error measures the report
 * shows. Storage dtype rounding is the writer's job.
 */
import type { LinalgEngine } from '../linalg/engine.js';
import type { Matrix, Svd } from '../linalg/matrix.js';
import type { DenseLayer } from '../model/types.js';

/** U diag(S) Vt: rows x cols. */
export function lowRankProduct(svd: Svd): Matrix {
  const { U, S, Vt } = svd;
  const rows = U.rows;
  const cols = Vt.cols;
  const k = S.length;
  const out = new Float64Array(rows * cols);
  const us = new Float64Array(k);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < k; j++) us[j] = U.data[r * k + j]! * S[j]!;
    const base = r * cols;
    for (let j = 0; j < k; j++) {
      const f = us[j]!;
      if (f === 0) continue;
      const vrow = j * cols;
      for (let c = 0; c < cols; c++) out[base + c] = out[base + c]! + f * Vt.data[vrow + c]!;
    }
  }
  return { rows, cols, data: out };
}

export interface SmoothedMatrix {
  /** W' in stored layout, float64. */
  readonly values: Matrix;
  /** The top-|k| triplets of W used to build W'. */
  readonly svd: Svd;
}

/**
 * W' for 0 < |k| < min(rows, cols): the top-k part (k > 0) or W minus its top |k| part (k < 0,
 * WeightWatcher's negative percent). The caller handles k = 0 and k >= min (no change).
 */
export async function smoothMatrix(W: Matrix, k: number, engine: LinalgEngine, seed = 42): Promise<SmoothedMatrix> {
  const svd = await engine.truncatedSvd(W, Math.abs(k), { seed });
  const top = lowRankProduct(svd);
  if (k > 0) return { values: top, svd };
  const rest = new Float64Array(W.data.length);
  for (let i = 0; i < rest.length; i++) rest[i] = W.data[i]! - top.data[i]!;
  return { values: { rows: W.rows, cols: W.cols, data: rest }, svd };
}

/**
 * Factors of W_used = A @ B with A [in, k] = U_k S_k and B [k, out] = V_k^T, in the orientation
 * the op uses (x[*, in] @ A @ B). The SVD is of the stored matrix: when storage is [out, in]
 * (transB / PyTorch Linear), W_used = (U S Vt)^T = Vt^T S U^T.
 */
export function factorsInUsedOrientation(svd: Svd, layer: Pick<DenseLayer, 'storedTransposed' | 'inFeatures' | 'outFeatures'>): { a: Matrix; b: Matrix } {
  const { U, S, Vt } = svd;
  const k = S.length;
  if (!layer.storedTransposed) {
    // stored = used = [in, out]: A = U S (in x k), B = Vt (k x out)
    const a = new Float64Array(U.rows * k);
    for (let r = 0; r < U.rows; r++) for (let j = 0; j < k; j++) a[r * k + j] = U.data[r * k + j]! * S[j]!;
    return { a: { rows: U.rows, cols: k, data: a }, b: { rows: k, cols: Vt.cols, data: Float64Array.from(Vt.data) } };
  }
  // stored = [out, in]: A = Vt^T S (in x k), B = U^T (k x out)
  const inF = Vt.cols;
  const outF = U.rows;
  const a = new Float64Array(inF * k);
  for (let j = 0; j < k; j++) for (let c = 0; c < inF; c++) a[c * k + j] = Vt.data[j * inF + c]! * S[j]!;
  const b = new Float64Array(k * outF);
  for (let r = 0; r < outF; r++) for (let j = 0; j < k; j++) b[j * outF + r] = U.data[r * k + j]!;
  return { a: { rows: inF, cols: k, data: a }, b: { rows: k, cols: outF, data: b } };
}

export { factorizationBlocker } from '../model/factorizable.js';

/** Whether the factorised form has fewer parameters than the dense one. */
export function factorizationSaves(k: number, inFeatures: number, outFeatures: number): boolean {
  return k > 0 && k * (inFeatures + outFeatures) < inFeatures * outFeatures;
}

export function frobeniusSquared(W: Matrix): number {
  let s = 0;
  for (let i = 0; i < W.data.length; i++) s += W.data[i]! * W.data[i]!;
  return s;
}

/** ||W - W'||_F / ||W||_F, measured elementwise (0 for a zero W). */
export function relativeFrobeniusError(W: Matrix, Wp: Matrix): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < W.data.length; i++) {
    const d = W.data[i]! - Wp.data[i]!;
    num += d * d;
    den += W.data[i]! * W.data[i]!;
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}

/** Sum of all eigenvalues (ascending or not) = ||W||_F^2. */
/**
 * The Gram spectrum (ascending, length p) of U diag(S) V^T with orthonormal U, V: S^2 and p - k
 * zeros. The engine's U and V are orthonormal to ~1e-15 (tested), so this is the spectrum a second
 * full eigendecomposition of W' would find, to rounding, at no cost.
 */
export function lowRankSpectrum(S: Float64Array, p: number): Float64Array {
  const k = Math.min(S.length, p);
  const out = new Float64Array(p);
  for (let j = 0; j < k; j++) out[p - 1 - j] = S[j]! * S[j]!;
  return out.sort();
}

export function eigenTotal(eigenvalues: Float64Array): number {
  let s = 0;
  for (let i = 0; i < eigenvalues.length; i++) s += eigenvalues[i]!;
  return s;
}

/**
 * Energy kept for k (negative: top |k| removed) from the layer's eigenvalues (any order):
 * sum of the kept lambda / sum of all lambda. Used by full dry runs, where no SVD is computed.
 */
export function energyKeptFromEigenvalues(eigenvalues: Float64Array, k: number): number {
  const sorted = Float64Array.from(eigenvalues).sort().reverse();
  const total = eigenTotal(sorted);
  if (total <= 0) return 1;
  const n = Math.min(Math.abs(k), sorted.length);
  let top = 0;
  for (let i = 0; i < n; i++) top += sorted[i]!;
  return k >= 0 ? top / total : (total - top) / total;
}
