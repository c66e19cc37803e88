/**
 * Probe items (README "Task probes"): a JSONL file, one JSON object per line, each either
 *   multiple choice  {"prompt": "...", "choices": [" a", " b", ...], "answer": i}
 *   exact match      {"prompt": "...", "target": "..."}
 * as lm-evaluation-harness writes its multiple-choice and greedy-until tasks. Blank lines are
 * skipped. The file comes from a pull request, so it is hostile: its size, its line length, the
 * number of choices and the number of items read are bounded, and every error names the line.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { WwError } from '../errors.js';

export interface ChoiceItem {
  readonly kind: 'choice';
  /** 1-based line of the file. */
  readonly line: number;
  readonly prompt: string;
  readonly choices: readonly string[];
  readonly answer: number;
}

export interface ExactItem {
  readonly kind: 'exact';
  readonly line: number;
  readonly prompt: string;
  readonly target: string;
}

export type ProbeItem = ChoiceItem | ExactItem;

export interface ProbeSet {
  readonly items: readonly ProbeItem[];
  /** Items in the file; `items` holds the first `maxItems` of them. */
  readonly itemsTotal: number;
  /** The file (or 'items') the set came from. */
  readonly source: string;
  /** sha256 of the file's text (UTF-8): two runs compare item by item only on the same set. */
  readonly sha256: string;
}

export const PROBE_LIMITS = {
  /** Largest probe file read. */
  maxBytes: 16 * 1024 * 1024,
  /** Longest line (UTF-16 code units). */
  maxLineChars: 64 * 1024,
  maxChoices: 32,
  /** Items scored when the caller does not say (the rest of the file is counted, not scored). */
  defaultMaxItems: 1000,
} as const;

const CHOICE_KEYS = new Set(['prompt', 'choices', 'answer']);
const EXACT_KEYS = new Set(['prompt', 'target']);

function invalid(source: string, line: number, why: string): WwError {
  return new WwError('PROBE_INVALID', `${source} line ${line}: ${why}`, { file: source, line });
}

/** One line's object as a checked item. `id` is free metadata and is ignored. */
function toItem(value: unknown, source: string, line: number): ProbeItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(source, line, `expected a JSON object {"prompt", "choices", "answer"} or {"prompt", "target"}, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => k !== 'id');
  const prompt = obj['prompt'];
  if (typeof prompt !== 'string') throw invalid(source, line, `"prompt" must be a string, got ${prompt === undefined ? 'nothing' : JSON.stringify(prompt)}`);
  if ('target' in obj) {
    const unknown = keys.filter((k) => !EXACT_KEYS.has(k));
    if (unknown.length > 0) throw invalid(source, line, `unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')} in an exact-match item (allowed: prompt, target, id)`);
    const target = obj['target'];
    if (typeof target !== 'string' || target.length === 0) throw invalid(source, line, `"target" must be a non-empty string, got ${JSON.stringify(target)}`);
    return { kind: 'exact', line, prompt, target };
  }
  const unknown = keys.filter((k) => !CHOICE_KEYS.has(k));
  if (unknown.length > 0) throw invalid(source, line, `unknown key(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')} (allowed: prompt, choices, answer, id; or prompt, target, id)`);
  const choices = obj['choices'];
  if (!Array.isArray(choices)) throw invalid(source, line, `"choices" must be an array of strings (or give "target" for an exact-match item), got ${choices === undefined ? 'nothing' : JSON.stringify(choices)}`);
  if (choices.length < 2 || choices.length > PROBE_LIMITS.maxChoices) {
    throw invalid(source, line, `"choices" has ${choices.length} entr${choices.length === 1 ? 'y' : 'ies'}; expected 2 to ${PROBE_LIMITS.maxChoices}`);
  }
  choices.forEach((c, i) => {
    if (typeof c !== 'string' || c.length === 0) throw invalid(source, line, `choice ${i} must be a non-empty string, got ${JSON.stringify(c)}`);
  });
  const answer = obj['answer'];
  if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 0 || answer >= choices.length) {
    throw invalid(source, line, `"answer" must be the index (0 to ${choices.length - 1}) of the right choice, got ${JSON.stringify(answer)}`);
  }
  return { kind: 'choice', line, prompt, choices: choices as string[], answer };
}

/** Parses JSONL text into items; the first `maxItems` are kept, every line is still checked. */
export function parseProbeItems(text: string, source = 'items', maxItems: number = PROBE_LIMITS.defaultMaxItems): ProbeSet {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new WwError('INPUT_INVALID', `maxItems must be an integer >= 1, got ${maxItems}`, { maxItems });
  const items: ProbeItem[] = [];
  let total = 0;
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (body.trim() === '') return;
    if (body.length > PROBE_LIMITS.maxLineChars) throw invalid(source, line, `${body.length} characters; a probe line may hold at most ${PROBE_LIMITS.maxLineChars}`);
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (err) {
      throw invalid(source, line, `not valid JSON: ${(err as Error).message}`);
    }
    const item = toItem(value, source, line);
    total++;
    if (items.length < maxItems) items.push(item);
  });
  if (total === 0) throw new WwError('PROBE_INVALID', `${source} holds no probe item (expected one JSON object per line)`, { file: source });
  return { items, itemsTotal: total, source, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Reads and parses a probe file (bounded in size before it is read). */
export function readProbeFile(path: string, maxItems?: number): ProbeSet {
  if (!existsSync(path) || !statSync(path).isFile()) throw new WwError('PROBE_INVALID', `probe file ${path} not found (or not a regular file)`, { file: path });
  const bytes = statSync(path).size;
  if (bytes > PROBE_LIMITS.maxBytes) {
    throw new WwError('PROBE_INVALID', `probe file ${path} has ${bytes} bytes; at most ${PROBE_LIMITS.maxBytes} are read`, { file: path, bytes });
  }
  return parseProbeItems(readFileSync(path, 'utf8'), path, maxItems);
}
