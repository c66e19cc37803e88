/**
 * The one table that maps action inputs (and the CLI's same-named flags) onto config-file keys.
 * An empty input means "not given": the config file's value, else the built-in default, applies.
 * Every input listed here has the default '' in action.yml (test/config/inputs.test.ts checks it):
 * the runner fills in declared defaults, so a non-empty default would always override the file.
 * Values are converted here (numbers, percent thresholds, `method: rank-fraction:0.1`) with messages
 * that name the input and the value; the merged result is then validated by the JSON Schema.
 */
import { WwError } from '../errors.js';
import { thresholdError, type ConfigFile } from './load.js';
import { parseMethodSpec } from '../smooth/types.js';
import { parseDecimal } from '../util/decimal.js';

/** `count-level` / `number-level`: a gate level, which also takes `none` (level off). */
type Kind = 'string' | 'integer' | 'number' | 'threshold' | 'list' | 'boolean' | 'count-level' | 'number-level';

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
  { input: 'smooth-budget', path: ['smooth', 'budget'], kind: 'threshold' },
  { input: 'search-max-evals', path: ['smooth', 'search-max-evals'], kind: 'integer' },
  { input: 'search-objective', path: ['smooth', 'objective'], kind: 'string' },
  { input: 'max-perplexity-increase', path: ['gate', 'perplexity-increase', 'fail'], kind: 'threshold' },
  { input: 'warn-perplexity-increase', path: ['gate', 'perplexity-increase', 'warn'], kind: 'threshold' },
  { input: 'max-base-perplexity-increase', path: ['gate', 'base-perplexity-increase', 'fail'], kind: 'threshold' },
  { input: 'warn-base-perplexity-increase', path: ['gate', 'base-perplexity-increase', 'warn'], kind: 'threshold' },
  { input: 'perplexity-significance', path: ['gate', 'perplexity-increase', 'significance'], kind: 'number' },
  { input: 'base-perplexity-significance', path: ['gate', 'base-perplexity-increase', 'significance'], kind: 'number' },
  { input: 'alpha-min', path: ['gate', 'alpha-range', 'min'], kind: 'number' },
  { input: 'alpha-max', path: ['gate', 'alpha-range', 'max'], kind: 'number' },
  { input: 'max-new-layers-outside-alpha', path: ['gate', 'new-layers-outside-alpha', 'fail'], kind: 'count-level' },
  { input: 'warn-new-layers-outside-alpha', path: ['gate', 'new-layers-outside-alpha', 'warn'], kind: 'count-level' },
  { input: 'max-mean-alpha-change', path: ['gate', 'mean-alpha-change', 'fail'], kind: 'number-level' },
  { input: 'warn-mean-alpha-change', path: ['gate', 'mean-alpha-change', 'warn'], kind: 'number-level' },
  { input: 'max-over-trained', path: ['gate', 'over-trained', 'fail'], kind: 'count-level' },
  { input: 'warn-over-trained', path: ['gate', 'over-trained', 'warn'], kind: 'count-level' },
  { input: 'max-under-trained', path: ['gate', 'under-trained', 'fail'], kind: 'count-level' },
  { input: 'warn-under-trained', path: ['gate', 'under-trained', 'warn'], kind: 'count-level' },
  { input: 'max-accuracy-drop', path: ['gate', 'accuracy-drop', 'fail'], kind: 'number-level' },
  { input: 'warn-accuracy-drop', path: ['gate', 'accuracy-drop', 'warn'], kind: 'number-level' },
  { input: 'max-base-accuracy-drop', path: ['gate', 'base-accuracy-drop', 'fail'], kind: 'number-level' },
  { input: 'warn-base-accuracy-drop', path: ['gate', 'base-accuracy-drop', 'warn'], kind: 'number-level' },
  { input: 'comment', path: ['report', 'comment'], kind: 'string' },
  { input: 'comment-key', path: ['report', 'comment-key'], kind: 'string' },
  { input: 'output-dir', path: ['report', 'output-dir'], kind: 'string' },
  { input: 'max-comment-layers', path: ['report', 'max-comment-layers'], kind: 'integer' },
];

/**
 * Boolean inputs that land in the config object (the CLI spells them --smooth/--no-smooth and
 * --factorize/--no-factorize itself). Empty = not given, so `smooth.enabled: false` in the file holds.
 */
export const BOOLEAN_INPUTS: readonly InputSpec[] = [
  { input: 'smooth', path: ['smooth', 'enabled'], kind: 'boolean' },
  { input: 'factorize', path: ['smooth', 'factorize'], kind: 'boolean' },
  { input: 'attach-to-release', path: ['report', 'attach-to-release'], kind: 'boolean' },
];

/**
 * Builds config overrides from inputs. `read(name)` returns the trimmed input ('' when not given).
 * `method` accepts `name` or `name:value` (e.g. `rank-fraction:0.1`, `rank:32`).
 */
export function overridesFromInputs(read: (name: string) => string): ConfigFile {
  const out: Record<string, unknown> = {};
  for (const spec of [...CONFIG_INPUTS, ...BOOLEAN_INPUTS]) {
    const raw = read(spec.input).trim();
    if (raw === '') continue;
    setPath(out, spec.path, convert(spec, raw));
  }
  const method = read('method').trim();
  if (method !== '') {
    const spec = parseMethodSpec(method);
    if (!spec) throw inputError('method', method, 'a rule name, optionally with a value: auto, detX, percent:0.2, rank-fraction:0.1, mp, tail, rank:32');
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
      // Kept as written ('5%', '0.3pt', 'none'); a bare number gets the hint that names both units.
      if (/^([0-9]+(\.[0-9]+)?(%|pt)|none)$/.test(raw)) return raw;
      throw new WwError('INPUT_INVALID', `input ${spec.input}: ${thresholdError(spec.input, raw).message.replace(/^[^:]*: /, '')}`, { input: spec.input, value: raw });
    case 'boolean':
      // The YAML 1.2 core spellings, as @actions/core's getBooleanInput takes them.
      if (/^(true|True|TRUE)$/.test(raw)) return true;
      if (/^(false|False|FALSE)$/.test(raw)) return false;
      throw inputError(spec.input, raw, 'true or false');
    case 'count-level':
    case 'number-level': {
      if (raw === 'none') return 'none';
      const n = toNumber(spec.input, raw);
      if (spec.kind === 'count-level' && !Number.isInteger(n)) throw inputError(spec.input, raw, 'an integer or none');
      return n;
    }
  }
}

function toNumber(input: string, raw: string): number {
  const n = parseDecimal(raw);
  if (!Number.isFinite(n)) throw inputError(input, raw, 'a decimal number');
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
