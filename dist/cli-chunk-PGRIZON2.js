/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  SMOOTH_METHODS
} from "./cli-chunk-JFUYTXGE.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/smooth/rules.ts
var DEFAULT_PERCENT = 0.8;
var DEFAULT_METHOD = "detX";
function describeRule(rule) {
  switch (rule.method) {
    case "percent":
      return `percent ${rule.percent}`;
    case "rank-fraction":
      return `rank-fraction rho=${rule.rho}`;
    case "rank":
      return `rank ${rule.k}`;
    default:
      return rule.method;
  }
}
function parseRule(cfg, where, inherited) {
  const method = cfg.method ?? inherited?.method ?? DEFAULT_METHOD;
  if (!SMOOTH_METHODS.includes(method)) {
    throw new WwError("CONFIG_INVALID", `${where}: unknown smoothing method '${method}' (expected one of ${SMOOTH_METHODS.join(", ")})`, {
      key: `${where}.method`,
      received: method
    });
  }
  const sameMethod = inherited !== void 0 && (inherited.method ?? DEFAULT_METHOD) === method;
  const pick = (key) => cfg[key] ?? cfg.value ?? inherited?.[key] ?? (sameMethod ? inherited?.value : void 0) ?? void 0;
  const checkNumber = (key, v) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new WwError("RANK_OUT_OF_RANGE", `${where}: ${key} must be a finite number, got ${String(v)}`, { key: `${where}.${key}`, received: v });
    }
  };
  switch (method) {
    case "rank": {
      const k = pick("k");
      if (k === void 0) throw new WwError("CONFIG_INVALID", `${where}: method 'rank' needs k (the number of components to keep)`, { key: `${where}.k` });
      checkNumber("k", k);
      if (!Number.isInteger(k) || k < 0) {
        throw new WwError("RANK_OUT_OF_RANGE", `${where}: k must be an integer >= 0, got ${k}`, { key: `${where}.k`, received: k });
      }
      return { method, k };
    }
    case "percent": {
      const percent = pick("percent") ?? DEFAULT_PERCENT;
      checkNumber("percent", percent);
      if (Math.abs(percent) > 1) {
        throw new WwError("RANK_OUT_OF_RANGE", `${where}: percent must be a fraction in [-1, 1] (0.8 keeps 80% of the components), got ${percent}`, {
          key: `${where}.percent`,
          received: percent
        });
      }
      return { method, percent };
    }
    case "rank-fraction": {
      const rho = pick("rho");
      if (rho === void 0) throw new WwError("CONFIG_INVALID", `${where}: method 'rank-fraction' needs rho (fraction of min(m, n) to keep)`, { key: `${where}.rho` });
      checkNumber("rho", rho);
      if (!(rho > 0 && rho <= 1)) {
        throw new WwError("RANK_OUT_OF_RANGE", `${where}: rho must be in (0, 1], got ${rho}`, { key: `${where}.rho`, received: rho });
      }
      return { method, rho };
    }
    default:
      return { method };
  }
}
function staticRank(rule, rows, cols) {
  const m = Math.min(rows, cols);
  switch (rule.method) {
    case "rank":
      return rule.k;
    case "percent":
      return Math.trunc(rule.percent * m) + 0;
    // + 0 turns -0 into 0
    case "rank-fraction":
      return Math.floor(rule.rho * m);
    default:
      return null;
  }
}
function countName(rule) {
  return rule.method === "detX" ? "detX_num" : rule.method === "mp" ? "num_spikes" : rule.method === "tail" ? "num_pl_spikes" : null;
}
function resolveRank(rule, rows, cols, counts) {
  const s = staticRank(rule, rows, cols);
  if (s !== null) return s;
  const v = counts?.[countName(rule)];
  return v === null || v === void 0 || !Number.isInteger(v) || v < 0 ? null : v;
}
function rankEffect(k, rows, cols) {
  const m = Math.min(rows, cols);
  if (k === 0) return "unchanged-zero";
  if (k >= m) return "unchanged-full";
  return k > 0 ? "keep-top" : "remove-top";
}

