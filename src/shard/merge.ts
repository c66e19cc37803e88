/**
 * Merging checked partials back into the reports a single job would have produced: the analyze
 * report of every layer (layers in model order, the model-level skips once, the summary recomputed
 * over all layers in the same order) and the smoothing report (layers in plan order, totals
 * recomputed over the whole model). Pure: no file is read here.
 */
import type { DenseLayer } from '../model/types.js';
import type { ModelIdentity } from '../report/types.js';
import { computeTotals } from '../smooth/run.js';
import type { SmoothLayerReport, SmoothReport } from '../smooth/types.js';
import { summarize } from '../spectral/summary.js';
import type { AnalyzeReport, LayerMetrics } from '../spectral/types.js';
import type { LoadedPartial } from './partial.js';

const distinct = (xs: readonly string[]): string => [...new Set(xs)].join('+');

/** One analyze report over all layers, from partials sorted by shard (see checkPartials). */
export function mergeAnalyses(partials: readonly LoadedPartial[], model: ModelIdentity): AnalyzeReport {
  const reports = partials.map((p) => p.report.analyze);
  const first = reports[0]!;
  const layers = reports.flatMap((r) => r.layers).sort((a, b) => a.index - b.index);
  // Model-level skips (not dense: index null) are in every partial; size skips in the shard that had the layer.
  const skipped = [...first.skipped.filter((s) => s.index === null), ...reports.flatMap((r) => r.skipped.filter((s) => s.index !== null)).sort((a, b) => a.index! - b.index!)];
  const covered = layers.length + skipped.filter((s) => s.index !== null).length;
  const sum = (f: (r: AnalyzeReport) => number): number => reports.reduce((s, r) => s + f(r), 0);
  return {
    schemaVersion: first.schemaVersion,
    model: { path: model.path, format: model.format, sha256: model.sha256 },
    options: first.options,
    engine: distinct(reports.map((r) => r.engine)),
    layers,
    skipped,
    filteredOut: Math.max(0, partials[0]!.report.modelLayers - covered),
    summary: summarize(layers.map((l) => l.metrics).filter((m): m is LayerMetrics => m !== null)),
    timings: {
      totalSeconds: sum((r) => r.timings.totalSeconds),
      readSeconds: sum((r) => r.timings.readSeconds),
      eigenSeconds: sum((r) => r.timings.eigenSeconds),
      metricsSeconds: sum((r) => r.timings.metricsSeconds),
    },
  };
}

/**
 * The smoothing report a single job would have written: `planOrder` is the full plan's layer names
 * in order, `modelLayers` every dense layer (for the model totals).
 */
export function mergeSmoothReports(
  partials: readonly LoadedPartial[],
  opts: { modelPath: string; outPath: string; planOrder: readonly string[]; modelLayers: readonly DenseLayer[]; seconds: number },
): SmoothReport {
  const smooths = partials.map((p) => p.report.smooth!);
  const byName = new Map<string, SmoothLayerReport>(smooths.flatMap((s) => s.layers.map((l) => [l.name, l] as const)));
  const layers = opts.planOrder.map((n) => byName.get(n)).filter((l): l is SmoothLayerReport => l !== undefined);
  const first = smooths[0]!;
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
    seconds: opts.seconds,
  };
}
