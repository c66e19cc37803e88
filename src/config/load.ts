/**
 * Config loading: a YAML/JSON file validated against schema.json (ajv), explicit overrides (action
 * inputs or CLI flags, already in the config's shape) laid over it, the result validated again and
 * turned into a typed Plan. Every error names the file or input, the key path, the value received
 * and what was expected; unknown keys are rejected, never ignored.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { WwError } from '../errors.js';
import { assertInside, isInside } from '../io/paths.js';
import schema from './schema.json' with { type: 'json' };
import {
  DEFAULT_GATE_RULES,
  type CommentMode,
  type GateRules,
  type Levels,
  type Plan,
  type SmoothMethod,
  type Threshold,
} from './plan.js';
import type { DeviceRequest } from '../eval/types.js';
import { PROBE_LIMITS } from '../eval/probeItems.js';
import { valueAtPointer as valueAt } from '../util/jsonPointer.js';

type Threshold_ = number | string;
interface LevelsIn<T> {
  warn?: T;
  fail?: T;
}
type Selectors = string | string[];

/** The config file's shape (kebab-case keys, as in schema.json). */
export interface ConfigFile {
  $schema?: string;
  model?: string;
  'model-sha256'?: string;
  'base-model'?: string;
  eval?: {
    text?: string;
    tokenizer?: string;
    context?: number;
    stride?: number;
    'max-tokens'?: number;
    device?: DeviceRequest;
    probe?: string;
    'probe-max-items'?: number;
  };
  smooth?: {
    enabled?: boolean;
    method?: SmoothMethod;
    value?: number;
    layers?: Selectors;
    exclude?: Selectors;
    factorize?: boolean;
    overrides?: Array<{ layers: Selectors; method?: SmoothMethod; value?: number; skip?: boolean }>;
  };
  gate?: {
    'perplexity-increase'?: LevelsIn<Threshold_>;
    'base-perplexity-increase'?: LevelsIn<Threshold_>;
    'alpha-range'?: { min?: number; max?: number };
    'new-layers-outside-alpha'?: LevelsIn<number>;
    'mean-alpha-change'?: LevelsIn<number>;
    'over-trained'?: LevelsIn<number>;
    'under-trained'?: LevelsIn<number>;
    'accuracy-drop'?: LevelsIn<number>;
    'base-accuracy-drop'?: LevelsIn<number>;
  };
  report?: {
    comment?: CommentMode;
    'comment-key'?: string;
    'output-dir'?: string;
    'max-comment-layers'?: number;
    'attach-to-release'?: boolean;
  };
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateSchema = ajv.compile<ConfigFile>(schema);

/** Reads and validates a config file (.yml/.yaml/.json). A missing file is CONFIG_NOT_FOUND. */
export async function readConfigFile(file: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WwError('CONFIG_NOT_FOUND', `config file ${file} does not exist`, { file });
    }
    throw new WwError('IO', `cannot read config file ${file}: ${(err as Error).message}`, { file });
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text, { uniqueKeys: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}` : '';
    throw new WwError('CONFIG_INVALID', `${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}${where}: ${(err as Error).message.split('\n')[0]}`, { file });
  }
  if (data === null || data === undefined) return {};
  return validateConfig(data, file);
}

/** Validates a parsed config object; `source` names it in messages (a file, or "action inputs"). */
export function validateConfig(data: unknown, source: string): ConfigFile {
  if (validateSchema(data)) return data;
  const messages = formatAjvErrors(validateSchema.errors ?? [], data);
  throw new WwError('CONFIG_INVALID', `${source}: ${messages.join('; ')}`, { file: source, errors: messages });
}

/** One message per offending path: "/gate/over-trained/fail: -1 must be >= 0". */
export function formatAjvErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  const byPath = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const at = e.instancePath || '/';
    let text: string;
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = allowedKeys(e.schemaPath);
      text = `unknown key "${key}"${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`;
      const list = byPath.get(at) ?? [];
      list.push(text);
      byPath.set(at, list);
      continue;
    }
    if (e.keyword === 'enum') {
      text = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    } else {
      text = e.message ?? e.keyword;
    }
    const list = byPath.get(at) ?? [];
    if (!list.includes(text)) list.push(text);
    byPath.set(at, list);
  }
  const out: string[] = [];
  for (const [at, texts] of byPath) {
    const unknown = texts.filter((t) => t.startsWith('unknown key'));
    if (unknown.length > 0) {
      out.push(`${at}: ${unknown.join(', ')}`);
      continue;
    }
    out.push(`${at}: ${JSON.stringify(valueAt(data, at))} ${texts.join(' or ')}`);
  }
  return out;
}

/** The keys a schema object allows, found from the error's schemaPath (for "did you mean" lists). */
function allowedKeys(schemaPath: string): string[] | null {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let node: unknown = schema;
  for (const p of parts) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[p];
  }
  const props = (node as { properties?: Record<string, unknown> } | null)?.properties;
  return props ? Object.keys(props).filter((k) => k !== '$schema') : null;
}

/** Deep merge for plain config objects: `over` wins; arrays are replaced, not concatenated. */
export function mergeConfig(base: ConfigFile, over: ConfigFile): ConfigFile {
  return mergeObjects(base as Record<string, unknown>, over as Record<string, unknown>) as ConfigFile;
}

function mergeObjects(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeObjects(prev, v) : v;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** '5%' → relative 0.05; 0.3 → absolute 0.3 perplexity points. */
export function parseThreshold(v: number | string): Threshold {
  if (typeof v === 'number') return { kind: 'absolute', value: v };
  const m = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(v.trim());
  if (!m) throw new WwError('CONFIG_INVALID', `threshold "${v}" must be a percent like "5%" or a number of perplexity points`, { value: v });
  return { kind: 'relative', value: Number(m[1]) / 100 };
}

export interface BuildPlanOptions {
  /** Parsed config file (already validated), or {} when none. */
  readonly file: ConfigFile;
  readonly filePath: string | null;
  /** Explicit inputs/flags in the config's shape; they win over the file. */
  readonly overrides: ConfigFile;
  /** Names the overrides' origin in messages ("action inputs", "command line"). */
  readonly overridesSource: string;
  /** Default comment key (the action passes the workflow/job identity). */
  readonly defaultCommentKey: string;
  /** Folder relative paths in the plan are resolved against. */
  readonly cwd: string;
}

/**
 * Trust rule for paths. A config FILE lives in the repository, so a pull request can change it:
 * the paths it names (eval.text, eval.tokenizer, report.output-dir) are untrusted and must stay
 * inside `cwd` (the workspace for the action, the working folder for the CLI). `..` escapes and
 * absolute paths outside it are refused with PATH_ESCAPE, and so are symlinks inside it that lead
 * out (buildPlanConfined). Action INPUTS and CLI flags come from the workflow author or the person
 * at the terminal: a path given there wins over the file's and may be absolute and anywhere.
 * URLs are not paths and are left to the downloader's own checks.
 */
const CONFINED_PATH_KEYS: ReadonlyArray<readonly [string, (c: ConfigFile) => string | undefined]> = [
  ['eval.text', (c) => c.eval?.text],
  ['eval.tokenizer', (c) => c.eval?.tokenizer],
  ['eval.probe', (c) => c.eval?.probe],
  ['report.output-dir', (c) => c.report?.['output-dir']],
];

export interface ConfigFilePath {
  /** Config key, e.g. `eval.text`. */
  readonly key: string;
  /** The value as written in the file. */
  readonly given: string;
  /** Absolute path it resolves to (against `cwd`). */
  readonly path: string;
}

/** The paths the plan takes from the config file (untrusted), i.e. not overridden by an input. */
export function configFilePaths(opts: Pick<BuildPlanOptions, 'file' | 'overrides' | 'cwd'>): ConfigFilePath[] {
  const out: ConfigFilePath[] = [];
  for (const [key, get] of CONFINED_PATH_KEYS) {
    if (get(opts.overrides) !== undefined) continue;
    const given = get(opts.file);
    if (given === undefined || /^[a-z]+:\/\//i.test(given)) continue;
    out.push({ key, given, path: path.resolve(opts.cwd, given) });
  }
  return out;
}

function escapeMessage(where: string, p: ConfigFilePath, cwd: string): string {
  return `${where}: ${p.key} "${p.given}" resolves to ${p.path}, outside ${cwd}; a path in the config file must stay inside the workspace (give a path elsewhere as an action input or command-line flag)`;
}

/**
 * buildPlan plus the symlink-aware confinement of the config file's paths (assertInside follows
 * symlinks on the way, so `data -> /etc` in the repository is caught). Use this, not buildPlan,
 * where a config file was read.
 */
export async function buildPlanConfined(opts: BuildPlanOptions): Promise<Plan> {
  const plan = buildPlan(opts);
  const where = opts.filePath ?? opts.overridesSource;
  for (const p of configFilePaths(opts)) {
    await assertInside(opts.cwd, p.path, `${where}: ${p.key} "${p.given}"`);
  }
  return plan;
}

/** Merges file and overrides, validates the result and applies the cross-field rules. */
export function buildPlan(opts: BuildPlanOptions): Plan {
  // Lexical confinement of the config file's paths (no file system access: buildPlan stays
  // synchronous); buildPlanConfined adds the symlink check.
  for (const p of configFilePaths(opts)) {
    if (!isInside(path.resolve(opts.cwd), p.path)) {
      throw new WwError('PATH_ESCAPE', escapeMessage(opts.filePath ?? opts.overridesSource, p, path.resolve(opts.cwd)), { key: p.key, path: p.given, root: opts.cwd });
    }
  }
  validateConfig(opts.overrides, opts.overridesSource);
  const cfg = validateConfig(mergeConfig(opts.file, opts.overrides), opts.filePath ?? opts.overridesSource);
  const where = opts.filePath ?? opts.overridesSource;
  if (!cfg.model) {
    throw new WwError('CONFIG_INVALID', `no model given: set the \`model\` input (or "model" in ${where})`, { key: 'model' });
  }
  const isUrl = (s: string): boolean => /^[a-z]+:\/\//i.test(s);
  for (const [key, src] of [['model', cfg.model], ['base-model', cfg['base-model']]] as const) {
    if (src && isUrl(src) && !/^https:\/\//i.test(src)) {
      throw new WwError('CONFIG_INVALID', `${key}: "${src}" must be a local path or an https:// URL`, { key, value: src });
    }
  }
  if (isUrl(cfg.model) && !cfg['model-sha256']) {
    throw new WwError('CONFIG_INVALID', `model-sha256 is required when model is a URL (${cfg.model}), so the download can be verified`, { key: 'model-sha256' });
  }

  const g = cfg.gate ?? {};
  const gate: GateRules = {
    perplexityIncrease: thresholdLevels(g['perplexity-increase'], DEFAULT_GATE_RULES.perplexityIncrease, 'gate.perplexity-increase'),
    basePerplexityIncrease: thresholdLevels(g['base-perplexity-increase'], DEFAULT_GATE_RULES.basePerplexityIncrease, 'gate.base-perplexity-increase'),
    alphaRange: {
      min: g['alpha-range']?.min ?? DEFAULT_GATE_RULES.alphaRange.min,
      max: g['alpha-range']?.max ?? DEFAULT_GATE_RULES.alphaRange.max,
    },
    newLayersOutsideAlpha: numberLevels(g['new-layers-outside-alpha'], DEFAULT_GATE_RULES.newLayersOutsideAlpha, 'gate.new-layers-outside-alpha'),
    meanAlphaChange: numberLevels(g['mean-alpha-change'], DEFAULT_GATE_RULES.meanAlphaChange, 'gate.mean-alpha-change'),
    overTrained: numberLevels(g['over-trained'], DEFAULT_GATE_RULES.overTrained, 'gate.over-trained'),
    underTrained: numberLevels(g['under-trained'], DEFAULT_GATE_RULES.underTrained, 'gate.under-trained'),
    accuracyDrop: numberLevels(g['accuracy-drop'], DEFAULT_GATE_RULES.accuracyDrop!, 'gate.accuracy-drop'),
    baseAccuracyDrop: numberLevels(g['base-accuracy-drop'], DEFAULT_GATE_RULES.baseAccuracyDrop!, 'gate.base-accuracy-drop'),
  };
  if (!(gate.alphaRange.min < gate.alphaRange.max)) {
    throw new WwError('CONFIG_INVALID', `gate.alpha-range: min (${gate.alphaRange.min}) must be below max (${gate.alphaRange.max})`, { key: 'gate.alpha-range' });
  }

  const s = cfg.smooth ?? {};
  const method: SmoothMethod = s.method ?? 'detX';
  checkMethodValue(method, s.value ?? null, 'smooth');
  const overrides = (s.overrides ?? []).map((o, i) => {
    if (o.method) checkMethodValue(o.method, o.value ?? null, `smooth.overrides[${i}]`);
    return { layers: asList(o.layers), method: o.method ?? null, value: o.value ?? null, skip: o.skip ?? false };
  });

  const e = cfg.eval ?? {};
  const context = e.context ?? 256;
  if (e.stride !== undefined && e.stride > context) {
    throw new WwError('CONFIG_INVALID', `eval.stride (${e.stride}) must not exceed eval.context (${context}): tokens between windows would never be scored`, { key: 'eval.stride' });
  }
  const r = cfg.report ?? {};
  const resolve = (p: string): string => (isUrl(p) ? p : path.resolve(opts.cwd, p));
  return {
    model: { source: cfg.model, sha256: cfg['model-sha256']?.toLowerCase() ?? null },
    baseModel: cfg['base-model'] ? { source: cfg['base-model'], sha256: null } : null,
    eval: {
      text: e.text ? resolve(e.text) : null,
      tokenizer: e.tokenizer ? resolve(e.tokenizer) : null,
      context,
      stride: e.stride ?? null,
      maxTokens: e['max-tokens'] ?? 16384,
      device: e.device ?? 'auto',
      // Only set with a probe: a plan without one hashes as before (src/engine/pipeline.ts configHash).
      ...(e.probe ? { probe: resolve(e.probe), probeMaxItems: e['probe-max-items'] ?? PROBE_LIMITS.defaultMaxItems } : {}),
    },
    smooth: {
      enabled: s.enabled ?? true,
      method,
      value: s.value ?? null,
      layers: asList(s.layers),
      exclude: asList(s.exclude),
      factorize: s.factorize ?? false,
      overrides,
    },
    gate,
    report: {
      comment: r.comment ?? 'update',
      commentKey: r['comment-key'] ?? opts.defaultCommentKey,
      outputDir: path.resolve(opts.cwd, r['output-dir'] ?? 'ww-smooth-report'),
      maxCommentLayers: r['max-comment-layers'] ?? 200,
      attachToRelease: r['attach-to-release'] ?? false,
    },
    configPath: opts.filePath,
  };
}

