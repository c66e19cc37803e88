/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  downloadVerified
} from "./cli-chunk-7N72QOL2.js";
import {
  ORT_PIN,
  bindingFile,
  isRuntimeFile
} from "./cli-chunk-235QKKHE.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/runtime/download.ts
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, rename, rm, writeFile, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createGunzip } from "node:zlib";

// src/runtime/tar.ts
var BLOCK = 512;
var MAX_META_BYTES = 1 << 20;
function readString(buf, start, length) {
  let end = start;
  while (end < start + length && buf[end] !== 0) end++;
  return Buffer.from(buf.subarray(start, end)).toString("utf8");
}
function readOctal(buf, start, length, what) {
  const text = readString(buf, start, length).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new WwError("DOWNLOAD", `tar archive: ${what} field is not octal (${JSON.stringify(text)})`);
  return parseInt(text, 8);
}
function parsePax(data) {
  const out = /* @__PURE__ */ new Map();
  const text = Buffer.from(data).toString("utf8");
  let pos = 0;
  while (pos < text.length) {
    const space = text.indexOf(" ", pos);
    if (space < 0) break;
    const len = parseInt(text.slice(pos, space), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = text.slice(space + 1, pos + len - 1);
    const eq = record.indexOf("=");
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}
function assertSafeEntryPath(path) {
  const parts = path.split("/");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path) || path.includes("\\") || parts.includes("..")) {
    throw new WwError("PATH_ESCAPE", `tar archive: entry ${JSON.stringify(path.slice(0, 200))} would be written outside the extraction folder`, { entry: path.slice(0, 200) });
  }
}
var TYPE_NAMES = { "1": "a hard link", "2": "a symbolic link", "3": "a character device", "4": "a block device", "6": "a FIFO" };
var TarParser = class {
  pending = new Uint8Array(0);
  /** Bytes of the current entry's data still to come, then its padding to the block boundary. */
  dataLeft = 0;
  padLeft = 0;
  /** The current entry: a file/folder (events go out) or a pax/long-name record (kept here). */
  current = null;
  meta = null;
  longPath;
  offset = 0;
  ended = false;
  push(chunk) {
    const events = [];
    let pos = 0;
    while (pos < chunk.length && !this.ended) {
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, chunk.length - pos);
        const bytes = chunk.subarray(pos, pos + n);
        if (this.current === "entry") events.push({ kind: "data", bytes });
        else this.meta.parts.push(bytes.slice());
        this.dataLeft -= n;
        pos += n;
        this.offset += n;
        if (this.dataLeft === 0) this.closeEntry(events);
        continue;
      }
      if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, chunk.length - pos);
        this.padLeft -= n;
        pos += n;
        this.offset += n;
        continue;
      }
      const need = BLOCK - this.pending.length;
      const take = chunk.subarray(pos, pos + need);
      pos += take.length;
      if (take.length < need || this.pending.length > 0) {
        const joined = new Uint8Array(this.pending.length + take.length);
        joined.set(this.pending, 0);
        joined.set(take, this.pending.length);
        this.pending = joined;
        if (joined.length < BLOCK) continue;
        this.header(joined, events);
        this.pending = new Uint8Array(0);
      } else {
        this.header(take, events);
      }
      this.offset += BLOCK;
    }
    return events;
  }
  /** Throws when the archive stopped inside an entry (a truncated tarball). */
  finish() {
    if (this.dataLeft > 0 || this.pending.length > 0) {
      throw new WwError("DOWNLOAD", `tar archive truncated at byte ${this.offset}: an entry declares ${this.dataLeft + this.pending.length} more bytes than the archive holds`, { offset: this.offset });
    }
  }
  header(block, events) {
    if (block.every((b) => b === 0)) {
      this.ended = true;
      return;
    }
    const size = readOctal(block, 124, 12, "size");
    const typeflag = String.fromCharCode(block[156] ?? 0);
    this.dataLeft = size;
    this.padLeft = Math.ceil(size / BLOCK) * BLOCK - size;
    if (typeflag === "x" || typeflag === "L" || typeflag === "g") {
      if (size > MAX_META_BYTES) throw new WwError("DOWNLOAD", `tar archive: a ${typeflag === "L" ? "long-name" : "pax"} header of ${size} bytes at byte ${this.offset} (at most ${MAX_META_BYTES})`);
      this.current = "meta";
      this.meta = { typeflag, parts: [], size };
      if (size === 0) this.closeEntry(events);
      return;
    }
    const name = readString(block, 0, 100);
    const prefix = readString(block, 345, 155);
    const path = this.longPath ?? (prefix ? `${prefix}/${name}` : name);
    this.longPath = void 0;
    assertSafeEntryPath(path);
    const mode = readOctal(block, 100, 8, "mode");
    let type;
    if (typeflag === "0" || typeflag === "\0" || typeflag === "7") type = "file";
    else if (typeflag === "5") type = "directory";
    else {
      const what = TYPE_NAMES[typeflag] ?? `type ${JSON.stringify(typeflag)}`;
      throw new WwError(typeflag === "1" || typeflag === "2" ? "PATH_ESCAPE" : "DOWNLOAD", `tar archive: entry ${JSON.stringify(path.slice(0, 200))} is ${what}; only files and folders are extracted`, { entry: path.slice(0, 200) });
    }
    this.current = "entry";
    events.push({ kind: "entry", header: { path, type, mode, size: type === "file" ? size : 0 } });
    if (size === 0 || type === "directory") {
      this.padLeft += type === "directory" ? size : 0;
      this.dataLeft = 0;
      this.closeEntry(events);
    }
  }
  closeEntry(events) {
    if (this.current === "entry") events.push({ kind: "end" });
    else if (this.meta) {
      const data = Buffer.concat(this.meta.parts);
      if (this.meta.typeflag === "x") this.longPath = parsePax(data).get("path");
      else if (this.meta.typeflag === "L") this.longPath = readString(data, 0, data.length);
      this.meta = null;
    }
    this.current = null;
  }
};

