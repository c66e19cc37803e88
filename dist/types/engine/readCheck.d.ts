/**
 * The run's check of a model before its first stage: everything the header says about the reads
 * the stages will make, found in seconds instead of when the analysis or the smoothing reaches
 * the layer after minutes of work on the others. The model is opened (structure scanned, external
 * data files checked to exist and be long enough, dense layers found), the layers the analysis will
 * read are checked (stored lengths against dims and type, types decodable: src/engine/analyze.ts
 * `analysisReads`), and for the model that is smoothed the smoothing plan is built (rules, the
 * selection with smooth.layers / exclude / overrides, every selected matrix small enough to read
 * whole: TENSOR_TOO_LARGE naming it) and its layers checked the same way. No weight is read.
 */
import type { Plan } from '../config/plan.js';
export interface ReadCheckOptions {
    /** The smoothing plan is checked too (the model the run smooths; not a base model). */
    readonly smoothed: boolean;
    /** The analysis reads only these layers (a shard job's share). */
    readonly only?: readonly string[];
}
/** Throws the WwError the first stage to read a weight of `file` would throw, from the header alone. */
export declare function checkModelReads(file: string, plan: Plan, opts: ReadCheckOptions): Promise<void>;