function asList(s: Selectors | undefined): string[] {
  if (s === undefined) return [];
  return (Array.isArray(s) ? s : s.split(',')).map((x) => x.trim()).filter((x) => x.length > 0);
}

function thresholdLevels(v: LevelsIn<Threshold_> | undefined, dflt: Levels<Threshold>, key: string): Levels<Threshold> {
  const warn = v?.warn !== undefined ? parseThreshold(v.warn) : v === undefined ? dflt.warn : null;
  const fail = v?.fail !== undefined ? parseThreshold(v.fail) : v === undefined ? dflt.fail : null;
  if (warn && fail && warn.kind === fail.kind && warn.value > fail.value) {
    throw new WwError('CONFIG_INVALID', `${key}: warn level (${fmtThreshold(warn)}) must not be above the fail level (${fmtThreshold(fail)})`, { key });
  }
  return { warn, fail };
}

function numberLevels(v: LevelsIn<number> | undefined, dflt: Levels<number>, key: string): Levels<number> {
  const warn = v?.warn ?? (v === undefined ? dflt.warn : null);
  const fail = v?.fail ?? (v === undefined ? dflt.fail : null);
  if (warn !== null && fail !== null && warn > fail) {
    throw new WwError('CONFIG_INVALID', `${key}: warn level (${warn}) must not be above the fail level (${fail})`, { key });
  }
  return { warn, fail };
}

export function fmtThreshold(t: Threshold): string {
  return t.kind === 'relative' ? `${+(t.value * 100).toPrecision(6)}%` : `${t.value}`;
}

function checkMethodValue(method: SmoothMethod, value: number | null, key: string): void {
  const bad = (expected: string): never => {
    throw new WwError('CONFIG_INVALID', `${key}.value: ${value} is out of range for method ${method}: expected ${expected}`, { key: `${key}.value`, value });
  };
  switch (method) {
    case 'percent':
      if (value === null || !(value >= -1 && value <= 1) || value === 0) bad('a fraction in [-1, 1], not 0 (e.g. 0.2)');
      return;
    case 'rank-fraction':
      if (value === null || !(value > 0 && value <= 1)) bad('a fraction in (0, 1] (LASER rho, e.g. 0.1)');
      return;
    case 'rank':
      if (value === null || !Number.isInteger(value) || value < 1) bad('an integer k >= 1');
      return;
    case 'detX':
    case 'mp':
    case 'tail':
      if (value !== null) bad('no value (this rule picks k itself)');
      return;
  }
}
