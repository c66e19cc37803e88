/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  compilePathGlob,
  elide,
  hasGlobMagic
} from "./cli-chunk-WRW5N32G.js";
import {
  assertInside
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/io/glob.ts
import { opendir } from "node:fs/promises";
import * as path from "node:path";
var DEFAULT_MAX_ENTRIES = 1e5;
var DEFAULT_MAX_DEPTH = 32;
async function* walk(root, opts) {
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  let seen = 0;
  const stack = [{ dir: root, rel: "", depth: 0 }];
  while (stack.length > 0) {
    const { dir, rel, depth } = stack.pop();
    let handle;
    try {
      handle = await opendir(dir);
    } catch (err) {
      const errno = err.code;
      if (depth === 0 && errno !== "ENOENT" && errno !== "ENOTDIR") throw new WwError("IO", `${opts.what}: cannot list ${dir} (${err.code ?? err.message})`, { dir });
      continue;
    }
    for await (const d of handle) {
      if (++seen > maxEntries) {
        throw new WwError(opts.code ?? "INPUT_INVALID", `${opts.what}: walked more than ${maxEntries} entries under ${root}; narrow the pattern`, { root, limit: maxEntries });
      }
      const childRel = rel === "" ? d.name : `${rel}/${d.name}`;
      const abs = path.join(dir, d.name);
      const kind = d.isSymbolicLink() ? "symlink" : d.isDirectory() ? "dir" : d.isFile() ? "file" : "other";
      yield { rel: childRel, abs, kind };
      if (kind === "dir") {
        if (depth + 1 >= maxDepth) {
          throw new WwError(opts.code ?? "INPUT_INVALID", `${opts.what}: folders nest deeper than ${maxDepth} levels under ${root}`, { root, limit: maxDepth });
        }
        stack.push({ dir: abs, rel: childRel, depth: depth + 1 });
      }
    }
  }
}
function splitGlob(pattern) {
  const parts = pattern.split(/[\\/]/);
  const firstMagic = parts.findIndex((p) => hasGlobMagic(p));
  if (firstMagic < 0) return { base: parts.slice(0, -1).join("/") || ".", rest: parts[parts.length - 1] };
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") === "" ? "/" : baseParts.join("/");
  return { base, rest: parts.slice(firstMagic).join("/") };
}
async function expandGlob(pattern, opts) {
  const { base, rest } = splitGlob(pattern);
  const baseAbs = path.resolve(opts.cwd, base);
  if (opts.confineTo !== void 0) await assertInside(opts.confineTo, baseAbs, `${opts.what} (folder ${elide(base)})`);
  const matches = compilePathGlob(rest, { key: opts.what, code: opts.code ?? "INPUT_INVALID" });
  const out = [];
  for await (const e of walk(baseAbs, opts)) {
    if (matches(e.rel) || e.kind === "dir" && matches(`${e.rel}/`)) out.push(e.abs);
  }
  if (opts.confineTo !== void 0) {
    for (const m of out) await assertInside(opts.confineTo, m, `${opts.what} (match ${elide(path.relative(baseAbs, m))})`);
  }
  return out.sort();
}

export {
  walk,
  expandGlob
};
