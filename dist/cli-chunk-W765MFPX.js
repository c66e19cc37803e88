/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  baseLayerByHeadName
} from "./cli-chunk-PIBZXZII.js";
import {
  fmtAccuracyDelta
} from "./cli-chunk-CTN7G35G.js";
import {
  fmtDeltaWithInterval,
  fmtInterval,
  fmtNum,
  fmtSigned,
  fmtThreshold,
  nonFiniteNote,
  plural
} from "./cli-chunk-MUQE3HN5.js";
import {
  deltaInterval
} from "./cli-chunk-2GYAVEAP.js";

// src/gate/probeRules.ts
var fmtPoints = (v) => `${v} pts`;
function levelsText(l) {
  const parts = [];
  if (l.warn !== null) parts.push(`warn > ${fmtPoints(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmtPoints(l.fail)}`);
  return parts.length ? parts.join(", ") : "off (both levels none)";
}
function dropRule(id, scope, title, change, levels, skipReason) {
  const base = { id, scope, title, warnLimit: levels.warn, failLimit: levels.fail, limitText: levelsText(levels) };
  if (!change) return { ...base, value: null, valueText: "—", status: "skipped", reason: skipReason };
  const drop = Math.round(-change.delta * 100 * 1e9) / 1e9;
  const valueText = fmtAccuracyDelta(change);
  if (levels.warn === null && levels.fail === null) return { ...base, value: drop, valueText, status: "skipped", reason: "both levels are off (none)" };
  const status = levels.fail !== null && drop > levels.fail ? "fail" : levels.warn !== null && drop > levels.warn ? "warn" : "pass";
  const reason = status === "fail" ? `drop above the fail level ${fmtPoints(levels.fail)}` : status === "warn" ? `drop above the warn level ${fmtPoints(levels.warn)}` : "";
  return { ...base, value: drop, valueText, status, reason };
}
var NONE = { warn: null, fail: null };
function probeRules(m, rules) {
  const p = m.probe;
  if (!p) return [];
  const why = (what) => p.note || what;
  return [
    dropRule(
      "probe.smoothed-vs-original",
      "smoothing",
      "Probe accuracy drop, smoothed vs original (points)",
      p.smoothedVsOriginal,
      rules.accuracyDrop ?? NONE,
      why(m.smoothing ? "the smoothed model was not probed" : "no smoothing was applied")
    ),
    dropRule("probe.head-vs-base", "vs-base", "Probe accuracy drop, head vs base (points)", p.headVsBase, rules.baseAccuracyDrop ?? NONE, why(`no base probe: ${m.baseline.note}`))
  ];
}

