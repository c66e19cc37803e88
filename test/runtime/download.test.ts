/**
 * The runtime's last resort (src/runtime/download.ts): fetch the pinned tarballs, check their
 * sha512 against the pin, extract only this platform's runtime files into the tool cache, use the
 * cache hooks. Tarballs are packed here by the system `tar` (an independent writer, pax format) from
 * the installed packages, integrities computed by `openssl` (independent of node:crypto), and
 * served by a local HTTP server that records requests. The extracted runtime is then loaded in a
 * separate Node process and runs the demo model.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import { installPinnedRuntime, PROVENANCE_FILE, verifyIntegrity } from '../../src/runtime/download.js';
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

beforeAll(async () => {
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
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = served.get(req.url ?? '');
    if (!body) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  // openssl when present (independent of node:crypto, which the code under test uses).
  const integrity = (buf: Buffer) => (opensslAvailable ? opensslIntegrity(buf) : `sha512-${createHash('sha512').update(buf).digest('base64')}`);
  pin = {
    version: ORT_PIN.version,
    packages: {
      'onnxruntime-node': { version: ORT_PIN.version, tarball: `${base}/onnxruntime-node.tgz`, integrity: integrity(nodeTgz) },
      'onnxruntime-common': { version: ORT_PIN.version, tarball: `${base}/onnxruntime-common.tgz`, integrity: integrity(commonTgz) },
    },
  };
}, 120_000);

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
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

describe('runtime download fallback', () => {
  it('downloads, verifies, extracts only the runtime files, logs the source, and saves to the cache', async () => {
    const logs: string[] = [];
    const cache = folderCache(join(work, 'cache-store'));
    const options: RuntimeOptions = { pin, toolCacheRoot: join(work, 'tc1'), platform: 'linux', arch: 'x64', log: (m) => logs.push(m), cache };
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
    const options: RuntimeOptions = { pin, toolCacheRoot: join(work, 'tc2'), platform: 'linux', arch: 'x64', cache };
    requests.length = 0;
    const got = await installPinnedRuntime(options, toolCacheDir(options));
    expect(got.source).toBe('cache-restored');
    expect(requests).toEqual([]);
    expect(cache.restored).toHaveLength(1);
    expect(existsSync(join(got.dir, 'bin/napi-v6/linux/x64/onnxruntime_binding.node'))).toBe(true);
  }, 60_000);

  it('a tampered tarball is refused and leaves nothing behind', async () => {
    const bad: OrtPin = { ...pin, packages: { ...pin.packages, 'onnxruntime-common': { ...pin.packages['onnxruntime-common'], tarball: `${base}/tampered.tgz` } } };
    const options: RuntimeOptions = { pin: bad, toolCacheRoot: join(work, 'tc3'), platform: 'linux', arch: 'x64' };
    const dir = toolCacheDir(options);
    const err = await installPinnedRuntime(options, dir).catch((e: unknown) => e);
    expect(WwError.is(err, 'HASH_MISMATCH')).toBe(true);
    expect((err as Error).message).toContain('tampered.tgz');
    expect(existsSync(dir)).toBe(false);
    expect(readdirSync(join(dir, '..'))).toEqual([]); // no partial staging folder either
  }, 60_000);

  it('an HTTP error is a DOWNLOAD error naming the URL', async () => {
    const missing: OrtPin = { ...pin, packages: { ...pin.packages, 'onnxruntime-node': { ...pin.packages['onnxruntime-node'], tarball: `${base}/nope.tgz` } } };
    const err = await installPinnedRuntime({ pin: missing, toolCacheRoot: join(work, 'tc4') }, join(work, 'tc4', 'x')).catch((e: unknown) => e);
    expect(WwError.is(err, 'DOWNLOAD')).toBe(true);
    expect((err as Error).message).toContain(`${base}/nope.tgz: HTTP 404`);
  });
});

describe('integrity and tar reading', () => {
  it('verifyIntegrity accepts the lock-file integrity of a known byte string and rejects others', () => {
    // sha512("abc") from FIPS 180-2, appendix C.1, base64-encoded.
    const abc = new TextEncoder().encode('abc');
    const hex =
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f';
    const integrity = `sha512-${Buffer.from(hex, 'hex').toString('base64')}`;
    expect(() => verifyIntegrity(abc, integrity, 'abc')).not.toThrow();
    expect(() => verifyIntegrity(new TextEncoder().encode('abd'), integrity, 'abd')).toThrow(/package-lock.json pins/);
    expect(() => verifyIntegrity(abc, 'md5-xyz', 'abc')).toThrow(/unsupported integrity/);
  });

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
