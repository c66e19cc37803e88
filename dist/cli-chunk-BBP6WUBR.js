/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  baseLayerByHeadName,
  compareWithBase
} from "./cli-chunk-PIBZXZII.js";
import {
  probeSections
} from "./cli-chunk-CTN7G35G.js";
import {
  markdownTable
} from "./cli-chunk-JQJNIDZH.js";
import {
  escapeMarkdown,
  markerKey
} from "./cli-chunk-WB4XQW7T.js";
import {
  fmtNum,
  fmtPercent,
  fmtPerplexity,
  fmtSigned,
  plural
} from "./cli-chunk-MUQE3HN5.js";
import {
  describeConvention
} from "./cli-chunk-ZFY4MAV2.js";
import {
  layerLabel
} from "./cli-chunk-FADXTKAR.js";

// src/report/markdown.ts
import * as path from "node:path";

// src/report/layers.ts
var MAX_NAME_CHARS = 56;
function outside(alpha, band) {
  return alpha < band.min ? band.min - alpha : alpha > band.max ? alpha - band.max : 0;
}
function rowsOf(report, band) {
  const alpha = (layers) => new Map((layers ?? []).map((l) => [l.name, l.fit === "success" ? l.alpha : null]));
  const base = new Map([...baseLayerByHeadName(report.spectral.original.layers, report.spectral.base?.layers)].map(([name, l]) => [name, l.fit === "success" ? l.alpha : null]));
  const smoothed = alpha(report.spectral.smoothed?.layers);
  const smooth = new Map((report.smoothing?.layers ?? []).map((l) => [l.name, l]));
  return report.spectral.original.layers.map((layer) => {
    const a = layer.fit === "success" ? layer.alpha : null;
    const b = base.get(layer.name) ?? null;
    const s = smoothed.get(layer.name) ?? smooth.get(layer.name)?.alphaAfter ?? null;
    let score = layer.fit === "failed" ? 1 : 0;
    if (a !== null && Number.isFinite(a)) {
      const off = outside(a, band);
      score += off > 0 ? 10 + off : 0;
      if (b !== null && Number.isFinite(b)) score += Math.abs(a - b);
      if (s !== null && Number.isFinite(s)) score += Math.abs(s - a);
    }
    return { layer, base: b, smoothed: s, smooth: smooth.get(layer.name), score };
  });
}
function layerNameCell(name, shorten = true) {
  const short = shorten && name.length > MAX_NAME_CHARS ? `${name.slice(0, 24)}…${name.slice(-(MAX_NAME_CHARS - 25))}` : name;
  return escapeMarkdown(short).replace(/([./]|\\_|_)/g, "$1<wbr>");
}
function note(l) {
  if (l.fit === "failed") return "fit failed";
  if (l.fit === "skipped") return "skipped";
  return l.warning || "";
}
function layerTable(report, rows, order, band = { min: 2, max: 6 }) {
  const hasBase = report.spectral.base !== null;
  const hasSmooth = report.smoothing !== null;
  const all = rowsOf(report, band);
  const sorted = order === "worst" ? [...all].sort((x, y) => y.score - x.score || x.layer.index - y.layer.index) : all;
  const header = ["#", "Layer", "alpha", ...hasBase ? ["Δ vs base"] : [], ...hasSmooth ? ["smoothed", "k / rank"] : [], "Note"];
  const table = [header];
  for (const r of sorted.slice(0, rows)) {
    const a = r.layer.fit === "success" ? r.layer.alpha : null;
    table.push([
      String(r.layer.index),
      layerNameCell(layerLabel(r.layer), order === "worst"),
      fmtNum(a),
      ...hasBase ? [a !== null && r.base !== null ? fmtSigned(a - r.base, 3) : "—"] : [],
      ...hasSmooth ? [r.smooth ? fmtNum(r.smoothed) : "—", r.smooth ? `${r.smooth.k}&nbsp;/&nbsp;${r.smooth.fullRank}` : "—"] : [],
      note(r.layer)
    ]);
  }
  return markdownTable(table, { alignDelimiters: false });
}

