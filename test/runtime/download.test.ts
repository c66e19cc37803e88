/**
 * The runtime's last resort (src/runtime/download.ts): fetch the pinned tarballs with the verified
 * downloader (src/io/download.ts), check their sha512 against the pin, stream-extract only this
 * platform's runtime files into the tool cache, use the cache hooks. Tarballs are packed here by the
 * system `tar` (an independent writer, pax format) from the installed packages, integrities computed
 * by `openssl` (independent of node:crypto), and served by a local HTTPS server (a self-signed
 * certificate made by openssl; the suite is skipped with a notice without openssl) that records
 * requests. The extracted runtime is then loaded in a separate Node process and runs the demo model.
 * Hostile tarballs (an entry with `..`, an absolute path, a symlink; a truncated body; a tampered
 * one) are refused and leave nothing behind.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import { downloadVerified } from '../../src/io/download.js';
import { installPinnedRuntime, PROVENANCE_FILE } from '../../src/runtime/download.js';
import { isRuntimeFile, ORT_PIN, type OrtPin } from '../../src/runtime/layout.js';
import { listCandidates, toolCacheDir, type RuntimeCache, type RuntimeOptions } from '../../src/runtime/ort.js';
import { readTar } from '../../src/runtime/tar.js';
import { repoRoot } from '../helpers/shared.js';
import { listFiles } from '../helpers/files.js';

const work = mkdtempSync(join(tmpdir(), 'ww-runtime-dl-'));
const requests: string[] = [];
let server: Server;
let base = '';
const served = new Map<string, Buffer>();
let ca = '';


/** Packs an npm-like tarball (top folder `package/`) of `files` (relative to `srcDir`) with system tar. */
function packTarball(name: string, srcDir: string, files: string[]): Buffer {
  const stage = join(work, `stage-${name}`);
  rmSync(stage, { recursive: true, force: true });
  for (const rel of files) {
    mkdirSync(join(stage, 'package', rel, '..'), { recursive: true });
    cpSync(join(srcDir, rel), join(stage, 'package', rel));
  }
  // A long path forces a pax header (names over 100 bytes), as npm's packer writes them.
  const longRel = `dist/${'x'.repeat(120)}/long-name-padding.txt`;
  mkdirSync(join(stage, 'package', longRel, '..'), { recursive: true });
  writeFileSync(join(stage, 'package', longRel), 'not a runtime file\n');
  const out = join(work, `${name}.tgz`);
  execFileSync('tar', ['--format=pax', '-C', stage, '-czf', out, 'package']);
  return readFileSync(out);
}

function opensslIntegrity(file: Buffer): string {
  const digest = execFileSync('openssl', ['dgst', '-sha512', '-binary'], { input: file });
  return `sha512-${digest.toString('base64')}`;
}

let pin: OrtPin;
const opensslAvailable = spawnSync('openssl', ['version']).status === 0;
if (!opensslAvailable) console.log('runtime download tests skipped: openssl not found (needed for the test server certificate and the independent integrities)');

/** A ustar header block written by hand (system tar would not write these hostile entries). */
function tarHeader(name: string, typeflag: string, size: number, linkname = ''): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write(typeflag, 156);
  h.write(linkname, 157, 100, 'utf8');
  h.write('ustar\0' + '00', 257);
  h.fill(' ', 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return h;
}

