import { type ProbeResult } from '../eval/probe.js';
import { type EncodedProbe } from '../eval/probeEncode.js';
import type { EvalOptions } from '../eval/types.js';
export interface ProbeFileRequest {
    readonly probeFile: string;
    /** Folder with tokenizer.json (default: the model's folder). */
    readonly tokenizerDir?: string;
    /** Items scored (default PROBE_LIMITS.defaultMaxItems). */
    readonly maxItems?: number;
}
/** Reads, checks and encodes a probe file with the model's (or the given) tokenizer. */
export declare function prepareProbe(req: ProbeFileRequest, modelPath: string): Promise<EncodedProbe>;
/** Every token id of the encoded items (for the vocabulary check). */
export declare function allIds(probe: EncodedProbe): number[];
/**
 * Scores encoded items with one model. `perItem` keeps each item's outcome and scores in the
 * result (the pipeline pairs models item by item; the CLI prints them on request).
 */
export declare function evaluateProbeItems(modelPath: string, probe: EncodedProbe, options?: Partial<EvalOptions>, perItem?: boolean): Promise<ProbeResult>;
/** Reads a probe file and scores it with one model. */
export declare function evaluateProbe(req: ProbeFileRequest & {
    modelPath: string;
    options?: Partial<EvalOptions>;
    perItem?: boolean;
}): Promise<ProbeResult>;
