/**
 * Config loading: a YAML/JSON file validated against schema.json (ajv), explicit overrides (action
 * inputs or CLI flags, already in the config's shape) laid over it, the result validated again and
 * turned into a typed Plan. Every error names the file or input, the key path, the value received
 * and what was expected; unknown keys are rejected, never ignored.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { WwError } from '../errors.js';
import { expandGlob } from '../io/glob.js';
import { assertInside, isInside, refuseSpecialFile } from '../io/paths.js';
import { elide, hasGlobMagic, splitPatternList } from '../util/pattern.js';
import schema from './schema.json' with { type: 'json' };
import {
  DEFAULT_GATE_RULES,
  type CommentMode,
  type GateRules,
  type Levels,
  type PerplexityLevels,
  type Plan,
  type SmoothMethod,
  type Threshold,
} from './plan.js';
import { DEFAULT_CONTEXT, DEFAULT_MAX_TOKENS } from '../eval/convention.js';
import { fmtThreshold } from '../report/format.js';
import type { DeviceRequest } from '../eval/types.js';
import { PROBE_LIMITS } from '../eval/probeItems.js';
import { valueAtPointer as valueAt } from '../util/jsonPointer.js';

/** A perplexity limit as written: "5%", "0.3pt" or "none" (numbers are refused with a hint). */
type ThresholdIn = string;
interface LevelsIn<T> {
  warn?: T;
  fail?: T;
}
interface PerplexityLevelsIn extends LevelsIn<ThresholdIn> {
  /** e.g. 0.95: fail only when the increase is significant at this level. */
  significance?: number;
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
    budget?: ThresholdIn;
    'search-max-evals'?: number;
    objective?: 'perplexity' | 'probe';
  };
  gate?: {
    'perplexity-increase'?: PerplexityLevelsIn;
    'base-perplexity-increase'?: PerplexityLevelsIn;
    'alpha-range'?: { min?: number; max?: number };
    'new-layers-outside-alpha'?: LevelsIn<number | 'none'>;
    'mean-alpha-change'?: LevelsIn<number | 'none'>;
    'over-trained'?: LevelsIn<number | 'none'>;
    'under-trained'?: LevelsIn<number | 'none'>;
    'accuracy-drop'?: LevelsIn<number | 'none'>;
    'base-accuracy-drop'?: LevelsIn<number | 'none'>;
  };
  report?: {
    comment?: CommentMode;
    'comment-key'?: string;
    'output-dir'?: string;
    'max-comment-layers'?: number;
    'attach-to-release'?: boolean;
  };
}

let validator: ValidateFunction<ConfigFile> | null = null;

/** The compiled schema, built on first use: compiling it at import cost every CLI command ~0.1 s (measured). */
function configValidator(): ValidateFunction<ConfigFile> {
  validator ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile<ConfigFile>(schema);
  return validator;
}

