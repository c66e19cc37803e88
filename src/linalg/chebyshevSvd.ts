/**
 * Exact-to-tolerance top-k SVD through the short-side Gram G = X X^T (p x p):
 * Chebyshev-filtered subspace iteration (Zhou & Saad 2007) with a block of l ~ 2k vectors.
 * Each round: Rayleigh-Ritz on the block (l x l, wasm), residual check, then a Chebyshev polynomial
 * of G that is bounded on [0, theta_l] (the unwanted part of the spectrum) and grows fast above it,
 * applied with the scaled three-term recurrence, then CholeskyQR2 (Householder QR as fallback).
 * All large products are G (p x p) times a p x l block, so the cost after the Gram is d * p^2 * l
 * per round and the Rayleigh-Ritz problem stays l x l, unlike a growing Krylov basis.
 *
 * With onnxruntime the Gram and every filter product are float32 (about 2x the float64 GEMM rate;
 * the degree is capped so the filter's growth stays inside float32's precision), and the result
 * comes from a final float64 Rayleigh-Ritz with W itself on the top Ritz vectors (B = X^T Q), so
 * singular values are Ritz values of the exact Gram and U, V orthonormal to float64 rounding.
 * The degree adapts per round to the measured residual decay. The Ritz values of G
 * carry an absolute error ~ eps * sigma_1^2, i.e. a relative error ~ eps (sigma_1 / sigma_j)^2 on
 * sigma_j: negligible for the top 5% that smoothing keeps. Stopping rule: every relative residual
 * ||G u_j - theta_j u_j|| / theta_j <= tol (default 1.5e-4); measured, the relative error of sigma_j is
 * about 7 tol^2 (1.6e-7 here) on the bench matrices whose top 5% reaches into the MP bulk.
 */
import { WwError } from '../errors.js';
import type { DenseOps } from './denseOps.js';
import type { Matrix, Svd } from './matrix.js';
import type { WasmRuntime } from './wasm/runtime.js';
import { shortSideMajor } from './ort/ortEsd.js';
import { gaussianStream, householderQ, smallSymmetricTopK } from './truncatedSvd.js';

export interface ChebyshevOptions {
  readonly seed?: number;
  /** block size (default max(1.75k, k + 20), capped at p) */
  readonly block?: number;
  /** polynomial degree of the first round (default 6); later rounds adapt it (see maxDegree) */
  readonly degree?: number;
  /** cap on the adapted degree (default 10; a high degree loses the k-th direction to rounding) */
  readonly maxDegree?: number;
  readonly tolerance?: number;
  readonly maxRounds?: number;
  readonly onRound?: (round: number, maxResidual: number, degree: number) => void;
  /** float32 Gram and filter products when the backend has them (default true) */
  readonly float32Filter?: boolean;
  /** Ritz vectors kept for the final float64 Rayleigh-Ritz with W itself (default k + max(8, k/8)) */
  readonly finalColumns?: number;
}

/** The Gram product backend: G (p x p, full symmetric) of the p x q matrix X. */
export type GramFn = (X: Float64Array, p: number, q: number) => Promise<Float64Array>;

/** G applied to a p x l block, in float32 (Gram rounded to float32) or float64. */
interface GramOperator {
  readonly single: boolean;
  block(src: Float64Array): Float32Array | Float64Array;
  apply(Y: Float32Array | Float64Array): Promise<Float32Array | Float64Array>;
}