// src/model/factorizable.ts
function factorizationBlocker(layer) {
  if (layer.format !== "onnx") return "safetensors holds weights only, not a graph to split";
  if (layer.quantization) return `it is stored quantized (${layer.quantization.op}, ${layer.quantization.bits}-bit): float factors would not keep its format, so it is written back requantized`;
  const bad = layer.consumers.find((c) => c.opType !== "MatMul" || c.domain !== "" || c.inputIndex !== 1);
  if (bad) return `it is used by ${bad.opType}${bad.domain ? ` (${bad.domain})` : ""} node ${bad.node}, not only by MatMul`;
  if (layer.storedIn !== void 0) return `it is an initializer of the subgraph ${layer.storedIn}; the factors are written to the main graph only`;
  if (layer.via.length > 0) return `a ${layer.via.join("/")} stands between the weight and its MatMul`;
  if (layer.storedTransposed) return "it is stored transposed";
  return null;
}

// src/smooth/apply.ts
function lowRankProduct(svd) {
  const { U, S, Vt } = svd;
  const rows = U.rows;
  const cols = Vt.cols;
  const k = S.length;
  const out = new Float64Array(rows * cols);
  const us = new Float64Array(k);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < k; j++) us[j] = U.data[r * k + j] * S[j];
    const base = r * cols;
    for (let j = 0; j < k; j++) {
      const f = us[j];
      if (f === 0) continue;
      const vrow = j * cols;
      for (let c = 0; c < cols; c++) out[base + c] = out[base + c] + f * Vt.data[vrow + c];
    }
  }
  return { rows, cols, data: out };
}
async function smoothMatrix(W, k, engine, seed = 42) {
  const svd = await engine.truncatedSvd(W, Math.abs(k), { seed });
  const top = lowRankProduct(svd);
  if (k > 0) return { values: top, svd };
  const rest = new Float64Array(W.data.length);
  for (let i = 0; i < rest.length; i++) rest[i] = W.data[i] - top.data[i];
  return { values: { rows: W.rows, cols: W.cols, data: rest }, svd };
}
function factorsInUsedOrientation(svd, layer) {
  const { U, S, Vt } = svd;
  const k = S.length;
  if (!layer.storedTransposed) {
    const a2 = new Float64Array(U.rows * k);
    for (let r = 0; r < U.rows; r++) for (let j = 0; j < k; j++) a2[r * k + j] = U.data[r * k + j] * S[j];
    return { a: { rows: U.rows, cols: k, data: a2 }, b: { rows: k, cols: Vt.cols, data: Float64Array.from(Vt.data) } };
  }
  const inF = Vt.cols;
  const outF = U.rows;
  const a = new Float64Array(inF * k);
  for (let j = 0; j < k; j++) for (let c = 0; c < inF; c++) a[c * k + j] = Vt.data[j * inF + c] * S[j];
  const b = new Float64Array(k * outF);
  for (let r = 0; r < outF; r++) for (let j = 0; j < k; j++) b[j * outF + r] = U.data[r * k + j];
  return { a: { rows: inF, cols: k, data: a }, b: { rows: k, cols: outF, data: b } };
}
function factorizationSaves(k, inFeatures, outFeatures) {
  return k > 0 && k * (inFeatures + outFeatures) < inFeatures * outFeatures;
}
function relativeFrobeniusError(W, Wp) {
  let num = 0;
  let den = 0;
  for (let i = 0; i < W.data.length; i++) {
    const d = W.data[i] - Wp.data[i];
    num += d * d;
    den += W.data[i] * W.data[i];
  }
  return den > 0 ? Math.sqrt(num / den) : 0;
}
function lowRankSpectrum(S, p) {
  const k = Math.min(S.length, p);
  const out = new Float64Array(p);
  for (let j = 0; j < k; j++) out[p - 1 - j] = S[j] * S[j];
  return out.sort();
}
function eigenTotal(eigenvalues) {
  let s = 0;
  for (let i = 0; i < eigenvalues.length; i++) s += eigenvalues[i];
  return s;
}
function energyKeptFromEigenvalues(eigenvalues, k) {
  const sorted = Float64Array.from(eigenvalues).sort().reverse();
  const total = eigenTotal(sorted);
  if (total <= 0) return 1;
  const n = Math.min(Math.abs(k), sorted.length);
  let top = 0;
  for (let i = 0; i < n; i++) top += sorted[i];
  return k >= 0 ? top / total : (total - top) / total;
}

export {
  factorizationBlocker,
  describeRule,
  parseRule,
  staticRank,
  countName,
  resolveRank,
  rankEffect,
  smoothMatrix,
  factorsInUsedOrientation,
  factorizationSaves,
  relativeFrobeniusError,
  lowRankSpectrum,
  eigenTotal,
  energyKeptFromEigenvalues
};
