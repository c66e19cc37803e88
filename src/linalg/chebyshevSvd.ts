/**
 * Exact-to-tolerance top-k SVD through the short-side Gram G = X X^T (p x p):
 * Chebyshev-filtered subspace iteration (Zhou & Saad 2007) with a block of l ~ 1.4k vectors,
 * finished by one block-Krylov step.
 * Each round: Rayleigh-Ritz on the block (l x l, wasm), residual check, then a Chebyshev polynomial
 * of G that is bounded on [0, theta_l] (the unwanted part of the spectrum) and grows fast above it,
 * applied with the scaled three-term recurrence, then CholeskyQR2 (Householder QR as fallback).
 * All large products are G (p x p) times a p x l block, so the cost after the Gram is d * p^2 * l
 * per round and the Rayleigh-Ritz problem stays l x l, unlike a growing Krylov basis. Once the
 * residuals are small enough (r <= sqrt(tol / 4)), Rayleigh-Ritz on [block, residual block] (2l)
 * finishes: it turns r into about 2 r^2 for one more product, where a filter round needs 8-9.
 *
 * With onnxruntime the Gram and every filter product are float32 (about 2x the float64 GEMM rate;
 * a whole filter round is one onnxruntime graph; the degree is capped so the filter's growth stays
 * inside float32's precision), and the result comes from a final float64 Rayleigh-Ritz with W
 * itself on the top Ritz vectors (B = X^T Q), so singular values are Ritz values of the exact Gram
 * and U, V orthonormal to float64 rounding. A float32 weight passed with its stored values
 * (Matrix.data32) feeds the Gram directly. The degree adapts per round to the measured residual
 * decay. The Ritz values of G carry an absolute error ~ eps * sigma_1^2, i.e. a relative error
 * ~ eps (sigma_1 / sigma_j)^2 on sigma_j: negligible for the top 5% that smoothing keeps.
 * Stopping rule: every relative residual ||G u_j - theta_j u_j|| / theta_j <= tol (default 1.5e-4);
 * measured, the relative error of sigma_j stays below 2e-8 on the bench matrices whose top 5%
 * reaches into the Marchenko-Pastur bulk (the issue's bound is 1e-6).
 */
import { WwError } from '../errors.js';
import type { DenseOps } from './denseOps.js';
import type { ChebyshevStep } from './ort/ortOps.js';
import { transposeInto, type Float32Matrix, type Matrix, type Svd } from './matrix.js';
import type { WasmRuntime } from './wasm/runtime.js';
import { shortSideMajor } from './ort/ortEsd.js';
import { householderQ, smallSymmetricTopK } from './truncatedSvd.js';
import { mulberry32 } from '../util/prng.js';

export interface ChebyshevOptions {
  readonly seed?: number;
  /** block size (default max(1.4k, k + 20), capped at p; measured: 1.4k is faster than 1.2k, 1.5k, 1.75k or 2k now that the Krylov step finishes) */
  readonly block?: number;
  /** polynomial degree of the first round (default 6); later rounds adapt it (see maxDegree) */
  readonly degree?: number;
  /** cap on the adapted degree (default 10; a high degree loses the k-th direction to rounding) */
  readonly maxDegree?: number;
  readonly tolerance?: number;
  readonly maxRounds?: number;
  readonly onRound?: (round: number, maxResidual: number, degree: number) => void;
  /** false: filter rounds only, no block-Krylov step at the end (default true) */
  readonly krylovStep?: boolean;
  readonly onKrylovStep?: (round: number, maxResidual: number) => void;
  /** float32 Gram and filter products when the backend has them (default true) */
  readonly float32Filter?: boolean;
  /** Ritz vectors kept for the final float64 Rayleigh-Ritz with W itself (default k + max(8, k/8)) */
  readonly finalColumns?: number;
}

/** The Gram product backend: G (p x p, full symmetric) of the p x q matrix X. */
export type GramFn = (X: Float64Array, p: number, q: number) => Promise<Float64Array>;

/** G applied to float64 blocks: float32 Gram and products (with a fused filter round), or float64. */
interface GramOperator {
  readonly single: boolean;
  /** G Y for a p x n block Y */
  apply(Y: Float64Array): Promise<Float64Array>;
  /** one filter round from the orthonormal block Q and G Q (see filterStepwise); returns Y_degree */
  filter(Q: Float64Array, GQ: Float64Array, first: { a: number; ac: number }, steps: readonly ChebyshevStep[]): Promise<Float64Array>;
}