// src/gate/rules.ts
var GATE_RULES = [
  {
    id: "perplexity.smoothed-vs-original",
    evaluate: (m, rules) => perplexityRule({
      id: "perplexity.smoothed-vs-original",
      scope: "smoothing",
      title: "Perplexity increase, smoothed vs original",
      delta: m.perplexity.smoothedVsOriginal,
      inputs: [m.perplexity.original, m.perplexity.smoothed],
      levels: rules.perplexityIncrease,
      skipReason: m.perplexity.smoothedVsOriginal ? "" : m.perplexity.note || (m.smoothing ? "perplexity was not measured" : "no smoothing was applied")
    })
  },
  {
    id: "perplexity.head-vs-base",
    evaluate: (m, rules) => perplexityRule({
      id: "perplexity.head-vs-base",
      scope: "vs-base",
      title: "Perplexity increase, head vs base",
      delta: m.perplexity.headVsBase,
      inputs: [m.perplexity.base, m.perplexity.original],
      levels: rules.basePerplexityIncrease,
      skipReason: m.perplexity.headVsBase ? "" : m.perplexity.original ? `no base perplexity: ${m.baseline.note}` : m.perplexity.note || "perplexity was not measured"
    })
  },
  { id: "alpha.new-outside-range", evaluate: (m, rules) => newOutsideRule(m, rules) },
  { id: "alpha.mean-change", evaluate: (m, rules) => meanChangeRule(m, rules) },
  {
    id: "alpha.over-trained",
    evaluate: (m, rules) => numberRule("alpha.over-trained", "model", `Over-trained layers (alpha < ${rules.alphaRange.min})`, countOutside(m.spectral.original, rules).below, rules.overTrained, String)
  },
  {
    id: "alpha.under-trained",
    evaluate: (m, rules) => numberRule("alpha.under-trained", "model", `Under-trained layers (alpha > ${rules.alphaRange.max})`, countOutside(m.spectral.original, rules).above, rules.underTrained, String)
  }
];
function evaluateGate(m, rules, extra = []) {
  return verdictOf([...[...GATE_RULES, ...extra].map((r) => r.evaluate(m, rules)), ...probeRules(m, rules)]);
}
function verdictOf(rules) {
  const failed = rules.filter((r) => r.status === "fail");
  const warned = rules.filter((r) => r.status === "warn");
  const status = failed.length > 0 ? "fail" : warned.length > 0 ? "warn" : "pass";
  const checked = rules.filter((r) => r.status !== "skipped").length;
  const ofChecked = `of ${checked} checked ${plural(checked, "rule")}`;
  const titles = (list) => list.map((r) => r.title).join("; ");
  const headline = status === "fail" ? `fail: ${failed.length} ${ofChecked} failed (${titles(failed)})` : status === "warn" ? `pass with warnings: ${warned.length} ${ofChecked} at warn level (${titles(warned)})` : `pass: ${checked} checked ${plural(checked, "rule")} passed`;
  return { status, passed: status !== "fail", rules, headline };
}
function statusFor(exceedsWarn, exceedsFail) {
  return exceedsFail ? "fail" : exceedsWarn ? "warn" : "pass";
}
function thresholdValue(d, t) {
  return t.kind === "relative" ? d.relative : d.absolute;
}
function limitsText(l, fmt) {
  const parts = [];
  if (l.warn !== null) parts.push(`warn > ${fmt(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmt(l.fail)}`);
  return parts.length ? parts.join(", ") : "none";
}
var OFF_REASON = "no warn or fail level set";
function perplexityRule(spec) {
  const { id, scope, title, delta, levels } = spec;
  const limitText = limitsText(levels, fmtThreshold) + (levels.significance ? `, fail needs ${+(levels.significance * 100).toPrecision(4)}% significance` : "");
  const warnLimit = levels.warn?.value ?? null;
  const failLimit = levels.fail?.value ?? null;
  const base = { id, scope, title, warnLimit, failLimit, limitText };
  if (!delta) return { ...base, value: null, valueText: "—", status: "skipped", reason: spec.skipReason };
  if (levels.warn === null && levels.fail === null) return { ...base, value: delta.relative, valueText: fmtDeltaWithInterval(delta), status: "skipped", reason: OFF_REASON };
  const nonFinite = nonFiniteReason(delta, spec.inputs);
  if (nonFinite) return { ...base, value: null, valueText: fmtDeltaWithInterval(delta), status: "fail", reason: nonFinite };
  const overWarn = levels.warn !== null && thresholdValue(delta, levels.warn) > levels.warn.value;
  const overFail = levels.fail !== null && thresholdValue(delta, levels.fail) > levels.fail.value;
  let status = statusFor(overWarn, overFail);
  let reason = status === "fail" ? `increase above the fail level ${fmtThreshold(levels.fail)}` : status === "warn" ? `increase above the warn level ${fmtThreshold(levels.warn)}` : "";
  if (status === "fail" && levels.significance) {
    const ci = intervalAt(delta, spec.inputs, levels.significance);
    if (!ci) {
      reason += `; no confidence interval (fewer than 2 evaluation windows), so significance ${levels.significance} could not be checked`;
    } else if (!(ci.relativeLow > 0)) {
      status = "warn";
      reason += `, but not significant: the ${fmtInterval({ ...delta, ci })} includes no change, so the rule warns instead of failing`;
    } else {
      reason += ` (significant: ${fmtInterval({ ...delta, ci })})`;
    }
  }
  const absoluteOnly = (levels.warn?.kind ?? "absolute") === "absolute" && (levels.fail?.kind ?? "absolute") === "absolute";
  return { ...base, value: absoluteOnly ? delta.absolute : delta.relative, valueText: fmtDeltaWithInterval(delta), status, reason };
}
function intervalAt(delta, inputs, level) {
  if (delta.ci && delta.ci.level === level) return delta.ci;
  const [a, b] = inputs;
  const again = a && b ? deltaInterval(a, b, { level }) : null;
  return again ?? delta.ci ?? null;
}
function nonFiniteReason(delta, inputs) {
  const [a, b] = inputs;
  const bad = [a, b].filter((p) => p !== null && !Number.isFinite(p.perplexity));
  if (bad.length > 0) {
    return `perplexity is not finite (${bad.map((p) => `${p.model}: ${nonFiniteNote(p.perplexity)}`).join("; ")}), so the change cannot be measured`;
  }
  if (!Number.isFinite(delta.relative) || !Number.isFinite(delta.absolute)) {
    return `the change is not finite (${String(delta.relative)}): the reference perplexity is 0 or not finite, so the change cannot be measured`;
  }
  return "";
}
function numberRule(id, scope, title, value, levels, fmt, valueText = fmt(value)) {
  const base = { id, scope, title, warnLimit: levels.warn, failLimit: levels.fail, limitText: limitsText(levels, fmt) };
  if (levels.warn === null && levels.fail === null) return { ...base, value, valueText, status: "skipped", reason: OFF_REASON };
  if (!Number.isFinite(value)) return { ...base, value: null, valueText: "n/a", status: "fail", reason: `the measured value is not finite (${String(value)}), so it cannot be compared with the limits` };
  const overWarn = levels.warn !== null && value > levels.warn;
  const overFail = levels.fail !== null && value > levels.fail;
  const status = statusFor(overWarn, overFail);
  const reason = status === "fail" ? `above the fail level ${fmt(levels.fail)}` : status === "warn" ? `above the warn level ${fmt(levels.warn)}` : "";
  return { ...base, value, valueText, status, reason };
}
function skippedRule(id, scope, title, levels, fmt, reason) {
  return { id, scope, title, value: null, valueText: "—", warnLimit: levels.warn, failLimit: levels.fail, limitText: limitsText(levels, fmt), status: "skipped", reason };
}
function isOutside(alpha, rules) {
  return alpha !== null && (alpha < rules.alphaRange.min || alpha > rules.alphaRange.max);
}
function countOutside(s, rules) {
  let below = 0;
  let above = 0;
  for (const l of s.layers) {
    if (l.fit !== "success" || l.alpha === null) continue;
    if (l.alpha < rules.alphaRange.min) below++;
    else if (l.alpha > rules.alphaRange.max) above++;
  }
  return { below, above };
}
function newlyOutside(head, base, rules) {
  const baseByName = baseLayerByHeadName(head.layers, base.layers);
  return head.layers.filter((l) => l.fit === "success" && isOutside(l.alpha, rules)).filter((l) => {
    const b = baseByName.get(l.name);
    return !b || b.fit !== "success" || !isOutside(b.alpha, rules);
  }).map((l) => l.name);
}
function newOutsideRule(m, rules) {
  const id = "alpha.new-outside-range";
  const title = `Layers newly outside alpha range [${rules.alphaRange.min}, ${rules.alphaRange.max}] vs base`;
  const base = m.spectral.base;
  if (!base) return skippedRule(id, "vs-base", title, rules.newLayersOutsideAlpha, String, `no baseline: ${m.baseline.note}`);
  return numberRule(id, "vs-base", title, newlyOutside(m.spectral.original, base, rules).length, rules.newLayersOutsideAlpha, String);
}
function meanChangeRule(m, rules) {
  const id = "alpha.mean-change";
  const title = "Mean alpha change vs base (absolute)";
  const fmt = (v) => v.toFixed(3);
  const head = m.spectral.original;
  const base = m.spectral.base;
  if (!base) return skippedRule(id, "vs-base", title, rules.meanAlphaChange, fmt, `no baseline: ${m.baseline.note}`);
  if (head.meanAlpha === null || base.meanAlpha === null) return skippedRule(id, "vs-base", title, rules.meanAlphaChange, fmt, "no successful power-law fit in head or base");
  const change = head.meanAlpha - base.meanAlpha;
  const text = Number.isFinite(change) ? `${fmtSigned(change, 3)} (${fmtNum(base.meanAlpha)} → ${fmtNum(head.meanAlpha)})` : "n/a";
  return numberRule(id, "vs-base", title, Math.abs(change), rules.meanAlphaChange, fmt, text);
}

export {
  evaluateGate
};
