/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/linalg/js/gram.ts
function shortSideGram(W) {
  const { rows, cols, data } = W;
  if (rows >= cols) {
    const n2 = cols;
    const g2 = new Float64Array(n2 * n2);
    for (let r = 0; r < rows; r++) {
      const base = r * cols;
      for (let i = 0; i < n2; i++) {
        const wi = data[base + i];
        if (wi === 0) continue;
        const gi = i * n2;
        for (let j = i; j < n2; j++) g2[gi + j] = g2[gi + j] + wi * data[base + j];
      }
    }
    mirrorUpper(g2, n2);
    return { gram: g2, n: n2, side: "cols" };
  }
  const n = rows;
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const bi = i * cols;
    for (let j = i; j < n; j++) {
      const bj = j * cols;
      let s = 0;
      for (let c = 0; c < cols; c++) s += data[bi + c] * data[bj + c];
      g[i * n + j] = s;
    }
  }
  mirrorUpper(g, n);
  return { gram: g, n, side: "rows" };
}
function mirrorUpper(g, n) {
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) g[j * n + i] = g[i * n + j];
}

// src/linalg/js/symmetricEigen.ts
function symmetricEigen(a, n, wantVectors) {
  if (a.length !== n * n) throw new RangeError(`symmetricEigen: expected ${n * n} elements, got ${a.length}`);
  if (n === 0) return { values: new Float64Array(0), vectors: wantVectors ? new Float64Array(0) : null };
  const V = Float64Array.from(a);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  tridiagonalize(V, n, d, e, wantVectors);
  implicitQl(V, n, d, e, wantVectors);
  return sortAscending(d, wantVectors ? V : null, n);
}
function tridiagonalize(V, n, d, e, accumulate) {
  for (let j = 0; j < n; j++) d[j] = V[(n - 1) * n + j];
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]);
    if (scale === 0) {
      e[i] = d[i - 1];
      for (let j = 0; j < i; j++) {
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
        V[j * n + i] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k] = d[k] / scale;
        h += d[k] * d[k];
      }
      let f = d[i - 1];
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j];
        V[j * n + i] = f;
        g = e[j] + V[j * n + j] * f;
        for (let k = j + 1; k <= i - 1; k++) {
          const vkj = V[k * n + j];
          g += vkj * d[k];
          e[k] = e[k] + vkj * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j] = e[j] / h;
        f += e[j] * d[j];
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j] = e[j] - hh * d[j];
      for (let j = 0; j < i; j++) {
        f = d[j];
        g = e[j];
        for (let k = j; k <= i - 1; k++) V[k * n + j] = V[k * n + j] - (f * e[k] + g * d[k]);
        d[j] = V[(i - 1) * n + j];
        V[i * n + j] = 0;
      }
    }
    d[i] = h;
  }
  if (accumulate) {
    for (let i = 0; i < n - 1; i++) {
      V[(n - 1) * n + i] = V[i * n + i];
      V[i * n + i] = 1;
      const h = d[i + 1];
      if (h !== 0) {
        for (let k = 0; k <= i; k++) d[k] = V[k * n + i + 1] / h;
        for (let j = 0; j <= i; j++) {
          let g = 0;
          for (let k = 0; k <= i; k++) g += V[k * n + i + 1] * V[k * n + j];
          for (let k = 0; k <= i; k++) V[k * n + j] = V[k * n + j] - g * d[k];
        }
      }
      for (let k = 0; k <= i; k++) V[k * n + i + 1] = 0;
    }
    for (let j = 0; j < n; j++) {
      d[j] = V[(n - 1) * n + j];
      V[(n - 1) * n + j] = 0;
    }
    V[(n - 1) * n + (n - 1)] = 1;
  } else {
    for (let j = 0; j < n; j++) d[j] = V[j * n + j];
  }
  e[0] = 0;
}
function implicitQl(V, n, d, e, rotate) {
  for (let i = 1; i < n; i++) e[i - 1] = e[i];
  e[n - 1] = 0;
  let f = 0;
  let tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n) {
      if (Math.abs(e[m]) <= eps * tst1) break;
      m++;
    }
    if (m > l) {
      let iter = 0;
      do {
        if (++iter > 200) throw new Error(`implicit QL did not converge at index ${l}`);
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] = d[i] - h;
        f += h;
        p = d[m];
        let c = 1;
        let c2 = c;
        let c3 = c;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          if (rotate) {
            for (let k = 0; k < n; k++) {
              const vk = k * n;
              h = V[vk + i + 1];
              V[vk + i + 1] = s * V[vk + i] + c * h;
              V[vk + i] = c * V[vk + i] - s * h;
            }
          }
        }
        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] = d[l] + f;
    e[l] = 0;
  }
}
function sortAscending(d, V, n) {
  const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => d[x] - d[y]);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = d[order[i]];
  if (V === null) return { values, vectors: null };
  const vectors = new Float64Array(n * n);
  for (let c = 0; c < n; c++) {
    const src = order[c];
    for (let r = 0; r < n; r++) vectors[r * n + c] = V[r * n + src];
  }
  return { values, vectors };
}

