import { type WindowRunner } from './perplexity.js';
import type { EncodedProbe, ProbeRequest } from './probeEncode.js';
import { type Interval } from './probeStats.js';
/** Token ids the model sees; positions `from` .. length-1 are scored, each from the logits before it. */
export interface ProbeSequence {
    readonly tokens: readonly number[];
    readonly from: number;
}
export interface SequenceScore {
    /** Sum of log p over the scored tokens (natural log). */
    readonly logprob: number;
    /** Every scored token is the argmax of its logits row. */
    readonly greedy: boolean;
}
export interface ProbeItemResult {
    readonly line: number;
    /** First characters of the prompt (untrusted text). */
    readonly excerpt: string;
    readonly kind: 'choice' | 'exact';
    /** acc for a multiple-choice item, exact match for an exact-match item. */
    readonly correct: boolean;
    /** acc_norm (multiple choice only). */
    readonly correctNorm: boolean | null;
    /** argmax of the scores / normalised scores (multiple choice only). */
    readonly predicted: number | null;
    readonly predictedNorm: number | null;
    /** Sum log p per choice, or of the target (exact match). */
    readonly scores: readonly number[];
}
export interface ProbeScores {
    readonly perItem: readonly ProbeItemResult[];
    readonly sequences: number;
    readonly tokensScored: number;
    readonly seconds: number;
}
export interface ProbeResult {
    /** Items scored (the first `max-items` of the file). */
    readonly items: number;
    readonly itemsTotal: number;
    readonly choiceItems: number;
    readonly exactItems: number;
    /** Fractions in [0, 1]; null when the set has no item of that kind. */
    readonly acc: number | null;
    readonly acc_norm: number | null;
    readonly exactMatch: number | null;
    /** Items right (acc for multiple choice, exact match otherwise) over all items: what the gate reads. */
    readonly accuracy: number;
    readonly correct: number;
    /** 95% Wilson interval of `accuracy`. */
    readonly interval: Interval;
    readonly source: string;
    readonly sha256: string;
    readonly model: string;
    readonly device: string;
    readonly deviceNote: string;
    /** Longest sequence fed to the model (tokens). */
    readonly context: number;
    readonly sequences: number;
    readonly tokensScored: number;
    readonly seconds: number;
    readonly itemsPerSecond: number;
    readonly perItem?: readonly ProbeItemResult[];
}
/** context ++ continuation, keeping the last `maxLength` + 1 tokens (the model sees all but the last). */
export declare function sequenceOf(req: ProbeRequest, maxLength: number, where: string): ProbeSequence;
/** First index of the maximum (numpy argmax); NaN never wins. */
export declare function argmax(values: ArrayLike<number>): number;
/** Scores sequences, longest first, `batchSize` per model call. Results are in input order. */
export declare function scoreSequences(seqs: readonly ProbeSequence[], runner: WindowRunner, batchSize: number): Promise<SequenceScore[]>;
/** Scores every item of `probe`: choices and targets become sequences, the sequences run in batches. */
export declare function scoreProbe(probe: EncodedProbe, runner: WindowRunner, options: {
    maxLength: number;
    batchSize: number;
}): Promise<ProbeScores>;
/**
 * Sum over the items of the log-likelihood of the right answer (the correct choice's score, or the
 * target's): the smooth probe measure the smoothing search optimises (docs/smoothing-search.md).
 */
export declare function correctLogLikelihood(probe: EncodedProbe, perItem: readonly ProbeItemResult[]): number;
/** The summary figures of scored items (fractions, Wilson interval). */
export declare function summarizeProbe(perItem: readonly ProbeItemResult[]): Pick<ProbeResult, 'items' | 'choiceItems' | 'exactItems' | 'acc' | 'acc_norm' | 'exactMatch' | 'accuracy' | 'correct' | 'interval'>;
