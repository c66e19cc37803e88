/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WasmRuntime,
  provideKernelModule,
  shuffleBucketBits,
  ungated
} from "./cli-chunk-37YEADYB.js";
import {
  mulberry32
} from "./cli-chunk-UVQN2SPB.js";
import {
  ProtoWriter,
  lowerBlockRows,
  mirrorLower,
  putLowerBlockRow,
  transposeInto
} from "./cli-chunk-YNVCIOJB.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/linalg/fastEngine.ts
import os from "node:os";

// src/linalg/wasm/spectrum.ts
var DEFAULT_BAND = 32;
function newBand(n, b) {
  const ld = 2 * b + 1;
  return { n, b, ld, ab: new Float64Array(n * ld) };
}
function putDiagonalBlock(band, k, src, off, lds, s) {
  const { ab, ld } = band;
  for (let c = 0; c < s; c++) {
    const base = (k + c) * ld;
    for (let r = c; r < s; r++) ab[base + (r - c)] = src[off + r * lds + c];
  }
}
function putPanelR(band, k, R, rOff, rows) {
  const { ab, ld, b } = band;
  for (let j = 0; j < b; j++) {
    const base = (k + j) * ld;
    for (let i = 0; i <= j && i < rows; i++) ab[base + (b + i - j)] = R[rOff + i * b + j];
  }
}
function bandEigenvalues(rt, band, pipelinedThreads = false) {
  const { n, b, ld } = band;
  const nth = rt.threads;
  const L = rt.layout({ ab: n * ld, d: n, e: n, work: 4 * b * nth + 8, progress: Math.ceil(n / 2) + 2 });
  rt.f64(L.ab, n * ld).set(band.ab);
  if (pipelinedThreads && nth > 1 && n > 4 * b) {
    new Int32Array(rt.memory.buffer, L.progress, n).fill(0);
    rt.parallel("band_to_tridiag_mt", [n, b, L.ab, ld, L.work, L.progress]);
    rt.k.band_extract(n, L.ab, ld, L.d, L.e);
  } else {
    rt.k.band_to_tridiag(n, b, L.ab, ld, L.d, L.e, L.work);
  }
  const status = rt.k.tql(n, L.d, L.e, 0, 0);
  if (status !== 0) throw new Error("wasm engine: implicit QL did not converge (60 iterations for one eigenvalue)");
  const values = Float64Array.from(rt.f64(L.d, n));
  values.sort();
  return values;
}
function denseToBandWasm(rt, n, b, aPtr, scratch) {
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
    const Li = scratch.L / 8;
    const Pi = panel / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Li + r * ld2 + c] = H[Pi + r * n + c];
    rt.parallel("gemm_nn", [m, b, m, 1, a22, n, scratch.L, ld2, 0, scratch.XV, b]);
    rt.parallel("gemm_nn", [m, b, b, 1, scratch.XV, b, scratch.T, b, 0, scratch.L + b * 8, ld2]);
    H = heap();
    const Ri = scratch.Rt / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + (b + c) * m + r] = H[Li + r * ld2 + c];
    rt.parallel("gemm_nn", [b, b, m, 1, scratch.Rt + b * m * 8, m, scratch.L + b * 8, ld2, 0, scratch.M, b], 1);
    H = heap();
    const Mi = scratch.M / 8, Ti = scratch.T / 8;
    const W1 = H.slice(Mi, Mi + b * b);
    for (let i = 0; i < b; i++) {
      for (let j = 0; j < b; j++) {
        let acc = 0;
        for (let l = 0; l <= i; l++) acc += H[Ti + l * b + i] * W1[l * b + j];
        H[Mi + i * b + j] = acc;
      }
    }
    rt.parallel("gemm_nn", [m, b, b, -0.5, scratch.L, ld2, scratch.M, b, 1, scratch.L + b * 8, ld2]);
    H = heap();
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + c * m + r] = H[Li + r * ld2 + b + c];
    rt.parallel("gemm_nn", [m, m, ld2, -1, scratch.L, ld2, scratch.Rt, m, 1, a22, n]);
  }
  putDiagonalBlock(band, k, heap(), aIdx + k * n + k, n, n - k);
  return band;
}