// src/linalg/engine.ts
async function getEngine(opts = {}) {
  const logger = opts.logger ?? opts.log;
  if (opts.backend === "js") return jsEngine();
  try {
    const { createFastEngine } = await import("./cli-fastEngine-JLV6OQGI.js");
    return await createFastEngine({
      ...opts.device !== void 0 ? { device: opts.device } : {},
      ...opts.threads !== void 0 ? { threads: opts.threads } : {},
      ...logger ? { logger } : {},
      useOrt: opts.backend !== "wasm"
    });
  } catch (e) {
    logger?.(`linalg: wasm engine unavailable (${e.message.split("\n")[0]}); using the plain-JS reference backend`);
    return jsEngine();
  }
}
function jsEngine() {
  return {
    name: "js",
    async gramEigenvalues(W) {
      return gramEigenvaluesJs(W);
    },
    async truncatedSvd(W, k) {
      return truncatedSvdJs(W, k);
    },
    async dispose() {
    }
  };
}
function gramEigenvaluesJs(W) {
  const { gram, n } = shortSideGram(W);
  const { values } = symmetricEigen(gram, n, false);
  for (let i = 0; i < values.length; i++) if (values[i] < 0) values[i] = 0;
  return values;
}
function truncatedSvdJs(W, k) {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { gram, n, side } = shortSideGram(W);
  const { vectors } = symmetricEigen(gram, n, true);
  const vec = vectors;
  const short = new Float64Array(n * k);
  for (let j = 0; j < k; j++) {
    const src = n - 1 - j;
    for (let r = 0; r < n; r++) short[r * k + j] = vec[r * n + src];
  }
  const longLen = side === "cols" ? W.rows : W.cols;
  const long = new Float64Array(longLen * k);
  const { rows, cols, data } = W;
  if (side === "cols") {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[r * k + j] = long[r * k + j] + w * short[c * k + j];
      }
    }
  } else {
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const w = data[r * cols + c];
        if (w === 0) continue;
        for (let j = 0; j < k; j++) long[c * k + j] = long[c * k + j] + w * short[r * k + j];
      }
    }
  }
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let r = 0; r < longLen; r++) s += long[r * k + j] ** 2;
    S[j] = Math.sqrt(s);
  }
  orthonormalizeColumns(long, longLen, k);
  const U = side === "cols" ? long : short;
  const V = side === "cols" ? short : long;
  const Vt = new Float64Array(k * cols);
  for (let j = 0; j < k; j++) for (let c = 0; c < cols; c++) Vt[j * cols + c] = V[c * k + j];
  return { U: { rows, cols: k, data: U }, S, Vt: { rows: k, cols, data: Vt } };
}
function orthonormalizeColumns(a, m, k) {
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < j; i++) {
        let dot = 0;
        for (let r = 0; r < m; r++) dot += a[r * k + i] * a[r * k + j];
        for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j] - dot * a[r * k + i];
      }
      let norm = 0;
      for (let r = 0; r < m; r++) norm += a[r * k + j] ** 2;
      norm = Math.sqrt(norm);
      if (norm > 0) for (let r = 0; r < m; r++) a[r * k + j] = a[r * k + j] / norm;
    }
  }
}

export {
  getEngine,
  jsEngine,
  gramEigenvaluesJs,
  truncatedSvdJs
};
