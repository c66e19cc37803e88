import * as ort from 'onnxruntime-node';
export type IdType = 'int64' | 'int32';
export type LogitsType = 'float32' | 'float16' | 'float64';
type Dim = number | string;
/** The tensor facts we use from onnxruntime's `inputMetadata` / `outputMetadata`. */
export interface ValueInfo {
    readonly name: string;
    readonly isTensor: boolean;
    readonly type?: string;
    readonly shape?: readonly Dim[];
}
/** A past-KV dim: a number, the batch, or the (zero) past length. */
type PastDim = number | 'batch' | 'past';
export type PlannedInput = {
    readonly name: string;
    readonly role: 'input_ids';
    readonly type: IdType;
} | {
    readonly name: string;
    readonly role: 'attention_mask' | 'token_type_ids';
    readonly type: 'int64' | 'int32' | 'float32';
} | {
    readonly name: string;
    readonly role: 'position_ids';
    readonly type: IdType;
    readonly rank: 1 | 2;
} | {
    readonly name: string;
    readonly role: 'cache_position';
    readonly type: IdType;
} | {
    readonly name: string;
    readonly role: 'past';
    readonly type: 'float32' | 'float16';
    readonly dims: readonly PastDim[];
} | {
    readonly name: string;
    readonly role: 'use_cache_branch';
    readonly dims: readonly number[];
};
export interface ContextLimit {
    readonly tokens: number;
    /** Where the limit comes from, e.g. `config.json max_position_embeddings`. */
    readonly source: string;
}
export interface ModelSignature {
    readonly inputs: readonly PlannedInput[];
    readonly idsType: IdType;
    readonly logitsName: string;
    readonly logitsType: LogitsType;
    /** Last dim of the logits when the graph states it; null when symbolic (found by a probe run). */
    readonly vocabSize: number | null;
    /** Fixed sequence length of input_ids (windows are right-padded to it), or null. */
    readonly fixedSeqLen: number | null;
    /** Fixed batch dim of input_ids, or null. */
    readonly fixedBatch: number | null;
    readonly maxContext: ContextLimit | null;
}
/** Numbers from config.json / genai_config.json next to the model that the graph may leave symbolic. */
export interface ModelConfigHints {
    readonly numKvHeads: number | null;
    readonly headDim: number | null;
    readonly maxPositions: ContextLimit | null;
    /** Limits stated by the ONNX file itself (metadata, position tables); see contextLimit.ts. */
    readonly graphLimits?: readonly ContextLimit[];
}
/** Reads the hints in `config.json` and `genai_config.json` beside `modelPath`. */
export declare function readModelConfigHints(modelPath: string): ModelConfigHints;
/** Works out the feeds and the logits output of a decoder from its metadata. */
export declare function readSignature(inputs: readonly ValueInfo[], outputs: readonly ValueInfo[], hints: ModelConfigHints): ModelSignature;
/** Reads the signature of an open onnxruntime session (plus the hints beside and inside the file). */
export declare function sessionSignature(session: ort.InferenceSession, modelPath: string): Promise<ModelSignature>;
/** CONTEXT_TOO_LONG when the model states a limit below `context`. */
export declare function checkContext(signature: ModelSignature, context: number, modelPath: string): void;
/**
 * Feeds for one batch of windows (`rows` of token ids, at most `length` long). Rows shorter than
 * `length`, and every row of a model with a fixed sequence length, are right-padded with id 0 and
 * mask 0: a causal model's logits at real positions do not see the padding.
 */
export declare function buildFeeds(signature: ModelSignature, rows: readonly ArrayLike<number>[], length: number): Record<string, ort.Tensor>;
export {};
