/**
 * Last resort of the runtime lookup (src/runtime/ort.ts): fetch the pinned onnxruntime-node and
 * onnxruntime-common tarballs from the npm registry, check each against the sha512 integrity
 * recorded in package-lock.json (src/runtime/ort-pin.json), and extract only the files this
 * platform loads into the runner's tool cache. Before downloading, the caller's cache hook may
 * restore that folder; after a download the hook saves it, so a runner downloads once per cache
 * lifetime. The folder appears complete or not at all: files go to a temp folder that is renamed
 * into place, and a marker with the provenance is written last.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WwError } from '../errors.js';
import { bindingFile, isRuntimeFile, ORT_PIN, type RuntimePackage } from './layout.js';
import type { RuntimeOptions } from './ort.js';
import { assertSafeEntryPath, readTar } from './tar.js';

/** Written last into the tool-cache folder; its presence means the folder is complete. */
export const PROVENANCE_FILE = 'ww-smooth-provenance.json';

export interface Provenance {
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
  readonly packages: readonly { name: RuntimePackage; tarball: string; integrity: string; bytes: number; files: number }[];
}

/** Checks bytes against an npm/SRI integrity string (`sha512-<base64>`). */
export function verifyIntegrity(bytes: Uint8Array, integrity: string, what: string): void {
  const m = /^(sha512|sha384|sha256)-(.+)$/.exec(integrity);
  if (!m) throw new WwError('HASH_MISMATCH', `${what}: unsupported integrity ${JSON.stringify(integrity)} (expected sha512-...)`);
  const actual = createHash(m[1]!).update(bytes).digest('base64');
  if (actual !== m[2]) {
    throw new WwError('HASH_MISMATCH', `${what}: ${m[1]} is ${actual}, package-lock.json pins ${m[2]}; the download was not used`, {
      expected: integrity,
      actual: `${m[1]}-${actual}`,
    });
  }
}

async function fetchBytes(url: string, fetchImpl: typeof fetch): Promise<Uint8Array> {
  if (!/^https?:\/\//.test(url)) throw new WwError('DOWNLOAD', `refusing to download onnxruntime from ${url}: not an http(s) URL`);
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (err) {
    throw new WwError('DOWNLOAD', `could not download ${url}: ${(err as Error).message}`, { url }, { cause: err });
  }
  if (!response.ok) throw new WwError('DOWNLOAD', `could not download ${url}: HTTP ${response.status} ${response.statusText}`, { url });
  return new Uint8Array(await response.arrayBuffer());
}

/** Extracts the runtime files of one package tarball into `dest`; returns how many were written. */
async function extractPackage(tgz: Uint8Array, pkg: RuntimePackage, dest: string, platform: string, arch: string): Promise<number> {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(tgz);
  } catch (err) {
    throw new WwError('DOWNLOAD', `${pkg} tarball is not gzip data: ${(err as Error).message}`, {}, { cause: err });
  }
  let count = 0;
  for (const entry of readTar(tar)) {
    if (entry.type !== 'file') continue;
    // npm tarballs put everything under one top folder (usually `package/`).
    const slash = entry.path.indexOf('/');
    if (slash < 0) continue;
    const rel = entry.path.slice(slash + 1);
    if (!isRuntimeFile(pkg, rel, platform, arch)) continue;
    assertSafeEntryPath(rel);
    const out = join(dest, rel);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644 });
    count++;
  }
  return count;
}

/**
 * Makes `dir` (the tool-cache folder for this version and platform) hold a usable runtime:
 * restore from the cache hook, else download + verify + extract + save. Returns the package folder.
 */
export async function installPinnedRuntime(options: RuntimeOptions, dir: string): Promise<{ dir: string; source: 'downloaded' | 'cache-restored' }> {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const log = options.log ?? (() => {});
  const fetchImpl = options.fetchImpl ?? fetch;
  const pkgDir = join(dir, 'node_modules', 'onnxruntime-node');
  const key = `ww-smooth-onnxruntime-node-${pin.version}-${platform}-${arch}-${pin.packages['onnxruntime-node'].integrity.slice(7, 23)}`;
  const complete = (): boolean => existsSync(join(dir, PROVENANCE_FILE)) && existsSync(join(pkgDir, bindingFile(platform, arch)));

  if (options.cache) {
    const hit = await options.cache.restore(dir, key);
    if (hit && complete()) {
      log(`onnxruntime-node ${pin.version} for ${platform}/${arch} restored from the actions cache (key ${key}) into ${dir}`);
      return { dir: pkgDir, source: 'cache-restored' };
    }
    if (hit) log(`actions cache entry ${key} restored but incomplete; downloading again`);
  }

  const staging = `${dir}.partial-${process.pid}-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  const provenance: Provenance['packages'][number][] = [];
  try {
    for (const name of ['onnxruntime-node', 'onnxruntime-common'] as const) {
      const { tarball, integrity } = pin.packages[name];
      log(`downloading ${name} ${pin.packages[name].version} from ${tarball} (no usable onnxruntime-node for ${platform}/${arch} was found locally)`);
      const bytes = await fetchBytes(tarball, fetchImpl);
      verifyIntegrity(bytes, integrity, `${name} tarball ${tarball}`);
      const dest = name === 'onnxruntime-node' ? join(staging, 'node_modules', 'onnxruntime-node') : join(staging, 'node_modules', 'onnxruntime-common');
      const files = await extractPackage(bytes, name, dest, platform, arch);
      log(`  ${bytes.length} bytes, integrity ${integrity.slice(0, 20)}... verified, ${files} runtime files extracted`);
      provenance.push({ name, tarball, integrity, bytes: bytes.length, files });
    }
    if (!existsSync(join(staging, 'node_modules', 'onnxruntime-node', bindingFile(platform, arch)))) {
      throw new WwError('RUNTIME_MISSING', `onnxruntime-node ${pin.version} from the npm registry has no binary for ${platform}/${arch} (${bindingFile(platform, arch)})`);
    }
    const record: Provenance = { version: pin.version, platform, arch, packages: provenance };
    await writeFile(join(staging, PROVENANCE_FILE), JSON.stringify(record, null, 2) + '\n');
    await mkdir(dirname(dir), { recursive: true });
    await rm(dir, { recursive: true, force: true });
    await rename(staging, dir);
  } catch (err) {
    await rm(staging, { recursive: true, force: true });
    throw err;
  }
  log(`onnxruntime-node ${pin.version} for ${platform}/${arch} installed into ${dir}`);
  if (options.cache) await options.cache.save(dir, key);
  return { dir: pkgDir, source: 'downloaded' };
}

/** Reads the provenance marker of a tool-cache folder (null when absent). */
export async function readProvenance(dir: string): Promise<Provenance | null> {
  try {
    return JSON.parse(await readFile(join(dir, PROVENANCE_FILE), 'utf8')) as Provenance;
  } catch {
    return null;
  }
}
