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
import type { Measurements, RuleResult, RuleScope } from '../report/types.js';
export declare function dropRule(id: string, scope: RuleScope, title: string, change: ProbeComparison | null, levels: Levels<number>, skipReason: string): RuleResult;
/** The probe rules of a run ([] when it measured no probe). */
export declare function probeRules(m: Pick<Measurements, 'probe' | 'smoothing' | 'baseline'>, rules: GateRules): RuleResult[];