/** k, checked against the short side p of a rows x cols matrix. */
function checkRank(what: string, rows: number, cols: number, k: number): void {
  const p = Math.min(rows, cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError('RANK_OUT_OF_RANGE', `${what}: k must be an integer in [1, ${p}] for a ${rows}x${cols} matrix, got ${k}`);
  }
}

/** The iteration's block (ChebyshevOptions.block), and whether the problem is small enough to solve whole instead. */
function blockFor(p: number, k: number, opts: ChebyshevOptions): { readonly l: number; readonly whole: boolean } {
  const l = Math.min(p, opts.block ?? Math.max(Math.ceil(1.4 * k), k + 20));
  // Small: the whole Gram eigenproblem in wasm. Also below p ~ 300, where it beats the iteration's
  // fixed per-call costs (measured: 9.6 vs 14.7 ms at 256 x 2048, 61 vs 24 ms at 512 x 2048).
  return { l, whole: 2 * l >= p || p <= 300 };
}

/** The float32 Gram G32 (p x p) as the iteration's operator: products in float32, blocks of l columns per filter round. */
function float32GramOperator(ops: Required<Pick<DenseOps, 'mm32x64' | 'chebyshev32'>>, G32: Float32Array, p: number, l: number): GramOperator {
  return {
    single: true,
    apply: (Y) => ops.mm32x64(G32, p, p, Y, Y.length / p),
    filter: (Q, GQ, first, steps) => ops.chebyshev32(G32, p, Q, GQ, l, first, steps),
  };
}