// src/report/audit.ts
var AUDIT_ROWS = 10;
var UNMATCHED_NAMES = 8;
function describeQuantization(q) {
  if (!q) return "float";
  return [`${q.op} ${q.bits}-bit`, q.blockSize !== null ? `block ${q.blockSize}` : null, q.symmetric ? "symmetric" : "with zero points"].filter(Boolean).join(", ");
}
function comparisonOf(report) {
  if (report.baseComparison) return report.baseComparison;
  return report.spectral.base ? compareWithBase(report.spectral.original.layers, report.spectral.base.layers) : null;
}
function schemes(layers, side) {
  const count = /* @__PURE__ */ new Map();
  for (const l of layers) {
    const d = describeQuantization(l.quantization[side]);
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  return [...count].map(([d, n]) => d === "float" ? `${n} float ${plural(n, "layer")}` : `${escapeMarkdown(d)} (${n} ${plural(n, "layer")})`).join("; ");
}
function rowName(l, side) {
  return l.module ?? layerLabel({ name: l[side] });
}
function unmatchedList(side, layers) {
  if (layers.length === 0) return null;
  const shown = layers.slice(0, UNMATCHED_NAMES).map((l) => `\`${layerLabel({ name: l.name, module: l.module }).replace(/[`\r\n]/g, " ")}\``);
  const more = layers.length > UNMATCHED_NAMES ? ` and ${layers.length - UNMATCHED_NAMES} more` : "";
  return `${side} only (${layers.length}): ${shown.join(", ")}${more}`;
}
function unmatchedLine(cmp) {
  const parts = [unmatchedList("head", cmp.unmatchedHead), unmatchedList("base", cmp.unmatchedBase)].filter((x) => x !== null);
  if (parts.length === 0) return null;
  return `**Unmatched layers** (no layer of the same module path, tensor name and dimensions on the other side; not compared): ${parts.join("; ")}.`;
}
function byLine(cmp) {
  const n = (k) => cmp.layers.filter((l) => l.by === k).length;
  const parts = [`${n("module")} by module path`, n("name") ? `${n("name")} by tensor name` : null, n("stem") ? `${n("stem")} by tensor name without the quantizer's suffix` : null];
  return `${cmp.layers.length} ${plural(cmp.layers.length, "layer")} matched (${parts.filter(Boolean).join(", ")})`;
}
function signed(v, flip) {
  return v === null ? null : flip ? -v : v;
}
function perplexityText(report, flip) {
  const p = report.perplexity;
  if (!p.original || !p.base || !Number.isFinite(p.original.perplexity) || !Number.isFinite(p.base.perplexity)) return null;
  const [float, quant] = flip ? [p.original.perplexity, p.base.perplexity] : [p.base.perplexity, p.original.perplexity];
  const ci = !flip && p.headVsBase?.ci ? `, ${+(p.headVsBase.ci.level * 100).toPrecision(4)}% CI ${fmtPercent(p.headVsBase.ci.relativeLow)} to ${fmtPercent(p.headVsBase.ci.relativeHigh)}` : "";
  return `perplexity ${float.toFixed(4)} → ${quant.toFixed(4)} (${fmtPercent((quant - float) / float)}${ci})`;
}
function inBand(a, band) {
  return a === null ? null : a >= band.min && a <= band.max;
}
function auditSection(report, band = { min: 2, max: 6 }) {
  const cmp = comparisonOf(report);
  if (!cmp) return null;
  const unmatched = unmatchedLine(cmp);
  if (!cmp.quantizationDiffers) return unmatched;
  const flip = cmp.quantized === "base";
  const [fromSide, toSide] = flip ? ["head", "base"] : ["base", "head"];
  const fromName = cmp.quantized === "both" ? "base" : "float";
  const toName = cmp.quantized === "both" ? "head" : "quantized";
  const rows = cmp.layers.map((l) => ({
    l,
    dAlpha: signed(l.alpha.change, flip),
    dLog: signed(l.logNorm.change, flip),
    from: l.alpha[fromSide],
    to: l.alpha[toSide]
  }));
  const finite = rows.filter((r) => r.dAlpha !== null);
  const meanAbs = finite.length ? finite.reduce((s, r) => s + Math.abs(r.dAlpha), 0) / finite.length : null;
  const left = rows.filter((r) => inBand(r.from, band) === true && inBand(r.to, band) === false);
  const sorted = [...rows].sort((x, y) => Math.abs(y.dAlpha ?? 0) - Math.abs(x.dAlpha ?? 0) || Math.abs(y.dLog ?? 0) - Math.abs(x.dLog ?? 0));
  const worst2 = sorted[0];
  const facts = [
    perplexityText(report, flip),
    meanAbs !== null ? `mean |Δ alpha| ${fmtNum(meanAbs, 3)}` : null,
    worst2 && worst2.dAlpha !== null ? `largest ${fmtSigned(worst2.dAlpha, 3)} (${escapeMarkdown(rowName(worst2.l, toSide))})` : null,
    `${left.length} ${plural(left.length, "layer")} left the alpha band [${band.min}, ${band.max}]`
  ].filter((x) => x !== null);
  const table = [["Layer", `alpha ${fromName} → ${toName}`, "Δ alpha", "Δ log_norm", "Note"]];
  for (const r of sorted.slice(0, AUDIT_ROWS)) {
    const notes = [left.includes(r) ? "⚠️ left the band" : "", r.l.by !== "module" ? `matched by ${r.l.by === "name" ? "tensor name" : "name stem"}` : ""].filter(Boolean);
    table.push([
      layerNameCell(rowName(r.l, toSide)),
      `${fmtNum(r.from)} → ${fmtNum(r.to)}`,
      r.dAlpha === null ? "—" : fmtSigned(r.dAlpha, 3),
      r.dLog === null ? "—" : fmtSigned(r.dLog, 4),
      notes.join("; ")
    ]);
  }
  const shown = Math.min(AUDIT_ROWS, rows.length);
  const cut = shown < rows.length ? ` · ${shown} of ${rows.length} shown, largest Δ alpha first; every layer is in report.json (baseComparison)` : " · largest Δ alpha first";
  const sides = cmp.quantized === "both" ? `**Base:** ${schemes(cmp.layers, "base")} · **head:** ${schemes(cmp.layers, "head")}. ${byLine(cmp)}; Δ = head − base.` : `**Float** (${flip ? "head" : "base"} model): ${schemes(cmp.layers, fromSide)} · **quantized** (${flip ? "base" : "head"} model): ${schemes(cmp.layers, toSide)}. ${byLine(cmp)}; Δ = quantized − float.`;
  return [
    `### Quantization audit: did quantizing damage a layer?`,
    sides,
    `**${facts.join(" · ")}.**`,
    ...unmatched ? [unmatched] : [],
    `<details><summary>Per-layer change (${rows.length} ${plural(rows.length, "layer")})${cut}</summary>

${markdownTable(table, { alignDelimiters: false })}

</details>`
  ].join("\n\n");
}

