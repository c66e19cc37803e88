/**
 * The numeric engine's one interface. Every stage that needs eigenvalues or a truncated SVD takes a
 * LinalgEngine, so backends (plain JS reference, WASM SIMD kernels, onnxruntime) are swappable and
 * tested against the same references.
 */
import { WwError } from '../errors.js';
import type { Float32Matrix, Matrix, Svd } from './matrix.js';
import { shortSideGram } from './js/gram.js';
import { symmetricEigen } from './js/symmetricEigen.js';

export interface TruncatedSvdOptions {
  /** Seed for randomized algorithms; exact backends ignore it. Same seed, same result. */
  readonly seed?: number;
}

/** Options of topGramEigenvalues32: the seed, and the relative residual the iteration stops at. */
export interface TopEigenvaluesOptions extends TruncatedSvdOptions {
  readonly tolerance?: number;
}

export interface LinalgEngine {
  /** Backend name recorded in reports, e.g. 'js', 'wasm-simd(2 threads)'. */
  readonly name: string;
  /**
   * All eigenvalues of the short-side Gram matrix of W (W^T W or W W^T), float64, ascending,
   * length min(rows, cols). Tiny negative round-off values are clamped to 0.
   */
  gramEigenvalues(W: Matrix): Promise<Float64Array>;
  /** Top-k singular triplets of W, singular values descending. 1 <= k <= min(rows, cols). */
  truncatedSvd(W: Matrix, k: number, opts?: TruncatedSvdOptions): Promise<Svd>;
  /**
   * Optional fast path of the randomized ESD's element shuffle (./shuffle.ts): a shuffled copy of
   * `values` (same type), `state` the xoshiro128** state (4 words) advanced in place. The same
   * permutation as the JavaScript reference in src/spectral/randomize.ts for the same state.
   */
  shuffleElements?<T extends Float32Array | Float64Array>(values: T, state: Int32Array): Promise<T>;
  /**
   * Optional: the k largest eigenvalues (descending) of the short-side Gram of a float32 matrix, to
   * float32 accuracy (about 1e-6 relative; `tolerance` bounds the iteration's residual): for
   * estimates, never where float64 eigenvalues are promised. Backends without it leave the randomized
   * ESD to truncatedSvd.
   */
  topGramEigenvalues32?(W: Float32Matrix, k: number, opts?: TopEigenvaluesOptions): Promise<Float64Array>;
  /** Frees workers and memory held by the backend. */
  dispose(): Promise<void>;
}

export interface EngineOptions {
  /** 'js' forces the reference backend; 'wasm' the wasm kernels without onnxruntime. */
  readonly backend?: 'auto' | 'js' | 'wasm';
  /** 'cuda' tries onnxruntime's CUDA provider for the products (falls back to CPU with one log line). */
  readonly device?: 'auto' | 'cpu' | 'cuda';
  readonly threads?: number;
  /** one-line notices (fallbacks); `log` is the older name of the same option */
  readonly logger?: (line: string) => void;
  readonly log?: (line: string) => void;
}

/**
 * The best available backend: the wasm SIMD engine (with onnxruntime for the large products when
 * it loads), else the plain-JS reference (with one log line saying why).
 */
export async function getEngine(opts: EngineOptions = {}): Promise<LinalgEngine> {
  const logger = opts.logger ?? opts.log;
  if (opts.backend === 'js') return jsEngine();
  try {
    const { createFastEngine } = await import('./fastEngine.js');
    return await createFastEngine({
      ...(opts.device !== undefined ? { device: opts.device } : {}),
      ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
      ...(logger ? { logger } : {}),
      useOrt: opts.backend !== 'wasm',
    });
  } catch (e) {
    logger?.(`linalg: wasm engine unavailable (${(e as Error).message.split('\n')[0]}); using the plain-JS reference backend`);
    return jsEngine();
  }
}

/** Plain-JS reference backend (Householder + implicit QL in float64). */
export function jsEngine(): LinalgEngine {
  return {
    name: 'js',
    async gramEigenvalues(W) {
      return gramEigenvaluesJs(W);
    },
    async truncatedSvd(W, k) {
      return truncatedSvdJs(W, k);
    },
    async dispose() {},
  };
}

export function gramEigenvaluesJs(W: Matrix): Float64Array {
  const { gram, n } = shortSideGram(W);
  const { values } = symmetricEigen(gram, n, false);
  for (let i = 0; i < values.length; i++) if (values[i]! < 0) values[i] = 0;
  return values;
}

/**
 * Exact top-k SVD from the eigenvectors of the short-side Gram matrix. The long-side vectors are
 * W V_k (or U_k^T W) normalised by their own norms, which are the singular values: more accurate
 * than sqrt(eigenvalue) for the small ones. Columns are re-orthogonalised (Gram-Schmidt, twice).
 */
export function truncatedSvdJs(W: Matrix, k: number): Svd {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError('RANK_OUT_OF_RANGE', `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { gram, n, side } = shortSideGram(W);
  const { vectors } = symmetricEigen(gram, n, true);
  const vec = vectors!;
  // Top-k short-side vectors, descending order (eigenvalues come ascending).
  const short = new Float64Array(n * k); // n x k, column j = eigenvector n-1-j
  for (let j = 0; j < k; j++) {
    const src = n - 1 - j;
    for (let r = 0; r < n; r++) short[r * k + j] = vec[r * n + src]!;
  }
  const longLen = side === 'cols' ? W.rows : W.cols;
  const long = new Float64Array(longLen * k); // longLen x k
  const { rows, cols, data } = W;
  if (side === 'cols') {
    // U_k S = W V_k  (rows x k)
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c]!;
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[r * k + j] = long[r * k + j]! + w * short[c * k + j]!;
      }
    }
  } else {
    // V_k S = W^T U_k  (cols x k)
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c]!;
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[c * k + j] = long[c * k + j]! + w * short[r * k + j]!;
      }
    }
  }
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let r = 0; r < longLen; r++) s += long[r * k + j]! ** 2;
    S[j] = Math.sqrt(s);
  }
  orthonormalizeColumns(long, longLen, k);
  const U = side === 'cols' ? long : short;
  const V = side === 'cols' ? short : long; // cols x k
  const Vt = new Float64Array(k * cols);
  for (let j = 0; j < k; j++) for (let c = 0; c < cols; c++) Vt[j * cols + c] = V[c * k + j]!;
  return { U: { rows, cols: k, data: U }, S, Vt: { rows: k, cols, data: Vt } };
}

/** Modified Gram-Schmidt, two passes, on the columns of a row-major m x k matrix. */
function orthonormalizeColumns(a: Float64Array, m: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < m; r++) dot += a[r * k + i]! * a[r * k + j]!;
        for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j]! - dot * a[r * k + i]!;
      }
      let norm = 0;
      for (let r = 0; r < m; r++) norm += a[r * k + j]! ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j]! / norm;
    }
  }
}
