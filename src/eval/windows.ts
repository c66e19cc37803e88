/**
 * Window planning for the perplexity convention (README "Perplexity convention"), as a pure
 * function so the rule can be tested apart from any model.
 *
 * Windows start at 0, stride, 2*stride, ... and hold `context` tokens (the last one fewer when the
 * text ends). Each window scores only positions no earlier window scored; a position p is scored
 * from the logits at p - 1, so the first token of a window is never scored by that window, and the
 * first token of the text is never scored at all. With stride = context (the default) every window
 * therefore loses its first token; with stride < context only position 0 goes unscored.
 */
import { WwError } from '../errors.js';
import type { EvalWindow } from './types.js';

export interface WindowPlan {
  readonly windows: readonly EvalWindow[];
  /** Sum of (end - scoreFrom) over the windows. */
  readonly tokensScored: number;
}

function requireInteger(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new WwError('INPUT_INVALID', `${name} must be an integer >= ${min}, got ${value}`, { [name]: value });
  }
}

/**
 * Plans the windows over `nTokens` tokens. `maxTokens` > 0 stops once that many tokens are scored
 * (the last window is cut short so exactly `maxTokens` are scored when the text has that many).
 */
export function planWindows(nTokens: number, context: number, stride: number, maxTokens = 0): WindowPlan {
  requireInteger('nTokens', nTokens, 0);
  requireInteger('context', context, 2);
  requireInteger('stride', stride, 1);
  requireInteger('maxTokens', maxTokens, 0);
  if (stride > context) {
    // Tokens between windows would never be scored: not a perplexity of the text.
    throw new WwError('INPUT_INVALID', `stride (${stride}) must not exceed context (${context})`, { stride, context });
  }
  const windows: EvalWindow[] = [];
  let scored = 0;
  let prevEnd = 0;
  for (let start = 0; start < nTokens; start += stride) {
    let end = Math.min(start + context, nTokens);
    const scoreFrom = Math.max(prevEnd, start + 1);
    if (scoreFrom < end) {
      if (maxTokens > 0 && scored + (end - scoreFrom) >= maxTokens) {
        end = scoreFrom + (maxTokens - scored);
        windows.push({ start, end, scoreFrom });
        scored = maxTokens;
        break;
      }
      windows.push({ start, end, scoreFrom });
      scored += end - scoreFrom;
    }
    prevEnd = Math.max(prevEnd, end);
    if (end >= nTokens) break;
  }
  return { windows, tokensScored: scored };
}

/**
 * How many tokens of a text the windows can use at most when `maxTokens` (> 0) are to be scored:
 * the end of the last window planned over an unbounded text. Tokenization stops there, so a huge
 * eval text costs no more than the part that is scored. Without a known context (the model
 * picks it later) the bound for the smallest context, 2, is used: 2 * maxTokens + 1. 0: no limit.
 */
export function tokensNeeded(maxTokens: number, context?: number, stride?: number): number {
  if (!(maxTokens > 0)) return Infinity;
  if (context === undefined) return 2 * maxTokens + 1;
  const s = stride ?? context;
  const plan = planWindows(2 * maxTokens + context + 1, context, s, maxTokens);
  return plan.windows.length === 0 ? 0 : plan.windows[plan.windows.length - 1]!.end;
}

/**
 * Groups consecutive windows of equal length into batches of at most `batchSize`, so one model
 * call runs several windows; a final short window runs alone.
 */
export function batchWindows(windows: readonly EvalWindow[], batchSize: number): EvalWindow[][] {
  requireInteger('batchSize', batchSize, 1);
  const batches: EvalWindow[][] = [];
  let current: EvalWindow[] = [];
  for (const w of windows) {
    const first = current[0];
    if (first !== undefined && (first.end - first.start !== w.end - w.start || current.length >= batchSize)) {
      batches.push(current);
      current = [];
    }
    current.push(w);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Bound on one batch's logits (bytes) when the batch size is left to us. */
const AUTO_BATCH_LOGITS_BYTES = 64 * 1024 * 1024;
const AUTO_BATCH_MAX = 16;

/** Windows per model call when the user leaves it open: at most 16, logits of one call under 64 MiB. */
export function autoBatchSize(context: number, vocab: number): number {
  return Math.max(1, Math.min(AUTO_BATCH_MAX, Math.floor(AUTO_BATCH_LOGITS_BYTES / (context * vocab * 4))));
}
