/**
 * All eigenvalues of a symmetric matrix by the two-stage reduction LAPACK's dsyevd_2stage uses:
 *   1. dense -> band (bandwidth b): per panel a Householder QR (wasm, one thread) and a two-sided
 *      block update A22 <- Q^T A22 Q written as matrix products (level 3: `BandUpdater`, run by the
 *      threaded wasm GEMM or by onnxruntime);
 *   2. band -> tridiagonal by bulge chasing (wasm, O(n^2 b));
 *   3. implicit QL (tql1) on the tridiagonal matrix.
 * Only eigenvalues are produced (no back-transformation), so stage 2 stays cheap.
 */
import type { WasmRuntime } from './runtime.js';

/** Default bandwidth of the intermediate band matrix (tuned by bench/run.ts). */
export const DEFAULT_BAND = 32;

/** Lower band storage of a symmetric matrix: ab[c * ld + (r - c)] = A[r][c], ld = 2b + 1. */
export interface BandMatrix {
  readonly n: number;
  readonly b: number;
  readonly ld: number;
  readonly ab: Float64Array;
}

export function newBand(n: number, b: number): BandMatrix {
  const ld = 2 * b + 1;
  return { n, b, ld, ab: new Float64Array(n * ld) };
}

/** Copies the lower triangle of the s x s block (ld lds, starting at `src`) to band rows/cols k.. */
export function putDiagonalBlock(band: BandMatrix, k: number, src: Float64Array, off: number, lds: number, s: number): void {
  const { ab, ld } = band;
  for (let c = 0; c < s; c++) {
    const base = (k + c) * ld;
    for (let r = c; r < s; r++) ab[base + (r - c)] = src[off + r * lds + c]!;
  }
}

/** Writes the b x b upper-triangular R of the panel at offset k: A[k+b+i][k+j] = R[i][j], i <= j. */
export function putPanelR(band: BandMatrix, k: number, R: Float64Array, rOff: number, rows: number): void {
  const { ab, ld, b } = band;
  for (let j = 0; j < b; j++) {
    const base = (k + j) * ld;
    for (let i = 0; i <= j && i < rows; i++) ab[base + (b + i - j)] = R[rOff + i * b + j]!;
  }
}

/** Stage 2 + 3: eigenvalues (ascending) of the band matrix. The band storage is overwritten. */
export function bandEigenvalues(rt: WasmRuntime, band: BandMatrix, pipelinedThreads = false): Float64Array {
  const { n, b, ld } = band;
  const nth = rt.threads;
  const L = rt.layout({ ab: n * ld, d: n, e: n, work: 4 * b * nth + 8, progress: Math.ceil(n / 2) + 2 });
  rt.f64(L.ab, n * ld).set(band.ab);
  // The pipelined multi-thread bulge chase (band_to_tridiag_mt) is exact but measured slower than
  // one thread on 2 busy cores (per-step synchronisation); it is kept as an option.
  if (pipelinedThreads && nth > 1 && n > 4 * b) {
    new Int32Array(rt.memory.buffer, L.progress, n).fill(0);
    rt.parallel('band_to_tridiag_mt', [n, b, L.ab, ld, L.work, L.progress]);
    rt.k.band_extract(n, L.ab, ld, L.d, L.e);
  } else {
    rt.k.band_to_tridiag(n, b, L.ab, ld, L.d, L.e, L.work);
  }
  const status = rt.k.tql(n, L.d, L.e, 0, 0);
  if (status !== 0) throw new Error('wasm engine: implicit QL did not converge (60 iterations for one eigenvalue)');
  const values = Float64Array.from(rt.f64(L.d, n));
  values.sort();
  return values;
}

/**
 * Stage 1 entirely in wasm memory: A (n x n, full symmetric, ld n) at byte offset `aPtr` is
 * reduced in place, the band is returned. Scratch is laid out after A by the caller's layout.
 */
export function denseToBandWasm(rt: WasmRuntime, n: number, b: number, aPtr: number, scratch: { L: number; Rt: number; XV: number; R: number; T: number; M: number; work: number }): BandMatrix {
  const band = newBand(n, b);
  const heap = () => rt.f64(0, rt.memory.buffer.byteLength / 8);
  const aIdx = aPtr / 8;
  let k = 0;
  for (; n - k > b; k += b) {
    const s = n - k;
    const m = s - b;
    let H = heap();
    putDiagonalBlock(band, k, H, aIdx + k * n + k, n, b);
    const panel = aPtr + ((k + b) * n + k) * 8;
    rt.k.panel_qr(m, b, panel, n, scratch.R, scratch.T, scratch.work);
    H = heap();
    putPanelR(band, k, H, scratch.R / 8, Math.min(m, b));
    if (m <= 0) continue;
    const a22 = aPtr + ((k + b) * n + (k + b)) * 8;
    const ld2 = 2 * b;
    // L = [V | Z] (m x 2b): V from the panel.
    const Li = scratch.L / 8;
    const Pi = panel / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Li + r * ld2 + c] = H[Pi + r * n + c]!;
    // X = A22 V (m x b)
    rt.parallel('gemm_nn', [m, b, m, 1, a22, n, scratch.L, ld2, 0, scratch.XV, b]);
    // Y = X T -> right half of L
    rt.parallel('gemm_nn', [m, b, b, 1, scratch.XV, b, scratch.T, b, 0, scratch.L + b * 8, ld2]);
    // Rt rows 0..b = V^T (for V^T Y and for the update), rows b..2b = Z^T later
    H = heap();
    const Ri = scratch.Rt / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + (b + c) * m + r] = H[Li + r * ld2 + c]!;
    // W1 = V^T Y (b x b) into M, then M' = T^T W1 (b x b, in JS: b^3)
    rt.parallel('gemm_nn', [b, b, m, 1, scratch.Rt + b * m * 8, m, scratch.L + b * 8, ld2, 0, scratch.M, b], 1);
    H = heap();
    const Mi = scratch.M / 8, Ti = scratch.T / 8;
    const W1 = H.slice(Mi, Mi + b * b);
    for (let i = 0; i < b; i++) {
      for (let j = 0; j < b; j++) {
        let acc = 0;
        for (let l = 0; l <= i; l++) acc += H[Ti + l * b + i]! * W1[l * b + j]!; // T^T[i][l] = T[l][i], T upper
        H[Mi + i * b + j] = acc;
      }
    }
    // Z = Y - 0.5 V M'  (in the right half of L)
    rt.parallel('gemm_nn', [m, b, b, -0.5, scratch.L, ld2, scratch.M, b, 1, scratch.L + b * 8, ld2]);
    // Rt rows 0..b = Z^T
    H = heap();
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + c * m + r] = H[Li + r * ld2 + b + c]!;
    // A22 -= [V Z] [Z V]^T = L * Rt
    rt.parallel('gemm_nn', [m, m, ld2, -1, scratch.L, ld2, scratch.Rt, m, 1, a22, n]);
  }
  putDiagonalBlock(band, k, heap(), aIdx + k * n + k, n, n - k);
  return band;
}
