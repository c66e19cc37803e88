/**
 * The gate: a pure function from measurements and rules to a verdict. Every rule is always listed,
 * with its measured value, its limits and a status; a rule that cannot be evaluated (no perplexity,
 * no baseline) is 'skipped' and says why. Nothing here performs I/O, so the CLI and the action
 * reach the same verdict from the same report.
 */
import type { Delta } from '../eval/types.js';
import type { GateRules, Levels, Threshold } from '../config/plan.js';
import type { Measurements, RuleResult, RuleStatus, SpectralSnapshot, Verdict } from '../report/types.js';
import { probeRules } from './probeRules.js';

export function evaluateGate(m: Measurements, rules: GateRules): Verdict {
  const results: RuleResult[] = [
    perplexityRule(
      'perplexity.smoothed-vs-original',
      'Perplexity increase, smoothed vs original',
      m.perplexity.smoothedVsOriginal,
      rules.perplexityIncrease,
      m.perplexity.smoothedVsOriginal ? '' : m.perplexity.note || (m.smoothing ? 'perplexity was not measured' : 'no smoothing was applied'),
    ),
    perplexityRule(
      'perplexity.head-vs-base',
      'Perplexity increase, head vs base',
      m.perplexity.headVsBase,
      rules.basePerplexityIncrease,
      m.perplexity.headVsBase ? '' : m.perplexity.original ? `no base perplexity: ${m.baseline.note}` : m.perplexity.note || 'perplexity was not measured',
    ),
    ...spectralVsBase(m.spectral.original, m.spectral.base, rules, m.baseline.note),
    countRule('alpha.over-trained', `Over-trained layers (alpha < ${rules.alphaRange.min})`, countOutside(m.spectral.original, rules).below, rules.overTrained),
    countRule('alpha.under-trained', `Under-trained layers (alpha > ${rules.alphaRange.max})`, countOutside(m.spectral.original, rules).above, rules.underTrained),
    ...probeRules(m, rules),
  ];
  return verdictOf(results);
}

export function verdictOf(rules: readonly RuleResult[]): Verdict {
  const failed = rules.filter((r) => r.status === 'fail');
  const warned = rules.filter((r) => r.status === 'warn');
  const status = failed.length > 0 ? 'fail' : warned.length > 0 ? 'warn' : 'pass';
  const checked = rules.filter((r) => r.status !== 'skipped').length;
  const ofChecked = `of ${checked} checked ${plural(checked, 'rule')}`;
  const headline =
    status === 'fail'
      ? `fail: ${failed.length} ${ofChecked} failed (${failed.map((r) => r.id).join(', ')})`
      : status === 'warn'
        ? `pass with warnings: ${warned.length} ${ofChecked} at warn level (${warned.map((r) => r.id).join(', ')})`
        : `pass: ${checked} checked ${plural(checked, 'rule')} passed`;
  return { status, passed: status !== 'fail', rules, headline };
}

/** "1 rule", "2 rules", "0 rules": the noun agrees with the count. */
export function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/** Status of a measured value against warn/fail levels (a value equal to a limit passes). */
function statusFor(exceedsWarn: boolean, exceedsFail: boolean): RuleStatus {
  return exceedsFail ? 'fail' : exceedsWarn ? 'warn' : 'pass';
}

function thresholdValue(d: Delta, t: Threshold): number {
  return t.kind === 'relative' ? d.relative : d.absolute;
}

function fmtThreshold(t: Threshold): string {
  return t.kind === 'relative' ? `${+(t.value * 100).toPrecision(6)}%` : `${t.value}`;
}

function limitsText<T>(l: Levels<T>, fmt: (v: T) => string): string {
  const parts: string[] = [];
  if (l.warn !== null) parts.push(`warn > ${fmt(l.warn)}`);
  if (l.fail !== null) parts.push(`fail > ${fmt(l.fail)}`);
  return parts.length ? parts.join(', ') : 'no limit set';
}

export function fmtDelta(d: Delta): string {
  const sign = (x: number): string => (x >= 0 ? '+' : '');
  return `${sign(d.relative)}${(d.relative * 100).toFixed(2)}% (${sign(d.absolute)}${d.absolute.toFixed(4)})`;
}

