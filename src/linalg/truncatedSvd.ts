/**
 * Top-k singular triplets by randomized block Krylov iteration with Rayleigh-Ritz (Musco & Musco
 * 2015; Halko, Martinsson & Tropp 2011 for the sketch), deterministic for a given seed.
 *
 * With X the short-side-major form of W (p x q, p = min(rows, cols)):
 *   K = orth[X Om, (X X^T) X Om, ..., (X X^T)^it X Om]   (p x s, s = (it + 1) * l, l = k + over)
 *   Z = X^T K (q x s),  C = Z^T Z = K^T X X^T K (s x s) = Y diag(theta) Y^T   (wasm, with vectors)
 *   sigma_i = sqrt(theta_i), U = K y_i, V = Z y_i / sigma_i.
 * Every block is orthogonalised against all previous ones twice (block Gram-Schmidt) and then by
 * Householder QR (wasm), so the basis stays orthonormal to rounding even when the Krylov space has
 * converged. Krylov subspaces converge like Chebyshev polynomials in the spectral gap, which is
 * what makes 1e-6 accuracy affordable on the slowly decaying spectra of LLM weights where plain
 * subspace (power) iteration would need dozens of passes.
 */
import { WwError } from '../errors.js';
import type { DenseOps } from './denseOps.js';
import type { Matrix, Svd } from './matrix.js';
import type { WasmRuntime } from './wasm/runtime.js';
import { shortSideMajor } from './ort/ortEsd.js';

export interface KrylovOptions {
  readonly seed?: number;
  /** extra block columns beyond k (default max(10, ceil(k / 10))) */
  readonly oversample?: number;
  /** Krylov blocks after the first (default 5) */
  readonly iterations?: number;
}

/** Deterministic standard normal generator (xorshift128+ and Box-Muller). */
export function gaussianStream(seed: number): () => number {
  let s0 = BigInt.asUintN(64, BigInt(Math.floor(seed)) * 0x9e3779b97f4a7c15n + 0x1234567n);
  let s1 = BigInt.asUintN(64, s0 ^ 0xdeadbeefcafebaben);
  const next = (): number => {
    let x = s0;
    const y = s1;
    s0 = y;
    x = BigInt.asUintN(64, x ^ (x << 23n));
    s1 = BigInt.asUintN(64, x ^ y ^ (x >> 17n) ^ (y >> 26n));
    return Number(BigInt.asUintN(53, s1 + y)) / 2 ** 53;
  };
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const v = spare;
      spare = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/** Orthonormal basis of the columns of Y (p x l) by Householder QR in wasm; returns Q (p x l). */
function householderQ(rt: WasmRuntime, Y: Float64Array, p: number, l: number): Float64Array {
  const L = rt.layout({ P: p * l, R: l * l, T: l * l, work: 4 * l + 8, M: l * l, Q: p * l });
  rt.f64(L.P, p * l).set(Y);
  rt.k.panel_qr(p, l, L.P, l, L.R, L.T, L.work);
  // Q = E - V (T V1^T), V1 = first l rows of V (unit lower triangular)
  const H = rt.f64(0, rt.memory.buffer.byteLength / 8);
  const Vi = L.P / 8, Ti = L.T / 8, Mi = L.M / 8;
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < l; j++) {
      let acc = 0;
      for (let t = i; t < l; t++) acc += H[Ti + i * l + t]! * (j < p ? H[Vi + j * l + t]! : 0); // T upper: t >= i; V1^T[t][j] = V[j][t]
      H[Mi + i * l + j] = acc;
    }
  }
  rt.parallel('gemm_nn', [p, l, l, -1, L.P, l, L.M, l, 0, L.Q, l]);
  const Q = Float64Array.from(rt.f64(L.Q, p * l));
  for (let i = 0; i < Math.min(p, l); i++) Q[i * l + i] = Q[i * l + i]! + 1;
  return Q;
}

/** Y -= K (K^T Y) with K (p x s) orthonormal columns. */
async function project(ops: DenseOps, K: Float64Array, p: number, s: number, Y: Float64Array, l: number): Promise<void> {
  if (s === 0) return;
  const C = await ops.tn(K, p, s, Y, l);
  const KC = await ops.mm(K, p, s, C, l);
  for (let i = 0; i < p * l; i++) Y[i] = Y[i]! - KC[i]!;
}

