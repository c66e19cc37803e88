import type { DenseLayer } from '../model/types.js';
import { type ProbeScores } from './probe.js';
import type { EncodedProbe } from './probeEncode.js';
import type { DeviceRequest, EvalWindow } from './types.js';
/** Values of one fed weight in its stored layout and dtype (float16: raw half bits). */
export type WeightValues = Float32Array | Float64Array | Uint16Array;
export interface CandidateSessionRequest {
    readonly modelPath: string;
    /** The weights that become feeds (float32, float16 or float64 storage). */
    readonly layers: readonly DenseLayer[];
    readonly tokens: readonly number[];
    readonly context: number;
    readonly stride: number;
    readonly maxTokens: number;
    /** 0: chosen from the context and the vocabulary (as a plain evaluation does). */
    readonly batchSize: number;
    readonly device: DeviceRequest;
    readonly threads?: number;
}
export interface Measurement {
    readonly perplexity: number;
    readonly nllSum: number;
    readonly tokensScored: number;
    readonly seconds: number;
}
export interface CandidateSession {
    /** Windows of the whole text under the convention (what a full measurement scores). */
    readonly windows: readonly EvalWindow[];
    readonly tokensScored: number;
    readonly deviceNote: string;
    /** Perplexity with `weights` fed (every layer of the request must be given), on `windows` (default all). */
    measure(weights: ReadonlyMap<string, WeightValues>, windows?: readonly EvalWindow[]): Promise<Measurement>;
    /** Probe items scored with `weights` fed (sequences of at most the request's context). */
    scoreProbe(weights: ReadonlyMap<string, WeightValues>, probe: EncodedProbe): Promise<ProbeScores>;
    readonly vocabSize: number;
    release(): Promise<void>;
}
export declare function openCandidateSession(req: CandidateSessionRequest): Promise<CandidateSession>;