/** A gzipped tarball of `entries` ([name, typeflag, data, linkname]) plus the end-of-archive blocks. */
function hostileTgz(entries: [string, string, string, string?][]): Buffer {
  const parts: Buffer[] = [];
  for (const [name, type, data, link] of entries) {
    const body = Buffer.from(data);
    parts.push(tarHeader(name, type, body.length, link), body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

beforeAll(async () => {
  if (!opensslAvailable) return;
  const nodeDir = join(repoRoot, 'node_modules', 'onnxruntime-node');
  const commonDir = join(repoRoot, 'node_modules', 'onnxruntime-common');
  // Only linux/x64 binaries (plus the package's JS), to keep packing fast; other files ride along.
  const nodeFiles = listFiles(nodeDir)
    .map((p) => relative(nodeDir, p).split('\\').join('/'))
    .filter((r) => !r.startsWith('bin/') || r.startsWith('bin/napi-v6/linux/x64/'));
  const commonFiles = listFiles(commonDir).map((p) => relative(commonDir, p).split('\\').join('/'));
  const nodeTgz = packTarball('onnxruntime-node', nodeDir, nodeFiles);
  const commonTgz = packTarball('onnxruntime-common', commonDir, commonFiles);
  served.set('/onnxruntime-node.tgz', nodeTgz);
  served.set('/onnxruntime-common.tgz', commonTgz);
  served.set('/tampered.tgz', Buffer.concat([commonTgz.subarray(0, 100), Buffer.from([commonTgz[100]! ^ 1]), commonTgz.subarray(101)]));
  served.set('/abc', Buffer.from('abc'));
  served.set('/abd', Buffer.from('abd'));
  // Entries that would land outside the extraction folder, each behind a runtime file name.
  served.set('/dotdot.tgz', hostileTgz([['package/package.json', '0', '{}'], ['package/dist/../../../../evil.js', '0', 'boom']]));
  served.set('/absolute.tgz', hostileTgz([['package/package.json', '0', '{}'], [join(work, 'absolute-evil.js'), '0', 'boom']]));
  served.set('/symlink.tgz', hostileTgz([['package/dist/cjs', '2', '', work], ['package/dist/cjs/evil.js', '0', 'boom']]));
  const r = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem'),
  ], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
  ca = readFileSync(join(work, 'cert.pem'), 'utf8');
  server = createServer({ key: readFileSync(join(work, 'key.pem')), cert: ca }, (req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/truncated.tgz') {
      // Declares the whole tarball, sends a third, then drops the connection.
      const whole = served.get('/onnxruntime-common.tgz')!;
      res.writeHead(200, { 'content-length': whole.length });
      res.write(whole.subarray(0, Math.floor(whole.length / 3)), () => res.destroy());
      return;
    }
    const body = served.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r2) => server.listen(0, '127.0.0.1', r2));
  const addr = server.address();
  base = `https://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  // openssl: independent of node:crypto, which the code under test uses.
  const integrity = opensslIntegrity;
  pin = {
    version: ORT_PIN.version,
    packages: {
      'onnxruntime-node': { version: ORT_PIN.version, tarball: `${base}/onnxruntime-node.tgz`, integrity: integrity(nodeTgz) },
      'onnxruntime-common': { version: ORT_PIN.version, tarball: `${base}/onnxruntime-common.tgz`, integrity: integrity(commonTgz) },
    },
  };
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  if (server) await new Promise<void>((r) => server.close(() => r()));
  rmSync(work, { recursive: true, force: true });
});

/** A stand-in for @actions/cache: copies folders in and out of a store. */
function folderCache(store: string): RuntimeCache & { saved: string[]; restored: string[] } {
  const saved: string[] = [];
  const restored: string[] = [];
  return {
    saved,
    restored,
    async restore(dir, key) {
      const src = join(store, key);
      if (!existsSync(src)) return false;
      cpSync(src, dir, { recursive: true });
      restored.push(key);
      return true;
    },
    async save(dir, key) {
      cpSync(dir, join(store, key), { recursive: true });
      saved.push(key);
    },
  };
}

/** Test-server settings for the one downloader: trust its certificate, do not retry. */
const download = () => ({ ca, retries: 0, backoffMs: 1 });

/** A pin whose onnxruntime-common tarball is `path` on the test server, with its own (matching) integrity. */
function pinServing(path: string, integrity?: string): OrtPin {
  const body = served.get(path);
  const common = { ...pin.packages['onnxruntime-common'], tarball: `${base}${path}`, integrity: integrity ?? opensslIntegrity(body!) };
  return { ...pin, packages: { ...pin.packages, 'onnxruntime-common': common } };
}

describe.skipIf(!opensslAvailable)('runtime download fallback', () => {
  it('downloads, verifies, extracts only the runtime files, logs the source, and saves to the cache', async () => {
    const logs: string[] = [];
    const cache = folderCache(join(work, 'cache-store'));
    const options: RuntimeOptions = { pin, toolCacheRoot: join(work, 'tc1'), platform: 'linux', arch: 'x64', log: (m) => logs.push(m), cache, download: download() };
    const dir = toolCacheDir(options);
    requests.length = 0;
    const got = await installPinnedRuntime(options, dir);
    expect(got.source).toBe('downloaded');
    expect(requests).toEqual(['/onnxruntime-node.tgz', '/onnxruntime-common.tgz']);
    // Exactly the files the layout rule selects, compared with the tarball's own listing.
    for (const pkg of ['onnxruntime-node', 'onnxruntime-common'] as const) {
      const tarListing = execFileSync('tar', ['-tzf', join(work, `${pkg}.tgz`)], { encoding: 'utf8' })
        .split('\n')
        .filter((l) => l !== '' && !l.endsWith('/'))
        .map((l) => l.slice('package/'.length))
        .filter((rel) => isRuntimeFile(pkg, rel, 'linux', 'x64'))
        .sort();
      const extracted = listFiles(join(dir, 'node_modules', pkg))
        .map((p) => relative(join(dir, 'node_modules', pkg), p).split('\\').join('/'))
        .sort();
      expect(extracted).toEqual(tarListing);
      expect(extracted.length).toBeGreaterThan(3);
    }
    const nodeBin = 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime.so.1';
    expect(readFileSync(join(dir, nodeBin)).equals(readFileSync(join(repoRoot, nodeBin)))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, PROVENANCE_FILE), 'utf8')).packages[0].tarball).toBe(`${base}/onnxruntime-node.tgz`);
    expect(logs.join('\n')).toContain(`downloading onnxruntime-node ${ORT_PIN.version} from ${base}/onnxruntime-node.tgz`);
    expect(logs.join('\n')).toMatch(/verified/);
    expect(cache.saved).toHaveLength(1);
    // The lookup now finds it in the tool cache without any download.
    const { usable } = listCandidates({ ...options, explicitPath: undefined });
    expect(usable.map((c) => c.source)).toContain('tool-cache');

    // The extracted runtime loads in a fresh Node process and runs the demo model.
    const script = `
      const ort = require(${JSON.stringify(join(dir, 'node_modules', 'onnxruntime-node'))});
      ort.InferenceSession.create(${JSON.stringify(join(repoRoot, 'examples', 'demo', 'model.onnx'))}).then(async (s) => {
        const out = await s.run({ input_ids: new ort.Tensor('int64', BigInt64Array.from([1n, 2n, 3n]), [1, 3]) });
        console.log(JSON.stringify(out.logits.dims));
      });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: work });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim())).toEqual([1, 3, 49]);
  }, 120_000);

  it('a second runner restores from the cache and downloads nothing', async () => {
    const cache = folderCache(join(work, 'cache-store'));
    const options: RuntimeOptions = { pin, toolCacheRoot: join(work, 'tc2'), platform: 'linux', arch: 'x64', cache, download: download() };
    requests.length = 0;
    const got = await installPinnedRuntime(options, toolCacheDir(options));
    expect(got.source).toBe('cache-restored');
    expect(requests).toEqual([]);
    expect(cache.restored).toHaveLength(1);
    expect(existsSync(join(got.dir, 'bin/napi-v6/linux/x64/onnxruntime_binding.node'))).toBe(true);
  }, 60_000);

  it('a tampered tarball is refused and leaves nothing behind', async () => {
    const bad: OrtPin = { ...pin, packages: { ...pin.packages, 'onnxruntime-common': { ...pin.packages['onnxruntime-common'], tarball: `${base}/tampered.tgz` } } };
    const options: RuntimeOptions = { pin: bad, toolCacheRoot: join(work, 'tc3'), platform: 'linux', arch: 'x64', download: download() };
    const dir = toolCacheDir(options);
    const err = await installPinnedRuntime(options, dir).catch((e: unknown) => e);
    expect(WwError.is(err, 'HASH_MISMATCH')).toBe(true);
    expect((err as Error).message).toContain('tampered.tgz');
    expect((err as Error).message).toContain('package-lock.json is sha512-');
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(join(dir, '..'))).toEqual([]); // no partial staging folder either
  }, 60_000);

  it('an HTTP error is a DOWNLOAD error naming the URL', async () => {
    const missing: OrtPin = { ...pin, packages: { ...pin.packages, 'onnxruntime-node': { ...pin.packages['onnxruntime-node'], tarball: `${base}/nope.tgz` } } };
    const err = await installPinnedRuntime({ pin: missing, toolCacheRoot: join(work, 'tc4'), download: download() }, join(work, 'tc4', 'x')).catch((e: unknown) => e);
    expect(WwError.is(err, 'DOWNLOAD')).toBe(true);
    expect((err as Error).message).toContain(`${base}/nope.tgz: HTTP 404`);
  });

  it('a truncated tarball download is refused (DOWNLOAD, "truncated") and leaves nothing behind', async () => {
    const truncated = pinServing('/onnxruntime-common.tgz');
    const common = { ...truncated.packages['onnxruntime-common'], tarball: `${base}/truncated.tgz` };
    const options: RuntimeOptions = { pin: { ...truncated, packages: { ...truncated.packages, 'onnxruntime-common': common } }, toolCacheRoot: join(work, 'tc5'), platform: 'linux', arch: 'x64', download: download() };
    const dir = toolCacheDir(options);
    const err = await installPinnedRuntime(options, dir).catch((e: unknown) => e);
    expect(WwError.is(err, 'DOWNLOAD')).toBe(true);
    expect((err as Error).message).toMatch(/truncated\.tgz.*(truncated|connection broken after \d+ bytes)/);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(join(dir, '..'))).toEqual([]);
  }, 60_000);

  it.each([
    ['an entry with ..', '/dotdot.tgz', /dist\/\.\.\/\.\.\/.*outside the extraction folder/],
    ['an absolute entry', '/absolute.tgz', /absolute-evil\.js.*outside the extraction folder/],
    ['a symlink entry', '/symlink.tgz', /package\/dist\/cjs.*is a symbolic link/],
  ])('%s is refused (PATH_ESCAPE) even with a matching integrity; nothing is written outside or left behind', async (_what, path, message) => {
    const root = mkdtempSync(join(work, 'tc-escape-'));
    const options: RuntimeOptions = { pin: pinServing(path), toolCacheRoot: root, platform: 'linux', arch: 'x64', download: download() };
    const dir = toolCacheDir(options);
    const err = await installPinnedRuntime(options, dir).catch((e: unknown) => e);
    expect(WwError.is(err, 'PATH_ESCAPE')).toBe(true);
    expect((err as Error).message).toMatch(message);
    expect(existsSync(join(work, 'absolute-evil.js'))).toBe(false);
    expect(existsSync(join(work, 'evil.js'))).toBe(false);
    expect(listFiles(root).filter((f) => f.endsWith('evil.js'))).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(join(dir, '..'))).toEqual([]);
  }, 60_000);
});

