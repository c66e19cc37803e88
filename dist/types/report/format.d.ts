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
export declare function plural(count: number, noun: string): string;
/** "5%" for a relative limit, "0.3pt" for one in perplexity points (the spelling the config takes). */
export declare function fmtThreshold(t: ThresholdLike): string;
/** A signed fixed-point number: "+0.230", "-1.500"; a value that rounds to zero is "+0.000", never "-0.000". */
export declare function fmtSigned(x: number, digits: number): string;
/** A relative change as a signed percent: "+5.35%"; non-finite values are "n/a". */
export declare function fmtPercent(x: number, digits?: number): string;
/**
 * Why a perplexity (or its mean NLL) is unusable, after "n/a": NaN comes from NaN (or +Infinity)
 * logits, +Infinity from a token scored with probability 0 (or a mean NLL past exp's range).
 * null is a report from before non-finite values were recorded.
 */
export declare function nonFiniteNote(v: number | null): string;
/** A perplexity to 4 decimals, or "n/a (NaN: ...)" / "n/a (Infinity: ...)" saying why there is none. */
export declare function fmtPerplexity(v: number | null): string;
/** A perplexity change: "+5.35% (+0.2140)"; "n/a (NaN)" when it is not finite. */
export declare function fmtDelta(d: Delta): string;
/** The confidence interval of a delta, "95% CI [-0.40%, +1.20%]", or '' when there is none. */
export declare function fmtInterval(d: Delta): string;
/** fmtDelta plus the interval when there is one: "+1.20% (+0.1200), 95% CI [+0.40%, +2.00%]". */
export declare function fmtDeltaWithInterval(d: Delta): string;
/** A fixed-point number, or "—" when absent and "n/a" when not finite. */
export declare function fmtNum(v: number | null | undefined, digits?: number): string;