// src/linalg/wasm/wasmEsd.ts
function shortSideRows(W, dst) {
  const { rows, cols, data } = W;
  if (rows <= cols) {
    dst.set(data);
    return { p: rows, q: cols };
  }
  const T = 64;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(rows, r0 + T);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(cols, c0 + T);
      for (let r = r0; r < r1; r++) {
        const base = r * cols;
        for (let c = c0; c < c1; c++) dst[c * rows + r] = data[base + c];
      }
    }
  }
  return { p: cols, q: rows };
}
function bandScratchSizes(n, b) {
  return { L: n * 2 * b, Rt: 2 * b * n, XV: n * b, R: b * b, T: b * b, M: b * b, work: 4 * b };
}
function gramEigenvaluesWasm(rt, W, b = DEFAULT_BAND) {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  if (p === 0) return new Float64Array(0);
  const L = rt.layout({ G: p * p, X: p * q, ...bandScratchSizes(p, b) });
  shortSideRows(W, rt.f64(L.X, p * q));
  rt.parallel("gemm_nt", [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel("mirror_lower", [p, L.G, p]);
  const band = denseToBandWasm(rt, p, Math.min(b, Math.max(1, p - 1)), L.G, L);
  return clampNonNegative(bandEigenvalues(rt, band));
}
function gramWasm(rt, X, p, q) {
  const L = rt.layout({ G: p * p, X: p * q });
  rt.f64(L.X, p * q).set(X.subarray(0, p * q));
  rt.parallel("gemm_nt", [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel("mirror_lower", [p, L.G, p]);
  return Float64Array.from(rt.f64(L.G, p * p));
}
function clampNonNegative(v) {
  for (let i = 0; i < v.length; i++) if (v[i] < 0) v[i] = 0;
  return v;
}

// src/linalg/ort/ortEsd.ts
function shortSideMajor(W) {
  const { rows, cols, data } = W;
  if (rows <= cols) return { X: data, p: rows, q: cols };
  const X = new Float64Array(rows * cols);
  transposeInto(data, rows, cols, X);
  return { X, p: cols, q: rows };
}
async function gramOrt(ops, X, p, q, out, blockRows = 256) {
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
async function gramOrt32(ops, X, p, q, blockRows = 256) {
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
async function gramEigenvaluesOrt(ops, rt, W, bandwidth = DEFAULT_BAND) {
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
var DEFAULT_GROUP_PANELS = 4;
function bandShape(p) {
  if (p < 1536) return { bandwidth: DEFAULT_BAND, groupPanels: DEFAULT_GROUP_PANELS };
  return { bandwidth: 24, groupPanels: p < 3072 ? 6 : 8 };
}
async function gramEigenvaluesOrtBand(ops, rt, W, bandwidth, groupPanels) {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const shape = bandShape(p);
  const S = ops.scratch("esd.S", p * p);
  await gramOrt(ops, X, p, q, S);
  return symmetricEigenvaluesOrtGrouped(ops, rt, S, p, bandwidth ?? shape.bandwidth, groupPanels ?? shape.groupPanels);
}
function subBlock(S, s, r0, rows, c0, w) {
  const out = new Float64Array(rows * w);
  for (let r = 0; r < rows; r++) out.set(S.subarray((r0 + r) * s + c0, (r0 + r) * s + c0 + w), r * w);
  return out;
}
async function symmetricEigenvaluesOrtGrouped(ops, rt, S0, p, bandwidth = DEFAULT_BAND, groupPanels = DEFAULT_GROUP_PANELS) {
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const band = newBand(p, b);
  let S = S0;
  let spare = ops.scratch("esd.spare", Math.max(0, p - b) ** 2);
  const L = rt.layout({ P: p * b, R: b * b, T: b * b, work: 4 * b });
  const heap = () => rt.f64(0, rt.memory.buffer.byteLength / 8);
  const qr = (P, m, k2) => {
    rt.f64(L.P, m * b).set(P);
    rt.k.panel_qr(m, b, L.P, b, L.R, L.T, L.work);
    putPanelR(band, k2, heap(), L.R / 8, Math.min(m, b));
    return { V: Float64Array.from(rt.f64(L.P, m * b)), T: Float64Array.from(rt.f64(L.T, b * b)) };
  };
  let k = 0;
  let s = p;
  const zeros1 = new Float64Array(p);
  const g = Math.max(1, groupPanels);
  const width = 2 * b * g;
  const Lall = new Float64Array(g > 1 ? p * width : 0);
  const Rall = new Float64Array(g > 1 ? p * width : 0);
  const rowsOf = (A, r0, rows) => A.subarray(r0 * width, (r0 + rows) * width);
  while (g > 1 && s > (g + 1) * b) {
    Lall.fill(0, 0, s * width);
    Rall.fill(0, 0, s * width);
    for (let j = 0; j < g; j++) {
      const mj = s - (j + 1) * b;
      let D2 = subBlock(S, s, j * b, b, j * b, b);
      let P = subBlock(S, s, (j + 1) * b, mj, j * b, b);
      let Lc = zeros1.subarray(0, mj);
      let Rc = zeros1.subarray(0, mj);
      if (j > 0) {
        const Ltop = rowsOf(Lall, j * b, b);
        const Rtop = rowsOf(Rall, j * b, b);
        Lc = rowsOf(Lall, (j + 1) * b, mj);
        Rc = rowsOf(Rall, (j + 1) * b, mj);
        P = await ops.lowRankFix(P, mj, b, Lc, Rtop, width);
        D2 = await ops.lowRankFix(D2, b, b, Ltop, Rtop, width);
      }
      putDiagonalBlock(band, k + j * b, D2, 0, b, b);
      const { V: Vj, T: Tj } = qr(P, mj, k + j * b);
      const Vpad = new Float64Array(s * b);
      Vpad.set(Vj, (j + 1) * b * b);
      const Zj = await ops.panelZ(S.subarray((j + 1) * b * s, s * s), mj, s, Vpad, Vj, Tj, b, Lc, Rc, j > 0 ? width : 1);
      for (let r = 0; r < mj; r++) {
        const o = ((j + 1) * b + r) * width + 2 * b * j;
        const src = r * b;
        for (let c = 0; c < b; c++) {
          const v = Vj[src + c];
          const z = Zj[src + c];
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

// src/linalg/denseOps.ts
function ortDenseOps(ops) {
  return {
    mm: (A, m, k, B, n) => ops.matmul(A, m, k, B, n),
    tn: (A, k, m, B, n) => ops.gemmTN(A, k, m, B, n),
    toF32: (A, m, n) => ops.cast32(A, m, n),
    gram32: (X, p, q) => gramOrt32(ops, X, p, q),
    chebyshev32: (G, p, Q, GQ, l, first, steps) => ops.chebyshevFilter32(G, p, Q, GQ, l, first, steps),
    // JavaScript's typed-array conversions beat Cast nodes here (measured 6.1 vs 7.0 ms at 2048 x 145)
    mm32x64: async (A, m, k, B, n) => new Float64Array(await ops.matmul32(A, m, k, new Float32Array(B), n))
  };
}
function wasmDenseOps(rt) {
  const mm = (A, m, k, B, n) => {
    const L = rt.layout({ A: m * k, B: k * n, C: m * n });
    rt.f64(L.A, m * k).set(A);
    rt.f64(L.B, k * n).set(B);
    rt.parallel("gemm_nn", [m, n, k, 1, L.A, k, L.B, n, 0, L.C, n]);
    return Float64Array.from(rt.f64(L.C, m * n));
  };
  return {
    mm: async (A, m, k, B, n) => mm(A, m, k, B, n),
    tn: async (A, k, m, B, n) => {
      const L = rt.layout({ A: m * k, B: k * n, C: m * n });
      transposeInto(A, k, m, rt.f64(L.A, m * k));
      rt.f64(L.B, k * n).set(B);
      rt.parallel("gemm_nn", [m, n, k, 1, L.A, k, L.B, n, 0, L.C, n]);
      return Float64Array.from(rt.f64(L.C, m * n));
    }
  };
}

// src/linalg/ort/ortOps.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// src/linalg/ort/onnxGraph.ts
var OnnxType = { float: 1, int64: 7, double: 11 };
function valueInfo(io) {
  const shape = new ProtoWriter();
  for (const d of io.shape) {
    const dim = new ProtoWriter();
    if (typeof d === "number") dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, io.type).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, io.name).message(2, type);
}
function nodeProto(n, index) {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, `${n.op}_${index}`);
  w.string(4, n.op);
  for (const [name, v] of Object.entries(n.intAttrs ?? {})) {
    w.message(5, new ProtoWriter().string(1, name).varint(3, v).varint(20, 2));
  }
  for (const [name, v] of Object.entries(n.floatAttrs ?? {})) {
    w.message(5, new ProtoWriter().string(1, name).float(2, v).varint(20, 1));
  }
  for (const [name, vs] of Object.entries(n.intsAttrs ?? {})) {
    const a = new ProtoWriter().string(1, name);
    for (const v of vs) a.varint(8, v);
    w.message(5, a.varint(20, 7));
  }
  return w;
}
function encodeModel(spec) {
  const graph = new ProtoWriter();
  spec.nodes.forEach((n, i) => graph.message(1, nodeProto(n, i)));
  graph.string(2, "ww_linalg");
  for (const i of spec.inputs) graph.message(11, valueInfo(i));
  for (const o of spec.outputs) graph.message(12, valueInfo(o));
  const opset = new ProtoWriter().string(1, "").varint(2, spec.opset ?? 17);
  return new ProtoWriter().varint(1, 8).string(2, "ww-smooth-linalg").message(7, graph).message(8, opset).finish();
}

// src/linalg/ort/ortOps.ts
var D = OnnxType.double;
var GRAPHS = {
  /** C = A B^T */
  gemmNT: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transB: 1 } }],
    inputs: [{ name: "A", type: D, shape: ["m", "k"] }, { name: "B", type: D, shape: ["n", "k"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /** C = A B */
  matmul: {
    nodes: [{ op: "MatMul", inputs: ["A", "B"], outputs: ["C"] }],
    inputs: [{ name: "A", type: D, shape: ["m", "k"] }, { name: "B", type: D, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /** C = A B in float32 (subspace filtering, where float32 rounding is harmless) */
  matmul32: {
    nodes: [{ op: "MatMul", inputs: ["A", "B"], outputs: ["C"] }],
    inputs: [{ name: "A", type: OnnxType.float, shape: ["m", "k"] }, { name: "B", type: OnnxType.float, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** C = A B^T in float32 (the short-side Gram that only shapes the top-k subspace) */
  gemmNT32: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transB: 1 } }],
    inputs: [{ name: "A", type: OnnxType.float, shape: ["m", "k"] }, { name: "B", type: OnnxType.float, shape: ["n", "k"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** float64 -> float32 (native and threaded: a JS loop over a whole layer costs ~50 ms) */
  cast32: {
    nodes: [{ op: "Cast", inputs: ["A"], outputs: ["C"], intAttrs: { to: OnnxType.float } }],
    inputs: [{ name: "A", type: D, shape: ["m", "n"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** C = A^T B */
  gemmTN: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transA: 1 } }],
    inputs: [{ name: "A", type: D, shape: ["k", "m"] }, { name: "B", type: D, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /**
   * One band-reduction step: A22 = S[b:, b:]; with Q = I - V T V^T,
   * out = Q^T A22 Q = A22 - [V Z][Z V]^T, Z = Y - 1/2 V (T^T V^T Y), Y = A22 V T.
   */
  bandStep: {
    nodes: [
      { op: "Slice", inputs: ["S", "starts", "ends"], outputs: ["A22"] },
      { op: "MatMul", inputs: ["A22", "V"], outputs: ["X"] },
      { op: "MatMul", inputs: ["X", "T"], outputs: ["Y"] },
      { op: "Gemm", inputs: ["V", "Y"], outputs: ["W1"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["T", "W1"], outputs: ["M"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["V", "M", "Y"], outputs: ["Z"], floatAttrs: { alpha: -0.5, beta: 1 } },
      { op: "Concat", inputs: ["V", "Z"], outputs: ["Lm"], intAttrs: { axis: 1 } },
      { op: "Concat", inputs: ["Z", "V"], outputs: ["Rm"], intAttrs: { axis: 1 } },
      { op: "Gemm", inputs: ["Lm", "Rm", "A22"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }
    ],
    inputs: [
      { name: "S", type: D, shape: ["s", "s"] },
      { name: "starts", type: OnnxType.int64, shape: [2] },
      { name: "ends", type: OnnxType.int64, shape: [2] },
      { name: "V", type: D, shape: ["m", "b"] },
      { name: "T", type: D, shape: ["b", "b"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["m", "m"] }]
  },
  /** Z of one panel (two-panel groups): X = A_rows Vpad - Lc (Rc^T V); Y = X T; Z = Y - 1/2 V T^T V^T Y. */
  panelZ: {
    nodes: [
      { op: "MatMul", inputs: ["Arows", "Vpad"], outputs: ["X0"] },
      { op: "Gemm", inputs: ["Rc", "V"], outputs: ["RV"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["Lc", "RV", "X0"], outputs: ["X"], floatAttrs: { alpha: -1, beta: 1 } },
      { op: "MatMul", inputs: ["X", "T"], outputs: ["Y"] },
      { op: "Gemm", inputs: ["V", "Y"], outputs: ["W1"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["T", "W1"], outputs: ["M"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["V", "M", "Y"], outputs: ["Z"], floatAttrs: { alpha: -0.5, beta: 1 } }
    ],
    inputs: [
      { name: "Arows", type: D, shape: ["m", "s"] },
      { name: "Vpad", type: D, shape: ["s", "b"] },
      { name: "V", type: D, shape: ["m", "b"] },
      { name: "T", type: D, shape: ["b", "b"] },
      { name: "Lc", type: D, shape: ["m", "c"] },
      { name: "Rc", type: D, shape: ["m", "c"] }
    ],
    outputs: [{ name: "Z", type: D, shape: ["m", "b"] }]
  },
  /** OUT = P - L R^T (small corrections of a panel by the pending update) */
  lowRankFix: {
    nodes: [{ op: "Gemm", inputs: ["L", "R", "P"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }],
    inputs: [
      { name: "P", type: D, shape: ["m", "n"] },
      { name: "L", type: D, shape: ["m", "c"] },
      { name: "R", type: D, shape: ["n", "c"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["m", "n"] }]
  },
  /** OUT = S[r0:r1, c0:c1] - L R^T: a panel group's trailing update, whole or one block row of it */
  groupUpdate: {
    nodes: [
      { op: "Slice", inputs: ["S", "starts", "ends"], outputs: ["A"] },
      { op: "Gemm", inputs: ["L", "R", "A"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }
    ],
    inputs: [
      { name: "S", type: D, shape: ["s", "s"] },
      { name: "starts", type: OnnxType.int64, shape: [2] },
      { name: "ends", type: OnnxType.int64, shape: [2] },
      { name: "L", type: D, shape: ["h", "c"] },
      { name: "R", type: D, shape: ["n", "c"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["h", "n"] }]
  }
};
function chebyshevFilterGraph(degree) {
  const F = OnnxType.float;
  const scalar = (name) => ({ name, type: F, shape: [] });
  const nodes = [
    { op: "Mul", inputs: ["GQ", "a1"], outputs: ["t1a"] },
    { op: "Mul", inputs: ["Q", "ac1"], outputs: ["t1b"] },
    { op: "Sub", inputs: ["t1a", "t1b"], outputs: [degree === 1 ? "Y" : "Y1"] }
  ];
  const inputs = [
    { name: "G", type: F, shape: ["p", "p"] },
    { name: "Q", type: F, shape: ["p", "l"] },
    { name: "GQ", type: F, shape: ["p", "l"] },
    scalar("a1"),
    scalar("ac1")
  ];
  for (let j = 2; j <= degree; j++) {
    const cur = `Y${j - 1}`;
    const prev = j === 2 ? "Q" : `Y${j - 2}`;
    inputs.push(scalar(`a${j}`), scalar(`ac${j}`), scalar(`b${j}`));
    nodes.push(
      { op: "MatMul", inputs: ["G", cur], outputs: [`g${j}`] },
      { op: "Mul", inputs: [`g${j}`, `a${j}`], outputs: [`u${j}`] },
      { op: "Mul", inputs: [cur, `ac${j}`], outputs: [`v${j}`] },
      { op: "Mul", inputs: [prev, `b${j}`], outputs: [`w${j}`] },
      { op: "Sub", inputs: [`u${j}`, `v${j}`], outputs: [`x${j}`] },
      { op: "Sub", inputs: [`x${j}`, `w${j}`], outputs: [j === degree ? "Y" : `Y${j}`] }
    );
  }
  return { nodes, inputs, outputs: [{ name: "Y", type: F, shape: ["p", "l"] }] };
}
function cudaProviderFiles() {
  let bin;
  try {
    const require2 = createRequire(import.meta.url);
    const entry = require2.resolve("onnxruntime-node");
    bin = path.join(path.dirname(entry), "..", "bin", "napi-v6", process.platform, process.arch);
    if (!fs.existsSync(bin)) return "unknown";
  } catch {
    return "unknown";
  }
  const lib = process.platform === "win32" ? "onnxruntime_providers_cuda.dll" : "libonnxruntime_providers_cuda.so";
  return fs.existsSync(path.join(bin, lib)) ? "present" : "absent";
}
var OrtOps = class _OrtOps {
  constructor(ort, device, threads, provider, gate) {
    this.ort = ort;
    this.threads = threads;
    this.provider = provider;
    this.gate = gate;
    this.device = device;
  }
  ort;
  threads;
  provider;
  gate;
  device;
  sessions = /* @__PURE__ */ new Map();
  scratchBuffers = /* @__PURE__ */ new Map();
  /**
   * Loads onnxruntime-node and checks the requested device by creating a first session. 'cuda'
   * that cannot start falls back to 'cpu' with one log line. Returns null when onnxruntime-node
   * itself is unavailable (the caller then uses wasm only).
   */
  static async create(opts) {
    let ort;
    try {
      ort = await import("./cli-ortModule-NE7UE6ON.js");
    } catch (e) {
      opts.logger(`linalg: onnxruntime-node not available (${e.message.split("\n")[0]}); using wasm kernels only`);
      return null;
    }
    if (opts.device === "cuda" && (opts.gpuProvider ?? "cuda") === "cuda" && cudaProviderFiles() === "absent") {
      opts.logger(
        "linalg: CUDA execution provider unavailable (onnxruntime-node was installed without its CUDA libraries: reinstall with ONNXRUNTIME_NODE_INSTALL=cuda12); falling back to CPU"
      );
    } else if (opts.device === "cuda") {
      const gpu = new _OrtOps(ort, "cuda", opts.threads, opts.gpuProvider ?? "cuda", opts.gate ?? ungated);
      try {
        await gpu.session("matmul");
        return gpu;
      } catch (e) {
        opts.logger(`linalg: CUDA execution provider unavailable (${e.message.split("\n")[0]?.trim()}); falling back to CPU`);
      }
    }
    const cpu = new _OrtOps(ort, "cpu", opts.threads, "cpu", opts.gate ?? ungated);
    try {
      await cpu.session("matmul");
    } catch (e) {
      opts.logger(`linalg: onnxruntime CPU session failed (${e.message.split("\n")[0]}); using wasm kernels only`);
      return null;
    }
    return cpu;
  }
  async session(name) {
    return this.sessionFor(name, GRAPHS[name]);
  }
  async sessionFor(name, spec) {
    const threads = typeof this.threads === "number" ? this.threads : Math.max(1, Math.floor(this.threads()));
    const key = `${name}/${threads}`;
    const have = this.sessions.get(key);
    if (have) return have;
    const options = {
      executionProviders: [this.provider],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // A provider that cannot start is reported once by OrtOps.create, not by onnxruntime's log.
      logSeverityLevel: 4,
      // No arena: the trailing-matrix intermediates (p^2 doubles) are returned to the OS after each run,
      // which keeps peak memory near 2.3 matrix copies for a 4096x11008 layer (no time difference measured at 2048x5632).
      enableCpuMemArena: false,
      // Several small sessions share two cores with the wasm threads: spinning pools would fight.
      extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } }
    };
    const gate = this.gate;
    const created = await gate(() => this.ort.InferenceSession.create(encodeModel(spec), options));
    const s = { run: ((feeds, fetches) => gate(() => created.run(feeds, fetches))), release: () => gate(() => created.release()) };
    this.sessions.set(key, s);
    return s;
  }
  /**
   * A float64 work array of `length` elements that this engine keeps for the next call of the same
   * name (the ESD's p x p ping-pong matrices): fresh 32 MiB arrays per layer cost more in page
   * faults (zeroed pages, unmapped at each collection) than their computation does. Not zeroed:
   * callers overwrite every element they read. Valid until the next `scratch` of that name.
   */
  scratch(name, length) {
    const have = this.scratchBuffers.get(name);
    if (have && have.length >= length) return have.subarray(0, length);
    const fresh = new Float64Array(length);
    this.scratchBuffers.set(name, fresh);
    return fresh;
  }
  tensor(data, dims) {
    return new this.ort.Tensor("float64", data, dims);
  }
  /** C (m x n) = A (m x k) B^T (B is n x k); `out` (length m*n) receives C when given. */
  async gemmNT(A, m, k, B, n, out) {
    const s = await this.session("gemmNT");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [n, k]) }, fetches);
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B (k x n). */
  async matmul(A, m, k, B, n, out) {
    const s = await this.session("matmul");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [k, n]) }, fetches);
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B (k x n) in float32. */
  async matmul32(A, m, k, B, n) {
    const s = await this.session("matmul32");
    const r = await s.run({ A: new this.ort.Tensor("float32", A, [m, k]), B: new this.ort.Tensor("float32", B, [k, n]) });
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B^T in float32 (B is n x k); `out` receives C when given. */
  async gemmNT32(A, m, k, B, n, out) {
    const s = await this.session("gemmNT32");
    const fetches = out ? { C: new this.ort.Tensor("float32", out, [m, n]) } : void 0;
    const r = await s.run({ A: new this.ort.Tensor("float32", A, [m, k]), B: new this.ort.Tensor("float32", B, [n, k]) }, fetches);
    return r["C"].data;
  }
  /** A Chebyshev filter round in float32 (see chebyshevFilterGraph): returns Y_degree (p x l). */
  async chebyshevFilter32(G, p, Q, GQ, l, first, steps) {
    const degree = steps.length + 1;
    const s = await this.sessionFor(`chebyshev${degree}`, chebyshevFilterGraph(degree));
    const f = (v) => new this.ort.Tensor("float32", Float32Array.of(v), []);
    const feeds = {
      G: new this.ort.Tensor("float32", G, [p, p]),
      Q: new this.ort.Tensor("float32", new Float32Array(Q), [p, l]),
      GQ: new this.ort.Tensor("float32", new Float32Array(GQ), [p, l]),
      a1: f(first.a),
      ac1: f(first.ac)
    };
    steps.forEach((st, i) => {
      feeds[`a${i + 2}`] = f(st.a);
      feeds[`ac${i + 2}`] = f(st.ac);
      feeds[`b${i + 2}`] = f(st.b);
    });
    const r = await s.run(feeds);
    return new Float64Array(r["Y"].data);
  }
  /** A (m x n, float64) rounded to float32. */
  async cast32(A, m, n) {
    const s = await this.session("cast32");
    const r = await s.run({ A: this.tensor(A, [m, n]) });
    return r["C"].data;
  }
  /** C (m x n) = A^T B with A (k x m), B (k x n). */
  async gemmTN(A, k, m, B, n, out) {
    const s = await this.session("gemmTN");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [k, m]), B: this.tensor(B, [k, n]) }, fetches);
    return r["C"].data;
  }
  /** One band-reduction update (see GRAPHS.bandStep); writes the (s-b) x (s-b) result into out. */
  async bandStep(S, s, V, T, b, out) {
    const sess = await this.session("bandStep");
    const m = s - b;
    const i64 = (a, c) => new this.ort.Tensor("int64", BigInt64Array.from([BigInt(a), BigInt(c)]), [2]);
    await sess.run(
      { S: this.tensor(S.subarray(0, s * s), [s, s]), starts: i64(b, b), ends: i64(s, s), V: this.tensor(V, [m, b]), T: this.tensor(T, [b, b]) },
      { OUT: this.tensor(out.subarray(0, m * m), [m, m]) }
    );
  }
  /** Z (m x b) of a panel inside a group; Arows = rows of S (m x s), Vpad = V with zero rows on top. */
  async panelZ(Arows, m, s, Vpad, V, T, b, Lc, Rc, c) {
    const sess = await this.session("panelZ");
    const r = await sess.run({
      Arows: this.tensor(Arows, [m, s]),
      Vpad: this.tensor(Vpad, [s, b]),
      V: this.tensor(V, [m, b]),
      T: this.tensor(T, [b, b]),
      Lc: this.tensor(Lc, [m, c]),
      Rc: this.tensor(Rc, [m, c])
    });
    return r["Z"].data;
  }
  /** P (m x n) - L (m x c) R (n x c)^T */
  async lowRankFix(P, m, n, L, R, c) {
    const sess = await this.session("lowRankFix");
    const r = await sess.run({ P: this.tensor(P, [m, n]), L: this.tensor(L, [m, c]), R: this.tensor(R, [n, c]) });
    return r["OUT"].data;
  }
  /** out ((s-o) x (s-o)) = S[o:, o:] - L R^T with L, R ((s-o) x c). */
  async groupUpdate(S, s, o, L, R, c, out) {
    const m = s - o;
    await this.groupUpdateRows(this.tensor(S.subarray(0, s * s), [s, s]), o, 0, m, L, R, c, out.subarray(0, m * m));
  }
  /**
   * groupUpdate computing only the lower triangle, in block rows (lowerBlockRows), then mirrored:
   * (nb + 1) / (2 nb) of the full product's flops for nb block rows.
   */
  async groupUpdateLower(S, s, o, L, R, c, out, blockRows = 256) {
    const m = s - o;
    const rows = lowerBlockRows(m, blockRows);
    if (rows.length === 1) return this.groupUpdate(S, s, o, L, R, c, out);
    const tmp = new Float64Array(Math.ceil(m / rows.length + 1) * m);
    const Sin = this.tensor(S.subarray(0, s * s), [s, s]);
    for (const { r0, r1 } of rows) {
      const blk = tmp.subarray(0, (r1 - r0) * r1);
      await this.groupUpdateRows(Sin, o, r0, r1, L, R, c, blk);
      putLowerBlockRow(out, m, blk, r0, r1);
    }
    mirrorLower(out, m);
  }
  /** blk ((r1-r0) x r1) = S[o+r0 : o+r1, o : o+r1] - L[r0:r1] R[0:r1]^T. */
  async groupUpdateRows(S, o, r0, r1, L, R, c, blk) {
    const sess = await this.session("groupUpdate");
    const i64 = (a, d) => new this.ort.Tensor("int64", BigInt64Array.from([BigInt(a), BigInt(d)]), [2]);
    await sess.run(
      { S, starts: i64(o + r0, o), ends: i64(o + r1, o + r1), L: this.tensor(L.subarray(r0 * c, r1 * c), [r1 - r0, c]), R: this.tensor(R.subarray(0, r1 * c), [r1, c]) },
      { OUT: this.tensor(blk, [r1 - r0, r1]) }
    );
  }
  async dispose() {
    await Promise.all([...this.sessions.values()].map((s) => s.release()));
    this.sessions.clear();
    this.scratchBuffers.clear();
  }
};

// src/linalg/truncatedSvd.ts
function gaussianStream(seed) {
  const s0 = BigInt.asUintN(64, BigInt(Math.floor(seed)) * 0x9e3779b97f4a7c15n + 0x1234567n);
  const s1 = BigInt.asUintN(64, s0 ^ 0xdeadbeefcafebaben);
  let h0 = Number(s0 >> 32n) >>> 0;
  let l0 = Number(s0 & 0xffffffffn) >>> 0;
  let h1 = Number(s1 >> 32n) >>> 0;
  let l1 = Number(s1 & 0xffffffffn) >>> 0;
  const next = () => {
    let xh = h0;
    let xl = l0;
    const yh = h1;
    const yl = l1;
    h0 = yh;
    l0 = yl;
    xh = (xh ^ (xh << 23 | xl >>> 9)) >>> 0;
    xl = (xl ^ xl << 23) >>> 0;
    h1 = (xh ^ yh ^ xh >>> 17 ^ yh >>> 26) >>> 0;
    l1 = (xl ^ yl ^ (xl >>> 17 | xh << 15) ^ (yl >>> 26 | yh << 6)) >>> 0;
    const lo = l1 + yl;
    const hi = h1 + yh + (lo > 4294967295 ? 1 : 0) & 2097151;
    return (hi * 4294967296 + (lo >>> 0)) / 2 ** 53;
  };
  let spare = null;
  return () => {
    if (spare !== null) {
      const v2 = spare;
      spare = null;
      return v2;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
function householderQ(rt, Y, p, l) {
  const L = rt.layout({ P: p * l, R: l * l, T: l * l, work: 4 * l + 8, M: l * l, Q: p * l });
  rt.f64(L.P, p * l).set(Y);
  rt.k.panel_qr(p, l, L.P, l, L.R, L.T, L.work);
  const H = rt.f64(0, rt.memory.buffer.byteLength / 8);
  const Vi = L.P / 8, Ti = L.T / 8, Mi = L.M / 8;
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < l; j++) {
      let acc = 0;
      for (let t = i; t < l; t++) acc += H[Ti + i * l + t] * (j < p ? H[Vi + j * l + t] : 0);
      H[Mi + i * l + j] = acc;
    }
  }
  rt.parallel("gemm_nn", [p, l, l, -1, L.P, l, L.M, l, 0, L.Q, l]);
  const Q = Float64Array.from(rt.f64(L.Q, p * l));
  for (let i = 0; i < Math.min(p, l); i++) Q[i * l + i] = Q[i * l + i] + 1;
  return Q;
}
async function project(ops, K, p, s, Y, l) {
  if (s === 0) return;
  const C = await ops.tn(K, p, s, Y, l);
  const KC = await ops.mm(K, p, s, C, l);
  for (let i = 0; i < p * l; i++) Y[i] = Y[i] - KC[i];
}
async function krylovTruncatedSvd(ops, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { X, q } = shortSideMajor(W);
  const over = opts.oversample ?? Math.max(10, Math.ceil(k / 10));
  let l = Math.min(p, k + over);
  let blocks = (opts.iterations ?? 4) + 1;
  const maxBlocks = Math.max(blocks, opts.maxBlocks ?? 16);
  const tol = opts.tolerance ?? 2e-4;
  if (blocks * l >= p) {
    l = p;
    blocks = 1;
  }
  const gauss = gaussianStream(opts.seed ?? 0);
  const Om = new Float64Array(q * l);
  for (let i = 0; i < Om.length; i++) Om[i] = gauss();
  const Qs = [];
  const Zs = [];
  const Cblocks = /* @__PURE__ */ new Map();
  const basis = () => joinColumns(Qs, p, l);
  const appendBlock = async (Y) => {
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
  const grow = async (n) => {
    for (let i = 0; i < n && Qs.length < maxBlocks && (Qs.length + 1) * l <= p; i++) {
      await appendBlock(await ops.mm(X, p, q, Zs[Zs.length - 1], l));
    }
  };
  await appendBlock(await ops.mm(X, p, q, Om, l));
  await grow(blocks - 1);
  let prevRes = Infinity;
  for (; ; ) {
    const nb = Qs.length;
    const s = nb * l;
    const C = new Float64Array(s * s);
    for (let i = 0; i < nb; i++) {
      for (let j = 0; j <= i; j++) {
        const key = `${i},${j}`;
        let blk = Cblocks.get(key);
        if (!blk) {
          blk = await ops.tn(Zs[i], q, l, Zs[j], l);
          Cblocks.set(key, blk);
        }
        for (let r = 0; r < l; r++) {
          for (let c = 0; c < l; c++) {
            const v = blk[r * l + c];
            C[(i * l + r) * s + j * l + c] = v;
            C[(j * l + c) * s + i * l + r] = v;
          }
        }
      }
    }
    const { values, vectorsRows } = smallSymmetricTopK(rt, C, s, k);
    const Yk = new Float64Array(s * k);
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      S[j] = Math.sqrt(Math.max(0, values[j]));
      for (let r = 0; r < s; r++) Yk[r * k + j] = vectorsRows[j * s + r];
    }
    const Ushort = await ops.mm(basis(), p, s, Yk, k);
    const Vlong = await ops.mm(joinColumns(Zs, q, l), q, s, Yk, k);
    for (let r = 0; r < q; r++) for (let j = 0; j < k; j++) Vlong[r * k + j] = S[j] > 0 ? Vlong[r * k + j] / S[j] : 0;
    const XV = await ops.mm(X, p, q, Vlong, k);
    const res = new Float64Array(k);
    let maxRes = 0;
    for (let j = 0; j < k; j++) {
      let acc = 0;
      for (let r = 0; r < p; r++) acc += (XV[r * k + j] - S[j] * Ushort[r * k + j]) ** 2;
      res[j] = S[j] > 0 ? Math.sqrt(acc) / S[j] : 0;
      maxRes = Math.max(maxRes, res[j]);
    }
    const canGrow = Qs.length < maxBlocks && (Qs.length + 1) * l <= p && l < p;
    if (maxRes <= tol || !canGrow) {
      opts.onResiduals?.(res, Qs.length);
      return orient(W, Ushort, Vlong, S, k);
    }
    const rate = Number.isFinite(prevRes) && prevRes > maxRes ? prevRes / maxRes : 4;
    const add = Math.min(3, Math.max(1, Math.ceil(Math.log(maxRes / tol) / Math.log(Math.max(rate, 1.5)))));
    prevRes = maxRes;
    await grow(add);
  }
}
function orient(W, Ushort, Vlong, S, k) {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j];
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}
function joinColumns(blocks, rows, l) {
  if (blocks.length === 1) return blocks[0];
  const s = blocks.length * l;
  const out = new Float64Array(rows * s);
  blocks.forEach((b, i) => {
    for (let r = 0; r < rows; r++) out.set(b.subarray(r * l, r * l + l), r * s + i * l);
  });
  return out;
}
function smallSymmetricTopK(rt, C, s, k) {
  const L = rt.layout({ A: s * s, vals: s, Y: k * s, work: 10 * s + 8 });
  const A = rt.f64(L.A, s * s);
  for (let i = 0; i < s; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (C[i * s + j] + C[j * s + i]);
      A[i * s + j] = v;
      A[j * s + i] = v;
    }
  }
  if (rt.k.sym_eig_topk(s, L.A, k, L.vals, L.Y, L.work) !== 0) {
    throw new Error("wasm engine: small symmetric eigensolver did not converge");
  }
  const all = rt.f64(L.vals, s);
  const values = new Float64Array(k);
  for (let j = 0; j < k; j++) values[j] = all[s - 1 - j];
  return { values, vectorsRows: Float64Array.from(rt.f64(L.Y, k * s)) };
}

// src/linalg/chebyshevSvd.ts
function checkRank(what, rows, cols, k) {
  const p = Math.min(rows, cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `${what}: k must be an integer in [1, ${p}] for a ${rows}x${cols} matrix, got ${k}`);
  }
}
function blockFor(p, k, opts) {
  const l = Math.min(p, opts.block ?? Math.max(Math.ceil(1.4 * k), k + 20));
  return { l, whole: 2 * l >= p || p <= 300 };
}
function float32GramOperator(ops, G32, p, l) {
  return {
    single: true,
    apply: (Y) => ops.mm32x64(G32, p, p, Y, Y.length / p),
    filter: (Q, GQ, first, steps) => ops.chebyshev32(G32, p, Q, GQ, l, first, steps)
  };
}
async function chebyshevTruncatedSvd(ops, gram, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  checkRank("truncated SVD", W.rows, W.cols, k);
  if (W.data32 && W.data32.length !== W.rows * W.cols) {
    throw new RangeError(`matrix: data32 has ${W.data32.length} elements, expected ${W.rows}x${W.cols}=${W.rows * W.cols}`);
  }
  const { X, q } = shortSideMajor(W);
  const { l, whole } = blockFor(p, k, opts);
  if (whole) {
    const G = await gram(X, p, q);
    const r = smallSymmetricTopK(rt, G, p, k);
    const U = new Float64Array(p * k);
    for (let j = 0; j < k; j++) for (let i = 0; i < p; i++) U[i * k + j] = r.vectorsRows[j * p + i];
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) S[j] = Math.sqrt(Math.max(0, r.values[j]));
    const V = await ops.tn(X, p, q, U, k);
    for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = S[j] > 0 ? V[i * k + j] / S[j] : 0;
    return orient2(W, U, V, S, k);
  }
  let op;
  const { toF32, gram32, mm32x64, chebyshev32 } = ops;
  if (opts.float32Filter !== false && toF32 && gram32 && mm32x64 && chebyshev32) {
    const G32 = await gram32(W.data32 ? shortSideMajor32(W.rows, W.cols, W.data32) : await toF32(X, p, q), p, q);
    op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  } else {
    const G = await gram(X, p, q);
    const apply = (Y) => ops.mm(G, p, p, Y, Y.length / p);
    op = { single: false, apply, filter: (Q2, GQ, first, steps) => filterStepwise(apply, Q2, GQ, first, steps) };
  }
  const c = Math.min(l, opts.finalColumns ?? k + Math.max(8, Math.ceil(k / 8)));
  const { Q, width } = await filteredSubspace(ops, rt, op, p, l, k, c, opts);
  return finalRayleighRitz(ops, rt, W, X, p, q, Q, width, k, Math.min(c, width));
}
async function chebyshevTopEigenvalues32(ops, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  checkRank("top eigenvalues", W.rows, W.cols, k);
  const { gram32, mm32x64, chebyshev32 } = ops;
  const { l, whole } = blockFor(p, k, opts);
  if (!gram32 || !mm32x64 || !chebyshev32 || whole) return null;
  const G32 = await gram32(shortSideMajor32(W.rows, W.cols, W.data32), p, q);
  const op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  const { theta } = await filteredSubspace(ops, rt, op, p, l, k, k, { ...opts, tolerance: opts.tolerance ?? 1e-3 });
  return theta.slice(0, k);
}
function shortSideMajor32(rows, cols, data32) {
  if (rows <= cols) return data32;
  const X = new Float32Array(rows * cols);
  transposeInto(data32, rows, cols, X);
  return X;
}
async function finalRayleighRitz(ops, rt, W, X, p, q, Q, l, k, c) {
  const Qc = new Float64Array(p * c);
  for (let i = 0; i < p; i++) Qc.set(Q.subarray(i * l, i * l + c), i * c);
  const Qo = await orthonormalize(ops, rt, Qc, p, c, true);
  Qc.set(Qo);
  const B = await ops.tn(X, p, q, Qc, c);
  const C = await ops.tn(B, q, c, B, c);
  const { values, vectorsRows } = smallSymmetricTopK(rt, C, c, k);
  const Yk = new Float64Array(c * k);
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    S[j] = Math.sqrt(Math.max(0, values[j]));
    for (let r = 0; r < c; r++) Yk[r * k + j] = vectorsRows[j * c + r];
  }
  const U = await ops.mm(Qc, p, c, Yk, k);
  const V = await ops.mm(B, q, c, Yk, k);
  const inv = S.map((x) => x > 0 ? 1 / x : 0);
  for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = V[i * k + j] * inv[j];
  return orient2(W, U, V, S, k);
}
async function rayleighRitz(ops, rt, p, n, K, GK, want, k) {
  const H = await ops.tn(K, p, n, GK, n);
  const { values: theta, vectorsRows } = smallSymmetricTopK(rt, H, n, want);
  const Y = new Float64Array(n * want);
  for (let j = 0; j < want; j++) for (let i = 0; i < n; i++) Y[i * want + j] = vectorsRows[j * n + i];
  const Q = await ops.mm(K, p, n, Y, want);
  const GQ = await ops.mm(GK, p, n, Y, want);
  const acc = new Float64Array(k);
  for (let i = 0; i < p; i++) {
    const o = i * want;
    for (let j = 0; j < k; j++) acc[j] = acc[j] + (GQ[o + j] - theta[j] * Q[o + j]) ** 2;
  }
  let maxRes = 0;
  for (let j = 0; j < k; j++) maxRes = Math.max(maxRes, theta[j] > 0 ? Math.sqrt(acc[j]) / theta[j] : 0);
  return { Q, GQ, width: want, theta, maxRes };
}
async function krylovExtension(ops, rt, op, p, cur, k, want) {
  const l = cur.width;
  const { Q, GQ, theta } = cur;
  const Rall = new Float64Array(p * l);
  const norms = new Float64Array(l);
  for (let i = 0; i < p; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) {
      const r = GQ[o + j] - theta[j] * Q[o + j];
      Rall[o + j] = r;
      norms[j] = norms[j] + r * r;
    }
  }
  const cols = [];
  for (let j = 0; j < l; j++) if (Math.sqrt(norms[j]) > 1e-5 * Math.abs(theta[j])) cols.push(j);
  const m = cols.length;
  if (m === 0) return cur;
  const R = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let t = 0; t < m; t++) R[i * m + t] = Rall[i * l + cols[t]];
  const QtR = await ops.tn(Q, p, l, R, m);
  const QQtR = await ops.mm(Q, p, l, QtR, m);
  for (let i = 0; i < p * m; i++) R[i] = R[i] - QQtR[i];
  const Rq = await orthonormalize(ops, rt, R, p, m);
  const GR = await op.apply(Rq);
  const n = l + m;
  return rayleighRitz(ops, rt, p, n, besideEachOther(Q, l, Rq, m, p), besideEachOther(GQ, l, GR, m, p), Math.min(want, n), k);
}
function besideEachOther(A, a, B, b, p) {
  const n = a + b;
  const out = new Float64Array(p * n);
  for (let i = 0; i < p; i++) {
    out.set(A.subarray(i * a, i * a + a), i * n);
    out.set(B.subarray(i * b, i * b + b), i * n + a);
  }
  return out;
}
async function filteredSubspace(ops, rt, op, p, l, k, keep, opts) {
  const tol = opts.tolerance ?? 15e-5;
  const maxDegree = Math.max(2, opts.maxDegree ?? 10);
  let degree = Math.min(maxDegree, Math.max(2, opts.degree ?? 6));
  const maxRounds = opts.maxRounds ?? 40;
  let extendFrom = opts.krylovStep === false ? 0 : Math.sqrt(tol / 4);
  const uniform = mulberry32((opts.seed ?? 0) * 2654435761 + 1779033703 >>> 0);
  const Om = new Float64Array(p * l);
  for (let i = 0; i < Om.length; i++) Om[i] = uniform() - 0.5;
  let Q = await orthonormalize(ops, rt, await op.apply(Om), p, l, true);
  let prevRes = NaN;
  let prevDegree = degree;
  let stalled = 0;
  for (let round = 0; ; round++) {
    const cur = await rayleighRitz(ops, rt, p, l, Q, await op.apply(Q), l, k);
    opts.onRound?.(round, cur.maxRes, degree);
    stalled = Number.isFinite(prevRes) && cur.maxRes < 1e-5 && cur.maxRes > 0.7 * prevRes ? stalled + 1 : 0;
    if (cur.maxRes <= tol || round + 1 >= maxRounds || stalled >= 2) return cur;
    if (cur.maxRes <= extendFrom) {
      const ext = await krylovExtension(ops, rt, op, p, cur, k, keep);
      opts.onKrylovStep?.(round, ext.maxRes);
      if (ext.maxRes <= tol) return ext;
      extendFrom = cur.maxRes / 2;
    }
    const theta = cur.theta;
    const maxRes = cur.maxRes;
    if (Number.isFinite(prevRes) && prevRes > maxRes) {
      const perProduct = Math.log(prevRes / maxRes) / prevDegree;
      const target = extendFrom > 0 ? 0.6 * extendFrom : 0.25 * tol;
      const need = Math.log(maxRes / target) / perProduct;
      const rounds = Math.max(1, Math.ceil(need / maxDegree));
      degree = Math.min(maxDegree, Math.max(2, Math.ceil(need / rounds)));
    }
    prevRes = maxRes;
    prevDegree = degree;
    const b = Math.max(theta[l - 1], 0);
    const c = b / 2;
    const e = Math.max(b / 2, Number.MIN_VALUE);
    const x0 = (theta[0] - c) / e;
    const xk = Math.max(1, (theta[k - 1] - c) / e);
    const growth = Math.acosh(Math.max(1, x0)) - Math.acosh(xk);
    if (growth > 0) degree = Math.max(2, Math.min(degree, Math.floor(Math.log(op.single ? 1e9 : 1e12) / growth)));
    prevDegree = degree;
    const first = { a: 1 / (e * x0), ac: c / (e * x0) };
    const steps = [];
    let tPrev = 1;
    let tCur = x0;
    for (let d = 2; d <= degree; d++) {
      const tNext = 2 * x0 * tCur - tPrev;
      const a = 2 * tCur / (e * tNext);
      steps.push({ a, ac: a * c, b: tPrev / tNext });
      tPrev = tCur;
      tCur = tNext;
    }
    Q = await orthonormalize(ops, rt, await op.filter(cur.Q, cur.GQ, first, steps), p, l, true);
  }
}
async function filterStepwise(apply, Q, GQ, first, steps) {
  const n = Q.length;
  let Yprev = Q;
  let Ycur = new Float64Array(n);
  for (let i = 0; i < n; i++) Ycur[i] = first.a * GQ[i] - first.ac * Q[i];
  for (const { a, ac, b } of steps) {
    const GY = await apply(Ycur);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = a * GY[i] - ac * Ycur[i] - b * Yprev[i];
    Yprev = Ycur;
    Ycur = next;
  }
  return Ycur;
}
async function orthonormalize(ops, rt, Y, p, l, relaxed = false) {
  let Q = Y;
  for (let pass = 0; pass < 2; pass++) {
    const chol = equilibratedInverseCholesky(rt, await ops.tn(Q, p, l, Q, l), l);
    if (!chol) return householderQ(rt, Y, p, l);
    Q = await ops.mm(Q, p, l, chol.M, l);
    if (relaxed && chol.diagRatio > 1e-3) break;
  }
  return Q;
}
function equilibratedInverseCholesky(rt, A, l) {
  const d = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    const v = A[j * l + j];
    if (!(v > 0)) return null;
    d[j] = 1 / Math.sqrt(v);
  }
  const L = rt.layout({ A: l * l, L: l * l, Li: l * l, R: l * l, ratio: 1 });
  const As = rt.f64(L.A, l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) As[i * l + j] = d[i] * A[i * l + j] * d[j];
  if (rt.k.chol_inv_upper(l, L.A, L.L, L.Li, L.R, 1e-13, L.ratio) !== 0) return null;
  const M = Float64Array.from(rt.f64(L.R, l * l));
  for (let i = 0; i < l; i++) {
    const di = d[i];
    for (let j = i; j < l; j++) M[i * l + j] = M[i * l + j] * di;
  }
  return { M, diagRatio: rt.f64(L.ratio, 1)[0] };
}
function orient2(W, Ushort, Vlong, S, k) {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j];
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}

// src/linalg/wasm/shuffle.ts
var CHUNK = 1 << 18;
function shuffleElementsWasm(rt, src, state) {
  const n = src.length;
  const bits = shuffleBucketBits(n);
  const B = 1 << bits;
  const f32 = src instanceof Float32Array;
  const per = f32 ? 0.5 : 1;
  const L = rt.layout({ state: 2, start: Math.ceil((B + 1) / 2), fill: Math.ceil(B / 2), src: Math.ceil(CHUNK * per), dst: Math.ceil(n * per) });
  const buffer = rt.memory.buffer;
  const st = new Int32Array(buffer, L.state, 4);
  const dst = f32 ? new Float32Array(buffer, L.dst, n) : new Float64Array(buffer, L.dst, n);
  const start = new Int32Array(buffer, L.start, B + 1);
  if (B === 1) {
    dst.set(src);
    start[0] = 0;
    start[1] = n;
    st.set(state);
  } else {
    start.fill(0);
    st.set(state);
    rt.k.xo_count(n, L.start + 4, L.state, bits);
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1] + start[b];
    new Int32Array(buffer, L.fill, B).set(start.subarray(0, B));
    st.set(state);
    const chunk = f32 ? new Float32Array(buffer, L.src, CHUNK) : new Float64Array(buffer, L.src, CHUNK);
    for (let off = 0; off < n; off += CHUNK) {
      const len = Math.min(CHUNK, n - off);
      chunk.set(src.subarray(off, off + len));
      if (f32) rt.k.xo_scatter_f32(len, L.src, L.dst, L.fill, L.state, bits);
      else rt.k.xo_scatter_f64(len, L.src, L.dst, L.fill, L.state, bits);
    }
  }
  const bytes = f32 ? 4 : 8;
  for (let b = 0; b < B; b++) {
    const lo = start[b];
    const len = start[b + 1] - lo;
    if (len < 2) continue;
    if (f32) rt.k.fisher_yates_f32(len, L.dst + lo * bytes, L.state);
    else rt.k.fisher_yates_f64(len, L.dst + lo * bytes, L.state);
  }
  state.set(st);
  return f32 ? new Float32Array(dst) : new Float64Array(dst);
}

// src/linalg/fastEngine.ts
async function createFastEngine(opts = {}) {
  const threads = Math.max(1, Math.floor(opts.threads ?? os.availableParallelism()));
  const logger = opts.logger ?? (() => {
  });
  let ort = null;
  if (opts.useOrt !== false) {
    const device = opts.device === "cuda" ? "cuda" : "cpu";
    const create = opts.createOrt ?? OrtOps.create;
    ort = await create({ device, threads: typeof opts.ortThreads === "function" ? opts.ortThreads : Math.max(1, Math.floor(opts.ortThreads ?? threads)), logger, ...opts.gpuProvider ? { gpuProvider: opts.gpuProvider } : {}, ...opts.nativeGate ? { gate: opts.nativeGate } : {} });
  }
  const kernels = await opts.kernels;
  if (kernels) provideKernelModule(kernels);
  const rt = await WasmRuntime.create(threads);
  const dense = ort ? ortDenseOps(ort) : wasmDenseOps(rt);
  const gram = async (X, p, q) => {
    if (!ort) return gramWasm(rt, X, p, q);
    const G = new Float64Array(p * p);
    await gramOrt(ort, X, p, q, G);
    return G;
  };
  const bandwidth = opts.bandwidth ?? DEFAULT_BAND;
  const bandUpdates = opts.bandUpdates ?? "ort";
  let queue = Promise.resolve();
  const serial = (job) => {
    const next = queue.then(job, job);
    queue = next.catch(() => void 0);
    return next;
  };
  const name = `wasm-simd(${threads} thread${threads > 1 ? "s" : ""})${ort ? `+onnxruntime-${ort.device}` : ""}`;
  return {
    name,
    device: ort ? ort.device : "none",
    gramEigenvalues(W) {
      return serial(async () => {
        if (!ort) return gramEigenvaluesWasm(rt, W, bandwidth);
        return bandUpdates === "ort" ? gramEigenvaluesOrtBand(ort, rt, W, opts.bandwidth, opts.bandGroups) : gramEigenvaluesOrt(ort, rt, W, bandwidth);
      });
    },
    truncatedSvd(W, k, o) {
      const seed = o?.seed ?? 0;
      return serial(
        () => opts.svdMethod === "krylov" ? krylovTruncatedSvd(dense, rt, W, k, { ...opts.krylov, seed }) : chebyshevTruncatedSvd(dense, gram, rt, W, k, { ...opts.chebyshev, seed })
      );
    },
    topGramEigenvalues32(W, k, o) {
      const seed = o?.seed ?? 0;
      return serial(async () => {
        const tolerance = o?.tolerance !== void 0 ? { tolerance: o.tolerance } : {};
        const fast = await chebyshevTopEigenvalues32(dense, rt, W, k, { ...opts.chebyshev, ...tolerance, seed });
        if (fast) return fast;
        const { S } = await chebyshevTruncatedSvd(dense, gram, rt, { rows: W.rows, cols: W.cols, data: Float64Array.from(W.data32), data32: W.data32 }, k, { ...opts.chebyshev, seed });
        return S.map((x) => x * x);
      });
    },
    shuffleElements(values, state) {
      return serial(async () => shuffleElementsWasm(rt, values, state));
    },
    async dispose() {
      await serial(async () => {
        await ort?.dispose();
        await rt.dispose();
      });
    }
  };
}
export {
  createFastEngine
};
