/**
 * Number and text formatters shared by the gate (rule texts), the config loader (messages) and
 * the Markdown renderers. One place, so a threshold reads the same in an error, a rule row and a
 * comment. Pure functions, no imports beyond types: anything may depend on this file.
 */
import type { Delta } from '../eval/types.js';

/** A perplexity limit: relative (0.05 = 5%) or absolute perplexity points. */
export interface ThresholdLike {
  readonly kind: 'relative' | 'absolute';
  readonly value: number;
}

/** "1 rule", "2 rules", "0 rules": the noun agrees with the count. */
export function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}

/** "5%" for a relative limit, "0.3pt" for one in perplexity points (the spelling the config takes). */
export function fmtThreshold(t: ThresholdLike): string {
  return t.kind === 'relative' ? `${+(t.value * 100).toPrecision(6)}%` : `${+t.value.toPrecision(6)}pt`;
}

/** A signed fixed-point number: "+0.230", "-1.500"; a value that rounds to zero is "+0.000", never "-0.000". */
export function fmtSigned(x: number, digits: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1).replace(/^/, '+') : x >= 0 ? `+${text}` : text;
}

/** A relative change as a signed percent: "+5.35%"; non-finite values are "n/a". */
export function fmtPercent(x: number, digits = 2): string {
  return Number.isFinite(x) ? `${fmtSigned(x * 100, digits)}%` : 'n/a';
}

/**
 * Why a perplexity (or its mean NLL) is unusable, after "n/a": NaN comes from NaN (or +Infinity)
 * logits, +Infinity from a token scored with probability 0 (or a mean NLL past exp's range).
 * null is a report from before non-finite values were recorded.
 */
export function nonFiniteNote(v: number | null): string {
  if (v === null) return 'not recorded';
  if (Number.isNaN(v)) return "NaN: the model's logits contain NaN";
  return v > 0 ? 'Infinity: a token was given probability 0, so the mean NLL is infinite' : '-Infinity';
}

/** A perplexity to 4 decimals, or "n/a (NaN: ...)" / "n/a (Infinity: ...)" saying why there is none. */
export function fmtPerplexity(v: number | null): string {
  return v !== null && Number.isFinite(v) ? v.toFixed(4) : `n/a (${nonFiniteNote(v)})`;
}

/** A perplexity change: "+5.35% (+0.2140)"; "n/a (NaN)" when it is not finite. */
export function fmtDelta(d: Delta): string {
  if (!Number.isFinite(d.relative) || !Number.isFinite(d.absolute)) return `n/a (${String(d.absolute)})`;
  return `${fmtPercent(d.relative)} (${fmtSigned(d.absolute, 4)})`;
}

/** The confidence interval of a delta, "95% CI [-0.40%, +1.20%]", or '' when there is none. */
export function fmtInterval(d: Delta): string {
  const ci = d.ci;
  if (!ci) return '';
  return `${+(ci.level * 100).toPrecision(4)}% CI [${fmtPercent(ci.relativeLow)}, ${fmtPercent(ci.relativeHigh)}]`;
}

/** fmtDelta plus the interval when there is one: "+1.20% (+0.1200), 95% CI [+0.40%, +2.00%]". */
export function fmtDeltaWithInterval(d: Delta): string {
  const ci = fmtInterval(d);
  return ci ? `${fmtDelta(d)}, ${ci}` : fmtDelta(d);
}

/** A fixed-point number, or "—" when absent and "n/a" when not finite. */
export function fmtNum(v: number | null | undefined, digits = 3): string {
  if (v === null || v === undefined) return '—';
  return Number.isFinite(v) ? v.toFixed(digits) : 'n/a';
}
