/**
 * Probe items to token requests under lm-evaluation-harness's convention (its `_encode_pair`):
 * whitespace at the end of the prompt moves to the front of the continuation; then
 *   whole = encode(prompt + continuation), context = encode(prompt),
 *   continuation tokens = whole[len(context):],
 * both encoded with the tokenizer's special tokens (e.g. BOS), as the perplexity convention
 * encodes a line. The model is then fed context ++ continuation, exactly as the harness feeds
 * it (not `whole`, which differs when a token merges across the prompt's end).
 *
 * An end-of-sequence token the tokenizer appends to every encoding would end the context and sit
 * inside `whole`; it is dropped from both before the split, so the continuation is the choice's
 * own tokens.
 */
import { WwError } from '../errors.js';
import type { ProbeItem, ProbeSet } from './probeItems.js';

/** What encoding needs of a tokenizer (src/eval/tokenizer.ts TextTokenizer has it). */
export interface ProbeTokenizer {
  /** Ids of a text with the special tokens the tokenizer config asks for. */
  encodeLine(text: string): number[];
  readonly eosId: number | null;
}

/** One scored continuation: the model sees context ++ continuation and scores the continuation. */
export interface ProbeRequest {
  readonly context: readonly number[];
  readonly continuation: readonly number[];
}

/** The first characters of a prompt, shown beside an item that flipped (untrusted: escape it). */
export const PROMPT_EXCERPT_CHARS = 80;

export interface EncodedChoiceItem {
  readonly kind: 'choice';
  readonly line: number;
  readonly excerpt: string;
  readonly answer: number;
  /** Length of each choice in characters (Unicode code points, as Python's len): acc_norm divides by it. */
  readonly choiceChars: readonly number[];
  readonly requests: readonly ProbeRequest[];
}

export interface EncodedExactItem {
  readonly kind: 'exact';
  readonly line: number;
  readonly excerpt: string;
  readonly request: ProbeRequest;
}

export type EncodedItem = EncodedChoiceItem | EncodedExactItem;

export interface EncodedProbe {
  readonly items: readonly EncodedItem[];
  readonly itemsTotal: number;
  readonly source: string;
  readonly sha256: string;
}

/** Harness `_encode_pair`: trailing whitespace of the context belongs to the continuation. */
export function moveTrailingSpace(prompt: string, continuation: string): [string, string] {
  const kept = prompt.replace(/\s+$/u, '');
  return [kept, prompt.slice(kept.length) + continuation];
}

/** Code points, as Python's `len(str)` counts them. */
export function charLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Encodes items; throws PROBE_INVALID naming the line when a continuation has no token of its own. */
export function encodeProbe(set: ProbeSet, tokenizer: ProbeTokenizer): EncodedProbe {
  const probeIds = tokenizer.encodeLine('a');
  const appendsEos = tokenizer.eosId !== null && probeIds.length > 1 && probeIds[probeIds.length - 1] === tokenizer.eosId;
  const encode = (text: string): number[] => {
    const ids = tokenizer.encodeLine(text);
    if (appendsEos && ids[ids.length - 1] === tokenizer.eosId) ids.pop();
    return ids;
  };
  const pair = (item: ProbeItem, continuation: string, what: string): ProbeRequest => {
    const [ctxText, contText] = moveTrailingSpace(item.prompt, continuation);
    const context = encode(ctxText);
    const whole = encode(ctxText + contText);
    const cont = whole.slice(context.length);
    const where = `${set.source} line ${item.line}`;
    if (context.length === 0) {
      throw new WwError('PROBE_INVALID', `${where}: the prompt encodes to no token and the tokenizer adds no BOS, so the first token of ${what} has nothing to be predicted from`, { file: set.source, line: item.line });
    }
    if (cont.length === 0) {
      throw new WwError(
        'PROBE_INVALID',
        `${where}: ${what} adds no token after the prompt's ${context.length} (prompt + it encodes to ${whole.length} tokens); start it with a space or change the prompt`,
        { file: set.source, line: item.line },
      );
    }
    return { context, continuation: cont };
  };
  const items = set.items.map((item): EncodedItem =>
    item.kind === 'choice'
      ? {
          kind: 'choice',
          line: item.line,
          excerpt: item.prompt.slice(0, PROMPT_EXCERPT_CHARS),
          answer: item.answer,
          choiceChars: item.choices.map(charLength),
          requests: item.choices.map((c, i) => pair(item, c, `choice ${i} ${JSON.stringify(c.slice(0, 40))}`)),
        }
      : { kind: 'exact', line: item.line, excerpt: item.prompt.slice(0, PROMPT_EXCERPT_CHARS), request: pair(item, item.target, 'the target') },
  );
  return { items, itemsTotal: set.itemsTotal, source: set.source, sha256: set.sha256 };
}
