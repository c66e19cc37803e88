/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  compareProbe
} from "./cli-chunk-4BZYJWPU.js";
import {
  summarize
} from "./cli-chunk-FXALURX7.js";
import {
  computeTotals
} from "./cli-chunk-LZBXFVOA.js";

// src/shard/merge.ts
var distinct = (xs) => [...new Set(xs)].join("+");
function mergeAnalyses(partials, model) {
  const reports = partials.map((p) => p.report.analyze);
  const first = reports[0];
  const layers = reports.flatMap((r) => r.layers).sort((a, b) => a.index - b.index);
  const skipped = [...first.skipped.filter((s) => s.index === null), ...reports.flatMap((r) => r.skipped.filter((s) => s.index !== null)).sort((a, b) => a.index - b.index)];
  const covered = layers.length + skipped.filter((s) => s.index !== null).length;
  const sum = (f) => reports.reduce((s, r) => s + f(r), 0);
  return {
    schemaVersion: first.schemaVersion,
    model: { path: model.path, format: model.format, sha256: model.sha256 },
    options: first.options,
    engine: distinct(reports.map((r) => r.engine)),
    layers,
    skipped,
    filteredOut: Math.max(0, partials[0].report.modelLayers - covered),
    summary: summarize(layers.map((l) => l.metrics).filter((m) => m !== null)),
    timings: {
      totalSeconds: sum((r) => r.timings.totalSeconds),
      readSeconds: sum((r) => r.timings.readSeconds),
      eigenSeconds: sum((r) => r.timings.eigenSeconds),
      metricsSeconds: sum((r) => r.timings.metricsSeconds)
    }
  };
}
function mergeSmoothReports(partials, opts) {
  const smooths = partials.map((p) => p.report.smooth);
  const byName = new Map(smooths.flatMap((s) => s.layers.map((l) => [l.name, l])));
  const layers = opts.planOrder.map((n) => byName.get(n)).filter((l) => l !== void 0);
  const first = smooths[0];
  return {
    modelPath: opts.modelPath,
    outPath: opts.outPath,
    format: first.format,
    dryRun: false,
    factorize: first.factorize,
    engine: distinct(smooths.map((s) => s.engine)),
    layers,
    totals: computeTotals(opts.modelLayers, layers),
    notes: [...first.notes],
    seconds: opts.seconds
  };
}

// src/report/snapshot.ts
function snapshotOf(layers) {
  const ok = layers.filter((l) => l.fit === "success" && l.alpha !== null && Number.isFinite(l.alpha));
  return {
    layers,
    meanAlpha: ok.length ? ok.reduce((s, l) => s + l.alpha, 0) / ok.length : null,
    overTrained: layers.filter((l) => l.warning === "over-trained").length,
    underTrained: layers.filter((l) => l.warning === "under-trained").length,
    failedFits: layers.filter((l) => l.fit === "failed").length
  };
}

// src/engine/outcomes.ts
function layersOf(report) {
  return report.layers.map((l) => {
    const ok = l.status === "analyzed" && l.metrics !== null && l.metrics.status === "success";
    return {
      index: l.index,
      name: l.name,
      shape: [l.storedShape[0], l.storedShape[1]],
      alpha: ok ? l.metrics.alpha : null,
      fit: ok ? "success" : "failed",
      warning: ok ? l.metrics.warning : "",
      ...l.module ? { module: l.module } : {},
      ...l.quantization ? { quantization: l.quantization } : {},
      logNorm: l.status === "analyzed" && l.metrics ? l.metrics.log_norm : null
    };
  });
}
function analyzeOutcomeOf(report) {
  return { snapshot: snapshotOf(layersOf(report)), report };
}
function smoothOutcomeOf(full, original, plan) {
  const { search, ...report } = full;
  const after = new Map(report.layers.filter((l) => l.after).map((l) => [l.name, l.after]));
  const layers = original.snapshot.layers.map((l) => {
    const a = after.get(l.name);
    if (!a) return l;
    const ok = a.alphaStatus === "success" && a.alpha !== null;
    const warning = !ok ? "" : a.alpha < 2 ? "over-trained" : a.alpha > 6 ? "under-trained" : "";
    const logNorm = a.norm > 0 && Number.isFinite(a.norm) ? Math.log10(a.norm) : null;
    return { ...l, alpha: ok ? a.alpha : null, fit: ok ? "success" : "failed", warning, logNorm };
  });
  return {
    summary: {
      // auto without a search (sharded, or nothing to measure) smoothed with detX.
      method: search ? "auto" : plan.smooth.method === "auto" ? "detX" : plan.smooth.method,
      outputPath: report.outPath,
      search: search ?? null,
      methodNote: plan.smooth.methodReason ?? null,
      layers: report.layers.filter((l) => l.action !== "unchanged").map((l) => ({
        name: l.name,
        rule: l.rule.method,
        k: l.k ?? 0,
        fullRank: Math.min(l.storedShape[0], l.storedShape[1]),
        energyKept: l.energyKept,
        alphaBefore: l.before?.alpha ?? null,
        alphaAfter: l.after?.alpha ?? null
      }))
    },
    snapshot: snapshotOf(layers),
    report
  };
}

