/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/io/atomic.ts
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
var pending = /* @__PURE__ */ new Set();
var handlersInstalled = false;
function cleanupPendingSync() {
  for (const p of pending) {
    try {
      rmSync(p, { force: true });
    } catch {
    }
  }
  pending.clear();
}
function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", cleanupPendingSync);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    const onSignal = () => {
      cleanupPendingSync();
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}
function tempPathFor(dest) {
  const abs = resolve(dest);
  return join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}
function isTempFileName(name) {
  return /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/.test(name);
}
async function fsyncDir(dir) {
  try {
    const h = await open(dir, "r");
    try {
      await h.sync();
    } finally {
      await h.close();
    }
  } catch {
  }
}
async function withAtomicOutput(dest, write) {
  installHandlers();
  const abs = resolve(dest);
  const tmp = tempPathFor(abs);
  pending.add(tmp);
  try {
    const result = await write(tmp);
    let h;
    try {
      h = await open(tmp, "r+");
    } catch (e) {
      throw new WwError("IO", `writing ${abs}: the temp file ${tmp} was not created (${e.message})`, { file: abs }, { cause: e });
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
    await rm(tmp, { force: true }).catch(() => void 0);
    pending.delete(tmp);
    if (e instanceof WwError) throw e;
    const code = e.code;
    if (code !== void 0) throw new WwError("IO", `cannot write ${abs}: ${e.message}`, { file: abs, errno: code }, { cause: e });
    throw e;
  }
}
async function writeFileAtomic(dest, data) {
  await withAtomicOutput(dest, async (tmp) => {
    const h = await open(tmp, "wx", 420);
    try {
      if (typeof data === "string") await h.writeFile(data, "utf8");
      else if (data instanceof Uint8Array) await h.writeFile(data);
      else {
        for await (const chunk of data) {
          let off = 0;
          while (off < chunk.length) off += (await h.write(chunk, off, chunk.length - off)).bytesWritten;
        }
      }
    } finally {
      await h.close();
    }
  });
}
function pendingTempFiles() {
  return [...pending];
}

export {
  isTempFileName,
  withAtomicOutput,
  writeFileAtomic,
  pendingTempFiles
};
