/**
 * Bounded, verified https download for model URLs. Rules, each a test in
 * test/reliability/download.test.ts:
 *  - https only (also after redirects); `http://` and anything else is refused before connecting;
 *  - a pin is required: a sha256 (64 hex digits, as a config gives for a model URL) or an SRI
 *    integrity string (`sha512-<base64>`, as npm's `dist.integrity` and package-lock.json give for
 *    the onnxruntime tarballs). It is verified on the complete bytes BEFORE the file appears at its
 *    destination: data streams into a fresh private temp file (mode 0600, created exclusively) in
 *    the destination folder, hashed on the way, and is renamed into place only when its length
 *    and hash are right; otherwise it is deleted. A partial or wrong download is never used and
 *    never left behind. Memory stays bounded whatever the size: nothing is buffered whole;
 *  - a size limit, checked against Content-Length before reading and against the bytes actually
 *    received while streaming (a server that lies about its length is cut off);
 *  - a timeout per attempt (no data for `idleTimeoutMs`, or the attempt over `attemptTimeoutMs`);
 *  - retries with exponential backoff on network errors, timeouts, truncated bodies, 408, 429 and
 *    5xx, honouring Retry-After (capped); other 4xx and a hash mismatch fail at once.
 * Uses node:https (not global fetch) so a test or a corporate proxy CA can be passed as `ca`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { dirname, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { withAtomicOutput } from './atomic.js';
import { makeFolder } from './paths.js';

export interface DownloadOptions {
  readonly url: string;
  /** Expected sha256 of the content, 64 hex digits. This or `integrity` is required: an unpinned URL is refused. */
  readonly sha256?: string;
  /** Expected content as an SRI integrity string (`sha512-<base64>`; sha384 and sha256 also accepted). */
  readonly integrity?: string;
  /** Says where a pin came from in a mismatch message (e.g. "package-lock.json"). Default "the pin". */
  readonly pinSource?: string;
  /** Destination file; reused without a request when it already has the pinned hash. */
  readonly dest: string;
  /** Upper bound on the body size in bytes. */
  readonly maxBytes: number;
  /** Retries after the first attempt (default 3). */
  readonly retries?: number;
  /** First backoff delay; doubles each retry (default 1000 ms). */
  readonly backoffMs?: number;
  /** Longest wait honoured from a Retry-After header (default 60 s). */
  readonly maxRetryAfterMs?: number;
  /** No bytes for this long ends the attempt (default 60 s). */
  readonly idleTimeoutMs?: number;
  /** Whole-attempt limit (default: none beyond the idle timeout). */
  readonly attemptTimeoutMs?: number;
  readonly maxRedirects?: number;
  /** Extra trusted CA certificates (PEM), e.g. a test server's self-signed certificate. */
  readonly ca?: string | Buffer;
  /** Aborts the whole download (e.g. the run's Deadline). */
  readonly signal?: AbortSignal;
  readonly log?: (message: string) => void;
  /** Injected for tests: how to wait between attempts. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface DownloadResult {
  readonly path: string;
  readonly bytes: number;
  /** The verified digest, as pinned: sha256 hex, or the SRI string. */
  readonly digest: string;
  /** Requests made (0 when the destination already held the pinned content). */
  readonly attempts: number;
  readonly cached: boolean;
}

/** A failure worth another attempt (network, timeout, 5xx/429/408, short body). */
class RetryableError extends Error {
  constructor(message: string, readonly retryAfterMs: number | null = null) {
    super(message);
  }
}

const SHA256_RE = /^[0-9a-f]{64}$/;
const SRI_RE = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;

/** A parsed pin: which hash, how its digest is written, and the digest to compare with. */
interface ContentPin {
  readonly algorithm: 'sha256' | 'sha384' | 'sha512';
  readonly encoding: 'hex' | 'base64';
  readonly digest: string;
  /** How the pin was given (hex or the SRI string), for the result and messages. */
  readonly text: string;
}

/**
 * The pin of `opts`: exactly one of sha256 / integrity. An SRI string may list several hashes
 * (space separated); the strongest supported one is used.
 */
