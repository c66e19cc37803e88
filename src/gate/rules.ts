/**
 * The gate: a pure function from measurements and rules to a verdict. Every rule is always listed,
 * with its measured value, its limits and a status; a rule that cannot be evaluated (no perplexity,
 * no baseline) is 'skipped' and says why. A value the rule needs that is not finite (NaN or
 * Infinity perplexity, NaN mean alpha) fails the rule: "NaN > limit" is false, and a gate must not
 * pass what it could not measure. Nothing here performs I/O, so the CLI and the action reach the
 * same verdict from the same report.
 *
 * Rules are a list (`GATE_RULES`) of small evaluators; another rule family (e.g. probe accuracy)
 * is one more entry, passed to `evaluateGate` or appended to the list.
 */
import { deltaInterval } from '../eval/bootstrap.js';
import type { Delta, DeltaInterval, PerplexityResult } from '../eval/types.js';
import type { GateRules, Levels, PerplexityLevels, Threshold } from '../config/plan.js';
import type { Measurements, RuleResult, RuleScope, RuleStatus, SpectralSnapshot, Verdict } from '../report/types.js';
import { baseLayerByHeadName } from '../report/baseMatch.js';
import { fmtDeltaWithInterval, fmtInterval, fmtNum, fmtSigned, fmtThreshold, nonFiniteNote, plural } from '../report/format.js';
import { probeRules } from './probeRules.js';

/** One gate rule: evaluates the measurements against the plan's levels. */
export interface GateRule {
  readonly id: string;
  evaluate(m: Measurements, rules: GateRules): RuleResult;
}

export const GATE_RULES: readonly GateRule[] = [
  {
    id: 'perplexity.smoothed-vs-original',
    evaluate: (m, rules) =>
      perplexityRule({
        id: 'perplexity.smoothed-vs-original',
        scope: 'smoothing',
        title: 'Perplexity increase, smoothed vs original',
        delta: m.perplexity.smoothedVsOriginal,
        inputs: [m.perplexity.original, m.perplexity.smoothed],
        levels: rules.perplexityIncrease,
        skipReason: m.perplexity.smoothedVsOriginal ? '' : m.perplexity.note || (m.smoothing ? 'perplexity was not measured' : 'no smoothing was applied'),
      }),
  },
  {
    id: 'perplexity.head-vs-base',
    evaluate: (m, rules) =>
      perplexityRule({
        id: 'perplexity.head-vs-base',
        scope: 'vs-base',
        title: 'Perplexity increase, head vs base',
        delta: m.perplexity.headVsBase,
        inputs: [m.perplexity.base, m.perplexity.original],
        levels: rules.basePerplexityIncrease,
        skipReason: m.perplexity.headVsBase ? '' : m.perplexity.original ? `no base perplexity: ${m.baseline.note}` : m.perplexity.note || 'perplexity was not measured',
      }),
  },
  { id: 'alpha.new-outside-range', evaluate: (m, rules) => newOutsideRule(m, rules) },
  { id: 'alpha.mean-change', evaluate: (m, rules) => meanChangeRule(m, rules) },
  {
    id: 'alpha.over-trained',
    evaluate: (m, rules) =>
      numberRule('alpha.over-trained', 'model', `Over-trained layers (alpha < ${rules.alphaRange.min})`, countOutside(m.spectral.original, rules).below, rules.overTrained, String),
  },
  {
    id: 'alpha.under-trained',
    evaluate: (m, rules) =>
      numberRule('alpha.under-trained', 'model', `Under-trained layers (alpha > ${rules.alphaRange.max})`, countOutside(m.spectral.original, rules).above, rules.underTrained, String),
  },
];

/** Every rule of `GATE_RULES` (plus `extra`, e.g. probe rules), in order, and the verdict. */
export function evaluateGate(m: Measurements, rules: GateRules, extra: readonly GateRule[] = []): Verdict {
  // Probe rules (src/gate/probeRules.ts) are listed only when the run measured a probe.
  return verdictOf([...[...GATE_RULES, ...extra].map((r) => r.evaluate(m, rules)), ...probeRules(m, rules)]);
}

export function verdictOf(rules: readonly RuleResult[]): Verdict {
  const failed = rules.filter((r) => r.status === 'fail');
  const warned = rules.filter((r) => r.status === 'warn');
  const status = failed.length > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass';
  const checked = rules.filter((r) => r.status !== 'skipped').length;
  const ofChecked = `of ${checked} checked ${plural(checked, 'rule')}`;
  const titles = (list: readonly RuleResult[]): string => list.map((r) => r.title).join('; ');
  const headline =
    status === 'fail'
      ? `fail: ${failed.length} ${ofChecked} failed (${titles(failed)})`
      : status === 'warn'
        ? `pass with warnings: ${warned.length} ${ofChecked} at warn level (${titles(warned)})`
        : `pass: ${checked} checked ${plural(checked, 'rule')} passed`;
  return { status, passed: status !== 'fail', rules, headline };
}