export async function chebyshevTruncatedSvd(ops: DenseOps, gram: GramFn, rt: WasmRuntime, W: Matrix, k: number, opts: ChebyshevOptions = {}): Promise<Svd> {
  const p = Math.min(W.rows, W.cols);
  checkRank('truncated SVD', W.rows, W.cols, k);
  if (W.data32 && W.data32.length !== W.rows * W.cols) {
    throw new RangeError(`matrix: data32 has ${W.data32.length} elements, expected ${W.rows}x${W.cols}=${W.rows * W.cols}`);
  }
  const { X, q } = shortSideMajor(W);
  const { l, whole } = blockFor(p, k, opts);
  if (whole) {
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
  const { toF32, gram32, mm32x64, chebyshev32 } = ops;
  if (opts.float32Filter !== false && toF32 && gram32 && mm32x64 && chebyshev32) {
    const G32 = await gram32(W.data32 ? shortSideMajor32(W.rows, W.cols, W.data32) : await toF32(X, p, q), p, q);
    op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  } else {
    const G = await gram(X, p, q);
    const apply = (Y: Float64Array) => ops.mm(G, p, p, Y, Y.length / p);
    op = { single: false, apply, filter: (Q, GQ, first, steps) => filterStepwise(apply, Q, GQ, first, steps) };
  }
  const c = Math.min(l, opts.finalColumns ?? k + Math.max(8, Math.ceil(k / 8)));
  const { Q, width } = await filteredSubspace(ops, rt, op, p, l, k, c, opts);
  return finalRayleighRitz(ops, rt, W, X, p, q, Q, width, k, Math.min(c, width));
}

/**
 * The k largest eigenvalues of the float32 Gram X X^T of a float32 matrix (descending), to float32
 * accuracy: the same filtered subspace iteration as chebyshevTruncatedSvd on the float32 Gram, with
 * the Ritz values of that Gram as the result, so no float64 copy of X and no final Rayleigh-Ritz
 * with W. For estimates that need a few relative digits (the randomized ESD's top eigenvalues:
 * WeightWatcher's own seed-to-seed spread is 1e-3 relative at 2048 x 5632); a residual tolerance
 * `tolerance` (default 1e-3) bounds each value's relative error by about its square.
 * null when the dense ops have no float32 path (the caller uses chebyshevTruncatedSvd).
 */
export async function chebyshevTopEigenvalues32(ops: DenseOps, rt: WasmRuntime, W: Float32Matrix, k: number, opts: ChebyshevOptions = {}): Promise<Float64Array | null> {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  checkRank('top eigenvalues', W.rows, W.cols, k);
  const { gram32, mm32x64, chebyshev32 } = ops;
  const { l, whole } = blockFor(p, k, opts);
  if (!gram32 || !mm32x64 || !chebyshev32 || whole) return null;
  const G32 = await gram32(shortSideMajor32(W.rows, W.cols, W.data32), p, q);
  const op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  // the last Rayleigh-Ritz of the iteration is on this Gram already: its Ritz values are the result
  const { theta } = await filteredSubspace(ops, rt, op, p, l, k, k, { ...opts, tolerance: opts.tolerance ?? 1e-3 });
  return theta.slice(0, k);
}

/** The short-side-major float32 form of a rows x cols matrix (as shortSideMajor): the values, or their transpose. */
function shortSideMajor32(rows: number, cols: number, data32: Float32Array): Float32Array {
  if (rows <= cols) return data32;
  const X = new Float32Array(rows * cols);
  transposeInto(data32, rows, cols, X);
  return X;
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

/** Ritz vectors (p x width, orthonormal, descending Ritz values) with G applied to them. */
interface RitzBlock {
  readonly Q: Float64Array;
  readonly GQ: Float64Array;
  readonly width: number;
  readonly theta: Float64Array;
  /** max over the top k of ||G q_j - theta_j q_j|| / theta_j */
  readonly maxRes: number;
}

/** Rayleigh-Ritz on the orthonormal basis K (p x n) with GK = G K: the top `want` Ritz pairs. */
async function rayleighRitz(ops: DenseOps, rt: WasmRuntime, p: number, n: number, K: Float64Array, GK: Float64Array, want: number, k: number): Promise<RitzBlock> {
  const H = await ops.tn(K, p, n, GK, n);
  const { values: theta, vectorsRows } = smallSymmetricTopK(rt, H, n, want);
  const Y = new Float64Array(n * want); // n x want, column j = Ritz vector j
  for (let j = 0; j < want; j++) for (let i = 0; i < n; i++) Y[i * want + j] = vectorsRows[j * n + i]!;
  const Q = await ops.mm(K, p, n, Y, want);
  const GQ = await ops.mm(GK, p, n, Y, want);
  const acc = new Float64Array(k);
  for (let i = 0; i < p; i++) {
    const o = i * want;
    for (let j = 0; j < k; j++) acc[j] = acc[j]! + (GQ[o + j]! - theta[j]! * Q[o + j]!) ** 2;
  }
  let maxRes = 0;
  for (let j = 0; j < k; j++) maxRes = Math.max(maxRes, theta[j]! > 0 ? Math.sqrt(acc[j]!) / theta[j]! : 0);
  return { Q, GQ, width: want, theta, maxRes };
}

/**
 * One block-Krylov step beyond the filtered subspace: Rayleigh-Ritz on [Q, R], R the orthonormalised
 * residual block G Q - Q Theta (one more product, G R). The Krylov space span{Q, G Q} holds, for each
 * Ritz vector, the best degree-1 correction on top of the filter, so a residual r becomes about 2 r^2
 * (measured on the bench matrices: 4.5e-3 -> 3.2e-5, 3.3e-3 -> 2.1e-5), where another filter round
 * would need 8-9 products for the same step. Columns already converged to rounding are left out.
 */
async function krylovExtension(ops: DenseOps, rt: WasmRuntime, op: GramOperator, p: number, cur: RitzBlock, k: number, want: number): Promise<RitzBlock> {
  const l = cur.width;
  const { Q, GQ, theta } = cur;
  const Rall = new Float64Array(p * l);
  const norms = new Float64Array(l);
  for (let i = 0; i < p; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) {
      const r = GQ[o + j]! - theta[j]! * Q[o + j]!;
      Rall[o + j] = r;
      norms[j] = norms[j]! + r * r;
    }
  }
  // columns converged to the float32 Gram's rounding add only noise
  const cols: number[] = [];
  for (let j = 0; j < l; j++) if (Math.sqrt(norms[j]!) > 1e-5 * Math.abs(theta[j]!)) cols.push(j);
  const m = cols.length;
  if (m === 0) return cur;
  const R = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let t = 0; t < m; t++) R[i * m + t] = Rall[i * l + cols[t]!]!;
  // Q^T R = Theta - Y^T sym(H) Y + Y^T H Y: the float32 Gram's rounding makes H = Q^T G Q slightly
  // unsymmetric, which leaves R off orthogonal to Q by ~1e-7 theta_1: project it out before the QR
  const QtR = await ops.tn(Q, p, l, R, m);
  const QQtR = await ops.mm(Q, p, l, QtR, m);
  for (let i = 0; i < p * m; i++) R[i] = R[i]! - QQtR[i]!;
  const Rq = await orthonormalize(ops, rt, R, p, m);
  const GR = await op.apply(Rq);
  const n = l + m;
  return rayleighRitz(ops, rt, p, n, besideEachOther(Q, l, Rq, m, p), besideEachOther(GQ, l, GR, m, p), Math.min(want, n), k);
}

