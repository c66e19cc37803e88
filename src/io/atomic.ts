/**
 * Atomic output files: whatever is written goes to a temp file in the destination's own folder
 * (same filesystem, so rename is atomic), is fsynced, then renamed over the destination, and the
 * folder is fsynced so the rename survives a crash. A reader sees the old complete file or the
 * new complete file, never a half-written one, even if the process is killed (SIGKILL) mid-write.
 * On failure the temp file is removed; on SIGINT/SIGTERM and normal exit, pending temp files are
 * removed too (a SIGKILL can leave a `.NAME.*.tmp` file, never a half-written NAME).
 *
 * The set of pending temp files is process-wide on purpose: signal handlers are process-wide.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { WwError } from '../errors.js';

const pending = new Set<string>();
let handlersInstalled = false;

function cleanupPendingSync(): void {
  for (const p of pending) {
    try {
      rmSync(p, { force: true });
    } catch {
      // best effort: the process is going away
    }
  }
  pending.clear();
}

function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanupPendingSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      cleanupPendingSync();
      // Keep the default behaviour (terminate) when nobody else handles the signal.
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

/** A temp path next to `dest`: hidden, unique, recognisable (`.NAME.<pid>.<random>.tmp`). */
export function tempPathFor(dest: string): string {
  const abs = resolve(dest);
  return join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** True for a name tempPathFor makes (`.NAME.<pid>.<12 hex>.tmp`): what a killed run can leave. */
export function isTempFileName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
}

async function fsyncDir(dir: string): Promise<void> {
  try {
    const h = await open(dir, 'r');
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic.
  }
}

/**
 * Runs `write(tmpPath)` to produce the file, then fsyncs and renames it to `dest`. `write` may
 * create the temp file any way it likes (stream, FileHandle, another library). Returns write's value.
 */
export async function withAtomicOutput<T>(dest: string, write: (tmpPath: string) => Promise<T>): Promise<T> {
  installHandlers();
  const abs = resolve(dest);
  const tmp = tempPathFor(abs);
  pending.add(tmp);
  try {
    const result = await write(tmp);
    let h;
    try {
      h = await open(tmp, 'r+');
    } catch (e) {
      throw new WwError('IO', `writing ${abs}: the temp file ${tmp} was not created (${(e as Error).message})`, { file: abs }, { cause: e });
    }
    try {
      await h.sync();
    } finally {
      await h.close();
    }
    await rename(tmp, abs);
    pending.delete(tmp);
    await fsyncDir(dirname(abs));
    return result;
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    pending.delete(tmp);
    if (e instanceof WwError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new WwError('IO', `cannot write ${abs}: ${(e as Error).message}`, { file: abs, errno: code }, { cause: e });
    throw e;
  }
}

/** Data for writeFileAtomic: bytes, text, or chunks produced one at a time (large outputs). */
export type AtomicData = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/** Writes `data` to `dest` atomically (temp file in the same folder + fsync + rename). */
export async function writeFileAtomic(dest: string, data: AtomicData): Promise<void> {
  await withAtomicOutput(dest, async (tmp) => {
    const h = await open(tmp, 'wx', 0o644);
    try {
      if (typeof data === 'string') await h.writeFile(data, 'utf8');
      else if (data instanceof Uint8Array) await h.writeFile(data);
      else {
        for await (const chunk of data as AsyncIterable<Uint8Array>) {
          let off = 0;
          while (off < chunk.length) off += (await h.write(chunk, off, chunk.length - off)).bytesWritten;
        }
      }
    } finally {
      await h.close();
    }
  });
}

/** Temp files this process has not finished yet (for tests and diagnostics). */
export function pendingTempFiles(): readonly string[] {
  return [...pending];
}
