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
  /** Krylov blocks after the first, before the first convergence check (default 4) */
  readonly iterations?: number;
  /** more blocks are added until every relative residual is below this (default 2e-4) */
  readonly tolerance?: number;
  /** cap on Krylov blocks (default 16) */
  readonly maxBlocks?: number;
  /** diagnostics: relative residuals ||X v_j - sigma_j u_j|| / sigma_j and the blocks used */
  readonly onResiduals?: (r: Float64Array, blocks: number) => void;
}

/**
 * Deterministic standard normal generator (xorshift128+ and Box-Muller). The 64-bit state is kept
 * as 32-bit halves (BigInt only for seeding): the same stream as 64-bit arithmetic, several times faster.
 */
export function gaussianStream(seed: number): () => number {
  const s0 = BigInt.asUintN(64, BigInt(Math.floor(seed)) * 0x9e3779b97f4a7c15n + 0x1234567n);
  const s1 = BigInt.asUintN(64, s0 ^ 0xdeadbeefcafebaben);
  let h0 = Number(s0 >> 32n) >>> 0;
  let l0 = Number(s0 & 0xffffffffn) >>> 0;
  let h1 = Number(s1 >> 32n) >>> 0;
  let l1 = Number(s1 & 0xffffffffn) >>> 0;
  const next = (): number => {
    // x = s0; y = s1; s0 = y; x ^= x << 23; s1 = x ^ y ^ (x >> 17) ^ (y >> 26); out = low 53 bits of s1 + y
    let xh = h0;
    let xl = l0;
    const yh = h1;
    const yl = l1;
    h0 = yh;
    l0 = yl;
    xh = (xh ^ ((xh << 23) | (xl >>> 9))) >>> 0;
    xl = (xl ^ (xl << 23)) >>> 0;
    h1 = (xh ^ yh ^ (xh >>> 17) ^ (yh >>> 26)) >>> 0;
    l1 = (xl ^ yl ^ ((xl >>> 17) | (xh << 15)) ^ ((yl >>> 26) | (yh << 6))) >>> 0;
    const lo = l1 + yl;
    const hi = (h1 + yh + (lo > 0xffffffff ? 1 : 0)) & 0x1fffff;
    return (hi * 4294967296 + (lo >>> 0)) / 2 ** 53;
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
export function householderQ(rt: WasmRuntime, Y: Float64Array, p: number, l: number): Float64Array {
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
  let blocks = (opts.iterations ?? 4) + 1;
  const maxBlocks = Math.max(blocks, opts.maxBlocks ?? 16);
  const tol = opts.tolerance ?? 2e-4;
  // A basis that would span (nearly) everything: take the whole space in one block.
  if (blocks * l >= p) {
    l = p;
    blocks = 1;
  }
  const gauss = gaussianStream(opts.seed ?? 0);
  const Om = new Float64Array(q * l);
  for (let i = 0; i < Om.length; i++) Om[i] = gauss();

  const Qs: Float64Array[] = []; // orthonormal blocks, p x l each
  const Zs: Float64Array[] = []; // X^T Q_i, q x l each
  const Cblocks = new Map<string, Float64Array>(); // Z_i^T Z_j (l x l), i >= j
  const basis = (): Float64Array => joinColumns(Qs, p, l);
  const appendBlock = async (Y: Float64Array) => {
    const s = Qs.length * l;
    const K = s > 0 ? basis() : null;
    if (K) await project(ops, K, p, s, Y, l);
    let Q = householderQ(rt, Y, p, l);
    if (K) {
      await project(ops, K, p, s, Q, l);
      Q = householderQ(rt, Q, p, l);
    }
    Qs.push(Q);
    Zs.push(await ops.tn(X, p, q, Q, l));
  };
  const grow = async (n: number) => {
    for (let i = 0; i < n && Qs.length < maxBlocks && (Qs.length + 1) * l <= p; i++) {
      await appendBlock(await ops.mm(X, p, q, Zs[Zs.length - 1]!, l));
    }
  };
  await appendBlock(await ops.mm(X, p, q, Om, l));
  await grow(blocks - 1);

  let prevRes = Infinity;
  for (;;) {
    const nb = Qs.length;
    const s = nb * l;
    // C = K^T X X^T K = Z^T Z, assembled from cached l x l blocks
    const C = new Float64Array(s * s);
    for (let i = 0; i < nb; i++) {
      for (let j = 0; j <= i; j++) {
        const key = `${i},${j}`;
        let blk = Cblocks.get(key);
        if (!blk) {
          blk = await ops.tn(Zs[i]!, q, l, Zs[j]!, l);
          Cblocks.set(key, blk);
        }
        for (let r = 0; r < l; r++) {
          for (let c = 0; c < l; c++) {
            const v = blk[r * l + c]!;
            C[(i * l + r) * s + j * l + c] = v;
            C[(j * l + c) * s + i * l + r] = v;
          }
        }
      }
    }
    const { values, vectorsRows } = smallSymmetricTopK(rt, C, s, k);
    const Yk = new Float64Array(s * k); // s x k
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      S[j] = Math.sqrt(Math.max(0, values[j]!));
      for (let r = 0; r < s; r++) Yk[r * k + j] = vectorsRows[j * s + r]!;
    }
    const Ushort = await ops.mm(basis(), p, s, Yk, k); // p x k
    const Vlong = await ops.mm(joinColumns(Zs, q, l), q, s, Yk, k); // q x k, columns scaled by sigma
    for (let r = 0; r < q; r++) for (let j = 0; j < k; j++) Vlong[r * k + j] = S[j]! > 0 ? Vlong[r * k + j]! / S[j]! : 0;
    // r_j = || X v_j - sigma_j u_j || / sigma_j  (X^T u_j = sigma_j v_j holds by construction); the
    // singular value error is about r_j^2 (relative), so r <= 2e-4 leaves a wide margin below 1e-6.
    const XV = await ops.mm(X, p, q, Vlong, k);
    const res = new Float64Array(k);
    let maxRes = 0;
    for (let j = 0; j < k; j++) {
      let acc = 0;
      for (let r = 0; r < p; r++) acc += (XV[r * k + j]! - S[j]! * Ushort[r * k + j]!) ** 2;
      res[j] = S[j]! > 0 ? Math.sqrt(acc) / S[j]! : 0;
      maxRes = Math.max(maxRes, res[j]!);
    }
    const canGrow = Qs.length < maxBlocks && (Qs.length + 1) * l <= p && l < p;
    if (maxRes <= tol || !canGrow) {
      opts.onResiduals?.(res, Qs.length);
      return orient(W, Ushort, Vlong, S, k);
    }
    // residuals fall geometrically per block: extrapolate (assume a factor 4 on the first round)
    const rate = Number.isFinite(prevRes) && prevRes > maxRes ? prevRes / maxRes : 4;
    const add = Math.min(3, Math.max(1, Math.ceil(Math.log(maxRes / tol) / Math.log(Math.max(rate, 1.5)))));
    prevRes = maxRes;
    await grow(add);
  }
}

function orient(W: Matrix, Ushort: Float64Array, Vlong: Float64Array, S: Float64Array, k: number): Svd {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong; // rows x k
  const Vcols = wide ? Vlong : Ushort; // cols x k
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j]!;
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}

