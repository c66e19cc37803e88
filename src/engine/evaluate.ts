/**
 * Perplexity of one model, or of two models on the same tokens, as the CLI and the action call it.
 * Order matters for the error contract: the session and its signature come first (cheap), then
 * the context limit, the vocabulary and the tokens are checked, and only then does a window run.
 */
import { dirname, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { scoreTokens } from '../eval/perplexity.js';
import { createRunner, resolveVocabSize } from '../eval/runner.js';
import { openSession, type SessionRequest } from '../eval/session.js';
import { checkContext, sessionSignature } from '../eval/signature.js';
import { checkIdsInVocab, loadTokenizer, readIdsFile, tokenizeText } from '../eval/tokenizer.js';
import type { Delta, EvalOptions, PerplexityResult, ProgressCallback } from '../eval/types.js';
import { DEFAULT_CONTEXT, DEFAULT_MAX_TOKENS } from '../eval/convention.js';
import { autoBatchSize, tokensNeeded } from '../eval/windows.js';
import { perplexityDelta } from '../eval/bootstrap.js';
import { readEvalText } from '../eval/text.js';

export interface EvalInput {
  /** Evaluation text (raw; the convention splits and trims it). */
  text?: string;
  /** Path of a text file (read as UTF-8) instead of `text`. */
  textFile?: string;
  /** Pre-tokenised ids instead of text. */
  ids?: ArrayLike<number>;
  /** Path of a JSON array / .npy of ids instead of `ids`. */
  idsFile?: string;
  /** Folder with tokenizer.json (default: the model's folder). */
  tokenizerDir?: string;
  /** Ids the windows can use at most (src/eval/windows.ts tokensNeeded); tokenizing stops there. */
  tokenLimit?: number;
}

export interface EvaluateRequest extends EvalInput {
  modelPath: string;
  /** Unset fields take defaults: context = min(model limit, 1024), stride = context, device auto, ... */
  options?: Partial<EvalOptions>;
  onProgress?: ProgressCallback;
}

export interface CompareRequest extends EvalInput {
  /** The reference (e.g. original or base) model. */
  modelA: string;
  /** The candidate (e.g. smoothed or head) model. */
  modelB: string;
  options?: Partial<EvalOptions>;
  /** Called with which model (a or b) is running. */
  onProgress?: (which: 'a' | 'b', progress: Parameters<ProgressCallback>[0]) => void;
}

export interface PerplexityComparison {
  a: PerplexityResult;
  b: PerplexityResult;
  /** Perplexity of b relative to a: absolute = b - a, relative = (b - a) / a. */
  delta: Delta;
}

/** Tokens of the request: ids as given, or the text encoded under the convention. */
export async function prepareTokens(input: EvalInput, modelPath: string): Promise<{ tokens: number[]; source: string }> {
  const given = [input.text, input.textFile, input.ids, input.idsFile].filter((x) => x !== undefined).length;
  if (given !== 1) {
    throw new WwError('INPUT_INVALID', `give exactly one of text, text file, ids or ids file (got ${given})`, {});
  }
  if (input.idsFile !== undefined) return { tokens: readIdsFile(input.idsFile), source: input.idsFile };
  if (input.ids !== undefined) {
    const tokens = Array.from(input.ids);
    if (tokens.length === 0) throw new WwError('EVAL_TEXT_EMPTY', 'the id list is empty', {});
    tokens.forEach((id, i) => {
      if (!Number.isInteger(id) || id < 0) throw new WwError('INPUT_INVALID', `token id ${id} at position ${i} is not a non-negative integer`, { position: i });
    });
    return { tokens, source: 'ids' };
  }
  let text: string;
  let source: string;
  if (input.textFile !== undefined) {
    text = readEvalText(input.textFile);
    source = input.textFile;
  } else {
    text = input.text!;
    source = 'text';
  }
  const tokenizer = await loadTokenizer(input.tokenizerDir ?? dirname(resolve(modelPath)));
  return { tokens: tokenizeText(text, tokenizer, source, input.tokenLimit ?? Infinity), source: `${source} (tokenizer ${tokenizer.source})` };
}

/** Session options of an evaluation: perplexity and probes open their sessions alike. */
export function sessionRequestOf(options: Partial<EvalOptions>): SessionRequest {
  return {
    device: options.device ?? 'auto',
    threads: options.threads ?? 0,
    graphOptimizationLevel: options.graphOptimizationLevel ?? 'all',
  };
}

/** One implementation (src/eval/windows.ts); re-exported for the evaluators here. */
export { autoBatchSize };

/** Perplexity of a model on already prepared tokens. */
export async function evaluateTokens(
  modelPath: string,
  tokens: readonly number[],
  tokenSource: string,
  options: Partial<EvalOptions> = {},
  onProgress?: ProgressCallback,
): Promise<PerplexityResult> {
  const evalSession = await openSession(modelPath, sessionRequestOf(options));
  try {
    const signature = await sessionSignature(evalSession.session, evalSession.modelPath);
    const context = options.context ?? Math.min(DEFAULT_CONTEXT, signature.maxContext?.tokens ?? DEFAULT_CONTEXT);
    const stride = options.stride ?? context;
    checkContext(signature, context, evalSession.modelPath);
    const vocabSize = await resolveVocabSize(evalSession, signature);
    checkIdsInVocab(tokens, vocabSize, tokenSource);
    const batchSize = signature.fixedBatch ?? (options.batchSize !== undefined && options.batchSize > 0 ? options.batchSize : autoBatchSize(context, vocabSize));
    const runner = createRunner(evalSession, signature, vocabSize);
    const scored = await scoreTokens(tokens, runner, { context, stride, maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS, batchSize }, onProgress);
    const meanNll = scored.nllSum / scored.tokensScored;
    return {
      perplexity: Math.exp(meanNll),
      meanNll,
      tokensScored: scored.tokensScored,
      windows: scored.windows,
      seconds: scored.seconds,
      tokensPerSecond: scored.seconds > 0 ? scored.tokensScored / scored.seconds : 0,
      device: evalSession.device,
      deviceNote: evalSession.deviceNote,
      tokensTotal: tokens.length,
      context,
      stride,
      vocabSize,
      model: evalSession.modelPath,
      windowScores: scored.windowScores,
    };
  } finally {
    await evalSession.session.release();
  }
}

/** The ids the windows can use under these options (the context may still be the model's choice). */
function limitOf(options: Partial<EvalOptions> | undefined): number {
  return tokensNeeded(options?.maxTokens ?? DEFAULT_MAX_TOKENS, options?.context, options?.stride);
}

/** Perplexity of one model on a text (tokenised with its tokenizer.json) or on given ids. */
export async function evaluatePerplexity(req: EvaluateRequest): Promise<PerplexityResult> {
  const { tokens, source } = await prepareTokens({ tokenLimit: limitOf(req.options), ...req }, req.modelPath);
  return evaluateTokens(req.modelPath, tokens, source, req.options, req.onProgress);
}

/** b's perplexity against a's, with the paired bootstrap interval (both ran on the same windows). */
export function comparePerplexity(a: PerplexityResult, b: PerplexityResult): PerplexityComparison {
  return { a, b, delta: perplexityDelta(a, b) };
}

/**
 * Both models on the same tokens (tokenised once, with the tokenizer of `tokenizerDir` or of
 * model A's folder: a smoothed copy written elsewhere need not carry its own tokenizer).
 */
export async function evaluateComparison(req: CompareRequest): Promise<PerplexityComparison> {
  const { tokens, source } = await prepareTokens({ tokenLimit: limitOf(req.options), ...req }, req.modelA);
  const a = await evaluateTokens(req.modelA, tokens, source, req.options, req.onProgress && ((p) => req.onProgress!('a', p)));
  // Same context for both, even when only a's limit chose it.
  const options = { ...req.options, context: a.context, stride: a.stride };
  const b = await evaluateTokens(req.modelB, tokens, source, options, req.onProgress && ((p) => req.onProgress!('b', p)));
  return comparePerplexity(a, b);
}