function parsePin(opts: DownloadOptions, url: string): ContentPin {
  if (opts.sha256 !== undefined && opts.integrity !== undefined) {
    throw new WwError('INPUT_INVALID', `download of ${url}: give a sha256 or an integrity pin, not both`, { url });
  }
  if (opts.integrity !== undefined) {
    const order = ['sha256', 'sha384', 'sha512'];
    const best = opts.integrity
      .trim()
      .split(/\s+/)
      .map((t) => SRI_RE.exec(t.replace(/\?.*$/, '')))
      .filter((m): m is RegExpExecArray => m !== null)
      .sort((a, b) => order.indexOf(b[1]!) - order.indexOf(a[1]!))[0];
    if (!best) {
      throw new WwError('INPUT_INVALID', `download of ${url}: unsupported integrity ${JSON.stringify(opts.integrity.slice(0, 120))} (expected sha512-<base64>)`, { url });
    }
    return { algorithm: best[1] as ContentPin['algorithm'], encoding: 'base64', digest: best[2]!, text: best[0] };
  }
  const hex = (opts.sha256 ?? '').trim().toLowerCase();
  if (!SHA256_RE.test(hex)) {
    throw new WwError('INPUT_INVALID', `a sha256 pin of 64 hex digits is required to download ${url}, got ${JSON.stringify((opts.sha256 ?? '').slice(0, 120))}`, { url });
  }
  return { algorithm: 'sha256', encoding: 'hex', digest: hex, text: hex };
}

async function digestOfFile(file: string, algorithm: string, encoding: 'hex' | 'base64'): Promise<string> {
  const h = createHash(algorithm);
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest(encoding);
}

export function sha256OfFile(file: string): Promise<string> {
  return digestOfFile(file, 'sha256', 'hex');
}

function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return null;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

function checkHttps(url: string, original: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new WwError('DOWNLOAD', `model URL ${JSON.stringify(original)} is not a valid URL`, { url: original });
  }
  if (u.protocol !== 'https:') {
    throw new WwError('DOWNLOAD', `refusing ${u.protocol}// URL ${redact(u)}${url === original ? '' : ` (redirected from ${redact(new URL(original))})`}: only https:// downloads are allowed`, { url: redact(u) });
  }
  return u;
}