/** Blocks (rows x l each) side by side: rows x (blocks * l). */
function joinColumns(blocks: readonly Float64Array[], rows: number, l: number): Float64Array {
  if (blocks.length === 1) return blocks[0]!;
  const s = blocks.length * l;
  const out = new Float64Array(rows * s);
  blocks.forEach((b, i) => {
    for (let r = 0; r < rows; r++) out.set(b.subarray(r * l, r * l + l), r * s + i * l);
  });
  return out;
}

/**
 * The k largest eigenpairs of a small symmetric s x s matrix (wasm: tridiagonalisation, QL, inverse
 * iteration, back-transformation): values descending, vectors as rows (k x s).
 */
export function smallSymmetricTopK(rt: WasmRuntime, C: Float64Array, s: number, k: number): { values: Float64Array; vectorsRows: Float64Array } {
  const L = rt.layout({ A: s * s, vals: s, Y: k * s, work: 10 * s + 8 });
  const A = rt.f64(L.A, s * s);
  // symmetrise against rounding in C = Z^T Z
  for (let i = 0; i < s; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (C[i * s + j]! + C[j * s + i]!);
      A[i * s + j] = v;
      A[j * s + i] = v;
    }
  }
  if (rt.k.sym_eig_topk(s, L.A, k, L.vals, L.Y, L.work) !== 0) {
    throw new Error('wasm engine: small symmetric eigensolver did not converge');
  }
  const all = rt.f64(L.vals, s);
  const values = new Float64Array(k);
  for (let j = 0; j < k; j++) values[j] = all[s - 1 - j]!;
  return { values, vectorsRows: Float64Array.from(rt.f64(L.Y, k * s)) };
}