function perplexityRule(id: string, title: string, delta: Delta | null, levels: Levels<Threshold>, skipReason: string): RuleResult {
  const limitText = limitsText(levels, fmtThreshold);
  const warnLimit = levels.warn?.value ?? null;
  const failLimit = levels.fail?.value ?? null;
  if (!delta) {
    return { id, title, value: null, valueText: '—', warnLimit, failLimit, limitText, status: 'skipped', reason: skipReason };
  }
  const overWarn = levels.warn !== null && thresholdValue(delta, levels.warn) > levels.warn.value;
  const overFail = levels.fail !== null && thresholdValue(delta, levels.fail) > levels.fail.value;
  const status = levels.warn === null && levels.fail === null ? 'skipped' : statusFor(overWarn, overFail);
  const reason =
    status === 'skipped'
      ? 'no warn or fail level configured'
      : status === 'fail'
        ? `increase above the fail level ${fmtThreshold(levels.fail as Threshold)}`
        : status === 'warn'
          ? `increase above the warn level ${fmtThreshold(levels.warn as Threshold)}`
          : '';
  // The measured value is the relative change unless both levels are absolute.
  const absoluteOnly = (levels.warn?.kind ?? 'absolute') === 'absolute' && (levels.fail?.kind ?? 'absolute') === 'absolute' && (levels.warn ?? levels.fail) !== null;
  return { id, title, value: absoluteOnly ? delta.absolute : delta.relative, valueText: fmtDelta(delta), warnLimit, failLimit, limitText, status, reason };
}

function countRule(id: string, title: string, value: number, levels: Levels<number>): RuleResult {
  return numberRule(id, title, value, String(value), levels, (v) => String(v));
}

function numberRule(id: string, title: string, value: number, valueText: string, levels: Levels<number>, fmt: (v: number) => string): RuleResult {
  const limitText = limitsText(levels, fmt);
  if (levels.warn === null && levels.fail === null) {
    return { id, title, value, valueText, warnLimit: null, failLimit: null, limitText, status: 'skipped', reason: 'no warn or fail level configured' };
  }
  const overWarn = levels.warn !== null && value > levels.warn;
  const overFail = levels.fail !== null && value > levels.fail;
  const status = statusFor(overWarn, overFail);
  const reason = status === 'fail' ? `above the fail level ${fmt(levels.fail as number)}` : status === 'warn' ? `above the warn level ${fmt(levels.warn as number)}` : '';
  return { id, title, value, valueText, warnLimit: levels.warn, failLimit: levels.fail, limitText, status, reason };
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

/** Layers outside the alpha range in head whose same-named base layer was inside it (or absent). */
export function newlyOutside(head: SpectralSnapshot, base: SpectralSnapshot, rules: GateRules): string[] {
  const baseByName = new Map(base.layers.map((l) => [l.name, l]));
  return head.layers
    .filter((l) => l.fit === 'success' && isOutside(l.alpha, rules))
    .filter((l) => {
      const b = baseByName.get(l.name);
      return !b || b.fit !== 'success' || !isOutside(b.alpha, rules);
    })
    .map((l) => l.name);
}

function spectralVsBase(head: SpectralSnapshot, base: SpectralSnapshot | null, rules: GateRules, baselineNote: string): RuleResult[] {
  const idNew = 'alpha.new-outside-range';
  const titleNew = `Layers newly outside alpha range [${rules.alphaRange.min}, ${rules.alphaRange.max}] vs base`;
  const idMean = 'alpha.mean-change';
  const titleMean = 'Mean alpha change vs base (absolute)';
  if (!base) {
    const skip = (id: string, title: string, levels: Levels<number>, fmt: (v: number) => string): RuleResult => ({
      id,
      title,
      value: null,
      valueText: '—',
      warnLimit: levels.warn,
      failLimit: levels.fail,
      limitText: limitsText(levels, fmt),
      status: 'skipped',
      reason: `no baseline: ${baselineNote}`,
    });
    return [skip(idNew, titleNew, rules.newLayersOutsideAlpha, String), skip(idMean, titleMean, rules.meanAlphaChange, (v) => v.toFixed(3))];
  }
  const fresh = newlyOutside(head, base, rules);
  const newRule = numberRule(idNew, titleNew, fresh.length, String(fresh.length), rules.newLayersOutsideAlpha, String);
  let meanRule: RuleResult;
  if (head.meanAlpha === null || base.meanAlpha === null) {
    meanRule = {
      id: idMean,
      title: titleMean,
      value: null,
      valueText: '—',
      warnLimit: rules.meanAlphaChange.warn,
      failLimit: rules.meanAlphaChange.fail,
      limitText: limitsText(rules.meanAlphaChange, (v) => v.toFixed(3)),
      status: 'skipped',
      reason: 'no successful power-law fit in head or base',
    };
  } else {
    const change = head.meanAlpha - base.meanAlpha;
    const text = `${change >= 0 ? '+' : ''}${change.toFixed(3)} (${base.meanAlpha.toFixed(3)} → ${head.meanAlpha.toFixed(3)})`;
    meanRule = numberRule(idMean, titleMean, Math.abs(change), text, rules.meanAlphaChange, (v) => v.toFixed(3));
  }
  return [newRule, meanRule];
}
