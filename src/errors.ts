/**
 * One error type for the whole engine. Every failure a user can cause carries a stable `code`
 * (so tests and callers branch on it, not on message text) and a message that names the file,
 * the tensor or the key involved and what was expected. The CLI and the action print
 * `error[CODE]: message` and exit non-zero; they never print a stack for a WwError.
 */
export type WwErrorCode =
  // model readers
  | 'MODEL_NOT_FOUND'
  | 'MODEL_FORMAT' // not ONNX / not safetensors / unknown extension
  | 'MODEL_TRUNCATED'
  | 'MODEL_CORRUPT' // protobuf / header does not parse
  | 'EXTERNAL_DATA_MISSING'
  | 'EXTERNAL_DATA_SHORT'
  | 'PATH_ESCAPE' // a path resolves outside the folder it must stay in
  | 'SPECIAL_FILE' // a FIFO, device or socket where a regular file is expected
  | 'UNSUPPORTED_DTYPE'
  | 'TENSOR_NOT_FOUND'
  | 'TENSOR_TOO_LARGE' // a matrix past what one typed array holds (src/model/limits.ts)
  | 'MODEL_TOO_LARGE' // a graph past what the reader holds: nodes, a tensor's dims (src/model/onnx.ts)
  | 'NON_FINITE' // NaN / Inf in a weight
  | 'NO_DENSE_LAYERS' // layer discovery found nothing to analyse (src/model/census.ts)
  // numeric
  | 'LINALG'
  // smoothing
  | 'SELECTION_EMPTY'
  | 'RANK_OUT_OF_RANGE'
  | 'NOT_DENSE'
  | 'OUTPUT_IS_INPUT'
  // evaluation
  | 'TOKENIZER_MISSING'
  | 'TOKENIZER_MISMATCH'
  | 'EVAL_TEXT_EMPTY'
  | 'EVAL_TEXT_INVALID' // missing, a folder, binary (NUL bytes) or not UTF-8
  | 'EVAL_INPUT_UNSUPPORTED'
  | 'CONTEXT_TOO_LONG'
  | 'SESSION'
  | 'RUNTIME_MISSING' // onnxruntime-node not found / not loadable for this platform (src/runtime/ort.ts)
  | 'PROBE_INVALID' // a probe items file (JSONL) that does not follow the format; names the line
  // config, action, io
  | 'CONFIG_INVALID'
  | 'CONFIG_NOT_FOUND'
  | 'INPUT_INVALID'
  | 'DOWNLOAD'
  | 'HASH_MISMATCH'
  | 'SHARD'
  | 'OUTPUT_BUSY' // output-dir is claimed by another run that is still going
  | 'TIMEOUT'
  | 'IO';

export class WwError extends Error {
  readonly code: WwErrorCode;
  /** Extra structured facts (file, tensor, key, expected, received) for the JSON report. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: WwErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WwError';
    this.code = code;
    this.details = details;
  }

  static is(err: unknown, code?: WwErrorCode): err is WwError {
    return err instanceof WwError && (code === undefined || err.code === code);
  }
}

/** Renders any thrown value for a human: `error[CODE]: message` for ours, the message for others. */
export function formatError(err: unknown): string {
  if (err instanceof WwError) return `error[${err.code}]: ${err.message}`;
  if (err instanceof Error) return `error: ${err.message}`;
  return `error: ${String(err)}`;
}