// src/report/charts.ts
var MAX_POINTS = 40;
function blockOf(name) {
  const m = /(?:^|[._/])(?:layers?|blocks?|h|block|decoder\.layers?|encoder\.layers?)[._/](\d{1,6})(?=[._/]|$)/i.exec(name);
  return m ? Number(m[1]) : null;
}
function buckets(layers) {
  const byBlock = /* @__PURE__ */ new Map();
  for (const l of layers) {
    const b = blockOf(l.name);
    if (b === null) continue;
    const list = byBlock.get(b) ?? [];
    list.push(l.name);
    byBlock.set(b, list);
  }
  const blocks = [...byBlock.keys()].sort((a, b) => a - b);
  const per = Math.max(1, Math.ceil(blocks.length / MAX_POINTS));
  const out = [];
  for (let i = 0; i < blocks.length; i += per) {
    const group = blocks.slice(i, i + per);
    const label = group.length === 1 ? `${group[0]}` : `${group[0]}-${group[group.length - 1]}`;
    out.push({ label, names: group.flatMap((b) => byBlock.get(b)) });
  }
  return out;
}
function mean(values) {
  const ok = values.filter((v) => Number.isFinite(v));
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : null;
}
function num(v) {
  return String(+v.toPrecision(4));
}
function alphaMap(layers) {
  const m = /* @__PURE__ */ new Map();
  for (const l of layers ?? []) if (l.fit === "success" && l.alpha !== null && Number.isFinite(l.alpha)) m.set(l.name, l.alpha);
  return m;
}
function xychart(title, labels, yLabel, lo, hi, series) {
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${title}"`,
    `    x-axis "block" [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `    y-axis "${yLabel}" ${num(lo)} --> ${num(hi)}`,
    ...series,
    "```"
  ].join("\n");
}
function alphaCharts(report, band = { min: 2, max: 6 }) {
  const head = alphaMap(report.spectral.original.layers);
  const groups = buckets(report.spectral.original.layers).filter((g) => g.names.some((n) => head.has(n)));
  if (groups.length < 2) return [];
  const labels = groups.map((g) => g.label);
  const perBlock = (values) => groups.map((g) => mean(g.names.map((n) => values.get(n) ?? NaN)));
  const headMeans = perBlock(head);
  const charts = [];
  const finite = headMeans.filter((v) => v !== null);
  const lo = Math.floor(Math.min(...finite, band.min) - 0.5);
  const hi = Math.ceil(Math.max(...finite, band.max) + 0.5);
  const line = (v) => `[${v.map((x) => num(x ?? 0)).join(", ")}]`;
  charts.push(
    xychart(`Mean alpha per block, head (flat lines: healthy band ${band.min}-${band.max})`, labels, "alpha", Math.max(0, lo), hi, [
      `    line ${line(headMeans)}`,
      `    line ${line(labels.map(() => band.min))}`,
      `    line ${line(labels.map(() => band.max))}`
    ])
  );
  const deltaChart = (title, other, sign) => {
    if (other.size === 0) return;
    const d = groups.map((g) => mean(g.names.filter((n) => head.has(n) && other.has(n)).map((n) => sign * (head.get(n) - other.get(n)))));
    if (d.every((x) => x === null)) return;
    const vals = d.map((x) => x ?? 0);
    const span = Math.max(0.05, ...vals.map(Math.abs));
    charts.push(xychart(title, labels, "Δ alpha", -span * 1.1, span * 1.1, [`    bar ${line(vals)}`]));
  };
  const matched = [...baseLayerByHeadName(report.spectral.original.layers, report.spectral.base?.layers)].map(([name, l]) => ({ ...l, name }));
  deltaChart("Δ mean alpha per block: head − base", alphaMap(matched), 1);
  deltaChart("Δ mean alpha per block: smoothed − head", alphaMap(report.spectral.smoothed?.layers), -1);
  return charts;
}
var PLOT_WIDTH = 41;
function forestPlot(rows) {
  const shown = rows.filter((r) => Number.isFinite(r.delta.relative));
  if (shown.length === 0) return "";
  const xs = shown.flatMap((r) => [r.delta.relative, r.delta.ci?.relativeLow ?? r.delta.relative, r.delta.ci?.relativeHigh ?? r.delta.relative, r.warn ?? 0, r.fail ?? 0, 0]).filter(Number.isFinite);
  let lo = Math.min(...xs);
  let hi = Math.max(...xs);
  const pad = Math.max((hi - lo) * 0.08, 1e-3);
  lo -= pad;
  hi += pad;
  const col = (x) => Math.max(0, Math.min(PLOT_WIDTH - 1, Math.round((x - lo) / (hi - lo) * (PLOT_WIDTH - 1))));
  const labelWidth = Math.max(...shown.map((r) => r.label.length));
  const lines = [];
  for (const r of shown) {
    const cells = Array.from({ length: PLOT_WIDTH }, () => "·");
    if (r.warn !== null) cells[col(r.warn)] = "w";
    if (r.fail !== null) cells[col(r.fail)] = "F";
    cells[col(0)] = "┆";
    const ci2 = r.delta.ci;
    const hasCi = ci2 !== void 0 && Number.isFinite(ci2.relativeLow) && Number.isFinite(ci2.relativeHigh);
    if (hasCi) {
      const a = col(ci2.relativeLow);
      const b = col(ci2.relativeHigh);
      for (let i = a; i <= b; i++) cells[i] = "─";
      cells[a] = "├";
      cells[b] = "┤";
    }
    cells[col(r.delta.relative)] = "●";
    const interval = hasCi ? ` (${fmtPercent(ci2.relativeLow)} to ${fmtPercent(ci2.relativeHigh)})` : "";
    lines.push(`${r.label.padEnd(labelWidth)}  ${cells.join("")}  ${fmtPercent(r.delta.relative)}${interval}`);
  }
  const hiText = fmtPercent(hi, 1);
  const axis = `${"".padEnd(labelWidth)}  ${fmtPercent(lo, 1).padEnd(PLOT_WIDTH - hiText.length)}${hiText}`;
  const ci = shown.find((r) => r.delta.ci)?.delta.ci;
  const legend = `● change  ${ci ? `├─┤ ${+(ci.level * 100).toPrecision(4)}% interval  ` : ""}┆ no change  w warn level  F fail level`;
  return ["```text", ...lines, axis, legend, "```"].join("\n");
}