describe.skipIf(!opensslAvailable)('SRI integrity in the verified downloader', () => {
  // sha512("abc") from FIPS 180-2, appendix C.1, base64-encoded as npm writes it.
  const hex = 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f';
  const integrity = `sha512-${Buffer.from(hex, 'hex').toString('base64')}`;
  const get = (path: string, over: { integrity?: string; sha256?: string } = { integrity }) =>
    downloadVerified({ url: `${base}${path}`, ...over, pinSource: 'package-lock.json', dest: join(work, 'sri', path.slice(1)), maxBytes: 1000, ...download() });

  it('accepts content matching a sha512 integrity and reuses it', async () => {
    const r = await get('/abc');
    expect(r).toMatchObject({ bytes: 3, digest: integrity, cached: false });
    expect((await get('/abc')).cached).toBe(true);
  });
  it('an integrity mismatch is HASH_MISMATCH naming the pin, and nothing is kept', async () => {
    const err = await get('/abd').catch((e: unknown) => e);
    expect(WwError.is(err, 'HASH_MISMATCH')).toBe(true);
    expect((err as Error).message).toContain(`package-lock.json is ${integrity}`);
    expect(readdirSync(join(work, 'sri')).filter((f) => f !== 'abc')).toEqual([]);
  });
  it('refuses an unsupported integrity or two pins before connecting', async () => {
    requests.length = 0;
    expect(((await get('/abc', { integrity: 'md5-xyz' }).catch((e: unknown) => e)) as WwError).code).toBe('INPUT_INVALID');
    expect(((await get('/abc', { integrity, sha256: 'a'.repeat(64) }).catch((e: unknown) => e)) as WwError).code).toBe('INPUT_INVALID');
    expect(requests).toEqual([]);
  });
});

