/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  markdownTable
} from "./cli-chunk-JQJNIDZH.js";
import {
  escapeMarkdown
} from "./cli-chunk-WB4XQW7T.js";

// src/report/probe.ts
var pct = (x) => `${(x * 100).toFixed(1)}%`;
var interval = (i, f) => `[${f(i.low)}, ${f(i.high)}]`;
var signedPoints = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}`;
function fmtAccuracyDelta(c) {
  return `${signedPoints(c.delta)} pts [${signedPoints(c.interval.low)}, ${signedPoints(c.interval.high)}]`;
}
function fmtAccuracy(r) {
  return `${pct(r.accuracy)} (${r.correct}/${r.items}) ${interval(r.interval, pct)}`;
}
function parts(r) {
  const out = [];
  if (r.acc !== null) out.push(`acc ${pct(r.acc)}`, `acc_norm ${pct(r.acc_norm)}`);
  if (r.exactMatch !== null) out.push(`exact match ${pct(r.exactMatch)}`);
  return out.join(", ");
}
function describeProbe(label, r) {
  return [
    `${label}: ${r.source} on ${r.model}`,
    `  accuracy ${fmtAccuracy(r)} (95% Wilson); ${parts(r)}; ${r.items} of ${r.itemsTotal} items (${r.choiceItems} multiple choice, ${r.exactItems} exact match)`,
    `  ${r.device}: ${r.deviceNote}; ${r.sequences} sequences, ${r.tokensScored} tokens scored in ${r.seconds.toFixed(2)} s, ${r.itemsPerSecond.toFixed(1)} items/s`
  ].join("\n");
}
function describeProbeComparison(label, c) {
  return `${label}: ${fmtAccuracyDelta(c)} (95% paired interval); ${c.gained} item(s) gained, ${c.lost} lost`;
}
function flipsList(title, c) {
  if (c.flipped.length === 0) return "";
  const lines = c.flipped.map((f) => `- line ${f.line} ${f.after ? "✗ → ✓" : "✓ → ✗"} ${escapeMarkdown(f.excerpt)}`);
  const more = c.gained + c.lost - c.flipped.length;
  return `${title}: ${c.gained} gained, ${c.lost} lost${more > 0 ? ` (first ${c.flipped.length} shown)` : ""}

${lines.join("\n")}`;
}
function probeSections(report, label = (f) => f) {
  const p = report.probe;
  if (!p) return [];
  const cell = (r) => r ? escapeMarkdown(fmtAccuracy(r)) : "—";
  const detail = (r) => r ? escapeMarkdown(parts(r)) : "—";
  const first = p.original ?? p.smoothed ?? p.base;
  const rows = [
    ["", "Original (head)", "Smoothed", "Base"],
    ["Accuracy (95% Wilson)", cell(p.original), cell(p.smoothed), cell(p.base)],
    ["By kind", detail(p.original), detail(p.smoothed), detail(p.base)],
    [
      "Δ accuracy (95% paired)",
      "",
      p.smoothedVsOriginal ? `${escapeMarkdown(fmtAccuracyDelta(p.smoothedVsOriginal))} vs original` : "—",
      p.headVsBase ? `head ${escapeMarkdown(fmtAccuracyDelta(p.headVsBase))} vs base` : "—"
    ]
  ];
  const out = [
    "### Task probes",
    `${first ? `${first.items} of ${first.itemsTotal} items` : "no items scored"} from ${escapeMarkdown(label(p.source))} (sha256 \`${p.sha256.slice(0, 12)}\`).`,
    markdownTable(rows, { alignDelimiters: false })
  ];
  if (p.note) out.push(escapeMarkdown(p.note));
  const flips = [p.smoothedVsOriginal && flipsList("Flipped by smoothing", p.smoothedVsOriginal), p.headVsBase && flipsList("Flipped vs base", p.headVsBase)].filter((s) => !!s);
  return [...out, ...flips];
}

export {
  fmtAccuracyDelta,
  describeProbe,
  describeProbeComparison,
  probeSections
};
