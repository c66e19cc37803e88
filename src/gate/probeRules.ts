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
import type { Measurements, RuleResult } from '../report/types.js';

const fmtPoints = (v: number): string => `${v} pts`;
const signedPoints = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}`;

/** A change of accuracy in points with its paired interval: "+2.5 pts [-1.3, +6.4]". */
export function fmtAccuracyDelta(c: Pick<ProbeComparison, 'delta' | 'interval'>): string {
  return `${signedPoints(c.delta)} pts [${signedPoints(c.interval.low)}, ${signedPoints(c.interval.high)}]`;
}

function levelsText(l: Levels<number>): string {
  const parts: string[] = [];
  if (l.warn !== null) parts.push(`warn > ${fmtPoints(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmtPoints(l.fail)}`);
  return parts.length ? parts.join(', ') : 'no limit set';
}

export function dropRule(id: string, title: string, change: ProbeComparison | null, levels: Levels<number>, skipReason: string): RuleResult {
  const base = { id, title, warnLimit: levels.warn, failLimit: levels.fail, limitText: levelsText(levels) };
  if (!change) return { ...base, value: null, valueText: '—', status: 'skipped', reason: skipReason };
  // A drop is a negative change; rounding to 1e-9 points keeps "equal to the level" passing.
  const drop = Math.round(-change.delta * 100 * 1e9) / 1e9;
  const valueText = fmtAccuracyDelta(change);
  if (levels.warn === null && levels.fail === null) return { ...base, value: drop, valueText, status: 'skipped', reason: 'no warn or fail level configured' };
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
      'Probe accuracy drop, smoothed vs original (points)',
      p.smoothedVsOriginal,
      rules.accuracyDrop ?? NONE,
      why(m.smoothing ? 'the smoothed model was not probed' : 'no smoothing was applied'),
    ),
    dropRule('probe.head-vs-base', 'Probe accuracy drop, head vs base (points)', p.headVsBase, rules.baseAccuracyDrop ?? NONE, why(`no base probe: ${m.baseline.note}`)),
  ];
}
