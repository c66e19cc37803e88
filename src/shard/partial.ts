/**
 * The partial report a shard job writes, and the merge job's checks on a set of them.
 *
 * A shard job writes two files into its output folder, named after its shard so that artifacts
 * downloaded side by side never collide:
 *   ww-smooth-partial-<i>-of-<n>.json  the manifest: model identity (sha256), config hash, shard
 *                                      i/n, the layers covered, the analyze report of those layers,
 *                                      the smoothing report of those layers, and the tensor index;
 *   ww-smooth-partial-<i>-of-<n>.bin   the smoothed tensors, raw little-endian in each layer's
 *                                      stored dtype, at the offsets the manifest gives (sha256 each).
 * The JSON keeps non-finite numbers exactly ({"$num": "NaN"}), so the merged report is the very
 * object a single job would have built, not an approximation of it.
 *
 * The merge refuses (WwError SHARD) partials from different models, configs, tool versions or
 * shard counts, and any set that does not cover every dense layer exactly once; the message lists
 * what is missing, duplicated or mismatched.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { WwError } from '../errors.js';
import { formatAjvErrors } from '../config/load.js';
import analyzeSchema from '../report/analyze-schema.json' with { type: 'json' };
import partialSchema from './partial-schema.json' with { type: 'json' };
import { expandGlob, walk } from '../io/glob.js';
import { assertInside, resolveInside } from '../io/paths.js';
import { elide, hasGlobMagic } from '../util/pattern.js';
import type { ModelIdentity } from '../report/types.js';
import type { WeightDType } from '../model/types.js';
import type { SmoothLayerReport } from '../smooth/types.js';
import type { AnalyzeReport } from '../spectral/types.js';
import { formatShard, type ShardLayer, type ShardSpec } from './partition.js';

export const PARTIAL_KIND = 'ww-smooth-partial' as const;
export const PARTIAL_SCHEMA_VERSION = 1 as const;
const PARTIAL_NAME = /^ww-smooth-partial-(\d+)-of-(\d+)\.json$/;

export const partialStem = (s: ShardSpec): string => `ww-smooth-partial-${s.index}-of-${s.count}`;

/** One stored array of a replacement: the dense values, or factor a / b. */
export interface PartialTensorPart {
  readonly part: 'values' | 'a' | 'b';
  readonly dtype: WeightDType;
  readonly rows: number;
  readonly cols: number;
  /** Byte range in the partial's .bin file. */
  readonly offset: number;
  readonly length: number;
  readonly sha256: string;
}

export interface PartialTensor {
  readonly layer: string;
  readonly kind: 'dense' | 'factorized';
  readonly parts: readonly PartialTensorPart[];
}

/** The shard's share of the smoothing stage. */
export interface PartialSmooth {
  readonly format: 'onnx' | 'safetensors';
  readonly factorize: boolean;
  readonly engine: string;
  /** The plan's notes (the same in every shard: the plan is built from the whole model). */
  readonly notes: readonly string[];
  /** Reports of this shard's smoothed layers, in plan order. */
  readonly layers: readonly SmoothLayerReport[];
  /** File name of the tensor blob, beside the manifest. */
  readonly tensorFile: string;
  readonly tensors: readonly PartialTensor[];
}

export interface PartialReport {
  readonly kind: typeof PARTIAL_KIND;
  readonly schemaVersion: typeof PARTIAL_SCHEMA_VERSION;
  readonly tool: { readonly name: 'ww-smooth'; readonly version: string };
  readonly createdAt: string;
  readonly model: ModelIdentity;
  /** shardConfigHash(plan): the plan parts a shard's numbers depend on. */
  readonly configHash: string;
  readonly shard: ShardSpec;
  /** Dense layers of the whole model and a hash of their names and shapes (same in every shard). */
  readonly modelLayers: number;
  readonly layerListHash: string;
  /** This shard's layers, model order. */
  readonly layers: readonly string[];
  readonly analyze: AnalyzeReport;
  /** null when smoothing is off. */
  readonly smooth: PartialSmooth | null;
  readonly timings: Readonly<Record<string, number>>;
}

/** A partial read from disk, with where it came from. */
export interface LoadedPartial {
  readonly file: string;
  readonly report: PartialReport;
  /** Absolute path of the tensor blob, or null without smoothing. */
  readonly tensorPath: string | null;
}

