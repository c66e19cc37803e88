/**
 * Gram eigenvalues with onnxruntime doing the level-3 work: the short-side Gram in float64 (lower
 * block rows only, then mirrored) and every two-sided block update of the dense -> band reduction;
 * the panel QRs, the band -> tridiagonal bulge chasing and QL run in the wasm kernels.
 * onnxruntime cannot read a SharedArrayBuffer, so the dense matrices live in ordinary
 * Float64Arrays (ping-pong buffers, written by onnxruntime directly as pre-allocated outputs).
 */
import { lowerBlockRows, mirrorLower, putLowerBlockRow, transposeInto, type Matrix } from '../matrix.js';
import type { WasmRuntime } from '../wasm/runtime.js';
import { bandEigenvalues, DEFAULT_BAND, denseToBandWasm, newBand, putDiagonalBlock, putPanelR } from '../wasm/spectrum.js';
import { bandScratchSizes, clampNonNegative } from '../wasm/wasmEsd.js';
import type { OrtOps } from './ortOps.js';

/** W itself when it is wide, else a transposed copy: p x q row-major with p = min(rows, cols). */
export function shortSideMajor(W: Matrix): { X: Float64Array; p: number; q: number } {
  const { rows, cols, data } = W;
  if (rows <= cols) return { X: data, p: rows, q: cols };
  const X = new Float64Array(rows * cols);
  transposeInto(data, rows, cols, X);
  return { X, p: cols, q: rows };
}

/** Full symmetric Gram X X^T (p x p) from block rows of its lower triangle (lowerBlockRows), then mirrored. */
export async function gramOrt(ops: OrtOps, X: Float64Array, p: number, q: number, out: Float64Array, blockRows = 256): Promise<void> {
  const rows = lowerBlockRows(p, blockRows);
  if (rows.length === 1) {
    await ops.gemmNT(X.subarray(0, p * q), p, q, X.subarray(0, p * q), p, out.subarray(0, p * p));
    return;
  }
  const tmp = new Float64Array(Math.ceil(p / rows.length + 1) * p);
  for (const { r0, r1 } of rows) {
    const blk = await ops.gemmNT(X.subarray(r0 * q, r1 * q), r1 - r0, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, (r1 - r0) * r1));
    putLowerBlockRow(out, p, blk, r0, r1);
  }
  mirrorLower(out, p);
}

/**
 * Full symmetric float32 Gram X X^T (p x p), as gramOrt. Only for shaping a subspace (the truncated
 * SVD's filter): the entries carry float32 rounding (~1e-7 relative), never used where float64
 * accuracy is promised.
 */
export async function gramOrt32(ops: OrtOps, X: Float32Array, p: number, q: number, blockRows = 256): Promise<Float32Array> {
  const out = new Float32Array(p * p);
  const rows = lowerBlockRows(p, blockRows);
  if (rows.length === 1) return ops.gemmNT32(X, p, q, X, p, out);
  const tmp = new Float32Array(Math.ceil(p / rows.length + 1) * p);
  for (const { r0, r1 } of rows) {
    const blk = await ops.gemmNT32(X.subarray(r0 * q, r1 * q), r1 - r0, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, (r1 - r0) * r1));
    putLowerBlockRow(out, p, blk, r0, r1);
  }
  mirrorLower(out, p);
  return out;
}

/**
 * The default CPU pipeline: Gram by onnxruntime (its float64 GEMM is several times faster than
 * SIMD128), copied into wasm memory, then the in-place threaded wasm band reduction (measured
 * faster than routing every block update through onnxruntime, which must copy the trailing
 * matrix in and out on every step), bulge chasing and QL.
 */
export async function gramEigenvaluesOrt(ops: OrtOps, rt: WasmRuntime, W: Matrix, bandwidth = DEFAULT_BAND): Promise<Float64Array> {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const S = new Float64Array(p * p);
  await gramOrt(ops, X, p, q, S);
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const L = rt.layout({ G: p * p, ...bandScratchSizes(p, b) });
  rt.f64(L.G, p * p).set(S);
  const band = denseToBandWasm(rt, p, b, L.G, L);
  return clampNonNegative(bandEigenvalues(rt, band));
}