// src/engine/probeStage.ts
async function defaultProbeStages() {
  const [{ evaluateProbeItems, prepareProbe }, { tokenizerFolder }] = await Promise.all([import("./cli-probe-Z4LBEGEC.js"), import("./cli-tokenizer-4KHCFA5A.js")]);
  return {
    prepareProbe(original, plan) {
      const tokenizerDir = tokenizerFolder(plan.eval.tokenizer, original.path);
      return prepareProbe({ probeFile: plan.eval.probe, tokenizerDir, ...plan.eval.probeMaxItems ? { maxItems: plan.eval.probeMaxItems } : {} }, original.path);
    },
    probe: (modelPath, plan, probe) => evaluateProbeItems(modelPath, probe, { ...plan.eval.context !== null ? { context: plan.eval.context } : {}, device: plan.eval.device })
  };
}
var ONNX_ONLY = "task probes need ONNX models";
async function measureProbes(input) {
  const { plan, model, timed, log } = input;
  if (!plan.eval.probe) return void 0;
  const source = plan.eval.probe;
  if (model.format !== "onnx") {
    return { source, sha256: "", original: null, smoothed: null, base: null, smoothedVsOriginal: null, headVsBase: null, note: `${ONNX_ONLY}; ${model.path} is ${model.format}` };
  }
  const real = input.stages.prepareProbe && input.stages.probe ? null : await defaultProbeStages();
  const prepare = input.stages.prepareProbe ?? real.prepareProbe;
  const score = input.stages.probe ?? real.probe;
  await input.before();
  const items = await timed("probe-prepare", () => prepare(model, plan));
  const notes = [];
  const original = await timed("probe-original", () => score(model.path, plan, items));
  log(`probe original: accuracy ${(original.accuracy * 100).toFixed(1)}% on ${original.items} items`);
  const smoothed = input.smoothedPath ? await timed("probe-smoothed", () => score(input.smoothedPath, plan, items)) : null;
  if (smoothed) log(`probe smoothed: accuracy ${(smoothed.accuracy * 100).toFixed(1)}%`);
  let base = null;
  const from = input.base;
  if (from && "model" in from) {
    if (from.model.format === "onnx") base = await timed("probe-base", () => score(from.model.path, plan, items));
    else notes.push(`base not probed: ${ONNX_ONLY}`);
  } else if (from && "report" in from) {
    const restored = from.report?.original ?? null;
    if (!restored) notes.push("the baseline report has no probe result");
    else if (restored.sha256 !== items.sha256 || !restored.perItem) notes.push("the baseline report probed a different item set (sha256 differs): no head-vs-base comparison");
    else base = restored;
  }
  return {
    source,
    sha256: items.sha256,
    original,
    smoothed,
    base,
    smoothedVsOriginal: smoothed ? compareProbe(original, smoothed) : null,
    headVsBase: base ? compareProbe(base, original) : null,
    note: notes.join("; ")
  };
}

export {
  mergeAnalyses,
  mergeSmoothReports,
  snapshotOf,
  analyzeOutcomeOf,
  smoothOutcomeOf,
  defaultProbeStages,
  measureProbes
};
