/**
 * Conformance suites use ../shared (models, texts, WeightWatcher's own reference numbers) when the
 * checkout sits beside it, as in this project's CI. A user's clone has no ../shared: those suites
 * then skip and say why, and the rest of the suite still runs on fixtures the tests build.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of the shared folder, or null when it is absent. `WW_SHARED_DIR` overrides. */
export function sharedDir(): string | null {
  const candidate = process.env['WW_SHARED_DIR'] ?? join(repoRoot, '..', 'shared');
  return existsSync(join(candidate, 'models')) ? resolve(candidate) : null;
}

/** Path inside ../shared, or null (and a one-line notice) when it is absent. */
export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  if (dir === null) {
    console.warn(`[conformance] ../shared not found next to ${repoRoot}: skipping suites that need ${parts.join('/')}`);
    return null;
  }
  const p = join(dir, ...parts);
  return existsSync(p) ? p : null;
}