// src/runtime/download.ts
var PROVENANCE_FILE = "ww-smooth-provenance.json";
var MAX_TARBALL_BYTES = 1 << 30;
async function createEntryFile(file, mode, entry) {
  try {
    return await open(file, "wx", mode);
  } catch (err) {
    if (err.code === "EEXIST") throw new WwError("DOWNLOAD", `tar archive: entry ${JSON.stringify(entry)} appears twice`, { entry });
    throw err;
  }
}
async function extractPackage(tgzFile, pkg, dest, platform, arch) {
  const parser = new TarParser();
  let count = 0;
  let out = null;
  try {
    const gunzip = createReadStream(tgzFile).pipe(createGunzip());
    try {
      for await (const chunk of gunzip) {
        for (const event of parser.push(chunk)) {
          if (event.kind === "entry") {
            const { path, type, mode } = event.header;
            const slash = path.indexOf("/");
            const rel = slash < 0 ? "" : path.slice(slash + 1);
            if (type !== "file" || !isRuntimeFile(pkg, rel, platform, arch)) continue;
            const file = join(dest, rel);
            await mkdir(dirname(file), { recursive: true });
            out = await createEntryFile(file, mode & 73 ? 493 : 420, path);
          } else if (event.kind === "data" && out) {
            let off = 0;
            while (off < event.bytes.length) off += (await out.write(event.bytes, off, event.bytes.length - off)).bytesWritten;
          } else if (event.kind === "end" && out) {
            await out.close();
            out = null;
            count++;
          }
        }
      }
    } catch (err) {
      if (err instanceof WwError) throw err;
      if (err.code?.startsWith("Z_")) {
        throw new WwError("DOWNLOAD", `${pkg} tarball ${tgzFile} is not complete gzip data: ${err.message}`, { file: tgzFile }, { cause: err });
      }
      throw err;
    }
    parser.finish();
  } finally {
    await out?.close();
  }
  return count;
}
async function installPinnedRuntime(options, dir) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const log = options.log ?? (() => {
  });
  const pkgDir = join(dir, "node_modules", "onnxruntime-node");
  const key = `ww-smooth-onnxruntime-node-${pin.version}-${platform}-${arch}-${pin.packages["onnxruntime-node"].integrity.slice(7, 23)}`;
  const complete = () => existsSync(join(dir, PROVENANCE_FILE)) && existsSync(join(pkgDir, bindingFile(platform, arch)));
  if (options.cache) {
    const hit = await options.cache.restore(dir, key);
    if (hit && complete()) {
      log(`onnxruntime-node ${pin.version} for ${platform}/${arch} restored from the actions cache (key ${key}) into ${dir}`);
      return { dir: pkgDir, source: "cache-restored" };
    }
    if (hit) log(`actions cache entry ${key} restored but incomplete; downloading again`);
  }
  const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  const provenance = [];
  try {
    for (const name of ["onnxruntime-node", "onnxruntime-common"]) {
      const { tarball, integrity } = pin.packages[name];
      log(`downloading ${name} ${pin.packages[name].version} from ${tarball} (no usable onnxruntime-node for ${platform}/${arch} was found locally)`);
      const tgz = join(staging, "downloads", `${name}.tgz`);
      const got = await downloadVerified({ url: tarball, integrity, pinSource: "package-lock.json", dest: tgz, maxBytes: MAX_TARBALL_BYTES, log, ...options.download });
      const files = await extractPackage(got.path, name, join(staging, "node_modules", name), platform, arch);
      await rm(got.path);
      log(`  ${got.bytes} bytes, integrity ${integrity.slice(0, 20)}... verified, ${files} runtime files extracted`);
      provenance.push({ name, tarball, integrity, bytes: got.bytes, files });
    }
    if (!existsSync(join(staging, "node_modules", "onnxruntime-node", bindingFile(platform, arch)))) {
      throw new WwError("RUNTIME_MISSING", `onnxruntime-node ${pin.version} from the npm registry has no binary for ${platform}/${arch} (${bindingFile(platform, arch)})`);
    }
    await rm(join(staging, "downloads"), { recursive: true, force: true });
    const record = { version: pin.version, platform, arch, packages: provenance };
    await writeFile(join(staging, PROVENANCE_FILE), JSON.stringify(record, null, 2) + "\n");
    await mkdir(dirname(dir), { recursive: true });
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  log(`onnxruntime-node ${pin.version} for ${platform}/${arch} installed into ${dir}`);
  if (options.cache) await options.cache.save(dir, key);
  return { dir: pkgDir, source: "downloaded" };
}
async function readProvenance(dir) {
  try {
    return JSON.parse(await readFile(join(dir, PROVENANCE_FILE), "utf8"));
  } catch {
    return null;
  }
}
export {
  MAX_TARBALL_BYTES,
  PROVENANCE_FILE,
  installPinnedRuntime,
  readProvenance
};
