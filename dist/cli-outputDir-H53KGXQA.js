/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  isTempFileName,
  pendingTempFiles
} from "./cli-chunk-VV3OXSPZ.js";
import {
  makeFolder
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/io/outputDir.ts
import { AsyncLocalStorage } from "node:async_hooks";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { rmSync } from "node:fs";
import { hostname } from "node:os";
import * as path from "node:path";
var LOCK_NAME = ".ww-smooth.lock";
var RUN_OUTPUTS = /^(report\.json|comment\.md|summary\.md|smoothed\.(onnx|safetensors)(\.data)?)$/;
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
async function takeLock(dir) {
  const lock = path.join(dir, LOCK_NAME);
  const mine = JSON.stringify({ pid: process.pid, host: hostname() });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, mine, { flag: "wx" });
      return lock;
    } catch (err) {
      if (err.code !== "EEXIST") {
        throw new WwError("IO", `output-dir ${dir}: cannot create the run lock ${LOCK_NAME}: ${err.message}`, { dir });
      }
    }
    let holder = {};
    try {
      holder = JSON.parse(await readFile(lock, "utf8"));
    } catch {
    }
    const pid = typeof holder.pid === "number" ? holder.pid : null;
    if (pid !== null && holder.host === hostname() && alive(pid)) {
      throw new WwError("OUTPUT_BUSY", `output-dir ${dir} is in use by another ww-smooth run (pid ${pid}); give each run its own output-dir`, { dir, pid });
    }
    await rm(lock, { force: true });
  }
  throw new WwError("OUTPUT_BUSY", `output-dir ${dir}: could not take the run lock ${LOCK_NAME}`, { dir });
}
async function removeLeftovers(dir, opts) {
  const ours = new Set(pendingTempFiles());
  const keep = new Set((opts.keep ?? []).map((f) => path.resolve(f)));
  for (const folder of [dir, path.join(dir, "downloads")]) {
    let names;
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
async function claimOutputDir(dir, opts = {}) {
  const abs = path.resolve(dir);
  await makeFolder(abs, "output-dir");
  const lock = await takeLock(abs);
  const onExit = () => rmSync(lock, { force: true });
  process.on("exit", onExit);
  try {
    await removeLeftovers(abs, opts);
  } catch (err) {
    process.removeListener("exit", onExit);
    await rm(lock, { force: true });
    throw err;
  }
  return async () => {
    process.removeListener("exit", onExit);
    await rm(lock, { force: true });
  };
}
var claimedHere = new AsyncLocalStorage();
async function withClaimedOutputDir(dir, opts, work) {
  const abs = path.resolve(dir);
  const outer = claimedHere.getStore();
  if (outer?.has(abs)) return work();
  const release = await claimOutputDir(abs, opts);
  try {
    return await claimedHere.run(/* @__PURE__ */ new Set([...outer ?? [], abs]), work);
  } finally {
    await release();
  }
}
export {
  LOCK_NAME,
  claimOutputDir,
  withClaimedOutputDir
};