/** URL without credentials or query (query strings often carry signed tokens). */
function redact(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

/**
 * A model source fit for reports and logs: URLs lose user:password@, the query and the fragment
 * (signed URLs carry tokens there); anything that is not a URL is returned as it is.
 */
export function redactUrl(source: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  try {
    return redact(new URL(source));
  } catch {
    return source.replace(/\/\/[^/@]*@/, '//').replace(/[?#].*$/, '');
  }
}

/** Size of `file` when it is a regular file and not a symlink; null otherwise (or missing). */
async function plainFileSize(file: string): Promise<number | null> {
  try {
    const st = await lstat(file);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Downloads `opts.url` to `opts.dest`, verified; see the file comment for the rules. */
export async function downloadVerified(opts: DownloadOptions): Promise<DownloadResult> {
  const first = checkHttps(opts.url, opts.url);
  const pin = parsePin(opts, redact(first));
  if (!(opts.maxBytes > 0)) throw new WwError('INPUT_INVALID', `download size limit must be positive, got ${opts.maxBytes}`);
  const dest = resolve(opts.dest);
  // The cache is trusted only as a plain file no bigger than the limit: a symlink (to /dev/zero,
  // or out of the folder) or a FIFO committed at the destination would be read forever or block.
  const cachedSize = await plainFileSize(dest);
  if (cachedSize !== null && cachedSize <= opts.maxBytes && (await digestOfFile(dest, pin.algorithm, pin.encoding).catch(() => null)) === pin.digest) {
    return { path: dest, bytes: cachedSize, digest: pin.text, attempts: 0, cached: true };
  }
  await makeFolder(dirname(dest), 'download folder');
  const retries = opts.retries ?? 3;
  const sleep = opts.sleep ?? defaultSleep;
  let delay = opts.backoffMs ?? 1000;
  let lastError: Error | null = null;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (opts.signal?.aborted) throw abortError(opts, first);
    try {
      const bytes = await withAtomicOutput(dest, (tmp) => attemptOnce(opts, first, tmp, pin));
      return { path: dest, bytes, digest: pin.text, attempts: attempt, cached: false };
    } catch (e) {
      if (!(e instanceof RetryableError)) throw e;
      lastError = e;
      if (attempt > retries) break;
      const wait = Math.min(Math.max(delay, e.retryAfterMs ?? 0), opts.maxRetryAfterMs ?? 60_000);
      opts.log?.(`download of ${redact(first)} failed (${e.message}); retry ${attempt}/${retries} in ${(wait / 1000).toFixed(1)} s`);
      await sleep(wait);
      delay *= 2;
    }
  }
  throw new WwError('DOWNLOAD', `could not download ${redact(first)} after ${retries + 1} attempts: ${lastError?.message}`, { url: redact(first), attempts: retries + 1 });
}

function abortError(opts: DownloadOptions, u: URL): Error {
  const reason: unknown = opts.signal?.reason;
  return reason instanceof WwError ? reason : new WwError('DOWNLOAD', `download of ${redact(u)} was cancelled`, { url: redact(u) });
}

/** One attempt: follows redirects (https only), streams the body into `tmp`, verifies. Returns bytes. */
async function attemptOnce(opts: DownloadOptions, first: URL, tmp: string, pin: ContentPin): Promise<number> {
  let url = first;
  for (let hop = 0; ; hop++) {
    const res = await get(url, opts);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location !== undefined) {
      res.resume();
      if (hop >= (opts.maxRedirects ?? 5)) throw new WwError('DOWNLOAD', `${redact(first)}: too many redirects`, { url: redact(first) });
      url = checkHttps(new URL(res.headers.location, url).toString(), first.toString());
      continue;
    }
    if (status === 408 || status === 429 || status >= 500) {
      res.resume();
      throw new RetryableError(`HTTP ${status}`, parseRetryAfter(res.headers['retry-after']));
    }
    if (status !== 200) {
      res.resume();
      throw new WwError('DOWNLOAD', `GET ${redact(url)}: HTTP ${status}`, { url: redact(url), status });
    }
    const declared = res.headers['content-length'] === undefined ? null : Number(res.headers['content-length']);
    if (declared !== null && declared > opts.maxBytes) {
      res.destroy();
      throw new WwError('DOWNLOAD', `${redact(url)} is ${declared} bytes (Content-Length), over the limit of ${opts.maxBytes} bytes; nothing was downloaded`, { url: redact(url), bytes: declared, limit: opts.maxBytes });
    }
    return streamToFile(res, url, tmp, declared, pin, opts);
  }
}

function get(url: URL, opts: DownloadOptions): Promise<IncomingMessage> {
  return new Promise((resolvePromise, reject) => {
    const req = httpsRequest(url, { method: 'GET', ...(opts.ca !== undefined ? { ca: opts.ca } : {}), headers: { 'user-agent': 'ww-smooth', 'accept-encoding': 'identity' } });
    const idle = opts.idleTimeoutMs ?? 60_000;
    req.setTimeout(idle, () => req.destroy(new RetryableError(`no response for ${idle} ms`)));
    const onAbort = (): void => {
      req.destroy(abortError(opts, url));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolvePromise(res);
    });
    req.on('error', (e) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (e instanceof WwError || e instanceof RetryableError) reject(e);
      else if (/certificate|self[- ]signed|CERT_|UNABLE_TO_VERIFY/i.test(`${(e as NodeJS.ErrnoException).code ?? ''} ${e.message}`)) {
        reject(new WwError('DOWNLOAD', `TLS error for ${redact(url)}: ${e.message}`, { url: redact(url) }));
      } else reject(new RetryableError(`${(e as NodeJS.ErrnoException).code ?? 'network error'}: ${e.message}`));
    });
    req.end();
  });
}

async function streamToFile(res: IncomingMessage, url: URL, tmp: string, declared: number | null, pin: ContentPin, opts: DownloadOptions): Promise<number> {
  const hash = createHash(pin.algorithm);
  const h = await open(tmp, 'wx', 0o600);
  let received = 0;
  const idle = opts.idleTimeoutMs ?? 60_000;
  const attemptTimer = opts.attemptTimeoutMs
    ? setTimeout(() => res.destroy(new RetryableError(`attempt took longer than ${opts.attemptTimeoutMs} ms`)), opts.attemptTimeoutMs)
    : null;
  res.setTimeout(idle, () => res.destroy(new RetryableError(`no data for ${idle} ms`)));
  const onAbort = (): void => {
    res.destroy(abortError(opts, url));
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const chunk of res as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > opts.maxBytes) {
        res.destroy();
        throw new WwError('DOWNLOAD', `${redact(url)} sent more than the limit of ${opts.maxBytes} bytes; download stopped and discarded`, { url: redact(url), limit: opts.maxBytes });
      }
      hash.update(chunk);
      let off = 0;
      while (off < chunk.length) off += (await h.write(chunk, off, chunk.length - off)).bytesWritten;
    }
  } catch (e) {
    if (e instanceof WwError || e instanceof RetryableError) throw e;
    throw new RetryableError(`connection broken after ${received} bytes: ${(e as Error).message}`);
  } finally {
    if (attemptTimer) clearTimeout(attemptTimer);
    opts.signal?.removeEventListener('abort', onAbort);
    await h.close();
  }
  if (!res.complete || (declared !== null && received !== declared)) {
    throw new RetryableError(`body ended after ${received} of ${declared ?? '?'} bytes (truncated)`);
  }
  const got = hash.digest(pin.encoding);
  if (got !== pin.digest) {
    const shown = pin.encoding === 'hex' ? got : `${pin.algorithm}-${got}`;
    throw new WwError('HASH_MISMATCH', `${redact(url)}: downloaded ${received} bytes with ${pin.algorithm} ${shown}, but ${opts.pinSource ?? 'the pin'} is ${pin.text}; the file was discarded`, {
      url: redact(url),
      expected: pin.text,
      got: shown,
    });
  }
  return received;
}
