/**
 * Binds an onnxruntime session and its signature into the `WindowRunner` that perplexity.ts
 * drives: builds the feeds for a batch of windows, fetches only the logits output (present-KV
 * outputs are never copied back) and hands the raw logits over.
 */
import type * as ort from 'onnxruntime-node';
import type { WindowRunner } from './perplexity.js';
import type { EvalSession } from './session.js';
import { type ModelSignature } from './signature.js';
/** Feeds beyond the decoder's own (the search's weight inputs, src/eval/candidateSession.ts). */
export type ExtraFeeds = Readonly<Record<string, ort.Tensor>>;
/**
 * The vocabulary size: the logits' last dim from the graph, or from a two-token probe run when the
 * graph leaves it symbolic. Either way no evaluation window has run yet.
 */
export declare function resolveVocabSize(evalSession: EvalSession, signature: ModelSignature, extra?: ExtraFeeds): Promise<number>;
export declare function createRunner(evalSession: EvalSession, signature: ModelSignature, vocabSize: number, extra?: ExtraFeeds): WindowRunner;
