/**
 * The baseline store: run reports saved with @actions/cache on pushes to the default branch and
 * restored on pull requests. Keys are built from the model source (stable across branches), the
 * config hash and the model's content hash:
 *   ww-smooth-baseline-v1-<source slug>-<config hash>-<model sha256>
 * A PR first asks for its own model hash (exact hit when the PR did not change the model), then
 * falls back to the prefix without it, which the cache service answers with the newest report saved
 * on the default branch for this model source and config. Cache trouble is a warning, never a gate
 * failure.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { writeReportJson } from '../report/json.js';
import { readRunReport } from '../report/read.js';
import { RUN_REPORT_SCHEMA_VERSION, type RunReport } from '../report/types.js';

/** The subset of @actions/cache used here (injectable for tests). */
export interface CacheApi {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/** Relative to the workspace so the cache "version" (a hash of the paths) is the same on every runner. */
export const BASELINE_DIR = '.ww-smooth-baseline';
const BASELINE_FILE = 'baseline.json';

export function baselinePrefix(modelSource: string, configHash: string): string {
  const slug = createHash('sha256').update(modelSource).digest('hex').slice(0, 16);
  return `ww-smooth-baseline-v${RUN_REPORT_SCHEMA_VERSION}-${slug}-${configHash.slice(0, 16)}-`;
}

export function baselineKey(modelSource: string, configHash: string, modelSha256: string): string {
  return baselinePrefix(modelSource, configHash) + modelSha256;
}

export type RestoreResult =
  | { readonly found: true; readonly report: RunReport; readonly key: string; readonly exact: boolean }
  | { readonly found: false; readonly reason: string };

export async function restoreBaseline(args: {
  cache: CacheApi;
  workspace: string;
  modelSource: string;
  configHash: string;
  modelSha256: string;
}): Promise<RestoreResult> {
  if (!args.cache.isFeatureAvailable()) return { found: false, reason: 'the Actions cache service is not available on this runner' };
  const dir = path.join(args.workspace, BASELINE_DIR);
  const key = baselineKey(args.modelSource, args.configHash, args.modelSha256);
  const prefix = baselinePrefix(args.modelSource, args.configHash);
  const cwd = process.cwd();
  try {
    // @actions/cache resolves paths against the process cwd; run it from the workspace.
    process.chdir(args.workspace);
    const hit = await args.cache.restoreCache([BASELINE_DIR], key, [prefix]);
    if (!hit) return { found: false, reason: 'no report for this model and config was saved on the default branch yet (it is saved on each push there)' };
    // Validated like any report read back (src/report/run-schema.json). An older schema version or a
    // damaged entry throws INPUT_INVALID naming the path: the action warns and goes on without a baseline.
    const report = await readRunReport(path.join(dir, BASELINE_FILE));
    return { found: true, report, key: hit, exact: hit === key };
  } finally {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  }
}

export async function saveBaseline(args: { cache: CacheApi; workspace: string; report: RunReport }): Promise<string | null> {
  if (!args.cache.isFeatureAvailable()) return null;
  const dir = path.join(args.workspace, BASELINE_DIR);
  const key = baselineKey(args.report.model.source, args.report.configHash, args.report.model.sha256);
  const cwd = process.cwd();
  try {
    await mkdir(dir, { recursive: true });
    await writeReportJson(path.join(dir, BASELINE_FILE), args.report);
    process.chdir(args.workspace);
    await args.cache.saveCache([BASELINE_DIR], key);
    return key;
  } finally {
    process.chdir(cwd);
    await rm(dir, { recursive: true, force: true });
  }
}