/** Status of a measured value against warn/fail levels (a value equal to a limit passes). */
function statusFor(exceedsWarn: boolean, exceedsFail: boolean): RuleStatus {
  return exceedsFail ? 'fail' : exceedsWarn ? 'warn' : 'pass';
}

function thresholdValue(d: Delta, t: Threshold): number {
  return t.kind === 'relative' ? d.relative : d.absolute;
}

function limitsText<T>(l: Levels<T>, fmt: (v: T) => string): string {
  const parts: string[] = [];
  if (l.warn !== null) parts.push(`warn > ${fmt(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmt(l.fail)}`);
  return parts.length ? parts.join(', ') : 'none';
}

const OFF_REASON = 'no warn or fail level set';

interface PerplexityRuleSpec {
  readonly id: string;
  readonly scope: RuleScope;
  readonly title: string;
  readonly delta: Delta | null;
  /** The two perplexities the delta compares (reference, candidate), to name a non-finite one. */
  readonly inputs: readonly [PerplexityResult | null, PerplexityResult | null];
  readonly levels: PerplexityLevels;
  readonly skipReason: string;
}

function perplexityRule(spec: PerplexityRuleSpec): RuleResult {
  const { id, scope, title, delta, levels } = spec;
  const limitText = limitsText(levels, fmtThreshold) + (levels.significance ? `, fail needs ${+(levels.significance * 100).toPrecision(4)}% significance` : '');
  const warnLimit = levels.warn?.value ?? null;
  const failLimit = levels.fail?.value ?? null;
  const base = { id, scope, title, warnLimit, failLimit, limitText };
  if (!delta) return { ...base, value: null, valueText: '—', status: 'skipped', reason: spec.skipReason };
  if (levels.warn === null && levels.fail === null) return { ...base, value: delta.relative, valueText: fmtDeltaWithInterval(delta), status: 'skipped', reason: OFF_REASON };
  const nonFinite = nonFiniteReason(delta, spec.inputs);
  if (nonFinite) return { ...base, value: null, valueText: fmtDeltaWithInterval(delta), status: 'fail', reason: nonFinite };
  const overWarn = levels.warn !== null && thresholdValue(delta, levels.warn) > levels.warn.value;
  const overFail = levels.fail !== null && thresholdValue(delta, levels.fail) > levels.fail.value;
  let status = statusFor(overWarn, overFail);
  let reason =
    status === 'fail'
      ? `increase above the fail level ${fmtThreshold(levels.fail as Threshold)}`
      : status === 'warn'
        ? `increase above the warn level ${fmtThreshold(levels.warn as Threshold)}`
        : '';
  if (status === 'fail' && levels.significance) {
    const ci = intervalAt(delta, spec.inputs, levels.significance);
    if (!ci) {
      reason += `; no confidence interval (fewer than 2 evaluation windows), so significance ${levels.significance} could not be checked`;
    } else if (!(ci.relativeLow > 0)) {
      status = 'warn';
      reason += `, but not significant: the ${fmtInterval({ ...delta, ci })} includes no change, so the rule warns instead of failing`;
    } else {
      reason += ` (significant: ${fmtInterval({ ...delta, ci })})`;
    }
  }
  // The measured value is the relative change unless both levels are absolute.
  const absoluteOnly = (levels.warn?.kind ?? 'absolute') === 'absolute' && (levels.fail?.kind ?? 'absolute') === 'absolute';
  return { ...base, value: absoluteOnly ? delta.absolute : delta.relative, valueText: fmtDeltaWithInterval(delta), status, reason };
}

/**
 * The delta's interval at the rule's significance level: the stored one when its level matches,
 * else recomputed from the window scores both results carry (a report re-gated with another
 * significance than it was measured with), else the stored one, else null.
 */
function intervalAt(delta: Delta, inputs: readonly [PerplexityResult | null, PerplexityResult | null], level: number): DeltaInterval | null {
  if (delta.ci && delta.ci.level === level) return delta.ci;
  const [a, b] = inputs;
  const again = a && b ? deltaInterval(a, b, { level }) : null;
  return again ?? delta.ci ?? null;
}