// src/report/search.ts
var MAX_PATH_ROWS = 80;
var pct = (x) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(2)}%`;
var big = (n) => n.toLocaleString("en-US");
var mb = (bytes) => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1)} MB`;
var ppl = (v) => Number.isFinite(v) ? v.toFixed(4) : String(v);
function budgetText(s) {
  return s.budget.kind === "relative" ? `+${+(s.budget.value * 100).toPrecision(6)}%` : `+${s.budget.value} perplexity`;
}
function searchSections(report, charts) {
  const smoothing = report.smoothing;
  if (!smoothing) return [];
  const s = smoothing.search;
  if (!s) return smoothing.methodNote ? [`*Smoothing method ${escapeMarkdown(smoothing.methodNote)}.*`] : [];
  const out = ["### Smoothing search (method auto)"];
  const before = s.totals.paramsBefore;
  const lines = [
    `Budget ${budgetText(s)} on the whole eval text. Perplexity ${ppl(s.original.full)} → **${ppl(s.final)}** (${pct(s.finalRelative)})${s.finalRelative < 0 ? ", lower than the original (LASER's effect)" : ""}.`,
    ...s.probe ? [`Objective **probe**: a reduction was kept only if the log-likelihood of the probe's right answers did not fall (perplexity is the constraint): ${s.probe.original.toFixed(4)} → **${s.probe.final.toFixed(4)}**, ${s.probe.evals} probe evaluations.`] : [],
    `${s.totals.layersReduced} of ${s.layers.length} layers reduced, rank removed ${big(s.totals.rankRemoved)}; parameters a factorised form needs ${big(s.totals.paramsKept)} of ${big(before)} (${before > 0 ? (100 * (before - s.totals.paramsKept) / before).toFixed(1) : "0.0"}% removed); model file ${mb(s.fileBytes.before)} → ${s.fileBytes.after === null ? "not written" : mb(s.fileBytes.after)}.`,
    `Cost: ${s.evals.screen} screening evaluations (${s.screen.windows} of ${s.full.windows} windows each) and ${s.evals.full} on the whole text = ${s.evals.fullEquivalents.toFixed(1)} full-evaluation equivalents${s.stopped ? ` (screening stopped early: ${s.stopped})` : ""}.`,
    ...s.notes.map((n) => `*${escapeMarkdown(n)}*`)
  ];
  out.push(lines.join("\n"));
  if (charts) {
    const chart = paretoChart(s);
    if (chart) out.push(chart);
  }
  out.push(pathTable(s));
  return out;
}
function paretoChart(s) {
  const screenBase = s.steps.find((x) => x.phase === "baseline" && x.scope === "screen");
  if (!screenBase) return null;
  const kept = keptPath(s.steps);
  if (kept.length === 0) return null;
  const points = [screenBase, ...kept];
  const values = points.map((p) => p.value).filter(Number.isFinite);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max((hi - lo) * 0.1, hi * 1e-3);
  return [
    "```mermaid",
    "xychart-beta",
    '    title "Search path: screening perplexity vs parameters kept (thousands)"',
    `    x-axis "parameters kept (k)" [${points.map((p) => `"${(p.paramsKept / 1e3).toFixed(1)}"`).join(", ")}]`,
    `    y-axis "perplexity" ${num2(lo - pad)} --> ${num2(hi + pad)}`,
    `    line [${points.map((p) => num2(p.value)).join(", ")}]`,
    "```"
  ].join("\n");
}
function keptPath(steps) {
  const lastAccepted = /* @__PURE__ */ new Map();
  for (const st of steps) if (st.phase === "screen" && st.decision === "accepted" && st.layer !== null) lastAccepted.set(st.layer, st);
  return [...lastAccepted.values()].sort((a, b) => a.step - b.step);
}
function num2(v) {
  return Number.isFinite(v) ? String(+v.toPrecision(6)) : "0";
}
function pathTable(s) {
  const important = new Set(s.steps.filter((x) => x.decision !== "rejected").map((x) => x.step));
  const room = Math.max(0, MAX_PATH_ROWS - important.size);
  const shown = s.steps.filter((x) => important.has(x.step) || x.decision === "rejected" && room > 0 && x.step <= stepAtRejected(s.steps, room));
  const rows = [["Step", "Phase", "Layer", "k", "Rules", "Perplexity", "vs original", "Decision"]];
  for (const x of shown) {
    rows.push([
      String(x.step),
      x.phase === "baseline" ? `baseline (${x.scope === "full" ? "whole text" : "screening"})` : x.phase,
      x.layer === null ? "—" : escapeMarkdown(x.layer),
      x.k === null ? "—" : String(x.k),
      escapeMarkdown(x.rules.join(", ")),
      ppl(x.value),
      pct(x.relative),
      `${x.decision}${x.lowered ? " (lowered)" : ""}`
    ]);
  }
  const cut = shown.length < s.steps.length ? `

*${s.steps.length - shown.length} rejected screening steps not shown; report.json has the whole path.*` : "";
  return `<details><summary>Search path (${s.steps.length} steps)</summary>

${markdownTable(rows, { alignDelimiters: false })}${cut}

</details>`;
}
function stepAtRejected(steps, n) {
  const rejected = steps.filter((x) => x.decision === "rejected");
  return rejected[Math.min(n, rejected.length) - 1]?.step ?? 0;
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var GITHUB_SUMMARY_LIMIT = 1024 * 1024;
var MIN_LAYER_ROWS = 10;
function commentMarker(key) {
  return `<!-- ww-smooth-comment key=${markerKey(key)} -->`;
}
var ICON = { pass: "✅", warn: "⚠️", fail: "❌", skipped: "⏭️" };
var STATUS_WORD = { pass: "passed", warn: "passed with warnings", fail: "failed" };
var WHAT_TO_DO = {
  "perplexity.smoothed-vs-original": "smoothing costs more perplexity than allowed: smooth fewer layers (e.g. `layers: last:2`), keep more of each layer (a larger `rank-fraction` or `percent` value), or raise `max-perplexity-increase` if the trade is acceptable",
  "perplexity.head-vs-base": "this PR's model scores worse than base on the eval text: check the training or conversion change; if it is intended, raise `max-base-perplexity-increase`",
  "alpha.new-outside-range": "layers left the healthy alpha range: the per-layer table below lists them first; retrain or exclude them, or raise `max-new-layers-outside-alpha`",
  "alpha.mean-change": "the mean alpha moved against base: compare the per-layer Δ column below; raise `max-mean-alpha-change` if the shift is intended",
  "alpha.over-trained": "layers have alpha below the band (over-trained): smoothing them (`layers:`) or earlier stopping usually helps",
  "alpha.under-trained": "layers have alpha above the band (under-trained): they may need more training"
};
var SECTIONS = [
  (c) => c.opts.commentKey !== void 0 ? commentMarker(c.opts.commentKey) : null,
  headline,
  verdictLines,
  perplexityLine,
  rulesSection,
  skippedLine,
  (c) => probeSections(c.report, (file) => modelLabel({ source: file, path: file }, c.opts.workspace)).join("\n\n") || null,
  (c) => c.charts ? chartsSection(c) : null,
  (c) => searchSections(c.report, c.charts).join("\n\n") || null,
  (c) => auditSection(c.report, c.opts.alphaRange),
  layerSection,
  linksLine,
  footer
];
function renderReport(report, opts) {
  const total = report.spectral.original.layers.length;
  const floor = Math.min(total, MIN_LAYER_ROWS);
  let rows = Math.min(total, Math.max(Math.min(opts.maxLayers, Math.floor(opts.limit / 64)), floor));
  let charts = true;
  for (; ; ) {
    const body = assemble({ report, opts, layerRows: rows, charts });
    if (body.length <= opts.limit) return body;
    if (rows > floor) {
      const perRow = Math.max(1, (body.length - assemble({ report, opts, layerRows: 0, charts }).length) / Math.max(rows, 1));
      rows = Math.max(floor, Math.min(rows - 1, Math.floor(rows - (body.length - opts.limit) / perRow) - 1));
      continue;
    }
    if (charts) {
      charts = false;
      continue;
    }
    const note2 = "\n\n*(report cut to fit the size limit; see report.json)*\n";
    return body.slice(0, opts.limit - note2.length) + note2;
  }
}
function assemble(c) {
  return SECTIONS.map((s) => s(c)).filter((s) => s !== null && s !== "").join("\n\n") + "\n";
}
function rulesIn(report, scopes) {
  return report.verdict.rules.filter((r) => scopes.includes(r.scope ?? scopeOf(r.id)));
}
function scopeOf(id) {
  if (id === "perplexity.smoothed-vs-original") return "smoothing";
  if (id === "perplexity.head-vs-base" || id === "alpha.new-outside-range" || id === "alpha.mean-change") return "vs-base";
  return "model";
}
function worst(rules) {
  return rules.some((r) => r.status === "fail") ? "fail" : rules.some((r) => r.status === "warn") ? "warn" : "pass";
}
function measured(rules) {
  return rules.filter((r) => r.valueText !== "—").map((r) => `${shortTitle(r)}: ${escapeMarkdown(r.valueText)}`).join(" · ");
}
function shortTitle(r) {
  const t = r.title.replace(/,? (smoothed vs original|head vs base)$/i, "").replace(/ vs base( \(absolute\))?$/i, "");
  const short = t.replace(/^Perplexity increase$/, "perplexity").replace(/^Mean alpha change$/, "mean alpha");
  return escapeMarkdown(short.charAt(0).toLowerCase() + short.slice(1));
}
function headline(c) {
  if (c.report.baseline.source === "none") {
    return `## ${ICON[c.report.verdict.status]} ww-smooth · first run, no baseline yet: merge with examples/baseline-on-main.yml to get one`;
  }
  const icon = ICON[worst(rulesIn(c.report, ["vs-base", "model"]))];
  return `## ${icon} ww-smooth · this PR vs base: ${changeSummary(c.report) || "no comparable measurement"}`;
}
function changeSummary(r) {
  const parts = [];
  const d = r.perplexity.headVsBase;
  if (d) {
    const ci = d.ci ? ` (${+(d.ci.level * 100).toPrecision(4)}% CI ${fmtPercent(d.ci.relativeLow)} to ${fmtPercent(d.ci.relativeHigh)})` : "";
    parts.push(`perplexity ${fmtPercent(d.relative)}${ci}`);
  }
  const head = r.spectral.original.meanAlpha;
  const base = r.spectral.base?.meanAlpha ?? null;
  if (head !== null && base !== null) parts.push(`mean alpha ${fmtSigned(head - base, 3)}`);
  const fresh = r.verdict.rules.find((x) => x.id === "alpha.new-outside-range");
  if (fresh && fresh.value !== null && fresh.value > 0) parts.push(`${fresh.value} ${plural(fresh.value, "layer")} newly outside the alpha band`);
  return parts.join(", ");
}
function verdictLines(c) {
  const r = c.report;
  const lines = [];
  if (r.baseline.source === "none") {
    lines.push(`**No baseline:** ${escapeMarkdown(r.baseline.note)}.`);
  } else {
    const vsBase = rulesIn(r, ["vs-base"]).filter((x) => x.status !== "skipped");
    const status = vsBase.length ? `${ICON[worst(vsBase)]} ${worst(vsBase)}` : "⏭️ not gated";
    lines.push(`**This PR vs base** ${status}: ${measured(rulesIn(r, ["vs-base"])) || "nothing measured"} (baseline: ${escapeMarkdown(r.baseline.note)}).`);
  }
  const smoothing = rulesIn(r, ["smoothing"]);
  if (r.smoothing) {
    const checked = smoothing.filter((x) => x.status !== "skipped");
    const status = checked.length ? `${ICON[worst(checked)]} ${worst(checked)}` : "⏭️ not gated";
    const what = measured(smoothing);
    const layers = `${r.smoothing.layers.length} of ${r.spectral.original.layers.length} ${plural(r.spectral.original.layers.length, "layer")} smoothed (${escapeMarkdown(r.smoothing.method)})`;
    lines.push(`**Smoothing** ${status}: ${what ? `${what} vs original; ` : ""}${layers}.`);
  } else {
    lines.push("**Smoothing:** not applied.");
  }
  const v = r.verdict;
  const failing = v.rules.filter((x) => x.status === v.status);
  const counted = v.rules.filter((x) => x.status !== "skipped").length;
  const gate = v.status === "pass" ? `**${ICON.pass} ww-smooth gate: passed** (${counted} checked ${plural(counted, "rule")}).` : `**${ICON[v.status]} ww-smooth gate: ${STATUS_WORD[v.status]}**: ${failing.length} of ${counted} checked ${plural(counted, "rule")} at ${v.status} level (${failing.map((x) => escapeMarkdown(x.title)).join("; ")}).`;
  lines.push(gate);
  if (v.status !== "pass") {
    const hints = [...new Set(failing.map((x) => WHAT_TO_DO[x.id] ?? `${escapeMarkdown(x.title)}: ${escapeMarkdown(x.reason)}`))];
    lines.push(`**What to do:** ${hints.join("; ")}.`);
  }
  return lines.join("  \n");
}
function pplCell(p) {
  return p ? fmtPerplexity(p.perplexity) : null;
}
function perplexityLine(c) {
  const p = c.report.perplexity;
  const parts = [];
  for (const [label, r] of [["original", p.original], ["smoothed", p.smoothed], ["base", p.base]]) {
    const cell = pplCell(r);
    if (cell !== null) parts.push(`${label} ${cell}`);
  }
  if (parts.length === 0) return `**Perplexity:** not measured (${escapeMarkdown(p.note || "no eval text")}).`;
  const ref = p.original ?? p.smoothed ?? p.base;
  const base = p.base && (p.base.context !== ref.context || p.base.tokensScored !== ref.tokensScored) ? `; base: ${describeConvention(p.base)}` : "";
  return `**Perplexity** ${parts.join(" · ")} <sub>(${describeConvention(ref)}, ${ref.device}${base})</sub>`;
}
function rulesSection(c) {
  const checked = c.report.verdict.rules.filter((r) => r.status !== "skipped");
  if (checked.length === 0) return null;
  const rows = [["", "Rule", "Measured", "Limits"]];
  for (const r of checked) {
    const why = r.status === "pass" || !r.reason ? "" : ` — ${escapeMarkdown(r.reason)}`;
    rows.push([ICON[r.status], `${escapeMarkdown(r.title)}${why}`, escapeMarkdown(r.valueText), escapeMarkdown(r.limitText)]);
  }
  return `### Rules

${markdownTable(rows, { alignDelimiters: false })}`;
}
function skippedLine(c) {
  const skipped = c.report.verdict.rules.filter((r) => r.status === "skipped");
  if (skipped.length === 0) return null;
  const byReason = /* @__PURE__ */ new Map();
  for (const r of skipped) byReason.set(r.reason, [...byReason.get(r.reason) ?? [], r.id]);
  const groups = [...byReason].map(([reason, ids]) => `${ids.map((id) => `\`${markerKey(id)}\``).join(", ")} (${escapeMarkdown(reason)})`);
  return `<sub>${ICON.skipped} Skipped ${skipped.length} ${plural(skipped.length, "rule")}: ${groups.join("; ")}</sub>`;
}
function relLevel(r, which) {
  if (!r) return null;
  const m = new RegExp(`${which} > ([0-9.]+)%`).exec(r.limitText);
  return m ? Number(m[1]) / 100 : null;
}
function chartsSection(c) {
  const p = c.report.perplexity;
  const rule = (id) => c.report.verdict.rules.find((r) => r.id === id);
  const rows = [];
  const add = (label, d, id) => {
    if (d) rows.push({ label, delta: d, warn: relLevel(rule(id), "warn"), fail: relLevel(rule(id), "fail") });
  };
  add("smoothed vs original", p.smoothedVsOriginal, "perplexity.smoothed-vs-original");
  add("head vs base", p.headVsBase, "perplexity.head-vs-base");
  const parts = [];
  const forest = forestPlot(rows);
  if (forest) parts.push(`**Perplexity change** (relative; lower is better)

${forest}`);
  const charts = alphaCharts(c.report, c.opts.alphaRange);
  if (charts.length) parts.push(`<details><summary>Alpha per block (${charts.length} ${plural(charts.length, "chart")})</summary>

${charts.join("\n\n")}

</details>`);
  return parts.length ? parts.join("\n\n") : null;
}
function layerSection(c) {
  const { report, opts } = c;
  const layers = report.spectral.original.layers;
  if (layers.length === 0) return "*No dense layer was analysed.*";
  const order = opts.layerOrder ?? (opts.commentKey !== void 0 ? "worst" : "model");
  const rows = Math.min(c.layerRows, layers.length);
  const shortened = rows < layers.length;
  const unchanged = unchangedAlphaCount(report);
  const smoothedCount = report.smoothing?.layers.length ?? 0;
  const footnote = unchanged > 0 ? `

*alpha smoothed equals alpha for ${unchanged} of ${smoothedCount} smoothed ${plural(smoothedCount, "layer")}: truncation keeps the top-k eigenvalues exactly, so when the power-law tail (eigenvalues ≥ xmin) lies within them the fit is unchanged. This is expected, not an error.*` : "";
  const where = opts.runUrl ? `the [job summary and the report.json artifact of this run](${opts.runUrl})` : "the job summary and report.json";
  const note2 = shortened ? `

*Showing ${rows} of ${layers.length} ${plural(layers.length, "layer")}${order === "worst" ? ", worst first," : ""} to stay within GitHub's size limit; the full table is in ${where}.*` : "";
  const what = [order === "worst" ? " · worst first" : "", shortened ? ` · ${rows} shown` : ""].join("");
  return `<details><summary>Per-layer metrics (${layers.length} ${plural(layers.length, "layer")})${what}</summary>

${layerTable(report, rows, order, opts.alphaRange)}${footnote}${note2}

</details>`;
}
function unchangedAlphaCount(report) {
  const smoothedAlpha = new Map((report.spectral.smoothed?.layers ?? []).map((l) => [l.name, l.alpha]));
  const original = new Map(report.spectral.original.layers.map((l) => [l.name, l.fit === "success" ? l.alpha : null]));
  let n = 0;
  for (const s of report.smoothing?.layers ?? []) {
    const before = original.get(s.name) ?? s.alphaBefore;
    const after = smoothedAlpha.get(s.name) ?? s.alphaAfter;
    if (before === null || before === void 0 || after === null || after === void 0) continue;
    if (Number.isFinite(before) && Math.abs(after - before) <= 1e-9 * Math.max(1, Math.abs(before))) n++;
  }
  return n;
}
function linksLine(c) {
  const parts = [];
  if (c.opts.runUrl) parts.push(`[Workflow run](${c.opts.runUrl})`, `[artifacts (report.json${c.report.smoothing?.outputPath ? ", smoothed model" : ""})](${c.opts.runUrl}#artifacts)`);
  const out = c.report.smoothing?.outputPath;
  if (out) parts.push(`smoothed model \`${escapeCode(workspacePath(out, c.opts.workspace))}\``);
  return parts.length ? parts.join(" · ") : null;
}
function footer(c) {
  const r = c.report;
  const model = `model \`${r.model.sha256.slice(0, 12)}\` (${escapeMarkdown(modelLabel(r.model, c.opts.workspace))}, ${r.model.format})`;
  return `<sub>ww-smooth ${escapeMarkdown(r.tool.version)} · ${model} · config \`${r.configHash.slice(0, 12)}\` · model sha256 \`${r.model.sha256}\`</sub>`;
}
function escapeCode(s) {
  return s.replace(/[`\r\n]/g, " ");
}
function workspacePath(p, workspace) {
  if (!workspace || !path.isAbsolute(p)) return p;
  const rel = path.relative(path.resolve(workspace), path.resolve(p));
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? p : rel.split(path.sep).join("/");
}
function modelLabel(model, workspace) {
  const { source } = model;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  if (/[*?]/.test(source) && model.path) return `${workspacePath(source, workspace)} → ${workspacePath(model.path, workspace)}`;
  return workspacePath(source, workspace);
}

export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_SUMMARY_LIMIT,
  renderReport
};
