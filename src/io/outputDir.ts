/**
 * One run's outputs are one unit. Before a run writes into output-dir it claims the folder:
 *  - a lock file (`.ww-smooth.lock`, created exclusively, holding pid and host) keeps a second
 *    run from sharing the folder (main: run A reported the perplexity of run B's smoothed model,
 *    re-read from disk); a lock whose process is gone is taken over; the lock goes when the run
 *    ends (or the process exits). `withClaimedOutputDir` holds it around a whole run: the action
 *    and the CLI claim the folder before the pipeline and keep it while they write report.json and
 *    comment.md; the pipeline's own claim inside that is the same claim (tracked per async
 *    context, so another run in the same process is still refused);
 *  - temp files a killed run left (`.NAME.<pid>.<hex>.tmp`, up to the size of a model) are removed,
 *    in output-dir and its downloads/ folder;
 *  - the outputs of an earlier run (report.json, comment.md, summary.md, smoothed.*) are removed,
 *    so a run that fails or does not smooth never leaves them behind to be taken for its own.
 *    The input model is never among them, even when it lies in output-dir.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { WwError } from '../errors.js';
import { isTempFileName, pendingTempFiles } from './atomic.js';
import { makeFolder } from './paths.js';

export const LOCK_NAME = '.ww-smooth.lock';
/** Files a run writes into output-dir that a later run must not find from an earlier one. */
const RUN_OUTPUTS = /^(report\.json|comment\.md|summary\.md|smoothed\.(onnx|safetensors)(\.data)?)$/;

export interface ClaimOptions {
  /** Local files the run reads (the model): never removed. */
  readonly keep?: readonly string[];
  /** Shard jobs keep what is in the folder (their partials are named per shard). */
  readonly removeStaleOutputs?: boolean;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function takeLock(dir: string): Promise<string> {
  const lock = path.join(dir, LOCK_NAME);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, mine, { flag: 'wx' });
      return lock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new WwError('IO', `output-dir ${dir}: cannot create the run lock ${LOCK_NAME}: ${(err as Error).message}`, { dir });
      }
    }
    let holder: { pid?: unknown; host?: unknown } = {};
    try {
      holder = JSON.parse(await readFile(lock, 'utf8')) as typeof holder;
    } catch {
      // unreadable or half-written: treated as stale
    }
    const pid = typeof holder.pid === 'number' ? holder.pid : null;
    if (pid !== null && holder.host === hostname() && alive(pid)) {
      throw new WwError('OUTPUT_BUSY', `output-dir ${dir} is in use by another ww-smooth run (pid ${pid}); give each run its own output-dir`, { dir, pid });
    }
    await rm(lock, { force: true });
  }
  throw new WwError('OUTPUT_BUSY', `output-dir ${dir}: could not take the run lock ${LOCK_NAME}`, { dir });
}

async function removeLeftovers(dir: string, opts: ClaimOptions): Promise<void> {
  const ours = new Set(pendingTempFiles());
  const keep = new Set((opts.keep ?? []).map((f) => path.resolve(f)));
  for (const folder of [dir, path.join(dir, 'downloads')]) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      const stale = isTempFileName(name) ? !ours.has(file) : folder === dir && opts.removeStaleOutputs !== false && RUN_OUTPUTS.test(name);
      if (stale && !keep.has(file)) await rm(file, { force: true });
    }
  }
}

/**
 * Claims `dir` for this run (see the file comment). Returns the release function; the lock is
 * also removed if the process exits first.
 */
export async function claimOutputDir(dir: string, opts: ClaimOptions = {}): Promise<() => Promise<void>> {
  const abs = path.resolve(dir);
  await makeFolder(abs, 'output-dir');
  const lock = await takeLock(abs);
  const onExit = (): void => rmSync(lock, { force: true });
  process.on('exit', onExit);
  try {
    await removeLeftovers(abs, opts);
  } catch (err) {
    process.removeListener('exit', onExit);
    await rm(lock, { force: true });
    throw err;
  }
  return async () => {
    process.removeListener('exit', onExit);
    await rm(lock, { force: true });
  };
}

/** Output folders claimed by the run this async context belongs to. */
const claimedHere = new AsyncLocalStorage<ReadonlySet<string>>();

/**
 * Runs `work` with `dir` claimed (lock taken, leftovers removed; see claimOutputDir), released
 * when `work` settles. Nested calls for the same folder within one run reuse the outer claim.
 */
export async function withClaimedOutputDir<T>(dir: string, opts: ClaimOptions, work: () => Promise<T>): Promise<T> {
  const abs = path.resolve(dir);
  const outer = claimedHere.getStore();
  if (outer?.has(abs)) return work();
  const release = await claimOutputDir(abs, opts);
  try {
    return await claimedHere.run(new Set([...(outer ?? []), abs]), work);
  } finally {
    await release();
  }
}
