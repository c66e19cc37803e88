/**
 * The one table that maps action inputs (and the CLI's same-named flags) onto config-file keys.
 * An empty input means "not given": the config file's value, else the built-in default, applies.
 * Values are converted here (numbers, percent thresholds, `method: rank-fraction:0.1`) with messages
 * that name the input and the value; the merged result is then validated by the JSON Schema.
 */
import { WwError } from '../errors.js';
import type { ConfigFile } from './load.js';
import { parseMethodSpec } from '../smooth/types.js';

type Kind = 'string' | 'integer' | 'number' | 'threshold' | 'list';

interface InputSpec {
  readonly input: string;
  readonly path: readonly string[];
  readonly kind: Kind;
}

/** Inputs that land in the config object. Other inputs (github-token, config, cache, ...) are read by the entries. */
export const CONFIG_INPUTS: readonly InputSpec[] = [
  { input: 'model', path: ['model'], kind: 'string' },
  { input: 'model-sha256', path: ['model-sha256'], kind: 'string' },
  { input: 'base-model', path: ['base-model'], kind: 'string' },
  { input: 'eval-text', path: ['eval', 'text'], kind: 'string' },
  { input: 'tokenizer', path: ['eval', 'tokenizer'], kind: 'string' },
  { input: 'context', path: ['eval', 'context'], kind: 'integer' },
  { input: 'stride', path: ['eval', 'stride'], kind: 'integer' },
  { input: 'max-eval-tokens', path: ['eval', 'max-tokens'], kind: 'integer' },
  { input: 'device', path: ['eval', 'device'], kind: 'string' },
  { input: 'probe', path: ['eval', 'probe'], kind: 'string' },
  { input: 'layers', path: ['smooth', 'layers'], kind: 'list' },
  { input: 'exclude-layers', path: ['smooth', 'exclude'], kind: 'list' },
  { input: 'max-perplexity-increase', path: ['gate', 'perplexity-increase', 'fail'], kind: 'threshold' },
  { input: 'warn-perplexity-increase', path: ['gate', 'perplexity-increase', 'warn'], kind: 'threshold' },
  { input: 'max-base-perplexity-increase', path: ['gate', 'base-perplexity-increase', 'fail'], kind: 'threshold' },
  { input: 'warn-base-perplexity-increase', path: ['gate', 'base-perplexity-increase', 'warn'], kind: 'threshold' },
  { input: 'alpha-min', path: ['gate', 'alpha-range', 'min'], kind: 'number' },
  { input: 'alpha-max', path: ['gate', 'alpha-range', 'max'], kind: 'number' },
  { input: 'max-new-layers-outside-alpha', path: ['gate', 'new-layers-outside-alpha', 'fail'], kind: 'integer' },
  { input: 'warn-new-layers-outside-alpha', path: ['gate', 'new-layers-outside-alpha', 'warn'], kind: 'integer' },
  { input: 'max-mean-alpha-change', path: ['gate', 'mean-alpha-change', 'fail'], kind: 'number' },
  { input: 'warn-mean-alpha-change', path: ['gate', 'mean-alpha-change', 'warn'], kind: 'number' },
  { input: 'max-over-trained', path: ['gate', 'over-trained', 'fail'], kind: 'integer' },
  { input: 'warn-over-trained', path: ['gate', 'over-trained', 'warn'], kind: 'integer' },
  { input: 'max-under-trained', path: ['gate', 'under-trained', 'fail'], kind: 'integer' },
  { input: 'warn-under-trained', path: ['gate', 'under-trained', 'warn'], kind: 'integer' },
  { input: 'max-accuracy-drop', path: ['gate', 'accuracy-drop', 'fail'], kind: 'number' },
  { input: 'warn-accuracy-drop', path: ['gate', 'accuracy-drop', 'warn'], kind: 'number' },
  { input: 'max-base-accuracy-drop', path: ['gate', 'base-accuracy-drop', 'fail'], kind: 'number' },
  { input: 'warn-base-accuracy-drop', path: ['gate', 'base-accuracy-drop', 'warn'], kind: 'number' },
  { input: 'comment', path: ['report', 'comment'], kind: 'string' },
  { input: 'comment-key', path: ['report', 'comment-key'], kind: 'string' },
  { input: 'output-dir', path: ['report', 'output-dir'], kind: 'string' },
  { input: 'max-comment-layers', path: ['report', 'max-comment-layers'], kind: 'integer' },
];

/**
 * Builds config overrides from inputs. `read(name)` returns the trimmed input ('' when not given).
 * `method` accepts `name` or `name:value` (e.g. `rank-fraction:0.1`, `rank:32`).
 */
export function overridesFromInputs(read: (name: string) => string): ConfigFile {
  const out: Record<string, unknown> = {};
  for (const spec of CONFIG_INPUTS) {
    const raw = read(spec.input).trim();
    if (raw === '') continue;
    setPath(out, spec.path, convert(spec, raw));
  }
  const method = read('method').trim();
  if (method !== '') {
    const spec = parseMethodSpec(method);
    if (!spec) throw inputError('method', method, 'a rule name, optionally with a value: detX, percent:0.2, rank-fraction:0.1, mp, tail, rank:32');
    setPath(out, ['smooth', 'method'], spec.name);
    if (spec.value !== null) setPath(out, ['smooth', 'value'], spec.value);
  }
  return out as ConfigFile;
}

function convert(spec: InputSpec, raw: string): unknown {
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'list':
      return raw.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0);
    case 'integer': {
      const n = toNumber(spec.input, raw);
      if (!Number.isInteger(n)) throw inputError(spec.input, raw, 'an integer');
      return n;
    }
    case 'number':
      return toNumber(spec.input, raw);
    case 'threshold':
      // '5%' stays a string (relative); a bare number is absolute perplexity points.
      if (/%$/.test(raw)) {
        if (!/^[0-9]+(\.[0-9]+)?%$/.test(raw)) throw inputError(spec.input, raw, 'a percent like "5%" or a number of perplexity points like 0.3');
        return raw;
      }
      return toNumber(spec.input, raw);
  }
}

function toNumber(input: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw inputError(input, raw, 'a number');
  return n;
}

function inputError(input: string, value: string, expected: string): WwError {
  return new WwError('INPUT_INVALID', `input ${input}: "${value}" is not valid; expected ${expected}`, { input, value, expected });
}

function setPath(obj: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let cur = obj;
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      cur[k] = value;
      return;
    }
    const next = (cur[k] ??= {}) as Record<string, unknown>;
    cur = next;
  });
}
