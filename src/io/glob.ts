/**
 * Bounded file-system walks for the globs a run is given (model globs, merge sources). A walk
 * never descends into a symlinked folder (a committed `loop -> .` would otherwise recurse until
 * the disk is read), stops with a WwError after `maxEntries` entries or `maxDepth` levels, and is
 * asynchronous so the run's deadline can end it. Matching is src/util/pattern.ts (minimatch).
 * When `confineTo` is given, the walk's starting folder and every match must resolve inside it
 * (symlinks followed), so a glob in a pull request's config cannot list or pick files outside
 * the workspace (`/**` or `../*` are refused before any directory is read).
 */
import { opendir } from 'node:fs/promises';
import * as path from 'node:path';
import { WwError, type WwErrorCode } from '../errors.js';
import { compilePathGlob, elide, hasGlobMagic } from '../util/pattern.js';
import { assertInside } from './paths.js';

export const DEFAULT_MAX_ENTRIES = 100_000;
export const DEFAULT_MAX_DEPTH = 32;

export interface WalkOptions {
  /** Names the walk in messages, e.g. `model glob models/**\/m.onnx`. */
  readonly what: string;
  readonly maxEntries?: number;
  readonly maxDepth?: number;
  /** Error code for the limits (default INPUT_INVALID). */
  readonly code?: WwErrorCode;
}

export interface WalkEntry {
  /** Path relative to the walk's root, `/`-separated. */
  readonly rel: string;
  readonly abs: string;
  readonly kind: 'file' | 'dir' | 'symlink' | 'other';
}

/** Every entry below `root` (not following symlinked folders), depth first, bounded. */
export async function* walk(root: string, opts: WalkOptions): AsyncGenerator<WalkEntry> {
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  let seen = 0;
  const stack: Array<{ dir: string; rel: string; depth: number }> = [{ dir: root, rel: '', depth: 0 }];
  while (stack.length > 0) {
    const { dir, rel, depth } = stack.pop()!;
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      const errno = (err as NodeJS.ErrnoException).code;
      if (depth === 0 && errno !== 'ENOENT' && errno !== 'ENOTDIR') throw new WwError('IO', `${opts.what}: cannot list ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { dir });
      continue; // a missing root, or a folder that vanished or cannot be read, holds no match
    }
    for await (const d of handle) {
      if (++seen > maxEntries) {
        throw new WwError(opts.code ?? 'INPUT_INVALID', `${opts.what}: walked more than ${maxEntries} entries under ${root}; narrow the pattern`, { root, limit: maxEntries });
      }
      const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
      const abs = path.join(dir, d.name);
      const kind = d.isSymbolicLink() ? 'symlink' : d.isDirectory() ? 'dir' : d.isFile() ? 'file' : 'other';
      yield { rel: childRel, abs, kind };
      if (kind === 'dir') {
        if (depth + 1 >= maxDepth) {
          throw new WwError(opts.code ?? 'INPUT_INVALID', `${opts.what}: folders nest deeper than ${maxDepth} levels under ${root}`, { root, limit: maxDepth });
        }
        stack.push({ dir: abs, rel: childRel, depth: depth + 1 });
      }
    }
  }
}

export interface ExpandGlobOptions extends WalkOptions {
  /** Folder the pattern is relative to. */
  readonly cwd: string;
  /** When set, the walk root and every match must resolve inside this folder. */
  readonly confineTo?: string;
}

/** The folder part of a pattern before its first wildcard segment, and the rest. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => hasGlobMagic(p));
  if (firstMagic < 0) return { base: parts.slice(0, -1).join('/') || '.', rest: parts[parts.length - 1]! };
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') === '' ? '/' : baseParts.join('/');
  return { base, rest: parts.slice(firstMagic).join('/') };
}

/** Absolute paths matching `pattern` (sorted), found by a bounded walk; see the file comment. */
export async function expandGlob(pattern: string, opts: ExpandGlobOptions): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const baseAbs = path.resolve(opts.cwd, base);
  if (opts.confineTo !== undefined) await assertInside(opts.confineTo, baseAbs, `${opts.what} (folder ${elide(base)})`);
  const matches = compilePathGlob(rest, { key: opts.what, code: opts.code ?? 'INPUT_INVALID' });
  const out: string[] = [];
  for await (const e of walk(baseAbs, opts)) {
    if (matches(e.rel) || (e.kind === 'dir' && matches(`${e.rel}/`))) out.push(e.abs);
  }
  if (opts.confineTo !== undefined) {
    for (const m of out) await assertInside(opts.confineTo, m, `${opts.what} (match ${elide(path.relative(baseAbs, m))})`);
  }
  return out.sort();
}