/** Panels per delayed trailing update in the onnxruntime band reduction (tuned by bench/run.ts). */
export const DEFAULT_GROUP_PANELS = 4;

/**
 * Bandwidth and panels per group of the onnxruntime band reduction for a p x p Gram. A narrower
 * band makes the serial bulge chase cheaper (its cost grows with the bandwidth) at the price of
 * thinner panels, which wider groups make up for; measured (2-core AVX-512 VM, 1 and 2 onnxruntime
 * threads, docs/scaling.md): 24 / 6 is 5-8% faster than 32 / 4 from p = 2048, 24 / 8 another 2-7%
 * at p = 4096; below ~1500 the choices are within noise and 32 / 4 is kept.
 */
export function bandShape(p: number): { readonly bandwidth: number; readonly groupPanels: number } {
  if (p < 1536) return { bandwidth: DEFAULT_BAND, groupPanels: DEFAULT_GROUP_PANELS };
  return { bandwidth: 24, groupPanels: p < 3072 ? 6 : 8 };
}

/**
 * Same as gramEigenvaluesOrt but with every level-3 step of the band reduction in onnxruntime,
 * trailing updates delayed over groups of `groupPanels` panels (1: one update per panel).
 */
export async function gramEigenvaluesOrtBand(ops: OrtOps, rt: WasmRuntime, W: Matrix, bandwidth?: number, groupPanels?: number): Promise<Float64Array> {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const shape = bandShape(p);
  const S = ops.scratch('esd.S', p * p); // every element is written by the Gram before it is read
  await gramOrt(ops, X, p, q, S);
  // groupPanels <= 1 skips the grouped loop: its per-panel tail then reduces the whole matrix.
  return symmetricEigenvaluesOrtGrouped(ops, rt, S, p, bandwidth ?? shape.bandwidth, groupPanels ?? shape.groupPanels);
}

/** Rows r0.. (count rows) and columns c0..c0+w of the row-major matrix S (ld s), as a compact array. */
function subBlock(S: Float64Array, s: number, r0: number, rows: number, c0: number, w: number): Float64Array {
  const out = new Float64Array(rows * w);
  for (let r = 0; r < rows; r++) out.set(S.subarray((r0 + r) * s + c0, (r0 + r) * s + c0 + w), r * w);
  return out;
}

/**
 * Dense -> band with the trailing update delayed over groups of panels (default 4) (as LAPACK's dlatrd delays
 * the updates inside a block): the second panel and its product with the trailing matrix are
 * corrected by the first panel's pending rank-2b update, so the big trailing matrix is rewritten
 * once per group (one rank-2bg update) instead of once per panel. The update passes are
 * memory-bound in onnxruntime, so this halves the dominant cost. Returns eigenvalues ascending.
 */
