/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
var WwError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    WwError = class _WwError extends Error {
      code;
      /** Extra structured facts (file, tensor, key, expected, received) for the JSON report. */
      details;
      constructor(code, message, details = {}, options) {
        super(message, options);
        this.name = "WwError";
        this.code = code;
        this.details = details;
      }
      static is(err, code) {
        return err instanceof _WwError && (code === void 0 || err.code === code);
      }
    };
  }
});

// src/runtime/ort-pin.json
var ort_pin_default;
var init_ort_pin = __esm({
  "src/runtime/ort-pin.json"() {
    ort_pin_default = {
      version: "1.30.0",
      packages: {
        "onnxruntime-node": {
          version: "1.30.0",
          tarball: "https://registry.npmjs.org/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz",
          integrity: "sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw=="
        },
        "onnxruntime-common": {
          version: "1.30.0",
          tarball: "https://registry.npmjs.org/onnxruntime-common/-/onnxruntime-common-1.30.0.tgz",
          integrity: "sha512-7fdVWjAID1dVhH/G8qK3APARunV4VkBFoCQAP7qp4Wkab0mrorvmc+sqiT+mKXOzDqdjN5j+/Z9nb4gzNPWcyA=="
        }
      }
    };
  }
});

// src/runtime/layout.ts
function binaryDir(platform = process.platform, arch = process.arch) {
  return `bin/napi-v6/${platform}/${arch}`;
}
function bindingFile(platform = process.platform, arch = process.arch) {
  return `${binaryDir(platform, arch)}/onnxruntime_binding.node`;
}
var ORT_PIN;
var init_layout = __esm({
  "src/runtime/layout.ts"() {
    "use strict";
    init_ort_pin();
    ORT_PIN = ort_pin_default;
  }
});

// src/runtime/platform.ts
function hasOrtBinary(platform = process.platform, arch = process.arch) {
  return ORT_BINARY_PLATFORMS.includes(`${platform}/${arch}`);
}
function unsupportedPlatformMessage(platform = process.platform, arch = process.arch, version = ORT_PIN.version) {
  return `onnxruntime-node ${version} is not available for ${platform}/${arch}: the package has native binaries only for ${ORT_BINARY_PLATFORMS.join(", ")}, so perplexity cannot be measured here. Options: run on one of those platforms (GitHub-hosted ubuntu-latest, ubuntu-24.04-arm, macos-latest or windows-latest runners); or pass onnxruntime-path (--onnxruntime-path, $WW_ONNXRUNTIME_PATH) pointing at an onnxruntime-node package built for ${platform}/${arch}; or leave eval-text empty (--eval-text / --text unset): analysis and smoothing do not need onnxruntime.`;
}
var ORT_BINARY_PLATFORMS;
var init_platform = __esm({
  "src/runtime/platform.ts"() {
    "use strict";
    init_layout();
    ORT_BINARY_PLATFORMS = ["darwin/arm64", "linux/arm64", "linux/x64", "win32/arm64", "win32/x64"];
  }
});

// src/runtime/ort.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { delimiter, join, resolve } from "node:path";
function configureOnnxRuntime(options) {
  configured = { ...options };
}
function toolCacheRoot(options = {}) {
  return resolve(options.toolCacheRoot ?? process.env["RUNNER_TOOL_CACHE"] ?? join(homedir(), ".cache", "ww-smooth", "tool-cache"));
}
function toolCacheDir(options = {}) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  return join(toolCacheRoot(options), "ww-smooth-onnxruntime-node", pin.version, `${platform}-${arch}`);
}
function packageVersion(dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    return pkg.name === "onnxruntime-node" && typeof pkg.version === "string" ? pkg.version : null;
  } catch {
    return null;
  }
}
function listCandidates(options = {}) {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const notes = [];
  const usable = [];
  const consider = (dir, source, label) => {
    const version = packageVersion(dir);
    if (version === null) {
      notes.push(`${label}: no onnxruntime-node package.json in ${dir}`);
      return;
    }
    if (!existsSync(join(dir, bindingFile(platform, arch)))) {
      notes.push(`${label}: ${dir} (onnxruntime-node ${version}) has no ${bindingFile(platform, arch)}`);
      return;
    }
    usable.push({ dir, source });
  };
  const explicit = options.explicitPath ?? process.env["WW_ONNXRUNTIME_PATH"];
  if (explicit !== void 0 && explicit !== "") {
    const dir = resolve(explicit);
    const pkgDir = packageVersion(dir) !== null ? dir : join(dir, "node_modules", "onnxruntime-node");
    consider(pkgDir, "explicit", "onnxruntime-path");
    if (usable.length === 0) {
      throw new WwError("RUNTIME_MISSING", `onnxruntime-path ${JSON.stringify(explicit)} is not usable: ${notes.join("; ")}`, { path: explicit });
    }
    return { usable, notes };
  }
  try {
    const pkgJson = createRequire(import.meta.url).resolve("onnxruntime-node/package.json");
    consider(resolve(pkgJson, ".."), "resolved", "node resolution");
  } catch {
    notes.push(`node resolution: onnxruntime-node not found from ${new URL(".", import.meta.url).pathname}`);
  }
  for (const entry of (process.env["NODE_PATH"] ?? "").split(delimiter).filter((p) => p !== "")) {
    consider(join(resolve(entry), "onnxruntime-node"), "node-path", "NODE_PATH");
  }
  consider(join(toolCacheDir(options), "node_modules", "onnxruntime-node"), "tool-cache", "tool cache");
  return { usable, notes };
}
function requireFrom(candidate) {
  const version = packageVersion(candidate.dir) ?? "unknown";
  try {
    const ort = createRequire(join(candidate.dir, "package.json"))(candidate.dir);
    return { ort, dir: candidate.dir, version, source: candidate.source };
  } catch (err) {
    throw new WwError(
      "RUNTIME_MISSING",
      `onnxruntime-node ${version} in ${candidate.dir} failed to load on ${process.platform}/${process.arch}: ${err.message}`,
      { dir: candidate.dir },
      { cause: err }
    );
  }
}
function missingMessage(notes, options) {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (pin === ORT_PIN && !hasOrtBinary(platform, arch)) return `${unsupportedPlatformMessage(platform, arch)} Looked at: ${notes.join("; ")}.`;
  return `onnxruntime-node ${pin.version} is not available for ${options.platform ?? process.platform}/${options.arch ?? process.arch}. Looked at: ` + notes.join("; ") + `. Fix: restore the files under dist/node_modules/onnxruntime-node (a checkout of the action's tag has them), install it (npm install onnxruntime-node@${pin.version}) and pass its folder as onnxruntime-path, or let the action download it (needs network access to the npm registry).`;
}
function requireOnnxRuntime(options = configured) {
  if (loaded) return loaded;
  const { usable, notes } = listCandidates(options);
  const first = usable[0];
  if (!first) throw new WwError("RUNTIME_MISSING", missingMessage(notes, options), { looked: notes });
  loaded = requireFrom(first);
  return loaded;
}
var loaded, configured;
var init_ort = __esm({
  "src/runtime/ort.ts"() {
    "use strict";
    init_errors();
    init_layout();
    init_platform();
    configured = {};
  }
});

// src/runtime/ortModule.ts
var ortModule_exports = {};
__export(ortModule_exports, {
  InferenceSession: () => InferenceSession,
  ORT_EXPORT_NAMES: () => ORT_EXPORT_NAMES,
  TRACE: () => TRACE,
  TRACE_EVENT_BEGIN: () => TRACE_EVENT_BEGIN,
  TRACE_EVENT_END: () => TRACE_EVENT_END,
  TRACE_FUNC_BEGIN: () => TRACE_FUNC_BEGIN,
  TRACE_FUNC_END: () => TRACE_FUNC_END,
  Tensor: () => Tensor,
  default: () => ortModule_default,
  env: () => env,
  listSupportedBackends: () => listSupportedBackends,
  registerBackend: () => registerBackend
});
function real() {
  return requireOnnxRuntime().ort;
}
function lazyFunction(key) {
  const target = function() {
  };
  const load = () => real()[key];
  return new Proxy(target, {
    get(_t, prop) {
      const fn = load();
      const value = Reflect.get(fn, prop, fn);
      return typeof value === "function" && prop !== "prototype" ? value.bind(fn) : value;
    },
    has: (_t, prop) => Reflect.has(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(load()),
    apply: (_t, thisArg, args) => Reflect.apply(load(), thisArg, args),
    construct: (_t, args) => Reflect.construct(load(), args)
  });
}
function lazyObject(key) {
  const load = () => real()[key];
  return new Proxy({}, {
    get: (_t, prop) => Reflect.get(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    has: (_t, prop) => Reflect.has(load(), prop),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, prop) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), prop);
      return d === void 0 ? void 0 : { ...d, configurable: true };
    }
  });
}
var InferenceSession, Tensor, env, listSupportedBackends, registerBackend, TRACE, TRACE_FUNC_BEGIN, TRACE_FUNC_END, TRACE_EVENT_BEGIN, TRACE_EVENT_END, ORT_EXPORT_NAMES, ortDefault, ortModule_default;
var init_ortModule = __esm({
  "src/runtime/ortModule.ts"() {
    init_ort();
    InferenceSession = lazyFunction("InferenceSession");
    Tensor = lazyFunction("Tensor");
    env = lazyObject("env");
    listSupportedBackends = lazyFunction("listSupportedBackends");
    registerBackend = lazyFunction("registerBackend");
    TRACE = lazyFunction("TRACE");
    TRACE_FUNC_BEGIN = lazyFunction("TRACE_FUNC_BEGIN");
    TRACE_FUNC_END = lazyFunction("TRACE_FUNC_END");
    TRACE_EVENT_BEGIN = lazyFunction("TRACE_EVENT_BEGIN");
    TRACE_EVENT_END = lazyFunction("TRACE_EVENT_END");
    ORT_EXPORT_NAMES = [
      "InferenceSession",
      "Tensor",
      "env",
      "listSupportedBackends",
      "registerBackend",
      "TRACE",
      "TRACE_FUNC_BEGIN",
      "TRACE_FUNC_END",
      "TRACE_EVENT_BEGIN",
      "TRACE_EVENT_END"
    ];
    ortDefault = {
      InferenceSession,
      Tensor,
      env,
      listSupportedBackends,
      registerBackend,
      TRACE,
      TRACE_FUNC_BEGIN,
      TRACE_FUNC_END,
      TRACE_EVENT_BEGIN,
      TRACE_EVENT_END
    };
    ortModule_default = ortDefault;
  }
});

// src/engine/layerWorker.ts
init_errors();
import { parentPort } from "node:worker_threads";

// src/linalg/fastEngine.ts
import os from "node:os";

// src/linalg/matrix.ts
function exactFloat32(d) {
  const f = new Float32Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    f[i] = v;
    if (f[i] !== v && v === v) return null;
  }
  return f;
}
function transposeInto(src, rows, cols, dst) {
  const TILE = 64;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }
  }
}
function firstNonFinite(values) {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
function wideFloat64(rows, cols, data32, into) {
  const n = rows * cols;
  const data = into && into.length >= n ? into.subarray(0, n) : new Float64Array(n);
  if (rows <= cols) {
    data.set(data32);
    return { rows, cols, data };
  }
  transposeInto(data32, rows, cols, data);
  return { rows: cols, cols: rows, data };
}
function mirrorLower(A, n) {
  const TILE = 64;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    for (let j0 = i0; j0 < n; j0 += TILE) {
      const j1 = Math.min(n, j0 + TILE);
      for (let i = i0; i < i1; i++) for (let j = Math.max(j0, i + 1); j < j1; j++) A[i * n + j] = A[j * n + i];
    }
  }
}
function lowerBlockRows(n, blockRows) {
  const blocks = Math.max(1, Math.round(n / blockRows));
  return Array.from({ length: blocks }, (_, i) => ({ r0: Math.floor(n * i / blocks), r1: Math.floor(n * (i + 1) / blocks) }));
}
function putLowerBlockRow(out, n, blk, r0, r1) {
  for (let r = 0; r < r1 - r0; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * n);
}

// src/linalg/wasm/spectrum.ts
var DEFAULT_BAND = 32;
function newBand(n, b) {
  const ld = 2 * b + 1;
  return { n, b, ld, ab: new Float64Array(n * ld) };
}
function putDiagonalBlock(band, k, src, off, lds, s) {
  const { ab, ld } = band;
  for (let c = 0; c < s; c++) {
    const base = (k + c) * ld;
    for (let r = c; r < s; r++) ab[base + (r - c)] = src[off + r * lds + c];
  }
}
function putPanelR(band, k, R, rOff, rows) {
  const { ab, ld, b } = band;
  for (let j = 0; j < b; j++) {
    const base = (k + j) * ld;
    for (let i = 0; i <= j && i < rows; i++) ab[base + (b + i - j)] = R[rOff + i * b + j];
  }
}
function bandEigenvalues(rt, band, pipelinedThreads = false) {
  const { n, b, ld } = band;
  const nth = rt.threads;
  const L = rt.layout({ ab: n * ld, d: n, e: n, work: 4 * b * nth + 8, progress: Math.ceil(n / 2) + 2 });
  rt.f64(L.ab, n * ld).set(band.ab);
  if (pipelinedThreads && nth > 1 && n > 4 * b) {
    new Int32Array(rt.memory.buffer, L.progress, n).fill(0);
    rt.parallel("band_to_tridiag_mt", [n, b, L.ab, ld, L.work, L.progress]);
    rt.k.band_extract(n, L.ab, ld, L.d, L.e);
  } else {
    rt.k.band_to_tridiag(n, b, L.ab, ld, L.d, L.e, L.work);
  }
  const status = rt.k.tql(n, L.d, L.e, 0, 0);
  if (status !== 0) throw new Error("wasm engine: implicit QL did not converge (60 iterations for one eigenvalue)");
  const values = Float64Array.from(rt.f64(L.d, n));
  values.sort();
  return values;
}
function denseToBandWasm(rt, n, b, aPtr, scratch) {
  const band = newBand(n, b);
  const heap = () => rt.f64(0, rt.memory.buffer.byteLength / 8);
  const aIdx = aPtr / 8;
  let k = 0;
  for (; n - k > b; k += b) {
    const s = n - k;
    const m = s - b;
    let H = heap();
    putDiagonalBlock(band, k, H, aIdx + k * n + k, n, b);
    const panel = aPtr + ((k + b) * n + k) * 8;
    rt.k.panel_qr(m, b, panel, n, scratch.R, scratch.T, scratch.work);
    H = heap();
    putPanelR(band, k, H, scratch.R / 8, Math.min(m, b));
    if (m <= 0) continue;
    const a22 = aPtr + ((k + b) * n + (k + b)) * 8;
    const ld2 = 2 * b;
    const Li = scratch.L / 8;
    const Pi = panel / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Li + r * ld2 + c] = H[Pi + r * n + c];
    rt.parallel("gemm_nn", [m, b, m, 1, a22, n, scratch.L, ld2, 0, scratch.XV, b]);
    rt.parallel("gemm_nn", [m, b, b, 1, scratch.XV, b, scratch.T, b, 0, scratch.L + b * 8, ld2]);
    H = heap();
    const Ri = scratch.Rt / 8;
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + (b + c) * m + r] = H[Li + r * ld2 + c];
    rt.parallel("gemm_nn", [b, b, m, 1, scratch.Rt + b * m * 8, m, scratch.L + b * 8, ld2, 0, scratch.M, b], 1);
    H = heap();
    const Mi = scratch.M / 8, Ti = scratch.T / 8;
    const W1 = H.slice(Mi, Mi + b * b);
    for (let i = 0; i < b; i++) {
      for (let j = 0; j < b; j++) {
        let acc = 0;
        for (let l = 0; l <= i; l++) acc += H[Ti + l * b + i] * W1[l * b + j];
        H[Mi + i * b + j] = acc;
      }
    }
    rt.parallel("gemm_nn", [m, b, b, -0.5, scratch.L, ld2, scratch.M, b, 1, scratch.L + b * 8, ld2]);
    H = heap();
    for (let r = 0; r < m; r++) for (let c = 0; c < b; c++) H[Ri + c * m + r] = H[Li + r * ld2 + b + c];
    rt.parallel("gemm_nn", [m, m, ld2, -1, scratch.L, ld2, scratch.Rt, m, 1, a22, n]);
  }
  putDiagonalBlock(band, k, heap(), aIdx + k * n + k, n, n - k);
  return band;
}

// src/linalg/wasm/wasmEsd.ts
function shortSideRows(W, dst) {
  const { rows, cols, data } = W;
  if (rows <= cols) {
    dst.set(data);
    return { p: rows, q: cols };
  }
  const T = 64;
  for (let r0 = 0; r0 < rows; r0 += T) {
    const r1 = Math.min(rows, r0 + T);
    for (let c0 = 0; c0 < cols; c0 += T) {
      const c1 = Math.min(cols, c0 + T);
      for (let r = r0; r < r1; r++) {
        const base = r * cols;
        for (let c = c0; c < c1; c++) dst[c * rows + r] = data[base + c];
      }
    }
  }
  return { p: cols, q: rows };
}
function bandScratchSizes(n, b) {
  return { L: n * 2 * b, Rt: 2 * b * n, XV: n * b, R: b * b, T: b * b, M: b * b, work: 4 * b };
}
function gramEigenvaluesWasm(rt, W, b = DEFAULT_BAND) {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  if (p === 0) return new Float64Array(0);
  const L = rt.layout({ G: p * p, X: p * q, ...bandScratchSizes(p, b) });
  shortSideRows(W, rt.f64(L.X, p * q));
  rt.parallel("gemm_nt", [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel("mirror_lower", [p, L.G, p]);
  const band = denseToBandWasm(rt, p, Math.min(b, Math.max(1, p - 1)), L.G, L);
  return clampNonNegative(bandEigenvalues(rt, band));
}
function gramWasm(rt, X, p, q) {
  const L = rt.layout({ G: p * p, X: p * q });
  rt.f64(L.X, p * q).set(X.subarray(0, p * q));
  rt.parallel("gemm_nt", [p, p, q, 1, L.X, q, L.X, q, 0, L.G, p, 1]);
  rt.parallel("mirror_lower", [p, L.G, p]);
  return Float64Array.from(rt.f64(L.G, p * p));
}
function clampNonNegative(v) {
  for (let i = 0; i < v.length; i++) if (v[i] < 0) v[i] = 0;
  return v;
}

// src/linalg/ort/ortEsd.ts
function shortSideMajor(W) {
  const { rows, cols, data } = W;
  if (rows <= cols) return { X: data, p: rows, q: cols };
  const X = new Float64Array(rows * cols);
  transposeInto(data, rows, cols, X);
  return { X, p: cols, q: rows };
}
async function gramOrt(ops, X, p, q, out, blockRows = 256) {
  const rows = lowerBlockRows(p, blockRows);
  if (rows.length === 1) {
    await ops.gemmNT(X.subarray(0, p * q), p, q, X.subarray(0, p * q), p, out.subarray(0, p * p));
    return;
  }
  const tmp = new Float64Array(Math.ceil(p / rows.length + 1) * p);
  for (const { r0, r1 } of rows) {
    const blk = await ops.gemmNT(X.subarray(r0 * q, r1 * q), r1 - r0, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, (r1 - r0) * r1));
    putLowerBlockRow(out, p, blk, r0, r1);
  }
  mirrorLower(out, p);
}
async function gramOrt32(ops, X, p, q, blockRows = 256) {
  const out = new Float32Array(p * p);
  const rows = lowerBlockRows(p, blockRows);
  if (rows.length === 1) return ops.gemmNT32(X, p, q, X, p, out);
  const tmp = new Float32Array(Math.ceil(p / rows.length + 1) * p);
  for (const { r0, r1 } of rows) {
    const blk = await ops.gemmNT32(X.subarray(r0 * q, r1 * q), r1 - r0, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, (r1 - r0) * r1));
    putLowerBlockRow(out, p, blk, r0, r1);
  }
  mirrorLower(out, p);
  return out;
}
async function gramEigenvaluesOrt(ops, rt, W, bandwidth = DEFAULT_BAND) {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const S = new Float64Array(p * p);
  await gramOrt(ops, X, p, q, S);
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const L = rt.layout({ G: p * p, ...bandScratchSizes(p, b) });
  rt.f64(L.G, p * p).set(S);
  const band = denseToBandWasm(rt, p, b, L.G, L);
  return clampNonNegative(bandEigenvalues(rt, band));
}
var DEFAULT_GROUP_PANELS = 4;
function bandShape(p) {
  if (p < 1536) return { bandwidth: DEFAULT_BAND, groupPanels: DEFAULT_GROUP_PANELS };
  return { bandwidth: 24, groupPanels: p < 3072 ? 6 : 8 };
}
async function gramEigenvaluesOrtBand(ops, rt, W, bandwidth, groupPanels) {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const shape = bandShape(p);
  const S = ops.scratch("esd.S", p * p);
  await gramOrt(ops, X, p, q, S);
  return symmetricEigenvaluesOrtGrouped(ops, rt, S, p, bandwidth ?? shape.bandwidth, groupPanels ?? shape.groupPanels);
}
function subBlock(S, s, r0, rows, c0, w) {
  const out = new Float64Array(rows * w);
  for (let r = 0; r < rows; r++) out.set(S.subarray((r0 + r) * s + c0, (r0 + r) * s + c0 + w), r * w);
  return out;
}
async function symmetricEigenvaluesOrtGrouped(ops, rt, S0, p, bandwidth = DEFAULT_BAND, groupPanels = DEFAULT_GROUP_PANELS) {
  const b = Math.min(bandwidth, Math.max(1, p - 1));
  const band = newBand(p, b);
  let S = S0;
  let spare = ops.scratch("esd.spare", Math.max(0, p - b) ** 2);
  const L = rt.layout({ P: p * b, R: b * b, T: b * b, work: 4 * b });
  const heap = () => rt.f64(0, rt.memory.buffer.byteLength / 8);
  const qr = (P, m, k2) => {
    rt.f64(L.P, m * b).set(P);
    rt.k.panel_qr(m, b, L.P, b, L.R, L.T, L.work);
    putPanelR(band, k2, heap(), L.R / 8, Math.min(m, b));
    return { V: Float64Array.from(rt.f64(L.P, m * b)), T: Float64Array.from(rt.f64(L.T, b * b)) };
  };
  let k = 0;
  let s = p;
  const zeros1 = new Float64Array(p);
  const g = Math.max(1, groupPanels);
  const width = 2 * b * g;
  const Lall = new Float64Array(g > 1 ? p * width : 0);
  const Rall = new Float64Array(g > 1 ? p * width : 0);
  const rowsOf = (A, r0, rows) => A.subarray(r0 * width, (r0 + rows) * width);
  while (g > 1 && s > (g + 1) * b) {
    Lall.fill(0, 0, s * width);
    Rall.fill(0, 0, s * width);
    for (let j = 0; j < g; j++) {
      const mj = s - (j + 1) * b;
      let D2 = subBlock(S, s, j * b, b, j * b, b);
      let P = subBlock(S, s, (j + 1) * b, mj, j * b, b);
      let Lc = zeros1.subarray(0, mj);
      let Rc = zeros1.subarray(0, mj);
      if (j > 0) {
        const Ltop = rowsOf(Lall, j * b, b);
        const Rtop = rowsOf(Rall, j * b, b);
        Lc = rowsOf(Lall, (j + 1) * b, mj);
        Rc = rowsOf(Rall, (j + 1) * b, mj);
        P = await ops.lowRankFix(P, mj, b, Lc, Rtop, width);
        D2 = await ops.lowRankFix(D2, b, b, Ltop, Rtop, width);
      }
      putDiagonalBlock(band, k + j * b, D2, 0, b, b);
      const { V: Vj, T: Tj } = qr(P, mj, k + j * b);
      const Vpad = new Float64Array(s * b);
      Vpad.set(Vj, (j + 1) * b * b);
      const Zj = await ops.panelZ(S.subarray((j + 1) * b * s, s * s), mj, s, Vpad, Vj, Tj, b, Lc, Rc, j > 0 ? width : 1);
      for (let r = 0; r < mj; r++) {
        const o = ((j + 1) * b + r) * width + 2 * b * j;
        const src = r * b;
        for (let c = 0; c < b; c++) {
          const v = Vj[src + c];
          const z = Zj[src + c];
          Lall[o + c] = v;
          Lall[o + b + c] = z;
          Rall[o + c] = z;
          Rall[o + b + c] = v;
        }
      }
    }
    const m = s - g * b;
    await ops.groupUpdateLower(S, s, g * b, rowsOf(Lall, g * b, m), rowsOf(Rall, g * b, m), width, spare);
    const used = S;
    S = spare;
    spare = used;
    s = m;
    k += g * b;
  }
  const V = new Float64Array(p * b);
  const T = new Float64Array(b * b);
  for (; s > b; k += b) {
    const m = s - b;
    putDiagonalBlock(band, k, S, 0, s, b);
    const r = qr(subBlock(S, s, b, m, 0, b), m, k);
    V.set(r.V);
    T.set(r.T);
    await ops.bandStep(S, s, V.subarray(0, m * b), T, b, spare);
    const used = S;
    S = spare;
    spare = used;
    s = m;
  }
  putDiagonalBlock(band, k, S, 0, s, s);
  return clampNonNegative(bandEigenvalues(rt, band));
}

// src/linalg/denseOps.ts
function ortDenseOps(ops) {
  return {
    mm: (A, m, k, B, n) => ops.matmul(A, m, k, B, n),
    tn: (A, k, m, B, n) => ops.gemmTN(A, k, m, B, n),
    toF32: (A, m, n) => ops.cast32(A, m, n),
    gram32: (X, p, q) => gramOrt32(ops, X, p, q),
    chebyshev32: (G, p, Q, GQ, l, first, steps) => ops.chebyshevFilter32(G, p, Q, GQ, l, first, steps),
    // JavaScript's typed-array conversions beat Cast nodes here (measured 6.1 vs 7.0 ms at 2048 x 145)
    mm32x64: async (A, m, k, B, n) => new Float64Array(await ops.matmul32(A, m, k, new Float32Array(B), n))
  };
}
function wasmDenseOps(rt) {
  const mm = (A, m, k, B, n) => {
    const L = rt.layout({ A: m * k, B: k * n, C: m * n });
    rt.f64(L.A, m * k).set(A);
    rt.f64(L.B, k * n).set(B);
    rt.parallel("gemm_nn", [m, n, k, 1, L.A, k, L.B, n, 0, L.C, n]);
    return Float64Array.from(rt.f64(L.C, m * n));
  };
  return {
    mm: async (A, m, k, B, n) => mm(A, m, k, B, n),
    tn: async (A, k, m, B, n) => {
      const L = rt.layout({ A: m * k, B: k * n, C: m * n });
      transposeInto(A, k, m, rt.f64(L.A, m * k));
      rt.f64(L.B, k * n).set(B);
      rt.parallel("gemm_nn", [m, n, k, 1, L.A, k, L.B, n, 0, L.C, n]);
      return Float64Array.from(rt.f64(L.C, m * n));
    }
  };
}

// src/linalg/ort/ortOps.ts
import fs from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import path from "node:path";

// src/util/protoWriter.ts
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var textEncoder = new TextEncoder();
function encodeVarint(v) {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new RangeError(`varint must be an integer, got ${v}`);
    if (v < 0 || v > Number.MAX_SAFE_INTEGER) return encodeVarint(BigInt(v));
    const out2 = [];
    while (v >= 128) {
      out2.push(v % 128 | 128);
      v = Math.floor(v / 128);
    }
    out2.push(v);
    return Uint8Array.from(out2);
  }
  let u = BigInt.asUintN(64, v);
  const out = [];
  while (u >= 128n) {
    out.push(Number(u & 0x7fn) | 128);
    u >>= 7n;
  }
  out.push(Number(u));
  return Uint8Array.from(out);
}
function encodeTag(field, wire) {
  return encodeVarint(field * 8 + wire);
}
var ProtoWriter = class {
  chunks = [];
  size = 0;
  get byteLength() {
    return this.size;
  }
  /** Appends already-encoded bytes (e.g. a copied field span). */
  raw(bytes) {
    if (bytes.length > 0) {
      this.chunks.push(bytes);
      this.size += bytes.length;
    }
    return this;
  }
  tag(field, wire) {
    return this.raw(encodeTag(field, wire));
  }
  /** Varint field (uint64/int64/int32/enum/bool). Negative values use 10-byte two's complement. */
  varint(field, v) {
    return this.tag(field, WIRE_VARINT).raw(encodeVarint(v));
  }
  bytes(field, payload) {
    return this.tag(field, WIRE_LEN).raw(encodeVarint(payload.length)).raw(payload);
  }
  string(field, s) {
    return this.bytes(field, textEncoder.encode(s));
  }
  /** Nested message field from another writer (its chunks are moved, not copied). */
  message(field, inner) {
    this.tag(field, WIRE_LEN).raw(encodeVarint(inner.size));
    for (const c of inner.chunks) this.raw(c);
    return this;
  }
  fixed32(field, v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }
  float(field, v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }
  fixed64(field, v) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }
  double(field, v) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }
  /** Packed repeated varints (int32/int64/uint64/bool/enum). */
  packedVarints(field, values) {
    if (values.length === 0) return this;
    const parts = [];
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const e = encodeVarint(values[i]);
      parts.push(e);
      n += e.length;
    }
    this.tag(field, WIRE_LEN).raw(encodeVarint(n));
    for (const p of parts) this.raw(p);
    return this;
  }
  /** Packed repeated float (fixed32 little-endian). */
  packedFloats(field, values) {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 4);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat32(i * 4, values[i], true);
    return this.bytes(field, b);
  }
  /** Packed repeated double (fixed64 little-endian). */
  packedDoubles(field, values) {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 8);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat64(i * 8, values[i], true);
    return this.bytes(field, b);
  }
  /** The chunks, in order, for streaming the message out without concatenating it. */
  parts() {
    return this.chunks;
  }
  finish() {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }
};

// src/linalg/ort/onnxGraph.ts
var OnnxType = { float: 1, int64: 7, double: 11 };
function valueInfo(io) {
  const shape = new ProtoWriter();
  for (const d of io.shape) {
    const dim = new ProtoWriter();
    if (typeof d === "number") dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, io.type).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, io.name).message(2, type);
}
function nodeProto(n, index) {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  w.string(3, `${n.op}_${index}`);
  w.string(4, n.op);
  for (const [name, v] of Object.entries(n.intAttrs ?? {})) {
    w.message(5, new ProtoWriter().string(1, name).varint(3, v).varint(20, 2));
  }
  for (const [name, v] of Object.entries(n.floatAttrs ?? {})) {
    w.message(5, new ProtoWriter().string(1, name).float(2, v).varint(20, 1));
  }
  for (const [name, vs] of Object.entries(n.intsAttrs ?? {})) {
    const a = new ProtoWriter().string(1, name);
    for (const v of vs) a.varint(8, v);
    w.message(5, a.varint(20, 7));
  }
  return w;
}
function encodeModel(spec) {
  const graph = new ProtoWriter();
  spec.nodes.forEach((n, i) => graph.message(1, nodeProto(n, i)));
  graph.string(2, "ww_linalg");
  for (const i of spec.inputs) graph.message(11, valueInfo(i));
  for (const o of spec.outputs) graph.message(12, valueInfo(o));
  const opset = new ProtoWriter().string(1, "").varint(2, spec.opset ?? 17);
  return new ProtoWriter().varint(1, 8).string(2, "ww-smooth-linalg").message(7, graph).message(8, opset).finish();
}

// src/linalg/ort/nativeGate.ts
var ungated = (call) => call();
var STOP = 0;
var IN_NATIVE = 1;
function workerGate(state) {
  return async (call) => {
    Atomics.add(state, IN_NATIVE, 1);
    if (Atomics.load(state, STOP) !== 0) {
      leave(state);
      return new Promise(() => {
      });
    }
    try {
      return await call();
    } finally {
      leave(state);
    }
  };
}
function leave(state) {
  Atomics.sub(state, IN_NATIVE, 1);
  Atomics.notify(state, IN_NATIVE);
}

