/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  withAtomicOutput
} from "./cli-chunk-VV3OXSPZ.js";
import {
  makeFolder
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/io/download.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { lstat, open } from "node:fs/promises";
import { request as httpsRequest } from "node:https";
import { dirname, resolve } from "node:path";
var RetryableError = class extends Error {
  constructor(message, retryAfterMs = null) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
  retryAfterMs;
};
var SHA256_RE = /^[0-9a-f]{64}$/;
var SRI_RE = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;
function parsePin(opts, url) {
  if (opts.sha256 !== void 0 && opts.integrity !== void 0) {
    throw new WwError("INPUT_INVALID", `download of ${url}: give a sha256 or an integrity pin, not both`, { url });
  }
  if (opts.integrity !== void 0) {
    const order = ["sha256", "sha384", "sha512"];
    const best = opts.integrity.trim().split(/\s+/).map((t) => SRI_RE.exec(t.replace(/\?.*$/, ""))).filter((m) => m !== null).sort((a, b) => order.indexOf(b[1]) - order.indexOf(a[1]))[0];
    if (!best) {
      throw new WwError("INPUT_INVALID", `download of ${url}: unsupported integrity ${JSON.stringify(opts.integrity.slice(0, 120))} (expected sha512-<base64>)`, { url });
    }
    return { algorithm: best[1], encoding: "base64", digest: best[2], text: best[0] };
  }
  const hex = (opts.sha256 ?? "").trim().toLowerCase();
  if (!SHA256_RE.test(hex)) {
    throw new WwError("INPUT_INVALID", `a sha256 pin of 64 hex digits is required to download ${url}, got ${JSON.stringify((opts.sha256 ?? "").slice(0, 120))}`, { url });
  }
  return { algorithm: "sha256", encoding: "hex", digest: hex, text: hex };
}
async function digestOfFile(file, algorithm, encoding) {
  const h = createHash(algorithm);
  for await (const chunk of createReadStream(file)) h.update(chunk);
  return h.digest(encoding);
}
function sha256OfFile(file) {
  return digestOfFile(file, "sha256", "hex");
}
function parseRetryAfter(value, now = Date.now()) {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === void 0 || v.trim() === "") return null;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v) * 1e3;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
function checkHttps(url, original) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new WwError("DOWNLOAD", `model URL ${JSON.stringify(original)} is not a valid URL`, { url: original });
  }
  if (u.protocol !== "https:") {
    throw new WwError("DOWNLOAD", `refusing ${u.protocol}// URL ${redact(u)}${url === original ? "" : ` (redirected from ${redact(new URL(original))})`}: only https:// downloads are allowed`, { url: redact(u) });
  }
  return u;
}
function redact(u) {
  return `${u.protocol}//${u.host}${u.pathname}`;
}
function redactUrl(source) {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return source;
  try {
    return redact(new URL(source));
  } catch {
    return source.replace(/\/\/[^/@]*@/, "//").replace(/[?#].*$/, "");
  }
}
async function plainFileSize(file) {
  try {
    const st = await lstat(file);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}
var defaultSleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function downloadVerified(opts) {
  const first = checkHttps(opts.url, opts.url);
  const pin = parsePin(opts, redact(first));
  if (!(opts.maxBytes > 0)) throw new WwError("INPUT_INVALID", `download size limit must be positive, got ${opts.maxBytes}`);
  const dest = resolve(opts.dest);
  const cachedSize = await plainFileSize(dest);
  if (cachedSize !== null && cachedSize <= opts.maxBytes && await digestOfFile(dest, pin.algorithm, pin.encoding).catch(() => null) === pin.digest) {
    return { path: dest, bytes: cachedSize, digest: pin.text, attempts: 0, cached: true };
  }
  await makeFolder(dirname(dest), "download folder");
  const retries = opts.retries ?? 3;
  const sleep = opts.sleep ?? defaultSleep;
  let delay = opts.backoffMs ?? 1e3;
  let lastError = null;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (opts.signal?.aborted) throw abortError(opts, first);
    try {
      const bytes = await withAtomicOutput(dest, (tmp) => attemptOnce(opts, first, tmp, pin));
      return { path: dest, bytes, digest: pin.text, attempts: attempt, cached: false };
    } catch (e) {
      if (!(e instanceof RetryableError)) throw e;
      lastError = e;
      if (attempt > retries) break;
      const wait = Math.min(Math.max(delay, e.retryAfterMs ?? 0), opts.maxRetryAfterMs ?? 6e4);
      opts.log?.(`download of ${redact(first)} failed (${e.message}); retry ${attempt}/${retries} in ${(wait / 1e3).toFixed(1)} s`);
      await sleep(wait);
      delay *= 2;
    }
  }
  throw new WwError("DOWNLOAD", `could not download ${redact(first)} after ${retries + 1} attempts: ${lastError?.message}`, { url: redact(first), attempts: retries + 1 });
}
function abortError(opts, u) {
  const reason = opts.signal?.reason;
  return reason instanceof WwError ? reason : new WwError("DOWNLOAD", `download of ${redact(u)} was cancelled`, { url: redact(u) });
}
async function attemptOnce(opts, first, tmp, pin) {
  let url = first;
  for (let hop = 0; ; hop++) {
    const res = await get(url, opts);
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location !== void 0) {
      res.resume();
      if (hop >= (opts.maxRedirects ?? 5)) throw new WwError("DOWNLOAD", `${redact(first)}: too many redirects`, { url: redact(first) });
      url = checkHttps(new URL(res.headers.location, url).toString(), first.toString());
      continue;
    }
    if (status === 408 || status === 429 || status >= 500) {
      res.resume();
      throw new RetryableError(`HTTP ${status}`, parseRetryAfter(res.headers["retry-after"]));
    }
    if (status !== 200) {
      res.resume();
      throw new WwError("DOWNLOAD", `GET ${redact(url)}: HTTP ${status}`, { url: redact(url), status });
    }
    const declared = res.headers["content-length"] === void 0 ? null : Number(res.headers["content-length"]);
    if (declared !== null && declared > opts.maxBytes) {
      res.destroy();
      throw new WwError("DOWNLOAD", `${redact(url)} is ${declared} bytes (Content-Length), over the limit of ${opts.maxBytes} bytes; nothing was downloaded`, { url: redact(url), bytes: declared, limit: opts.maxBytes });
    }
    return streamToFile(res, url, tmp, declared, pin, opts);
  }
}
function get(url, opts) {
  return new Promise((resolvePromise, reject) => {
    const req = httpsRequest(url, { method: "GET", ...opts.ca !== void 0 ? { ca: opts.ca } : {}, headers: { "user-agent": "ww-smooth", "accept-encoding": "identity" } });
    const idle = opts.idleTimeoutMs ?? 6e4;
    req.setTimeout(idle, () => req.destroy(new RetryableError(`no response for ${idle} ms`)));
    const onAbort = () => {
      req.destroy(abortError(opts, url));
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    req.on("response", (res) => {
      opts.signal?.removeEventListener("abort", onAbort);
      resolvePromise(res);
    });
    req.on("error", (e) => {
      opts.signal?.removeEventListener("abort", onAbort);
      if (e instanceof WwError || e instanceof RetryableError) reject(e);
      else if (/certificate|self[- ]signed|CERT_|UNABLE_TO_VERIFY/i.test(`${e.code ?? ""} ${e.message}`)) {
        reject(new WwError("DOWNLOAD", `TLS error for ${redact(url)}: ${e.message}`, { url: redact(url) }));
      } else reject(new RetryableError(`${e.code ?? "network error"}: ${e.message}`));
    });
    req.end();
  });
}
async function streamToFile(res, url, tmp, declared, pin, opts) {
  const hash = createHash(pin.algorithm);
  const h = await open(tmp, "wx", 384);
  let received = 0;
  const idle = opts.idleTimeoutMs ?? 6e4;
  const attemptTimer = opts.attemptTimeoutMs ? setTimeout(() => res.destroy(new RetryableError(`attempt took longer than ${opts.attemptTimeoutMs} ms`)), opts.attemptTimeoutMs) : null;
  res.setTimeout(idle, () => res.destroy(new RetryableError(`no data for ${idle} ms`)));
  const onAbort = () => {
    res.destroy(abortError(opts, url));
  };
  opts.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of res) {
      received += chunk.length;
      if (received > opts.maxBytes) {
        res.destroy();
        throw new WwError("DOWNLOAD", `${redact(url)} sent more than the limit of ${opts.maxBytes} bytes; download stopped and discarded`, { url: redact(url), limit: opts.maxBytes });
      }
      hash.update(chunk);
      let off = 0;
      while (off < chunk.length) off += (await h.write(chunk, off, chunk.length - off)).bytesWritten;
    }
  } catch (e) {
    if (e instanceof WwError || e instanceof RetryableError) throw e;
    throw new RetryableError(`connection broken after ${received} bytes: ${e.message}`);
  } finally {
    if (attemptTimer) clearTimeout(attemptTimer);
    opts.signal?.removeEventListener("abort", onAbort);
    await h.close();
  }
  if (!res.complete || declared !== null && received !== declared) {
    throw new RetryableError(`body ended after ${received} of ${declared ?? "?"} bytes (truncated)`);
  }
  const got = hash.digest(pin.encoding);
  if (got !== pin.digest) {
    const shown = pin.encoding === "hex" ? got : `${pin.algorithm}-${got}`;
    throw new WwError("HASH_MISMATCH", `${redact(url)}: downloaded ${received} bytes with ${pin.algorithm} ${shown}, but ${opts.pinSource ?? "the pin"} is ${pin.text}; the file was discarded`, {
      url: redact(url),
      expected: pin.text,
      got: shown
    });
  }
  return received;
}

export {
  sha256OfFile,
  redactUrl,
  downloadVerified
};