export async function krylovTruncatedSvd(ops: DenseOps, rt: WasmRuntime, W: Matrix, k: number, opts: KrylovOptions = {}): Promise<Svd> {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError('RANK_OUT_OF_RANGE', `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { X, q } = shortSideMajor(W);
  const over = opts.oversample ?? Math.max(10, Math.ceil(k / 10));
  let l = Math.min(p, k + over);
  let iters = opts.iterations ?? 5;
  // The whole space is cheaper than a Krylov basis that would span it anyway.
  if ((iters + 1) * l >= p) {
    l = p;
    iters = 0;
  }
  const gauss = gaussianStream(opts.seed ?? 0);
  const Om = new Float64Array(q * l);
  for (let i = 0; i < Om.length; i++) Om[i] = gauss();

  const sMax = (iters + 1) * l;
  const K = new Float64Array(p * sMax); // p x sMax, blocks appended column-wise
  let s = 0;
  const appendBlock = async (Y: Float64Array) => {
    const Kc = compactColumns(K, p, sMax, s);
    await project(ops, Kc, p, s, Y, l);
    await project(ops, Kc, p, s, Y, l);
    let Q = householderQ(rt, Y, p, l);
    if (s > 0) {
      await project(ops, Kc, p, s, Q, l);
      Q = householderQ(rt, Q, p, l);
    }
    for (let r = 0; r < p; r++) K.set(Q.subarray(r * l, r * l + l), r * sMax + s);
    s += l;
  };
  await appendBlock(await ops.mm(X, p, q, Om, l));
  // Z = X^T K (q x s), filled block by block: the X^T Q_i of each iteration is reused.
  const Z = new Float64Array(q * sMax);
  const lastBlockTimesX = async (): Promise<void> => {
    const last = new Float64Array(p * l);
    for (let r = 0; r < p; r++) last.set(K.subarray(r * sMax + s - l, r * sMax + s), r * l);
    const Zi = await ops.tn(X, p, q, last, l); // q x l
    for (let r = 0; r < q; r++) Z.set(Zi.subarray(r * l, r * l + l), r * sMax + s - l);
  };
  for (let it = 0; it < iters; it++) {
    await lastBlockTimesX();
    const Zi = new Float64Array(q * l);
    for (let r = 0; r < q; r++) Zi.set(Z.subarray(r * sMax + s - l, r * sMax + s), r * l);
    await appendBlock(await ops.mm(X, p, q, Zi, l));
  }
  await lastBlockTimesX();
  const Kc = compactColumns(K, p, sMax, s);
  const C = await ops.tn(Z, q, s, Z, s); // s x s = K^T X X^T K
  const { values, vectorsRows } = smallSymmetricEigen(rt, C, s);
  // top k, descending
  const Yk = new Float64Array(s * k); // s x k
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const src = s - 1 - j;
    S[j] = Math.sqrt(Math.max(0, values[src]!));
    for (let r = 0; r < s; r++) Yk[r * k + j] = vectorsRows[src * s + r]!;
  }
  const Ushort = await ops.mm(Kc, p, s, Yk, k); // p x k
  const Vlong = await ops.mm(Z, q, s, Yk, k); // q x k, columns scaled by sigma
  for (let r = 0; r < q; r++) for (let j = 0; j < k; j++) Vlong[r * k + j] = S[j]! > 0 ? Vlong[r * k + j]! / S[j]! : 0;
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong; // rows x k
  const Vcols = wide ? Vlong : Ushort; // cols x k
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j]!;
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}

/** The first `s` columns of a p x ld row-major array as a compact p x s array. */
function compactColumns(K: Float64Array, p: number, ld: number, s: number): Float64Array {
  if (s === ld) return K;
  const out = new Float64Array(p * s);
  for (let r = 0; r < p; r++) out.set(K.subarray(r * ld, r * ld + s), r * s);
  return out;
}

/** Eigen-decomposition of a small symmetric s x s matrix: values ascending, vectors as rows. */
export function smallSymmetricEigen(rt: WasmRuntime, C: Float64Array, s: number): { values: Float64Array; vectorsRows: Float64Array } {
  const L = rt.layout({ A: s * s, d: s, e: s, Qt: s * s, work: 2 * s + 8 });
  // symmetrise against rounding in C = Z^T Z
  const A = rt.f64(L.A, s * s);
  for (let i = 0; i < s; i++) for (let j = 0; j <= i; j++) {
    const v = 0.5 * (C[i * s + j]! + C[j * s + i]!);
    A[i * s + j] = v;
    A[j * s + i] = v;
  }
  if (rt.k.sym_eig_vectors(s, L.A, L.d, L.e, L.Qt, L.work) !== 0) {
    throw new Error('wasm engine: small symmetric eigensolver did not converge');
  }
  const d = Float64Array.from(rt.f64(L.d, s));
  const Qt = rt.f64(L.Qt, s * s);
  const order = Array.from(d.keys()).sort((a, b) => d[a]! - d[b]!);
  const values = new Float64Array(s);
  const vectorsRows = new Float64Array(s * s);
  order.forEach((src, dst) => {
    values[dst] = d[src]!;
    vectorsRows.set(Qt.subarray(src * s, src * s + s), dst * s);
  });
  return { values, vectorsRows };
}