/** Largest config file read (1 MiB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Reads and validates a config file (.yml/.yaml/.json). A missing file is CONFIG_NOT_FOUND. */
export async function readConfigFile(file: string): Promise<ConfigFile> {
  let text: string;
  try {
    // A FIFO blocks the read, /dev/zero never ends it (a committed `.ww-smooth.yml -> /dev/zero`).
    await refuseSpecialFile(file, 'config file');
    // Written by hand, a config is a few KB: a PR's 34 MB one took 14 s and 1.5 GB to parse.
    const size = (await stat(file)).size;
    if (size > MAX_CONFIG_BYTES) throw new WwError('CONFIG_INVALID', `config file ${file} is ${size} bytes, more than the ${MAX_CONFIG_BYTES} a config may have`, { file, bytes: size, limit: MAX_CONFIG_BYTES });
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof WwError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new WwError('CONFIG_NOT_FOUND', `config file ${file} does not exist`, { file });
    }
    if (code === 'EISDIR') throw new WwError('CONFIG_INVALID', `config file ${file} is a folder; expected a YAML or JSON file`, { file });
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
  checkThresholdUnits(data, source);
  const validate = configValidator();
  if (validate(data)) return data;
  const messages = formatAjvErrors(validate.errors ?? [], data);
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

/** Spellings of a perplexity limit: "5%" relative, "0.3pt" perplexity points, "none" off. */
const THRESHOLD_RE = /^([0-9]+(?:\.[0-9]+)?)(%|pt)$/;

/**
 * '5%' → relative 0.05; '0.3pt' → absolute 0.3 perplexity points; 'none' → null (level off).
 * A bare number is refused: "5" has meant both 5% and 5 points to different readers.
 */
export function parseThreshold(v: number | string, key = 'threshold'): Threshold | null {
  const text = String(v).trim();
  if (text === 'none') return null;
  const m = THRESHOLD_RE.exec(text);
  if (!m) throw thresholdError(key, v);
  return m[2] === '%' ? { kind: 'relative', value: Number(m[1]) / 100 } : { kind: 'absolute', value: Number(m[1]) };
}

/** The message for a limit without a unit (or otherwise unreadable), suggesting both spellings. */
export function thresholdError(key: string, v: unknown): WwError {
  const bare = typeof v === 'number' || /^\s*[0-9]+(\.[0-9]+)?\s*$/.test(String(v));
  const n = String(v).trim();
  const expected = bare
    ? `a unit: write "${n}%" for a relative increase or "${n}pt" for perplexity points (or "none" to switch the level off)`
    : 'a percent like "5%", perplexity points like "0.3pt", or "none"';
  return new WwError('CONFIG_INVALID', `${key}: ${JSON.stringify(v)} ${bare ? 'has no unit; expected' : 'is not a limit; expected'} ${expected}`, { key, value: v });
}

const THRESHOLD_KEYS = ['perplexity-increase', 'base-perplexity-increase'] as const;

/** Before the schema: a perplexity limit without a unit gets a message that suggests both units. */
function checkThresholdUnits(data: unknown, source: string): void {
  const gate = isPlainObject(data) && isPlainObject(data.gate) ? data.gate : null;
  if (!gate) return;
  for (const key of THRESHOLD_KEYS) {
    const levels = gate[key];
    if (!isPlainObject(levels)) continue;
    for (const level of ['warn', 'fail'] as const) {
      const v = levels[level];
      if (v === undefined || (typeof v === 'string' && (v.trim() === 'none' || THRESHOLD_RE.test(v.trim())))) continue;
      if (typeof v === 'number' || typeof v === 'string') {
        const e = thresholdError(`/gate/${key}/${level}`, v);
        throw new WwError('CONFIG_INVALID', `${source}: ${e.message}`, { file: source, key: `gate.${key}.${level}`, value: v });
      }
    }
  }
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
 * the paths it names (model, base-model, eval.text, eval.tokenizer, report.output-dir; a model glob
 * and every file it matches) are untrusted and must stay
 * inside `cwd` (the workspace for the action, the working folder for the CLI). `..` escapes and
 * absolute paths outside it are refused with PATH_ESCAPE, and so are symlinks inside it that lead
 * out (buildPlanConfined). Action INPUTS and CLI flags come from the workflow author or the person
 * at the terminal: a path given there wins over the file's and may be absolute and anywhere.
 * URLs are not paths and are left to the downloader's own checks.
 */
const CONFINED_PATH_KEYS: ReadonlyArray<readonly [string, (c: ConfigFile) => string | undefined]> = [
  ['model', (c) => c.model],
  ['base-model', (c) => c['base-model']],
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
    const what = `${where}: ${p.key} "${elide(p.given)}"`;
    if ((p.key === 'model' || p.key === 'base-model') && hasGlobMagic(p.given)) {
      await expandGlob(p.given, { cwd: opts.cwd, confineTo: opts.cwd, what, code: 'MODEL_NOT_FOUND' });
    } else {
      await assertInside(opts.cwd, p.path, what);
    }
  }
  return plan;
}

/** Merges file and overrides, validates the result and applies the cross-field rules. */
export function buildPlan(opts: BuildPlanOptions): Plan {
  const where = opts.filePath ?? opts.overridesSource;
  confineFilePaths(opts, where);
  validateConfig(opts.overrides, opts.overridesSource);
  const cfg = validateConfig(mergeConfig(opts.file, opts.overrides), where);
  const model = modelSources(cfg, where);
  if (cfg.smooth?.objective === 'probe' && !cfg.eval?.probe) {
    throw new WwError('CONFIG_INVALID', `smooth.objective probe needs probe items to optimise: set eval.probe (input \`probe\`) in ${where}`, { key: 'smooth.objective', file: where });
  }
  return {
    ...model,
    eval: evalPlanOf(cfg, opts.cwd),
    smooth: smoothPlanOf(cfg),
    gate: gateRulesOf(cfg),
    report: reportPlanOf(cfg, opts),
    configPath: opts.filePath,
  };
}

/**
 * Lexical confinement of the config file's paths (no file system access: buildPlan stays
 * synchronous); buildPlanConfined adds the symlink check.
 */
function confineFilePaths(opts: BuildPlanOptions, where: string): void {
  for (const p of configFilePaths(opts)) {
    if (!isInside(path.resolve(opts.cwd), p.path)) {
      throw new WwError('PATH_ESCAPE', escapeMessage(where, p, path.resolve(opts.cwd)), { key: p.key, path: p.given, root: opts.cwd });
    }
  }
}

function isUrl(s: string): boolean {
  return /^[a-z]+:\/\//i.test(s);
}

/** model / base-model: given, local or https, and a URL model comes with its sha256. */
function modelSources(cfg: ConfigFile, where: string): Pick<Plan, 'model' | 'baseModel'> {
  if (!cfg.model) {
    throw new WwError('CONFIG_INVALID', `no model given: set the \`model\` input (or "model" in ${where})`, { key: 'model' });
  }
  for (const [key, src] of [['model', cfg.model], ['base-model', cfg['base-model']]] as const) {
    if (src && isUrl(src) && !/^https:\/\//i.test(src)) {
      throw new WwError('CONFIG_INVALID', `${key}: "${src}" must be a local path or an https:// URL`, { key, value: src });
    }
  }
  if (isUrl(cfg.model) && !cfg['model-sha256']) {
    throw new WwError('CONFIG_INVALID', `model-sha256 is required when model is a URL (${cfg.model}), so the download can be verified`, { key: 'model-sha256' });
  }
  return {
    model: { source: cfg.model, sha256: cfg['model-sha256']?.toLowerCase() ?? null },
    baseModel: cfg['base-model'] ? { source: cfg['base-model'], sha256: null } : null,
  };
}

/** Each level takes its own default unless set; `none` switches a level off. */
function gateRulesOf(cfg: ConfigFile): GateRules {
  const g = cfg.gate ?? {};
  const d = DEFAULT_GATE_RULES;
  const gate: GateRules = {
    perplexityIncrease: perplexityLevels(g['perplexity-increase'], d.perplexityIncrease, 'gate.perplexity-increase'),
    basePerplexityIncrease: perplexityLevels(g['base-perplexity-increase'], d.basePerplexityIncrease, 'gate.base-perplexity-increase'),
    alphaRange: { min: g['alpha-range']?.min ?? d.alphaRange.min, max: g['alpha-range']?.max ?? d.alphaRange.max },
    newLayersOutsideAlpha: numberLevels(g['new-layers-outside-alpha'], d.newLayersOutsideAlpha, 'gate.new-layers-outside-alpha'),
    meanAlphaChange: numberLevels(g['mean-alpha-change'], d.meanAlphaChange, 'gate.mean-alpha-change'),
    overTrained: numberLevels(g['over-trained'], d.overTrained, 'gate.over-trained'),
    underTrained: numberLevels(g['under-trained'], d.underTrained, 'gate.under-trained'),
    accuracyDrop: numberLevels(g['accuracy-drop'], d.accuracyDrop!, 'gate.accuracy-drop'),
    baseAccuracyDrop: numberLevels(g['base-accuracy-drop'], d.baseAccuracyDrop!, 'gate.base-accuracy-drop'),
  };
  if (!(gate.alphaRange.min < gate.alphaRange.max)) {
    throw new WwError('CONFIG_INVALID', `gate.alpha-range: min (${gate.alphaRange.min}) must be below max (${gate.alphaRange.max})`, { key: 'gate.alpha-range' });
  }
  return gate;
}

function smoothPlanOf(cfg: ConfigFile): Plan['smooth'] {
  const s = cfg.smooth ?? {};
  // auto measures perplexity, so it is the default only where there is an eval text to measure on.
  const hasText = cfg.eval?.text !== undefined;
  const method: SmoothMethod = s.method ?? (hasText ? 'auto' : 'detX');
  const methodReason = s.method !== undefined
    ? null
    : hasText
      ? 'auto: the default with an eval text (the strongest rank reduction within the perplexity budget)'
      : 'detX: the default without an eval text (method auto, the budget-guarded search, needs eval-text to measure perplexity)';
  if (method === 'auto' && !hasText) {
    throw new WwError('CONFIG_INVALID', 'smooth.method auto searches ranks by measured perplexity: it needs eval.text (input eval-text)', { key: 'smooth.method' });
  }
  checkMethodValue(method, s.value ?? null, 'smooth');
  const overrides = (s.overrides ?? []).map((o, i) => {
    if (o.method === 'auto') throw new WwError('CONFIG_INVALID', `smooth.overrides[${i}].method: auto applies to the whole search, not to an override (give a rule, or leave the method out to let the search choose)`, { key: `smooth.overrides[${i}].method` });
    if (o.method) checkMethodValue(o.method, o.value ?? null, `smooth.overrides[${i}]`);
    return { layers: asList(o.layers), method: o.method ?? null, value: o.value ?? null, skip: o.skip ?? false };
  });
  return {
    enabled: s.enabled ?? true,
    method,
    value: s.value ?? null,
    layers: asList(s.layers),
    exclude: asList(s.exclude),
    factorize: s.factorize ?? false,
    overrides,
    budget: s.budget !== undefined ? parseThreshold(s.budget, 'smooth.budget') : null,
    searchMaxEvals: s['search-max-evals'] ?? 300,
    // Only set for probe: a plan with the default objective hashes as before (src/engine/pipeline.ts).
    ...(s.objective === 'probe' ? { objective: 'probe' as const } : {}),
    methodReason,
  };
}

/** The perplexity convention's defaults (src/eval/convention.ts) for what is not set. */
function evalPlanOf(cfg: ConfigFile, cwd: string): Plan['eval'] {
  const e = cfg.eval ?? {};
  const context = e.context ?? null;
  if (e.stride !== undefined && e.stride > (context ?? DEFAULT_CONTEXT)) {
    throw new WwError(
      'CONFIG_INVALID',
      `eval.stride (${e.stride}) must not exceed eval.context (${context ?? `default ${DEFAULT_CONTEXT}`}): tokens between windows would never be scored`,
      { key: 'eval.stride' },
    );
  }
  const resolve = (p: string): string => (isUrl(p) ? p : path.resolve(cwd, p));
  return {
    text: e.text ? resolve(e.text) : null,
    tokenizer: e.tokenizer ? resolve(e.tokenizer) : null,
    context,
    stride: e.stride ?? null,
    maxTokens: e['max-tokens'] ?? DEFAULT_MAX_TOKENS,
    device: e.device ?? 'auto',
    // Only set with a probe: a plan without one hashes as before (src/engine/pipeline.ts configHash).
    ...(e.probe ? { probe: resolve(e.probe), probeMaxItems: e['probe-max-items'] ?? PROBE_LIMITS.defaultMaxItems } : {}),
  };
}

function reportPlanOf(cfg: ConfigFile, opts: BuildPlanOptions): Plan['report'] {
  const r = cfg.report ?? {};
  return {
    comment: r.comment ?? 'update',
    commentKey: r['comment-key'] ?? opts.defaultCommentKey,
    outputDir: path.resolve(opts.cwd, r['output-dir'] ?? 'ww-smooth-report'),
    maxCommentLayers: r['max-comment-layers'] ?? 200,
    attachToRelease: r['attach-to-release'] ?? false,
  };
}

function asList(s: Selectors | undefined): string[] {
  if (s === undefined) return [];
  return Array.isArray(s) ? s.map((x) => x.trim()).filter((x) => x.length > 0) : splitPatternList(s);
}

function perplexityLevels(v: PerplexityLevelsIn | undefined, dflt: PerplexityLevels, key: string): PerplexityLevels {
  const warn = v?.warn !== undefined ? parseThreshold(v.warn, `${key}.warn`) : dflt.warn;
  const fail = v?.fail !== undefined ? parseThreshold(v.fail, `${key}.fail`) : dflt.fail;
  // Only two levels the user set can contradict each other; a default warn above a chosen fail
  // level simply never fires first.
  if (v?.warn !== undefined && v?.fail !== undefined && warn && fail && warn.kind === fail.kind && warn.value > fail.value) {
    throw new WwError('CONFIG_INVALID', `${key}: warn level (${fmtThreshold(warn)}) must not be above the fail level (${fmtThreshold(fail)})`, { key });
  }
  const significance = v?.significance ?? dflt.significance ?? null;
  return significance === null ? { warn, fail } : { warn, fail, significance };
}

function numberLevels(v: LevelsIn<number | 'none'> | undefined, dflt: Levels<number>, key: string): Levels<number> {
  const level = (x: number | 'none' | undefined, d: number | null): number | null => (x === undefined ? d : x === 'none' ? null : x);
  const warn = level(v?.warn, dflt.warn);
  const fail = level(v?.fail, dflt.fail);
  if (typeof v?.warn === 'number' && typeof v?.fail === 'number' && v.warn > v.fail) {
    throw new WwError('CONFIG_INVALID', `${key}: warn level (${v.warn}) must not be above the fail level (${v.fail})`, { key });
  }
  return { warn, fail };
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
    case 'auto':
      if (value !== null) bad('no value (this rule picks k itself)');
      return;
  }
}
