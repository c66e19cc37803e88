/**
 * Safe path resolution: a path named by untrusted input (an external-data `location` inside a
 * model, a tokenizer folder, an output file, a config file) must stay inside the folder it
 * belongs to. `resolveInside` refuses absolute paths, `..` segments and symlinks whose target
 * lies outside the root (checked on the real path, so a link anywhere on the way counts), with
 * WwError PATH_ESCAPE. Paths that do not exist yet (outputs) are checked through their nearest
 * existing ancestor, so a symlinked folder on the way out is caught as well. A target that exists
 * must be a regular file or a folder: a FIFO blocks the `open` that reads it, a device such as
 * /dev/zero never ends, so both refuse it (SPECIAL_FILE) before anything opens it.
 */
import { mkdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { WwError } from '../errors.js';

export interface ResolveInsideOptions {
  /** Default true: a missing target is an error (`missingCode`, default IO). false: allowed (outputs). */
  readonly mustExist?: boolean;
  /** Error code when the target is missing and mustExist is true. */
  readonly missingCode?: 'IO' | 'EXTERNAL_DATA_MISSING' | 'MODEL_NOT_FOUND' | 'TOKENIZER_MISSING' | 'CONFIG_NOT_FOUND';
}

/** True when `child` (absolute, normalised) is `root` itself or lies below it. */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Real path of `p`, or of its nearest existing ancestor with the missing tail appended. */
export async function realpathOrAncestor(p: string): Promise<{ real: string; exists: boolean }> {
  const abs = resolve(p);
  const tail: string[] = [];
  let cur = abs;
  for (;;) {
    try {
      const real = await realpath(cur);
      return { real: tail.length === 0 ? real : join(real, ...tail.reverse()), exists: tail.length === 0 };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new WwError('PATH_ESCAPE', `${abs}: symlink loop (ELOOP)`, { path: abs });
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new WwError('IO', `${abs}: cannot resolve (${code ?? (e as Error).message})`, { path: abs, errno: code ?? null });
      const parent = dirname(cur);
      if (parent === cur) return { real: abs, exists: false };
      tail.push(basename(cur));
      cur = parent;
    }
  }
}

/**
 * Resolves `relativePath` inside `root` and returns its real (symlink-free) absolute path.
 * `what` names the path for messages, e.g. `external data location of tensor w` or `output path`.
 */
export async function resolveInside(root: string, relativePath: string, what: string, opts: ResolveInsideOptions = {}): Promise<string> {
  const details = { root, path: relativePath, what };
  if (typeof relativePath !== 'string' || relativePath === '' || relativePath.includes('\0')) {
    throw new WwError('PATH_ESCAPE', `${what}: ${JSON.stringify(relativePath)} is not a usable relative path`, details);
  }
  if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath) || relativePath.startsWith('\\') || relativePath.startsWith('/')) {
    throw new WwError('PATH_ESCAPE', `${what}: "${relativePath}" is absolute; it must be relative to ${root}`, details);
  }
  if (relativePath.split(/[\\/]/).some((s) => s === '..')) {
    throw new WwError('PATH_ESCAPE', `${what}: "${relativePath}" contains ".."; it must stay inside ${root}`, details);
  }
  let rootReal: string;
  try {
    rootReal = await realpath(resolve(root));
  } catch {
    throw new WwError(opts.missingCode ?? 'IO', `${what}: folder ${root} does not exist`, details);
  }
  const { real, exists } = await realpathOrAncestor(join(rootReal, relativePath));
  if (!isInside(rootReal, real)) {
    throw new WwError('PATH_ESCAPE', `${what}: "${relativePath}" resolves to ${real}, outside ${rootReal} (a symlink points out)`, { ...details, resolved: real });
  }
  if (!exists && (opts.mustExist ?? true)) {
    throw new WwError(opts.missingCode ?? 'IO', `${what}: "${relativePath}" not found in ${rootReal}`, details);
  }
  if (exists) await refuseSpecialFile(real, what);
  return real;
}

