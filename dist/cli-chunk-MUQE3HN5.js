/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/report/format.ts
function plural(count, noun) {
  return count === 1 ? noun : `${noun}s`;
}
function fmtThreshold(t) {
  return t.kind === "relative" ? `${+(t.value * 100).toPrecision(6)}%` : `${+t.value.toPrecision(6)}pt`;
}
function fmtSigned(x, digits) {
  if (!Number.isFinite(x)) return "n/a";
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1).replace(/^/, "+") : x >= 0 ? `+${text}` : text;
}
function fmtPercent(x, digits = 2) {
  return Number.isFinite(x) ? `${fmtSigned(x * 100, digits)}%` : "n/a";
}
function nonFiniteNote(v) {
  if (v === null) return "not recorded";
  if (Number.isNaN(v)) return "NaN: the model's logits contain NaN";
  return v > 0 ? "Infinity: a token was given probability 0, so the mean NLL is infinite" : "-Infinity";
}
function fmtPerplexity(v) {
  return v !== null && Number.isFinite(v) ? v.toFixed(4) : `n/a (${nonFiniteNote(v)})`;
}
function fmtDelta(d) {
  if (!Number.isFinite(d.relative) || !Number.isFinite(d.absolute)) return `n/a (${String(d.absolute)})`;
  return `${fmtPercent(d.relative)} (${fmtSigned(d.absolute, 4)})`;
}
function fmtInterval(d) {
  const ci = d.ci;
  if (!ci) return "";
  return `${+(ci.level * 100).toPrecision(4)}% CI [${fmtPercent(ci.relativeLow)}, ${fmtPercent(ci.relativeHigh)}]`;
}
function fmtDeltaWithInterval(d) {
  const ci = fmtInterval(d);
  return ci ? `${fmtDelta(d)}, ${ci}` : fmtDelta(d);
}
function fmtNum(v, digits = 3) {
  if (v === null || v === void 0) return "—";
  return Number.isFinite(v) ? v.toFixed(digits) : "n/a";
}

export {
  plural,
  fmtThreshold,
  fmtSigned,
  fmtPercent,
  nonFiniteNote,
  fmtPerplexity,
  fmtInterval,
  fmtDeltaWithInterval,
  fmtNum
};