/** Hash of the layer list the partition is computed from (names, order, shapes). */
export function layerListHash(layers: readonly ShardLayer[]): string {
  const text = layers.map((l) => `${l.index}\t${l.name}\t${l.rows}x${l.cols}`).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with exact non-finite numbers (JSON has no NaN/Infinity; a plain stringify makes them null). */
export function partialToJson(p: PartialReport): string {
  return JSON.stringify(p, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $num: String(v) } : v), 2) + '\n';
}

export function partialFromJson(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === '$num') return Number((v as { $num: string }).$num);
    }
    return v;
  });
}

/**
 * Finds partial manifests: a folder is searched recursively (download-artifact puts each artifact
 * in its own subfolder), a file is taken as it is, a pattern with * / ? / ** is expanded
 * (matching folders are searched too). Sorted by path, duplicates removed.
 */
export async function findPartialFiles(sources: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const src of sources.flatMap((s) => s.split(/\n/)).map((s) => s.trim()).filter(Boolean)) {
    const what = `merge source ${elide(src)}`;
    const matches = hasGlobMagic(src) ? await expandGlob(src, { cwd, what, code: 'SHARD' }) : [path.resolve(cwd, src)];
    if (matches.length === 0) throw new WwError('SHARD', `merge: ${elide(src)} matches no file or folder`, { source: elide(src) });
    for (const m of matches) {
      let st;
      try {
        st = await stat(m);
      } catch {
        throw new WwError('SHARD', `merge: ${elide(src)} does not exist`, { source: elide(src) });
      }
      if (!st.isDirectory()) {
        found.add(m);
        continue;
      }
      // Artifacts are written by shard jobs that ran the pull request's code: the walk does not
      // follow symlinked folders, and a manifest that is a symlink must stay inside the folder.
      for await (const e of walk(m, { what, code: 'SHARD' })) {
        if (e.kind === 'dir' || !PARTIAL_NAME.test(path.basename(e.rel))) continue;
        found.add(e.kind === 'symlink' ? await assertInside(m, e.abs, `merge: partial ${elide(e.rel)}`) : e.abs);
      }
    }
  }
  return [...found].sort();
}

let validator: ValidateFunction | null = null;

/**
 * partial-schema.json compiled on first use. strictNumbers off: the manifest keeps NaN and
 * Infinity exactly (revived from {"$num"}), and they are values a single job would report too.
 */
function partialValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ strict: true, allErrors: false, strictNumbers: false, allowUnionTypes: true });
    ajv.addSchema(analyzeSchema);
    validator = ajv.compile(partialSchema);
  }
  return validator;
}

/** Reads and validates partial manifests (partial-schema.json, which includes the analyze report's schema). */
export async function loadPartials(files: readonly string[]): Promise<LoadedPartial[]> {
  if (files.length === 0) throw new WwError('SHARD', 'merge: no partial reports found (expected ww-smooth-partial-<i>-of-<n>.json files from the shard jobs)', {});
  const out: LoadedPartial[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = partialFromJson(await readFile(file, 'utf8'));
    } catch (err) {
      throw new WwError('SHARD', `merge: ${file} cannot be read as JSON: ${(err as Error).message}`, { file });
    }
    const p = data as Partial<PartialReport> | null;
    if (!p || p.kind !== PARTIAL_KIND || p.schemaVersion !== PARTIAL_SCHEMA_VERSION) {
      throw new WwError('SHARD', `merge: ${file} is not a ww-smooth partial report (kind ${PARTIAL_KIND}, schemaVersion ${PARTIAL_SCHEMA_VERSION})`, { file });
    }
    const validate = partialValidator();
    if (!validate(p)) {
      const problems = formatAjvErrors(validate.errors ?? [], p).slice(0, 5).map((m) => elide(m, 300));
      throw new WwError('SHARD', `merge: ${file} is not a valid ww-smooth partial report: ${problems.join('; ')}`, { file, errors: problems });
    }
    const report = p as PartialReport;
    let tensorPath: string | null = null;
    if (report.smooth) {
      if (typeof report.smooth.tensorFile !== 'string' || path.basename(report.smooth.tensorFile) !== report.smooth.tensorFile) {
        throw new WwError('PATH_ESCAPE', `merge: ${file} names tensor file ${elide(String(report.smooth.tensorFile))}; it must be a plain file name beside the manifest`, { file });
      }
      // Followed symlinks must stay beside the manifest; FIFOs and devices are refused.
      tensorPath = await resolveInside(path.dirname(file), report.smooth.tensorFile, `merge: tensor file of ${file}`, { mustExist: false });
    }
    out.push({ file, report, tensorPath });
  }
  return out;
}

