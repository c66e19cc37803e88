import type { GateRules } from '../config/plan.js';
import type { Measurements, RuleResult, SpectralSnapshot, Verdict } from '../report/types.js';
/** One gate rule: evaluates the measurements against the plan's levels. */
export interface GateRule {
    readonly id: string;
    evaluate(m: Measurements, rules: GateRules): RuleResult;
}
export declare const GATE_RULES: readonly GateRule[];
/** Every rule of `GATE_RULES` (plus `extra`, e.g. probe rules), in order, and the verdict. */
export declare function evaluateGate(m: Measurements, rules: GateRules, extra?: readonly GateRule[]): Verdict;
export declare function verdictOf(rules: readonly RuleResult[]): Verdict;
export declare function countOutside(s: SpectralSnapshot, rules: GateRules): {
    below: number;
    above: number;
};
/** Layers outside the alpha range in head whose matching base layer (module path, then name) was inside it (or absent). */
export declare function newlyOutside(head: SpectralSnapshot, base: SpectralSnapshot, rules: GateRules): string[];