/** [A B] for row-major A (p x a) and B (p x b). */
function besideEachOther(A: Float64Array, a: number, B: Float64Array, b: number, p: number): Float64Array {
  const n = a + b;
  const out = new Float64Array(p * n);
  for (let i = 0; i < p; i++) {
    out.set(A.subarray(i * a, i * a + a), i * n);
    out.set(B.subarray(i * b, i * b + b), i * n + a);
  }
  return out;
}

/**
 * Seeded Chebyshev-filtered subspace iteration, finished by a block-Krylov step once the residuals
 * are small enough for it to reach the tolerance; returns orthonormal Ritz vectors (descending) with their Ritz values,
 * at least `keep` of them.
 */
async function filteredSubspace(ops: DenseOps, rt: WasmRuntime, op: GramOperator, p: number, l: number, k: number, keep: number, opts: ChebyshevOptions): Promise<RitzBlock> {
  const tol = opts.tolerance ?? 1.5e-4;
  const maxDegree = Math.max(2, opts.maxDegree ?? 10);
  let degree = Math.min(maxDegree, Math.max(2, opts.degree ?? 6));
  const maxRounds = opts.maxRounds ?? 40;
  // the Krylov step turns r into ~2 r^2 (measured 1.6-1.9 r^2 on the bench matrices): tried from
  // r <= sqrt(tol / 4), and the filter rounds aim at 0.6 of that
  let extendFrom = opts.krylovStep === false ? 0 : Math.sqrt(tol / 4);
  // Subspace iteration needs a start block with no exact deficiency in the wanted directions, not
  // Gaussian entries: seeded uniform entries cost ~1 ms here where Box-Muller normals cost ~25 ms.
  const uniform = mulberry32(((opts.seed ?? 0) * 0x9e3779b1 + 0x6a09e667) >>> 0);
  const Om = new Float64Array(p * l);
  for (let i = 0; i < Om.length; i++) Om[i] = uniform() - 0.5;
  let Q: Float64Array = await orthonormalize(ops, rt, await op.apply(Om), p, l, true);
  let prevRes = NaN;
  let prevDegree = degree;
  let stalled = 0;
  for (let round = 0; ; round++) {
    // Rayleigh-Ritz (the filter's Gram; the final one uses W in float64)
    const cur = await rayleighRitz(ops, rt, p, l, Q, await op.apply(Q), l, k);
    opts.onRound?.(round, cur.maxRes, degree);
    // Two rounds below 1e-5 without a 30% gain: the residual sits at what the float32 Gram resolves
    // (~1e-6 relative; a tolerance below it needs float32Filter: false). The final float64
    // Rayleigh-Ritz still gives singular values of the exact W on this subspace. (Above 1e-5 a slow
    // round is a small spectral gap, and the iteration goes on.)
    stalled = Number.isFinite(prevRes) && cur.maxRes < 1e-5 && cur.maxRes > 0.7 * prevRes ? stalled + 1 : 0;
    if (cur.maxRes <= tol || round + 1 >= maxRounds || stalled >= 2) return cur;
    if (cur.maxRes <= extendFrom) {
      const ext = await krylovExtension(ops, rt, op, p, cur, k, keep);
      opts.onKrylovStep?.(round, ext.maxRes);
      if (ext.maxRes <= tol) return ext;
      // short of the tolerance (a spectrum where the step gains less than measured): filter on from
      // the block and try again only from half this residual
      extendFrom = cur.maxRes / 2;
    }
    const theta = cur.theta;
    const maxRes = cur.maxRes;
    // Degree for the next round: the residual falls by a roughly constant factor per product;
    // aim below the point where the Krylov step finishes (or well below the tolerance without
    // it: a short extra round costs more than two products), split evenly over the rounds that takes.
    if (Number.isFinite(prevRes) && prevRes > maxRes) {
      const perProduct = Math.log(prevRes / maxRes) / prevDegree;
      const target = extendFrom > 0 ? 0.6 * extendFrom : 0.25 * tol;
      const need = Math.log(maxRes / target) / perProduct;
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
    const first = { a: 1 / (e * x0), ac: c / (e * x0) };
    const steps: ChebyshevStep[] = [];
    let tPrev = 1;
    let tCur = x0;
    for (let d = 2; d <= degree; d++) {
      const tNext = 2 * x0 * tCur - tPrev;
      const a = (2 * tCur) / (e * tNext);
      steps.push({ a, ac: a * c, b: tPrev / tNext });
      tPrev = tCur;
      tCur = tNext;
    }
    Q = await orthonormalize(ops, rt, await op.filter(cur.Q, cur.GQ, first, steps), p, l, true);
  }
}

/** A filter round in float64, one product at a time (backends without the float32 path). */
async function filterStepwise(apply: (Y: Float64Array) => Promise<Float64Array>, Q: Float64Array, GQ: Float64Array, first: { a: number; ac: number }, steps: readonly ChebyshevStep[]): Promise<Float64Array> {
  const n = Q.length;
  let Yprev = Q;
  let Ycur = new Float64Array(n);
  for (let i = 0; i < n; i++) Ycur[i] = first.a * GQ[i]! - first.ac * Q[i]!;
  for (const { a, ac, b } of steps) {
    const GY = await apply(Ycur);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = a * GY[i]! - ac * Ycur[i]! - b * Yprev[i]!;
    Yprev = Ycur;
    Ycur = next;
  }
  return Ycur;
}

/**
 * CholeskyQR2 (products in `ops`, the l x l Cholesky factor and its inverse in wasm); Householder QR
 * when Cholesky breaks down. The columns are equilibrated first (same span): a filtered block is
 * ill-conditioned mostly through column scale (column j grows like the filter's value at theta_j),
 * which equilibration removes, so Cholesky holds and the slower Householder fallback stays rare.
 * Equilibration is folded into the l x l factor (Q = Y D R_s^{-1} with R_s the Cholesky factor of
 * D Y^T Y D), so no pass over the p x l block runs in JavaScript.
 * `relaxed`: inside the filter rounds one pass is enough when the Cholesky factor is well conditioned
 * (orthogonality ~ eps cond^2, measured 1e-10..1e-12 there), since the final Rayleigh-Ritz
 * re-orthonormalises the columns it keeps; the second pass then runs only for ill-conditioned blocks.
 */
async function orthonormalize(ops: DenseOps, rt: WasmRuntime, Y: Float64Array, p: number, l: number, relaxed = false): Promise<Float64Array> {
  let Q = Y;
  for (let pass = 0; pass < 2; pass++) {
    const chol = equilibratedInverseCholesky(rt, await ops.tn(Q, p, l, Q, l), l);
    if (!chol) return householderQ(rt, Y, p, l);
    Q = await ops.mm(Q, p, l, chol.M, l);
    if (relaxed && chol.diagRatio > 1e-3) break;
  }
  return Q;
}

/**
 * For the Gram A = Y^T Y (l x l): M = D R_s^{-1} with D = diag(A)^{-1/2} and R_s the upper Cholesky
 * factor of D A D, so that Y M has orthonormal columns; null when D A D is not SPD enough.
 */
function equilibratedInverseCholesky(rt: WasmRuntime, A: Float64Array, l: number): { M: Float64Array; diagRatio: number } | null {
  const d = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    const v = A[j * l + j]!;
    if (!(v > 0)) return null;
    d[j] = 1 / Math.sqrt(v);
  }
  const L = rt.layout({ A: l * l, L: l * l, Li: l * l, R: l * l, ratio: 1 });
  const As = rt.f64(L.A, l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) As[i * l + j] = d[i]! * A[i * l + j]! * d[j]!;
  if (rt.k.chol_inv_upper(l, L.A, L.L, L.Li, L.R, 1e-13, L.ratio) !== 0) return null;
  const M = Float64Array.from(rt.f64(L.R, l * l));
  for (let i = 0; i < l; i++) {
    const di = d[i]!;
    for (let j = i; j < l; j++) M[i * l + j] = M[i * l + j]! * di;
  }
  return { M, diagRatio: rt.f64(L.ratio, 1)[0]! };
}

function orient(W: Matrix, Ushort: Float64Array, Vlong: Float64Array, S: Float64Array, k: number): Svd {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j]!;
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}
