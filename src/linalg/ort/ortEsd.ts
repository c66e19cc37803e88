/**
 * Gram eigenvalues with onnxruntime doing the level-3 work: the short-side Gram in float64 (lower
 * block rows only, then mirrored) and every two-sided block update of the dense -> band reduction;
 * the panel QRs, the band -> tridiagonal bulge chasing and QL run in the wasm kernels.
 * onnxruntime cannot read a SharedArrayBuffer, so the dense matrices live in ordinary
 * Float64Arrays (ping-pong buffers, written by onnxruntime directly as pre-allocated outputs).
 */
import type { Matrix } from '../matrix.js';
import type { WasmRuntime } from '../wasm/runtime.js';
import { bandEigenvalues, DEFAULT_BAND, denseToBandWasm, newBand, putDiagonalBlock, putPanelR } from '../wasm/spectrum.js';
import { bandScratchSizes, clampNonNegative } from '../wasm/wasmEsd.js';
import type { OrtOps } from './ortOps.js';

/** W itself when it is wide, else a transposed copy: p x q row-major with p = min(rows, cols). */
export function shortSideMajor(W: Matrix): { X: Float64Array; p: number; q: number } {
  const { rows, cols, data } = W;
  if (rows <= cols) return { X: data, p: rows, q: cols };
  const X = new Float64Array(rows * cols);
  const TILE = 64;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) X[c * rows + r] = data[r * cols + c]!;
    }
  }
  return { X, p: cols, q: rows };
}

/** Full symmetric Gram X X^T (p x p) from block rows of its lower triangle. */
export async function gramOrt(ops: OrtOps, X: Float64Array, p: number, q: number, out: Float64Array, blockRows = Number(process.env['WW_GRAM_BLOCK'] ?? 512)): Promise<void> {
  // Block rows [r0, r1) times rows [0, r1): (b+1)/(2b) of the full product for b blocks.
  const blocks = Math.max(1, Math.round(p / blockRows));
  let tmp: Float64Array | undefined;
  for (let i = 0; i < blocks; i++) {
    const r0 = Math.floor((p * i) / blocks);
    const r1 = Math.floor((p * (i + 1)) / blocks);
    const h = r1 - r0;
    if (blocks === 1) {
      await ops.gemmNT(X.subarray(0, p * q), p, q, X.subarray(0, p * q), p, out.subarray(0, p * p));
      return;
    }
    if (!tmp || tmp.length < h * r1) tmp = new Float64Array(h * p);
    const blk = await ops.gemmNT(X.subarray(r0 * q, r1 * q), h, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, h * r1));
    for (let r = 0; r < h; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * p);
  }
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) out[i * p + j] = out[j * p + i]!;
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

/** Same as gramEigenvaluesOrt but with every block update of the band reduction in onnxruntime. */
export async function gramEigenvaluesOrtBand(ops: OrtOps, rt: WasmRuntime, W: Matrix, bandwidth = DEFAULT_BAND): Promise<Float64Array> {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const S = new Float64Array(p * p);
  await gramOrt(ops, X, p, q, S);
  return symmetricEigenvaluesOrt(ops, rt, S, p, bandwidth);
}

/** Eigenvalues (ascending) of the full symmetric p x p matrix S; S is overwritten. */
export async function symmetricEigenvaluesOrt(ops: OrtOps, rt: WasmRuntime, S0: Float64Array<ArrayBufferLike>, p: number, bandwidth = DEFAULT_BAND): Promise<Float64Array> {
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const band = newBand(p, b);
  let S = S0;
  let spare: Float64Array<ArrayBufferLike> = new Float64Array(Math.max(0, p - b) ** 2);
  const L = rt.layout({ P: p * b, R: b * b, T: b * b, work: 4 * b });
  const V = new Float64Array(p * b);
  const T = new Float64Array(b * b);
  let k = 0;
  let s = p;
  for (; s > b; k += b) {
    const m = s - b;
    putDiagonalBlock(band, k, S, 0, s, b);
    let P = rt.f64(L.P, m * b);
    for (let r = 0; r < m; r++) P.set(S.subarray((b + r) * s, (b + r) * s + b), r * b);
    rt.k.panel_qr(m, b, L.P, b, L.R, L.T, L.work);
    P = rt.f64(L.P, m * b);
    putPanelR(band, k, rt.f64(0, rt.memory.buffer.byteLength / 8), L.R / 8, Math.min(m, b));
    V.set(P);
    T.set(rt.f64(L.T, b * b));
    await ops.bandStep(S, s, V.subarray(0, m * b), T, b, spare);
    const used = S;
    S = spare;
    spare = used;
    s = m;
  }
  putDiagonalBlock(band, k, S, 0, s, s);
  return clampNonNegative(bandEigenvalues(rt, band));
}