export async function chebyshevTruncatedSvd(ops: DenseOps, gram: GramFn, rt: WasmRuntime, W: Matrix, k: number, opts: ChebyshevOptions = {}): Promise<Svd> {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError('RANK_OUT_OF_RANGE', `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { X, q } = shortSideMajor(W);
  const l = Math.min(p, opts.block ?? Math.max(Math.ceil(1.75 * k), k + 20));
  if (2 * l >= p) {
    // small: the whole float64 Gram eigenproblem
    const G = await gram(X, p, q);
    const r = smallSymmetricTopK(rt, G, p, k);
    const U = new Float64Array(p * k);
    for (let j = 0; j < k; j++) for (let i = 0; i < p; i++) U[i * k + j] = r.vectorsRows[j * p + i]!;
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) S[j] = Math.sqrt(Math.max(0, r.values[j]!));
    const V = await ops.tn(X, p, q, U, k); // q x k = X^T U
    for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = S[j]! > 0 ? V[i * k + j]! / S[j]! : 0;
    return orient(W, U, V, S, k);
  }
  let op: GramOperator;
  if (opts.float32Filter !== false && ops.mm32 && ops.toF32 && ops.gram32) {
    const mm32 = ops.mm32;
    const G32 = await ops.gram32(await ops.toF32(X, p, q), p, q);
    op = { single: true, block: (src) => Float32Array.from(src), apply: (Y) => mm32(G32, p, p, Y as Float32Array, Y.length / p) };
  } else {
    const G = await gram(X, p, q);
    op = { single: false, block: (src) => Float64Array.from(src), apply: (Y) => ops.mm(G, p, p, Y as Float64Array, Y.length / p) };
  }
  const Q = await filteredSubspace(ops, rt, op, p, l, k, opts);
  return finalRayleighRitz(ops, rt, W, X, p, q, Q, l, k, Math.min(l, opts.finalColumns ?? k + Math.max(8, Math.ceil(k / 8))));
}

/**
 * Rayleigh-Ritz with W itself in float64 on the first c Ritz vectors of the filtered subspace:
 * B = X^T Q_c (q x c), B^T B = Q_c^T G Q_c = Y diag(theta) Y^T, sigma = sqrt(theta), U = Q_c Y,
 * V = B Y / sigma. Whatever rounding the filter carried (float32 Gram), the singular values are
 * Ritz values of the exact Gram on that subspace, so their error is the subspace's (quadratic in
 * its angle), and U, V are orthonormal to float64 rounding.
 */
async function finalRayleighRitz(ops: DenseOps, rt: WasmRuntime, W: Matrix, X: Float64Array, p: number, q: number, Q: Float64Array, l: number, k: number, c: number): Promise<Svd> {
  const Qc = new Float64Array(p * c);
  for (let i = 0; i < p; i++) Qc.set(Q.subarray(i * l, i * l + c), i * c);
  // one more CholeskyQR pass: the filter rounds orthonormalise to ~1e-10 only (relaxed)
  const Qo = await orthonormalize(ops, rt, Qc, p, c, true);
  Qc.set(Qo);
  const B = await ops.tn(X, p, q, Qc, c); // q x c
  const C = await ops.tn(B, q, c, B, c);
  const { values, vectorsRows } = smallSymmetricTopK(rt, C, c, k);
  const Yk = new Float64Array(c * k);
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    S[j] = Math.sqrt(Math.max(0, values[j]!));
    for (let r = 0; r < c; r++) Yk[r * k + j] = vectorsRows[j * c + r]!;
  }
  const U = await ops.mm(Qc, p, c, Yk, k);
  const V = await ops.mm(B, q, c, Yk, k);
  const inv = S.map((x) => (x > 0 ? 1 / x : 0));
  for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = V[i * k + j]! * inv[j]!;
  return orient(W, U, V, S, k);
}

/** out = a (GY - c Ycur) - b Yprev, elementwise (one array type per call site, so it stays monomorphic). */
function chebyshevStep<T extends Float32Array | Float64Array>(GY: T, Ycur: T, Yprev: T, out: T, a: number, c: number, b: number): void {
  for (let i = 0; i < out.length; i++) out[i] = a * (GY[i]! - c * Ycur[i]!) - b * Yprev[i]!;
}

/** Seeded Chebyshev-filtered subspace iteration; returns the Ritz vectors (p x l, float64, orthonormal, descending). */
async function filteredSubspace(ops: DenseOps, rt: WasmRuntime, op: GramOperator, p: number, l: number, k: number, opts: ChebyshevOptions): Promise<Float64Array> {
  const tol = opts.tolerance ?? 1.5e-4;
  const maxDegree = Math.max(2, opts.maxDegree ?? 10);
  let degree = Math.min(maxDegree, Math.max(2, opts.degree ?? 6));
  const maxRounds = opts.maxRounds ?? 40;
  const gauss = gaussianStream(opts.seed ?? 0);
  const Om = new Float64Array(p * l);
  for (let i = 0; i < Om.length; i++) Om[i] = gauss();
  let Q: Float64Array = await orthonormalize(ops, rt, Float64Array.from(await op.apply(op.block(Om))), p, l, true);
  let prevRes = NaN;
  let prevDegree = degree;
  for (let round = 0; ; round++) {
    // Rayleigh-Ritz (the filter's Gram; the final one uses W in float64)
    let GQ: Float64Array = Float64Array.from(await op.apply(op.block(Q)));
    const H = await ops.tn(Q, p, l, GQ, l);
    const { values: theta, vectorsRows } = smallSymmetricTopK(rt, H, l, l);
    const Yt = new Float64Array(l * l); // l x l, column j = Ritz vector j
    for (let j = 0; j < l; j++) for (let i = 0; i < l; i++) Yt[i * l + j] = vectorsRows[j * l + i]!;
    Q = await ops.mm(Q, p, l, Yt, l);
    GQ = await ops.mm(GQ, p, l, Yt, l);
    const acc = new Float64Array(k);
    for (let i = 0; i < p; i++) {
      const o = i * l;
      for (let j = 0; j < k; j++) acc[j] = acc[j]! + (GQ[o + j]! - theta[j]! * Q[o + j]!) ** 2;
    }
    let maxRes = 0;
    for (let j = 0; j < k; j++) maxRes = Math.max(maxRes, theta[j]! > 0 ? Math.sqrt(acc[j]!) / theta[j]! : 0);
    opts.onRound?.(round, maxRes, degree);
    if (maxRes <= tol || round + 1 >= maxRounds) return Q;
    // Degree for the next round: the residual falls by a roughly constant factor per product;
    // aim well below the tolerance (a short extra round costs more than two products), split
    // evenly over the rounds that still takes.
    if (Number.isFinite(prevRes) && prevRes > maxRes) {
      const perProduct = Math.log(prevRes / maxRes) / prevDegree;
      const need = Math.log(maxRes / (0.25 * tol)) / perProduct;
      const rounds = Math.max(1, Math.ceil(need / maxDegree));
      degree = Math.min(maxDegree, Math.max(2, Math.ceil(need / rounds)));
    }
    prevRes = maxRes;
    prevDegree = degree;
    // Chebyshev filter damping [0, b], b = smallest Ritz value; scaled by T_j at the largest.
    // The filter only shapes the subspace, so float32 products here cost nothing in the final
    // accuracy (Rayleigh-Ritz and the final singular values use float64).
    const b = Math.max(theta[l - 1]!, 0);
    const c = b / 2;
    const e = Math.max(b / 2, Number.MIN_VALUE);
    const x0 = (theta[0]! - c) / e;
    // The filter grows the top direction T_d(x0) / T_d(x_k) times more than the k-th: beyond what
    // the working precision resolves, the k-th direction is lost to rounding (measured: degree 10
    // in float32 on a spectrum falling 100x over the top 20 found wrong singular values).
    const xk = Math.max(1, (theta[k - 1]! - c) / e);
    const growth = Math.acosh(Math.max(1, x0)) - Math.acosh(xk);
    if (growth > 0) degree = Math.max(2, Math.min(degree, Math.floor(Math.log(op.single ? 1e9 : 1e12) / growth)));
    prevDegree = degree;
    let tPrev = 1;
    let tCur = x0;
    const first = new Float64Array(p * l);
    for (let i = 0; i < p * l; i++) first[i] = (GQ[i]! - c * Q[i]!) / e / tCur;
    let Yprev = op.block(Q);
    let Ycur = op.block(first);
    for (let d = 2; d <= degree; d++) {
      const GY = await op.apply(Ycur);
      const tNext = 2 * x0 * tCur - tPrev;
      const next = op.single ? new Float32Array(p * l) : new Float64Array(p * l);
      if (op.single) chebyshevStep(GY as Float32Array, Ycur as Float32Array, Yprev as Float32Array, next as Float32Array, (2 * tCur) / (e * tNext), c, tPrev / tNext);
      else chebyshevStep(GY as Float64Array, Ycur as Float64Array, Yprev as Float64Array, next as Float64Array, (2 * tCur) / (e * tNext), c, tPrev / tNext);
      Yprev = Ycur;
      Ycur = next;
      tPrev = tCur;
      tCur = tNext;
    }
    Q = await orthonormalize(ops, rt, Float64Array.from(Ycur), p, l, true);
  }
}

/**
 * CholeskyQR2 (products in `ops`, l x l Cholesky in JS); Householder QR when Cholesky breaks down.
 * The columns are scaled to unit norm first (same span): a filtered block is ill-conditioned mostly
 * through column scale (column j grows like the filter's value at theta_j), which equilibration
 * removes, so Cholesky holds and the slower single-threaded Householder fallback stays rare.
 * `relaxed`: inside the filter rounds one pass is enough when the Cholesky factor is well conditioned
 * (orthogonality ~ eps cond^2, measured 1e-10..1e-12 there), since the final Rayleigh-Ritz
 * re-orthonormalises the columns it keeps; the second pass then runs only for ill-conditioned blocks.
 */
async function orthonormalize(ops: DenseOps, rt: WasmRuntime, Y: Float64Array, p: number, l: number, relaxed = false): Promise<Float64Array> {
  const norms = new Float64Array(l);
  for (let i = 0; i < p; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) norms[j] = norms[j]! + Y[o + j]! ** 2;
  }
  for (let j = 0; j < l; j++) norms[j] = norms[j]! > 0 ? 1 / Math.sqrt(norms[j]!) : 0;
  let Q: Float64Array = new Float64Array(p * l);
  for (let i = 0; i < p; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) Q[o + j] = Y[o + j]! * norms[j]!;
  }
  for (let pass = 0; pass < 2; pass++) {
    const Gy = await ops.tn(Q, p, l, Q, l);
    const chol = choleskyInverseUpper(Gy, l);
    if (!chol) return householderQ(rt, Y, p, l);
    Q = await ops.mm(Q, p, l, chol.Rinv, l);
    if (relaxed && chol.diagRatio > 1e-3) break;
  }
  return Q;
}

/**
 * R^{-1} for the Cholesky factor R (upper, A = R^T R) of the l x l matrix A, and min/max of R's
 * diagonal (a cheap lower bound on 1/cond(R)); null if not SPD enough.
 * Computed as L = R^T (row-major lower: every inner loop runs along rows) and L^{-1} by row
 * operations, then R^{-1} = (L^{-1})^T.
 */
function choleskyInverseUpper(A: Float64Array, l: number): { Rinv: Float64Array; diagRatio: number } | null {
  const L = new Float64Array(l * l);
  let maxDiag = 0;
  for (let i = 0; i < l; i++) maxDiag = Math.max(maxDiag, A[i * l + i]!);
  for (let i = 0; i < l; i++) {
    const oi = i * l;
    for (let j = 0; j <= i; j++) {
      const oj = j * l;
      let v = A[oi + j]!;
      for (let t = 0; t < j; t++) v -= L[oi + t]! * L[oj + t]!;
      if (j < i) L[oi + j] = v / L[oj + j]!;
      else {
        if (!(v > 1e-13 * maxDiag)) return null;
        L[oi + i] = Math.sqrt(v);
      }
    }
  }
  // row i of L^{-1} = (e_i - sum_{t<i} L[i][t] row t of L^{-1}) / L[i][i]
  const Li = new Float64Array(l * l);
  for (let i = 0; i < l; i++) {
    const oi = i * l;
    for (let t = 0; t < i; t++) {
      const f = L[oi + t]!;
      if (f === 0) continue;
      const ot = t * l;
      for (let c = 0; c <= t; c++) Li[oi + c] = Li[oi + c]! - f * Li[ot + c]!;
    }
    Li[oi + i] = Li[oi + i]! + 1;
    const inv = 1 / L[oi + i]!;
    for (let c = 0; c <= i; c++) Li[oi + c] = Li[oi + c]! * inv;
  }
  const Ri = new Float64Array(l * l);
  for (let i = 0; i < l; i++) for (let c = 0; c <= i; c++) Ri[c * l + i] = Li[i * l + c]!;
  let minR = Infinity;
  let maxR = 0;
  for (let i = 0; i < l; i++) {
    minR = Math.min(minR, L[i * l + i]!);
    maxR = Math.max(maxR, L[i * l + i]!);
  }
  return { Rinv: Ri, diagRatio: minR / maxR };
}

function orient(W: Matrix, Ushort: Float64Array, Vlong: Float64Array, S: Float64Array, k: number): Svd {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j]!;
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}