/** Why a perplexity comparison cannot be trusted ('' when it can). */
function nonFiniteReason(delta: Delta, inputs: readonly [PerplexityResult | null, PerplexityResult | null]): string {
  const [a, b] = inputs;
  const bad = [a, b].filter((p): p is PerplexityResult => p !== null && !Number.isFinite(p.perplexity));
  if (bad.length > 0) {
    return `perplexity is not finite (${bad.map((p) => `${p.model}: ${nonFiniteNote(p.perplexity)}`).join('; ')}), so the change cannot be measured`;
  }
  if (!Number.isFinite(delta.relative) || !Number.isFinite(delta.absolute)) {
    return `the change is not finite (${String(delta.relative)}): the reference perplexity is 0 or not finite, so the change cannot be measured`;
  }
  return '';
}

function numberRule(id: string, scope: RuleScope, title: string, value: number, levels: Levels<number>, fmt: (v: number) => string, valueText = fmt(value)): RuleResult {
  const base = { id, scope, title, warnLimit: levels.warn, failLimit: levels.fail, limitText: limitsText(levels, fmt) };
  if (levels.warn === null && levels.fail === null) return { ...base, value, valueText, status: 'skipped', reason: OFF_REASON };
  if (!Number.isFinite(value)) return { ...base, value: null, valueText: 'n/a', status: 'fail', reason: `the measured value is not finite (${String(value)}), so it cannot be compared with the limits` };
  const overWarn = levels.warn !== null && value > levels.warn;
  const overFail = levels.fail !== null && value > levels.fail;
  const status = statusFor(overWarn, overFail);
  const reason = status === 'fail' ? `above the fail level ${fmt(levels.fail as number)}` : status === 'warn' ? `above the warn level ${fmt(levels.warn as number)}` : '';
  return { ...base, value, valueText, status, reason };
}

function skippedRule(id: string, scope: RuleScope, title: string, levels: Levels<number>, fmt: (v: number) => string, reason: string): RuleResult {
  return { id, scope, title, value: null, valueText: '—', warnLimit: levels.warn, failLimit: levels.fail, limitText: limitsText(levels, fmt), status: 'skipped', reason };
}

function isOutside(alpha: number | null, rules: GateRules): boolean {
  return alpha !== null && (alpha < rules.alphaRange.min || alpha > rules.alphaRange.max);
}

export function countOutside(s: SpectralSnapshot, rules: GateRules): { below: number; above: number } {
  let below = 0;
  let above = 0;
  for (const l of s.layers) {
    if (l.fit !== 'success' || l.alpha === null) continue;
    if (l.alpha < rules.alphaRange.min) below++;
    else if (l.alpha > rules.alphaRange.max) above++;
  }
  return { below, above };
}

/** Layers outside the alpha range in head whose matching base layer (module path, then name) was inside it (or absent). */
export function newlyOutside(head: SpectralSnapshot, base: SpectralSnapshot, rules: GateRules): string[] {
  const baseByName = baseLayerByHeadName(head.layers, base.layers);
  return head.layers
    .filter((l) => l.fit === 'success' && isOutside(l.alpha, rules))
    .filter((l) => {
      const b = baseByName.get(l.name);
      return !b || b.fit !== 'success' || !isOutside(b.alpha, rules);
    })
    .map((l) => l.name);
}

function newOutsideRule(m: Measurements, rules: GateRules): RuleResult {
  const id = 'alpha.new-outside-range';
  const title = `Layers newly outside alpha range [${rules.alphaRange.min}, ${rules.alphaRange.max}] vs base`;
  const base = m.spectral.base;
  if (!base) return skippedRule(id, 'vs-base', title, rules.newLayersOutsideAlpha, String, `no baseline: ${m.baseline.note}`);
  return numberRule(id, 'vs-base', title, newlyOutside(m.spectral.original, base, rules).length, rules.newLayersOutsideAlpha, String);
}

function meanChangeRule(m: Measurements, rules: GateRules): RuleResult {
  const id = 'alpha.mean-change';
  const title = 'Mean alpha change vs base (absolute)';
  const fmt = (v: number): string => v.toFixed(3);
  const head = m.spectral.original;
  const base = m.spectral.base;
  if (!base) return skippedRule(id, 'vs-base', title, rules.meanAlphaChange, fmt, `no baseline: ${m.baseline.note}`);
  if (head.meanAlpha === null || base.meanAlpha === null) return skippedRule(id, 'vs-base', title, rules.meanAlphaChange, fmt, 'no successful power-law fit in head or base');
  const change = head.meanAlpha - base.meanAlpha;
  const text = Number.isFinite(change) ? `${fmtSigned(change, 3)} (${fmtNum(base.meanAlpha)} → ${fmtNum(head.meanAlpha)})` : 'n/a';
  return numberRule(id, 'vs-base', title, Math.abs(change), rules.meanAlphaChange, fmt, text);
}