export async function symmetricEigenvaluesOrtGrouped(ops: OrtOps, rt: WasmRuntime, S0: Float64Array<ArrayBufferLike>, p: number, bandwidth = DEFAULT_BAND, groupPanels = DEFAULT_GROUP_PANELS): Promise<Float64Array> {
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const band = newBand(p, b);
  let S = S0;
  // the ping-pong partner of S: each update writes all of its m x m before anything reads it
  let spare: Float64Array<ArrayBufferLike> = ops.scratch('esd.spare', Math.max(0, p - b) ** 2);
  const L = rt.layout({ P: p * b, R: b * b, T: b * b, work: 4 * b });
  const heap = () => rt.f64(0, rt.memory.buffer.byteLength / 8);
  const qr = (P: Float64Array, m: number, k: number): { V: Float64Array; T: Float64Array } => {
    rt.f64(L.P, m * b).set(P);
    rt.k.panel_qr(m, b, L.P, b, L.R, L.T, L.work);
    putPanelR(band, k, heap(), L.R / 8, Math.min(m, b));
    return { V: Float64Array.from(rt.f64(L.P, m * b)), T: Float64Array.from(rt.f64(L.T, b * b)) };
  };
  let k = 0;
  let s = p;
  const zeros1 = new Float64Array(p);
  const g = Math.max(1, groupPanels);
  // The pending updates of a group side by side, by absolute row of this group's S: columns
  // [2b i, 2b (i + 1)) of row r hold row r of panel i's L_i = [V_i Z_i] (R: [Z_i V_i]); columns of
  // panels not yet reduced are zero, so a row range is one contiguous block that onnxruntime takes
  // as it is (building these blocks by row copies cost ~50 ms at p = 2048).
  const width = 2 * b * g;
  const Lall = new Float64Array(g > 1 ? p * width : 0);
  const Rall = new Float64Array(g > 1 ? p * width : 0);
  const rowsOf = (A: Float64Array, r0: number, rows: number): Float64Array => A.subarray(r0 * width, (r0 + rows) * width);
  while (g > 1 && s > (g + 1) * b) {
    Lall.fill(0, 0, s * width);
    Rall.fill(0, 0, s * width);
    for (let j = 0; j < g; j++) {
      const mj = s - (j + 1) * b;
      let D = subBlock(S, s, j * b, b, j * b, b);
      let P = subBlock(S, s, (j + 1) * b, mj, j * b, b);
      let Lc: Float64Array = zeros1.subarray(0, mj);
      let Rc: Float64Array = zeros1.subarray(0, mj);
      if (j > 0) {
        const Ltop = rowsOf(Lall, j * b, b);
        const Rtop = rowsOf(Rall, j * b, b);
        Lc = rowsOf(Lall, (j + 1) * b, mj);
        Rc = rowsOf(Rall, (j + 1) * b, mj);
        P = await ops.lowRankFix(P, mj, b, Lc, Rtop, width);
        D = await ops.lowRankFix(D, b, b, Ltop, Rtop, width);
      }
      putDiagonalBlock(band, k + j * b, D, 0, b, b);
      const { V: Vj, T: Tj } = qr(P, mj, k + j * b);
      const Vpad = new Float64Array(s * b);
      Vpad.set(Vj, (j + 1) * b * b);
      const Zj = await ops.panelZ(S.subarray((j + 1) * b * s, s * s), mj, s, Vpad, Vj, Tj, b, Lc, Rc, j > 0 ? width : 1);
      for (let r = 0; r < mj; r++) {
        const o = ((j + 1) * b + r) * width + 2 * b * j;
        const src = r * b;
        for (let c = 0; c < b; c++) {
          const v = Vj[src + c]!;
          const z = Zj[src + c]!;
          Lall[o + c] = v;
          Lall[o + b + c] = z;
          Rall[o + c] = z;
          Rall[o + b + c] = v;
        }
      }
    }
    const m = s - g * b;
    await ops.groupUpdateLower(S, s, g * b, rowsOf(Lall, g * b, m), rowsOf(Rall, g * b, m), width, spare);
    const used = S;
    S = spare;
    spare = used;
    s = m;
    k += g * b;
  }
  // the last few panels one at a time
  const V = new Float64Array(p * b);
  const T = new Float64Array(b * b);
  for (; s > b; k += b) {
    const m = s - b;
    putDiagonalBlock(band, k, S, 0, s, b);
    const r = qr(subBlock(S, s, b, m, 0, b), m, k);
    V.set(r.V);
    T.set(r.T);
    await ops.bandStep(S, s, V.subarray(0, m * b), T, b, spare);
    const used = S;
    S = spare;
    spare = used;
    s = m;
  }
  putDiagonalBlock(band, k, S, 0, s, s);
  return clampNonNegative(bandEigenvalues(rt, band));
}
