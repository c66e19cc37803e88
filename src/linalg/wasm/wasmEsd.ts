/**
 * Gram eigenvalues with the wasm kernels only (no onnxruntime): the short-side Gram in float64 by
 * the threaded SIMD GEMM (lower triangle, then mirrored), then the two-stage reduction.
 */
import type { Matrix } from '../matrix.js';
import type { WasmRuntime } from './runtime.js';
import { bandEigenvalues, DEFAULT_BAND, denseToBandWasm } from './spectrum.js';

/** Copies W (or W^T when W is tall) into wasm memory as the p x q "short side first" matrix. */
export function shortSideRows(W: Matrix, dst: Float64Array): { p: number; q: number } {
  const { rows, cols, data } = W;
  if (rows <= cols) {
    dst.set(data);
    return { p: rows, q: cols };
  }
  // transpose in 64 x 64 tiles
  const T = 64;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(rows, r0 + T);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(cols, c0 + T);
      for (let r = r0; r < r1; r++) {
        const base = r * cols;
        for (let c = c0; c < c1; c++) dst[c * rows + r] = data[base + c]!;
      }
    }
  }
  return { p: cols, q: rows };
}

export function bandScratchSizes(n: number, b: number) {
  return { L: n * 2 * b, Rt: 2 * b * n, XV: n * b, R: b * b, T: b * b, M: b * b, work: 4 * b };
}

export function gramEigenvaluesWasm(rt: WasmRuntime, W: Matrix, b = DEFAULT_BAND): Float64Array {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  if (p === 0) return new Float64Array(0);
  const L = rt.layout({ G: p * p, X: p * q, ...bandScratchSizes(p, b) });
  shortSideRows(W, rt.f64(L.X, p * q));
  rt.parallel('gemm_nt', [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel('mirror_lower', [p, L.G, p]);
  const band = denseToBandWasm(rt, p, Math.min(b, Math.max(1, p - 1)), L.G, L);
  return clampNonNegative(bandEigenvalues(rt, band));
}

/** Full symmetric Gram X X^T of the p x q row-major X, by the threaded wasm GEMM. */
export function gramWasm(rt: WasmRuntime, X: Float64Array, p: number, q: number): Float64Array {
  const L = rt.layout({ G: p * p, X: p * q });
  rt.f64(L.X, p * q).set(X.subarray(0, p * q));
  rt.parallel('gemm_nt', [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel('mirror_lower', [p, L.G, p]);
  return Float64Array.from(rt.f64(L.G, p * p));
}

export function clampNonNegative(v: Float64Array): Float64Array {
  for (let i = 0; i < v.length; i++) if (v[i]! < 0) v[i] = 0;
  return v;
}
