/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  analyzeEngine,
  analyzeModel,
  parseLayerSpec
} from "./cli-chunk-PFLMH677.js";
import "./cli-chunk-FXALURX7.js";
import {
  parseShard,
  shardLayers
} from "./cli-chunk-N5QQCBTL.js";
import {
  writeFileAtomic
} from "./cli-chunk-B6L4TES6.js";
import {
  markdownTable
} from "./cli-chunk-JQJNIDZH.js";
import {
  escapeMarkdown,
  escapeTerminal
} from "./cli-chunk-WB4XQW7T.js";
import "./cli-chunk-37YEADYB.js";
import {
  openModel
} from "./cli-chunk-TL5GPFJR.js";
import {
  elide
} from "./cli-chunk-WRW5N32G.js";
import {
  progressReporter
} from "./cli-chunk-3G4ZCLSN.js";
import {
  checkLatePaths,
  integer
} from "./cli-chunk-SVY73ZUJ.js";
import {
  Option
} from "./cli-chunk-CMOYHSJF.js";
import "./cli-chunk-N7WT4SIP.js";
import "./cli-chunk-E5QLBCM3.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-NVWLD7SI.js";
import "./cli-chunk-JVBZG5TV.js";
import {
  layerLabel
} from "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-YNVCIOJB.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/commands/analyze.ts
import { resolve } from "node:path";
function reportToJson(report) {
  return JSON.stringify(report, (_k, v) => typeof v === "number" && !Number.isFinite(v) ? null : v, 2) + "\n";
}
function num(v, digits) {
  if (v === void 0 || !Number.isFinite(v)) return "-";
  return v.toFixed(digits);
}
var HEADER = ["#", "layer", "N x M", "alpha", "D", "xmin", "pl_spikes", "log_norm", "log_spec_norm", "alpha_w", "stable_rank", "mp_spikes", "mp_softrank", "detX", "rand_dist", "warning"];
function tableRows(report) {
  const rows = [];
  for (const l of report.layers) {
    const m = l.metrics;
    const NM = `${Math.max(l.inFeatures, l.outFeatures)} x ${Math.min(l.inFeatures, l.outFeatures)}`;
    if (m === null) {
      rows.push({ index: l.index, cells: [String(l.index), layerLabel(l), NM, ...Array(12).fill("-"), `failed: ${l.reason?.code ?? ""}`] });
      continue;
    }
    const fitFailed = m.status !== "success";
    rows.push({
      index: l.index,
      cells: [
        String(l.index),
        layerLabel(l),
        NM,
        fitFailed ? "failed" : num(m.alpha, 3),
        fitFailed ? "-" : num(m.D, 4),
        fitFailed ? "-" : num(m.xmin, 4),
        fitFailed ? "-" : String(m.num_pl_spikes),
        num(m.log_norm, 3),
        num(m.log_spectral_norm, 3),
        fitFailed ? "-" : num(m.alpha_weighted, 3),
        num(m.stable_rank, 2),
        m.num_spikes === void 0 ? "-" : String(m.num_spikes),
        num(m.mp_softrank, 3),
        m.detX_num === void 0 ? "-" : String(m.detX_num),
        num(m.rand_distance, 3),
        fitFailed ? "fit failed" : m.warning
      ]
    });
  }
  for (const s of report.skipped) {
    if (s.index === null) continue;
    rows.push({ index: s.index, cells: [String(s.index), s.name, `${s.N} x ${s.M}`, ...Array(12).fill("-"), `skipped: ${s.reason.code}`] });
  }
  rows.sort((a, b) => a.index - b.index);
  return rows.map((r) => r.cells);
}
function summaryLines(report) {
  const s = report.summary;
  const fmt = (v) => v === null ? "-" : v.toFixed(4);
  return [
    `${s.layers} layers analysed (${report.layers.length - s.layers} failed, ${report.skipped.length} skipped, ${report.filteredOut} filtered out) with engine ${report.engine} in ${report.timings.totalSeconds.toFixed(2)} s`,
    `mean alpha ${fmt(s.ww.alpha)} (over successful fits ${fmt(s.successful.alpha)}), alpha_weighted ${fmt(s.ww.alpha_weighted)}, log_norm ${fmt(s.ww.log_norm)}, log_spectral_norm ${fmt(s.ww.log_spectral_norm)}, stable_rank ${fmt(s.ww.stable_rank)}, mp_softrank ${fmt(s.ww.mp_softrank)}`,
    `${s.overTrained} over-trained (alpha < 2), ${s.underTrained} under-trained (alpha > 6), ${s.failedFits} failed fits`
  ];
}
var NAME_CHARS = 200;
function renderTable(report) {
  const rows = [HEADER, ...tableRows(report).map((r) => r.map((cell, c) => c === 1 ? escapeTerminal(elide(cell, NAME_CHARS)) : cell))];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => c <= 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd();
  return [line(rows[0]), ...rows.slice(1).map(line), "", ...summaryLines(report)].join("\n") + "\n";
}
function renderMarkdown(report) {
  const rows = tableRows(report).map((r) => r.map((cell, c) => c === 1 ? escapeMarkdown(escapeTerminal(elide(cell, NAME_CHARS))) : escapeMarkdown(cell)));
  const align = HEADER.map((_, c) => c <= 1 ? "l" : "r");
  return markdownTable([HEADER.map(escapeMarkdown), ...rows], { align }) + "\n\n" + summaryLines(report).join("  \n") + "\n";
}
function analyzeProgress(stream) {
  const report = progressReporter({ label: "analyze", stream });
  return (p) => report({ done: p.done, total: p.total, detail: escapeTerminal(elide(p.layer, NAME_CHARS)), workDone: p.workDone, workTotal: p.workTotal });
}
async function runAnalyze(modelPath, opts, context = {}) {
  const path = resolve(modelPath);
  const analyze = { randomize: opts.randomize, mpFit: opts.mpFit, detX: opts.detx };
  if (opts.seed !== void 0) analyze.seed = opts.seed;
  if (opts.minEvals !== void 0) analyze.minEvals = opts.minEvals;
  if (opts.maxEvals !== void 0) analyze.maxEvals = opts.maxEvals;
  if (opts.maxN !== void 0) analyze.maxN = opts.maxN;
  let filter = opts.layers !== void 0 ? parseLayerSpec(opts.layers) : void 0;
  const shard = opts.shard !== void 0 ? parseShard(opts.shard, "--shard") : null;
  const starting = analyzeEngine(context.layerWorkers ? { started: context.layerWorkers } : {});
  let disposing = null;
  const disposeEngine = () => disposing ??= starting.then((e) => e.dispose(), () => void 0);
  let model = null;
  try {
    model = await openModel(path);
    if (shard) {
      const mine = new Set(shardLayers(model.layers.map((l) => ({ name: l.name, index: l.index, rows: l.storedShape[0], cols: l.storedShape[1] })), shard).map((l) => l.name));
      const byName = filter;
      filter = (l) => mine.has(l.name) && (byName === void 0 || byName(l));
    }
    const report = await analyzeModel(model, {
      engine: starting,
      analyze,
      ...filter ? { layers: filter } : {},
      ...opts.progress ? { onProgress: analyzeProgress(process.stderr) } : {}
    });
    void disposeEngine();
    if (opts.layers !== void 0 && report.layers.length + report.skipped.filter((s) => s.index !== null).length === 0) {
      throw new WwError("SELECTION_EMPTY", `--layers "${opts.layers}" matches none of the ${model.layers.length} dense layers of ${path}`, { spec: opts.layers });
    }
    const json = reportToJson(report);
    if (opts.json) await writeFileAtomic(resolve(opts.json), json);
    if (opts.format === "json") process.stdout.write(json);
    else if (opts.format === "md") process.stdout.write(renderMarkdown(report));
    else process.stdout.write(renderTable(report));
    return report;
  } finally {
    await disposeEngine();
    await model?.close();
  }
}
function register(program, context = {}) {
  program.command("analyze").description("WeightWatcher spectral metrics (alpha, norms, MP fit, detX, randomized ESD) for every dense layer").argument("<model>", "model: .onnx, .safetensors, a sharded .safetensors.index.json, or a folder holding one").option("--layers <spec>", "layers to analyse: glob ('*.mlp.*'), /regex/, index range a:b (half-open), index, or name; comma-separated").option("--json <file>", "write the JSON report (src/report/analyze-schema.json) to this file").addOption(new Option("--format <format>", "stdout format").choices(["table", "md", "json"]).default("table")).option("--no-randomize", "skip the randomized ESD (rand_distance, ww_softrank): about 2x faster").option("--no-mp-fit", "skip the Marchenko-Pastur fit").option("--no-detx", "skip the detX constraint").option("--seed <n>", "seed of the element shuffle for the randomized ESD", integer(0)).option("--min-evals <n>", "skip layers with fewer eigenvalues (WeightWatcher: 10)", integer(1)).option("--max-evals <n>", "skip layers with more eigenvalues (WeightWatcher: 15000)", integer(1)).option("--max-n <n>", "skip layers whose long side is larger (WeightWatcher: 50000)", integer(1)).option("--no-progress", "no progress on stderr").option("--shard <i/n>", "analyse only the i-th of n cost-balanced shares of the layers (as `run --shard` splits them)").action(async (model, opts) => {
    await checkLatePaths([[opts.json, "--json file"]]);
    await runAnalyze(model, opts, context);
  });
}
export {
  analyzeProgress,
  register,
  renderMarkdown,
  renderTable,
  reportToJson,
  runAnalyze,
  tableRows
};
