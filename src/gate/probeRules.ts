/**
 * Gate rules on task-probe accuracy (README "Task probes"), in percentage points:
 *   probe.smoothed-vs-original  accuracy drop of the smoothed model (gate.accuracy-drop)
 *   probe.head-vs-base          accuracy drop of the head against the base (gate.base-accuracy-drop)
 * Same semantics as the other rules: a drop above the warn level warns, above the fail level
 * fails, a value equal to a level passes; no level configured, or nothing to compare, is
 * 'skipped' with the reason. Listed only when the run measured a probe.
 */
import type { GateRules, Levels } from '../config/plan.js';
import type { ProbeComparison } from '../eval/probeCompare.js';
import { fmtAccuracyDelta } from '../report/probe.js';
import type { Measurements, RuleResult, RuleScope } from '../report/types.js';

const fmtPoints = (v: number): string => `${v} pts`;


function levelsText(l: Levels<number>): string {
  const parts: string[] = [];
  if (l.warn !== null) parts.push(`warn > ${fmtPoints(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmtPoints(l.fail)}`);
  return parts.length ? parts.join(', ') : 'off (both levels none)';
}

export function dropRule(id: string, scope: RuleScope, title: string, change: ProbeComparison | null, levels: Levels<number>, skipReason: string): RuleResult {
  const base = { id, scope, title, warnLimit: levels.warn, failLimit: levels.fail, limitText: levelsText(levels) };
  if (!change) return { ...base, value: null, valueText: '—', status: 'skipped', reason: skipReason };
  // A drop is a negative change; rounding to 1e-9 points keeps "equal to the level" passing.
  const drop = Math.round(-change.delta * 100 * 1e9) / 1e9;
  const valueText = fmtAccuracyDelta(change);
  if (levels.warn === null && levels.fail === null) return { ...base, value: drop, valueText, status: 'skipped', reason: 'both levels are off (none)' };
  const status = levels.fail !== null && drop > levels.fail ? 'fail' : levels.warn !== null && drop > levels.warn ? 'warn' : 'pass';
  const reason = status === 'fail' ? `drop above the fail level ${fmtPoints(levels.fail!)}` : status === 'warn' ? `drop above the warn level ${fmtPoints(levels.warn!)}` : '';
  return { ...base, value: drop, valueText, status, reason };
}

const NONE: Levels<number> = { warn: null, fail: null };

/** The probe rules of a run ([] when it measured no probe). */
export function probeRules(m: Pick<Measurements, 'probe' | 'smoothing' | 'baseline'>, rules: GateRules): RuleResult[] {
  const p = m.probe;
  if (!p) return [];
  const why = (what: string): string => p.note || what;
  return [
    dropRule(
      'probe.smoothed-vs-original',
      'smoothing',
      'Probe accuracy drop, smoothed vs original (points)',
      p.smoothedVsOriginal,
      rules.accuracyDrop ?? NONE,
      why(m.smoothing ? 'the smoothed model was not probed' : 'no smoothing was applied'),
    ),
    dropRule('probe.head-vs-base', 'vs-base', 'Probe accuracy drop, head vs base (points)', p.headVsBase, rules.baseAccuracyDrop ?? NONE, why(`no base probe: ${m.baseline.note}`)),
  ];
}
