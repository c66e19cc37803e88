/**
 * Pure adapters from the stages' full reports to what the pipeline carries (AnalyzeOutcome,
 * SmoothOutcome): the snapshot the gate reads and the summary the comment shows. Shared by the
 * single-job stages and the shard merge, so a merged run builds its report the same way.
 */
import type { Plan } from '../config/plan.js';
import { snapshotOf } from '../report/snapshot.js';
import type { LayerSnapshot } from '../report/types.js';
import type { SmoothReport } from '../smooth/types.js';
import type { SearchReport } from '../smooth/search/types.js';
import type { AnalyzeReport } from '../spectral/types.js';
import type { AnalyzeOutcome, SmoothOutcome } from './types.js';

export function layersOf(report: AnalyzeReport): LayerSnapshot[] {
  return report.layers.map((l) => {
    const ok = l.status === 'analyzed' && l.metrics !== null && l.metrics.status === 'success';
    return {
      index: l.index,
      name: l.name,
      shape: [l.storedShape[0], l.storedShape[1]] as const,
      alpha: ok ? l.metrics!.alpha : null,
      fit: ok ? 'success' : 'failed',
      warning: ok ? l.metrics!.warning : '',
      ...(l.module ? { module: l.module } : {}),
      ...(l.quantization ? { quantization: l.quantization } : {}),
      logNorm: l.status === 'analyzed' && l.metrics ? l.metrics.log_norm : null,
    };
  });
}

export function analyzeOutcomeOf(report: AnalyzeReport): AnalyzeOutcome {
  return { snapshot: snapshotOf(layersOf(report)), report };
}

/** The smoothed model's snapshot (unsmoothed layers keep their metrics) and the comment's summary. */
export function smoothOutcomeOf(full: SmoothReport & { readonly search?: SearchReport | null }, original: AnalyzeOutcome, plan: Plan): SmoothOutcome {
  // The search is reported once, in the summary (smoothing.search); the stage report keeps the rest.
  const { search, ...report } = full;
  const after = new Map(report.layers.filter((l) => l.after).map((l) => [l.name, l.after!]));
  const layers = original.snapshot.layers.map((l) => {
    const a = after.get(l.name);
    if (!a) return l;
    const ok = a.alphaStatus === 'success' && a.alpha !== null;
    const warning = !ok ? '' : (a.alpha as number) < 2 ? 'over-trained' : (a.alpha as number) > 6 ? 'under-trained' : '';
    // log_norm = log10 ||W'||_F^2, from the smoothed spectrum's sum of eigenvalues.
    const logNorm = a.norm > 0 && Number.isFinite(a.norm) ? Math.log10(a.norm) : null;
    return { ...l, alpha: ok ? a.alpha : null, fit: ok ? 'success' : 'failed', warning, logNorm } as LayerSnapshot;
  });
  return {
    summary: {
      // auto without a search (sharded, or nothing to measure) smoothed with detX.
      method: search ? 'auto' : plan.smooth.method === 'auto' ? 'detX' : plan.smooth.method,
      outputPath: report.outPath,
      search: search ?? null,
      methodNote: plan.smooth.methodReason ?? null,
      layers: report.layers
        .filter((l) => l.action !== 'unchanged')
        .map((l) => ({
          name: l.name,
          rule: l.rule.method,
          k: l.k ?? 0,
          fullRank: Math.min(l.storedShape[0], l.storedShape[1]),
          energyKept: l.energyKept,
          alphaBefore: l.before?.alpha ?? null,
          alphaAfter: l.after?.alpha ?? null,
        })),
    },
    snapshot: snapshotOf(layers),
    report,
  };
}
