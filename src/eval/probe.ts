/**
 * Scores encoded probe items with a model (README "Task probes"):
 *   multiple choice: score(choice) = sum over its continuation tokens of log p(token | tokens before),
 *     acc = [argmax score == answer], acc_norm = [argmax score / characters(choice) == answer]
 *     (argmax takes the first of equal maxima, as numpy does);
 *   exact match: the greedy continuation equals the target's tokens, i.e. at every target position
 *     the argmax of the logits is the target token (one teacher-forced pass decides what greedy
 *     decoding would produce token by token).
 * Sequences longer than the model's context keep their last tokens (as the harness truncates);
 * a continuation that alone exceeds it is PROBE_INVALID. Sequences run longest first in batches,
 * right-padded (mask 0) to the longest of the batch: a causal model's logits at real positions
 * do not see the padding, so a batch scores as its sequences do one by one.
 *
 * The model is reached through `WindowRunner` (src/eval/perplexity.ts), as for perplexity.
 */
import { WwError } from '../errors.js';
import { float16ToNumber } from '../model/dtype.js';
import { nllOfRow, type LogitsBlock, type WindowRunner } from './perplexity.js';
import type { EncodedProbe, ProbeRequest } from './probeEncode.js';
import { wilsonInterval, type Interval } from './probeStats.js';

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
export function sequenceOf(req: ProbeRequest, maxLength: number, where: string): ProbeSequence {
  const all = [...req.context, ...req.continuation];
  if (req.continuation.length > maxLength) {
    throw new WwError('PROBE_INVALID', `${where}: its continuation has ${req.continuation.length} tokens; at most ${maxLength} (the context) can be scored`, {
      continuation: req.continuation.length,
      context: maxLength,
    });
  }
  const start = Math.max(0, all.length - 1 - maxLength);
  return { tokens: all.slice(start), from: req.context.length - start };
}

/** Logits row at `offset` as float64 numbers in `out`. */
function readRow(block: LogitsBlock, offset: number, out: Float64Array): Float64Array {
  const data = block.data;
  const vocab = out.length;
  if (block.type === 'float16' && data instanceof Uint16Array) for (let j = 0; j < vocab; j++) out[j] = float16ToNumber(data[offset + j]!);
  else for (let j = 0; j < vocab; j++) out[j] = data[offset + j]!;
  return out;
}

/** First index of the maximum (numpy argmax); NaN never wins. */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]! || Number.isNaN(values[best]!)) best = i;
  return best;
}

/** Scores sequences, longest first, `batchSize` per model call. Results are in input order. */
export async function scoreSequences(seqs: readonly ProbeSequence[], runner: WindowRunner, batchSize: number): Promise<SequenceScore[]> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new WwError('INPUT_INVALID', `batchSize must be an integer >= 1, got ${batchSize}`, { batchSize });
  const vocab = runner.vocabSize;
  const order = seqs.map((_, i) => i).sort((a, b) => seqs[b]!.tokens.length - seqs[a]!.tokens.length || a - b);
  const out = new Array<SequenceScore>(seqs.length);
  const row = new Float64Array(vocab);
  for (let at = 0; at < order.length; at += batchSize) {
    const batch = order.slice(at, at + batchSize);
    const length = seqs[batch[0]!]!.tokens.length - 1;
    const rows = batch.map((i) => Int32Array.from(seqs[i]!.tokens.slice(0, -1)));
    const block = await runner.run(rows, length);
    const [b, s, v] = block.dims;
    if (block.dims.length !== 3 || b === undefined || b < rows.length || s === undefined || s < length || v !== vocab) {
      throw new WwError('EVAL_INPUT_UNSUPPORTED', `logits came back with shape ${JSON.stringify(block.dims)}; expected [${rows.length}, ${length}, ${vocab}]`, { dims: block.dims });
    }
    batch.forEach((i, r) => {
      const seq = seqs[i]!;
      let logprob = 0;
      let greedy = true;
      for (let p = seq.from; p < seq.tokens.length; p++) {
        const logits = readRow(block, (r * s + p - 1) * vocab, row);
        const target = seq.tokens[p]!;
        const nll = nllOfRow(logits, target);
        if (Number.isNaN(nll)) throw new WwError('NON_FINITE', `the model's logits are not usable (NaN, +Infinity, or -Infinity throughout) at position ${p - 1} of a probe sequence`, { position: p - 1 });
        logprob -= nll;
        if (argmax(logits) !== target) greedy = false;
      }
      out[i] = { logprob, greedy };
    });
  }
  return out;
}

/** Scores every item of `probe`: choices and targets become sequences, the sequences run in batches. */
export async function scoreProbe(probe: EncodedProbe, runner: WindowRunner, options: { maxLength: number; batchSize: number }): Promise<ProbeScores> {
  const started = performance.now();
  const seqs: ProbeSequence[] = [];
  const where = (line: number): string => `${probe.source} line ${line}`;
  for (const item of probe.items) {
    const requests = item.kind === 'choice' ? item.requests : [item.request];
    for (const req of requests) seqs.push(sequenceOf(req, options.maxLength, where(item.line)));
  }
  const scores = await scoreSequences(seqs, runner, options.batchSize);
  let next = 0;
  const perItem = probe.items.map((item): ProbeItemResult => {
    if (item.kind === 'exact') {
      const s = scores[next++]!;
      return { line: item.line, excerpt: item.excerpt, kind: 'exact', correct: s.greedy, correctNorm: null, predicted: null, predictedNorm: null, scores: [s.logprob] };
    }
    const own = scores.slice(next, next + item.requests.length).map((s) => s.logprob);
    next += item.requests.length;
    const predicted = argmax(own);
    const predictedNorm = argmax(own.map((s, i) => s / item.choiceChars[i]!));
    return { line: item.line, excerpt: item.excerpt, kind: 'choice', correct: predicted === item.answer, correctNorm: predictedNorm === item.answer, predicted, predictedNorm, scores: own };
  });
  const tokensScored = seqs.reduce((n, s) => n + s.tokens.length - s.from, 0);
  return { perItem, sequences: seqs.length, tokensScored, seconds: (performance.now() - started) / 1000 };
}

/** The summary figures of scored items (fractions, Wilson interval). */
export function summarizeProbe(perItem: readonly ProbeItemResult[]): Pick<ProbeResult, 'items' | 'choiceItems' | 'exactItems' | 'acc' | 'acc_norm' | 'exactMatch' | 'accuracy' | 'correct' | 'interval'> {
  const choice = perItem.filter((r) => r.kind === 'choice');
  const exact = perItem.filter((r) => r.kind === 'exact');
  const frac = (n: number, d: number): number | null => (d === 0 ? null : n / d);
  const correct = perItem.filter((r) => r.correct).length;
  return {
    items: perItem.length,
    choiceItems: choice.length,
    exactItems: exact.length,
    acc: frac(choice.filter((r) => r.correct).length, choice.length),
    acc_norm: frac(choice.filter((r) => r.correctNorm === true).length, choice.length),
    exactMatch: frac(exact.filter((r) => r.correct).length, exact.length),
    accuracy: correct / perItem.length,
    correct,
    interval: wilsonInterval(correct, perItem.length),
  };
}
