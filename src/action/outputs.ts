/**
 * Step outputs, all derived from the RunReport. Numbers are plain decimal strings; a figure that
 * was not measured is the empty string, so `if: steps.x.outputs.perplexity-smoothed != ''` works.
 */
import * as core from '@actions/core';
import type { RunReport } from '../report/types.js';

function num(v: number | null | undefined): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
}

export function reportOutputs(report: RunReport, files: { reportPath: string; commentUrl: string; commentFile: string }): Record<string, string> {
  const p = report.perplexity;
  const s = report.spectral;
  return {
    passed: String(report.verdict.passed),
    verdict: report.verdict.status,
    headline: report.verdict.headline,
    'perplexity-original': num(p.original?.perplexity),
    'perplexity-smoothed': num(p.smoothed?.perplexity),
    'perplexity-base': num(p.base?.perplexity),
    'perplexity-delta': num(p.smoothedVsOriginal?.absolute),
    'perplexity-delta-relative': num(p.smoothedVsOriginal?.relative),
    'perplexity-delta-ci-low': num(p.smoothedVsOriginal?.ci?.relativeLow),
    'perplexity-delta-ci-high': num(p.smoothedVsOriginal?.ci?.relativeHigh),
    'base-perplexity-delta': num(p.headVsBase?.absolute),
    'base-perplexity-delta-relative': num(p.headVsBase?.relative),
    'base-perplexity-delta-ci-low': num(p.headVsBase?.ci?.relativeLow),
    'base-perplexity-delta-ci-high': num(p.headVsBase?.ci?.relativeHigh),
    'mean-alpha': num(s.original.meanAlpha),
    'mean-alpha-smoothed': num(s.smoothed?.meanAlpha),
    'mean-alpha-base': num(s.base?.meanAlpha),
    'over-trained-layers': String(s.original.overTrained),
    'under-trained-layers': String(s.original.underTrained),
    'failed-rules': report.verdict.rules.filter((r) => r.status === 'fail').map((r) => r.id).join(','),
    'warned-rules': report.verdict.rules.filter((r) => r.status === 'warn').map((r) => r.id).join(','),
    baseline: report.baseline.source,
    'report-path': files.reportPath,
    'smoothed-model-path': report.smoothing?.outputPath ?? '',
    'comment-url': files.commentUrl,
    'comment-file': files.commentFile,
  };
}

export function setReportOutputs(report: RunReport, files: { reportPath: string; commentUrl: string; commentFile: string }): void {
  for (const [k, v] of Object.entries(reportOutputs(report, files))) core.setOutput(k, v);
}