export interface MergeExpectation {
  readonly model: ModelIdentity;
  readonly configHash: string;
  readonly version: string;
  /** The model's dense layers, as the merge job lists them. */
  readonly layers: readonly ShardLayer[];
}

/**
 * Checks that the partials belong together and cover every layer exactly once; returns them sorted
 * by shard index. Every problem found is listed in one SHARD error.
 */
export function checkPartials(partials: readonly LoadedPartial[], want: MergeExpectation): LoadedPartial[] {
  const problems: string[] = [];
  const name = (p: LoadedPartial): string => `${path.basename(p.file)} (shard ${formatShard(p.report.shard)})`;
  for (const p of partials) {
    const r = p.report;
    if (r.model.sha256 !== want.model.sha256) problems.push(`${name(p)} is from model sha256 ${r.model.sha256.slice(0, 12)}…, this model is ${want.model.sha256.slice(0, 12)}… (${want.model.source})`);
    if (r.configHash !== want.configHash) problems.push(`${name(p)} was made with config hash ${r.configHash.slice(0, 12)}…, this run's smoothing config hashes to ${want.configHash.slice(0, 12)}…`);
    if (r.tool.version !== want.version) problems.push(`${name(p)} was made by ww-smooth ${r.tool.version}, this is ${want.version}`);
  }
  const counts = [...new Set(partials.map((p) => p.report.shard.count))].sort((a, b) => a - b);
  if (counts.length > 1) {
    problems.push(`the partials disagree on the shard count: ${counts.map((c) => `${c} (${partials.filter((p) => p.report.shard.count === c).map((p) => path.basename(p.file)).join(', ')})`).join(' vs ')}`);
  }
  const count = counts.length === 1 ? counts[0]! : Math.max(...counts);
  const byIndex = new Map<number, LoadedPartial[]>();
  for (const p of partials) byIndex.set(p.report.shard.index, [...(byIndex.get(p.report.shard.index) ?? []), p]);
  const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missingShards.length) problems.push(`missing shard(s) ${missingShards.map((i) => `${i}/${count}`).join(', ')}`);
  for (const [i, ps] of byIndex) if (ps.length > 1) problems.push(`shard ${i}/${count} given ${ps.length} times: ${ps.map((p) => p.file).join(', ')}`);

  const listHash = layerListHash(want.layers);
  for (const p of partials) {
    if (p.report.layerListHash !== listHash) problems.push(`${name(p)} was partitioned over a different layer list (${p.report.modelLayers} layers) than this model's ${want.layers.length}`);
  }
  const seen = new Map<string, string[]>();
  for (const p of partials) for (const l of p.report.layers) seen.set(l, [...(seen.get(l) ?? []), name(p)]);
  const known = new Set(want.layers.map((l) => l.name));
  const missing = want.layers.filter((l) => !seen.has(l.name)).map((l) => l.name);
  const duplicated = [...seen].filter(([, by]) => by.length > 1);
  const unknown = [...seen.keys()].filter((l) => !known.has(l));
  const list = (xs: readonly string[]): string => (xs.length > 20 ? `${xs.slice(0, 20).join(', ')} and ${xs.length - 20} more` : xs.join(', '));
  if (missing.length) problems.push(`${missing.length} layer(s) covered by no partial: ${list(missing)}`);
  if (duplicated.length) problems.push(`${duplicated.length} layer(s) covered more than once: ${list(duplicated.map(([l, by]) => `${l} (${by.join(', ')})`))}`);
  if (unknown.length) problems.push(`${unknown.length} layer(s) not in this model: ${list(unknown)}`);
  const smoothing = new Set(partials.map((p) => p.report.smooth !== null));
  if (smoothing.size > 1) problems.push('some partials have smoothed tensors and some do not');

  if (problems.length) {
    throw new WwError('SHARD', `merge: the ${partials.length} partial report(s) do not make one run:\n  - ${problems.join('\n  - ')}`, {
      problems,
      missingLayers: missing,
      duplicatedLayers: duplicated.map(([l]) => l),
      missingShards,
    });
  }
  return [...partials].sort((a, b) => a.report.shard.index - b.report.shard.index);
}
