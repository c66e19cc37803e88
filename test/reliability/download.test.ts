/**
 * The verified downloader (src/io/download.ts) against a local HTTPS server with a self-signed
 * certificate made at test time by `openssl` (skipped with a note when openssl is absent). Each
 * failure mode it guards against: bad hash, truncated body, too large (declared and streamed), http://
 * refused (directly and by redirect), 5xx/429 retried with backoff and Retry-After then success,
 * a stalled server timed out, and in every failing case no file at the destination and no temp
 * file left in its folder (a previous good file stays as it was).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WwError } from '../../src/errors.js';
import { downloadVerified, type DownloadOptions } from '../../src/io/download.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
if (!hasOpenssl) console.log('download tests skipped: openssl not found (needed to make a self-signed certificate)');

const BODY = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 31 + 7) & 0xff));
const SHA = createHash('sha256').update(BODY).digest('hex');

describe.skipIf(!hasOpenssl)('verified https download', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let ca: string;
  const hits = new Map<string, number>();
  const hit = (p: string) => {
    const n = (hits.get(p) ?? 0) + 1;
    hits.set(p, n);
    return n;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ww-dl-'));
    const r = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr}`);
    ca = await readFile(join(dir, 'cert.pem'), 'utf8');
    server = createServer({ key: await readFile(join(dir, 'key.pem')), cert: ca }, (req, res) => {
      const path = req.url ?? '/';
      const n = hit(path);
      switch (path) {
        case '/good.onnx':
          res.writeHead(200, { 'content-length': BODY.length }).end(BODY);
          return;
        case '/flaky.onnx':
          if (n <= 2) res.writeHead(n === 1 ? 503 : 502, { 'retry-after': '0' }).end('busy');
          else res.writeHead(200, { 'content-length': BODY.length }).end(BODY);
          return;
        case '/ratelimited.onnx':
          if (n === 1) res.writeHead(429, { 'retry-after': '7' }).end('slow down');
          else res.writeHead(200, { 'content-length': BODY.length }).end(BODY);
          return;
        case '/always503.onnx':
          res.writeHead(503).end();
          return;
        case '/truncated.onnx':
          res.writeHead(200, { 'content-length': BODY.length });
          res.write(BODY.subarray(0, 50_000), () => res.destroy());
          return;
        case '/truncated-once.onnx':
          res.writeHead(200, { 'content-length': BODY.length });
          if (n === 1) res.write(BODY.subarray(0, 50_000), () => res.destroy());
          else res.end(BODY);
          return;
        case '/declared-huge.onnx':
          res.writeHead(200, { 'content-length': 10_000_000_000 });
          res.write(BODY.subarray(0, 1000));
          setTimeout(() => res.destroy(), 50);
          return;
        case '/streamed-huge.onnx': {
          res.writeHead(200); // chunked, no length
          let sent = 0;
          const pump = () => {
            while (sent < 5_000_000) {
              sent += 65536;
              if (!res.write(Buffer.alloc(65536, 1))) return void res.once('drain', pump);
            }
            res.end();
          };
          res.on('error', () => undefined);
          pump();
          return;
        }
        case '/other.onnx':
          res.writeHead(200, { 'content-length': 5 }).end('hello');
          return;
        case '/to-http.onnx':
          res.writeHead(302, { location: `http://127.0.0.1:${(server.address() as AddressInfo).port}/good.onnx` }).end();
          return;
        case '/to-good.onnx':
          res.writeHead(301, { location: '/good.onnx' }).end();
          return;
        case '/missing.onnx':
          res.writeHead(404).end();
          return;
        case '/stall.onnx':
          res.writeHead(200, { 'content-length': BODY.length });
          res.write(BODY.subarray(0, 10)); // then nothing
          return;
        default:
          res.writeHead(500).end();
      }
    });
    await new Promise<void>((r2) => server.listen(0, '127.0.0.1', r2));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  const waits: number[] = [];
  const opts = (name: string, over: Partial<DownloadOptions> = {}): DownloadOptions => ({
    url: `${base}/${name}`,
    sha256: SHA,
    dest: join(dir, 'out', name),
    maxBytes: 1_000_000,
    ca,
    retries: 2,
    backoffMs: 10,
    idleTimeoutMs: 2000,
    sleep: async (ms) => void waits.push(ms),
    ...over,
  });
  const failCode = async (o: DownloadOptions): Promise<string> => {
    try {
      await downloadVerified(o);
      return 'ok';
    } catch (e) {
      if (e instanceof WwError) return e.code;
      throw e;
    }
  };
  /** Files in the output folder other than `keep`: temp leftovers. */
  const leftovers = async (...keep: string[]) => (await readdir(join(dir, 'out')).catch(() => [] as string[])).filter((f) => !keep.includes(f));

  it('downloads, verifies and reuses a pinned file', async () => {
    const r = await downloadVerified(opts('good.onnx'));
    expect(r).toMatchObject({ bytes: BODY.length, attempts: 1, cached: false });
    expect(createHash('sha256').update(await readFile(r.path)).digest('hex')).toBe(SHA);
    const again = await downloadVerified(opts('good.onnx'));
    expect(again).toMatchObject({ cached: true, attempts: 0 });
    expect(hits.get('/good.onnx')).toBe(1);
  });
  it('follows an https redirect', async () => {
    expect((await downloadVerified(opts('to-good.onnx'))).bytes).toBe(BODY.length);
  });
  it('bad hash: HASH_MISMATCH at once (no retry), nothing written, an older file at dest untouched', async () => {
    await writeFile(join(dir, 'out', 'other.onnx'), 'previous complete file');
    expect(await failCode(opts('other.onnx'))).toBe('HASH_MISMATCH');
    expect(hits.get('/other.onnx')).toBe(1);
    expect(await readFile(join(dir, 'out', 'other.onnx'), 'utf8')).toBe('previous complete file');
    expect(await leftovers('good.onnx', 'to-good.onnx', 'other.onnx')).toEqual([]);
  });
  it('truncated body: retried, then DOWNLOAD; no partial file', async () => {
    expect(await failCode(opts('truncated.onnx'))).toBe('DOWNLOAD');
    expect(hits.get('/truncated.onnx')).toBe(3);
    expect(await leftovers('good.onnx', 'to-good.onnx', 'other.onnx')).toEqual([]);
  });
  it('a body truncated once then complete succeeds on retry', async () => {
    const r = await downloadVerified(opts('truncated-once.onnx'));
    expect(r.attempts).toBe(2);
  });
  it('too large by Content-Length: refused before reading, not retried', async () => {
    expect(await failCode(opts('declared-huge.onnx'))).toBe('DOWNLOAD');
    expect(hits.get('/declared-huge.onnx')).toBe(1);
  });
  it('too large while streaming (no Content-Length): cut off at the limit, nothing kept', async () => {
    await expect(downloadVerified(opts('streamed-huge.onnx'))).rejects.toThrow(/more than the limit of 1000000 bytes/);
    expect(hits.get('/streamed-huge.onnx')).toBe(1);
    expect(await leftovers('good.onnx', 'to-good.onnx', 'other.onnx', 'truncated-once.onnx')).toEqual([]);
  });
  it('http:// is refused without a request, also when reached by redirect', async () => {
    expect(await failCode(opts('good.onnx', { url: `${base.replace('https', 'http')}/good.onnx`, dest: join(dir, 'out', 'h.onnx') }))).toBe('DOWNLOAD');
    await expect(downloadVerified(opts('to-http.onnx'))).rejects.toThrow(/only https:\/\/ downloads are allowed/);
    expect(await failCode(opts('x', { url: 'ftp://example.com/m.onnx' }))).toBe('DOWNLOAD');
  });
  it('5xx then success: retried with exponential backoff', async () => {
    waits.length = 0;
    const r = await downloadVerified(opts('flaky.onnx'));
    expect(r.attempts).toBe(3);
    expect(waits).toEqual([10, 20]);
  });
  it('429 with Retry-After: waits as told, then succeeds', async () => {
    waits.length = 0;
    const r = await downloadVerified(opts('ratelimited.onnx'));
    expect(r.attempts).toBe(2);
    expect(waits).toEqual([7000]);
  });
  it('persistent 503: gives up after the retries with DOWNLOAD naming the attempts', async () => {
    await expect(downloadVerified(opts('always503.onnx'))).rejects.toThrow(/after 3 attempts: HTTP 503/);
  });
  it('404 is not retried', async () => {
    expect(await failCode(opts('missing.onnx'))).toBe('DOWNLOAD');
    expect(hits.get('/missing.onnx')).toBe(1);
  });
  it('a stalled server hits the idle timeout (then retries) instead of hanging', async () => {
    const t0 = Date.now();
    expect(await failCode(opts('stall.onnx', { idleTimeoutMs: 300, retries: 1 }))).toBe('DOWNLOAD');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(hits.get('/stall.onnx')).toBe(2);
    expect(await leftovers('good.onnx', 'to-good.onnx', 'other.onnx', 'truncated-once.onnx', 'flaky.onnx', 'ratelimited.onnx')).toEqual([]);
  });
  it('an untrusted certificate is a DOWNLOAD error, not retried; an unpinned URL is refused', async () => {
    const { ca: _ca, ...noCa } = opts('good.onnx', { dest: join(dir, 'out', 'tls.onnx') });
    void _ca;
    expect(await failCode(noCa)).toBe('DOWNLOAD');
    expect(await failCode(opts('good.onnx', { sha256: '', dest: join(dir, 'out', 'nopin.onnx') }))).toBe('INPUT_INVALID');
  });
  it('an aborted run (deadline) stops the download', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(new WwError('TIMEOUT', 'run timed out')), 100);
    expect(await failCode(opts('stall.onnx', { idleTimeoutMs: 10_000, signal: ac.signal, dest: join(dir, 'out', 'abort.onnx') }))).toBe('TIMEOUT');
  });
});
