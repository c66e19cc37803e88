/**
 * Last resort of the runtime lookup (src/runtime/ort.ts): fetch the pinned onnxruntime-node and
 * onnxruntime-common tarballs from the npm registry with the project's one verified downloader
 * (src/io/download.ts: https only, bounded, retried, checked against the sha512 integrity recorded
 * in package-lock.json (src/runtime/ort-pin.json) before use), then stream each tarball from disk
 * through gunzip and the tar parser, extracting only the files this platform loads into the
 * runner's tool cache. Before downloading, the caller's cache hook may
 * restore that folder; after a download the hook saves it, so a runner downloads once per cache
 * lifetime. The folder appears complete or not at all: files go to a temp folder that is renamed
 * into place, and a marker with the provenance is written last.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { WwError } from '../errors.js';
import { downloadVerified } from '../io/download.js';
import { bindingFile, isRuntimeFile, ORT_PIN, type RuntimePackage } from './layout.js';
import type { RuntimeOptions } from './ort.js';
import { TarParser } from './tar.js';

/** Written last into the tool-cache folder; its presence means the folder is complete. */
export const PROVENANCE_FILE = 'ww-smooth-provenance.json';

export interface Provenance {
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
  readonly packages: readonly { name: RuntimePackage; tarball: string; integrity: string; bytes: number; files: number }[];
}

/** Upper bound on one runtime tarball (onnxruntime-node 1.30.0 is 113.5 MB with every platform's binaries). */
export const MAX_TARBALL_BYTES = 1 << 30;

/** Opens `file` for writing, refusing to replace anything (a tar entry named twice is an error). */
async function createEntryFile(file: string, mode: number, entry: string): Promise<FileHandle> {
  try {
    return await open(file, 'wx', mode);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new WwError('DOWNLOAD', `tar archive: entry ${JSON.stringify(entry)} appears twice`, { entry });
    throw err;
  }
}

/**
 * Streams one verified package tarball (a file) through gunzip and the tar parser, writing the
 * runtime files of this platform into `dest`; returns how many were written. Memory stays at a
 * few chunks whatever the tarball's size.
 */
async function extractPackage(tgzFile: string, pkg: RuntimePackage, dest: string, platform: string, arch: string): Promise<number> {
  const parser = new TarParser();
  let count = 0;
  let out: FileHandle | null = null;
  try {
    const gunzip = createReadStream(tgzFile).pipe(createGunzip());
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        for (const event of parser.push(chunk)) {
          if (event.kind === 'entry') {
            const { path, type, mode } = event.header;
            // npm tarballs put everything under one top folder (usually `package/`).
            const slash = path.indexOf('/');
            const rel = slash < 0 ? '' : path.slice(slash + 1);
            if (type !== 'file' || !isRuntimeFile(pkg, rel, platform, arch)) continue;
            const file = join(dest, rel);
            await mkdir(dirname(file), { recursive: true });
            out = await createEntryFile(file, mode & 0o111 ? 0o755 : 0o644, path);
          } else if (event.kind === 'data' && out) {
            let off = 0;
            while (off < event.bytes.length) off += (await out.write(event.bytes, off, event.bytes.length - off)).bytesWritten;
          } else if (event.kind === 'end' && out) {
            await out.close();
            out = null;
            count++;
          }
        }
      }
    } catch (err) {
      if (err instanceof WwError) throw err;
      if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) {
        throw new WwError('DOWNLOAD', `${pkg} tarball ${tgzFile} is not complete gzip data: ${(err as Error).message}`, { file: tgzFile }, { cause: err });
      }
      throw err;
    }
    parser.finish();
  } finally {
    await out?.close();
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
      // The tarball is verified on disk (src/io/download.ts) before a byte of it is extracted.
      const tgz = join(staging, 'downloads', `${name}.tgz`);
      const got = await downloadVerified({ url: tarball, integrity, pinSource: 'package-lock.json', dest: tgz, maxBytes: MAX_TARBALL_BYTES, log, ...options.download });
      const files = await extractPackage(got.path, name, join(staging, 'node_modules', name), platform, arch);
      await rm(got.path);
      log(`  ${got.bytes} bytes, integrity ${integrity.slice(0, 20)}... verified, ${files} runtime files extracted`);
      provenance.push({ name, tarball, integrity, bytes: got.bytes, files });
    }
    if (!existsSync(join(staging, 'node_modules', 'onnxruntime-node', bindingFile(platform, arch)))) {
      throw new WwError('RUNTIME_MISSING', `onnxruntime-node ${pin.version} from the npm registry has no binary for ${platform}/${arch} (${bindingFile(platform, arch)})`);
    }
    await rm(join(staging, 'downloads'), { recursive: true, force: true });
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
