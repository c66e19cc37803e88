/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/io/paths.ts
import { mkdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function isInside(root, child) {
  const rel = relative(root, child);
  return rel === "" || !rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel);
}
async function realpathOrAncestor(p) {
  const abs = resolve(p);
  const tail = [];
  let cur = abs;
  for (; ; ) {
    try {
      const real = await realpath(cur);
      return { real: tail.length === 0 ? real : join(real, ...tail.reverse()), exists: tail.length === 0 };
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP") throw new WwError("PATH_ESCAPE", `${abs}: symlink loop (ELOOP)`, { path: abs });
      if (code !== "ENOENT" && code !== "ENOTDIR") throw new WwError("IO", `${abs}: cannot resolve (${code ?? e.message})`, { path: abs, errno: code ?? null });
      const parent = dirname(cur);
      if (parent === cur) return { real: abs, exists: false };
      tail.push(basename(cur));
      cur = parent;
    }
  }
}
async function resolveInside(root, relativePath, what, opts = {}) {
  const details = { root, path: relativePath, what };
  if (typeof relativePath !== "string" || relativePath === "" || relativePath.includes("\0")) {
    throw new WwError("PATH_ESCAPE", `${what}: ${JSON.stringify(relativePath)} is not a usable relative path`, details);
  }
  if (isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath) || relativePath.startsWith("\\") || relativePath.startsWith("/")) {
    throw new WwError("PATH_ESCAPE", `${what}: "${relativePath}" is absolute; it must be relative to ${root}`, details);
  }
  if (relativePath.split(/[\\/]/).some((s) => s === "..")) {
    throw new WwError("PATH_ESCAPE", `${what}: "${relativePath}" contains ".."; it must stay inside ${root}`, details);
  }
  let rootReal;
  try {
    rootReal = await realpath(resolve(root));
  } catch {
    throw new WwError(opts.missingCode ?? "IO", `${what}: folder ${root} does not exist`, details);
  }
  const { real, exists } = await realpathOrAncestor(join(rootReal, relativePath));
  if (!isInside(rootReal, real)) {
    throw new WwError("PATH_ESCAPE", `${what}: "${relativePath}" resolves to ${real}, outside ${rootReal} (a symlink points out)`, { ...details, resolved: real });
  }
  if (!exists && (opts.mustExist ?? true)) {
    throw new WwError(opts.missingCode ?? "IO", `${what}: "${relativePath}" not found in ${rootReal}`, details);
  }
  if (exists) await refuseSpecialFile(real, what);
  return real;
}
function specialKind(st) {
  if (st.isFile() || st.isDirectory()) return null;
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
async function refuseSpecialFile(file, what) {
  let st;
  try {
    st = await stat(file);
  } catch {
    return;
  }
  const kind = specialKind(st);
  if (kind) throw new WwError("SPECIAL_FILE", `${what}: ${file} is ${kind}; expected a regular file`, { file, what });
}
async function regularFile(file, what, missingCode = "IO") {
  let st;
  try {
    st = await stat(file);
  } catch (err) {
    const errno = err.code;
    if (errno === "ELOOP") throw new WwError("PATH_ESCAPE", `${what}: ${file} is a symlink loop (ELOOP)`, { file, what });
    throw new WwError(missingCode, `${what}: ${file} does not exist`, { file, what, errno: errno ?? null });
  }
  if (st.isDirectory()) throw new WwError(missingCode === "IO" ? "IO" : "MODEL_FORMAT", `${what}: ${file} is a folder; expected a file`, { file, what });
  const kind = specialKind(st);
  if (kind) throw new WwError("SPECIAL_FILE", `${what}: ${file} is ${kind}; expected a regular file`, { file, what });
}
async function assertInside(root, userPath, what) {
  const rootReal = (await realpathOrAncestor(root)).real;
  const { real } = await realpathOrAncestor(resolve(userPath));
  if (!isInside(rootReal, real)) {
    throw new WwError("PATH_ESCAPE", `${what}: ${userPath} resolves to ${real}, outside ${rootReal}`, { root: rootReal, path: userPath, resolved: real, what });
  }
  await refuseSpecialFile(real, what);
  return real;
}
async function nearestExisting(p) {
  for (let cur = resolve(p); ; cur = dirname(cur)) {
    try {
      return { path: cur, stats: await stat(cur) };
    } catch (e) {
      const code = e.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") return null;
      if (dirname(cur) === cur) return null;
    }
  }
}
async function makeFolder(dir, what) {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    const errno = err.code;
    const blocker = errno === "EEXIST" || errno === "ENOTDIR" ? await nearestExisting(dir) : null;
    const why = blocker && !blocker.stats.isDirectory() ? `${blocker.path} is a file, not a folder` : err.message;
    throw new WwError("IO", `${what} ${dir} cannot be created: ${why}; expected a folder (or a path where one can be made)`, { file: dir, what, errno: errno ?? null }, { cause: err });
  }
}
async function checkWritableFile(file, what) {
  const abs = resolve(file);
  const found = await nearestExisting(abs);
  if (!found) return;
  if (found.path === abs) {
    if (found.stats.isDirectory()) throw new WwError("IO", `${what} ${abs} is a folder; expected a file path to write`, { file: abs, what });
    const kind = specialKind(found.stats);
    if (kind) throw new WwError("SPECIAL_FILE", `${what} ${abs} is ${kind}; expected a regular file`, { file: abs, what });
    return;
  }
  if (!found.stats.isDirectory()) {
    throw new WwError("IO", `${what} ${abs} cannot be written: ${found.path} is a file, not a folder`, { file: abs, what, blocker: found.path });
  }
}

export {
  isInside,
  realpathOrAncestor,
  resolveInside,
  refuseSpecialFile,
  regularFile,
  assertInside,
  makeFolder,
  checkWritableFile
};