describe('tar reading', () => {
  it('refuses an entry that climbs out of the extraction folder', () => {
    const header = new Uint8Array(512);
    const put = (s: string, at: number) => header.set(new TextEncoder().encode(s), at);
    put('package/../../evil.sh', 0);
    put('0000644\0', 100);
    put('00000000004\0', 124);
    put('0', 156);
    const archive = new Uint8Array(512 * 4);
    archive.set(header, 0);
    archive.set(new TextEncoder().encode('boom'), 512);
    expect(() => readTar(archive)).toThrow(/outside the extraction folder/);
  });

  it('reads what system tar wrote, pax long names included', () => {
    const dir = mkdtempSync(join(work, 'tar-'));
    const long = `${'d'.repeat(90)}/${'f'.repeat(60)}.txt`;
    mkdirSync(join(dir, 'package', 'd'.repeat(90)), { recursive: true });
    writeFileSync(join(dir, 'package', long), 'long\n');
    writeFileSync(join(dir, 'package', 'short.txt'), 'short\n');
    execFileSync('tar', ['--format=pax', '-C', dir, '-cf', join(dir, 'a.tar'), 'package']);
    const entries = readTar(readFileSync(join(dir, 'a.tar'))).filter((e) => e.type === 'file');
    const byPath = new Map(entries.map((e) => [e.path, Buffer.from(e.data).toString('utf8')]));
    expect(byPath.get(`package/${long}`)).toBe('long\n');
    expect(byPath.get('package/short.txt')).toBe('short\n');
  });
});
