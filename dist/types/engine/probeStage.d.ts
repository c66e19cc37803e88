/**
 * The pipeline's probe step (README "Task probes"): the probe file is read and encoded once, with
 * the tokenizer the eval text uses, then original, smoothed and base are scored on the same items
 * and paired item by item. A base known only from a restored report pairs with that report's
 * original when it scored the same file (same sha256), else the comparison is skipped, saying why.
 *
 * The stage functions are injectable like the pipeline's own (`ProbeStages`); when the caller's
 * stages have none, the real ones (onnxruntime) are loaded here, lazily.
 */
import type { Plan } from '../config/plan.js';
import type { ProbeResult } from '../eval/probe.js';
import type { EncodedProbe } from '../eval/probeEncode.js';
import type { ProbeSection } from '../report/probeTypes.js';
import type { ModelIdentity } from '../report/types.js';
export interface ProbeStages {
    /** Reads and encodes plan.eval.probe (tokenizer: plan.eval.tokenizer, else the original model's folder). */
    prepareProbe(original: ModelIdentity, plan: Plan): Promise<EncodedProbe>;
    /** Scores the encoded items with one model; the result keeps its per-item outcomes. */
    probe(modelPath: string, plan: Plan, probe: EncodedProbe): Promise<ProbeResult>;
}
/** The real probe stages: src/engine/probe.ts with the plan's eval settings. */
export declare function defaultProbeStages(): Promise<ProbeStages>;
/** Where the base's probe comes from: a base model measured in this run, or a restored report. */
export type ProbeBase = {
    readonly model: ModelIdentity;
} | {
    readonly report: ProbeSection | undefined;
} | null;
export interface ProbeStepInput {
    readonly stages: Partial<ProbeStages>;
    readonly plan: Plan;
    readonly model: ModelIdentity;
    /** The smoothed model written by this run, or null. */
    readonly smoothedPath: string | null;
    readonly base: ProbeBase;
    readonly timed: <T>(name: string, f: () => Promise<T>) => Promise<T>;
    /** Makes onnxruntime available (the pipeline's beforePerplexity, awaited at most once overall). */
    readonly before: () => Promise<void>;
    readonly log: (message: string) => void;
}
/** Runs the probe step; undefined when the plan has no probe file. */
export declare function measureProbes(input: ProbeStepInput): Promise<ProbeSection | undefined>;