/** What kind of special file `st` is, or null for a regular file or a folder. */
function specialKind(st: Stats): string | null {
  if (st.isFile() || st.isDirectory()) return null;
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Refuses a FIFO, device or socket at `file` (symlinks followed; stat never opens, so it cannot
 * block). A missing file passes: the caller reports it in its own words.
 */
export async function refuseSpecialFile(file: string, what: string): Promise<void> {
  let st: Stats;
  try {
    st = await stat(file);
  } catch {
    return;
  }
  const kind = specialKind(st);
  if (kind) throw new WwError('SPECIAL_FILE', `${what}: ${file} is ${kind}; expected a regular file`, { file, what });
}

/** Checks that `file` is an existing regular file (symlinks followed), else SPECIAL_FILE / the caller's missing code. */
export async function regularFile(file: string, what: string, missingCode: 'IO' | 'MODEL_NOT_FOUND' = 'IO'): Promise<void> {
  let st: Stats;
  try {
    st = await stat(file);
  } catch (err) {
    const errno = (err as NodeJS.ErrnoException).code;
    if (errno === 'ELOOP') throw new WwError('PATH_ESCAPE', `${what}: ${file} is a symlink loop (ELOOP)`, { file, what });
    throw new WwError(missingCode, `${what}: ${file} does not exist`, { file, what, errno: errno ?? null });
  }
  if (st.isDirectory()) throw new WwError(missingCode === 'IO' ? 'IO' : 'MODEL_FORMAT', `${what}: ${file} is a folder; expected a file`, { file, what });
  const kind = specialKind(st);
  if (kind) throw new WwError('SPECIAL_FILE', `${what}: ${file} is ${kind}; expected a regular file`, { file, what });
}

/**
 * Checks that a user-supplied path (absolute or relative to cwd) lies inside `root` (e.g. the
 * workspace), following symlinks. Returns its real path (or the would-be real path if missing).
 */
export async function assertInside(root: string, userPath: string, what: string): Promise<string> {
  const rootReal = (await realpathOrAncestor(root)).real;
  const { real } = await realpathOrAncestor(resolve(userPath));
  if (!isInside(rootReal, real)) {
    throw new WwError('PATH_ESCAPE', `${what}: ${userPath} resolves to ${real}, outside ${rootReal}`, { root: rootReal, path: userPath, resolved: real, what });
  }
  await refuseSpecialFile(real, what);
  return real;
}

/** The nearest existing path at or above `p` (lstat-free: symlinks followed), with its stats. */
async function nearestExisting(p: string): Promise<{ path: string; stats: Stats } | null> {
  for (let cur = resolve(p); ; cur = dirname(cur)) {
    try {
      return { path: cur, stats: await stat(cur) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') return null;
      if (dirname(cur) === cur) return null;
    }
  }
}

/**
 * Creates folder `dir` (and its parents) for `what` (e.g. "output-dir", "download folder"). A
 * file where a folder must be (EEXIST / ENOTDIR from mkdir) is an IO error naming that file.
 */
export async function makeFolder(dir: string, what: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    const errno = (err as NodeJS.ErrnoException).code;
    const blocker = errno === 'EEXIST' || errno === 'ENOTDIR' ? await nearestExisting(dir) : null;
    const why = blocker && !blocker.stats.isDirectory() ? `${blocker.path} is a file, not a folder` : (err as Error).message;
    throw new WwError('IO', `${what} ${dir} cannot be created: ${why}; expected a folder (or a path where one can be made)`, { file: dir, what, errno: errno ?? null }, { cause: err });
  }
}

/**
 * Checks, before any work, that `file` can be written for `what` (e.g. "--json file"): it is not a
 * folder, and its nearest existing ancestor is a folder (not a file that would block mkdir).
 */
export async function checkWritableFile(file: string, what: string): Promise<void> {
  const abs = resolve(file);
  const found = await nearestExisting(abs);
  if (!found) return; // nothing on the way exists or is readable: the write reports it
  if (found.path === abs) {
    if (found.stats.isDirectory()) throw new WwError('IO', `${what} ${abs} is a folder; expected a file path to write`, { file: abs, what });
    const kind = specialKind(found.stats);
    if (kind) throw new WwError('SPECIAL_FILE', `${what} ${abs} is ${kind}; expected a regular file`, { file: abs, what });
    return;
  }
  if (!found.stats.isDirectory()) {
    throw new WwError('IO', `${what} ${abs} cannot be written: ${found.path} is a file, not a folder`, { file: abs, what, blocker: found.path });
  }
}