// src/linalg/ort/ortOps.ts
var D = OnnxType.double;
var GRAPHS = {
  /** C = A B^T */
  gemmNT: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transB: 1 } }],
    inputs: [{ name: "A", type: D, shape: ["m", "k"] }, { name: "B", type: D, shape: ["n", "k"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /** C = A B */
  matmul: {
    nodes: [{ op: "MatMul", inputs: ["A", "B"], outputs: ["C"] }],
    inputs: [{ name: "A", type: D, shape: ["m", "k"] }, { name: "B", type: D, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /** C = A B in float32 (subspace filtering, where float32 rounding is harmless) */
  matmul32: {
    nodes: [{ op: "MatMul", inputs: ["A", "B"], outputs: ["C"] }],
    inputs: [{ name: "A", type: OnnxType.float, shape: ["m", "k"] }, { name: "B", type: OnnxType.float, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** C = A B^T in float32 (the short-side Gram that only shapes the top-k subspace) */
  gemmNT32: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transB: 1 } }],
    inputs: [{ name: "A", type: OnnxType.float, shape: ["m", "k"] }, { name: "B", type: OnnxType.float, shape: ["n", "k"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** float64 -> float32 (native and threaded: a JS loop over a whole layer costs ~50 ms) */
  cast32: {
    nodes: [{ op: "Cast", inputs: ["A"], outputs: ["C"], intAttrs: { to: OnnxType.float } }],
    inputs: [{ name: "A", type: D, shape: ["m", "n"] }],
    outputs: [{ name: "C", type: OnnxType.float, shape: ["m", "n"] }]
  },
  /** C = A^T B */
  gemmTN: {
    nodes: [{ op: "Gemm", inputs: ["A", "B"], outputs: ["C"], intAttrs: { transA: 1 } }],
    inputs: [{ name: "A", type: D, shape: ["k", "m"] }, { name: "B", type: D, shape: ["k", "n"] }],
    outputs: [{ name: "C", type: D, shape: ["m", "n"] }]
  },
  /**
   * One band-reduction step: A22 = S[b:, b:]; with Q = I - V T V^T,
   * out = Q^T A22 Q = A22 - [V Z][Z V]^T, Z = Y - 1/2 V (T^T V^T Y), Y = A22 V T.
   */
  bandStep: {
    nodes: [
      { op: "Slice", inputs: ["S", "starts", "ends"], outputs: ["A22"] },
      { op: "MatMul", inputs: ["A22", "V"], outputs: ["X"] },
      { op: "MatMul", inputs: ["X", "T"], outputs: ["Y"] },
      { op: "Gemm", inputs: ["V", "Y"], outputs: ["W1"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["T", "W1"], outputs: ["M"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["V", "M", "Y"], outputs: ["Z"], floatAttrs: { alpha: -0.5, beta: 1 } },
      { op: "Concat", inputs: ["V", "Z"], outputs: ["Lm"], intAttrs: { axis: 1 } },
      { op: "Concat", inputs: ["Z", "V"], outputs: ["Rm"], intAttrs: { axis: 1 } },
      { op: "Gemm", inputs: ["Lm", "Rm", "A22"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }
    ],
    inputs: [
      { name: "S", type: D, shape: ["s", "s"] },
      { name: "starts", type: OnnxType.int64, shape: [2] },
      { name: "ends", type: OnnxType.int64, shape: [2] },
      { name: "V", type: D, shape: ["m", "b"] },
      { name: "T", type: D, shape: ["b", "b"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["m", "m"] }]
  },
  /** Z of one panel (two-panel groups): X = A_rows Vpad - Lc (Rc^T V); Y = X T; Z = Y - 1/2 V T^T V^T Y. */
  panelZ: {
    nodes: [
      { op: "MatMul", inputs: ["Arows", "Vpad"], outputs: ["X0"] },
      { op: "Gemm", inputs: ["Rc", "V"], outputs: ["RV"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["Lc", "RV", "X0"], outputs: ["X"], floatAttrs: { alpha: -1, beta: 1 } },
      { op: "MatMul", inputs: ["X", "T"], outputs: ["Y"] },
      { op: "Gemm", inputs: ["V", "Y"], outputs: ["W1"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["T", "W1"], outputs: ["M"], intAttrs: { transA: 1 } },
      { op: "Gemm", inputs: ["V", "M", "Y"], outputs: ["Z"], floatAttrs: { alpha: -0.5, beta: 1 } }
    ],
    inputs: [
      { name: "Arows", type: D, shape: ["m", "s"] },
      { name: "Vpad", type: D, shape: ["s", "b"] },
      { name: "V", type: D, shape: ["m", "b"] },
      { name: "T", type: D, shape: ["b", "b"] },
      { name: "Lc", type: D, shape: ["m", "c"] },
      { name: "Rc", type: D, shape: ["m", "c"] }
    ],
    outputs: [{ name: "Z", type: D, shape: ["m", "b"] }]
  },
  /** OUT = P - L R^T (small corrections of a panel by the pending update) */
  lowRankFix: {
    nodes: [{ op: "Gemm", inputs: ["L", "R", "P"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }],
    inputs: [
      { name: "P", type: D, shape: ["m", "n"] },
      { name: "L", type: D, shape: ["m", "c"] },
      { name: "R", type: D, shape: ["n", "c"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["m", "n"] }]
  },
  /** OUT = S[r0:r1, c0:c1] - L R^T: a panel group's trailing update, whole or one block row of it */
  groupUpdate: {
    nodes: [
      { op: "Slice", inputs: ["S", "starts", "ends"], outputs: ["A"] },
      { op: "Gemm", inputs: ["L", "R", "A"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }
    ],
    inputs: [
      { name: "S", type: D, shape: ["s", "s"] },
      { name: "starts", type: OnnxType.int64, shape: [2] },
      { name: "ends", type: OnnxType.int64, shape: [2] },
      { name: "L", type: D, shape: ["h", "c"] },
      { name: "R", type: D, shape: ["n", "c"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["h", "n"] }]
  }
};
function chebyshevFilterGraph(degree) {
  const F = OnnxType.float;
  const scalar = (name) => ({ name, type: F, shape: [] });
  const nodes = [
    { op: "Mul", inputs: ["GQ", "a1"], outputs: ["t1a"] },
    { op: "Mul", inputs: ["Q", "ac1"], outputs: ["t1b"] },
    { op: "Sub", inputs: ["t1a", "t1b"], outputs: [degree === 1 ? "Y" : "Y1"] }
  ];
  const inputs = [
    { name: "G", type: F, shape: ["p", "p"] },
    { name: "Q", type: F, shape: ["p", "l"] },
    { name: "GQ", type: F, shape: ["p", "l"] },
    scalar("a1"),
    scalar("ac1")
  ];
  for (let j = 2; j <= degree; j++) {
    const cur = `Y${j - 1}`;
    const prev = j === 2 ? "Q" : `Y${j - 2}`;
    inputs.push(scalar(`a${j}`), scalar(`ac${j}`), scalar(`b${j}`));
    nodes.push(
      { op: "MatMul", inputs: ["G", cur], outputs: [`g${j}`] },
      { op: "Mul", inputs: [`g${j}`, `a${j}`], outputs: [`u${j}`] },
      { op: "Mul", inputs: [cur, `ac${j}`], outputs: [`v${j}`] },
      { op: "Mul", inputs: [prev, `b${j}`], outputs: [`w${j}`] },
      { op: "Sub", inputs: [`u${j}`, `v${j}`], outputs: [`x${j}`] },
      { op: "Sub", inputs: [`x${j}`, `w${j}`], outputs: [j === degree ? "Y" : `Y${j}`] }
    );
  }
  return { nodes, inputs, outputs: [{ name: "Y", type: F, shape: ["p", "l"] }] };
}
function cudaProviderFiles() {
  let bin;
  try {
    const require2 = createRequire2(import.meta.url);
    const entry = require2.resolve("onnxruntime-node");
    bin = path.join(path.dirname(entry), "..", "bin", "napi-v6", process.platform, process.arch);
    if (!fs.existsSync(bin)) return "unknown";
  } catch {
    return "unknown";
  }
  const lib = process.platform === "win32" ? "onnxruntime_providers_cuda.dll" : "libonnxruntime_providers_cuda.so";
  return fs.existsSync(path.join(bin, lib)) ? "present" : "absent";
}
var OrtOps = class _OrtOps {
  constructor(ort, device, threads, provider, gate) {
    this.ort = ort;
    this.threads = threads;
    this.provider = provider;
    this.gate = gate;
    this.device = device;
  }
  ort;
  threads;
  provider;
  gate;
  device;
  sessions = /* @__PURE__ */ new Map();
  scratchBuffers = /* @__PURE__ */ new Map();
  /**
   * Loads onnxruntime-node and checks the requested device by creating a first session. 'cuda'
   * that cannot start falls back to 'cpu' with one log line. Returns null when onnxruntime-node
   * itself is unavailable (the caller then uses wasm only).
   */
  static async create(opts) {
    let ort;
    try {
      ort = await Promise.resolve().then(() => (init_ortModule(), ortModule_exports));
    } catch (e) {
      opts.logger(`linalg: onnxruntime-node not available (${e.message.split("\n")[0]}); using wasm kernels only`);
      return null;
    }
    if (opts.device === "cuda" && (opts.gpuProvider ?? "cuda") === "cuda" && cudaProviderFiles() === "absent") {
      opts.logger(
        "linalg: CUDA execution provider unavailable (onnxruntime-node was installed without its CUDA libraries: reinstall with ONNXRUNTIME_NODE_INSTALL=cuda12); falling back to CPU"
      );
    } else if (opts.device === "cuda") {
      const gpu = new _OrtOps(ort, "cuda", opts.threads, opts.gpuProvider ?? "cuda", opts.gate ?? ungated);
      try {
        await gpu.session("matmul");
        return gpu;
      } catch (e) {
        opts.logger(`linalg: CUDA execution provider unavailable (${e.message.split("\n")[0]?.trim()}); falling back to CPU`);
      }
    }
    const cpu = new _OrtOps(ort, "cpu", opts.threads, "cpu", opts.gate ?? ungated);
    try {
      await cpu.session("matmul");
    } catch (e) {
      opts.logger(`linalg: onnxruntime CPU session failed (${e.message.split("\n")[0]}); using wasm kernels only`);
      return null;
    }
    return cpu;
  }
  async session(name) {
    return this.sessionFor(name, GRAPHS[name]);
  }
  async sessionFor(name, spec) {
    const threads = typeof this.threads === "number" ? this.threads : Math.max(1, Math.floor(this.threads()));
    const key = `${name}/${threads}`;
    const have = this.sessions.get(key);
    if (have) return have;
    const options = {
      executionProviders: [this.provider],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // A provider that cannot start is reported once by OrtOps.create, not by onnxruntime's log.
      logSeverityLevel: 4,
      // No arena: the trailing-matrix intermediates (p^2 doubles) are returned to the OS after each run,
      // which keeps peak memory near 2.3 matrix copies for a 4096x11008 layer (no time difference measured at 2048x5632).
      enableCpuMemArena: false,
      // Several small sessions share two cores with the wasm threads: spinning pools would fight.
      extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } }
    };
    const gate = this.gate;
    const created = await gate(() => this.ort.InferenceSession.create(encodeModel(spec), options));
    const s = { run: ((feeds, fetches) => gate(() => created.run(feeds, fetches))), release: () => gate(() => created.release()) };
    this.sessions.set(key, s);
    return s;
  }
  /**
   * A float64 work array of `length` elements that this engine keeps for the next call of the same
   * name (the ESD's p x p ping-pong matrices): fresh 32 MiB arrays per layer cost more in page
   * faults (zeroed pages, unmapped at each collection) than their computation does. Not zeroed:
   * callers overwrite every element they read. Valid until the next `scratch` of that name.
   */
  scratch(name, length) {
    const have = this.scratchBuffers.get(name);
    if (have && have.length >= length) return have.subarray(0, length);
    const fresh = new Float64Array(length);
    this.scratchBuffers.set(name, fresh);
    return fresh;
  }
  tensor(data, dims) {
    return new this.ort.Tensor("float64", data, dims);
  }
  /** C (m x n) = A (m x k) B^T (B is n x k); `out` (length m*n) receives C when given. */
  async gemmNT(A, m, k, B, n, out) {
    const s = await this.session("gemmNT");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [n, k]) }, fetches);
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B (k x n). */
  async matmul(A, m, k, B, n, out) {
    const s = await this.session("matmul");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [k, n]) }, fetches);
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B (k x n) in float32. */
  async matmul32(A, m, k, B, n) {
    const s = await this.session("matmul32");
    const r = await s.run({ A: new this.ort.Tensor("float32", A, [m, k]), B: new this.ort.Tensor("float32", B, [k, n]) });
    return r["C"].data;
  }
  /** C (m x n) = A (m x k) B^T in float32 (B is n x k); `out` receives C when given. */
  async gemmNT32(A, m, k, B, n, out) {
    const s = await this.session("gemmNT32");
    const fetches = out ? { C: new this.ort.Tensor("float32", out, [m, n]) } : void 0;
    const r = await s.run({ A: new this.ort.Tensor("float32", A, [m, k]), B: new this.ort.Tensor("float32", B, [n, k]) }, fetches);
    return r["C"].data;
  }
  /** A Chebyshev filter round in float32 (see chebyshevFilterGraph): returns Y_degree (p x l). */
  async chebyshevFilter32(G, p, Q, GQ, l, first, steps) {
    const degree = steps.length + 1;
    const s = await this.sessionFor(`chebyshev${degree}`, chebyshevFilterGraph(degree));
    const f = (v) => new this.ort.Tensor("float32", Float32Array.of(v), []);
    const feeds = {
      G: new this.ort.Tensor("float32", G, [p, p]),
      Q: new this.ort.Tensor("float32", new Float32Array(Q), [p, l]),
      GQ: new this.ort.Tensor("float32", new Float32Array(GQ), [p, l]),
      a1: f(first.a),
      ac1: f(first.ac)
    };
    steps.forEach((st, i) => {
      feeds[`a${i + 2}`] = f(st.a);
      feeds[`ac${i + 2}`] = f(st.ac);
      feeds[`b${i + 2}`] = f(st.b);
    });
    const r = await s.run(feeds);
    return new Float64Array(r["Y"].data);
  }
  /** A (m x n, float64) rounded to float32. */
  async cast32(A, m, n) {
    const s = await this.session("cast32");
    const r = await s.run({ A: this.tensor(A, [m, n]) });
    return r["C"].data;
  }
  /** C (m x n) = A^T B with A (k x m), B (k x n). */
  async gemmTN(A, k, m, B, n, out) {
    const s = await this.session("gemmTN");
    const fetches = out ? { C: this.tensor(out, [m, n]) } : void 0;
    const r = await s.run({ A: this.tensor(A, [k, m]), B: this.tensor(B, [k, n]) }, fetches);
    return r["C"].data;
  }
  /** One band-reduction update (see GRAPHS.bandStep); writes the (s-b) x (s-b) result into out. */
  async bandStep(S, s, V, T, b, out) {
    const sess = await this.session("bandStep");
    const m = s - b;
    const i64 = (a, c) => new this.ort.Tensor("int64", BigInt64Array.from([BigInt(a), BigInt(c)]), [2]);
    await sess.run(
      { S: this.tensor(S.subarray(0, s * s), [s, s]), starts: i64(b, b), ends: i64(s, s), V: this.tensor(V, [m, b]), T: this.tensor(T, [b, b]) },
      { OUT: this.tensor(out.subarray(0, m * m), [m, m]) }
    );
  }
  /** Z (m x b) of a panel inside a group; Arows = rows of S (m x s), Vpad = V with zero rows on top. */
  async panelZ(Arows, m, s, Vpad, V, T, b, Lc, Rc, c) {
    const sess = await this.session("panelZ");
    const r = await sess.run({
      Arows: this.tensor(Arows, [m, s]),
      Vpad: this.tensor(Vpad, [s, b]),
      V: this.tensor(V, [m, b]),
      T: this.tensor(T, [b, b]),
      Lc: this.tensor(Lc, [m, c]),
      Rc: this.tensor(Rc, [m, c])
    });
    return r["Z"].data;
  }
  /** P (m x n) - L (m x c) R (n x c)^T */
  async lowRankFix(P, m, n, L, R, c) {
    const sess = await this.session("lowRankFix");
    const r = await sess.run({ P: this.tensor(P, [m, n]), L: this.tensor(L, [m, c]), R: this.tensor(R, [n, c]) });
    return r["OUT"].data;
  }
  /** out ((s-o) x (s-o)) = S[o:, o:] - L R^T with L, R ((s-o) x c). */
  async groupUpdate(S, s, o, L, R, c, out) {
    const m = s - o;
    await this.groupUpdateRows(this.tensor(S.subarray(0, s * s), [s, s]), o, 0, m, L, R, c, out.subarray(0, m * m));
  }
  /**
   * groupUpdate computing only the lower triangle, in block rows (lowerBlockRows), then mirrored:
   * (nb + 1) / (2 nb) of the full product's flops for nb block rows.
   */
  async groupUpdateLower(S, s, o, L, R, c, out, blockRows = 256) {
    const m = s - o;
    const rows = lowerBlockRows(m, blockRows);
    if (rows.length === 1) return this.groupUpdate(S, s, o, L, R, c, out);
    const tmp = new Float64Array(Math.ceil(m / rows.length + 1) * m);
    const Sin = this.tensor(S.subarray(0, s * s), [s, s]);
    for (const { r0, r1 } of rows) {
      const blk = tmp.subarray(0, (r1 - r0) * r1);
      await this.groupUpdateRows(Sin, o, r0, r1, L, R, c, blk);
      putLowerBlockRow(out, m, blk, r0, r1);
    }
    mirrorLower(out, m);
  }
  /** blk ((r1-r0) x r1) = S[o+r0 : o+r1, o : o+r1] - L[r0:r1] R[0:r1]^T. */
  async groupUpdateRows(S, o, r0, r1, L, R, c, blk) {
    const sess = await this.session("groupUpdate");
    const i64 = (a, d) => new this.ort.Tensor("int64", BigInt64Array.from([BigInt(a), BigInt(d)]), [2]);
    await sess.run(
      { S, starts: i64(o + r0, o), ends: i64(o + r1, o + r1), L: this.tensor(L.subarray(r0 * c, r1 * c), [r1 - r0, c]), R: this.tensor(R.subarray(0, r1 * c), [r1, c]) },
      { OUT: this.tensor(blk, [r1 - r0, r1]) }
    );
  }
  async dispose() {
    await Promise.all([...this.sessions.values()].map((s) => s.release()));
    this.sessions.clear();
    this.scratchBuffers.clear();
  }
};

// src/linalg/truncatedSvd.ts
init_errors();
function gaussianStream(seed) {
  const s0 = BigInt.asUintN(64, BigInt(Math.floor(seed)) * 0x9e3779b97f4a7c15n + 0x1234567n);
  const s1 = BigInt.asUintN(64, s0 ^ 0xdeadbeefcafebaben);
  let h0 = Number(s0 >> 32n) >>> 0;
  let l0 = Number(s0 & 0xffffffffn) >>> 0;
  let h1 = Number(s1 >> 32n) >>> 0;
  let l1 = Number(s1 & 0xffffffffn) >>> 0;
  const next = () => {
    let xh = h0;
    let xl = l0;
    const yh = h1;
    const yl = l1;
    h0 = yh;
    l0 = yl;
    xh = (xh ^ (xh << 23 | xl >>> 9)) >>> 0;
    xl = (xl ^ xl << 23) >>> 0;
    h1 = (xh ^ yh ^ xh >>> 17 ^ yh >>> 26) >>> 0;
    l1 = (xl ^ yl ^ (xl >>> 17 | xh << 15) ^ (yl >>> 26 | yh << 6)) >>> 0;
    const lo = l1 + yl;
    const hi = h1 + yh + (lo > 4294967295 ? 1 : 0) & 2097151;
    return (hi * 4294967296 + (lo >>> 0)) / 2 ** 53;
  };
  let spare = null;
  return () => {
    if (spare !== null) {
      const v2 = spare;
      spare = null;
      return v2;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}
function householderQ(rt, Y, p, l) {
  const L = rt.layout({ P: p * l, R: l * l, T: l * l, work: 4 * l + 8, M: l * l, Q: p * l });
  rt.f64(L.P, p * l).set(Y);
  rt.k.panel_qr(p, l, L.P, l, L.R, L.T, L.work);
  const H = rt.f64(0, rt.memory.buffer.byteLength / 8);
  const Vi = L.P / 8, Ti = L.T / 8, Mi = L.M / 8;
  for (let i = 0; i < l; i++) {
    for (let j = 0; j < l; j++) {
      let acc = 0;
      for (let t = i; t < l; t++) acc += H[Ti + i * l + t] * (j < p ? H[Vi + j * l + t] : 0);
      H[Mi + i * l + j] = acc;
    }
  }
  rt.parallel("gemm_nn", [p, l, l, -1, L.P, l, L.M, l, 0, L.Q, l]);
  const Q = Float64Array.from(rt.f64(L.Q, p * l));
  for (let i = 0; i < Math.min(p, l); i++) Q[i * l + i] = Q[i * l + i] + 1;
  return Q;
}
async function project(ops, K, p, s, Y, l) {
  if (s === 0) return;
  const C = await ops.tn(K, p, s, Y, l);
  const KC = await ops.mm(K, p, s, C, l);
  for (let i = 0; i < p * l; i++) Y[i] = Y[i] - KC[i];
}
async function krylovTruncatedSvd(ops, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  const { X, q } = shortSideMajor(W);
  const over = opts.oversample ?? Math.max(10, Math.ceil(k / 10));
  let l = Math.min(p, k + over);
  let blocks = (opts.iterations ?? 4) + 1;
  const maxBlocks = Math.max(blocks, opts.maxBlocks ?? 16);
  const tol = opts.tolerance ?? 2e-4;
  if (blocks * l >= p) {
    l = p;
    blocks = 1;
  }
  const gauss = gaussianStream(opts.seed ?? 0);
  const Om = new Float64Array(q * l);
  for (let i = 0; i < Om.length; i++) Om[i] = gauss();
  const Qs = [];
  const Zs = [];
  const Cblocks = /* @__PURE__ */ new Map();
  const basis = () => joinColumns(Qs, p, l);
  const appendBlock = async (Y) => {
    const s = Qs.length * l;
    const K = s > 0 ? basis() : null;
    if (K) await project(ops, K, p, s, Y, l);
    let Q = householderQ(rt, Y, p, l);
    if (K) {
      await project(ops, K, p, s, Q, l);
      Q = householderQ(rt, Q, p, l);
    }
    Qs.push(Q);
    Zs.push(await ops.tn(X, p, q, Q, l));
  };
  const grow = async (n) => {
    for (let i = 0; i < n && Qs.length < maxBlocks && (Qs.length + 1) * l <= p; i++) {
      await appendBlock(await ops.mm(X, p, q, Zs[Zs.length - 1], l));
    }
  };
  await appendBlock(await ops.mm(X, p, q, Om, l));
  await grow(blocks - 1);
  let prevRes = Infinity;
  for (; ; ) {
    const nb = Qs.length;
    const s = nb * l;
    const C = new Float64Array(s * s);
    for (let i = 0; i < nb; i++) {
      for (let j = 0; j <= i; j++) {
        const key = `${i},${j}`;
        let blk = Cblocks.get(key);
        if (!blk) {
          blk = await ops.tn(Zs[i], q, l, Zs[j], l);
          Cblocks.set(key, blk);
        }
        for (let r = 0; r < l; r++) {
          for (let c = 0; c < l; c++) {
            const v = blk[r * l + c];
            C[(i * l + r) * s + j * l + c] = v;
            C[(j * l + c) * s + i * l + r] = v;
          }
        }
      }
    }
    const { values, vectorsRows } = smallSymmetricTopK(rt, C, s, k);
    const Yk = new Float64Array(s * k);
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      S[j] = Math.sqrt(Math.max(0, values[j]));
      for (let r = 0; r < s; r++) Yk[r * k + j] = vectorsRows[j * s + r];
    }
    const Ushort = await ops.mm(basis(), p, s, Yk, k);
    const Vlong = await ops.mm(joinColumns(Zs, q, l), q, s, Yk, k);
    for (let r = 0; r < q; r++) for (let j = 0; j < k; j++) Vlong[r * k + j] = S[j] > 0 ? Vlong[r * k + j] / S[j] : 0;
    const XV = await ops.mm(X, p, q, Vlong, k);
    const res = new Float64Array(k);
    let maxRes = 0;
    for (let j = 0; j < k; j++) {
      let acc = 0;
      for (let r = 0; r < p; r++) acc += (XV[r * k + j] - S[j] * Ushort[r * k + j]) ** 2;
      res[j] = S[j] > 0 ? Math.sqrt(acc) / S[j] : 0;
      maxRes = Math.max(maxRes, res[j]);
    }
    const canGrow = Qs.length < maxBlocks && (Qs.length + 1) * l <= p && l < p;
    if (maxRes <= tol || !canGrow) {
      opts.onResiduals?.(res, Qs.length);
      return orient(W, Ushort, Vlong, S, k);
    }
    const rate = Number.isFinite(prevRes) && prevRes > maxRes ? prevRes / maxRes : 4;
    const add = Math.min(3, Math.max(1, Math.ceil(Math.log(maxRes / tol) / Math.log(Math.max(rate, 1.5)))));
    prevRes = maxRes;
    await grow(add);
  }
}
function orient(W, Ushort, Vlong, S, k) {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j];
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}
function joinColumns(blocks, rows, l) {
  if (blocks.length === 1) return blocks[0];
  const s = blocks.length * l;
  const out = new Float64Array(rows * s);
  blocks.forEach((b, i) => {
    for (let r = 0; r < rows; r++) out.set(b.subarray(r * l, r * l + l), r * s + i * l);
  });
  return out;
}
function smallSymmetricTopK(rt, C, s, k) {
  const L = rt.layout({ A: s * s, vals: s, Y: k * s, work: 10 * s + 8 });
  const A = rt.f64(L.A, s * s);
  for (let i = 0; i < s; i++) {
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (C[i * s + j] + C[j * s + i]);
      A[i * s + j] = v;
      A[j * s + i] = v;
    }
  }
  if (rt.k.sym_eig_topk(s, L.A, k, L.vals, L.Y, L.work) !== 0) {
    throw new Error("wasm engine: small symmetric eigensolver did not converge");
  }
  const all = rt.f64(L.vals, s);
  const values = new Float64Array(k);
  for (let j = 0; j < k; j++) values[j] = all[s - 1 - j];
  return { values, vectorsRows: Float64Array.from(rt.f64(L.Y, k * s)) };
}

// src/linalg/chebyshevSvd.ts
init_errors();

// src/util/prng.ts
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/linalg/chebyshevSvd.ts
function checkRank(what, rows, cols, k) {
  const p = Math.min(rows, cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `${what}: k must be an integer in [1, ${p}] for a ${rows}x${cols} matrix, got ${k}`);
  }
}
function blockFor(p, k, opts) {
  const l = Math.min(p, opts.block ?? Math.max(Math.ceil(1.4 * k), k + 20));
  return { l, whole: 2 * l >= p || p <= 300 };
}
function float32GramOperator(ops, G32, p, l) {
  return {
    single: true,
    apply: (Y) => ops.mm32x64(G32, p, p, Y, Y.length / p),
    filter: (Q, GQ, first, steps) => ops.chebyshev32(G32, p, Q, GQ, l, first, steps)
  };
}
async function chebyshevTruncatedSvd(ops, gram, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  checkRank("truncated SVD", W.rows, W.cols, k);
  if (W.data32 && W.data32.length !== W.rows * W.cols) {
    throw new RangeError(`matrix: data32 has ${W.data32.length} elements, expected ${W.rows}x${W.cols}=${W.rows * W.cols}`);
  }
  const { X, q } = shortSideMajor(W);
  const { l, whole } = blockFor(p, k, opts);
  if (whole) {
    const G = await gram(X, p, q);
    const r = smallSymmetricTopK(rt, G, p, k);
    const U = new Float64Array(p * k);
    for (let j = 0; j < k; j++) for (let i = 0; i < p; i++) U[i * k + j] = r.vectorsRows[j * p + i];
    const S = new Float64Array(k);
    for (let j = 0; j < k; j++) S[j] = Math.sqrt(Math.max(0, r.values[j]));
    const V = await ops.tn(X, p, q, U, k);
    for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = S[j] > 0 ? V[i * k + j] / S[j] : 0;
    return orient2(W, U, V, S, k);
  }
  let op;
  const { toF32, gram32, mm32x64, chebyshev32 } = ops;
  if (opts.float32Filter !== false && toF32 && gram32 && mm32x64 && chebyshev32) {
    const G32 = await gram32(W.data32 ? shortSideMajor32(W.rows, W.cols, W.data32) : await toF32(X, p, q), p, q);
    op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  } else {
    const G = await gram(X, p, q);
    const apply = (Y) => ops.mm(G, p, p, Y, Y.length / p);
    op = { single: false, apply, filter: (Q2, GQ, first, steps) => filterStepwise(apply, Q2, GQ, first, steps) };
  }
  const c = Math.min(l, opts.finalColumns ?? k + Math.max(8, Math.ceil(k / 8)));
  const { Q, width } = await filteredSubspace(ops, rt, op, p, l, k, c, opts);
  return finalRayleighRitz(ops, rt, W, X, p, q, Q, width, k, Math.min(c, width));
}
async function chebyshevTopEigenvalues32(ops, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  const q = Math.max(W.rows, W.cols);
  checkRank("top eigenvalues", W.rows, W.cols, k);
  const { gram32, mm32x64, chebyshev32 } = ops;
  const { l, whole } = blockFor(p, k, opts);
  if (!gram32 || !mm32x64 || !chebyshev32 || whole) return null;
  const G32 = await gram32(shortSideMajor32(W.rows, W.cols, W.data32), p, q);
  const op = float32GramOperator({ mm32x64, chebyshev32 }, G32, p, l);
  const { theta } = await filteredSubspace(ops, rt, op, p, l, k, k, { ...opts, tolerance: opts.tolerance ?? 1e-3 });
  return theta.slice(0, k);
}
function shortSideMajor32(rows, cols, data32) {
  if (rows <= cols) return data32;
  const X = new Float32Array(rows * cols);
  transposeInto(data32, rows, cols, X);
  return X;
}
async function finalRayleighRitz(ops, rt, W, X, p, q, Q, l, k, c) {
  const Qc = new Float64Array(p * c);
  for (let i = 0; i < p; i++) Qc.set(Q.subarray(i * l, i * l + c), i * c);
  const Qo = await orthonormalize(ops, rt, Qc, p, c, true);
  Qc.set(Qo);
  const B = await ops.tn(X, p, q, Qc, c);
  const C = await ops.tn(B, q, c, B, c);
  const { values, vectorsRows } = smallSymmetricTopK(rt, C, c, k);
  const Yk = new Float64Array(c * k);
  const S = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    S[j] = Math.sqrt(Math.max(0, values[j]));
    for (let r = 0; r < c; r++) Yk[r * k + j] = vectorsRows[j * c + r];
  }
  const U = await ops.mm(Qc, p, c, Yk, k);
  const V = await ops.mm(B, q, c, Yk, k);
  const inv = S.map((x) => x > 0 ? 1 / x : 0);
  for (let i = 0; i < q; i++) for (let j = 0; j < k; j++) V[i * k + j] = V[i * k + j] * inv[j];
  return orient2(W, U, V, S, k);
}
async function rayleighRitz(ops, rt, p, n, K, GK, want, k) {
  const H = await ops.tn(K, p, n, GK, n);
  const { values: theta, vectorsRows } = smallSymmetricTopK(rt, H, n, want);
  const Y = new Float64Array(n * want);
  for (let j = 0; j < want; j++) for (let i = 0; i < n; i++) Y[i * want + j] = vectorsRows[j * n + i];
  const Q = await ops.mm(K, p, n, Y, want);
  const GQ = await ops.mm(GK, p, n, Y, want);
  const acc = new Float64Array(k);
  for (let i = 0; i < p; i++) {
    const o = i * want;
    for (let j = 0; j < k; j++) acc[j] = acc[j] + (GQ[o + j] - theta[j] * Q[o + j]) ** 2;
  }
  let maxRes = 0;
  for (let j = 0; j < k; j++) maxRes = Math.max(maxRes, theta[j] > 0 ? Math.sqrt(acc[j]) / theta[j] : 0);
  return { Q, GQ, width: want, theta, maxRes };
}
async function krylovExtension(ops, rt, op, p, cur, k, want) {
  const l = cur.width;
  const { Q, GQ, theta } = cur;
  const Rall = new Float64Array(p * l);
  const norms = new Float64Array(l);
  for (let i = 0; i < p; i++) {
    const o = i * l;
    for (let j = 0; j < l; j++) {
      const r = GQ[o + j] - theta[j] * Q[o + j];
      Rall[o + j] = r;
      norms[j] = norms[j] + r * r;
    }
  }
  const cols = [];
  for (let j = 0; j < l; j++) if (Math.sqrt(norms[j]) > 1e-5 * Math.abs(theta[j])) cols.push(j);
  const m = cols.length;
  if (m === 0) return cur;
  const R = new Float64Array(p * m);
  for (let i = 0; i < p; i++) for (let t = 0; t < m; t++) R[i * m + t] = Rall[i * l + cols[t]];
  const QtR = await ops.tn(Q, p, l, R, m);
  const QQtR = await ops.mm(Q, p, l, QtR, m);
  for (let i = 0; i < p * m; i++) R[i] = R[i] - QQtR[i];
  const Rq = await orthonormalize(ops, rt, R, p, m);
  const GR = await op.apply(Rq);
  const n = l + m;
  return rayleighRitz(ops, rt, p, n, besideEachOther(Q, l, Rq, m, p), besideEachOther(GQ, l, GR, m, p), Math.min(want, n), k);
}
function besideEachOther(A, a, B, b, p) {
  const n = a + b;
  const out = new Float64Array(p * n);
  for (let i = 0; i < p; i++) {
    out.set(A.subarray(i * a, i * a + a), i * n);
    out.set(B.subarray(i * b, i * b + b), i * n + a);
  }
  return out;
}
async function filteredSubspace(ops, rt, op, p, l, k, keep, opts) {
  const tol = opts.tolerance ?? 15e-5;
  const maxDegree = Math.max(2, opts.maxDegree ?? 10);
  let degree = Math.min(maxDegree, Math.max(2, opts.degree ?? 6));
  const maxRounds = opts.maxRounds ?? 40;
  let extendFrom = opts.krylovStep === false ? 0 : Math.sqrt(tol / 4);
  const uniform = mulberry32((opts.seed ?? 0) * 2654435761 + 1779033703 >>> 0);
  const Om = new Float64Array(p * l);
  for (let i = 0; i < Om.length; i++) Om[i] = uniform() - 0.5;
  let Q = await orthonormalize(ops, rt, await op.apply(Om), p, l, true);
  let prevRes = NaN;
  let prevDegree = degree;
  let stalled = 0;
  for (let round = 0; ; round++) {
    const cur = await rayleighRitz(ops, rt, p, l, Q, await op.apply(Q), l, k);
    opts.onRound?.(round, cur.maxRes, degree);
    stalled = Number.isFinite(prevRes) && cur.maxRes < 1e-5 && cur.maxRes > 0.7 * prevRes ? stalled + 1 : 0;
    if (cur.maxRes <= tol || round + 1 >= maxRounds || stalled >= 2) return cur;
    if (cur.maxRes <= extendFrom) {
      const ext = await krylovExtension(ops, rt, op, p, cur, k, keep);
      opts.onKrylovStep?.(round, ext.maxRes);
      if (ext.maxRes <= tol) return ext;
      extendFrom = cur.maxRes / 2;
    }
    const theta = cur.theta;
    const maxRes = cur.maxRes;
    if (Number.isFinite(prevRes) && prevRes > maxRes) {
      const perProduct = Math.log(prevRes / maxRes) / prevDegree;
      const target = extendFrom > 0 ? 0.6 * extendFrom : 0.25 * tol;
      const need = Math.log(maxRes / target) / perProduct;
      const rounds = Math.max(1, Math.ceil(need / maxDegree));
      degree = Math.min(maxDegree, Math.max(2, Math.ceil(need / rounds)));
    }
    prevRes = maxRes;
    prevDegree = degree;
    const b = Math.max(theta[l - 1], 0);
    const c = b / 2;
    const e = Math.max(b / 2, Number.MIN_VALUE);
    const x0 = (theta[0] - c) / e;
    const xk = Math.max(1, (theta[k - 1] - c) / e);
    const growth = Math.acosh(Math.max(1, x0)) - Math.acosh(xk);
    if (growth > 0) degree = Math.max(2, Math.min(degree, Math.floor(Math.log(op.single ? 1e9 : 1e12) / growth)));
    prevDegree = degree;
    const first = { a: 1 / (e * x0), ac: c / (e * x0) };
    const steps = [];
    let tPrev = 1;
    let tCur = x0;
    for (let d = 2; d <= degree; d++) {
      const tNext = 2 * x0 * tCur - tPrev;
      const a = 2 * tCur / (e * tNext);
      steps.push({ a, ac: a * c, b: tPrev / tNext });
      tPrev = tCur;
      tCur = tNext;
    }
    Q = await orthonormalize(ops, rt, await op.filter(cur.Q, cur.GQ, first, steps), p, l, true);
  }
}
async function filterStepwise(apply, Q, GQ, first, steps) {
  const n = Q.length;
  let Yprev = Q;
  let Ycur = new Float64Array(n);
  for (let i = 0; i < n; i++) Ycur[i] = first.a * GQ[i] - first.ac * Q[i];
  for (const { a, ac, b } of steps) {
    const GY = await apply(Ycur);
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) next[i] = a * GY[i] - ac * Ycur[i] - b * Yprev[i];
    Yprev = Ycur;
    Ycur = next;
  }
  return Ycur;
}
async function orthonormalize(ops, rt, Y, p, l, relaxed = false) {
  let Q = Y;
  for (let pass = 0; pass < 2; pass++) {
    const chol = equilibratedInverseCholesky(rt, await ops.tn(Q, p, l, Q, l), l);
    if (!chol) return householderQ(rt, Y, p, l);
    Q = await ops.mm(Q, p, l, chol.M, l);
    if (relaxed && chol.diagRatio > 1e-3) break;
  }
  return Q;
}
function equilibratedInverseCholesky(rt, A, l) {
  const d = new Float64Array(l);
  for (let j = 0; j < l; j++) {
    const v = A[j * l + j];
    if (!(v > 0)) return null;
    d[j] = 1 / Math.sqrt(v);
  }
  const L = rt.layout({ A: l * l, L: l * l, Li: l * l, R: l * l, ratio: 1 });
  const As = rt.f64(L.A, l * l);
  for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) As[i * l + j] = d[i] * A[i * l + j] * d[j];
  if (rt.k.chol_inv_upper(l, L.A, L.L, L.Li, L.R, 1e-13, L.ratio) !== 0) return null;
  const M = Float64Array.from(rt.f64(L.R, l * l));
  for (let i = 0; i < l; i++) {
    const di = d[i];
    for (let j = i; j < l; j++) M[i * l + j] = M[i * l + j] * di;
  }
  return { M, diagRatio: rt.f64(L.ratio, 1)[0] };
}
function orient2(W, Ushort, Vlong, S, k) {
  const wide = W.rows <= W.cols;
  const Ucols = wide ? Ushort : Vlong;
  const Vcols = wide ? Vlong : Ushort;
  const Vt = new Float64Array(k * W.cols);
  for (let r = 0; r < W.cols; r++) for (let j = 0; j < k; j++) Vt[j * W.cols + r] = Vcols[r * k + j];
  return { U: { rows: W.rows, cols: k, data: Ucols }, S, Vt: { rows: k, cols: W.cols, data: Vt } };
}

// src/linalg/wasm/runtime.ts
import v8 from "node:v8";
import { Worker } from "node:worker_threads";

// src/linalg/wasm/generated/kernelsWasm.ts
var KERNELS_WASM_BASE64 = "AGFzbQEAAAABfQxgDX9/f3x/f39/fH9/f38AYA5/f398f39/f3x/f39/fwBgBX9/f39/AGAHf39/f39/fwBgB39/f39/fH8AYAh/f39/f39/fwBgBX9/f39/AX9gBn9/f39/fwF/YAd/f39/f3x/AX9gBH9/f38AYAZ/f39/f38AYAN/f38AAhIBA2VudgZtZW1vcnkCAwKAgAQDERAAAQIDAwQFAgYHCAkKCgsLBAUBcAEBAQYPAn8BQYCIBAt/AEGAiAQLB+wBEAdnZW1tX25uAAAHZ2VtbV9udAABDG1pcnJvcl9sb3dlcgACCHBhbmVsX3FyAAMPYmFuZF90b190cmlkaWFnAAQSYmFuZF90b190cmlkaWFnX210AAYMYmFuZF9leHRyYWN0AAcDdHFsAAgMc3ltX2VpZ190b3BrAAkOY2hvbF9pbnZfdXBwZXIACgh4b19jb3VudAALDnhvX3NjYXR0ZXJfZjMyAAwOeG9fc2NhdHRlcl9mNjQADRBmaXNoZXJfeWF0ZXNfZjMyAA4QZmlzaGVyX3lhdGVzX2Y2NAAPC19faGVhcF9iYXNlAwEK07UDELYdCgJ+Cn8BewF/AXsMfwF8QX8MewR8IAusIACsIg1+IAysIg5/pyEPIAtBAWqsIA1+IA5/pyEQAkACQCAIRAAAAAAAAPA/YQ0AIA8gEE4NAAJAIAhEAAAAAAAAAABiDQAgAUEBSA0CIApBA3QhESABQX5xIRIgCSAKIA9sQQN0aiETIAFBfmoiC0EBdkEBaiIMQXhxIRQgDEEHcSEVIAFBAkkhFiALQQ5JIRcgDyEYA0BBACELAkACQCAWDQBBACEMAkAgFw0AQQAhDCATIQsgFCEAA0AgC/0MAAAAAAAAAAAAAAAAAAAAACIZ/QsDACALQfAAaiAZ/QsDACALQeAAaiAZ/QsDACALQdAAaiAZ/QsDACALQcAAaiAZ/QsDACALQTBqIBn9CwMAIAtBIGogGf0LAwAgC0EQaiAZ/QsDACALQYABaiELIAxBEGohDCAAQXhqIgANAAsLAkAgFUUNACATIAxBA3RqIQsgFSEMA0AgC/0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgC0EQaiELIAxBf2oiDA0ACwsgEiELIBIgAUYNAQsgASALayEMIBMgC0EDdGohCwNAIAtCADcDACALQQhqIQsgDEF/aiIMDQALCyATIBFqIRMgGEEBaiIYIBBHDQAMAgsLIAFBAUgNASAKQQN0IRIgAUF+cSEVIAkgCiAPbEEDdGohGCABQX5qIgtBAXZBAWoiDEF8cSEaIAxBA3EhFyAI/RQhGSABQQJJIRYgC0EGSSEUIA8hEQNAQQAhCwJAAkAgFg0AQQAhDAJAIBQNAEEAIQwgGCELIBohAANAIAsgC/0AAwAgGf3yAf0LAwAgC0EQaiITIBP9AAMAIBn98gH9CwMAIAtBIGoiEyAT/QADACAZ/fIB/QsDACALQTBqIhMgE/0AAwAgGf3yAf0LAwAgC0HAAGohCyAMQQhqIQwgAEF8aiIADQALCwJAIBdFDQAgGCAMQQN0aiELIBchDANAIAsgC/0AAwAgGf3yAf0LAwAgC0EQaiELIAxBf2oiDA0ACwsgFSELIBUgAUYNAQsgASALayEMIBggC0EDdGohCwNAIAsgCysDACAIojkDACALQQhqIQsgDEF/aiIMDQALCyAYIBJqIRggEUEBaiIRIBBHDQALCyABQQFIDQAgAkEBSA0AIAP9FCEbIA9BBGohHCAKQQN0IR0gCkEFdCEeIAdBA3QhEiAHQQt0IR8gBUEFdCEgIApBAnQhISAHQQh0ISIgBCAFIA9sQQN0aiEjIAQgBSAPQQN0IgtBCGoiDGxqISQgBCAFIAtBEGoiAGxqISUgBCAFIAtBGGoiC2xqISZBACEnIANEAAAAAAAAAACiISggCSEpQX4hKiAJIAsgCmwiK2oiLCEtIAkgACAKbCIuaiIvITAgCSAMIApsIjFqIjIhMyAJIA8gCmwiNEEDdGoiNSE2IAYhN0EAIThBgAQhOUEAIToDQCABIDpBgARqIjsgOyABShsiPCA6a0F8cSI9IDpqIj4gASA5IAEgOUgbIj9BA3EiQCA/QQFxIkFrIkJqIUMgOiA/IDhBCXRrIkRBfnEiRWohRiA6IERBfHEiC2ohRyA0IDpqIAtqIUggREF+aiJJQQF2QQFqQQFxIUogNCA/aiFLIDcgPyAnakEDdEFgcSJMaiFNID8gKmpBAXZBAWpBfnEhTiAGIU8gNyFQICMhUSAkIVIgJSFTICYhVEEAIVVBgAIhVkEAIVcDQCACIFciFkGAAmoiVyBXIAJKGyFYIAIgViACIFZIGyFZIA8hWgJAIBwgEEoNAEEAIVsgNSFcIDIhXSAvIV4gLCFfIC0hYCAwIWEgMyFiIDYhYyBRIRUgUiEXIFMhFCBUIRogHCELIA8hWgNAIFohDCALIVogCSAMIApsQQN0aiJkIB1qImUgHWoiZiAdaiFnAkAgPUEBSA0AIFAhaCA6IWkDQAJAAkAgFiBYSA0A/QwAAAAAAAAAAAAAAAAAAAAAImohayBqIWwgaiFtIGohbiBqIW8gaiFwIGohcQwBCyBoIQsgFSEMIBchACAUIRMgGiEYIFkhEf0MAAAAAAAAAAAAAAAAAAAAACJxIXAgcSFvIHEhbiBxIW0gcSFsIHEhayBxIWoDQCBtIAv9AAAAIhkgGP0KAwAicv3yAf3wASFtIGsgGSAT/QoDACJz/fIB/fABIWsgbyAZIAD9CgMAInT98gH98AEhbyBxIBkgDP0KAwAidf3yAf3wASFxIG4gC0EQav0AAAAiGSBy/fIB/fABIW4gbCAZIHP98gH98AEhbCBqIBkgdP3yAf3wASFqIHAgGSB1/fIB/fABIXAgCyASaiELIAxBCGohDCAAQQhqIQAgE0EIaiETIBhBCGohGCAWIBFBf2oiEUcNAAsLIGQgaUEDdCILaiIMIBsgcf3yASAM/QAAAP3wAf0LAAAgDCAbIHD98gEgDP0AABD98AH9CwAQIGUgC2oiDCAbIG/98gEgDP0AAAD98AH9CwAAIAwgGyBq/fIBIAz9AAAQ/fAB/QsAECBmIAtqIgwgGyBr/fIBIAz9AAAA/fAB/QsAACAMIBsgbP3yASAM/QAAEP3wAf0LABAgZyALaiILIBsgbf3yASAL/QAAAP3wAf0LAAAgCyAbIG798gEgC/0AABD98AH9CwAQIGhBIGohaCBpQQRqImkgPkgNAAsLAkAgPiA8Tg0AIE0hEyA+IRgCQCAWIFhIDQAgPiEYAkAgQEECSQ0AID4hGCAJID8gISBbbCILakEDdGoiDCAxaiIRIAkgSCALakEDdGoiAEsgCSBHIAtqQQN0aiITIDFqImkgCSBLIAtqQQN0aiILSXENACA+IRggDCAuaiJoIABLIBMgLmoiZCALSXENACA+IRggDCAraiIMIABLIBMgK2oiACALSXENACA+IRggaSBoSSBkIBFJcQ0AID4hGCBpIAxJIAAgEUlxDQAgPiEYIGQgDEkgACBoSXENACBgIQsgYSEMIGIhACBjIRMgQiEYA0AgEyBMaiIRIBv9DAAAAAAAAAAAAAAAAAAAAAD98gEiGSAR/QADAP3wAf0LAwAgACBMaiIRIBkgEf0AAwD98AH9CwMAIAwgTGoiESAZIBH9AAMA/fAB/QsDACALIExqIhEgGSAR/QADAP3wAf0LAwAgC0EQaiELIAxBEGohDCAAQRBqIQAgE0EQaiETIBhBfmoiGA0ACyBDIRggQUUNAgsgXCAYQQN0IhNqIQsgXSATaiEMIF4gE2ohACBfIBNqIRMDQCALICggCysDAKA5AwAgDCAoIAwrAwCgOQMAIAAgKCAAKwMAoDkDACATICggEysDAKA5AwAgC0EIaiELIAxBCGohDCAAQQhqIQAgE0EIaiETIBhBAWoiGCA8SA0ADAILCwNARAAAAAAAAAAAIXZBACELIBMhDCBZIQBEAAAAAAAAAAAhd0QAAAAAAAAAACF4RAAAAAAAAAAAIXkDQCAaIAtqKwMAIAwrAwAiCKIgdqAhdiAUIAtqKwMAIAiiIHegIXcgFyALaisDACAIoiB4oCF4IBUgC2orAwAgCKIgeaAheSAMIBJqIQwgC0EIaiELIBYgAEF/aiIARw0ACyBkIBhBA3QiC2oiDCADIHmiIAwrAwCgOQMAIGUgC2oiDCADIHiiIAwrAwCgOQMAIGYgC2oiDCADIHeiIAwrAwCgOQMAIGcgC2oiCyADIHaiIAsrAwCgOQMAIBNBCGohEyAYQQFqIhggPEgNAAsLIFwgHmohXCBdIB5qIV0gXiAeaiFeIF8gHmohXyBgIB5qIWAgYSAeaiFhIGIgHmohYiBjIB5qIWMgFSAgaiEVIBcgIGohFyAUICBqIRQgGiAgaiEaIFtBAWohWyBaQQRqIgsgEEwNAAsLAkAgWiAQTg0AIBYgWE4NACA8IDpMDQAgPyAiIFVsIgtqIWUgOiALaiFYID8gWiAKbCILaiFeIDogC2ohXyAJIAtBA3QiC2ohZiApIAtqIVxBACFdA0AgCSBaIApsQQN0aiFoIAQgWiAFbEEDdGohaSAJIF4gXSAKbCILakEDdGohZyAJIF8gC2pBA3RqIWQgTyEXIFAhFEEAIRUgFiERA0AgBiARIAdsQQN0aiEaIGkgEUEDdGorAwAgA6IhCCA6IQsCQAJAIERBAkkNAAJAIGQgBiBlIBUgB2wiDGpBA3RqTw0AIDohCyAGIFggDGpBA3RqIGdJDQELIAj9FCEZQQAhAAJAIElBAkkNAEEAIQAgFCEMIFwhCyBOIRMDQCALIBkgDP0AAwD98gEgC/0AAwD98AH9CwMAIAtBEGoiGCAZIAxBEGr9AAMA/fIBIBj9AAMA/fAB/QsDACAMQSBqIQwgC0EgaiELIABBBGohACATQX5qIhMNAAsLAkAgSkUNACBoIDogAGpBA3QiC2oiDCAZIBogC2r9AAMA/fIBIAz9AAMA/fAB/QsDAAsgRiELIEQgRUYNAQsgC0EBaiEMAkAgPyALa0EBcUUNACBoIAtBA3QiC2oiACAIIBogC2orAwCiIAArAwCgOQMAIAwhCwsgPyAMRg0AID8gC2shACBmIAtBA3QiDGohCyAXIAxqIQwDQCALIAggDCsDAKIgCysDAKA5AwAgC0EIaiITIAggDEEIaisDAKIgEysDAKA5AwAgC0EQaiELIAxBEGohDCAAQX5qIgANAAsLIBcgEmohFyAUIBJqIRQgFUEBaiEVIBFBAWoiESBZRw0ACyBmIB1qIWYgXCAdaiFcIF1BAWohXSBaQQFqIlogEEcNAAsLIE8gH2ohTyBNIB9qIU0gUCAfaiFQIFFBgBBqIVEgUkGAEGohUiBTQYAQaiFTIFRBgBBqIVQgVUEBaiFVIFZBgAJqIVYgVyACSA0ACyApQYAgaiEpICpBgHxqISogLUGAIGohLSAwQYAgaiEwIDNBgCBqITMgNkGAIGohNiAnQYB8aiEnIDdBgCBqITcgOEEBaiE4IDlBgARqITkgOyE6IDsgAUgNAAsLC8ASCQJ/A3wDfwJ+Dn8BfCl/DXsKfAJAAkAgC0UNACAMQQFqIg4gDUYhDwJAAkAgDrcgDbciEKOfIAC3IhGiIhKZRAAAAAAAAOBBY0UNACASqiETDAELQYCAgIB4IRMLIAAgEyAPGyIAQX5xIAAgDiANSBshFAJAIAy3IBCjnyARoiIQmUQAAAAAAADgQWNFDQAgEKpBfnEhFQwCC0GAgICAeEF+cSEVDAELIAysIACsIhZ+IA2sIhd/pyEVIAxBAWqsIBZ+IBd/pyEUCwJAIAJBAUgNACABQQFIDQAgFSAUTg0AIAVBBHQhGCAHQQV0IRkgB0EKdCEaIAYgB0EDdCIbaiEcIAYgB0EEdGohHSAGIAdBGGxqIR5BACEfIAQgFSAFbEEDdGoiICEhIAYhIkEAISNBgAQhJEEAISUDQEQAAAAAAADwPyAIICUbISYgAiAlQYAEaiInICcgAkobIiggJWtBfnEiKSAlaiEqICVBAXIhKyAjQQl0QQFyISwgAiAkIAIgJEgbIi1BAXEhLiAiIC0gH2pBA3RBcHEiDWohLyAcIA1qITAgHSANaiExIB4gDWohMiAhIA1qITMgIiE0IBwhNSAdITYgHiE3QQAhOANAIAEgOEGAAWoiOSA5IAFKGyE6IDhBBHIhOyAgITwgMyE9ICEhPiAVIT8DQAJAIDogPyJAQQJqIj8gOiA/SBsgOiALGyJBIDhMDQAgBUEAIEBBAWoiQiAUSBtBA3QhQyA4IUQCQCA7IEFKDQAgPSBDaiFFIAkgQCAKbEEDdGohRiAvIUcgMCFIIDEhSSAyIUogNCFLIDUhTCA2IU0gNyFOIDshDSA4IUQDQCBEIU8gDSFEAkACQCApQQFODQD9DAAAAAAAAAAAAAAAAAAAAAAiUCFRIFAhUiBQIVMgUCFUIFAhVSBQIVYgUCFXDAELID4hDSBLIQwgTCEAIE0hDiBOIQ/9DAAAAAAAAAAAAAAAAAAAAAAiVyFWICUhEyBXIVUgVyFUIFchUyBXIVIgVyFRIFchUANAIFEgDf0AAAAiWCAP/QAAACJZ/fIB/fABIVEgUCBYIA79AAAAIlr98gH98AEhUCBWIFggAP0AAAAiW/3yAf3wASFWIFcgWCAM/QAAACJc/fIB/fABIVcgVSANIENq/QAAACJYIFn98gH98AEhVSBUIFggWv3yAf3wASFUIFMgWCBb/fIB/fABIVMgUiBYIFz98gH98AEhUiANQRBqIQ0gDEEQaiEMIABBEGohACAOQRBqIQ4gD0EQaiEPIBNBAmoiEyAqSA0ACwsgVf0hACBV/SEBoCFdIFT9IQAgVP0hAaAhXiBT/SEAIFP9IQGgIV8gUv0hACBS/SEBoCFgIFH9IQAgUf0hAaAhESBQ/SEAIFD9IQGgIRIgVv0hACBW/SEBoCFhIFf9IQAgV/0hAaAhYgJAICogKE4NAEEAIQ0gKiEMA0AgRSANaisDACIQIEogDWorAwAiY6IgXaAhXSAQIEkgDWorAwAiZKIgXqAhXiAQIEggDWorAwAiZaIgX6AhXyAQIEcgDWorAwAiZqIgYKAhYCA9IA1qKwMAIhAgY6IgEaAhESAQIGSiIBKgIRIgECBloiBhoCFhIBAgZqIgYqAhYiANQQhqIQ0gDEEBaiIMIChIDQALCyBGIE9BA3RqIQ0CQAJAAkAgJkQAAAAAAAAAAGENACANIAMgYqIgJiANKwMAoqA5AwAgDSADIGGiICYgDSsDCKKgOQMIIA0gAyASoiAmIA0rAxCioDkDECANIAMgEaIgJiANKwMYoqA5AxggQiAUTg0CIA0gCkEDdGoiDSADIGCiICYgDSsDAKKgOQMAIA0gAyBfoiAmIA0rAwiioDkDCCANIAMgXqIgJiANKwMQoqA5AxAgDUEYaiEMICYgDSsDGKIhEAwBCyANIAMgEaJEAAAAAAAAAACgOQMYIA0gAyASokQAAAAAAAAAAKA5AxAgDSADIGGiRAAAAAAAAAAAoDkDCCANIAMgYqJEAAAAAAAAAACgOQMAIEIgFE4NAUQAAAAAAAAAACEQIA0gCkEDdGoiDSADIF6iRAAAAAAAAAAAoDkDECANIAMgX6JEAAAAAAAAAACgOQMIIA0gAyBgokQAAAAAAAAAAKA5AwAgDUEYaiEMCyAMIAMgXaIgEKA5AwALIEcgGWohRyBIIBlqIUggSSAZaiFJIEogGWohSiBLIBlqIUsgTCAZaiFMIE0gGWohTSBOIBlqIU4gREEEaiINIEFMDQALCyBEIEFODQAgBCBAIAVsQQN0aiINIENqICVBA3QiSGohSSANIEhqIUogBiAHIERsQQN0aiEPIAkgQiAKbEEDdGohRyAJIEAgCmxBA3RqIRMDQEQAAAAAAAAAACEQRAAAAAAAAAAAIRECQCAoICVMDQBEAAAAAAAAAAAhESAlIQ1EAAAAAAAAAAAhEAJAIC5FDQAgSSsDACAGIEQgB2xBA3RqIEhqKwMAIhCiRAAAAAAAAAAAoCERIEorAwAgEKJEAAAAAAAAAACgIRAgKyENCyAtICxGDQAgLSANayEAIA8gDUEDdCINaiEMIDwgDWohDQNAIA1BCGorAwAgDEEIaisDACISoiANKwMAIAwrAwAiYaIgEKCgIRAgDSBDaiIOQQhqKwMAIBKiIA4rAwAgYaIgEaCgIREgDEEQaiEMIA1BEGohDSAAQX5qIgANAAsLIBMgREEDdCIMaiENAkACQAJAICZEAAAAAAAAAABhDQAgDSADIBCiICYgDSsDAKKgOQMAIEIgFE4NAiAmIEcgDGoiDSsDAKIhEAwBCyANIAMgEKJEAAAAAAAAAACgOQMAIEIgFE4NASBHIAxqIQ1EAAAAAAAAAAAhEAsgDSADIBGiIBCgOQMACyAPIBtqIQ8gREEBaiJEIEFHDQALCyA8IBhqITwgPSAYaiE9ID4gGGohPiA/IBRIDQALIC8gGmohLyAwIBpqITAgMSAaaiExIDIgGmohMiA0IBpqITQgNSAaaiE1IDYgGmohNiA3IBpqITcgOSE4IDkgAUgNAAsgH0GAfGohHyAhQYAgaiEhICJBgCBqISIgHEGAIGohHCAdQYAgaiEdIB5BgCBqIR4gI0EBaiEjICRBgARqISQgJyElICcgAkgNAAsLC4wEAgJ+E38CQCADrCAArCIFfiAErCIGf6ciByADQQFqrCAFfiAGf6ciCE4NACACIAdBAWpsQQN0IAdBA3QiA2ohCSACIAdBA2psQQN0IANqIQogAiAHbCELIAJBBXQhDCAAIAdrQX1qIQ0gAkEDdCIOQQhqIQ8gB0F/cyAAaiEQIAJBAWogB2xBA3QhEUEAIRIDQAJAIAciE0EBaiIHIABODQAgByEUAkAgECASayIVQQJJDQAgByEUIAJBAUcNACAVQX5qIgNBAXZBAWpBAXEhFkEAIRcCQCADQQJJDQAgDUEBdkEBakF+cSEYQQAhFyAJIQMgCiEEIBEhFANAIAEgFGoiGUEIaiABIANq/QADAP0LAwAgGUEYaiABIARq/QADAP0LAwAgAyAMaiEDIAQgDGohBCAUQSBqIRQgF0EEaiEXIBhBfmoiGA0ACwsgFUF+cSEDAkAgFkUNACABIAcgF2oiBCATIAJsakEDdGogASAEIAJsIBNqQQN0av0AAwD9CwMACyAVIANGDQEgByADaiEUCyABIBQgC2pBA3RqIQMgASATIAIgFGxqQQN0aiEEA0AgAyAEKwMAOQMAIAQgDmohBCADQQhqIQMgFEEBaiIUIABIDQALCyALIAJqIQsgDUF/aiENIAkgD2ohCSAKIA9qIQogESAPaiERIBJBAWohEiAHIAhHDQALCwucKgkHfwF7JX8BfAF/AXwDfwR8BX9BACEHAkACQAJAIAEgAWwiCA4CAgEACwJAIAUgCEEDdCIJaiAETQ0AIAQgCWogBUsNAQsgCEF+cSIHQX5qIglBAXZBAWoiCkEDcSELQQAhDAJAIAlBBkkNACAKQXxxIQ1BACEJQQAhDANAIAUgCWoiCv0MAAAAAAAAAAAAAAAAAAAAACIO/QsDACAEIAlqIg8gDv0LAwAgD0EQaiAO/QsDACAKQRBqIA79CwMAIA9BIGogDv0LAwAgCkEgaiAO/QsDACAPQTBqIA79CwMAIApBMGogDv0LAwAgCUHAAGohCSAMQQhqIQwgDUF8aiINDQALCwJAIAtFDQAgBCAMQQN0IgpqIQkgBSAKaiEKA0AgCv0MAAAAAAAAAAAAAAAAAAAAACIO/QsDACAJIA79CwMAIAlBEGohCSAKQRBqIQogC0F/aiILDQALCyAIIAdGDQELIAggB0F/c2ohCwJAIAggB2tBA3EiD0UNACAEIAdBA3QiCmohCSAFIApqIQoDQCAJQgA3AwAgCkIANwMAIAlBCGohCSAKQQhqIQogB0EBaiEHIA9Bf2oiDw0ACwsgC0EDSQ0AIAdBA3QhCyAIIAdrIQwgBCEHIAUhDwNAIAcgC2oiCUIANwMAIA8gC2oiCkIANwMAIAlBCGpCADcDACAKQQhqQgA3AwAgCUEQakIANwMAIApBEGpCADcDACAJQRhqQgA3AwAgCkEYakIANwMAIAdBIGohByAPQSBqIQ8gDEF8aiIMDQALC0EAIRACQCABQQBKIABBAEpxIhFBAUcNACABQX9qIhIgAEF/aiITIBIgE0kbIRQgAUF9aiEVIAZBwABqIRYgAEF9aiEXIANBBXQhGCADQQR0IRkgAkEIaiEaIAFBfmohGyAAQX5qIRwgBEEIaiEdIAFBA3RBCGohHiACIANBA3QiH2ohICAfQQhqISEgAiADQRhsaiEiIAIhI0EAISQgBCElIAIhJiACIScgEiEIQQAhDwNAICEgD2whKCAPQQN0ISkgCEF+aiIqQQF2QQFqISsgFUEBdkEBaiIsQX5xIS0gDyADbCIuIAFqIS8gDyABbCEwIA9B/v///wdxIjFBfmohMiAPQX5xQX5qITMgAiAuIA9qQQN0aiIMKwMAITQCQAJAIA9BAWoiNSAATiINDQBEAAAAAAAAAAAhNiA1IQkCQCATIA9rIjdBAXEiOEUNACACIDUgA2wgD2pBA3RqKwMAmSI2RAAAAAAAAAAAIDZEAAAAAAAAAABkGyE2IA9BAmohCQsCQCAcIA9GIjkNACAAIAlrIQogJyADIAlsQQN0aiEHICcgAyAJQQFqbEEDdGohC0EAIQkDQCALIAlqKwMAmSI6IAcgCWorAwCZIjsgNiA7IDZkGyI2IDogNmQbITYgCSAZaiEJIApBfmoiCg0ACwsgNkQAAAAAAAAAAGRFDQBEAAAAAAAAAAAhPEQAAAAAAAAAACE6AkAgDQ0ARAAAAAAAAAAAITogNSEJAkAgOEUNACAPQQJqIQkgAiA1IANsIA9qQQN0aisDACA2oyI6IDqiRAAAAAAAAAAAoCE6CyA5DQAgACAJayEKICcgAyAJbEEDdGohByAnIAMgCUEBamxBA3RqIQtBACEJA0AgCyAJaisDACA2oyI7IDuiIAcgCWorAwAgNqMiOyA7oiA6oKAhOiAJIBlqIQkgCkF+aiIKDQALC0QAAAAAAADwP0QAAAAAAADwvyA0RAAAAAAAAAAAZhuaITsCQCA2IDqfopkiNiA0mSI6IDogNmMiCRsiPUQAAAAAAAAAAGENACA9IDogNiAJGyA9oyI2IDaiRAAAAAAAAPA/oJ+iITwLIDwgO6IiPCA0oSA8oyE7AkAgDQ0ARAAAAAAAAPA/IDQgPKGjITYgNSEKAkAgN0ECSQ0AIDUhCiADQQFHDQAgN0F+aiIJQQF2QQFqQQFxIQ0gNv0UIQ5BACEKAkAgCUECSQ0AIBdBAXZBAWpBfnEhB0EAIQlBACEKA0AgICAJaiILIA4gC/0AAwD98gH9CwMAICIgCWoiCyAOIAv9AAMA/fIB/QsDACAJIBhqIQkgCkEEaiEKIAdBfmoiBw0ACwsgN0F+cSEJAkAgDUUNACACIDUgCmogA2wgD2pBA3RqIgogDiAK/QADAP3yAf0LAwALIDcgCUYNASA1IAlqIQoLIApBf3MgAGohCwJAIAAgCmtBA3EiB0UNACACIA8gAyAKbGpBA3RqIQkDQCAJIDYgCSsDAKI5AwAgCSAfaiEJIApBAWohCiAHQX9qIgcNAAsLIAtBA0kNACAAIAprIQcgJyADIApsQQN0aiELICcgAyAKQQFqbEEDdGohDSAnIAMgCkECamxBA3RqITcgJyADIApBA2psQQN0aiE4QQAhCQNAIAsgCWoiCiA2IAorAwCiOQMAIA0gCWoiCiA2IAorAwCiOQMAIDcgCWoiCiA2IAorAwCiOQMAIDggCWoiCiA2IAorAwCiOQMAIAkgGGohCSAHQXxqIgcNAAsLIAxCgICAgICAgPg/NwMAAkAgO0QAAAAAAAAAAGINACA8ITQMAgsgBiAIQQN0aiE+AkAgD0F/cyABakEBSCI5DQBBACEKAkAgCEECSQ0AICtBB3EhB0EAIQsCQCAqQQ5JDQAgLEF4cSEKQQAhCyAWIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAAIg79CwMAIAlBMGogDv0LAwAgCUEgaiAO/QsDACAJQRBqIA79CwMAIAlBcGogDv0LAwAgCUFgaiAO/QsDACAJQVBqIA79CwMAIAlBQGogDv0LAwAgCUGAAWohCSALQRBqIQsgCkF4aiIKDQALCyAIQX5xIQoCQCAHRQ0AICxBB3FBBHQhByAGIAtBA3RqIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAJQRBqIQkgB0FwaiIHDQALCyAIIApGDQELIAYgCkEDdGohCQNAIAlCADcDACAJQQhqIQkgCCAKQQFqIgpHDQALCyAIQQFxIT8gK0EBcSFAIAhBfnEhQSAaIClqISxBACE4ICYhDCAPITcDQAJAIDkNACAsIDcgA2wiCUEDdGohQiACIAkgD2pBA3RqKwMAITZBACEHAkAgCEECSQ0AAkAgAiAvIDggA2wiCWpBA3RqIAZNDQAgCUEDdCACaiAoakEIaiA+SQ0BCyA2/RQhDkEAIQcCQCAqQQJJDQBBACEHIC0hCyAGIQkgDCEKA0AgCSAOIApBCGr9AAMA/fIBIAn9AAMA/fAB/QsDACAJQRBqIg0gDiAKQRhq/QADAP3yASAN/QADAP3wAf0LAwAgCUEgaiEJIApBIGohCiAHQQRqIQcgC0F+aiILDQALCwJAIEBFDQAgBiAHQQN0IglqIgogDiBCIAlq/QADAP3yASAK/QADAP3wAf0LAwALIEEhByAIIEFGDQELIA8gB2ohCQJAID9FDQAgBiAHQQN0IgpqIgsgNiBCIApqKwMAoiALKwMAoDkDACAHQQFyIQcLIBsgCUYNACAHQQN0IQkDQCAGIAlqIgogNiAMIAlqIgtBCGorAwCiIAorAwCgOQMAIApBCGoiCiA2IAtBEGorAwCiIAorAwCgOQMAIAlBEGohCSAIIAdBAmoiB0cNAAsLIAwgH2ohDCA4QQFqITggN0EBaiI3IABHDQALIAhBfnEhQSA7miE6QQAhOCAmIQ0gDyE3A0ACQCA5DQAgLCA3IANsIglBA3RqIUIgAiAJIA9qQQN0aisDACA6oiE2QQAhCgJAIAhBAkkNAAJAIDggA2wiCUEDdCACaiAoakEIaiA+Tw0AIAIgLyAJakEDdGogBksNAQsgNv0UIQ5BACEHAkAgKkECSQ0AQQAhByAtIQsgDSEJIAYhCgNAIAlBCGoiDCAOIAr9AAMA/fIBIAz9AAMA/fAB/QsDACAJQRhqIgwgDiAKQRBq/QADAP3yASAM/QADAP3wAf0LAwAgCUEgaiEJIApBIGohCiAHQQRqIQcgC0F+aiILDQALCwJAIEBFDQAgQiAHQQN0IglqIgogDiAGIAlq/QADAP3yASAK/QADAP3wAf0LAwALIEEhCiAIIEFGDQELIA8gCmohCQJAID9FDQAgQiAKQQN0IgdqIgsgNiAGIAdqKwMAoiALKwMAoDkDACAKQQFyIQoLIBsgCUYNACAKQQN0IQkDQCANIAlqIgdBCGoiCyA2IAYgCWoiDCsDAKIgCysDAKA5AwAgB0EQaiIHIDYgDEEIaisDAKIgBysDAKA5AwAgCUEQaiEJIAggCkECaiIKRw0ACwsgDSAfaiENIDhBAWohOCA3QQFqIjcgAEcNAAsgPCE0DAELIAxCgICAgICAgPg/NwMARAAAAAAAAAAAITsLIDNBAXYhDCAyQQF2IQ0gBCAwIA9qQQN0IjdqIDQ5AwACQCA1IAFODQAgNSEHAkAgCEECSQ0AAkAgHSAeIA9saiACIC9BA3RqTw0AIDUhByAaIChqIAQgMCABakEDdGpJDQELICtBAXEhOEEAIQoCQCAqQQJJDQBBACEJQQAhCgNAICUgCWoiB0EIaiAmIAlqIgtBCGr9AAMA/QsDACAHQRhqIAtBGGr9AAMA/QsDACAJQSBqIQkgCkEEaiEKIC1BfmoiLQ0ACwsgCEF+cSEJAkAgOEUNACAEIDUgCmoiCiAwakEDdGogAiAKIC5qQQN0av0AAwD9CwMACyAIIAlGDQEgNSAJaiEHCyAHQX9zIAFqITgCQCABIAdrQQNxIgtFDQAgAiAHIBBqQQN0aiEJIAQgByAkakEDdGohCgNAIAogCSsDADkDACAJQQhqIQkgCkEIaiEKIAdBAWohByALQX9qIgsNAAsLIDhBA0kNACABIAdrIQsgBCAHICRqQQN0aiEJIAIgByAQakEDdGohCgNAIAkgCisDADkDACAJQQhqIApBCGorAwA5AwAgCUEQaiAKQRBqKwMAOQMAIAlBGGogCkEYaisDADkDACAJQSBqIQkgCkEgaiEKIAtBfGoiCw0ACwsgDEEBaiEMIA1BAWohDSAFIDdqIDs5AwBBACEKAkACQAJAAkAgDw4CAwEACyANQQdxIQdBACELAkAgMkEOSQ0AIAxBeHEhCkEAIQsgFiEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAACIO/QsDACAJQTBqIA79CwMAIAlBIGogDv0LAwAgCUEQaiAO/QsDACAJQXBqIA79CwMAIAlBYGogDv0LAwAgCUFQaiAO/QsDACAJQUBqIA79CwMAIAlBgAFqIQkgC0EQaiELIApBeGoiCg0ACwsgD0H+////B3EhCgJAIAdFDQAgDEEHcSEHIAYgC0EDdGohCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAlBEGohCSAHQX9qIgcNAAsLIA8gCkYNAQsgBiAKQQN0aiEJA0AgCUIANwMAIAlBCGohCSAPIApBAWoiCkcNAAsLIA9BASAPQQFLGyEsIAYgKWohPyAMQX5xIS8gD0EBcSEtIA1BAXEhQkEAITggIyEMIA8hNwNAIAIgNyADbCIJQQN0aiE5IAIgCSAPakEDdGorAwAhNkEAIQcCQAJAIA9BAkkNAAJAIAIgOCADbCIJQQN0aiAoaiAGTQ0AQQAhByACIC4gCWpBA3RqID9JDQELIDb9FCEOQQAhBwJAIDJFDQAgLyELIAYhCSAMIQoDQCAJIAr9AAMAIA798gEgCf0AAwD98AH9CwMAIAlBEGoiDSAKQRBq/QADACAO/fIBIA39AAMA/fAB/QsDACAJQSBqIQkgCkEgaiEKIAdBBGohByALQX5qIgsNAAsLAkAgQkUNACAGIAdBA3QiCWoiCiA5IAlq/QADACAO/fIBIAr9AAMA/fAB/QsDAAsgMSEHIA8gMUYNAQsgB0EBciEJAkAgLUUNACAGIAdBA3QiCmoiByA5IApqKwMAIDaiIAcrAwCgOQMAIAkhBwsgDyAJRg0AIAdBA3QhCQNAIAYgCWoiCiAMIAlqIgsrAwAgNqIgCisDAKA5AwAgCkEIaiIKIAtBCGorAwAgNqIgCisDAKA5AwAgCUEQaiEJIA8gB0ECaiIHRw0ACwsgDCAfaiEMIDhBAWohOCA3QQFqIjcgAEcNAAsgO5ohOkEAIQxBACELA0AgCyIHIAFsIQ0gB0EBaiELRAAAAAAAAAAAITYCQCAPIAdNDQBEAAAAAAAAAAAhNgJAIA8gB2tBAXFFDQAgBSAHIA1qQQN0aisDACAGIAdBA3RqKwMAokQAAAAAAAAAAKAhNiAHQQFqIQcLIA8gC0YNACAGIAdBA3RqIQkgBSAHIAxqQQN0aiEKA0AgCkEIaisDACAJQQhqKwMAoiAKKwMAIAkrAwCiIDagoCE2IApBEGohCiAJQRBqIQkgB0ECaiIHIA9JDQALCyAFIA0gD2pBA3RqIDYgOqI5AwAgDCABaiEMIAsgLEcNAAsLICMgH2ohIyAQIANqIRAgJCABaiEkICUgHmohJSAmICFqISYgFUF/aiEVIBdBf2ohFyAgICFqISAgIiAhaiEiICdBCGohJyAIQX9qIQggDyAURiEJIDUhDyAJRQ0ACyARRQ0AIAFBf2oiCSAAQX9qIgogCSAKSRshOCADQQFqIR8gAUF9aiEMIAJBKGohCCADQQN0QQhqIQBBACEGQQEhDUEAIQ8DQAJAIA8iC0EBaiIPIAFODQAgDyEJAkAgEiALayI3QQJJDQAgDEEBdkEBaiE5IDdBfmoiCUEBdkEBakEDcSEsQQAhBwJAIAlBBkkNACA5QXxxIQpBACEHIAghCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAwAgCUEQaiAO/QsDACAJQXBqIA79CwMAIAlBYGogDv0LAwAgCUHAAGohCSAHQQhqIQcgCkF8aiIKDQALCyA3QX5xIQUCQCAsRQ0AIDlBA3FBBHQhCiACIAcgDWpBA3RqIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAJQRBqIQkgCkFwaiIKDQALCyA3IAVGDQEgDyAFaiEJCyABIAlrIQogAiAJIAZqQQN0aiEJA0AgCUIANwMAIAlBCGohCSAKQX9qIgoNAAsLIAYgA2ohBiANIB9qIQ0gDEF/aiEMIAggAGohCCALIDhHDQALCwuBSwYsfwV8An8BfAJ7Cn8CQCAAQQNIDQAgBiABQQR0IgdqIQggBiABQQN0IglqIQogBiABQQNsQQN0IgtqIQwgBkEoaiENIAJBeGohDiACQRBqIQ8gA0F/aiEQIAZBGGohESAAQX5qIRIgA0EDdCITQXhqIRQgBiAJaiIVQRhqIRYgFUHAAGohFyAGIAFBAXRBA3RqIhhBEGohGSAYQRhqIRogBiALaiIbQcAAaiEcIAJBIGoiHSEeIAJBGGoiHyEgIAJBCGoiISEiIABBf2oiIyEkIAJBKGoiJSEmQQAhJwNAAkAgASAAICciC0EBaiInayIJIAkgAUobIglBAkgNACABICMgC2siKCABIChIGyIpQX1qISogASAkIAEgJEgbIitBf2ohLCArQX1qIS0gKUF/aiIuQQNxIS9BASEwIAsgA2xBAWoiMUEDdCEyRAAAAAAAAAAAITMCQCApQX5qQQNJDQAgLEF8cSEwQQAhKEQAAAAAAAAAACEzICYhCwNAIAsrAwCZIjQgC0F4aisDAJkiNSALQXBqKwMAmSI2IAtBaGorAwCZIjcgMyA3IDNkGyIzIDYgM2QbIjMgNSAzZBsiMyA0IDNkGyEzIAtBIGohCyAwIChBBGoiKEcNAAsgKEEBaiEwCyAtQQF2ITggKkEBdiE5IAIgMmohLQJAIC9FDQAgLEEDcUEDdCEoICIgMEEDdGohCwNAIAsrAwCZIjQgMyA0IDNkGyEzIAtBCGohCyAoQXhqIigNAAsLIDhBAWohMiA5QQFqIS8gLSsDACE2RAAAAAAAAAAAITQCQAJAIDNEAAAAAAAAAABiDQAgNiE1DAELQQEhCyAuQQFxIThEAAAAAAAAAAAhNAJAIClBAkYNACAsQX5xITBBACEoRAAAAAAAAAAAITQgICELA0AgCysDACAzoyI1IDWiIAtBeGorAwAgM6MiNSA1oiA0oKAhNCALQRBqIQsgMCAoQQJqIihHDQALIChBAWohCwsCQCA4RQ0AIC0gC0EDdGorAwAgM6MiNSA1oiA0oCE0C0QAAAAAAAAAACE1RAAAAAAAAPA/RAAAAAAAAPC/IDZEAAAAAAAAAABmG5ohNwJAIDMgNJ+imSIzIDaZIjQgNCAzYyILGyI6RAAAAAAAAAAAYQ0AIDogNCAzIAsbIDqjIjMgM6JEAAAAAAAA8D+gn6IhNQsgNSA3oiI1IDahITREAAAAAAAA8D8gNiA1oaMhM0EBIQsCQAJAIC5BAkkNACAvQQNxISwgM/0UITtBACEoAkAgKkEGSQ0AIDJBfHEhMEEAISggHiELA0AgCyA7IAv9AAMA/fIB/QsDACALQXBqIikgOyAp/QADAP3yAf0LAwAgC0EQaiIpIDsgKf0AAwD98gH9CwMAIAtBIGoiKSA7ICn9AAMA/fIB/QsDACALQcAAaiELIChBCGohKCAwQXxqIjANAAsLIC5BfnEhKQJAICxFDQAgMkEDcSELA0AgLSAoQQN0QQhyaiIwIDsgMP0AAwD98gH9CwMAIChBAmohKCALQX9qIgsNAAsLIC4gKUYNASAuQQFyIQsLICsgC2shKCAiIAtBA3RqIQsDQCALIDMgCysDAKI5AwAgC0EIaiELIChBf2oiKA0ACwsgNCA1oyE0CyAGQoCAgICAgID4PzcDAEEBISgCQAJAIC5BAkkNACAvQQFxISxBACEwAkAgKkECSQ0AIDJBfnEhKUEAITAgHiELIBEhKANAIAv9AAMAITsgC/0MAAAAAAAAAAAAAAAAAAAAACI8/QsDACAoIDv9CwMAIChBcGogC0FwaiIq/QADAP0LAwAgKiA8/QsDACALQSBqIQsgKEEgaiEoIDBBBGohMCApQX5qIikNAAsLIC5BfnEhCwJAICxFDQAgBiAwQQFyIihBA3RqIAIgKCAxakEDdGoiKP0AAwD9CwMAICj9DAAAAAAAAAAAAAAAAAAAAAD9CwMACyAuIAtGDQEgLkEBciEoCyAoQQN0IQsgKyAoayEoA0AgBiALaiAiIAtqIjArAwA5AwAgMEIANwMAIAtBCGohCyAoQX9qIigNAAsLIC0gNTkDACACIAMgJyAJIAYgNCAKEIWAgIAAIAEgACAJICdqIgtrIiggKCABShsiKEEBSA0AICchPQNAID0hPiAJITggCyE9ICghCQJAIDREAAAAAAAAAABhDQBBACEqAkACQCAJQQJJDQAgCUF+cSIqQX5qIgtBAXZBAWoiKUEHcSEoQQAhMAJAIAtBDkkNACApQXhxISlBACEwIBwhCwNAIAv9DAAAAAAAAAAAAAAAAAAAAAAiO/0LAwAgC0EwaiA7/QsDACALQSBqIDv9CwMAIAtBEGogO/0LAwAgC0FwaiA7/QsDACALQWBqIDv9CwMAIAtBUGogO/0LAwAgC0FAaiA7/QsDACALQYABaiELIDBBEGohMCApQXhqIikNAAsLAkAgKEUNACAbIDBBA3RqIQsDQCAL/QwAAAAAAAAAAAAAAAAAAAAA/QsDACALQRBqIQsgKEF/aiIoDQALCyAJICpGDQELIAkgKmshKCAbICpBA3RqIQsDQCALQgA3AwAgC0EIaiELIChBf2oiKA0ACwsgOEEBSA0AQQAhLCACID0gECA+bGpBA3RqIi0hLgNAIAYgLEEDdGoiCysDACEzQQAhKgJAIAlBAkgiLw0AIAv9CgMAITtBACEoIAwhCyAuITADQCALIAv9AAAAIDsgMP0AAAD98gH98AH9CwAAIAtBEGohCyAwQRBqITAgKEEEaiEpIChBAmoiKiEoICkgCUwNAAsLAkAgCSAqTA0AAkAgCSAqayIyQQJJDQAgMkF+cSI5QX5qIgtBAXZBAWoiKEEBcSExIDP9FCE7AkACQCALDQBBACEwDAELICpBA3QhCyAoQX5xISlBACEwA0AgDCALaiIoIDsgLiALaiIr/QADAP3yASAo/QADAP3wAf0LAwAgKEEQaiIoIDsgK0EQav0AAwD98gEgKP0AAwD98AH9CwMAIAtBIGohCyAwQQRqITAgKUF+aiIpDQALCwJAIDFFDQAgDCAqIDBqQQN0IgtqIiggOyACID0gLCA+aiIwayAwIANsakEDdGogC2r9AAMA/fIBICj9AAMA/fAB/QsDAAsgMiA5Rg0BICogOWohKgsgKkEDdCELIAkgKmshKANAIAwgC2oiMCAzIC4gC2orAwCiIDArAwCgOQMAIAtBCGohCyAoQX9qIigNAAsLIC4gFGohLiAsQQFqIiwgOEcNAAsgNJohNEEAISsDQCAGICtBA3RqKwMAIDSiIjP9FCE7QQAhKgJAIC8NAEEAISggLSELIAwhMANAIAsgC/0AAAAgOyAw/QAAAP3yAf3wAf0LAAAgC0EQaiELIDBBEGohMCAoQQRqISkgKEECaiIqISggKSAJTA0ACwsCQCAJICpMDQACQCAJICprIixBAkkNACAsQX5xIjJBfmoiC0EBdkEBaiIoQQFxITkCQAJAIAsNAEEAITAMAQsgKkEDdCELIChBfnEhKUEAITADQCAtIAtqIiggOyAMIAtqIi79AAMA/fIBICj9AAMA/fAB/QsDACAoQRBqIiggOyAuQRBq/QADAP3yASAo/QADAP3wAf0LAwAgC0EgaiELIDBBBGohMCApQX5qIikNAAsLAkAgOUUNACACID0gKyA+aiILayALIANsakEDdGogKiAwakEDdCILaiIoIDsgDCALav0AAwD98gEgKP0AAwD98AH9CwMACyAsIDJGDQEgKiAyaiEqCyAqQQN0IQsgCSAqayEoA0AgLSALaiIwIDMgDCALaisDAKIgMCsDAKA5AwAgC0EIaiELIChBf2oiKA0ACwsgLSAUaiEtICtBAWoiKyA4Rw0ACwtEAAAAAAAAAAAhNAJAAkAgCUECSCIuDQAgCUF/aiIyQQNxISggPiADbCIsIDhqIi9BA3QhKwJAAkAgCUF+aiI/QQNPDQBBASELRAAAAAAAAAAAITMMAQsgMkF8cSEpIB0gK2ohC0EAITBEAAAAAAAAAAAhMwNAIAsrAwCZIjQgC0F4aisDAJkiNSALQXBqKwMAmSI2IAtBaGorAwCZIjcgMyA3IDNkGyIzIDYgM2QbIjMgNSAzZBsiMyA0IDNkGyEzIAtBIGohCyApIDBBBGoiMEcNAAsgMEEBaiELCyACICtqIS0CQCAoRQ0AIAIgOCALaiAsakEDdGohCwNAIAsrAwCZIjQgMyA0IDNkGyEzIAtBCGohCyAoQX9qIigNAAsLIC0rAwAhNkQAAAAAAAAAACE0AkACQCAzRAAAAAAAAAAAYg0AIDYhNQwBC0EBIQsgMkEBcSEpAkACQCA/DQBEAAAAAAAAAAAhNAwBCyAyQX5xITAgDyAraiELQQAhKEQAAAAAAAAAACE0A0AgCysDACAzoyI1IDWiIAtBeGorAwAgM6MiNSA1oiA0oKAhNCALQRBqIQsgMCAoQQJqIihHDQALIChBAWohCwsCQCApRQ0AIC0gC0EDdGorAwAgM6MiNSA1oiA0oCE0C0QAAAAAAAAAACE1RAAAAAAAAPA/RAAAAAAAAPC/IDZEAAAAAAAAAABmG5ohNwJAIDMgNJ+imSIzIDaZIjQgNCAzYyILGyI6RAAAAAAAAAAAYQ0AIDogNCAzIAsbIDqjIjMgM6JEAAAAAAAA8D+gn6IhNQtEAAAAAAAA8D8gNiA1IDeiIjWhoyEzQQEhCwJAAkAgCUF/aiI5QQJJDQAgOUF+cSIxQX5qIgtBAXZBAWoiKUEDcSEwIDP9FCE7QQAhKAJAIAtBBkkNACApQXxxISkgJSAraiELQQAhKANAIAsgOyAL/QADAP3yAf0LAwAgC0FgaiIqIDsgKv0AAwD98gH9CwMAIAtBcGoiKiA7ICr9AAMA/fIB/QsDACALQRBqIiogOyAq/QADAP3yAf0LAwAgC0HAAGohCyAoQQhqISggKUF8aiIpDQALCwJAIDBFDQADQCAtIChBA3RBCHJqIgsgOyAL/QADAP3yAf0LAwAgKEECaiEoIDBBf2oiMA0ACwsgOSAxRg0BIDlBAXIhCwsgCSALayEoIAIgOCALaiAsakEDdGohCwNAIAsgMyALKwMAojkDACALQQhqIQsgKEF/aiIoDQALCyA1IDahIDWjITQLIAhCgICAgICAgPg/NwMAAkAgLg0AQQEhCwJAIAlBf2oiLkECSQ0AIC5BfnEiOUF+aiILQQF2QQFqIihBAXEhMQJAAkAgCw0AQQAhMAwBCyAoQX5xISkgHyAraiELQQAhMCAaISgDQCAL/QADACE7IAv9DAAAAAAAAAAAAAAAAAAAAAAiPP0LAwAgKCA7/QsDACAoQXBqIAtBcGoiKv0AAwD9CwMAICogPP0LAwAgC0EgaiELIChBIGohKCAwQQRqITAgKUF+aiIpDQALCwJAIDFFDQAgCCAwQQFyIgtBA3RqIAIgCyAvakEDdGoiC/0AAwD9CwMAIAv9DAAAAAAAAAAAAAAAAAAAAAD9CwMACyAuIDlGDQEgLkEBciELCyAJIAtrITAgGCALQQN0aiEoIAIgOCALaiAsakEDdGohCwNAICggCysDADkDACALQgA3AwAgC0EIaiELIChBCGohKCAwQX9qIjANAAsLIC0gNTkDAAJAIDhBAkgNACA0RAAAAAAAAAAAYQ0AIAlBAmohQEEBIUEgDiA9IAMgPkEBamxqID5rQQN0IgtqITEgISALaiE5IDSaITUDQCACID0gQSA+aiILayALIANsakEDdGohLP0MAAAAAAAAAAAAAAAAAAAAACE7QQAhMCAZISkgOSEqIAghCyAxISgDQCApIi5BEGohKSAqIitBEGohKiAwIi1BAmohMCA7IAv9AAAAICj9AAAA/fIB/fABITsgC0EQaiELIChBEGohKCAtQQRqIAlMDQALIDv9IQAgO/0hAaAhMwJAIAkgMEwNACAJIDBrIgtBf2ohKQJAIAtBA3FFDQBBACELQQAgQCAta0EDcWshKANAIC4rAwAgKysDAKIgM6AhMyAuQQhqIS4gK0EIaiErICggC0F/aiILRw0ACyAwIAtrITALIClBA0kNACAJIDBrISkgMSAwQQN0IihqIQsgGCAoaiEoA0AgKEEYaisDACALQRhqKwMAoiAoQRBqKwMAIAtBEGorAwCiIChBCGorAwAgC0EIaisDAKIgKCsDACALKwMAoiAzoKCgoCEzIAtBIGohCyAoQSBqISggKUF8aiIpDQALCyAzIDWiIjP9FCE7QQAhKEECITAgPyEpIBkhKiA5IS0DQCAsIChBA3QiC2oiKCAo/QAAACA7IAggC2r9AAAA/fIB/fAB/QsAACApIi9BfmohKSAqIitBEGohKiAtIi5BEGohLSAwIgshKCALQQJqIjAgCUwNAAsCQCAJIAtMDQACQCAJIAtrIipBAkkNACAqQX5xIi1BfmoiKEEBdkEBakEBcSFCAkACQCAoDQBBACEoDAELIC9BfnFBfmpBAXZBAWpBfnEhMEEAISgDQCAuIDsgK/0AAwD98gEgLv0AAwD98AH9CwMAIC5BEGoiKSA7ICtBEGr9AAMA/fIBICn9AAMA/fAB/QsDACArQSBqISsgLkEgaiEuIChBBGohKCAwQX5qIjANAAsLAkAgQkUNACAsIAsgKGpBA3QiKGoiMCA7IAggKGr9AAMA/fIBIDD9AAMA/fAB/QsDAAsgKiAtRg0BIAsgLWohCwsgCSALayEwIBggC0EDdCILaiEoIDEgC2ohCwNAIAsgMyAoKwMAoiALKwMAoDkDACAoQQhqISggC0EIaiELIDBBf2oiMA0ACwsgOSAUaiE5IDEgFGohMSBBQQFqIkEgOEcNAAsLAkAgNEQAAAAAAAAAAGENACAJQQFIDQJBACEqAkACQCAJQQFGIkMNACAJQX5xIipBfmoiC0EBdkEBaiIpQQdxIShBACEwAkAgC0EOSQ0AIClBeHEhKUEAITAgFyELA0AgC/0MAAAAAAAAAAAAAAAAAAAAACI7/QsDACALQTBqIDv9CwMAIAtBIGogO/0LAwAgC0EQaiA7/QsDACALQXBqIDv9CwMAIAtBYGogO/0LAwAgC0FQaiA7/QsDACALQUBqIDv9CwMAIAtBgAFqIQsgMEEQaiEwIClBeGoiKQ0ACwsCQCAoRQ0AIBUgMEEDdGohCwNAIAv9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAtBEGohCyAoQX9qIigNAAsLIAkgKkYNAQsgCSAqayEoIBUgKkEDdGohCwNAIAtCADcDACALQQhqIQsgKEF/aiIoDQALC0EAIUEgFiFCIAohLCAJIT8gCSE+IAIgAyA9bEEDdGoiKCEwIAghLwNAIEFBA3QhOCBBQX9zITn9DAAAAAAAAAAAAAAAAAAAAAAhOwJAAkAgCSBBayIuQQJODQBBACEtDAELQQAhCyAwISkgLyEqA0AgOyAp/QAAACAq/QAAAP3yAf3wASE7IAtBBGohKyApQRBqISkgKkEQaiEqIAtBAmoiLSELICsgLkwNAAsLIAggOGohKyAJIDlqITkgO/0hACA7/SEBoCEzAkAgLSAuTg0AIDkgLWshKgJAIAkgQSAtamtBA3FFDQAgLUEDdCELID4gLWtBA3EhKQNAIDAgC2orAwAgLyALaisDAKIgM6AhMyALQQhqIQsgLUEBaiEtIClBf2oiKQ0ACwsgKkEDSQ0AIC1BA3QhCyA/IC1rIS0DQCAwIAtqIilBGGorAwAgLyALaiIqQRhqKwMAoiApQRBqKwMAICpBEGorAwCiIClBCGorAwAgKkEIaisDAKIgKSsDACAqKwMAoiAzoKCgoCEzIAtBIGohCyAtQXxqIi0NAAsLIAogOGoiQCAzIEArAwCgOQMAIC5Bf2ohOCArKwMAITNBACEqAkAgLkEDSA0AICv9CgMAITtBACEpQQghCwNAICwgC2oiKiAq/QAAACA7IDAgC2r9AAAA/fIB/fAB/QsAACALQRBqIQsgKUEEaiEtIClBAmoiKiEpIC0gLkgNAAsLAkAgKiA4Tg0AAkAgOSAqayJEQQJJDQAgREF+cSJFQX5qIgtBAXZBAWpBAXEhRiAz/RQhOwJAAkAgCw0AQQAhLgwBCyAqQQN0ISsgMiAqa0F+cUF+akEBdkEBakF+cSE4QQAhLiAwIQsgQiEpA0AgKSAraiItQXBqIjkgOyALICtqIjFBCGr9AAMA/fIBIDn9AAMA/fAB/QsDACAtIDsgMUEYav0AAwD98gEgLf0AAwD98AH9CwMAIAtBIGohCyApQSBqISkgLkEEaiEuIDhBfmoiOA0ACwsCQCBGRQ0AIEBBCGogKiAuakEDdCILaiIpIDsgAiBBID1qIANsQQN0akEIaiALav0AAwD98gEgKf0AAwD98AH9CwMACyBEIEVGDQEgKiBFaiEqCyAqQQN0QQhqIQsDQCAsIAtqIikgMyAwIAtqKwMAoiApKwMAoDkDACALQQhqIQsgMiAqQQFqIipHDQALCyAyQX9qITIgQkEIaiFCICxBCGohLCA/QX9qIT8gPkEDaiE+IDAgE2ohMCAvQQhqIS8gQUEBaiJBIAlHDQALIAlBAXEhLgJAAkAgQ0UNAEQAAAAAAAAAACEzQQAhKQwBCyAJQX5xIS1EAAAAAAAAAAAhM0EAISkgCCEwIAohCwNAIAsgNCALKwMAoiI1OQMAIAtBCGoiKiA0ICorAwCiIjY5AwAgMEEIaisDACA2oiAwKwMAIDWiIDOgoCEzIDBBEGohMCALQRBqIQsgLSApQQJqIilHDQALCwJAIC5FDQAgCiApQQN0IgtqIjAgNCAwKwMAoiI1OQMAIAggC2orAwAgNaIgM6AhMwsgNEQAAAAAAADgv6IgM6IhM0EAIS4CQAJAIAlBAkkNACAJQX5xIi5BfmoiC0EBdkEBaiIwQQFxISsgM/0UITsCQAJAIAsNAEEAISkMAQsgMEF+cSEqQQAhKSAKIQsgCCEwA0AgCyA7IDD9AAMA/fIBIAv9AAMA/fAB/QsDACALQRBqIi0gOyAwQRBq/QADAP3yASAt/QADAP3wAf0LAwAgC0EgaiELIDBBIGohMCApQQRqISkgKkF+aiIqDQALCwJAICtFDQAgCiApQQN0IgtqIjAgOyAIIAtq/QADAP3yASAw/QADAP3wAf0LAwALIAkgLkYNAQsgCSAuayEpIBggLkEDdCILaiEwIBUgC2ohCwNAIAsgMyAwKwMAoiALKwMAoDkDACAwQQhqITAgC0EIaiELIClBf2oiKQ0ACwtBACE4IAohLSAJISwgCCEvA0AgOCA9aiADbEEDdCEyIAogOEEDdCI5aiI+KwMAmiIz/RQhO0EAISoCQCAJIDhrIi5BAkgiMQ0AQQAhMCAoIQsgLyEpA0AgCyAL/QAAACA7ICn9AAAA/fIB/fAB/QsAACALQRBqIQsgKUEQaiEpIDBBBGohKyAwQQJqIiohMCArIC5MDQALCyAIIDlqITkgAiAyaiFBAkAgKiAuTg0AAkAgCSA4ICpqayI/QQJJDQAgP0F+cSJCQX5qIgtBAXZBAWpBAXEhQAJAAkAgCw0AQQAhKQwBCyAqQQN0IQsgLCAqa0F+cUF+akEBdkEBakF+cSErQQAhKQNAICggC2oiMCA7IC8gC2oiMv0AAwD98gEgMP0AAwD98AH9CwMAIDBBEGoiMCA7IDJBEGr9AAMA/fIBIDD9AAMA/fAB/QsDACALQSBqIQsgKUEEaiEpICtBfmoiKw0ACwsCQCBARQ0AIEEgKiApakEDdCILaiIwIDsgOSALav0AAwD98gEgMP0AAwD98AH9CwMACyA/IEJGDQEgKiBCaiEqCyAqQQN0IQsDQCAoIAtqIjAgMyAvIAtqKwMAoiAwKwMAoDkDACALQQhqIQsgLCAqQQFqIipHDQALCyA5KwMAmiIz/RQhO0EAISkCQCAxDQBBACELQQAhMANAICggC2oiKSAp/QAAACA7IC0gC2r9AAAA/fIB/fAB/QsAACALQRBqIQsgMEEEaiEqIDBBAmoiKSEwICogLkwNAAsLAkAgKSAuTg0AAkAgCSA4IClqayIyQQJJDQAgMkF+cSI5QX5qIgtBAXZBAWpBAXEhMQJAAkAgCw0AQQAhKgwBCyApQQN0IQsgLCApa0F+cUF+akEBdkEBakF+cSEuQQAhKgNAICggC2oiMCA7IC0gC2oiK/0AAwD98gEgMP0AAwD98AH9CwMAIDBBEGoiMCA7ICtBEGr9AAMA/fIBIDD9AAMA/fAB/QsDACALQSBqIQsgKkEEaiEqIC5BfmoiLg0ACwsCQCAxRQ0AIEEgKSAqakEDdCILaiIwIDsgPiALav0AAwD98gEgMP0AAwD98AH9CwMACyAyIDlGDQEgKSA5aiEpCyApQQN0IQsDQCAoIAtqIjAgMyAtIAtqKwMAoiAwKwMAoDkDACALQQhqIQsgLCApQQFqIilHDQALCyAtQQhqIS0gLEF/aiEsICggE2ohKCAvQQhqIS8gOEEBaiI4IAlHDQALCyAJQQFIDQEgBkKAgICAgICA+D83AwAgCUEBRg0DQQEhCwJAIAlBf2oiLUECSQ0AIC1BfnEiLkF+aiILQQF2QQFqIjBBA3EhKUEAISgCQCALQQZJDQAgMEF8cSEqQQAhKCANIQsDQCALIAsgB2oiMP0AAwD9CwMAIAtBYGogMEFgav0AAwD9CwMAIAtBcGogMEFwav0AAwD9CwMAIAtBEGogMEEQav0AAwD9CwMAIAtBwABqIQsgKEEIaiEoICpBfGoiKg0ACwsCQCApRQ0AA0AgBiAoQQN0QQhyIgtqIAggC2r9AAMA/QsDACAoQQJqISggKUF/aiIpDQALCyAtIC5GDQEgLUEBciELCyAJIAtrISggBiALQQN0aiELA0AgCyALIAdqKwMAOQMAIAtBCGohCyAoQX9qIigNAAsLIAlBAUYNAgsgASAAIAkgPWoiC2siKCAoIAFKGyIoQQBKDQALCyAeIBNqIR4gICATaiEgICIgE2ohIiAkQX9qISQgJiATaiEmICcgEkcNAAsLAkAgAEEBSA0AQQAhKAJAAkAgAEEBRg0AIANBAUcNAAJAIAIgAEEDdCIJaiAETQ0AIAQgCWogAksNAQsgAEF+cSIoQX5qIglBAXZBAWoiC0EDcSEwQQAhKQJAIAlBBkkNACADQTBsIS0gA0EEdCEuIARBIGohCSADQQZ0ISsgA0EFdCEMIAtBfHEhKkEAISkgAiELA0AgCUFgaiAL/QADAP0LAwAgCUFwaiALIC5q/QADAP0LAwAgCSALIAxq/QADAP0LAwAgCUEQaiALIC1q/QADAP0LAwAgCUHAAGohCSALICtqIQsgKUEIaiEpICpBfGoiKg0ACwsCQCAwRQ0AIANBBHQhKiAEIClBA3RqIQkgAiApIANsQQN0aiELA0AgCSAL/QADAP0LAwAgCyAqaiELIAlBEGohCSAwQX9qIjANAAsLICggAEYNAQsgKEF/cyAAaiEqAkAgACAoa0EDcSIwRQ0AIANBA3QhKSAEIChBA3RqIQkgAiAoIANsQQN0aiELA0AgCSALKwMAOQMAIAsgKWohCyAJQQhqIQkgKEEBaiEoIDBBf2oiMA0ACwsgKkEDSQ0AIANBBXQhKSAAIChrITAgKCADbEEDdCEqIAMgKEEBamxBA3QhLSADIChBAmpsQQN0IS4gAyAoQQNqIglsQQN0ISggBCAJQQN0aiEJIAIhCwNAIAlBaGogCyAqaisDADkDACAJQXBqIAsgLWorAwA5AwAgCUF4aiALIC5qKwMAOQMAIAkgCyAoaisDADkDACALIClqIQsgCUEgaiEJIDBBfGoiMA0ACwsCQCAAQQJIDQBBACEJAkACQCAAQX9qIghBAk8NAEEBIQsMAQtBASELAkAgA0EBRg0AQQEhCwwBCwJAIAIgAEEDdCIoaiAFTQ0AIAJBCGogKCAFakF4akkNAQsgCEF+cSIJQX5qIgtBAXZBAWoiKkEDcSEwQQAhKQJAIAtBBkkNACADQTBsIS0gA0EEdCEuIAVBIGohCyADQQZ0ISsgAkEIaiEoIANBBXQhDCAqQXxxISpBACEpA0AgC0FgaiAo/QADAP0LAwAgC0FwaiAoIC5q/QADAP0LAwAgCyAoIAxq/QADAP0LAwAgC0EQaiAoIC1q/QADAP0LAwAgC0HAAGohCyAoICtqISggKUEIaiEpICpBfGoiKg0ACwsCQCAwRQ0AIANBAXQhKiApIANsIQsgBSApQQN0aiEoA0AgKCACIAtBA3RBCHJq/QADAP0LAwAgCyAqaiELIChBEGohKCAwQX9qIjANAAsLIAggCUYNASAIQQFyIQsLIAtBf3MgAGohMAJAIAAgC2tBA3EiKEUNAANAIAUgCUEDdGogCSADbEEDdCACakEIaisDADkDACALIglBAWohCyAJIQkgKEF/aiIoDQALIAtBf2ohCQsgMEEDSQ0AIANBBXQhKSACQQhqISggCyADbEEDdCEqIAMgC0EBamxBA3QhLSADIAtBAmoiMGxBA3QhLiAFIDBBA3RqITADQCAFIAlBA3RqIAkgA2xBA3QgAmpBCGorAwA5AwAgMEFwaiAoICpqKwMAOQMAIDBBeGogKCAtaisDADkDACAwICggLmorAwA5AwAgKCApaiEoIDBBIGohMCALQQNqIQkgACALQQRqIgtHDQALCyAAQQBMDQAgAEEDdCAFakF4akIANwMACwuwFgYFfwF7DH8BfAZ/AnwCQCAFRAAAAAAAAAAAYQ0AIANBAUgNAEEAIQcCQAJAIANBAUYNACADQX5xIgdBfmoiCEEBdkEBaiIJQQdxIQpBACELAkAgCEEOSQ0AIAZBwABqIQggCUF4cSEJQQAhCwNAIAj9DAAAAAAAAAAAAAAAAAAAAAAiDP0LAwAgCEEwaiAM/QsDACAIQSBqIAz9CwMAIAhBEGogDP0LAwAgCEFwaiAM/QsDACAIQWBqIAz9CwMAIAhBUGogDP0LAwAgCEFAaiAM/QsDACAIQYABaiEIIAtBEGohCyAJQXhqIgkNAAsLAkAgCkUNACAGIAtBA3RqIQgDQCAI/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAIQRBqIQggCkF/aiIKDQALCyAHIANGDQELIAMgB2shCiAGIAdBA3RqIQgDQCAIQgA3AwAgCEEIaiEIIApBf2oiCg0ACwsgA0EBSA0AIANBf2ohDSAGQRhqIQ4gAUEDdCEPIAAgAiABbCIQQQN0aiEKQQAhESAGIRIgAyETIAMhFCAEIRUDQCARQX9zIRYCQAJAIAMgEWsiF0ECTg0A/QwAAAAAAAAAAAAAAAAAAAAAIQxBACEHDAEL/QwAAAAAAAAAAAAAAAAAAAAAIQxBACEIIAohCyAVIQkDQCAMIAv9AAAAIAn9AAAA/fIB/fABIQwgCEEEaiEYIAtBEGohCyAJQRBqIQkgCEECaiIHIQggGCAXTA0ACwsgEUEDdCEYIBYgA2ohFiAM/SEAIAz9IQGgIRkCQCAHIBdODQAgFiAHayEJAkAgAyARIAdqa0EDcUUNACAHQQN0IQggFCAHa0EDcSELA0AgCiAIaisDACAVIAhqKwMAoiAZoCEZIAhBCGohCCAHQQFqIQcgC0F/aiILDQALCyAJQQNJDQAgB0EDdCEIIBMgB2shBwNAIAogCGoiC0EYaisDACAVIAhqIglBGGorAwCiIAtBEGorAwAgCUEQaisDAKIgC0EIaisDACAJQQhqKwMAoiALKwMAIAkrAwCiIBmgoKCgIRkgCEEgaiEIIAdBfGoiBw0ACwsgBCAYaiEaIAYgGGoiGyAZIBsrAwCgOQMAIBdBf2ohGEEAIQkCQCAXQQNIDQAgGv0KAwAhDEEAIQtBCCEIA0AgEiAIaiIJIAn9AAAAIAwgCiAIav0AAAD98gH98AH9CwAAIAhBEGohCCALQQRqIQcgC0ECaiIJIQsgByAXSA0ACwsCQCAJIBhODQAgGisDACEZAkAgFiAJayIcQQJJDQAgHEF+cSIdQX5qIghBAXZBAWpBAXEhHiAZ/RQhDAJAAkAgCA0AQQAhFwwBCyAJQQN0IRggDSAJa0F+cUF+akEBdkEBakF+cSEWQQAhFyAKIQggDiELA0AgCyAYaiIHQXBqIhogDCAIIBhqIh9BCGr9AAMA/fIBIBr9AAMA/fAB/QsDACAHIAwgH0EYav0AAwD98gEgB/0AAwD98AH9CwMAIAhBIGohCCALQSBqIQsgF0EEaiEXIBZBfmoiFg0ACwsCQCAeRQ0AIBtBCGogCSAXakEDdCIIaiILIAwgACARIAJqIAFsQQN0akEIaiAIav0AAwD98gEgC/0AAwD98AH9CwMACyAcIB1GDQEgCSAdaiEJCyAJQQN0QQhqIQgDQCASIAhqIgsgGSAKIAhqKwMAoiALKwMAoDkDACAIQQhqIQggDSAJQQFqIglHDQALCyANQX9qIQ0gDkEIaiEOIBJBCGohEiATQX9qIRMgFEEDaiEUIAogD2ohCiAVQQhqIRUgEUEBaiIRIANHDQALIANBAUgNACADQQFxIRcCQAJAIANBAUcNAEQAAAAAAAAAACEZQQAhCwwBCyADQX5xIQdEAAAAAAAAAAAhGUEAIQsgBCEKIAYhCANAIAggCCsDACAFoiIgOQMAIAhBCGoiCSAJKwMAIAWiIiE5AwAgCkEIaisDACAhoiAKKwMAICCiIBmgoCEZIApBEGohCiAIQRBqIQggByALQQJqIgtHDQALCwJAIBdFDQAgBiALQQN0IghqIgogCisDACAFoiIgOQMAIAQgCGorAwAgIKIgGaAhGQsgA0EBSA0AIAVEAAAAAAAA4L+iIBmiIRlBACEXAkACQCADQQFGDQAgA0F+cSIXQX5qIghBAXZBAWoiCkEBcSEYIBn9FCEMAkACQCAIDQBBACELDAELIApBfnEhCUEAIQsgBiEIIAQhCgNAIAggDCAK/QADAP3yASAI/QADAP3wAf0LAwAgCEEQaiIHIAwgCkEQav0AAwD98gEgB/0AAwD98AH9CwMAIAhBIGohCCAKQSBqIQogC0EEaiELIAlBfmoiCQ0ACwsCQCAYRQ0AIAYgC0EDdCIIaiIKIAwgBCAIav0AAwD98gEgCv0AAwD98AH9CwMACyAXIANGDQELIAMgF2shCyAEIBdBA3QiCGohCiAGIAhqIQgDQCAIIBkgCisDAKIgCCsDAKA5AwAgCkEIaiEKIAhBCGohCCALQX9qIgsNAAsLIANBAUgNACABQQN0IQ4gACAQQQN0aiEKQQAhGiAGIRcgAyEVIAQhDQNAIBogAmogAWxBA3QhFiAGIBpBA3QiH2oiEysDAJoiGf0UIQxBACEHAkAgAyAaayIYQQJIIhENAEEAIQsgCiEIIA0hCQNAIAggCP0AAAAgDCAJ/QAAAP3yAf3wAf0LAAAgCEEQaiEIIAlBEGohCSALQQRqIRIgC0ECaiIHIQsgEiAYTA0ACwsgBCAfaiEfIAAgFmohFAJAIAcgGE4NAAJAIAMgGiAHamsiG0ECSQ0AIBtBfnEiD0F+aiIIQQF2QQFqQQFxIRwCQAJAIAgNAEEAIQkMAQsgB0EDdCEIIBUgB2tBfnFBfmpBAXZBAWpBfnEhEkEAIQkDQCAKIAhqIgsgDCANIAhqIhb9AAMA/fIBIAv9AAMA/fAB/QsDACALQRBqIgsgDCAWQRBq/QADAP3yASAL/QADAP3wAf0LAwAgCEEgaiEIIAlBBGohCSASQX5qIhINAAsLAkAgHEUNACAUIAcgCWpBA3QiCGoiCyAMIB8gCGr9AAMA/fIBIAv9AAMA/fAB/QsDAAsgGyAPRg0BIAcgD2ohBwsgB0EDdCEIA0AgCiAIaiILIBkgDSAIaisDAKIgCysDAKA5AwAgCEEIaiEIIBUgB0EBaiIHRw0ACwsgHysDAJoiGf0UIQxBACEJAkAgEQ0AQQAhCEEAIQsDQCAKIAhqIgkgCf0AAAAgDCAXIAhq/QAAAP3yAf3wAf0LAAAgCEEQaiEIIAtBBGohByALQQJqIgkhCyAHIBhMDQALCwJAIAkgGE4NAAJAIAMgGiAJamsiFkECSQ0AIBZBfnEiH0F+aiIIQQF2QQFqQQFxIRECQAJAIAgNAEEAIQcMAQsgCUEDdCEIIBUgCWtBfnFBfmpBAXZBAWpBfnEhGEEAIQcDQCAKIAhqIgsgDCAXIAhqIhL9AAMA/fIBIAv9AAMA/fAB/QsDACALQRBqIgsgDCASQRBq/QADAP3yASAL/QADAP3wAf0LAwAgCEEgaiEIIAdBBGohByAYQX5qIhgNAAsLAkAgEUUNACAUIAkgB2pBA3QiCGoiCyAMIBMgCGr9AAMA/fIBIAv9AAMA/fAB/QsDAAsgFiAfRg0BIAkgH2ohCQsgCUEDdCEIA0AgCiAIaiILIBkgFyAIaisDAKIgCysDAKA5AwAgCEEIaiEIIBUgCUEBaiIJRw0ACwsgF0EIaiEXIBVBf2ohFSAKIA5qIQogDUEIaiENIBpBAWoiGiADRw0ACwsLr0UHJ38CfAZ/BHwBfwJ7C38CQCAGIABODQAgBCABIAZsIghBBXQiCWoiCiABQRhsaiELIAogAUEEdGohDCAKIAFBA3RqIQ0gBEEYaiIOIAEgBkEFdCIPQQhybCIQaiERIARBwABqIhIgEGohEyAOIAEgD0EQcmwiFGohFSASIAEgD0EYcmwiD2ohFiACQXhqIRcgAkEIaiEYIAJBGGohGSACQShqIRogAkEQaiEbIAJBIGohHCADQX9qIR0gA0EDdCIeQXhqIR8gBCAIQQJ0QQN0aiIgQRhqISEgBCAQaiEiIAQgD2ohIyAEIBRqIiRBEGohJSAGQX9zIABqIiYhJ0EAISgDQCAFIAZBAnRqIilBfGpBACAGQQBKGyEqAkACQAJAIAZBAmogAE4NACABIAAgBkEBaiIrayIPIA8gAUobIg9BAUoNAQsgBkEBSA0BICr+EAIAIhBB/////wdGDQFBACEPA0ACQAJAIA9BoB9ODQAgD0EBaiEPDAELICogEEKgnAH+AQIAGkEAIQ8LICr+EAIAIhBB/////wdHDQAMAgsLAkACQAJAIAZBAUgiLA0AICr+EAIAIghBAkoNAEEAIRADQAJAAkAgEEGgH04NACAQQQFqIRAMAQsgKiAIQqCcAf4BAgAaQQAhEAsgKv4QAgAiCEEDSA0ACyACIAYgA2xBAWoiLUEDdGoiLisDACEvIA9BAk4NASAKQoCAgICAgID4PzcDAEQAAAAAAAAAACEwDAILIAIgBiADbEEBaiItQQN0aiIuKwMAIS8LIAEgJiAoIAdsayIQIAEgEEgbIhJBfWohMSABICcgASAnSBsiMkF/aiEzIDJBfWohNCASQX9qIjVBA3EhNgJAAkAgEkF+akEDTw0AQQEhEEQAAAAAAAAAACE3DAELIDNBfHEhDiAuQSBqIRBBACEIRAAAAAAAAAAAITcDQCAQKwMAmSI4IBBBeGorAwCZIjAgEEFwaisDAJkiOSAQQWhqKwMAmSI6IDcgOiA3ZBsiNyA5IDdkGyI3IDAgN2QbIjcgOCA3ZBshNyAQQSBqIRAgDiAIQQRqIghHDQALIAhBAWohEAsgNEEBdiEOIDFBAXYhNAJAIDZFDQAgM0EDcUEDdCEIIC4gEEEDdGohEANAIBArAwCZIjggNyA4IDdkGyE3IBBBCGohECAIQXhqIggNAAsLIA5BAWohNiA0QQFqITREAAAAAAAAAAAhMAJAAkAgN0QAAAAAAAAAAGINACAvITgMAQtBASEQIDVBAXEhO0QAAAAAAAAAACE4AkAgEkECRg0AIDNBfnEhDiAuQRBqIRBBACEIRAAAAAAAAAAAITgDQCAQKwMAIDejIjAgMKIgEEF4aisDACA3oyIwIDCiIDigoCE4IBBBEGohECAOIAhBAmoiCEcNAAsgCEEBaiEQCwJAIDtFDQAgLiAQQQN0aisDACA3oyIwIDCiIDigITgLRAAAAAAAAAAAITBEAAAAAAAA8D9EAAAAAAAA8L8gL0QAAAAAAAAAAGYbmiE5AkAgNyA4n6KZIjcgL5kiOCA4IDdjIhAbIjpEAAAAAAAAAABhDQAgOiA4IDcgEBsgOqMiNyA3okQAAAAAAADwP6CfoiEwCyAwIDmiIjggL6EhMEQAAAAAAADwPyAvIDihoyE3QQEhEAJAAkAgNUECSQ0AIDRBA3EhMyA3/RQhPEEAIQgCQCAxQQZJDQAgNkF8cSEOIC5BKGohEEEAIQgDQCAQIDwgEP0AAwD98gH9CwMAIBBBYGoiEiA8IBL9AAMA/fIB/QsDACAQQXBqIhIgPCAS/QADAP3yAf0LAwAgEEEQaiISIDwgEv0AAwD98gH9CwMAIBBBwABqIRAgCEEIaiEIIA5BfGoiDg0ACwsgNUF+cSESAkAgM0UNACA2QQNxIRADQCAuIAhBA3RBCHJqIg4gPCAO/QADAP3yAf0LAwAgCEECaiEIIBBBf2oiEA0ACwsgNSASRg0BIDVBAXIhEAsgMiAQayEIIC4gEEEDdGohEANAIBAgNyAQKwMAojkDACAQQQhqIRAgCEF/aiIIDQALCyAwIDijITALIApCgICAgICAgPg/NwMAQQEhEAJAAkAgNUECSQ0AIDRBAXEhM0EAIQ4CQCAxQQJJDQAgNkF+cSESIBkgLUEDdGohEEEAIQ4gISEIA0AgEP0AAwAhPCAQ/QwAAAAAAAAAAAAAAAAAAAAAIj39CwMAIAggPP0LAwAgCEFwaiAQQXBqIjH9AAMA/QsDACAxID39CwMAIBBBIGohECAIQSBqIQggDkEEaiEOIBJBfmoiEg0ACwsgNUF+cSEQAkAgM0UNACAKIA5BAXIiCEEDdGogAiAIIC1qQQN0aiII/QADAP0LAwAgCP0MAAAAAAAAAAAAAAAAAAAAAP0LAwALIDUgEEYNASA1QQFyIRALIDIgEGshDiAgIBBBA3RqIQggAiAtIBBqQQN0aiEQA0AgCCAQKwMAOQMAIBBCADcDACAQQQhqIRAgCEEIaiEIIA5Bf2oiDg0ACwsgOCEvCyAuIC85AwAgAiADICsgDyAKIDAgDRCFgICAACApQQH+FwIAAkAgASAAICsgD2oiEGsiCCAIIAFKGyIIQQFIDQBBASE+A0AgDyE/ICshQCAQISsgCCEPAkAgLA0AICr+EAIAIgggPkEDaiIOTg0AQQAhEANAAkACQCAQQaAfTg0AIBBBAWohEAwBCyAqIAhCoJwB/gECABpBACEQCyAq/hACACIIIA5IDQALCwJAIDBEAAAAAAAAAABhDQACQCAPQQFIDQBBACExAkAgD0EBRg0AIA9BfnEiMUF+aiIQQQF2QQFqIhJBB3EhCEEAIQ4CQCAQQQ5JDQAgEkF4cSESQQAhDiAWIRADQCAQ/QwAAAAAAAAAAAAAAAAAAAAAIjz9CwMAIBBBMGogPP0LAwAgEEEgaiA8/QsDACAQQRBqIDz9CwMAIBBBcGogPP0LAwAgEEFgaiA8/QsDACAQQVBqIDz9CwMAIBBBQGogPP0LAwAgEEGAAWohECAOQRBqIQ4gEkF4aiISDQALCwJAIAhFDQAgIyAOQQN0aiEQA0AgEP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgEEEQaiEQIAhBf2oiCA0ACwsgDyAxRg0BCyAPIDFrIQggIyAxQQN0aiEQA0AgEEIANwMAIBBBCGohECAIQX9qIggNAAsLID9BAUgNAEEAIS0gAiArIB0gQGxqQQN0aiIuITUDQCAKIC1BA3RqIhArAwAhN0EAITECQCAPQQJIIjMNACAQ/QoDACE8QQAhCCALIRAgNSEOA0AgECAQ/QAAACA8IA79AAAA/fIB/fAB/QsAACAQQRBqIRAgDkEQaiEOIAhBBGohEiAIQQJqIjEhCCASIA9MDQALCwJAIA8gMUwNAAJAIA8gMWsiNEECSQ0AIDRBfnEiNkF+aiIQQQF2QQFqIghBAXEhOyA3/RQhPAJAAkAgEA0AQQAhDgwBCyAxQQN0IRAgCEF+cSESQQAhDgNAIAsgEGoiCCA8IDUgEGoiMv0AAwD98gEgCP0AAwD98AH9CwMAIAhBEGoiCCA8IDJBEGr9AAMA/fIBIAj9AAMA/fAB/QsDACAQQSBqIRAgDkEEaiEOIBJBfmoiEg0ACwsCQCA7RQ0AIAsgMSAOakEDdCIQaiIIIDwgAiArIC0gQGoiDmsgDiADbGpBA3RqIBBq/QADAP3yASAI/QADAP3wAf0LAwALIDQgNkYNASAxIDZqITELIDFBA3QhECAPIDFrIQgDQCALIBBqIg4gNyA1IBBqKwMAoiAOKwMAoDkDACAQQQhqIRAgCEF/aiIIDQALCyA1IB9qITUgLUEBaiItID9HDQALIDCaIThBACEyA0AgCiAyQQN0aisDACA4oiI3/RQhPEEAITECQCAzDQBBACEIIC4hECALIQ4DQCAQIBD9AAAAIDwgDv0AAAD98gH98AH9CwAAIBBBEGohECAOQRBqIQ4gCEEEaiESIAhBAmoiMSEIIBIgD0wNAAsLAkAgDyAxTA0AAkAgDyAxayItQQJJDQAgLUF+cSI0QX5qIhBBAXZBAWoiCEEBcSE2AkACQCAQDQBBACEODAELIDFBA3QhECAIQX5xIRJBACEOA0AgLiAQaiIIIDwgCyAQaiI1/QADAP3yASAI/QADAP3wAf0LAwAgCEEQaiIIIDwgNUEQav0AAwD98gEgCP0AAwD98AH9CwMAIBBBIGohECAOQQRqIQ4gEkF+aiISDQALCwJAIDZFDQAgAiArIDIgQGoiEGsgECADbGpBA3RqIDEgDmpBA3QiEGoiCCA8IAsgEGr9AAMA/fIBIAj9AAMA/fAB/QsDAAsgLSA0Rg0BIDEgNGohMQsgMUEDdCEQIA8gMWshCANAIC4gEGoiDiA3IAsgEGorAwCiIA4rAwCgOQMAIBBBCGohECAIQX9qIggNAAsLIC4gH2ohLiAyQQFqIjIgP0cNAAsLIA9BAkgiLQ0BIA9Bf2oiNEEDcSEIIEAgA2wiMiA/aiIzQQN0ITUCQAJAIA9BfmoiQUEDTw0AQQEhEEQAAAAAAAAAACE3DAELIDRBfHEhEiAcIDVqIRBBACEORAAAAAAAAAAAITcDQCAQKwMAmSI4IBBBeGorAwCZIjAgEEFwaisDAJkiOSAQQWhqKwMAmSI6IDcgOiA3ZBsiNyA5IDdkGyI3IDAgN2QbIjcgOCA3ZBshNyAQQSBqIRAgEiAOQQRqIg5HDQALIA5BAWohEAsgAiA1aiEuAkAgCEUNACACID8gEGogMmpBA3RqIRADQCAQKwMAmSI4IDcgOCA3ZBshNyAQQQhqIRAgCEF/aiIIDQALCyAuKwMAITlEAAAAAAAAAAAhMAJAAkAgN0QAAAAAAAAAAGINACA5ITgMAQtBASEQIDRBAXEhEgJAAkAgQQ0ARAAAAAAAAAAAITgMAQsgNEF+cSEOIBsgNWohEEEAIQhEAAAAAAAAAAAhOANAIBArAwAgN6MiMCAwoiAQQXhqKwMAIDejIjAgMKIgOKCgITggEEEQaiEQIA4gCEECaiIIRw0ACyAIQQFqIRALAkAgEkUNACAuIBBBA3RqKwMAIDejIjAgMKIgOKAhOAtEAAAAAAAAAAAhMEQAAAAAAADwP0QAAAAAAADwvyA5RAAAAAAAAAAAZhuaIToCQCA3IDifopkiNyA5mSI4IDggN2MiEBsiL0QAAAAAAAAAAGENACAvIDggNyAQGyAvoyI3IDeiRAAAAAAAAPA/oJ+iITALRAAAAAAAAPA/IDkgMCA6oiI4oaMhN0EBIRACQAJAIA9Bf2oiNkECSQ0AIDZBfnEiO0F+aiIQQQF2QQFqIhJBA3EhDiA3/RQhPEEAIQgCQCAQQQZJDQAgEkF8cSESIBogNWohEEEAIQgDQCAQIDwgEP0AAwD98gH9CwMAIBBBYGoiMSA8IDH9AAMA/fIB/QsDACAQQXBqIjEgPCAx/QADAP3yAf0LAwAgEEEQaiIxIDwgMf0AAwD98gH9CwMAIBBBwABqIRAgCEEIaiEIIBJBfGoiEg0ACwsCQCAORQ0AA0AgLiAIQQN0QQhyaiIQIDwgEP0AAwD98gH9CwMAIAhBAmohCCAOQX9qIg4NAAsLIDYgO0YNASA2QQFyIRALIA8gEGshCCACID8gEGogMmpBA3RqIRADQCAQIDcgECsDAKI5AwAgEEEIaiEQIAhBf2oiCA0ACwsgOCA5oSA4oyEwCyAMQoCAgICAgID4PzcDAAJAIC0NAEEBIRACQCAPQX9qIi1BAkkNACAtQX5xIjZBfmoiEEEBdkEBaiIIQQFxITsCQAJAIBANAEEAIQ4MAQsgCEF+cSESIBkgNWohEEEAIQ4gFSEIA0AgEP0AAwAhPCAQ/QwAAAAAAAAAAAAAAAAAAAAAIj39CwMAIAggPP0LAwAgCEFwaiAQQXBqIjH9AAMA/QsDACAxID39CwMAIBBBIGohECAIQSBqIQggDkEEaiEOIBJBfmoiEg0ACwsCQCA7RQ0AIAwgDkEBciIQQQN0aiACIBAgM2pBA3RqIhD9AAMA/QsDACAQ/QwAAAAAAAAAAAAAAAAAAAAA/QsDAAsgLSA2Rg0BIC1BAXIhEAsgDyAQayEOICQgEEEDdGohCCACID8gEGogMmpBA3RqIRADQCAIIBArAwA5AwAgEEIANwMAIBBBCGohECAIQQhqIQggDkF/aiIODQALCyAuIDg5AwACQCA/QQJIDQAgMEQAAAAAAAAAAGENACAPQQJqIUJBASFDIBcgKyADIEBBAWpsaiBAa0EDdCIQaiE7IBggEGohNiAwmiE4A0AgAiArIEMgQGoiEGsgECADbGpBA3RqIS39DAAAAAAAAAAAAAAAAAAAAAAhPEEAIQ4gJSESIDYhMSAMIRAgOyEIA0AgEiI1QRBqIRIgMSIyQRBqITEgDiIuQQJqIQ4gPCAQ/QAAACAI/QAAAP3yAf3wASE8IBBBEGohECAIQRBqIQggLkEEaiAPTA0ACyA8/SEAIDz9IQGgITcCQCAPIA5MDQAgDyAOayIQQX9qIRICQCAQQQNxRQ0AQQAhEEEAIEIgLmtBA3FrIQgDQCA1KwMAIDIrAwCiIDegITcgNUEIaiE1IDJBCGohMiAIIBBBf2oiEEcNAAsgDiAQayEOCyASQQNJDQAgDyAOayESIDsgDkEDdCIIaiEQICQgCGohCANAIAhBGGorAwAgEEEYaisDAKIgCEEQaisDACAQQRBqKwMAoiAIQQhqKwMAIBBBCGorAwCiIAgrAwAgECsDAKIgN6CgoKAhNyAQQSBqIRAgCEEgaiEIIBJBfGoiEg0ACwsgNyA4oiI3/RQhPEEAIQhBAiEOIEEhEiAlITEgNiEuA0AgLSAIQQN0IhBqIgggCP0AAAAgPCAMIBBq/QAAAP3yAf3wAf0LAAAgEiIzQX5qIRIgMSIyQRBqITEgLiI1QRBqIS4gDiIQIQggEEECaiIOIA9MDQALAkAgDyAQTA0AAkAgDyAQayIxQQJJDQAgMUF+cSIuQX5qIghBAXZBAWpBAXEhRAJAAkAgCA0AQQAhCAwBCyAzQX5xQX5qQQF2QQFqQX5xIQ5BACEIA0AgNSA8IDL9AAMA/fIBIDX9AAMA/fAB/QsDACA1QRBqIhIgPCAyQRBq/QADAP3yASAS/QADAP3wAf0LAwAgMkEgaiEyIDVBIGohNSAIQQRqIQggDkF+aiIODQALCwJAIERFDQAgLSAQIAhqQQN0IghqIg4gPCAMIAhq/QADAP3yASAO/QADAP3wAf0LAwALIDEgLkYNASAQIC5qIRALIA8gEGshDiAkIBBBA3QiEGohCCA7IBBqIRADQCAQIDcgCCsDAKIgECsDAKA5AwAgCEEIaiEIIBBBCGohECAOQX9qIg4NAAsLIDYgH2ohNiA7IB9qITsgQ0EBaiJDID9HDQALCwJAAkAgMEQAAAAAAAAAAGENACAPQQFIDQFBACExAkACQCAPQQFGIkUNACAPQX5xIjFBfmoiEEEBdkEBaiISQQdxIQhBACEOAkAgEEEOSQ0AIBJBeHEhEkEAIQ4gEyEQA0AgEP0MAAAAAAAAAAAAAAAAAAAAACI8/QsDACAQQTBqIDz9CwMAIBBBIGogPP0LAwAgEEEQaiA8/QsDACAQQXBqIDz9CwMAIBBBYGogPP0LAwAgEEFQaiA8/QsDACAQQUBqIDz9CwMAIBBBgAFqIRAgDkEQaiEOIBJBeGoiEg0ACwsCQCAIRQ0AICIgDkEDdGohEANAIBD9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIBBBEGohECAIQX9qIggNAAsLIA8gMUYNAQsgDyAxayEIICIgMUEDdGohEANAIBBCADcDACAQQQhqIRAgCEF/aiIIDQALC0EAIT8gESFEIA0hLSAPIUEgDyFAIAIgAyArbEEDdGoiCCEOIAwhMwNAID9BA3QhNiA/QX9zITv9DAAAAAAAAAAAAAAAAAAAAAAhPAJAAkAgDyA/ayI1QQJODQBBACEuDAELQQAhECAOIRIgMyExA0AgPCAS/QAAACAx/QAAAP3yAf3wASE8IBBBBGohMiASQRBqIRIgMUEQaiExIBBBAmoiLiEQIDIgNUwNAAsLIAwgNmohMiAPIDtqITsgPP0hACA8/SEBoCE3AkAgLiA1Tg0AIDsgLmshMQJAIA8gPyAuamtBA3FFDQAgLkEDdCEQIEAgLmtBA3EhEgNAIA4gEGorAwAgMyAQaisDAKIgN6AhNyAQQQhqIRAgLkEBaiEuIBJBf2oiEg0ACwsgMUEDSQ0AIC5BA3QhECBBIC5rIS4DQCAOIBBqIhJBGGorAwAgMyAQaiIxQRhqKwMAoiASQRBqKwMAIDFBEGorAwCiIBJBCGorAwAgMUEIaisDAKIgEisDACAxKwMAoiA3oKCgoCE3IBBBIGohECAuQXxqIi4NAAsLIA0gNmoiQiA3IEIrAwCgOQMAIDVBf2ohNiAyKwMAITdBACExAkAgNUEDSA0AIDL9CgMAITxBACESQQghEANAIC0gEGoiMSAx/QAAACA8IA4gEGr9AAAA/fIB/fAB/QsAACAQQRBqIRAgEkEEaiEuIBJBAmoiMSESIC4gNUgNAAsLAkAgMSA2Tg0AAkAgOyAxayJGQQJJDQAgRkF+cSJHQX5qIhBBAXZBAWpBAXEhSCA3/RQhPAJAAkAgEA0AQQAhNQwBCyAxQQN0ITIgNCAxa0F+cUF+akEBdkEBakF+cSE2QQAhNSAOIRAgRCESA0AgEiAyaiIuQXBqIjsgPCAQIDJqIkNBCGr9AAMA/fIBIDv9AAMA/fAB/QsDACAuIDwgQ0EYav0AAwD98gEgLv0AAwD98AH9CwMAIBBBIGohECASQSBqIRIgNUEEaiE1IDZBfmoiNg0ACwsCQCBIRQ0AIEJBCGogMSA1akEDdCIQaiISIDwgAiA/ICtqIANsQQN0akEIaiAQav0AAwD98gEgEv0AAwD98AH9CwMACyBGIEdGDQEgMSBHaiExCyAxQQN0QQhqIRADQCAtIBBqIhIgNyAOIBBqKwMAoiASKwMAoDkDACAQQQhqIRAgNCAxQQFqIjFHDQALCyA0QX9qITQgREEIaiFEIC1BCGohLSBBQX9qIUEgQEEDaiFAIA4gHmohDiAzQQhqITMgP0EBaiI/IA9HDQALIA9BAXEhNQJAAkAgRUUNAEQAAAAAAAAAACE3QQAhEgwBCyAPQX5xIS5EAAAAAAAAAAAhN0EAIRIgDCEOIA0hEANAIBAgMCAQKwMAoiI4OQMAIBBBCGoiMSAwIDErAwCiIjk5AwAgDkEIaisDACA5oiAOKwMAIDiiIDegoCE3IA5BEGohDiAQQRBqIRAgLiASQQJqIhJHDQALCwJAIDVFDQAgDSASQQN0IhBqIg4gMCAOKwMAoiI4OQMAIAwgEGorAwAgOKIgN6AhNwsgMEQAAAAAAADgv6IgN6IhN0EAITUCQAJAIA9BAkkNACAPQX5xIjVBfmoiEEEBdkEBaiIOQQFxITIgN/0UITwCQAJAIBANAEEAIRIMAQsgDkF+cSExQQAhEiANIRAgDCEOA0AgECA8IA79AAMA/fIBIBD9AAMA/fAB/QsDACAQQRBqIi4gPCAOQRBq/QADAP3yASAu/QADAP3wAf0LAwAgEEEgaiEQIA5BIGohDiASQQRqIRIgMUF+aiIxDQALCwJAIDJFDQAgDSASQQN0IhBqIg4gPCAMIBBq/QADAP3yASAO/QADAP3wAf0LAwALIA8gNUYNAQsgDyA1ayESICQgNUEDdCIQaiEOICIgEGohEANAIBAgNyAOKwMAoiAQKwMAoDkDACAOQQhqIQ4gEEEIaiEQIBJBf2oiEg0ACwtBACE2IA0hLiAPIS0gDCEzA0AgNiAraiADbEEDdCE0IA0gNkEDdCI7aiJAKwMAmiI3/RQhPEEAITECQCAPIDZrIjVBAkgiQw0AQQAhDiAIIRAgMyESA0AgECAQ/QAAACA8IBL9AAAA/fIB/fAB/QsAACAQQRBqIRAgEkEQaiESIA5BBGohMiAOQQJqIjEhDiAyIDVMDQALCyAMIDtqITsgAiA0aiE/AkAgMSA1Tg0AAkAgDyA2IDFqayJBQQJJDQAgQUF+cSJEQX5qIhBBAXZBAWpBAXEhQgJAAkAgEA0AQQAhEgwBCyAxQQN0IRAgLSAxa0F+cUF+akEBdkEBakF+cSEyQQAhEgNAIAggEGoiDiA8IDMgEGoiNP0AAwD98gEgDv0AAwD98AH9CwMAIA5BEGoiDiA8IDRBEGr9AAMA/fIBIA79AAMA/fAB/QsDACAQQSBqIRAgEkEEaiESIDJBfmoiMg0ACwsCQCBCRQ0AID8gMSASakEDdCIQaiIOIDwgOyAQav0AAwD98gEgDv0AAwD98AH9CwMACyBBIERGDQEgMSBEaiExCyAxQQN0IRADQCAIIBBqIg4gNyAzIBBqKwMAoiAOKwMAoDkDACAQQQhqIRAgLSAxQQFqIjFHDQALCyA7KwMAmiI3/RQhPEEAIRICQCBDDQBBACEQQQAhDgNAIAggEGoiEiAS/QAAACA8IC4gEGr9AAAA/fIB/fAB/QsAACAQQRBqIRAgDkEEaiExIA5BAmoiEiEOIDEgNUwNAAsLAkAgEiA1Tg0AAkAgDyA2IBJqayI0QQJJDQAgNEF+cSI7QX5qIhBBAXZBAWpBAXEhQwJAAkAgEA0AQQAhMQwBCyASQQN0IRAgLSASa0F+cUF+akEBdkEBakF+cSE1QQAhMQNAIAggEGoiDiA8IC4gEGoiMv0AAwD98gEgDv0AAwD98AH9CwMAIA5BEGoiDiA8IDJBEGr9AAMA/fIBIA79AAMA/fAB/QsDACAQQSBqIRAgMUEEaiExIDVBfmoiNQ0ACwsCQCBDRQ0AID8gEiAxakEDdCIQaiIOIDwgQCAQav0AAwD98gEgDv0AAwD98AH9CwMACyA0IDtGDQEgEiA7aiESCyASQQN0IRADQCAIIBBqIg4gNyAuIBBqKwMAoiAOKwMAoDkDACAQQQhqIRAgLSASQQFqIhJHDQALCyAuQQhqIS4gLUF/aiEtIAggHmohCCAzQQhqITMgNkEBaiI2IA9HDQALCyAPQQFIDQAgCkKAgICAgICA+D83AwAgD0EBRg0AQQEhEAJAIA9Bf2oiNUECSQ0AIDVBfnEiMkF+aiIIQQF2QQFqIg5BA3EhMUEAIRACQCAIQQZJDQAgDkF8cSEuQQAhECAEIQgDQCAIIAlqIg5BCGogCCAUaiISQQhq/QADAP0LAwAgDkEYaiASQRhq/QADAP0LAwAgDkEoaiASQShq/QADAP0LAwAgDkE4aiASQThq/QADAP0LAwAgCEHAAGohCCAQQQhqIRAgLkF8aiIuDQALCwJAIDFFDQADQCAKIBBBA3RBCHIiCGogDCAIav0AAwD9CwMAIBBBAmohECAxQX9qIjENAAsLIDUgMkYNASA1QQFyIRALIA8gEGshDiAkIBBBA3QiCGohECAgIAhqIQgDQCAIIBArAwA5AwAgEEEIaiEQIAhBCGohCCAOQX9qIg4NAAsLICkgPkEBaiI+/hcCACABIAAgKyAPaiIQayIIIAggAUobIghBAEoNAAsLICwNACAq/hACACIQQf////8HRg0AQQAhDwNAAkACQCAPQaAfTg0AIA9BAWohDwwBCyAqIBBCoJwB/gECABpBACEPCyAq/hACACIQQf////8HRw0ACwsgKUH/////B/4XAgAgJyAHayEnIChBAWohKCAGIAdqIgYgAEgNAAsLC/oJAQp/AkAgAEEBSA0AQQAhBQJAAkAgAEEBRg0AIAJBAUcNAAJAIAEgAEEDdCIGaiADTQ0AIAMgBmogAUsNAQsgAEF+cSIFQX5qIgZBAXZBAWoiB0EDcSEIQQAhCQJAIAZBBkkNACACQTBsIQogAkEEdCELIANBIGohBiACQQZ0IQwgAkEFdCENIAdBfHEhDkEAIQkgASEHA0AgBkFgaiAH/QADAP0LAwAgBkFwaiAHIAtq/QADAP0LAwAgBiAHIA1q/QADAP0LAwAgBkEQaiAHIApq/QADAP0LAwAgBkHAAGohBiAHIAxqIQcgCUEIaiEJIA5BfGoiDg0ACwsCQCAIRQ0AIAJBBHQhDiADIAlBA3RqIQYgASAJIAJsQQN0aiEHA0AgBiAH/QADAP0LAwAgByAOaiEHIAZBEGohBiAIQX9qIggNAAsLIAUgAEYNAQsgBUF/cyAAaiEOAkAgACAFa0EDcSIIRQ0AIAJBA3QhCSADIAVBA3RqIQYgASAFIAJsQQN0aiEHA0AgBiAHKwMAOQMAIAcgCWohByAGQQhqIQYgBUEBaiEFIAhBf2oiCA0ACwsgDkEDSQ0AIAJBBXQhCSAAIAVrIQggBSACbEEDdCEOIAIgBUEBamxBA3QhCiACIAVBAmpsQQN0IQsgAiAFQQNqIgZsQQN0IQUgAyAGQQN0aiEGIAEhBwNAIAZBaGogByAOaisDADkDACAGQXBqIAcgCmorAwA5AwAgBkF4aiAHIAtqKwMAOQMAIAYgByAFaisDADkDACAHIAlqIQcgBkEgaiEGIAhBfGoiCA0ACwsCQCAAQQJIDQBBACEGAkACQCAAQX9qIgNBAk8NAEEBIQcMAQtBASEHAkAgAkEBRg0AQQEhBwwBCwJAIAEgAEEDdCIFaiAETQ0AIAFBCGogBSAEakF4akkNAQsgA0F+cSIGQX5qIgdBAXZBAWoiDkEDcSEIQQAhCQJAIAdBBkkNACACQTBsIQogAkEEdCELIARBIGohByACQQZ0IQwgAUEIaiEFIAJBBXQhDSAOQXxxIQ5BACEJA0AgB0FgaiAF/QADAP0LAwAgB0FwaiAFIAtq/QADAP0LAwAgByAFIA1q/QADAP0LAwAgB0EQaiAFIApq/QADAP0LAwAgB0HAAGohByAFIAxqIQUgCUEIaiEJIA5BfGoiDg0ACwsCQCAIRQ0AIAJBAXQhDiAJIAJsIQcgBCAJQQN0aiEFA0AgBSABIAdBA3RBCHJq/QADAP0LAwAgByAOaiEHIAVBEGohBSAIQX9qIggNAAsLIAMgBkYNASADQQFyIQcLIAdBf3MgAGohCAJAIAAgB2tBA3EiBUUNAANAIAQgBkEDdGogBiACbEEDdCABakEIaisDADkDACAHIgZBAWohByAGIQYgBUF/aiIFDQALIAdBf2ohBgsgCEEDSQ0AIAJBBXQhCSABQQhqIQUgByACbEEDdCEOIAIgB0EBamxBA3QhCiACIAdBAmoiCGxBA3QhCyAEIAhBA3RqIQgDQCAEIAZBA3RqIAYgAmxBA3QgAWpBCGorAwA5AwAgCEFwaiAFIA5qKwMAOQMAIAhBeGogBSAKaisDADkDACAIIAUgC2orAwA5AwAgBSAJaiEFIAhBIGohCCAHQQNqIQYgACAHQQRqIgdHDQALCyAAQQBMDQAgAEEDdCAEakF4akIANwMACwv5GxIEfwF8An8EfAF/AXsLfwJ8An8BfBd/BXwGfwN8Bn8DewJ/AXsCQAJAIABBAU4NAEEAIQUMAQsgAEEDcSEGAkACQCAAQX9qIgdBA08NAEEAIQhEAAAAAAAAAAAhCQwBCyAAQXxxIQpBACEIRAAAAAAAAAAAIQkgASELA0AgC0EYaisDAJkiDCALQRBqKwMAmSINIAtBCGorAwCZIg4gCysDAJkiDyAJIA8gCWQbIg8gDiAPZBsiDiANIA5kGyINIAwgDWQbIQkgC0EgaiELIAogCEEEaiIIRw0ACwsCQCAGRQ0AIAEgCEEDdGohCwNAIAsrAwCZIgwgCSAMIAlkGyEJIAtBCGohCyAGQX9qIgYNAAsLQQAhBQJAAkAgAEECTg0AQQAhBwwBCyAHQQNxIQgCQAJAIABBfmpBA08NAEEAIQZBASELDAELIAdBfHEhCkEAIQYgAiELA0AgC0EYaisDAJkiDCALQRBqKwMAmSINIAtBCGorAwCZIg4gCysDAJkiDyAJIA8gCWQbIg8gDiAPZBsiDiANIA5kGyINIAwgDWQbIQkgC0EgaiELIAogBkEEaiIGRw0ACyAGQQFqIQsLIABBAUohByAIRQ0AA0AgAiAGQQN0aisDAJkiDCAJIAwgCWQbIQkgCyIGQQFqIQsgBiEGIAhBf2oiCA0ACwsgCUQAAAAAAAAAAGENAEQAAAAAAADwPyAJoyEMAkAgAEEBSA0AQQAhEAJAIABBAUYNACAAQX5xIhBBfmoiC0EBdkEBaiIKQQNxIQYgDP0UIRFBACEIAkAgC0EGSQ0AIApBfHEhCkEAIQggASELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIgUgESAF/QADAP3yAf0LAwAgC0EgaiIFIBEgBf0AAwD98gH9CwMAIAtBMGoiBSARIAX9AAMA/fIB/QsDACALQcAAaiELIAhBCGohCCAKQXxqIgoNAAsLAkAgBkUNACABIAhBA3RqIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGohCyAGQX9qIgYNAAsLIBAgAEYNAQsgACAQayEGIAEgEEEDdGohCwNAIAsgDCALKwMAojkDACALQQhqIQsgBkF/aiIGDQALCwJAIAdFDQBBACEGQQEhCwJAIABBf2oiEEECSQ0AIBBBfnEiBkF+aiILQQF2QQFqIgVBA3EhCCAM/RQhEUEAIQoCQCALQQZJDQAgBUF8cSEFQQAhCiACIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGoiByARIAf9AAMA/fIB/QsDACALQSBqIgcgESAH/QADAP3yAf0LAwAgC0EwaiIHIBEgB/0AAwD98gH9CwMAIAtBwABqIQsgCkEIaiEKIAVBfGoiBQ0ACwsCQCAIRQ0AIAIgCkEDdGohCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiELIAhBf2oiCA0ACwsgECAGRg0BIBBBAXIhCwsDQCACIAZBA3RqIgYgDCAGKwMAojkDACALIgshBiAAIAtBAWoiC0cNAAsLQQAhBQJAIABBAkgNACACIABBf2oiEkEDdGpCADcDACADQRBqIRMgAUEQaiEUIAFBIGohFSACQQhqIRZBACEXQQAgAGshGCAAQX5qIRlBACAEQQN0IhprIRtBASEcRAAAAAAAAAAAIR1EAAAAAAAAAAAhHgJAA0AgASAXQQN0IgZqIh8rAwAiDpkgAiAGaiIgKwMAIgyZIg+gIg0gHiANIB5kGyEeAkACQAJAIBcgEk4NACAPIB5EAAAAAAAAsDyiIiFlDQAgFiAGaiELIBchIgJAA0ACQCAZICJHDQAgEiEiDAILICJBAWohIiALKwMAIQ0gC0EIaiELIA2ZICFlRQ0ACwsgIiAXSw0BCyAXQQFqIRcMAQsgF0ECaiIjIBkgF2siJEF+cSIlaiEmIBUgBmohJyAiIARsIiggAGohKSABICJBA3RqISogAyAoQQN0IgtqISsgEyALaiEsICJBf2ogBGwiLSAAaiEuIAIgF0EBaiIvQQN0IgtqITAgASALaiExIAMgLUEDdCILaiEyIBMgC2ohMyAkQX5qIjRBAXZBAWoiC0F8cSE1IAtBA3EiNkEEdCE3QQAhCwNAIAsiOEE8Rg0DIB8gDCAxKwMAIA6hIAwgDKCjIg0gDSANokQAAAAAAADwP6CfIg+aIA8gDUQAAAAAAAAAAGMboCINoyIMOQMAIDEgICsDACANoiI5OQMAIA4gDKEhOgJAICMgAE4NACAjIQsCQCAkQQJJDQAgOv0UIRFBACEGAkAgNEEGSQ0AQQAhBiA1IQggJyELA0AgCyAL/QADACAR/fEB/QsDACALQXBqIgogCv0AAwAgEf3xAf0LAwAgC0EQaiIKIAr9AAMAIBH98QH9CwMAIAtBIGoiCiAK/QADACAR/fEB/QsDACALQcAAaiELIAZBCGohBiAIQXxqIggNAAsLAkAgNkUNACAUIBcgBmpBA3RqIQsgNyEGA0AgCyAL/QADACAR/fEB/QsDACALQRBqIQsgBkFwaiIGDQALCyAmIQsgJCAlRg0BCyAAIAtrIQYgASALQQN0aiELA0AgCyALKwMAIDqhOQMAIAtBCGohCyAGQX9qIgYNAAsLIDArAwAhOwJAAkAgIiAXSg0ARAAAAAAAAAAAIQ1EAAAAAAAA8D8hDEQAAAAAAADwPyE8RAAAAAAAAAAAIT0MAQsgKisDACEORAAAAAAAAPA/IQ9EAAAAAAAAAAAhDUEAIT4gMiE/ICshQCAsIUEgMyFCICIhQ0QAAAAAAADwPyEMA0AgDCFEIA8hPCACIENBA3QiC2ogDSI9IA4gDqIgAiBDQX9qIkNBA3QiBmorAwAiDyAPoqCfIgyiOQMAIAEgC2ogDyAMoyINIA4gDKMiDCBEIA+iIg+iIA0gASAGaisDACJFoqCiIEQgDqKgOQMAIA8gDaIhRiAMIEWiIUUCQCADRQ0AIA2aIQ4gAyAuID4gBGwiC2tBA3RqIUcgAyAtIAtrQQN0aiFIIAMgKSALa0EDdGohSSADICggC2tBA3RqIUogAyBDIARsQQN0aiJLIBpqIUwgDP0UIREgDf0UIU1BACEGQQIhCCAZIQogQSEFIEIhBwNAIEwgBkEDdCILaiIGIBEgBv0AAAAiTv3yASBNIEsgC2oiC/0AAAAiT/3yAf3wAf0LAAAgCyARIE/98gEgTSBO/fIB/fEB/QsAACAKIlBBfmohCiAFIhBBEGohBSAHIlFBEGohByAIIgshBiALQQJqIgggAEwNAAsgCyAATg0AAkAgACALayIHQQJJDQACQCBKIAtBA3QiBmogR08NACBIIAZqIElJDQELIAdBfnEiR0F+aiIGQQF2QQFqQQFxIUogDv0UIU4CQAJAIAYNAEEAIQYMAQsgUEF+cUF+akEBdkEBakF+cSEIQQAhBgNAIBAgTSBR/QADACJP/fIBIBEgEP0AAwAiUv3yAf3wAf0LAwAgUSARIE/98gEgUiBO/fIB/fAB/QsDACAQQRBqIgogTSBRQRBqIgX9AAMAIk/98gEgESAK/QADACJS/fIB/fAB/QsDACAFIBEgT/3yASBSIE798gH98AH9CwMAIBBBIGohECBRQSBqIVEgBkEEaiEGIAhBfmoiCA0ACwsCQCBKRQ0AIEwgCyAGakEDdCIGaiIIIE0gSyAGaiIG/QADACJP/fIBIBEgCP0AAwAiTf3yAf3wAf0LAwAgBiARIE/98gEgTSBO/fIB/fAB/QsDAAsgByBHRg0BIAsgR2ohCwsgC0F/cyEGAkAgACALa0EBcUUNACBMIAtBA3QiCGoiCiANIEsgCGoiCCsDAKIgDCAKKwMAIg+ioDkDACAIIAwgCCsDAKIgDyAOoqA5AwAgC0EBaiELCyAGIBhGDQAgACALayEKID8gC0EDdCIGaiELIEAgBmohBgNAIAYgDSALKwMAoiAMIAYrAwAiD6KgOQMAIAsgDCALKwMAoiAPIA6ioDkDACAGQQhqIgUgDSALQQhqIggrAwCiIAwgBSsDACIPoqA5AwAgCCAMIAgrAwCiIA8gDqKgOQMAIAtBEGohCyAGQRBqIQYgCkF+aiIKDQALCyBFIEahIQ4gPyAbaiE/IEAgG2ohQCBBIBtqIUEgQiAbaiFCID5BAWohPiBEIQ8gQyAXSg0ACwsgOEEBaiELIB0gOqAhHSAgIA0gICsDACA7IDwgPSANmqKioqIgOaMiDqI5AwAgHyAMIA6iIg45AwAgICsDACIMmSAhZA0ACyAvIRcgOEE7Sw0CCyAfIA4gHaA5AwAgIEIANwMAIBcgAEghHCAXIABHDQALC0EAIBxBAXFrIQULIABBAUgNAEEAIRACQCAAQQFGDQAgAEF+cSIQQX5qIgtBAXZBAWoiCkEDcSEGIAn9FCERQQAhCAJAIAtBBkkNACAKQXxxIQpBACEIIAEhCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiIHIBEgB/0AAwD98gH9CwMAIAtBIGoiByARIAf9AAMA/fIB/QsDACALQTBqIgcgESAH/QADAP3yAf0LAwAgC0HAAGohCyAIQQhqIQggCkF8aiIKDQALCwJAIAZFDQAgASAIQQN0aiELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIQsgBkF/aiIGDQALCyAQIABGDQELIAAgEGshBiABIBBBA3RqIQsDQCALIAkgCysDAKI5AwAgC0EIaiELIAZBf2oiBg0ACwsgBQv6ZgsffwJ8BH8BfAJ/A3wBfwF7EX8Dewp/IAUgAEEFdGohBiAFIABBBHRqIQcgBSAAQQN0IghqIQkgAEEFbCEKIAUgAEEDbEEDdCILaiEMAkAgAEEDSA0AIAFBEGohDUEBIABrIQ4gAUEYaiEPIAFBCGohECAAQX5qIREgAUEoaiESIAFBIGohEyABQTBqIRQgAEF/aiEVIAhBCGohFiAAQXxqIRcgBSALaiEYIAUgAEECdCIZQQN0aiIaQQhqIRtBACEcIABBfWoiHSEeIAAhH0EAISBBACEhQQAhIgNAIBAgIiAAbEEDdGogIkEDdCIjaiEkICJBf3MgAGohCwJAAkAgIEUNACAHICNqKwMAISUMAQsgJCsDACEmRAAAAAAAAAAAISUCQCALQQJIDQAgESAiayInQQNxISgCQAJAIB0gImsiKUEDTw0AQQEhKkQAAAAAAAAAACErDAELICdBfHEhLCASIBYgImxqISpBACEtRAAAAAAAAAAAISsDQCAqKwMAmSIlICpBeGorAwCZIi4gKkFwaisDAJkiLyAqQWhqKwMAmSIwICsgMCArZBsiKyAvICtkGyIrIC4gK2QbIisgJSArZBshKyAqQSBqISogLCAtQQRqIi1HDQALIC1BAWohKgsCQCAoRQ0AIBAgKkEDdGogFiAibGohKgNAICorAwCZIiUgKyAlICtkGyErICpBCGohKiAoQX9qIigNAAsLRAAAAAAAAAAAISUgK0QAAAAAAAAAAGENAEEBISogJ0EBcSEsAkACQCApDQBEAAAAAAAAAAAhJQwBCyAnQX5xIS0gDyAWICJsaiEqQQAhKEQAAAAAAAAAACElA0AgKisDACAroyIuIC6iICpBeGorAwAgK6MiLiAuoiAloKAhJSAqQRBqISogLSAoQQJqIihHDQALIChBAWohKgsCQCAsRQ0AICQgKkEDdGorAwAgK6MiLiAuoiAloCElC0QAAAAAAAAAACEuRAAAAAAAAPA/RAAAAAAAAPC/ICZEAAAAAAAAAABmG5ohLwJAICsgJZ+imSIrICaZIiUgJSArYyIqGyIwRAAAAAAAAAAAYQ0AIDAgJSArICobIDCjIisgK6JEAAAAAAAA8D+gn6IhLgsgLiAvoiIuICahIC6jISVEAAAAAAAA8D8gJiAuoaMhK0EBISgCQAJAICdBAkkNACAnQX5xIjFBfmoiKkEBdkEBaiIsQQNxIS0gK/0UITJBACEoAkAgKkEGSQ0AICxBfHEhLCATIBYgImxqISpBACEoA0AgKiAyICr9AAMA/fIB/QsDACAqQXBqIikgMiAp/QADAP3yAf0LAwAgKkEQaiIpIDIgKf0AAwD98gH9CwMAICpBIGoiKSAyICn9AAMA/fIB/QsDACAqQcAAaiEqIChBCGohKCAsQXxqIiwNAAsLAkAgLUUNAANAICQgKEEDdEEIcmoiKiAyICr9AAMA/fIB/QsDACAoQQJqISggLUF/aiItDQALCyAnIDFGDQEgJ0EBciEoCyAQIChBA3RqIBYgImxqISogFSAoayAiayEoA0AgKiArICorAwCiOQMAICpBCGohKiAoQX9qIigNAAsLIC4hJgsgCSAjaiAmOQMAICRCgICAgICAgPg/NwMAIAcgI2ogJTkDAAsgH0F/aiEzAkACQCAlRAAAAAAAAAAAYg0AICJBAWohIkEAISFBACEgDAELAkAgIQ0AIAtBAUgNACAOICJqITQgASAWICJsaiE1IAEgIiAAICJBAWpsakEDdCIqaiE2IBAgKmohJ0EAITEDQP0MAAAAAAAAAAAAAAAAAAAAACEyAkACQCALQQJPDQBBACEsDAELQQAhKiAnISggJCEtA0AgMiAo/QAAACAt/QAAAP3yAf3wASEyICpBBGohISAoQRBqISggLUEQaiEtICpBAmoiLCEqICEgC0wNAAsLIDL9IQAgMv0hAaAhKwJAICwgC04NACARICIgLGoiKmshLQJAIBUgKmtBA3EiKEUNACAsQQN0ISoDQCAnICpqKwMAICQgKmorAwCiICugISsgKkEIaiEqICxBAWohLCAoQX9qIigNAAsLIC1BA0kNACAsQQN0ISEgNCAsaiEpIDYhLSA1ISwDQCAtICFqIipBIGorAwAgLCAhaiIoQSBqKwMAoiAqQRhqKwMAIChBGGorAwCiICpBEGorAwAgKEEQaisDAKIgKkEIaisDACAoQQhqKwMAoiAroKCgoCErIC1BIGohLSAsQSBqISwgKUEEaiIpDQALCyAMIDFBA3RqICUgK6I5AwAgNiAIaiE2ICcgCGohJyAxQQFqIjEgM0cNAAsLAkACQCALQQJIIjdFDQBBACEs/QwAAAAAAAAAAAAAAAAAAAAAITIMAQv9DAAAAAAAAAAAAAAAAAAAAAAhMkEAISogJCEoIAwhLQNAIDIgKP0AAAAgLf0AAAD98gH98AEhMiAqQQRqISEgKEEQaiEoIC1BEGohLSAqQQJqIiwhKiAhIAtMDQALCyAy/SEAIDL9IQGgISsCQCAsIAtODQAgESAiICxqayEhAkAgCyAsa0EDcSItRQ0AIBAgLEEDdCIoaiAWICJsaiEqIBggKGohKANAICxBAWohLCAqKwMAICgrAwCiICugISsgKkEIaiEqIChBCGohKCAtQX9qIi0NAAsLICFBA0kNACAsQQN0ISEgASAWICJsaiEtIA4gLGogImohKSAMISwDQCAtICFqIipBIGorAwAgLCAhaiIoQRhqKwMAoiAqQRhqKwMAIChBEGorAwCiICpBEGorAwAgKEEIaisDAKIgKkEIaisDACAoKwMAoiAroKCgoCErICxBIGohLCAtQSBqIS0gKUEEaiIpDQALCwJAIAtBAUgNACAlRAAAAAAAAOC/oiAroiErQQAhLQJAIBUgHGsiMUECSQ0AIAYgBSAZIBxBf3MiKmpBA3RqSSAMIAUgCiAqakEDdGoiKklxDQAgASAfQQN0aiAWICJsIixqIAZLICQgKklxDQAgMUF+aiIqQQF2QQFqQQFxITYgK/0UITJBACEoAkAgKkECSQ0AIB5BAXZBAWpBfnEhLSABICxqISdBACEqQQAhKANAIAYgKmoiLCAyICcgKmoiIUEIav0AAwD98gEgDCAqaiIp/QADAP3wAf0LAwAgLEEQaiAyICFBGGr9AAMA/fIBIClBEGr9AAMA/fAB/QsDACAqQSBqISogKEEEaiEoIC1BfmoiLQ0ACwsgMUF+cSEtAkAgNkUNACAGIChBA3QiKmogMiAkICpq/QADAP3yASAMICpq/QADAP3wAf0LAwALIDEgLUYNAQsgHCAtaiEqAkAgMUEBcUUNACAGIC1BA3QiKGogKyAkIChqKwMAoiAMIChqKwMAoDkDACAtQQFyIS0LIBEgKkYNACANIC1BA3QiIWogFiAibGohKiAtQQFqISwgGiAhaiEoIBggIWohLQNAICggKyAqQXhqKwMAoiAtKwMAoDkDACAoQQhqICsgKisDAKIgLUEIaisDAKA5AwAgKEEQaiEoICpBEGohKiAtQRBqIS0gHyAsQQJqIixHDQALCyAQICJBAWoiOCAAbCI0QQN0aiAjaiEfICQrAwCaIiv9FCEyQQAhIQJAIDcNAEEAISggHyEqIAYhLQNAICogKv0AAAAgMiAt/QAAAP3yAf3wAf0LAAAgKkEQaiEqIC1BEGohLSAoQQRqISwgKEECaiIhISggLCALTA0ACwsCQCAhIAtODQACQCAVICIgIWoiKmsiJ0ECSQ0AICdBfnEiMUF+aiIoQQF2QQFqIi1BAXEhNgJAAkAgKA0AQQAhLQwBCyAtQX5xISwgGiAhQQN0aiEoIA8gKiA0akEDdGohKkEAIS0DQCAqQXBqIikgMiAo/QADAP3yASAp/QADAP3wAf0LAwAgKiAyIChBEGr9AAMA/fIBICr9AAMA/fAB/QsDACAoQSBqISggKkEgaiEqIC1BBGohLSAsQX5qIiwNAAsLAkAgNkUNACAfICEgLWpBA3QiKmoiKCAyIAYgKmr9AAMA/fIBICj9AAMA/fAB/QsDAAsgJyAxRg0BICEgMWohIQsgGiAhQQN0aiEoIA4gIWogImohLSAQICEgImogNGpBA3RqISoDQCAqICsgKCsDAKIgKisDAKA5AwAgKEEIaiEoICpBCGohKiAtQQFqIiwgLU8hISAsIS0gIQ0ACwsgBisDAJoiK/0UITJBACEhAkAgNw0AQQAhKCAfISogJCEtA0AgKiAq/QAAACAyIC39AAAA/fIB/fAB/QsAACAqQRBqISogLUEQaiEtIChBBGohLCAoQQJqIiEhKCAsIAtMDQALCwJAICEgC04NAAJAIAsgIWsiNUECSQ0AIDVBfnEiOUF+aiIqQQF2QQFqIihBAXEhOgJAAkAgKg0AQQAhLQwBCyAhQQN0ISwgKEF+cSEpIAEgFiAibGohKiABICIgNGpBA3RqIShBACEtA0AgKCAsaiInQQhqIjEgMiAqICxqIjZBCGr9AAMA/fIBIDH9AAMA/fAB/QsDACAnQRhqIicgMiA2QRhq/QADAP3yASAn/QADAP3wAf0LAwAgKkEgaiEqIChBIGohKCAtQQRqIS0gKUF+aiIpDQALCwJAIDpFDQAgHyAhIC1qQQN0IipqIiggMiAkICpq/QADAP3yASAo/QADAP3wAf0LAwALIDUgOUYNASAhIDlqISELIBAgIUEDdGogFiAibGohKCAOICFqICJqIS0gECAhICJqIDRqQQN0aiEqA0AgKiArICgrAwCiICorAwCgOQMAIChBCGohKCAqQQhqISogLUEBaiIsIC1PISEgLCEtICENAAsLIB9BCGohMQJAAkAgIkEDaiAASCI7DQBBACEgRAAAAAAAAAAAITAMAQsgMSsDACEmRAAAAAAAAAAAITACQCALQQNIDQAgHSAiayIpQQNxISgCQAJAIBcgImsiIUEDTw0AQQEhKkQAAAAAAAAAACErDAELIClBfHEhLCAUICIgNGpBA3RqISpBACEtRAAAAAAAAAAAISsDQCAqKwMAmSIlICpBeGorAwCZIi4gKkFwaisDAJkiLyAqQWhqKwMAmSIwICsgMCArZBsiKyAvICtkGyIrIC4gK2QbIisgJSArZBshKyAqQSBqISogLCAtQQRqIi1HDQALIC1BAWohKgsCQCAoRQ0AIA0gIiAqaiA0akEDdGohKgNAICorAwCZIiUgKyAlICtkGyErICpBCGohKiAoQX9qIigNAAsLRAAAAAAAAAAAITAgK0QAAAAAAAAAAGENAEEBISogKUEBcSEsAkACQCAhDQBEAAAAAAAAAAAhJQwBCyApQX5xIS0gEyAiIDRqQQN0aiEqQQAhKEQAAAAAAAAAACElA0AgKisDACAroyIuIC6iICpBeGorAwAgK6MiLiAuoiAloKAhJSAqQRBqISogLSAoQQJqIihHDQALIChBAWohKgsCQCAsRQ0AIDEgKkEDdGorAwAgK6MiLiAuoiAloCElC0QAAAAAAAAAACEuRAAAAAAAAPA/RAAAAAAAAPC/ICZEAAAAAAAAAABmG5ohLwJAICsgJZ+imSIrICaZIiUgJSArYyIqGyIwRAAAAAAAAAAAYQ0AIDAgJSArICobIDCjIisgK6JEAAAAAAAA8D+gn6IhLgsgLiAvoiIlICahICWjITBEAAAAAAAA8D8gJiAloaMhK0EBISoCQAJAIClBAkkNACApQX5xIidBfmoiKkEBdkEBaiIsQQNxIS0gK/0UITJBACEoAkAgKkEGSQ0AICxBfHEhLCASICIgNGpBA3RqISpBACEoA0AgKiAyICr9AAMA/fIB/QsDACAqQXBqIiEgMiAh/QADAP3yAf0LAwAgKkEQaiIhIDIgIf0AAwD98gH9CwMAICpBIGoiISAyICH9AAMA/fIB/QsDACAqQcAAaiEqIChBCGohKCAsQXxqIiwNAAsLAkAgLUUNAANAIDEgKEEDdEEIcmoiKiAyICr9AAMA/fIB/QsDACAoQQJqISggLUF/aiItDQALCyApICdGDQEgKUEBciEqCyARICprICJrISggDSAiICpqIDRqQQN0aiEqA0AgKiArICorAwCiOQMAICpBCGohKiAoQX9qIigNAAsLICUhJgsgCSA4QQN0IipqICY5AwAgMUKAgICAgICA+D83AwAgByAqaiAwOQMAQQEhIAsCQCA3DQAgOyAwRAAAAAAAAAAAYnEhPCAOICJqIT0gDSAWICJsIipqITYgASAqaiE+IBAgI2ohPyABICIgNGpBA3RqIR8gDyAiIAAgIkECamxqQQN0IipqIUAgASAqaiEpIBAgKmohKEEBITkDQCA/IDkgOGogAGxBA3RqITogBiA5QQN0IidqKwMAISUgJCAnaisDACErAkACQCA8DQAgK5oiK/0UITJBACEnAkAgNw0AQQAhLSAoISogBiEsA0AgKiAq/QAAACAyICz9AAAA/fIB/fAB/QsAACAqQRBqISogLEEQaiEsIC1BBGohISAtQQJqIichLSAhIAtMDQALCwJAICcgC04NAAJAIAsgJ2siNEECSQ0AIDRBfnEiNUF+aiIqQQF2QQFqIi1BAXEhQQJAAkAgKg0AQQAhLQwBCyAnQQN0ISogLUF+cSEsQQAhLQNAICkgKmoiIUEIaiIiIDIgBiAqaiIj/QADAP3yASAi/QADAP3wAf0LAwAgIUEYaiIhIDIgI0EQav0AAwD98gEgIf0AAwD98AH9CwMAICpBIGohKiAtQQRqIS0gLEF+aiIsDQALCwJAIEFFDQAgOiAnIC1qQQN0IipqIi0gMiAGICpq/QADAP3yASAt/QADAP3wAf0LAwALIDQgNUYNASAnIDVqIScLICdBA3QhKiA9ICdqIS0DQCAoICpqIiwgKyAGICpqKwMAoiAsKwMAoDkDACAqQQhqISogLUEBaiIsIC1PISEgLCEtICENAAsLICWaIiv9FCEyQQAhIQJAIDcNAEEAISpBACEtA0AgKCAqaiIsICz9AAAAIDIgJCAqav0AAAD98gH98AH9CwAAICpBEGohKiAtQQRqISwgLUECaiIhIS0gLCALTA0ACwsgISALTg0BAkAgCyAhayJBQQJJDQAgQUF+cSJCQX5qIipBAXZBAWoiLUEBcSFDAkACQCAqDQBBACEnDAELICFBA3QhIiAtQX5xISNBACEnID4hKiBAIS0DQCAtICJqIixBcGoiNCAyICogImoiNUEIav0AAwD98gEgNP0AAwD98AH9CwMAICwgMiA1QRhq/QADAP3yASAs/QADAP3wAf0LAwAgKkEgaiEqIC1BIGohLSAnQQRqIScgI0F+aiIjDQALCwJAIENFDQAgOiAhICdqQQN0IipqIi0gMiAkICpq/QADAP3yASAt/QADAP3wAf0LAwALIEEgQkYNAiAhIEJqISELICFBA3QhKiA9ICFqIS0DQCAoICpqIiwgKyAkICpqKwMAoiAsKwMAoDkDACAqQQhqISogLUEBaiIsIC1JISEgLCEtICFFDQAMAgsLIDogOisDACArIAYrAwCioSAlICQrAwCioTkDACAlmiEuICuaIS8CQAJAIAtBAkcNAP0MAAAAAAAAAAAAAAAAAAAAACEyQQEhLQwBCyAu/RQhRCAv/RQhRf0MAAAAAAAAAAAAAAAAAAAAACEyQQEhLEEAISoDQCApICpqQRBqIi0gLf0AAAAgRSAbICpq/QAAAP3yAf3wASBEIDYgKmr9AAAA/fIB/fABIkb9CwAAIDIgRiAxICpq/QAAAP3yAf3wASEyICpBEGohKiAsQQRqISEgLEECaiItISwgISALTA0ACwsgMv0hACAy/SEBoCErAkAgLSALTg0AIC1BA3QhKgNAICggKmoiLCAuICQgKmorAwCiIC8gBiAqaisDAKIgLCsDAKCgIiU5AwAgJSAfICpqQQhqKwMAoiAroCErICpBCGohKiAtQQFqIi0gC0gNAAsLICcgDGpBeGogMCArojkDAAsgQCAIaiFAICkgCGohKSAoIAhqISggOUEBaiI5IDNHDQALCyA7IDBEAAAAAAAAAABicSEhIDghIgsgHkF/aiEeIBxBAWohHCAzIR8gIiARRw0ACwtBACFAAkAgAEEBSA0AQQAhKAJAAkAgAEEBRg0AAkAgASABIABBf2ogAEEDdCIqQQhqbGoiCyALIAFJG0EIaiAFTQ0AIAEgCyALIAFLGyAFICpqSQ0BCyAAQX5xIihBfmoiC0EBdkEBaiIqQQFxISwgAP0RIUYCQAJAIAsNAP0MAAAAAAEAAAAAAAAAAAAAACEyQQAhKgwBCyAqQX5xIS39DAAAAAABAAAAAAAAAAAAAAAhMkEAISogBSELA0AgCyABIDIgRv21ASAy/a4BIkT9GwBBA3Rq/QoDACABIET9GwFBA3RqKwMA/SIB/QsDACALQRBqIAEgMv0MAgAAAAIAAAAAAAAAAAAAAP2uASJEIEb9tQEgRP2uASJE/RsAQQN0av0KAwAgASBE/RsBQQN0aisDAP0iAf0LAwAgC0EgaiELIDL9DAQAAAAEAAAAAAAAAAAAAAD9rgEhMiAqQQRqISogLUF+aiItDQALCwJAICxFDQAgBSAqQQN0aiABIDIgRv21ASAy/a4BIjL9GwBBA3Rq/QoDACABIDL9GwFBA3RqKwMA/SIB/QsDAAsgKCAARg0BCyAoQX9zIABqISQCQCAAIChrQQNxIi1FDQAgCEEIaiEsIAUgKEEDdGohCyABICggAEEBamxBA3RqISoDQCALICorAwA5AwAgKiAsaiEqIAtBCGohCyAoQQFqISggLUF/aiItDQALCyAkQQNJDQAgKEEDdCELIAAgKGshJyAAQQV0QSBqISogASAoIABBAWpsQQN0aiEtIAAgKEEBamxBA3QgAWpBCGohLCAAIChBAmpsQQN0IAFqQRBqISQgACAoQQNqbEEDdCABakEYaiEhIAUhKQNAICkgC2oiKCAtKwMAOQMAIChBCGogLCALaisDADkDACAoQRBqICQgC2orAwA5AwAgKEEYaiAhIAtqKwMAOQMAIC0gKmohLSAsICpqISwgJCAqaiEkICEgKmohISApQSBqISkgJ0F8aiInDQALCwJAAkACQCAAQQFKIgtFDQAgCSAAQX5qIipBA3QiKGogASAAQX9qIkAgAGwgKmpBA3RqKwMAOQMAIAcgKGpCADcDAAwBC0EAIUAgAEEBRw0BCyAJIEBBA3QiKmpCADcDACAHICpqQgA3AwAgCyFACyAAQQFIDQBBACEpAkAgAEEBRg0AIAYgA0sgDCADIABBA3RqIgtJcQ0AIAkgA0sgCyAFS3ENACAFIABBBHRqIgsgA0sgBSADSXENACAMIAlJIAYgBUtxDQAgDCALSSAJIAZJcQ0AIABBfnEiKUF+aiILQQF2QQFqIipBAXEhBgJAAkAgCw0AQQAhKgwBCyAqQX5xIShBACELQQAhKgNAIAMgC2oiLSAFIAtqIiz9AAMA/QsDACAMIAtqIiQgCSALaiIh/QADAP0LAwAgLUEQaiAsQRBq/QADAP0LAwAgJEEQaiAhQRBq/QADAP0LAwAgC0EgaiELICpBBGohKiAoQX5qIigNAAsLAkAgBkUNACADICpBA3QiC2ogBSALav0AAwD9CwMAIAwgC2ogCSALav0AAwD9CwMACyApIABGDQELIClBf3MhCwJAIABBAXFFDQAgAyApQQN0IipqIAUgKmorAwA5AwAgDCAqaiAJICpqKwMAOQMAIClBAXIhKQsgC0EAIABrRg0AIClBA3QhCyAAIClrISQgCSEqIAwhKCADIS0gBSEsA0AgLSALaiIhICwgC2oiBisDADkDACAoIAtqIikgKiALaiInKwMAOQMAICFBCGogBkEIaisDADkDACApQQhqICdBCGorAwA5AwAgKkEQaiEqIChBEGohKCAtQRBqIS0gLEEQaiEsICRBfmoiJA0ACwtBfyELAkAgACADIAxBAEEAEIiAgIAADQACQCBARQ0AIABBAXYhLANAAkAgLCIkQX9qIixBAXQiC0EBciIqIABODQAgLCEoA0ACQAJAIAtBAmoiLSAASA0AICohCwwBCyAqIQsgAyAtQQN0aisDACADICpBA3RqKwMAZEUNACAtIQsLIAMgKEEDdGoiKisDACIrIAMgC0EDdGoiKCsDACIlZg0BICogJTkDACAoICs5AwAgCyEoIAtBAXQiC0EBciIqIABIDQALCyAkQQFKDQALIAAhKANAIAMrAwAhKyADIAMgKCILQX9qIihBA3RqIiorAwA5AwAgKiArOQMAIAtBA0giJA0BQQAhC0EBISpBACEtA0ACQAJAIAtBAmoiLCAoSA0AICohCwwBCyAqIQsgAyAsQQN0aisDACADICpBA3RqKwMAZEUNACAsIQsLAkAgAyAtQQN0aiIqKwMAIisgAyALQQN0aiItKwMAIiVmDQAgKiAlOQMAIC0gKzkDACALIS0gC0EBdCILQQFyIiogKEgNAQsLICRFDQALC0QAAAAAAAAAACErAkAgAEEBSA0AIAUrAwCZIAkrAwCZoEQAAAAAAAAAAKAiK0QAAAAAAAAAACArRAAAAAAAAAAAZBshKyAAQQFGDQAgAEF/aiEqIAUhCwNAIAtBCGoiKCsDAJkgCyAIaiILQQhqKwMAmaAgCysDAJmgIiUgKyAlICtkGyErICghCyAqQX9qIioNAAsLAkAgAkEBSA0ARAAAAAAAAPA/ICsgK0QAAAAAAAAAAGEbIitEAAAAAAAAsDyiISYgBSAKQQN0aiIxIAhBA3QgBWoiKkF4aiILSSAFIABBB2wiKEEDdGoiFiAAQQZsIi1BA3QgBWpBeGoiLElxIDEgAEEEdCAFakF4aiIkSSAJICxJcXIgFiAkSSAJIAtJcXIhFyAFIC1BA3RqIhIgBSAAQQlsIi1BA3RqIjZJIAUgAEEGdGoiFCAWSXEgEiAFIABB0ABsaiILSSA2IBZJcXIgEiAJSSAWIAVLcXIgFCAJSSA2IAVLcXIgNiAJSSALIAVLcXIhGSAAQcgAbCEcIABBBnQhQyAAQThsIQ4gAEEobCE7IABBMGwhQSAFQRBqIUcgAEF+cSE8IABBAXEhDyArRPyp8dJNYlA/oiEvQQAhNUEAIABBA3QiC2shGyAEIAtrIQwgBSAKQQN0aiFIIAUgC2ohSSAAQX9qIh9BAXIhSiAfQX5xIQogKkFoaiEeIC1BA3QgBWpBaGohICAEIABBfWoiS0EDdGohECAFIChBA3RqIkxBaGohQiASIABBfmoiEUEDdCIdaiE+IBYgHWohDSASIB9BA3QiGGohOCARQQF2QQFqIgtBfHEhGiALQQNxIT0gS0EBdkEBaiIqQXxxIU0gKkEDcSETIAtBfnEhTiALQQFxIU9BueAAIRUgEUECSSFQIAQhKgNAIAMgHyA1a0EDdGorAwAhLgJAIABBAUgiNw0AQQAhCwJAIABBAUYgGXINACAu/RQhRkEAISgCQCBQDQBBACEoIE4hLSBHIQsDQCALIENqIiz9DAAAAAAAAAAAAAAAAAAAAAAiMv0LAwAgCyAcaiIkIDL9CwMAICxBcGogMv0LAwAgJEFwaiAy/QsDACALIEFqIiwgC/0AAwAgRv3xAf0LAwAgLEFwaiALQXBq/QADACBG/fEB/QsDACALQSBqIQsgKEEEaiEoIC1BfmoiLQ0ACwsCQCBPRQ0AIBQgKEEDdCILav0MAAAAAAAAAAAAAAAAAAAAACIy/QsDACA2IAtqIDL9CwMAIBIgC2ogBSALav0AAwAgRv3xAf0LAwALIDwhCyA8IABGDQELIAshLQJAIA9FDQAgFCALQQN0IihqQgA3AwAgNiAoakIANwMAIBIgKGogBSAoaisDACAuoTkDACALQQFyIS0LIB8gC0YNACAAIC1rISggBSAtQQN0aiELA0AgCyBDaiItQgA3AwAgCyAcav0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgCyBBaiIsIAsrAwAgLqE5AwAgLUEIakIANwMAICxBCGogC0EIaisDACAuoTkDACALQRBqIQsgKEF+aiIoDQALCyA1IABsIQYCQCBARQ0AAkACQAJAIB9BAkkgF3JFDQBBACEkQQEhCwwBC0EAISQCQCBLQQZJDQBBACEkIE0hISAFIQsDQCALIDtqIiggCyAIaiIt/QADACIy/QsDACALIA5qIiwgMv0LAwAgKEEQaiAtQRBq/QADACIy/QsDACAsQRBqIDL9CwMAIChBIGogLUEgav0AAwAiMv0LAwAgLEEgaiAy/QsDACAoQTBqIC1BMGr9AAMAIjL9CwMAICxBMGogMv0LAwAgC0HAAGohCyAkQQhqISQgIUF8aiIhDQALCwJAIBNFDQAgSSAkQQN0Ii1qIQsgSCAtaiEoIEwgLWohLSATISwDQCAoIAv9AAMAIjL9CwMAIC0gMv0LAwAgC0EQaiELIChBEGohKCAtQRBqIS0gLEF/aiIsDQALCyBKIQsgCiEkIB8gCkYNAQsgC0F/cyAAaiEsAkAgACALa0EDcSItRQ0AA0AgMSAkQQN0IihqIAkgKGorAwAiKzkDACAWIChqICs5AwAgCyIoQQFqIQsgKCEkIC1Bf2oiLQ0ACyALQX9qISQLICxBA0kNACBMIAtBA3QiLGohKCBIICxqIS0gSSAsaiEsA0AgMSAkQQN0IiRqIAkgJGorAwAiKzkDACAWICRqICs5AwAgLSAsKwMAIis5AwAgKCArOQMAIC1BCGogLEEIaisDACIrOQMAIChBCGogKzkDACAtQRBqICxBEGorAwAiKzkDACAoQRBqICs5AwAgKEEgaiEoIC1BIGohLSAsQSBqISwgC0EDaiEkIAAgC0EEaiILRw0ACwsgQEUNAEEBIS0gBSELA0ACQAJAIAsgQWoiKCsDACIlmSIwIAsgO2oiLCsDACIrmWZFDQACQCAwICZjRQ0AICggJjkDACAsKwMAISsgJiElCyAsICsgJaMiKzkDACAoQQhqIiggKCsDACArIAsgDmorAwCioTkDAAwBCyAoICs5AwAgLCAlICujIis5AwAgCyAOaiIsKwMAISUgLCAoQQhqIigrAwA5AwAgKCAlICsgKCsDAKKhOQMAAkAgLUEBaiAATg0AIAsgQ2ogLEEIaiIoKwMAOQMAICggKCsDACArmqI5AwALIAsgHGpCgICAgICAgPg/NwMACyALQQhqIQsgACAtQQFqIi1HDQALCyAGQQN0IQsCQCA4KwMAmSAmY0UNACA4ICY5AwALIAQgC2ohOgJAIDcNAEEAISgCQCAfRQ0AICohCwNAIAsgFUGNzOUAbEHf5rvjA2oiLUEIdrhEAAAAAAAAcD6iRAAAAAAAAOC/oDkDACALQQhqIC1BjczlAGxB3+a74wNqIhVBCHa4RAAAAAAAAHA+okQAAAAAAADgv6A5AwAgC0EQaiELIDwgKEECaiIoRw0ACwsgD0UNACA6IChBA3RqIBVBjczlAGxB3+a74wNqIhVBCHa4RAAAAAAAAHA+okQAAAAAAADgv6A5AwALIDogHWohPyA6IBhqITlBACEzA0ACQAJAAkAgQEUNAEEAIQsgHyEoA0ACQAJAIDYgC2orAwBEAAAAAAAAAABiDQAgKiALaiItQQhqIiwgLCsDACAxIAtqKwMAIC0rAwCioTkDAAwBCyAqIAtqIi0rAwAhKyAtIC1BCGoiLCsDACIlOQMAICwgKyAlIDEgC2orAwCioTkDAAsgC0EIaiELIChBf2oiKA0ACyA5IDkrAwAgOCsDAKMiKzkDACBARQ0CID8rAwAgDSsDACAroqEhKyA+IQsgPyEoDAELIDkrAwAhKyA4IQsgOSEoCyAoICsgCysDAKM5AwALAkAgAEEDSA0AID8rAwAhKyAeISggICEtIBAhCyBCISwgESEkA0AgCyALKwMAICgrAwAgK6KhIC0rAwAgC0EQaisDAKKhICwrAwCjIis5AwAgKEF4aiEoIC1BeGohLSALQXhqIQsgLEF4aiEsICRBf2oiJA0ACwsgDCELIDUhKQJAIDVFDQADQCADIB8gKSInQX9qIilrQQN0aisDACAuoZkgL2QNAQJAAkAgAEECSCIhRQ0AQQAhLP0MAAAAAAAAAAAAAAAAAAAAACEyDAEL/QwAAAAAAAAAAAAAAAAAAAAAITJBACEoQQAhLQNAIDIgCyAoav0AAAAgKiAoav0AAAD98gH98AEhMiAoQRBqISggLUEEaiEkIC1BAmoiLCEtICQgAEwNAAsLIDL9IQAgMv0hAaAhKwJAICwgAE4NACAsQX9zIABqISQCQCAAICxrQQNxIi1FDQAgLEEDdCEoA0AgCyAoaisDACAqIChqKwMAoiAroCErIChBCGohKCAsQQFqISwgLUF/aiItDQALCyAkQQNJDQAgLEEDdCEoIAAgLGshJANAIAsgKGoiLUEYaisDACAqIChqIixBGGorAwCiIC1BEGorAwAgLEEQaisDAKIgLUEIaisDACAsQQhqKwMAoiAtKwMAICwrAwCiICugoKCgISsgKEEgaiEoICRBfGoiJA0ACwsgK5oiK/0UITJBACEkAkAgIQ0AQQAhKEEAIS0DQCAqIChqIiwgLP0AAAAgMiALIChq/QAAAP3yAf3wAf0LAAAgKEEQaiEoIC1BBGohLCAtQQJqIiQhLSAsIABMDQALCwJAICQgAE4NAAJAIAAgJGsiIkECSQ0AICJBfnEiI0F+aiIoQQF2QQFqIi1BAXEhNAJAAkAgKA0AQQAhLAwBCyAkQQN0ISggLUF+cSEhQQAhLANAICogKGoiLSAyIAsgKGoiBv0AAwD98gEgLf0AAwD98AH9CwMAIC1BEGoiLSAyIAZBEGr9AAMA/fIBIC39AAMA/fAB/QsDACAoQSBqISggLEEEaiEsICFBfmoiIQ0ACwsCQCA0RQ0AIDogJCAsakEDdCIoaiItIDIgBCApIABsQQN0aiAoav0AAwD98gEgLf0AAwD98AH9CwMACyAiICNGDQEgJCAjaiEkCyAkQQN0ISggACAkayEtA0AgKiAoaiIsICsgCyAoaisDAKIgLCsDAKA5AwAgKEEIaiEoIC1Bf2oiLQ0ACwsgCyAbaiELICdBAUoNAAsLAkACQCAAQQJODQBBACEt/QwAAAAAAAAAAAAAAAAAAAAAITIMAQv9DAAAAAAAAAAAAAAAAAAAAAAhMkEAIQsgKiEoA0AgMiAo/QAAACJGIEb98gH98AEhMiALQQRqISwgKEEQaiEoIAtBAmoiLSELICwgAEwNAAsLIDL9IQAgMv0hAaAhKwJAIC0gAE4NACAtQX9zIABqISwCQCAAIC1rQQNxIihFDQAgKiAtQQN0aiELA0AgLUEBaiEtIAsrAwAiJSAloiAroCErIAtBCGohCyAoQX9qIigNAAsLICxBA0kNACAAIC1rISggKiAtQQN0aiELA0AgC0EYaisDACIlICWiIAtBEGorAwAiJSAloiALQQhqKwMAIiUgJaIgCysDACIlICWiICugoKCgISsgC0EgaiELIChBfGoiKA0ACwsCQCArnyIrRAAAAAAAAAAAYg0AIDogNSAAb0EDdGpCgICAgICAgPg/NwMARAAAAAAAAPA/ISsLAkAgNw0ARAAAAAAAAPA/ICujIStBACELAkAgAEEBRg0AICv9FCEyQQAhKAJAIBFBBkkNAEEAISggGiEtICohCwNAIAsgMiAL/QADAP3yAf0LAwAgC0EQaiIsIDIgLP0AAwD98gH9CwMAIAtBIGoiLCAyICz9AAMA/fIB/QsDACALQTBqIiwgMiAs/QADAP3yAf0LAwAgC0HAAGohCyAoQQhqISggLUF8aiItDQALCwJAID1FDQAgKiAoQQN0aiELID0hKANAIAsgMiAL/QADAP3yAf0LAwAgC0EQaiELIChBf2oiKA0ACwsgPCELIDwgAEYNAQsgACALayEoICogC0EDdGohCwNAIAsgKyALKwMAojkDACALQQhqIQsgKEF/aiIoDQALCyAzQQFqIjNBA0cNAAsgDCAIaiEMIBAgCGohECAqIAhqISogNUEBaiI1IAJHDQALQQAhCyACQQFIDQEgAEEDSA0BIABBfWohOiAEQQhqIUAgAUEIaiE5QXggAEEDdCIzayEbIAQgM0FwaiILaiE0IAEgACALbGpBcGohBEEAITUDQCBAIDUgAGxBA3RqIQhBAiEpQQIhAyAEISogNCEoQQAhNiA6IQsDQCA2IidBAWohNgJAIAcgCyIxQQN0Ih9qKwMAIitEAAAAAAAAAABhDQACQAJAIDFBf3MgAGoiIUECSCIiRQ0AQQAhJP0MAAAAAAAAAAAAAAAAAAAAACEyDAEL/QwAAAAAAAAAAAAAAAAAAAAAITJBACELICohLSAoISwDQCAyIC39AAAAICz9AAAA/fIB/fABITIgC0EEaiEGIC1BEGohLSAsQRBqISwgC0ECaiIkIQsgBiAhTA0ACwsgJ0ECaiEGICuaISUgMv0hACAy/SEBoCErAkAgJCAhTg0AIDYgJGshLAJAIAYgJGtBA3FFDQAgJEEDdCELIAMgJGtBA3EhLQNAICogC2orAwAgKCALaisDAKIgK6AhKyALQQhqIQsgJEEBaiEkIC1Bf2oiLQ0ACwsgLEEDSQ0AICRBA3QhCyAkQX5qISQDQCAqIAtqIi1BGGorAwAgKCALaiIsQRhqKwMAoiAtQRBqKwMAICxBEGorAwCiIC1BCGorAwAgLEEIaisDAKIgLSsDACAsKwMAoiAroKCgoCErIAtBIGohCyAnICRBBGoiJEcNAAsLICsgJaIiK/0UITJBACEsAkAgIg0AQQAhC0EAIS0DQCAoIAtqIiwgLP0AAAAgMiAqIAtq/QAAAP3yAf3wAf0LAAAgC0EQaiELIC1BBGohJCAtQQJqIiwhLSAkICFMDQALCyAsICFODQACQCAGICxrIidBAkkNACAnQX5xIiJBfmoiC0EBdkEBakEBcSEjAkACQCALDQBBACEkDAELICxBA3QhCyApICxrQX5xQX5qQQF2QQFqQX5xISFBACEkA0AgKCALaiItIDIgKiALaiIG/QADAP3yASAt/QADAP3wAf0LAwAgLUEQaiItIDIgBkEQav0AAwD98gEgLf0AAwD98AH9CwMAIAtBIGohCyAkQQRqISQgIUF+aiIhDQALCwJAICNFDQAgCCAfaiAsICRqQQN0IgtqIi0gMiA5IDEgAGxBA3RqIB9qIAtq/QADAP3yASAt/QADAP3wAf0LAwALICcgIkYNASAsICJqISwLICxBA3QhCwNAICggC2oiLSArICogC2orAwCiIC0rAwCgOQMAIAtBCGohCyApICxBAWoiLEcNAAsLIClBAWohKSADQQFqIQMgKiAbaiEqIChBeGohKCAxQX9qIQsgMUEASg0ACyA0IDNqITQgNUEBaiI1IAJHDQALC0EAIQsLIAsL3BgFAXwIfwR8AXsMfwJAAkAgAEEBTg0ARAAAAAAAAAAAIQcMAQsgAEEDcSEIAkACQCAAQX9qQQNPDQBBACEJRAAAAAAAAAAAIQcMAQtBACAAQXxxayEKIABBGGxBGGohCyAAQQN0QQhqIQwgAEEFdEEgaiENIABBBHRBEGohDkQAAAAAAAAAACEHQQEhDyABIQkDQCAJIAtqKwMAIhAgCSAOaisDACIRIAkgDGorAwAiEiAJKwMAIhMgByATIAdkGyIHIBIgB2QbIgcgESAHZBsiByAQIAdkGyEHIAkgDWohCSAKIA9BBGoiD2pBAUcNAAsgD0F/aiEJCyAIRQ0AIABBA3RBCGohDyABIAkgAEEBamxBA3RqIQkDQCAJKwMAIhAgByAQIAdkGyEHIAkgD2ohCSAIQX9qIggNAAsLQQAhDwJAAkACQCAAIABsIg4OAgIBAAsCQCADIA5BA3QiCWogAk0NACACIAlqIANLDQELIA5BfnEiD0F+aiIJQQF2QQFqIghBA3EhC0EAIQwCQCAJQQZJDQAgCEF8cSENQQAhCUEAIQwDQCADIAlqIgj9DAAAAAAAAAAAAAAAAAAAAAAiFP0LAwAgAiAJaiIKIBT9CwMAIApBEGogFP0LAwAgCEEQaiAU/QsDACAKQSBqIBT9CwMAIAhBIGogFP0LAwAgCkEwaiAU/QsDACAIQTBqIBT9CwMAIAlBwABqIQkgDEEIaiEMIA1BfGoiDQ0ACwsCQCALRQ0AIAIgDEEDdCIIaiEJIAMgCGohCANAIAj9DAAAAAAAAAAAAAAAAAAAAAAiFP0LAwAgCSAU/QsDACAJQRBqIQkgCEEQaiEIIAtBf2oiCw0ACwsgDiAPRg0BCyAOIA9Bf3NqIQsCQCAOIA9rQQNxIgpFDQAgAiAPQQN0IghqIQkgAyAIaiEIA0AgCUIANwMAIAhCADcDACAJQQhqIQkgCEEIaiEIIA9BAWohDyAKQX9qIgoNAAsLIAtBA0kNACAPQQN0IQsgDiAPayEMIAIhDyADIQoDQCAPIAtqIglCADcDACAKIAtqIghCADcDACAJQQhqQgA3AwAgCEEIakIANwMAIAlBEGpCADcDACAIQRBqQgA3AwAgCUEYakIANwMAIAhBGGpCADcDACAPQSBqIQ8gCkEgaiEKIAxBfGoiDA0ACwsCQAJAAkAgAEEBSA0AIABBA3QhFSAHIAWiIRFBACEWIAIhDkEBIRcDQCACIBYgAGwiGEEDdGoiGSAWQQN0aiEaQQAhGyACIQ1BACEcQQAhCwJAA0AgASALIBhqQQN0aiEdAkACQCALQQJPDQBBACEJ/QwAAAAAAAAAAAAAAAAAAAAAIRQMAQv9DAAAAAAAAAAAAAAAAAAAAAAhFEEAIQggDiEPIA0hCgNAIBQgD/0AAAAgCv0AAAD98gH98AEhFCAIQQRqIQwgD0EQaiEPIApBEGohCiAIQQJqIgkhCCAMIAtNDQALCyAdKwMAIRAgFP0hACAU/SEBoCEHAkAgCyAJTQ0AIAsgCUF/c2ohCgJAIAsgCWtBA3FFDQAgCUEDdCEIIBsgCWtBA3EhDwNAIA4gCGorAwAgDSAIaisDAKIgB6AhByAIQQhqIQggCUEBaiEJIA9Bf2oiDw0ACwsgCkEDSQ0AIAlBA3QhCANAIA4gCGoiD0EYaisDACANIAhqIgpBGGorAwCiIA9BEGorAwAgCkEQaisDAKIgD0EIaisDACAKQQhqKwMAoiAPKwMAIAorAwCiIAegoKCgIQcgCEEgaiEIIAsgCUEEaiIJRw0ACwsgECAHoSEHAkACQAJAIAsgFk8iCQ0AIBkgC0EDdGogByACIAsgAGwgC2pBA3RqKwMAozkDAAwBCyAHIBFkRQ0BIBogB585AwALIBtBAWohGyANIBVqIQ0gCSEcIAtBAWoiCyAXRw0BDAILCyAcQQFxDQBBfw8LIA4gFWohDiAXQQFqIRcgFkEBaiIWIABHDQALIABBAUgNACAAQQN0IRVBACEYQX8hHiADIQtBASEXA0AgAyAYIABsIhxBA3RqIR8CQCAYRQ0AQQAhHUF/IRZBASEOIAMhCgNAIB0iG0EBaiEdAkAgAiAbIBxqQQN0aisDACIHRAAAAAAAAAAAYQ0AIAMgGyAAbEEDdGohASAHmiIH/RQhFAJAAkAgGw0AQQAhCAwBCyAbQX9qIglBAXZBAWpBAXEhGUECIQ9BACEIAkAgCUECSQ0AIBZBAXZBAWpBfnEhDEECIQ8gCyEJIAohCANAIAkgCf0AAAAgFCAI/QAAAP3yAf3wAf0LAAAgCUEQaiINIA39AAAAIBQgCEEQav0AAAD98gH98AH9CwAAIAlBIGohCSAIQSBqIQggD0EEaiEPIAxBfmoiDA0ACyAPQX5qIQgLAkAgGUUNACAfIAhBA3QiCWoiCCAI/QAAACAUIAEgCWr9AAAA/fIB/fAB/QsAACAPIQgLIAggG0sNAQsCQCAdIAhrIhlBAkkNACAZQX5xIhpBfmoiCUEBdkEBakEBcSEgAkACQCAJDQBBACEMDAELIAhBA3QhCSAOIAhrQX5xQX5qQQF2QQFqQX5xIQ1BACEMA0AgCyAJaiIPIBQgCiAJaiIb/QADAP3yASAP/QADAP3wAf0LAwAgD0EQaiIPIBQgG0EQav0AAwD98gEgD/0AAwD98AH9CwMAIAlBIGohCSAMQQRqIQwgDUF+aiINDQALCwJAICBFDQAgHyAIIAxqQQN0IglqIg8gFCABIAlq/QADAP3yASAP/QADAP3wAf0LAwALIBkgGkYNASAIIBpqIQgLIAhBA3QhCQNAIAsgCWoiDyAHIAogCWorAwCiIA8rAwCgOQMAIAlBCGohCSAOIAhBAWoiCEcNAAsLIA5BAWohDiAWQQFqIRYgCiAVaiEKIB0gGEcNAAsLIB8gGEEDdGoiCSAJKwMARAAAAAAAAPA/oDkDAEQAAAAAAADwPyACIBwgGGpBA3RqKwMAoyEHQQAhCAJAAkAgF0ECSQ0AIB5BAXZBAWohDCAXQX5qIglBAXZBAWpBA3EhDSAH/RQhFEEAIQoCQCAJQQZJDQAgDEF8cSEIQQAhCiALIQkDQCAJIBQgCf0AAwD98gH9CwMAIAlBEGoiDyAUIA/9AAMA/fIB/QsDACAJQSBqIg8gFCAP/QADAP3yAf0LAwAgCUEwaiIPIBQgD/0AAwD98gH9CwMAIAlBwABqIQkgCkEIaiEKIAhBfGoiCA0ACwsgF0F+cSEIAkAgDUUNACAMQQNxIQ8gCyAKQQN0aiEJA0AgCSAUIAn9AAMA/fIB/QsDACAJQRBqIQkgD0F/aiIPDQALCyAXIAhGDQELIAsgCEEDdGohCQNAIAkgByAJKwMAojkDACAJQQhqIQkgFyAIQQFqIghHDQALCyAeQQFqIR4gCyAVaiELIBdBAWohFyAYQQFqIhggAEcNAAsgAEEBSA0AIABBBHQhDCAAQQN0IQ4gAEF+cSENIABBAXEhFyAAQX9qIRZBACEPIAQhGyADIR0DQEEAIQkCQCAWRQ0AQQAhCiAbIQkgHSEIA0BEAAAAAAAAAAAhB0QAAAAAAAAAACEQAkAgCiILIA9JDQAgCCsDACEQCyAJIBA5AwACQCALQQFqIgogD0kNACAIIA5qKwMAIQcLIAlBCGogBzkDACAJQRBqIQkgCCAMaiEIIApBAWoiCiANRw0ACyALQQJqIQkLAkAgF0UNACAPIABsIQhEAAAAAAAAAAAhBwJAIAkgD0kNACADIAkgAGwgD2pBA3RqKwMAIQcLIAQgCSAIakEDdGogBzkDAAsgGyAOaiEbIB1BCGohHSAPQQFqIg8gAEcNAAsgAisDACEHIABBAk4NASAHIRAMAgsgAisDACIQIQcMAQtBASEJIBZBAXEhDQJAAkAgAEECRw0AIAchEAwBCyAWQX5xIQogAEEDdEEIaiELIABBBHRBEGohDEEAIQggAiEJIAchEANAIAkgC2ohDyAJIAxqIgkrAwAiESAPKwMAIhIgByASIAdkGyIHIBEgB2QbIQcgESASIBAgEiAQYxsiECARIBBjGyEQIAogCEECaiIIRw0ACyAIQQFqIQkLIA1FDQAgAiAJIABsIAlqQQN0aisDACIRIAcgESAHZBshByARIBAgESAQYxshEAsgBiAQIAejRAAAAAAAAAAAIAdEAAAAAAAAAABkGzkDAEEAC6MBAQZ/AkAgAEEBSA0AQSAgA2shBCACKAIMIQUgAigCCCEGIAIoAgQhAyACKAIAIQcDQCABIANBBWxBB3dBCWwgBHZBAnRqIgggCCgCAEEBajYCACAGIAdzIgggA0EJdHMhBiAFIANzIglBC3chBSAJIAdzIQcgCCADcyEDIABBf2oiAA0ACyACIAU2AgwgAiAGNgIIIAIgAzYCBCACIAc2AgALC7wBAQZ/AkAgAEEBSA0AQSAgBWshBiAEKAIMIQcgBCgCCCEIIAQoAgQhBSAEKAIAIQkDQCADIAVBBWxBB3dBCWwgBnZBAnRqIgogCigCACIKQQFqNgIAIAIgCkECdGogASoCADgCACAIIAlzIgogBUEJdHMhCCABQQRqIQEgByAFcyILQQt3IQcgCyAJcyEJIAogBXMhBSAAQX9qIgANAAsgBCAHNgIMIAQgCDYCCCAEIAU2AgQgBCAJNgIACwu8AQEGfwJAIABBAUgNAEEgIAVrIQYgBCgCDCEHIAQoAgghCCAEKAIEIQUgBCgCACEJA0AgAyAFQQVsQQd3QQlsIAZ2QQJ0aiIKIAooAgAiCkEBajYCACACIApBA3RqIAErAwA5AwAgCCAJcyIKIAVBCXRzIQggAUEIaiEBIAcgBXMiC0ELdyEHIAsgCXMhCSAKIAVzIQUgAEF/aiIADQALIAQgBzYCDCAEIAg2AgggBCAFNgIEIAQgCTYCAAsLqAMFAn4GfwF+An8BfQJAIABBAkgNACAArSEDA0AgAEF/aiEAAkACQCADQoCAgAFWDQBCgICAgBAgA30hBCACKAIMIQUgAigCCCEGIAIoAgQhByACKAIAIQgCQANAIAggBnMiCSAHQQl0cyEGIAcgBXMiCkELdyEFIAogCHMhCCAJIAdzIQkgAyADIAdBBWxBB3dBCWytfiILQv////8Pg1gNASAJIQcgC6cgBCADgqdJDQALCyACIAU2AgwgAiAGNgIIIAIgCTYCBCACIAg2AgAgC0IgiKchCAwBC0EAIAOnIgxrIAxwIQ0gAigCDCEFIAIoAgghBiACKAIEIQcgAigCACEIA0AgCCAGcyIJIAdBCXRzIQYgByAFcyIKQQt3IQUgCiAIcyEIIAdBBWwhCiAJIAdzIgkhByAKQQd3QQlsIgogDUkNAAsgAiAFNgIMIAIgBjYCCCACIAk2AgQgAiAINgIAIAogDHAhCAsgASAAQQJ0aiIHKgIAIQ4gByABIAhBAnRqIggqAgA4AgAgCCAOOAIAIANCAlUhByADQn98IQMgBw0ACwsLqAMFAn4GfwF+An8BfAJAIABBAkgNACAArSEDA0AgAEF/aiEAAkACQCADQoCAgAFWDQBCgICAgBAgA30hBCACKAIMIQUgAigCCCEGIAIoAgQhByACKAIAIQgCQANAIAggBnMiCSAHQQl0cyEGIAcgBXMiCkELdyEFIAogCHMhCCAJIAdzIQkgAyADIAdBBWxBB3dBCWytfiILQv////8Pg1gNASAJIQcgC6cgBCADgqdJDQALCyACIAU2AgwgAiAGNgIIIAIgCTYCBCACIAg2AgAgC0IgiKchCAwBC0EAIAOnIgxrIAxwIQ0gAigCDCEFIAIoAgghBiACKAIEIQcgAigCACEIA0AgCCAGcyIJIAdBCXRzIQYgByAFcyIKQQt3IQUgCiAIcyEIIAdBBWwhCiAJIAdzIgkhByAKQQd3QQlsIgogDUkNAAsgAiAFNgIMIAIgBjYCCCACIAk2AgQgAiAINgIAIAogDHAhCAsgASAAQQN0aiIHKwMAIQ4gByABIAhBA3RqIggrAwA5AwAgCCAOOQMAIANCAlUhByADQn98IQMgBw0ACwsL";

// src/linalg/wasm/runtime.ts
var PARALLEL_IDS = { gemm_nn: 0, gemm_nt: 1, mirror_lower: 2, band_to_tridiag_mt: 3 };
var PAGE = 65536;
var MAX_PAGES = 65536;
var CTRL_BYTES = 256;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { module, memory, tid, ctrlByte } = workerData;
const inst = new WebAssembly.Instance(module, { env: { memory } });
const fns = [inst.exports.gemm_nn, inst.exports.gemm_nt, inst.exports.mirror_lower, inst.exports.band_to_tridiag_mt];
const ctrl = new Int32Array(memory.buffer, ctrlByte, 16);
const args = new Float64Array(memory.buffer, ctrlByte + 64, 24);
let gen = Atomics.load(ctrl, 0);
parentPort.postMessage('ready');
for (;;) {
  Atomics.wait(ctrl, 0, gen);
  gen = Atomics.load(ctrl, 0);
  const id = ctrl[2];
  if (id < 0) break;
  const nth = ctrl[4];
  if (tid < nth) {
    const a = Array.from(args.subarray(0, ctrl[3]));
    try {
      fns[id](...a, tid, nth);
    } catch (e) {
      Atomics.store(ctrl, 5, 1);
      parentPort.postMessage({ error: String(e && e.message || e) });
    }
    if (Atomics.sub(ctrl, 1, 1) === 1) Atomics.notify(ctrl, 1);
  }
}
`;
var compiled;
function provideKernelModule(module) {
  compiled ??= module;
}
var optimizingTierHolds = 0;
function holdOptimizingTier() {
  if (optimizingTierHolds++ === 0) {
    v8.setFlagsFromString("--no-liftoff");
    v8.setFlagsFromString("--no-wasm-lazy-compilation");
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--optimizingTierHolds === 0) {
      v8.setFlagsFromString("--liftoff");
      v8.setFlagsFromString("--wasm-lazy-compilation");
    }
  };
}
function kernelModule() {
  if (compiled) return compiled;
  const release = holdOptimizingTier();
  try {
    compiled = new WebAssembly.Module(Buffer.from(KERNELS_WASM_BASE64, "base64"));
  } finally {
    release();
  }
  return compiled;
}
var WasmRuntime = class _WasmRuntime {
  threads;
  memory;
  k;
  workers;
  ctrlByte;
  heapStart;
  constructor(threads, memory, k, workers, ctrlByte) {
    this.threads = threads;
    this.memory = memory;
    this.k = k;
    this.workers = workers;
    this.ctrlByte = ctrlByte;
    this.heapStart = ctrlByte + CTRL_BYTES;
  }
  static async create(threads) {
    const module = kernelModule();
    const memory = new WebAssembly.Memory({ initial: 32, maximum: MAX_PAGES, shared: true });
    const inst = new WebAssembly.Instance(module, { env: { memory } });
    const k = inst.exports;
    const heapBase = Number(k.__heap_base.value);
    const ctrlByte = Math.ceil(heapBase / 64) * 64;
    const workers = [];
    const nth = Math.max(1, Math.floor(threads));
    try {
      await Promise.all(
        Array.from({ length: nth - 1 }, (_, i) => {
          const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory, tid: i + 1, ctrlByte } });
          workers.push(w);
          return new Promise((resolve2, reject) => {
            w.once("message", () => resolve2());
            w.once("error", reject);
          });
        })
      );
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    for (const w of workers) w.unref();
    return new _WasmRuntime(nth, memory, k, workers, ctrlByte);
  }
  /** Lays out float64 arrays (sizes in elements) after the control block, growing memory as needed. */
  layout(sizes) {
    let off = this.heapStart;
    const out = {};
    for (const key of Object.keys(sizes)) {
      out[key] = off;
      off += Math.ceil(sizes[key] * 8 / 64) * 64;
    }
    if (off > MAX_PAGES * PAGE) {
      throw new RangeError(`wasm engine: job needs ${(off / 2 ** 30).toFixed(2)} GiB, more than the 4 GiB of wasm32 memory`);
    }
    const have = this.memory.buffer.byteLength;
    if (off > have) this.memory.grow(Math.ceil((off - have) / PAGE));
    return out;
  }
  /** A float64 view of `length` elements at byte offset `ptr` (valid until the next grow). */
  f64(ptr, length) {
    return new Float64Array(this.memory.buffer, ptr, length);
  }
  /** Runs a row-parallel kernel on all threads and returns when every share is done. */
  parallel(kernel, args, threads = this.threads) {
    const nth = Math.max(1, Math.min(threads, this.threads));
    const main2 = this.k[kernel];
    if (nth === 1) {
      main2(...args, 0, 1);
      return;
    }
    const ctrl = new Int32Array(this.memory.buffer, this.ctrlByte, 16);
    const argv = new Float64Array(this.memory.buffer, this.ctrlByte + 64, 24);
    argv.set(args);
    ctrl[2] = PARALLEL_IDS[kernel];
    ctrl[3] = args.length;
    ctrl[4] = nth;
    Atomics.store(ctrl, 5, 0);
    Atomics.store(ctrl, 1, nth - 1);
    Atomics.add(ctrl, 0, 1);
    Atomics.notify(ctrl, 0);
    let mainError;
    try {
      main2(...args, 0, nth);
    } catch (e) {
      mainError = e;
    }
    for (let spin = 0; Atomics.load(ctrl, 1) !== 0; spin++) {
      if (spin > 2e3) {
        const v = Atomics.load(ctrl, 1);
        if (v !== 0) Atomics.wait(ctrl, 1, v, 50);
      }
    }
    if (mainError !== void 0) throw mainError;
    if (Atomics.exchange(ctrl, 5, 0) !== 0) throw new Error(`wasm engine: kernel ${kernel} failed on a worker thread`);
  }
  async dispose() {
    const ctrl = new Int32Array(this.memory.buffer, this.ctrlByte, 16);
    ctrl[2] = -1;
    Atomics.add(ctrl, 0, 1);
    Atomics.notify(ctrl, 0);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
};

// src/linalg/shuffle.ts
var SHUFFLE_BUCKET = 1 << 16;
function shuffleBucketBits(n) {
  return Math.max(0, Math.min(12, Math.ceil(Math.log2(n / SHUFFLE_BUCKET))));
}

// src/linalg/wasm/shuffle.ts
var CHUNK = 1 << 18;
function shuffleElementsWasm(rt, src, state) {
  const n = src.length;
  const bits = shuffleBucketBits(n);
  const B = 1 << bits;
  const f32 = src instanceof Float32Array;
  const per = f32 ? 0.5 : 1;
  const L = rt.layout({ state: 2, start: Math.ceil((B + 1) / 2), fill: Math.ceil(B / 2), src: Math.ceil(CHUNK * per), dst: Math.ceil(n * per) });
  const buffer = rt.memory.buffer;
  const st = new Int32Array(buffer, L.state, 4);
  const dst = f32 ? new Float32Array(buffer, L.dst, n) : new Float64Array(buffer, L.dst, n);
  const start = new Int32Array(buffer, L.start, B + 1);
  if (B === 1) {
    dst.set(src);
    start[0] = 0;
    start[1] = n;
    st.set(state);
  } else {
    start.fill(0);
    st.set(state);
    rt.k.xo_count(n, L.start + 4, L.state, bits);
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1] + start[b];
    new Int32Array(buffer, L.fill, B).set(start.subarray(0, B));
    st.set(state);
    const chunk = f32 ? new Float32Array(buffer, L.src, CHUNK) : new Float64Array(buffer, L.src, CHUNK);
    for (let off = 0; off < n; off += CHUNK) {
      const len = Math.min(CHUNK, n - off);
      chunk.set(src.subarray(off, off + len));
      if (f32) rt.k.xo_scatter_f32(len, L.src, L.dst, L.fill, L.state, bits);
      else rt.k.xo_scatter_f64(len, L.src, L.dst, L.fill, L.state, bits);
    }
  }
  const bytes = f32 ? 4 : 8;
  for (let b = 0; b < B; b++) {
    const lo = start[b];
    const len = start[b + 1] - lo;
    if (len < 2) continue;
    if (f32) rt.k.fisher_yates_f32(len, L.dst + lo * bytes, L.state);
    else rt.k.fisher_yates_f64(len, L.dst + lo * bytes, L.state);
  }
  state.set(st);
  return f32 ? new Float32Array(dst) : new Float64Array(dst);
}

// src/linalg/fastEngine.ts
async function createFastEngine(opts = {}) {
  const threads = Math.max(1, Math.floor(opts.threads ?? os.availableParallelism()));
  const logger = opts.logger ?? (() => {
  });
  let ort = null;
  if (opts.useOrt !== false) {
    const device = opts.device === "cuda" ? "cuda" : "cpu";
    const create = opts.createOrt ?? OrtOps.create;
    ort = await create({ device, threads: typeof opts.ortThreads === "function" ? opts.ortThreads : Math.max(1, Math.floor(opts.ortThreads ?? threads)), logger, ...opts.gpuProvider ? { gpuProvider: opts.gpuProvider } : {}, ...opts.nativeGate ? { gate: opts.nativeGate } : {} });
  }
  const kernels = await opts.kernels;
  if (kernels) provideKernelModule(kernels);
  const rt = await WasmRuntime.create(threads);
  const dense = ort ? ortDenseOps(ort) : wasmDenseOps(rt);
  const gram = async (X, p, q) => {
    if (!ort) return gramWasm(rt, X, p, q);
    const G = new Float64Array(p * p);
    await gramOrt(ort, X, p, q, G);
    return G;
  };
  const bandwidth = opts.bandwidth ?? DEFAULT_BAND;
  const bandUpdates = opts.bandUpdates ?? "ort";
  let queue = Promise.resolve();
  const serial = (job) => {
    const next = queue.then(job, job);
    queue = next.catch(() => void 0);
    return next;
  };
  const name = `wasm-simd(${threads} thread${threads > 1 ? "s" : ""})${ort ? `+onnxruntime-${ort.device}` : ""}`;
  return {
    name,
    device: ort ? ort.device : "none",
    gramEigenvalues(W) {
      return serial(async () => {
        if (!ort) return gramEigenvaluesWasm(rt, W, bandwidth);
        return bandUpdates === "ort" ? gramEigenvaluesOrtBand(ort, rt, W, opts.bandwidth, opts.bandGroups) : gramEigenvaluesOrt(ort, rt, W, bandwidth);
      });
    },
    truncatedSvd(W, k, o) {
      const seed = o?.seed ?? 0;
      return serial(
        () => opts.svdMethod === "krylov" ? krylovTruncatedSvd(dense, rt, W, k, { ...opts.krylov, seed }) : chebyshevTruncatedSvd(dense, gram, rt, W, k, { ...opts.chebyshev, seed })
      );
    },
    topGramEigenvalues32(W, k, o) {
      const seed = o?.seed ?? 0;
      return serial(async () => {
        const tolerance = o?.tolerance !== void 0 ? { tolerance: o.tolerance } : {};
        const fast = await chebyshevTopEigenvalues32(dense, rt, W, k, { ...opts.chebyshev, ...tolerance, seed });
        if (fast) return fast;
        const { S } = await chebyshevTruncatedSvd(dense, gram, rt, { rows: W.rows, cols: W.cols, data: Float64Array.from(W.data32), data32: W.data32 }, k, { ...opts.chebyshev, seed });
        return S.map((x) => x * x);
      });
    },
    shuffleElements(values, state) {
      return serial(async () => shuffleElementsWasm(rt, values, state));
    },
    async dispose() {
      await serial(async () => {
        await ort?.dispose();
        await rt.dispose();
      });
    }
  };
}

// src/engine/layerWorker.ts
init_ort();

// src/spectral/randomize.ts
init_errors();

// src/spectral/mpQuantiles.ts
var GRID = 8192;
function mpQuantiles(count, c) {
  if (!(c > 0 && c <= 1)) throw new RangeError(`mpQuantiles: ratio must be in (0, 1], got ${c}`);
  const sq = Math.sqrt(c);
  const a = (1 - sq) ** 2;
  const b = (1 + sq) ** 2;
  const half = (b - a) / 2;
  const g = (t) => {
    const cos = Math.cos(t);
    const x = a + half * (1 - cos);
    if (a === 0) return half * (1 + cos) / (2 * Math.PI * c);
    const s = Math.sin(t);
    return half * half * s * s / (2 * Math.PI * c * x);
  };
  const h = Math.PI / GRID;
  const cdf = new Float64Array(GRID + 1);
  let prev = g(0);
  for (let j2 = 1; j2 <= GRID; j2++) {
    const cur = g(j2 * h);
    cdf[j2] = cdf[j2 - 1] + (prev + cur) * h / 2;
    prev = cur;
  }
  const total = cdf[GRID];
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < count; i++) {
    const u = (i + 0.5) / count * total;
    while (j < GRID - 1 && cdf[j + 1] < u) j++;
    const f = (u - cdf[j]) / (cdf[j + 1] - cdf[j]);
    const t = (j + f) * h;
    out[i] = a + half * (1 - Math.cos(t));
  }
  return out;
}

// src/spectral/randomize.ts
var Xoshiro128 = class {
  s0;
  s1;
  s2;
  s3;
  constructor(seed) {
    let x = seed | 0;
    const next = () => {
      x = x + 2654435769 | 0;
      let z = x;
      z = Math.imul(z ^ z >>> 16, 2246822507);
      z = Math.imul(z ^ z >>> 13, 3266489909);
      return z ^ z >>> 16 | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }
  /** The 128-bit state as 4 words, for a generator elsewhere (the wasm shuffle) to continue from. */
  state() {
    return Int32Array.of(this.s0, this.s1, this.s2, this.s3);
  }
  /** Continues from a state `state()` gave and another generator advanced. */
  restore(state) {
    this.s0 = state[0] | 0;
    this.s1 = state[1] | 0;
    this.s2 = state[2] | 0;
    this.s3 = state[3] | 0;
  }
  /** Next output as a signed int32 (the same 32 bits as nextUint32). */
  nextInt32() {
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul(m << 7 | m >>> 25, 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = this.s3 << 11 | this.s3 >>> 21;
    return result;
  }
  /** Next uniform 32-bit unsigned integer. */
  nextUint32() {
    return this.nextInt32() >>> 0;
  }
  /**
   * Unbiased integer in [0, bound), 1 <= bound <= 2^32. Up to 2^21, Lemire's multiply-and-reject
   * (r * bound stays below 2^53, exact in a double; no division on the fast path); above, rejection
   * of the short top range and a modulo.
   */
  below(bound) {
    if (bound <= 2097152) {
      for (; ; ) {
        const m = (this.nextInt32() >>> 0) * bound;
        const hi = Math.floor(m / 4294967296);
        const lo = m - hi * 4294967296;
        if (lo >= bound || lo >= (4294967296 - bound) % bound) return hi;
      }
    }
    const threshold = (4294967296 - bound) % bound;
    for (; ; ) {
      const r = this.nextInt32() >>> 0;
      if (r >= threshold) return r % bound;
    }
  }
};
function hashString(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h >>> 0;
}
function layerSeed(seed, layerName) {
  return (hashString(layerName) ^ Math.imul(seed >>> 0, 2654435761)) >>> 0;
}
function shuffleMatrix(W, rng) {
  const src = W.data;
  const n = src.length;
  const d = new Float64Array(n);
  const bits = shuffleBucketBits(n);
  const B = 1 << bits;
  if (B === 1) {
    d.set(src);
    fisherYates(d, 0, n, rng);
  } else {
    const tag = new Uint16Array(n);
    const start = new Int32Array(B + 1);
    const shift = 32 - bits;
    for (let i = 0; i < n; i++) {
      const b = rng.nextInt32() >>> shift;
      tag[i] = b;
      start[b + 1] = start[b + 1] + 1;
    }
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1] + start[b];
    const fill = start.slice(0, B);
    for (let i = 0; i < n; i++) d[fill[tag[i]]++] = src[i];
    for (let b = 0; b < B; b++) fisherYates(d, start[b], start[b + 1], rng);
  }
  return asWide(W, d, src instanceof Float32Array ? Float32Array.from(d) : void 0);
}
function wideShape(W) {
  return W.rows <= W.cols ? { rows: W.rows, cols: W.cols } : { rows: W.cols, cols: W.rows };
}
function asWide(W, data, data32) {
  return data32 ? { ...wideShape(W), data, data32 } : { ...wideShape(W), data };
}
async function engineShuffle(shuffleElements, values, rng) {
  const state = rng.state();
  const d = await shuffleElements(values, state);
  rng.restore(state);
  return d;
}
async function shuffleMatrixWith(engine, W, rng) {
  if (!engine.shuffleElements) return shuffleMatrix(W, rng);
  const d = await engineShuffle(engine.shuffleElements.bind(engine), W.data, rng);
  return d instanceof Float64Array ? asWide(W, d, void 0) : asWide(W, new Float64Array(d), d);
}
function fisherYates(d, lo, hi, rng) {
  for (let i = hi - 1; i > lo; i--) {
    const j = lo + rng.below(i - lo + 1);
    const t = d[i];
    d[i] = d[j];
    d[j] = t;
  }
}
var EXACT_RANDOM_ESD_BELOW = 1024;
var TOP_EXACT = 16;
var TOP_TOLERANCE = 1e-3;
var TRAP_FRACTION = 0.5;
function elementStats(d) {
  let total = 0;
  let sum = 0;
  let maxAbs = 0;
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    total += v * v;
    sum += v;
    const a = Math.abs(v);
    if (a > maxAbs) maxAbs = a;
  }
  const n = Math.max(1, d.length);
  return { total, mean: sum / n, rms: Math.sqrt(total / n), maxAbs };
}
function expectedLargestEigenvalue(N, M, s2) {
  const a = Math.sqrt(N - 1) + Math.sqrt(M);
  const sigma = a * (1 / Math.sqrt(N - 1) + 1 / Math.sqrt(M)) ** (1 / 3);
  return s2 * (a * a + TRACY_WIDOM_1_MEAN * sigma);
}
var TRACY_WIDOM_1_MEAN = -1.206533574582;
async function estimatedShuffledEsd(W, engine, rng, seed) {
  const M = Math.min(W.rows, W.cols);
  const N = Math.max(W.rows, W.cols);
  const { total, mean, rms, maxAbs } = elementStats(W.data);
  if (!Number.isFinite(total) && firstNonFinite(W.data) >= 0) throw new WwError("NON_FINITE", "the matrix has a NaN or infinite element");
  const q = mpQuantiles(M, M / N);
  const bbp = rms * Math.sqrt(Math.sqrt(N * M));
  if (maxAbs < TRAP_FRACTION * bbp && Math.abs(mean) * Math.sqrt(N * M) < TRAP_FRACTION * bbp) {
    let qSum = 0;
    for (let i = 0; i < M; i++) qSum += q[i];
    const out = new Float64Array(M);
    for (let i = 0; i < M; i++) out[i] = total / qSum * q[i];
    out[M - 1] = Math.max(out[M - 2] ?? 0, expectedLargestEigenvalue(N, M, rms * rms));
    return out;
  }
  const topEigenvalues = await shuffledTopEigenvalues(W, engine, rng, seed);
  const edge = (1 + Math.sqrt(M / N)) ** 2;
  for (let k = Math.min(TOP_EXACT, M - 1); ; k *= 2) {
    const top = await topEigenvalues(k);
    let topSum = 0;
    for (let j = 0; j < k; j++) topSum += top[j];
    let bulkSum = 0;
    for (let i = 0; i < M - k; i++) bulkSum += q[i];
    const scale = Math.max(0, total - topSum) / bulkSum;
    if (top[k - 1] > 1.05 * scale * edge && 2 * k <= M / 4) continue;
    const out = new Float64Array(M);
    for (let i = 0; i < M - k; i++) out[i] = scale * q[i];
    for (let j = 0; j < k; j++) out[M - 1 - j] = top[j];
    return out.sort();
  }
}
async function shuffledTopEigenvalues(W, engine, rng, seed) {
  const { topGramEigenvalues32, shuffleElements } = engine;
  if (topGramEigenvalues32 && shuffleElements) {
    const values32 = W.data instanceof Float32Array ? W.data : exactFloat32(W.data);
    if (values32) {
      const data32 = await engineShuffle(shuffleElements.bind(engine), values32, rng);
      return (k) => topGramEigenvalues32.call(engine, { ...wideShape(W), data32 }, k, { seed, tolerance: TOP_TOLERANCE });
    }
  }
  const shuffled = await shuffleMatrixWith(engine, W, rng);
  return async (k) => (await engine.truncatedSvd(shuffled, k, { seed })).S.map((x) => x * x);
}
async function shuffledSpectra(W, engine, opts) {
  const rng = new Xoshiro128(layerSeed(opts.seed, opts.layerName));
  const nComp = Math.min(W.rows, W.cols);
  const replicas = nComp < 100 ? 5 : 1;
  const pooled = new Float64Array(nComp * replicas);
  let first = null;
  const exact = nComp < (opts.exactBelow ?? EXACT_RANDOM_ESD_BELOW);
  for (let r = 0; r < replicas; r++) {
    const ev = exact ? await engine.gramEigenvalues(await shuffleMatrixWith(engine, W, rng)) : await estimatedShuffledEsd(W, engine, rng, layerSeed(opts.seed, opts.layerName));
    if (first === null) first = ev;
    pooled.set(ev, r * nComp);
  }
  pooled.sort();
  const single = replicas > 1 ? await engine.gramEigenvalues(await shuffleMatrixWith(engine, W, rng)) : first;
  return { pooled, single };
}

// src/engine/layerWorker.ts
async function checkedFinite(values, compute, outputs = (r) => [r]) {
  const nonFinite = () => {
    const index = firstNonFinite(values);
    return index < 0 ? null : new WwError("NON_FINITE", `weight ${index} is ${values[index]} (NaN/Inf)`, { index, value: values[index] });
  };
  let result;
  try {
    result = await compute();
  } catch (e) {
    throw nonFinite() ?? e;
  }
  if (outputs(result).some((a) => firstNonFinite(a) >= 0)) {
    throw nonFinite() ?? new WwError("LINALG", "a finite matrix gave a non-finite spectrum");
  }
  return result;
}
function widenBuffer() {
  const KEEP_ELEMENTS = 2 ** 24;
  let kept;
  return {
    buffer(n) {
      if (n > KEEP_ELEMENTS) return void 0;
      if (!kept || kept.length < n) kept = new Float64Array(n);
      return kept;
    }
  };
}
function main() {
  const port = parentPort;
  if (!port) throw new Error("layerWorker: not started as a worker thread");
  let provideKernels = () => {
  };
  const kernels = new Promise((resolve2) => provideKernels = resolve2);
  let worker = null;
  port.on("message", (msg) => {
    switch (msg.kind) {
      case "init":
        worker = startEngine(port, msg.data, kernels);
        worker.catch((e) => port.postMessage({ type: "fatal", message: e.message ?? String(e) }));
        return;
      case "kernels":
        provideKernels(msg.module);
        return;
      case "dispose":
        void (worker ?? Promise.reject(new Error("not started"))).then((w) => w.dispose(), () => void 0).finally(() => port.close());
        return;
      default:
        void worker?.then((w) => w.run(msg));
    }
  });
}
async function startEngine(port, init, kernels) {
  if (init.runtimeDir) configureOnnxRuntime({ explicitPath: init.runtimeDir, allowDownload: false });
  const gate = workerGate(init.gate);
  const logger = (line) => port.postMessage({ type: "log", line });
  let mostThreads = 1;
  let fewestThreads = Infinity;
  const threadsNow = () => {
    const t = Math.max(1, Math.floor(init.workers / Math.max(1, Atomics.load(init.busy, 0))));
    mostThreads = Math.max(mostThreads, t);
    fewestThreads = Math.min(fewestThreads, t);
    return t;
  };
  const engine = await createFastEngine({ threads: 1, ortThreads: threadsNow, device: init.device, nativeGate: gate, logger, kernels });
  port.postMessage({ type: "ready", engine: engine.name });
  const reply = (message, transfer = []) => {
    Atomics.sub(init.busy, 0, 1);
    port.postMessage(message, transfer);
  };
  const widened = widenBuffer();
  const run = async (job) => {
    const t0 = performance.now();
    mostThreads = 1;
    fewestThreads = Infinity;
    Atomics.add(init.busy, 0, 1);
    const done = (results, transfer) => reply({ type: "done", id: job.id, seconds: (performance.now() - t0) / 1e3, threads: mostThreads, fewestThreads: Math.min(fewestThreads, mostThreads), ...results }, transfer);
    try {
      if (job.kind === "esd") {
        const { data } = job;
        const W = data instanceof Float32Array ? wideFloat64(job.rows, job.cols, data, widened.buffer(job.rows * job.cols)) : { rows: job.rows, cols: job.cols, data };
        const evals = await checkedFinite(data, () => engine.gramEigenvalues(W));
        done({ evals }, [evals.buffer]);
      } else if (job.kind === "shuffled") {
        const W = { rows: job.rows, cols: job.cols, data: job.data };
        const s = await checkedFinite(job.data, () => shuffledSpectra(W, engine, { seed: job.seed, layerName: job.layerName, ...job.exactBelow !== void 0 ? { exactBelow: job.exactBelow } : {} }), (r) => [r.pooled, r.single]);
        const transfer = s.pooled.buffer === s.single.buffer ? [s.pooled.buffer] : [s.pooled.buffer, s.single.buffer];
        done({ pooled: s.pooled, single: s.single }, transfer);
      } else {
        const svd = await engine.truncatedSvd({ rows: job.rows, cols: job.cols, data: job.data }, job.k, { seed: job.seed });
        done({ U: svd.U.data, S: svd.S, Vt: svd.Vt.data }, [svd.U.data.buffer, svd.S.buffer, svd.Vt.data.buffer]);
      }
    } catch (e) {
      const err = e;
      reply({ type: "failed", id: job.id, code: WwError.is(err) ? err.code : null, message: err.message ?? String(e), details: WwError.is(err) ? err.details : {} });
    }
  };
  return { run, dispose: () => engine.dispose() };
}
main();
