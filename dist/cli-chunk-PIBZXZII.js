/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  modulePathFromTensorName,
  tensorStem
} from "./cli-chunk-FADXTKAR.js";

// src/report/baseMatch.ts
function moduleKey(l) {
  return l.module || modulePathFromTensorName(l.name);
}
var KEYS = [
  ["module", moduleKey],
  ["name", (l) => l.name],
  ["stem", (l) => tensorStem(l.name)]
];
function sameDims(a, b) {
  const [x, y] = [[...a.shape].sort((p, q) => p - q), [...b.shape].sort((p, q) => p - q)];
  return x[0] === y[0] && x[1] === y[1];
}
function uniqueBy(layers, key) {
  const seen = /* @__PURE__ */ new Map();
  for (const l of layers) {
    const k = key(l);
    if (k) seen.set(k, seen.has(k) ? null : l);
  }
  return new Map([...seen].filter((e) => e[1] !== null));
}
var memo = /* @__PURE__ */ new WeakMap();
function matchLayers(head, base) {
  const hit = memo.get(head);
  if (hit && hit.base === base) return hit.match;
  const match = matchOnce(head, base);
  memo.set(head, { base, match });
  return match;
}
function matchOnce(head, base) {
  let h = [...head];
  let b = [...base];
  const pairs = [];
  for (const [by, key] of KEYS) {
    const hs = uniqueBy(h, key);
    const bs = uniqueBy(b, key);
    const used = /* @__PURE__ */ new Set();
    for (const [k, hl] of hs) {
      const bl = bs.get(k);
      if (!bl || !sameDims(hl, bl)) continue;
      pairs.push({ head: hl, base: bl, by });
      used.add(hl).add(bl);
    }
    h = h.filter((l) => !used.has(l));
    b = b.filter((l) => !used.has(l));
  }
  pairs.sort((x, y) => x.head.index - y.head.index);
  return { pairs, unmatchedHead: h, unmatchedBase: b };
}
function change(a, b) {
  return a !== null && a !== void 0 && b !== null && b !== void 0 && Number.isFinite(a) && Number.isFinite(b) ? a - b : null;
}
var alphaOf = (l) => l.fit === "success" ? l.alpha : null;
function sameScheme(a, b) {
  if (!a || !b) return !a && !b;
  return a.op === b.op && a.bits === b.bits && a.blockSize === b.blockSize && a.symmetric === b.symmetric;
}
var unmatched = (l) => ({ name: l.name, module: moduleKey(l), shape: l.shape });
function compareWithBase(head, base) {
  const m = matchLayers(head, base);
  const layers = m.pairs.map(({ head: h, base: b, by }) => ({
    head: h.name,
    base: b.name,
    module: moduleKey(h) ?? moduleKey(b),
    by,
    alpha: { head: alphaOf(h), base: alphaOf(b), change: change(alphaOf(h), alphaOf(b)) },
    logNorm: { head: h.logNorm ?? null, base: b.logNorm ?? null, change: change(h.logNorm, b.logNorm) },
    quantization: { head: h.quantization ?? null, base: b.quantization ?? null }
  }));
  const qHead = m.pairs.some((p) => p.head.quantization);
  const qBase = m.pairs.some((p) => p.base.quantization);
  return {
    quantized: qHead && qBase ? "both" : qHead ? "head" : qBase ? "base" : "neither",
    quantizationDiffers: m.pairs.some((p) => !sameScheme(p.head.quantization, p.base.quantization)),
    layers,
    unmatchedHead: m.unmatchedHead.map(unmatched),
    unmatchedBase: m.unmatchedBase.map(unmatched)
  };
}
function baseLayerByHeadName(head, base) {
  if (!base) return /* @__PURE__ */ new Map();
  return new Map(matchLayers(head, base).pairs.map((p) => [p.head.name, p.base]));
}

export {
  compareWithBase,
  baseLayerByHeadName
};
