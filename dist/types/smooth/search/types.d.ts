/**
 * Types of the guarded smoothing search (`method: auto`): candidate ranks per layer, the pluggable
 * objective that measures an assignment of ranks, and the search's path and result as the report
 * shows them. Design and cost model: docs/smoothing-search.md.
 */
/** An allowed increase: relative (0.02 = 2%) or in perplexity points (same shape as the gate's Threshold). */
export interface Budget {
    readonly kind: 'relative' | 'absolute';
    readonly value: number;
}
/** One rank a layer may be reduced to, with the rules that proposed it. */
export interface SearchCandidate {
    /** Components kept (0 < k < fullRank). */
    readonly k: number;
    /** Rules whose k this is (e.g. ['detX', 'rank-fraction:0.25']). */
    readonly rules: readonly string[];
    /** 1 - energy kept: the share of sum(sigma^2) the candidate drops (weights-only, no evaluation). */
    readonly discardedEnergy: number;
    readonly rankRemoved: number;
    /** Parameters a factorised form saves: max(0, in*out - k*(in+out)). */
    readonly paramsRemoved: number;
}
export interface SearchLayer {
    readonly name: string;
    readonly fullRank: number;
    /** in * out */
    readonly params: number;
    /** Ascending k: the most aggressive reduction first. */
    readonly candidates: readonly SearchCandidate[];
    /** Weights-only ordering score (lower = tried earlier): discarded energy of the most aggressive candidate. */
    readonly score: number;
}
/** Layer name -> k. A layer absent from the map keeps its original weight. */
export type Assignment = ReadonlyMap<string, number>;
export type Scope = 'screen' | 'full';
/**
 * What the search minimises under the budget; lower is better. The default measures perplexity
 * (src/engine/search.ts); another objective (e.g. a probe task) plugs in here.
 */
export interface Objective {
    readonly name: string;
    /** The objective's value for the model with `assignment` applied, on the screening subset or the whole text. */
    measure(assignment: Assignment, scope: Scope): Promise<number>;
    /** Cost of one measurement of `scope`, in units of one full evaluation. */
    readonly cost: Readonly<Record<Scope, number>>;
}
/**
 * The probe objective (`smooth.objective: probe`): a task score of the model with `assignment`
 * applied, higher is better (summed log-likelihood of the correct answers over all probe items).
 * Perplexity stays the constraint; a candidate is kept only if this score does not fall.
 */
export interface ProbeObjective {
    measure(assignment: Assignment): Promise<number>;
    /** Cost of one measurement, in units of one full perplexity evaluation. */
    readonly cost: number;
}
export type StepDecision = 'baseline' | 'accepted' | 'rejected' | 'within-budget' | 'over-budget' | 'reverted';
export interface SearchStep {
    readonly step: number;
    readonly phase: 'baseline' | 'screen' | 'confirm' | 'revert';
    readonly scope: Scope;
    readonly layer: string | null;
    readonly k: number | null;
    readonly rules: readonly string[];
    /** The objective's value (perplexity) measured at this step. */
    readonly value: number;
    /** Relative change against the original on the same scope. */
    readonly relative: number;
    readonly decision: StepDecision;
    /** Of the assignment measured at this step: parameters a factorised form needs, summed over the searched layers. */
    readonly paramsKept: number;
    readonly rankRemoved: number;
    /** The candidate lowered the value below the current set's (LASER's effect). */
    readonly lowered: boolean;
    /** With objective probe: the probe score of this step's assignment (absent when perplexity already failed). */
    readonly probe?: number;
}
export interface SearchLimits {
    /** The allowed increase of the full-text value over the original's. */
    readonly budget: Budget;
    /** Screening accepts a candidate up to this share of the budget (room for screen/full disagreement). */
    readonly screenMargin: number;
    /** Most screening measurements. */
    readonly maxEvals: number;
    /** Stop screening after this many seconds (Infinity: no bound). */
    readonly maxSeconds: number;
}
export interface SearchProgress {
    readonly step: number;
    /** Steps expected in all (an estimate while screening). */
    readonly expectedSteps: number;
    readonly layer: string | null;
    readonly k: number | null;
    readonly decision: StepDecision;
    readonly value: number;
    readonly etaSeconds: number | null;
}
export interface SearchResult {
    readonly objective: string;
    readonly chosen: Assignment;
    readonly steps: readonly SearchStep[];
    readonly original: Readonly<Record<Scope, number>>;
    /** Full-text value of the final assignment (the original's when nothing was kept). */
    readonly final: number;
    readonly finalRelative: number;
    readonly evals: {
        readonly screen: number;
        readonly full: number;
        readonly fullEquivalents: number;
    };
    /** Why screening ended early, or null when every layer was tried. */
    readonly stopped: 'max-evals' | 'time' | null;
    readonly seconds: number;
    /** With objective probe: the probe score of the original and of the chosen set, and how many probe measurements ran. */
    readonly probe?: {
        readonly original: number;
        readonly final: number;
        readonly evals: number;
    };
}
/** What report.json carries about a search (schema: src/report/run-schema.json, smoothing.search). */
export interface SearchReport {
    /** What the search optimised: 'perplexity', or 'probe' (perplexity then is the constraint only). */
    readonly objective: string;
    readonly probe?: SearchResult['probe'];
    readonly budget: Budget;
    readonly screenMargin: number;
    readonly screen: {
        readonly windows: number;
        readonly tokens: number;
    };
    readonly full: {
        readonly windows: number;
        readonly tokens: number;
    };
    readonly original: Readonly<Record<Scope, number>>;
    /** Full-text value of the chosen set, as the search measured it. */
    readonly final: number;
    readonly finalRelative: number;
    readonly evals: SearchResult['evals'];
    readonly stopped: SearchResult['stopped'];
    readonly seconds: number;
    readonly layers: readonly {
        readonly name: string;
        readonly fullRank: number;
        /** null: left at full rank. */
        readonly chosenK: number | null;
        readonly candidates: readonly {
            readonly k: number;
            readonly rules: readonly string[];
            readonly discardedEnergy: number;
        }[];
    }[];
    readonly steps: readonly SearchStep[];
    readonly totals: {
        readonly layersReduced: number;
        readonly rankRemoved: number;
        /** in*out summed over the searched layers. */
        readonly paramsBefore: number;
        /** What a factorised form of the chosen set needs. */
        readonly paramsKept: number;
    };
    /** Model file(s) before and the written smoothed model's after (bytes, external data included). */
    readonly fileBytes: {
        readonly before: number;
        readonly after: number | null;
    };
    readonly notes: readonly string[];
}
