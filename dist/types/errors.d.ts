/**
 * One error type for the whole engine. Every failure a user can cause carries a stable `code`
 * (so tests and callers branch on it, not on message text) and a message that names the file,
 * the tensor or the key involved and what was expected. The CLI and the action print
 * `error[CODE]: message` and exit non-zero; they never print a stack for a WwError.
 */
export type WwErrorCode = 'MODEL_NOT_FOUND' | 'MODEL_FORMAT' | 'MODEL_TRUNCATED' | 'MODEL_CORRUPT' | 'EXTERNAL_DATA_MISSING' | 'EXTERNAL_DATA_SHORT' | 'PATH_ESCAPE' | 'SPECIAL_FILE' | 'UNSUPPORTED_DTYPE' | 'TENSOR_NOT_FOUND' | 'TENSOR_TOO_LARGE' | 'MODEL_TOO_LARGE' | 'NON_FINITE' | 'NO_DENSE_LAYERS' | 'LINALG' | 'SELECTION_EMPTY' | 'RANK_OUT_OF_RANGE' | 'NOT_DENSE' | 'OUTPUT_IS_INPUT' | 'TOKENIZER_MISSING' | 'TOKENIZER_MISMATCH' | 'EVAL_TEXT_EMPTY' | 'EVAL_TEXT_INVALID' | 'EVAL_INPUT_UNSUPPORTED' | 'CONTEXT_TOO_LONG' | 'SESSION' | 'RUNTIME_MISSING' | 'PROBE_INVALID' | 'CONFIG_INVALID' | 'CONFIG_NOT_FOUND' | 'INPUT_INVALID' | 'DOWNLOAD' | 'HASH_MISMATCH' | 'SHARD' | 'OUTPUT_BUSY' | 'TIMEOUT' | 'IO';
export declare class WwError extends Error {
    readonly code: WwErrorCode;
    /** Extra structured facts (file, tensor, key, expected, received) for the JSON report. */
    readonly details: Readonly<Record<string, unknown>>;
    constructor(code: WwErrorCode, message: string, details?: Record<string, unknown>, options?: {
        cause?: unknown;
    });
    static is(err: unknown, code?: WwErrorCode): err is WwError;
}
/** Renders any thrown value for a human: `error[CODE]: message` for ours, the message for others. */
export declare function formatError(err: unknown): string;
