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
import { parentPort, workerData } from "node:worker_threads";

// src/linalg/fastEngine.ts
import os from "node:os";

// src/linalg/matrix.ts
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
  const blocks = Math.max(1, Math.round(p / blockRows));
  let tmp;
  for (let i = 0; i < blocks; i++) {
    const r0 = Math.floor(p * i / blocks);
    const r1 = Math.floor(p * (i + 1) / blocks);
    const h = r1 - r0;
    if (blocks === 1) {
      await ops.gemmNT(X.subarray(0, p * q), p, q, X.subarray(0, p * q), p, out.subarray(0, p * p));
      return;
    }
    if (!tmp || tmp.length < h * r1) tmp = new Float64Array(h * p);
    const blk = await ops.gemmNT(X.subarray(r0 * q, r1 * q), h, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, h * r1));
    for (let r = 0; r < h; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * p);
  }
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) out[i * p + j] = out[j * p + i];
}
async function gramOrt32(ops, X, p, q, blockRows = 256) {
  const out = new Float32Array(p * p);
  const blocks = Math.max(1, Math.round(p / blockRows));
  if (blocks === 1) return ops.gemmNT32(X, p, q, X, p, out);
  const tmp = new Float32Array(Math.ceil(p / blocks + 1) * p);
  for (let i = 0; i < blocks; i++) {
    const r0 = Math.floor(p * i / blocks);
    const r1 = Math.floor(p * (i + 1) / blocks);
    const h = r1 - r0;
    const blk = await ops.gemmNT32(X.subarray(r0 * q, r1 * q), h, q, X.subarray(0, r1 * q), r1, tmp.subarray(0, h * r1));
    for (let r = 0; r < h; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * p);
  }
  const TILE = 64;
  for (let i0 = 0; i0 < p; i0 += TILE) {
    for (let j0 = i0; j0 < p; j0 += TILE) {
      const i1 = Math.min(p, i0 + TILE);
      const j1 = Math.min(p, j0 + TILE);
      for (let i = i0; i < i1; i++) for (let j = Math.max(j0, i + 1); j < j1; j++) out[i * p + j] = out[j * p + i];
    }
  }
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
async function gramEigenvaluesOrtBand(ops, rt, W, bandwidth = DEFAULT_BAND, groupPanels = DEFAULT_GROUP_PANELS) {
  const { X, p, q } = shortSideMajor(W);
  if (p === 0) return new Float64Array(0);
  const S = new Float64Array(p * p);
  await gramOrt(ops, X, p, q, S);
  return symmetricEigenvaluesOrtGrouped(ops, rt, S, p, bandwidth, groupPanels);
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
  let spare = new Float64Array(Math.max(0, p - b) ** 2);
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
    await ops.groupUpdate(S, s, g * b, rowsOf(Lall, g * b, m), rowsOf(Rall, g * b, m), width, spare);
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
  /** OUT = S[o:, o:] - L R^T: the trailing update of a whole panel group in one pass */
  groupUpdate: {
    nodes: [
      { op: "Slice", inputs: ["S", "starts", "ends"], outputs: ["A22"] },
      { op: "Gemm", inputs: ["L", "R", "A22"], outputs: ["OUT"], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }
    ],
    inputs: [
      { name: "S", type: D, shape: ["s", "s"] },
      { name: "starts", type: OnnxType.int64, shape: [2] },
      { name: "ends", type: OnnxType.int64, shape: [2] },
      { name: "L", type: D, shape: ["m", "c"] },
      { name: "R", type: D, shape: ["m", "c"] }
    ],
    outputs: [{ name: "OUT", type: D, shape: ["m", "m"] }]
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
  constructor(ort, device, threads, provider) {
    this.ort = ort;
    this.threads = threads;
    this.provider = provider;
    this.device = device;
  }
  ort;
  threads;
  provider;
  device;
  sessions = /* @__PURE__ */ new Map();
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
      const gpu = new _OrtOps(ort, "cuda", opts.threads, opts.gpuProvider ?? "cuda");
      try {
        await gpu.session("matmul");
        return gpu;
      } catch (e) {
        opts.logger(`linalg: CUDA execution provider unavailable (${e.message.split("\n")[0]?.trim()}); falling back to CPU`);
      }
    }
    const cpu = new _OrtOps(ort, "cpu", opts.threads, "cpu");
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
    const have = this.sessions.get(name);
    if (have) return have;
    const s = await this.ort.InferenceSession.create(encodeModel(spec), {
      executionProviders: [this.provider],
      intraOpNumThreads: this.threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
      // A provider that cannot start is reported once by OrtOps.create, not by onnxruntime's log.
      logSeverityLevel: 4,
      // No arena: the trailing-matrix intermediates (p^2 doubles) are returned to the OS after each run,
      // which keeps peak memory near 2.3 matrix copies for a 4096x11008 layer (no time difference measured at 2048x5632).
      enableCpuMemArena: false,
      // Several small sessions share two cores with the wasm threads: spinning pools would fight.
      extra: { session: { intra_op: { allow_spinning: "0" }, inter_op: { allow_spinning: "0" } } }
    });
    this.sessions.set(name, s);
    return s;
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
    const sess = await this.session("groupUpdate");
    const m = s - o;
    const i64 = (a, d) => new this.ort.Tensor("int64", BigInt64Array.from([BigInt(a), BigInt(d)]), [2]);
    await sess.run(
      { S: this.tensor(S.subarray(0, s * s), [s, s]), starts: i64(o, o), ends: i64(s, s), L: this.tensor(L, [m, c]), R: this.tensor(R, [m, c]) },
      { OUT: this.tensor(out.subarray(0, m * m), [m, m]) }
    );
  }
  async dispose() {
    await Promise.all([...this.sessions.values()].map((s) => s.release()));
    this.sessions.clear();
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
async function chebyshevTruncatedSvd(ops, gram, rt, W, k, opts = {}) {
  const p = Math.min(W.rows, W.cols);
  if (!Number.isInteger(k) || k < 1 || k > p) {
    throw new WwError("RANK_OUT_OF_RANGE", `truncated SVD: k must be an integer in [1, ${p}] for a ${W.rows}x${W.cols} matrix, got ${k}`);
  }
  if (W.data32 && W.data32.length !== W.rows * W.cols) {
    throw new RangeError(`matrix: data32 has ${W.data32.length} elements, expected ${W.rows}x${W.cols}=${W.rows * W.cols}`);
  }
  const { X, q } = shortSideMajor(W);
  const l = Math.min(p, opts.block ?? Math.max(Math.ceil(1.4 * k), k + 20));
  if (2 * l >= p || p <= 300) {
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
    const G32 = await gram32(W.data32 ? shortSideMajor32(W, W.data32) : await toF32(X, p, q), p, q);
    op = {
      single: true,
      apply: (Y) => mm32x64(G32, p, p, Y, Y.length / p),
      filter: (Q2, GQ, first, steps) => chebyshev32(G32, p, Q2, GQ, l, first, steps)
    };
  } else {
    const G = await gram(X, p, q);
    const apply = (Y) => ops.mm(G, p, p, Y, Y.length / p);
    op = { single: false, apply, filter: (Q2, GQ, first, steps) => filterStepwise(apply, Q2, GQ, first, steps) };
  }
  const c = Math.min(l, opts.finalColumns ?? k + Math.max(8, Math.ceil(k / 8)));
  const { Q, width } = await filteredSubspace(ops, rt, op, p, l, k, c, opts);
  return finalRayleighRitz(ops, rt, W, X, p, q, Q, width, k, Math.min(c, width));
}
function shortSideMajor32(W, data32) {
  const { rows, cols } = W;
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
var KERNELS_WASM_BASE64 = "AGFzbQEAAAABdAtgDX9/f3x/f39/fH9/f38AYA5/f398f39/f3x/f39/fwBgBX9/f39/AGAHf39/f39/fwBgB39/f39/fH8AYAh/f39/f39/fwBgBX9/f39/AX9gBn9/f39/fwF/YAd/f39/f3x/AX9gBH9/f38AYAN/f38AAhIBA2VudgZtZW1vcnkCAwKAgAQDDw4AAQIDAwQFAgYHCAkKCgQFAXABAQEGDwJ/AUGAiAQLfwBBgIgECwfJAQ4HZ2VtbV9ubgAAB2dlbW1fbnQAAQxtaXJyb3JfbG93ZXIAAghwYW5lbF9xcgADD2JhbmRfdG9fdHJpZGlhZwAEEmJhbmRfdG9fdHJpZGlhZ19tdAAGDGJhbmRfZXh0cmFjdAAHA3RxbAAIDHN5bV9laWdfdG9wawAJDmNob2xfaW52X3VwcGVyAAoHeG9fdGFncwALEGZpc2hlcl95YXRlc19mMzIADBBmaXNoZXJfeWF0ZXNfZjY0AA0LX19oZWFwX2Jhc2UDAQrQsgMOth0KAn4KfwF7AX8Bewx/AXxBfwx7BHwgC6wgAKwiDX4gDKwiDn+nIQ8gC0EBaqwgDX4gDn+nIRACQAJAIAhEAAAAAAAA8D9hDQAgDyAQTg0AAkAgCEQAAAAAAAAAAGINACABQQFIDQIgCkEDdCERIAFBfnEhEiAJIAogD2xBA3RqIRMgAUF+aiILQQF2QQFqIgxBeHEhFCAMQQdxIRUgAUECSSEWIAtBDkkhFyAPIRgDQEEAIQsCQAJAIBYNAEEAIQwCQCAXDQBBACEMIBMhCyAUIQADQCAL/QwAAAAAAAAAAAAAAAAAAAAAIhn9CwMAIAtB8ABqIBn9CwMAIAtB4ABqIBn9CwMAIAtB0ABqIBn9CwMAIAtBwABqIBn9CwMAIAtBMGogGf0LAwAgC0EgaiAZ/QsDACALQRBqIBn9CwMAIAtBgAFqIQsgDEEQaiEMIABBeGoiAA0ACwsCQCAVRQ0AIBMgDEEDdGohCyAVIQwDQCAL/QwAAAAAAAAAAAAAAAAAAAAA/QsDACALQRBqIQsgDEF/aiIMDQALCyASIQsgEiABRg0BCyABIAtrIQwgEyALQQN0aiELA0AgC0IANwMAIAtBCGohCyAMQX9qIgwNAAsLIBMgEWohEyAYQQFqIhggEEcNAAwCCwsgAUEBSA0BIApBA3QhEiABQX5xIRUgCSAKIA9sQQN0aiEYIAFBfmoiC0EBdkEBaiIMQXxxIRogDEEDcSEXIAj9FCEZIAFBAkkhFiALQQZJIRQgDyERA0BBACELAkACQCAWDQBBACEMAkAgFA0AQQAhDCAYIQsgGiEAA0AgCyAL/QADACAZ/fIB/QsDACALQRBqIhMgE/0AAwAgGf3yAf0LAwAgC0EgaiITIBP9AAMAIBn98gH9CwMAIAtBMGoiEyAT/QADACAZ/fIB/QsDACALQcAAaiELIAxBCGohDCAAQXxqIgANAAsLAkAgF0UNACAYIAxBA3RqIQsgFyEMA0AgCyAL/QADACAZ/fIB/QsDACALQRBqIQsgDEF/aiIMDQALCyAVIQsgFSABRg0BCyABIAtrIQwgGCALQQN0aiELA0AgCyALKwMAIAiiOQMAIAtBCGohCyAMQX9qIgwNAAsLIBggEmohGCARQQFqIhEgEEcNAAsLIAFBAUgNACACQQFIDQAgA/0UIRsgD0EEaiEcIApBA3QhHSAKQQV0IR4gB0EDdCESIAdBC3QhHyAFQQV0ISAgCkECdCEhIAdBCHQhIiAEIAUgD2xBA3RqISMgBCAFIA9BA3QiC0EIaiIMbGohJCAEIAUgC0EQaiIAbGohJSAEIAUgC0EYaiILbGohJkEAIScgA0QAAAAAAAAAAKIhKCAJISlBfiEqIAkgCyAKbCIraiIsIS0gCSAAIApsIi5qIi8hMCAJIAwgCmwiMWoiMiEzIAkgDyAKbCI0QQN0aiI1ITYgBiE3QQAhOEGABCE5QQAhOgNAIAEgOkGABGoiOyA7IAFKGyI8IDprQXxxIj0gOmoiPiABIDkgASA5SBsiP0EDcSJAID9BAXEiQWsiQmohQyA6ID8gOEEJdGsiREF+cSJFaiFGIDogREF8cSILaiFHIDQgOmogC2ohSCBEQX5qIklBAXZBAWpBAXEhSiA0ID9qIUsgNyA/ICdqQQN0QWBxIkxqIU0gPyAqakEBdkEBakF+cSFOIAYhTyA3IVAgIyFRICQhUiAlIVMgJiFUQQAhVUGAAiFWQQAhVwNAIAIgVyIWQYACaiJXIFcgAkobIVggAiBWIAIgVkgbIVkgDyFaAkAgHCAQSg0AQQAhWyA1IVwgMiFdIC8hXiAsIV8gLSFgIDAhYSAzIWIgNiFjIFEhFSBSIRcgUyEUIFQhGiAcIQsgDyFaA0AgWiEMIAshWiAJIAwgCmxBA3RqImQgHWoiZSAdaiJmIB1qIWcCQCA9QQFIDQAgUCFoIDohaQNAAkACQCAWIFhIDQD9DAAAAAAAAAAAAAAAAAAAAAAiaiFrIGohbCBqIW0gaiFuIGohbyBqIXAgaiFxDAELIGghCyAVIQwgFyEAIBQhEyAaIRggWSER/QwAAAAAAAAAAAAAAAAAAAAAInEhcCBxIW8gcSFuIHEhbSBxIWwgcSFrIHEhagNAIG0gC/0AAAAiGSAY/QoDACJy/fIB/fABIW0gayAZIBP9CgMAInP98gH98AEhayBvIBkgAP0KAwAidP3yAf3wASFvIHEgGSAM/QoDACJ1/fIB/fABIXEgbiALQRBq/QAAACIZIHL98gH98AEhbiBsIBkgc/3yAf3wASFsIGogGSB0/fIB/fABIWogcCAZIHX98gH98AEhcCALIBJqIQsgDEEIaiEMIABBCGohACATQQhqIRMgGEEIaiEYIBYgEUF/aiIRRw0ACwsgZCBpQQN0IgtqIgwgGyBx/fIBIAz9AAAA/fAB/QsAACAMIBsgcP3yASAM/QAAEP3wAf0LABAgZSALaiIMIBsgb/3yASAM/QAAAP3wAf0LAAAgDCAbIGr98gEgDP0AABD98AH9CwAQIGYgC2oiDCAbIGv98gEgDP0AAAD98AH9CwAAIAwgGyBs/fIBIAz9AAAQ/fAB/QsAECBnIAtqIgsgGyBt/fIBIAv9AAAA/fAB/QsAACALIBsgbv3yASAL/QAAEP3wAf0LABAgaEEgaiFoIGlBBGoiaSA+SA0ACwsCQCA+IDxODQAgTSETID4hGAJAIBYgWEgNACA+IRgCQCBAQQJJDQAgPiEYIAkgPyAhIFtsIgtqQQN0aiIMIDFqIhEgCSBIIAtqQQN0aiIASyAJIEcgC2pBA3RqIhMgMWoiaSAJIEsgC2pBA3RqIgtJcQ0AID4hGCAMIC5qImggAEsgEyAuaiJkIAtJcQ0AID4hGCAMICtqIgwgAEsgEyAraiIAIAtJcQ0AID4hGCBpIGhJIGQgEUlxDQAgPiEYIGkgDEkgACARSXENACA+IRggZCAMSSAAIGhJcQ0AIGAhCyBhIQwgYiEAIGMhEyBCIRgDQCATIExqIhEgG/0MAAAAAAAAAAAAAAAAAAAAAP3yASIZIBH9AAMA/fAB/QsDACAAIExqIhEgGSAR/QADAP3wAf0LAwAgDCBMaiIRIBkgEf0AAwD98AH9CwMAIAsgTGoiESAZIBH9AAMA/fAB/QsDACALQRBqIQsgDEEQaiEMIABBEGohACATQRBqIRMgGEF+aiIYDQALIEMhGCBBRQ0CCyBcIBhBA3QiE2ohCyBdIBNqIQwgXiATaiEAIF8gE2ohEwNAIAsgKCALKwMAoDkDACAMICggDCsDAKA5AwAgACAoIAArAwCgOQMAIBMgKCATKwMAoDkDACALQQhqIQsgDEEIaiEMIABBCGohACATQQhqIRMgGEEBaiIYIDxIDQAMAgsLA0BEAAAAAAAAAAAhdkEAIQsgEyEMIFkhAEQAAAAAAAAAACF3RAAAAAAAAAAAIXhEAAAAAAAAAAAheQNAIBogC2orAwAgDCsDACIIoiB2oCF2IBQgC2orAwAgCKIgd6AhdyAXIAtqKwMAIAiiIHigIXggFSALaisDACAIoiB5oCF5IAwgEmohDCALQQhqIQsgFiAAQX9qIgBHDQALIGQgGEEDdCILaiIMIAMgeaIgDCsDAKA5AwAgZSALaiIMIAMgeKIgDCsDAKA5AwAgZiALaiIMIAMgd6IgDCsDAKA5AwAgZyALaiILIAMgdqIgCysDAKA5AwAgE0EIaiETIBhBAWoiGCA8SA0ACwsgXCAeaiFcIF0gHmohXSBeIB5qIV4gXyAeaiFfIGAgHmohYCBhIB5qIWEgYiAeaiFiIGMgHmohYyAVICBqIRUgFyAgaiEXIBQgIGohFCAaICBqIRogW0EBaiFbIFpBBGoiCyAQTA0ACwsCQCBaIBBODQAgFiBYTg0AIDwgOkwNACA/ICIgVWwiC2ohZSA6IAtqIVggPyBaIApsIgtqIV4gOiALaiFfIAkgC0EDdCILaiFmICkgC2ohXEEAIV0DQCAJIFogCmxBA3RqIWggBCBaIAVsQQN0aiFpIAkgXiBdIApsIgtqQQN0aiFnIAkgXyALakEDdGohZCBPIRcgUCEUQQAhFSAWIREDQCAGIBEgB2xBA3RqIRogaSARQQN0aisDACADoiEIIDohCwJAAkAgREECSQ0AAkAgZCAGIGUgFSAHbCIMakEDdGpPDQAgOiELIAYgWCAMakEDdGogZ0kNAQsgCP0UIRlBACEAAkAgSUECSQ0AQQAhACAUIQwgXCELIE4hEwNAIAsgGSAM/QADAP3yASAL/QADAP3wAf0LAwAgC0EQaiIYIBkgDEEQav0AAwD98gEgGP0AAwD98AH9CwMAIAxBIGohDCALQSBqIQsgAEEEaiEAIBNBfmoiEw0ACwsCQCBKRQ0AIGggOiAAakEDdCILaiIMIBkgGiALav0AAwD98gEgDP0AAwD98AH9CwMACyBGIQsgRCBFRg0BCyALQQFqIQwCQCA/IAtrQQFxRQ0AIGggC0EDdCILaiIAIAggGiALaisDAKIgACsDAKA5AwAgDCELCyA/IAxGDQAgPyALayEAIGYgC0EDdCIMaiELIBcgDGohDANAIAsgCCAMKwMAoiALKwMAoDkDACALQQhqIhMgCCAMQQhqKwMAoiATKwMAoDkDACALQRBqIQsgDEEQaiEMIABBfmoiAA0ACwsgFyASaiEXIBQgEmohFCAVQQFqIRUgEUEBaiIRIFlHDQALIGYgHWohZiBcIB1qIVwgXUEBaiFdIFpBAWoiWiAQRw0ACwsgTyAfaiFPIE0gH2ohTSBQIB9qIVAgUUGAEGohUSBSQYAQaiFSIFNBgBBqIVMgVEGAEGohVCBVQQFqIVUgVkGAAmohViBXIAJIDQALIClBgCBqISkgKkGAfGohKiAtQYAgaiEtIDBBgCBqITAgM0GAIGohMyA2QYAgaiE2ICdBgHxqIScgN0GAIGohNyA4QQFqITggOUGABGohOSA7ITogOyABSA0ACwsLwBIJAn8DfAN/An4OfwF8KX8Newp8AkACQCALRQ0AIAxBAWoiDiANRiEPAkACQCAOtyANtyIQo58gALciEaIiEplEAAAAAAAA4EFjRQ0AIBKqIRMMAQtBgICAgHghEwsgACATIA8bIgBBfnEgACAOIA1IGyEUAkAgDLcgEKOfIBGiIhCZRAAAAAAAAOBBY0UNACAQqkF+cSEVDAILQYCAgIB4QX5xIRUMAQsgDKwgAKwiFn4gDawiF3+nIRUgDEEBaqwgFn4gF3+nIRQLAkAgAkEBSA0AIAFBAUgNACAVIBRODQAgBUEEdCEYIAdBBXQhGSAHQQp0IRogBiAHQQN0IhtqIRwgBiAHQQR0aiEdIAYgB0EYbGohHkEAIR8gBCAVIAVsQQN0aiIgISEgBiEiQQAhI0GABCEkQQAhJQNARAAAAAAAAPA/IAggJRshJiACICVBgARqIicgJyACShsiKCAla0F+cSIpICVqISogJUEBciErICNBCXRBAXIhLCACICQgAiAkSBsiLUEBcSEuICIgLSAfakEDdEFwcSINaiEvIBwgDWohMCAdIA1qITEgHiANaiEyICEgDWohMyAiITQgHCE1IB0hNiAeITdBACE4A0AgASA4QYABaiI5IDkgAUobITogOEEEciE7ICAhPCAzIT0gISE+IBUhPwNAAkAgOiA/IkBBAmoiPyA6ID9IGyA6IAsbIkEgOEwNACAFQQAgQEEBaiJCIBRIG0EDdCFDIDghRAJAIDsgQUoNACA9IENqIUUgCSBAIApsQQN0aiFGIC8hRyAwIUggMSFJIDIhSiA0IUsgNSFMIDYhTSA3IU4gOyENIDghRANAIEQhTyANIUQCQAJAIClBAU4NAP0MAAAAAAAAAAAAAAAAAAAAACJQIVEgUCFSIFAhUyBQIVQgUCFVIFAhViBQIVcMAQsgPiENIEshDCBMIQAgTSEOIE4hD/0MAAAAAAAAAAAAAAAAAAAAACJXIVYgJSETIFchVSBXIVQgVyFTIFchUiBXIVEgVyFQA0AgUSAN/QAAACJYIA/9AAAAIln98gH98AEhUSBQIFggDv0AAAAiWv3yAf3wASFQIFYgWCAA/QAAACJb/fIB/fABIVYgVyBYIAz9AAAAIlz98gH98AEhVyBVIA0gQ2r9AAAAIlggWf3yAf3wASFVIFQgWCBa/fIB/fABIVQgUyBYIFv98gH98AEhUyBSIFggXP3yAf3wASFSIA1BEGohDSAMQRBqIQwgAEEQaiEAIA5BEGohDiAPQRBqIQ8gE0ECaiITICpIDQALCyBV/SEAIFX9IQGgIV0gVP0hACBU/SEBoCFeIFP9IQAgU/0hAaAhXyBS/SEAIFL9IQGgIWAgUf0hACBR/SEBoCERIFD9IQAgUP0hAaAhEiBW/SEAIFb9IQGgIWEgV/0hACBX/SEBoCFiAkAgKiAoTg0AQQAhDSAqIQwDQCBFIA1qKwMAIhAgSiANaisDACJjoiBdoCFdIBAgSSANaisDACJkoiBeoCFeIBAgSCANaisDACJloiBfoCFfIBAgRyANaisDACJmoiBgoCFgID0gDWorAwAiECBjoiARoCERIBAgZKIgEqAhEiAQIGWiIGGgIWEgECBmoiBioCFiIA1BCGohDSAMQQFqIgwgKEgNAAsLIEYgT0EDdGohDQJAAkACQCAmRAAAAAAAAAAAYQ0AIA0gAyBioiAmIA0rAwCioDkDACANIAMgYaIgJiANKwMIoqA5AwggDSADIBKiICYgDSsDEKKgOQMQIA0gAyARoiAmIA0rAxiioDkDGCBCIBRODQIgDSAKQQN0aiINIAMgYKIgJiANKwMAoqA5AwAgDSADIF+iICYgDSsDCKKgOQMIIA0gAyBeoiAmIA0rAxCioDkDECANQRhqIQwgJiANKwMYoiEQDAELIA0gAyARokQAAAAAAAAAAKA5AxggDSADIBKiRAAAAAAAAAAAoDkDECANIAMgYaJEAAAAAAAAAACgOQMIIA0gAyBiokQAAAAAAAAAAKA5AwAgQiAUTg0BRAAAAAAAAAAAIRAgDSAKQQN0aiINIAMgXqJEAAAAAAAAAACgOQMQIA0gAyBfokQAAAAAAAAAAKA5AwggDSADIGCiRAAAAAAAAAAAoDkDACANQRhqIQwLIAwgAyBdoiAQoDkDAAsgRyAZaiFHIEggGWohSCBJIBlqIUkgSiAZaiFKIEsgGWohSyBMIBlqIUwgTSAZaiFNIE4gGWohTiBEQQRqIg0gQUwNAAsLIEQgQU4NACAEIEAgBWxBA3RqIg0gQ2ogJUEDdCJIaiFJIA0gSGohSiAGIAcgRGxBA3RqIQ8gCSBCIApsQQN0aiFHIAkgQCAKbEEDdGohEwNARAAAAAAAAAAAIRBEAAAAAAAAAAAhEQJAICggJUwNAEQAAAAAAAAAACERICUhDUQAAAAAAAAAACEQAkAgLkUNACBJKwMAIAYgRCAHbEEDdGogSGorAwAiEKJEAAAAAAAAAACgIREgSisDACAQokQAAAAAAAAAAKAhECArIQ0LIC0gLEYNACAtIA1rIQAgDyANQQN0Ig1qIQwgPCANaiENA0AgDUEIaisDACAMQQhqKwMAIhKiIA0rAwAgDCsDACJhoiAQoKAhECANIENqIg5BCGorAwAgEqIgDisDACBhoiARoKAhESAMQRBqIQwgDUEQaiENIABBfmoiAA0ACwsgEyBEQQN0IgxqIQ0CQAJAAkAgJkQAAAAAAAAAAGENACANIAMgEKIgJiANKwMAoqA5AwAgQiAUTg0CICYgRyAMaiINKwMAoiEQDAELIA0gAyAQokQAAAAAAAAAAKA5AwAgQiAUTg0BIEcgDGohDUQAAAAAAAAAACEQCyANIAMgEaIgEKA5AwALIA8gG2ohDyBEQQFqIkQgQUcNAAsLIDwgGGohPCA9IBhqIT0gPiAYaiE+ID8gFEgNAAsgLyAaaiEvIDAgGmohMCAxIBpqITEgMiAaaiEyIDQgGmohNCA1IBpqITUgNiAaaiE2IDcgGmohNyA5ITggOSABSA0ACyAfQYB8aiEfICFBgCBqISEgIkGAIGohIiAcQYAgaiEcIB1BgCBqIR0gHkGAIGohHiAjQQFqISMgJEGABGohJCAnISUgJyACSA0ACwsLjAQCAn4TfwJAIAOsIACsIgV+IASsIgZ/pyIHIANBAWqsIAV+IAZ/pyIITg0AIAIgB0EBamxBA3QgB0EDdCIDaiEJIAIgB0EDamxBA3QgA2ohCiACIAdsIQsgAkEFdCEMIAAgB2tBfWohDSACQQN0Ig5BCGohDyAHQX9zIABqIRAgAkEBaiAHbEEDdCERQQAhEgNAAkAgByITQQFqIgcgAE4NACAHIRQCQCAQIBJrIhVBAkkNACAHIRQgAkEBRw0AIBVBfmoiA0EBdkEBakEBcSEWQQAhFwJAIANBAkkNACANQQF2QQFqQX5xIRhBACEXIAkhAyAKIQQgESEUA0AgASAUaiIZQQhqIAEgA2r9AAMA/QsDACAZQRhqIAEgBGr9AAMA/QsDACADIAxqIQMgBCAMaiEEIBRBIGohFCAXQQRqIRcgGEF+aiIYDQALCyAVQX5xIQMCQCAWRQ0AIAEgByAXaiIEIBMgAmxqQQN0aiABIAQgAmwgE2pBA3Rq/QADAP0LAwALIBUgA0YNASAHIANqIRQLIAEgFCALakEDdGohAyABIBMgAiAUbGpBA3RqIQQDQCADIAQrAwA5AwAgBCAOaiEEIANBCGohAyAUQQFqIhQgAEgNAAsLIAsgAmohCyANQX9qIQ0gCSAPaiEJIAogD2ohCiARIA9qIREgEkEBaiESIAcgCEcNAAsLC5wqCQd/AXslfwF8AX8BfAN/BHwFf0EAIQcCQAJAAkAgASABbCIIDgICAQALAkAgBSAIQQN0IglqIARNDQAgBCAJaiAFSw0BCyAIQX5xIgdBfmoiCUEBdkEBaiIKQQNxIQtBACEMAkAgCUEGSQ0AIApBfHEhDUEAIQlBACEMA0AgBSAJaiIK/QwAAAAAAAAAAAAAAAAAAAAAIg79CwMAIAQgCWoiDyAO/QsDACAPQRBqIA79CwMAIApBEGogDv0LAwAgD0EgaiAO/QsDACAKQSBqIA79CwMAIA9BMGogDv0LAwAgCkEwaiAO/QsDACAJQcAAaiEJIAxBCGohDCANQXxqIg0NAAsLAkAgC0UNACAEIAxBA3QiCmohCSAFIApqIQoDQCAK/QwAAAAAAAAAAAAAAAAAAAAAIg79CwMAIAkgDv0LAwAgCUEQaiEJIApBEGohCiALQX9qIgsNAAsLIAggB0YNAQsgCCAHQX9zaiELAkAgCCAHa0EDcSIPRQ0AIAQgB0EDdCIKaiEJIAUgCmohCgNAIAlCADcDACAKQgA3AwAgCUEIaiEJIApBCGohCiAHQQFqIQcgD0F/aiIPDQALCyALQQNJDQAgB0EDdCELIAggB2shDCAEIQcgBSEPA0AgByALaiIJQgA3AwAgDyALaiIKQgA3AwAgCUEIakIANwMAIApBCGpCADcDACAJQRBqQgA3AwAgCkEQakIANwMAIAlBGGpCADcDACAKQRhqQgA3AwAgB0EgaiEHIA9BIGohDyAMQXxqIgwNAAsLQQAhEAJAIAFBAEogAEEASnEiEUEBRw0AIAFBf2oiEiAAQX9qIhMgEiATSRshFCABQX1qIRUgBkHAAGohFiAAQX1qIRcgA0EFdCEYIANBBHQhGSACQQhqIRogAUF+aiEbIABBfmohHCAEQQhqIR0gAUEDdEEIaiEeIAIgA0EDdCIfaiEgIB9BCGohISACIANBGGxqISIgAiEjQQAhJCAEISUgAiEmIAIhJyASIQhBACEPA0AgISAPbCEoIA9BA3QhKSAIQX5qIipBAXZBAWohKyAVQQF2QQFqIixBfnEhLSAPIANsIi4gAWohLyAPIAFsITAgD0H+////B3EiMUF+aiEyIA9BfnFBfmohMyACIC4gD2pBA3RqIgwrAwAhNAJAAkAgD0EBaiI1IABOIg0NAEQAAAAAAAAAACE2IDUhCQJAIBMgD2siN0EBcSI4RQ0AIAIgNSADbCAPakEDdGorAwCZIjZEAAAAAAAAAAAgNkQAAAAAAAAAAGQbITYgD0ECaiEJCwJAIBwgD0YiOQ0AIAAgCWshCiAnIAMgCWxBA3RqIQcgJyADIAlBAWpsQQN0aiELQQAhCQNAIAsgCWorAwCZIjogByAJaisDAJkiOyA2IDsgNmQbIjYgOiA2ZBshNiAJIBlqIQkgCkF+aiIKDQALCyA2RAAAAAAAAAAAZEUNAEQAAAAAAAAAACE8RAAAAAAAAAAAIToCQCANDQBEAAAAAAAAAAAhOiA1IQkCQCA4RQ0AIA9BAmohCSACIDUgA2wgD2pBA3RqKwMAIDajIjogOqJEAAAAAAAAAACgIToLIDkNACAAIAlrIQogJyADIAlsQQN0aiEHICcgAyAJQQFqbEEDdGohC0EAIQkDQCALIAlqKwMAIDajIjsgO6IgByAJaisDACA2oyI7IDuiIDqgoCE6IAkgGWohCSAKQX5qIgoNAAsLRAAAAAAAAPA/RAAAAAAAAPC/IDREAAAAAAAAAABmG5ohOwJAIDYgOp+imSI2IDSZIjogOiA2YyIJGyI9RAAAAAAAAAAAYQ0AID0gOiA2IAkbID2jIjYgNqJEAAAAAAAA8D+gn6IhPAsgPCA7oiI8IDShIDyjITsCQCANDQBEAAAAAAAA8D8gNCA8oaMhNiA1IQoCQCA3QQJJDQAgNSEKIANBAUcNACA3QX5qIglBAXZBAWpBAXEhDSA2/RQhDkEAIQoCQCAJQQJJDQAgF0EBdkEBakF+cSEHQQAhCUEAIQoDQCAgIAlqIgsgDiAL/QADAP3yAf0LAwAgIiAJaiILIA4gC/0AAwD98gH9CwMAIAkgGGohCSAKQQRqIQogB0F+aiIHDQALCyA3QX5xIQkCQCANRQ0AIAIgNSAKaiADbCAPakEDdGoiCiAOIAr9AAMA/fIB/QsDAAsgNyAJRg0BIDUgCWohCgsgCkF/cyAAaiELAkAgACAKa0EDcSIHRQ0AIAIgDyADIApsakEDdGohCQNAIAkgNiAJKwMAojkDACAJIB9qIQkgCkEBaiEKIAdBf2oiBw0ACwsgC0EDSQ0AIAAgCmshByAnIAMgCmxBA3RqIQsgJyADIApBAWpsQQN0aiENICcgAyAKQQJqbEEDdGohNyAnIAMgCkEDamxBA3RqIThBACEJA0AgCyAJaiIKIDYgCisDAKI5AwAgDSAJaiIKIDYgCisDAKI5AwAgNyAJaiIKIDYgCisDAKI5AwAgOCAJaiIKIDYgCisDAKI5AwAgCSAYaiEJIAdBfGoiBw0ACwsgDEKAgICAgICA+D83AwACQCA7RAAAAAAAAAAAYg0AIDwhNAwCCyAGIAhBA3RqIT4CQCAPQX9zIAFqQQFIIjkNAEEAIQoCQCAIQQJJDQAgK0EHcSEHQQAhCwJAICpBDkkNACAsQXhxIQpBACELIBYhCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAwAgCUEwaiAO/QsDACAJQSBqIA79CwMAIAlBEGogDv0LAwAgCUFwaiAO/QsDACAJQWBqIA79CwMAIAlBUGogDv0LAwAgCUFAaiAO/QsDACAJQYABaiEJIAtBEGohCyAKQXhqIgoNAAsLIAhBfnEhCgJAIAdFDQAgLEEHcUEEdCEHIAYgC0EDdGohCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAlBEGohCSAHQXBqIgcNAAsLIAggCkYNAQsgBiAKQQN0aiEJA0AgCUIANwMAIAlBCGohCSAIIApBAWoiCkcNAAsLIAhBAXEhPyArQQFxIUAgCEF+cSFBIBogKWohLEEAITggJiEMIA8hNwNAAkAgOQ0AICwgNyADbCIJQQN0aiFCIAIgCSAPakEDdGorAwAhNkEAIQcCQCAIQQJJDQACQCACIC8gOCADbCIJakEDdGogBk0NACAJQQN0IAJqIChqQQhqID5JDQELIDb9FCEOQQAhBwJAICpBAkkNAEEAIQcgLSELIAYhCSAMIQoDQCAJIA4gCkEIav0AAwD98gEgCf0AAwD98AH9CwMAIAlBEGoiDSAOIApBGGr9AAMA/fIBIA39AAMA/fAB/QsDACAJQSBqIQkgCkEgaiEKIAdBBGohByALQX5qIgsNAAsLAkAgQEUNACAGIAdBA3QiCWoiCiAOIEIgCWr9AAMA/fIBIAr9AAMA/fAB/QsDAAsgQSEHIAggQUYNAQsgDyAHaiEJAkAgP0UNACAGIAdBA3QiCmoiCyA2IEIgCmorAwCiIAsrAwCgOQMAIAdBAXIhBwsgGyAJRg0AIAdBA3QhCQNAIAYgCWoiCiA2IAwgCWoiC0EIaisDAKIgCisDAKA5AwAgCkEIaiIKIDYgC0EQaisDAKIgCisDAKA5AwAgCUEQaiEJIAggB0ECaiIHRw0ACwsgDCAfaiEMIDhBAWohOCA3QQFqIjcgAEcNAAsgCEF+cSFBIDuaITpBACE4ICYhDSAPITcDQAJAIDkNACAsIDcgA2wiCUEDdGohQiACIAkgD2pBA3RqKwMAIDqiITZBACEKAkAgCEECSQ0AAkAgOCADbCIJQQN0IAJqIChqQQhqID5PDQAgAiAvIAlqQQN0aiAGSw0BCyA2/RQhDkEAIQcCQCAqQQJJDQBBACEHIC0hCyANIQkgBiEKA0AgCUEIaiIMIA4gCv0AAwD98gEgDP0AAwD98AH9CwMAIAlBGGoiDCAOIApBEGr9AAMA/fIBIAz9AAMA/fAB/QsDACAJQSBqIQkgCkEgaiEKIAdBBGohByALQX5qIgsNAAsLAkAgQEUNACBCIAdBA3QiCWoiCiAOIAYgCWr9AAMA/fIBIAr9AAMA/fAB/QsDAAsgQSEKIAggQUYNAQsgDyAKaiEJAkAgP0UNACBCIApBA3QiB2oiCyA2IAYgB2orAwCiIAsrAwCgOQMAIApBAXIhCgsgGyAJRg0AIApBA3QhCQNAIA0gCWoiB0EIaiILIDYgBiAJaiIMKwMAoiALKwMAoDkDACAHQRBqIgcgNiAMQQhqKwMAoiAHKwMAoDkDACAJQRBqIQkgCCAKQQJqIgpHDQALCyANIB9qIQ0gOEEBaiE4IDdBAWoiNyAARw0ACyA8ITQMAQsgDEKAgICAgICA+D83AwBEAAAAAAAAAAAhOwsgM0EBdiEMIDJBAXYhDSAEIDAgD2pBA3QiN2ogNDkDAAJAIDUgAU4NACA1IQcCQCAIQQJJDQACQCAdIB4gD2xqIAIgL0EDdGpPDQAgNSEHIBogKGogBCAwIAFqQQN0akkNAQsgK0EBcSE4QQAhCgJAICpBAkkNAEEAIQlBACEKA0AgJSAJaiIHQQhqICYgCWoiC0EIav0AAwD9CwMAIAdBGGogC0EYav0AAwD9CwMAIAlBIGohCSAKQQRqIQogLUF+aiItDQALCyAIQX5xIQkCQCA4RQ0AIAQgNSAKaiIKIDBqQQN0aiACIAogLmpBA3Rq/QADAP0LAwALIAggCUYNASA1IAlqIQcLIAdBf3MgAWohOAJAIAEgB2tBA3EiC0UNACACIAcgEGpBA3RqIQkgBCAHICRqQQN0aiEKA0AgCiAJKwMAOQMAIAlBCGohCSAKQQhqIQogB0EBaiEHIAtBf2oiCw0ACwsgOEEDSQ0AIAEgB2shCyAEIAcgJGpBA3RqIQkgAiAHIBBqQQN0aiEKA0AgCSAKKwMAOQMAIAlBCGogCkEIaisDADkDACAJQRBqIApBEGorAwA5AwAgCUEYaiAKQRhqKwMAOQMAIAlBIGohCSAKQSBqIQogC0F8aiILDQALCyAMQQFqIQwgDUEBaiENIAUgN2ogOzkDAEEAIQoCQAJAAkACQCAPDgIDAQALIA1BB3EhB0EAIQsCQCAyQQ5JDQAgDEF4cSEKQQAhCyAWIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAAIg79CwMAIAlBMGogDv0LAwAgCUEgaiAO/QsDACAJQRBqIA79CwMAIAlBcGogDv0LAwAgCUFgaiAO/QsDACAJQVBqIA79CwMAIAlBQGogDv0LAwAgCUGAAWohCSALQRBqIQsgCkF4aiIKDQALCyAPQf7///8HcSEKAkAgB0UNACAMQQdxIQcgBiALQQN0aiEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgCUEQaiEJIAdBf2oiBw0ACwsgDyAKRg0BCyAGIApBA3RqIQkDQCAJQgA3AwAgCUEIaiEJIA8gCkEBaiIKRw0ACwsgD0EBIA9BAUsbISwgBiApaiE/IAxBfnEhLyAPQQFxIS0gDUEBcSFCQQAhOCAjIQwgDyE3A0AgAiA3IANsIglBA3RqITkgAiAJIA9qQQN0aisDACE2QQAhBwJAAkAgD0ECSQ0AAkAgAiA4IANsIglBA3RqIChqIAZNDQBBACEHIAIgLiAJakEDdGogP0kNAQsgNv0UIQ5BACEHAkAgMkUNACAvIQsgBiEJIAwhCgNAIAkgCv0AAwAgDv3yASAJ/QADAP3wAf0LAwAgCUEQaiINIApBEGr9AAMAIA798gEgDf0AAwD98AH9CwMAIAlBIGohCSAKQSBqIQogB0EEaiEHIAtBfmoiCw0ACwsCQCBCRQ0AIAYgB0EDdCIJaiIKIDkgCWr9AAMAIA798gEgCv0AAwD98AH9CwMACyAxIQcgDyAxRg0BCyAHQQFyIQkCQCAtRQ0AIAYgB0EDdCIKaiIHIDkgCmorAwAgNqIgBysDAKA5AwAgCSEHCyAPIAlGDQAgB0EDdCEJA0AgBiAJaiIKIAwgCWoiCysDACA2oiAKKwMAoDkDACAKQQhqIgogC0EIaisDACA2oiAKKwMAoDkDACAJQRBqIQkgDyAHQQJqIgdHDQALCyAMIB9qIQwgOEEBaiE4IDdBAWoiNyAARw0ACyA7miE6QQAhDEEAIQsDQCALIgcgAWwhDSAHQQFqIQtEAAAAAAAAAAAhNgJAIA8gB00NAEQAAAAAAAAAACE2AkAgDyAHa0EBcUUNACAFIAcgDWpBA3RqKwMAIAYgB0EDdGorAwCiRAAAAAAAAAAAoCE2IAdBAWohBwsgDyALRg0AIAYgB0EDdGohCSAFIAcgDGpBA3RqIQoDQCAKQQhqKwMAIAlBCGorAwCiIAorAwAgCSsDAKIgNqCgITYgCkEQaiEKIAlBEGohCSAHQQJqIgcgD0kNAAsLIAUgDSAPakEDdGogNiA6ojkDACAMIAFqIQwgCyAsRw0ACwsgIyAfaiEjIBAgA2ohECAkIAFqISQgJSAeaiElICYgIWohJiAVQX9qIRUgF0F/aiEXICAgIWohICAiICFqISIgJ0EIaiEnIAhBf2ohCCAPIBRGIQkgNSEPIAlFDQALIBFFDQAgAUF/aiIJIABBf2oiCiAJIApJGyE4IANBAWohHyABQX1qIQwgAkEoaiEIIANBA3RBCGohAEEAIQZBASENQQAhDwNAAkAgDyILQQFqIg8gAU4NACAPIQkCQCASIAtrIjdBAkkNACAMQQF2QQFqITkgN0F+aiIJQQF2QQFqQQNxISxBACEHAkAgCUEGSQ0AIDlBfHEhCkEAIQcgCCEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAACIO/QsDACAJQRBqIA79CwMAIAlBcGogDv0LAwAgCUFgaiAO/QsDACAJQcAAaiEJIAdBCGohByAKQXxqIgoNAAsLIDdBfnEhBQJAICxFDQAgOUEDcUEEdCEKIAIgByANakEDdGohCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAlBEGohCSAKQXBqIgoNAAsLIDcgBUYNASAPIAVqIQkLIAEgCWshCiACIAkgBmpBA3RqIQkDQCAJQgA3AwAgCUEIaiEJIApBf2oiCg0ACwsgBiADaiEGIA0gH2ohDSAMQX9qIQwgCCAAaiEIIAsgOEcNAAsLC4FLBix/BXwCfwF8AnsKfwJAIABBA0gNACAGIAFBBHQiB2ohCCAGIAFBA3QiCWohCiAGIAFBA2xBA3QiC2ohDCAGQShqIQ0gAkF4aiEOIAJBEGohDyADQX9qIRAgBkEYaiERIABBfmohEiADQQN0IhNBeGohFCAGIAlqIhVBGGohFiAVQcAAaiEXIAYgAUEBdEEDdGoiGEEQaiEZIBhBGGohGiAGIAtqIhtBwABqIRwgAkEgaiIdIR4gAkEYaiIfISAgAkEIaiIhISIgAEF/aiIjISQgAkEoaiIlISZBACEnA0ACQCABIAAgJyILQQFqIidrIgkgCSABShsiCUECSA0AIAEgIyALayIoIAEgKEgbIilBfWohKiABICQgASAkSBsiK0F/aiEsICtBfWohLSApQX9qIi5BA3EhL0EBITAgCyADbEEBaiIxQQN0ITJEAAAAAAAAAAAhMwJAIClBfmpBA0kNACAsQXxxITBBACEoRAAAAAAAAAAAITMgJiELA0AgCysDAJkiNCALQXhqKwMAmSI1IAtBcGorAwCZIjYgC0FoaisDAJkiNyAzIDcgM2QbIjMgNiAzZBsiMyA1IDNkGyIzIDQgM2QbITMgC0EgaiELIDAgKEEEaiIoRw0ACyAoQQFqITALIC1BAXYhOCAqQQF2ITkgAiAyaiEtAkAgL0UNACAsQQNxQQN0ISggIiAwQQN0aiELA0AgCysDAJkiNCAzIDQgM2QbITMgC0EIaiELIChBeGoiKA0ACwsgOEEBaiEyIDlBAWohLyAtKwMAITZEAAAAAAAAAAAhNAJAAkAgM0QAAAAAAAAAAGINACA2ITUMAQtBASELIC5BAXEhOEQAAAAAAAAAACE0AkAgKUECRg0AICxBfnEhMEEAIShEAAAAAAAAAAAhNCAgIQsDQCALKwMAIDOjIjUgNaIgC0F4aisDACAzoyI1IDWiIDSgoCE0IAtBEGohCyAwIChBAmoiKEcNAAsgKEEBaiELCwJAIDhFDQAgLSALQQN0aisDACAzoyI1IDWiIDSgITQLRAAAAAAAAAAAITVEAAAAAAAA8D9EAAAAAAAA8L8gNkQAAAAAAAAAAGYbmiE3AkAgMyA0n6KZIjMgNpkiNCA0IDNjIgsbIjpEAAAAAAAAAABhDQAgOiA0IDMgCxsgOqMiMyAzokQAAAAAAADwP6CfoiE1CyA1IDeiIjUgNqEhNEQAAAAAAADwPyA2IDWhoyEzQQEhCwJAAkAgLkECSQ0AIC9BA3EhLCAz/RQhO0EAISgCQCAqQQZJDQAgMkF8cSEwQQAhKCAeIQsDQCALIDsgC/0AAwD98gH9CwMAIAtBcGoiKSA7ICn9AAMA/fIB/QsDACALQRBqIikgOyAp/QADAP3yAf0LAwAgC0EgaiIpIDsgKf0AAwD98gH9CwMAIAtBwABqIQsgKEEIaiEoIDBBfGoiMA0ACwsgLkF+cSEpAkAgLEUNACAyQQNxIQsDQCAtIChBA3RBCHJqIjAgOyAw/QADAP3yAf0LAwAgKEECaiEoIAtBf2oiCw0ACwsgLiApRg0BIC5BAXIhCwsgKyALayEoICIgC0EDdGohCwNAIAsgMyALKwMAojkDACALQQhqIQsgKEF/aiIoDQALCyA0IDWjITQLIAZCgICAgICAgPg/NwMAQQEhKAJAAkAgLkECSQ0AIC9BAXEhLEEAITACQCAqQQJJDQAgMkF+cSEpQQAhMCAeIQsgESEoA0AgC/0AAwAhOyAL/QwAAAAAAAAAAAAAAAAAAAAAIjz9CwMAICggO/0LAwAgKEFwaiALQXBqIir9AAMA/QsDACAqIDz9CwMAIAtBIGohCyAoQSBqISggMEEEaiEwIClBfmoiKQ0ACwsgLkF+cSELAkAgLEUNACAGIDBBAXIiKEEDdGogAiAoIDFqQQN0aiIo/QADAP0LAwAgKP0MAAAAAAAAAAAAAAAAAAAAAP0LAwALIC4gC0YNASAuQQFyISgLIChBA3QhCyArIChrISgDQCAGIAtqICIgC2oiMCsDADkDACAwQgA3AwAgC0EIaiELIChBf2oiKA0ACwsgLSA1OQMAIAIgAyAnIAkgBiA0IAoQhYCAgAAgASAAIAkgJ2oiC2siKCAoIAFKGyIoQQFIDQAgJyE9A0AgPSE+IAkhOCALIT0gKCEJAkAgNEQAAAAAAAAAAGENAEEAISoCQAJAIAlBAkkNACAJQX5xIipBfmoiC0EBdkEBaiIpQQdxIShBACEwAkAgC0EOSQ0AIClBeHEhKUEAITAgHCELA0AgC/0MAAAAAAAAAAAAAAAAAAAAACI7/QsDACALQTBqIDv9CwMAIAtBIGogO/0LAwAgC0EQaiA7/QsDACALQXBqIDv9CwMAIAtBYGogO/0LAwAgC0FQaiA7/QsDACALQUBqIDv9CwMAIAtBgAFqIQsgMEEQaiEwIClBeGoiKQ0ACwsCQCAoRQ0AIBsgMEEDdGohCwNAIAv9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAtBEGohCyAoQX9qIigNAAsLIAkgKkYNAQsgCSAqayEoIBsgKkEDdGohCwNAIAtCADcDACALQQhqIQsgKEF/aiIoDQALCyA4QQFIDQBBACEsIAIgPSAQID5sakEDdGoiLSEuA0AgBiAsQQN0aiILKwMAITNBACEqAkAgCUECSCIvDQAgC/0KAwAhO0EAISggDCELIC4hMANAIAsgC/0AAAAgOyAw/QAAAP3yAf3wAf0LAAAgC0EQaiELIDBBEGohMCAoQQRqISkgKEECaiIqISggKSAJTA0ACwsCQCAJICpMDQACQCAJICprIjJBAkkNACAyQX5xIjlBfmoiC0EBdkEBaiIoQQFxITEgM/0UITsCQAJAIAsNAEEAITAMAQsgKkEDdCELIChBfnEhKUEAITADQCAMIAtqIiggOyAuIAtqIiv9AAMA/fIBICj9AAMA/fAB/QsDACAoQRBqIiggOyArQRBq/QADAP3yASAo/QADAP3wAf0LAwAgC0EgaiELIDBBBGohMCApQX5qIikNAAsLAkAgMUUNACAMICogMGpBA3QiC2oiKCA7IAIgPSAsID5qIjBrIDAgA2xqQQN0aiALav0AAwD98gEgKP0AAwD98AH9CwMACyAyIDlGDQEgKiA5aiEqCyAqQQN0IQsgCSAqayEoA0AgDCALaiIwIDMgLiALaisDAKIgMCsDAKA5AwAgC0EIaiELIChBf2oiKA0ACwsgLiAUaiEuICxBAWoiLCA4Rw0ACyA0miE0QQAhKwNAIAYgK0EDdGorAwAgNKIiM/0UITtBACEqAkAgLw0AQQAhKCAtIQsgDCEwA0AgCyAL/QAAACA7IDD9AAAA/fIB/fAB/QsAACALQRBqIQsgMEEQaiEwIChBBGohKSAoQQJqIiohKCApIAlMDQALCwJAIAkgKkwNAAJAIAkgKmsiLEECSQ0AICxBfnEiMkF+aiILQQF2QQFqIihBAXEhOQJAAkAgCw0AQQAhMAwBCyAqQQN0IQsgKEF+cSEpQQAhMANAIC0gC2oiKCA7IAwgC2oiLv0AAwD98gEgKP0AAwD98AH9CwMAIChBEGoiKCA7IC5BEGr9AAMA/fIBICj9AAMA/fAB/QsDACALQSBqIQsgMEEEaiEwIClBfmoiKQ0ACwsCQCA5RQ0AIAIgPSArID5qIgtrIAsgA2xqQQN0aiAqIDBqQQN0IgtqIiggOyAMIAtq/QADAP3yASAo/QADAP3wAf0LAwALICwgMkYNASAqIDJqISoLICpBA3QhCyAJICprISgDQCAtIAtqIjAgMyAMIAtqKwMAoiAwKwMAoDkDACALQQhqIQsgKEF/aiIoDQALCyAtIBRqIS0gK0EBaiIrIDhHDQALC0QAAAAAAAAAACE0AkACQCAJQQJIIi4NACAJQX9qIjJBA3EhKCA+IANsIiwgOGoiL0EDdCErAkACQCAJQX5qIj9BA08NAEEBIQtEAAAAAAAAAAAhMwwBCyAyQXxxISkgHSAraiELQQAhMEQAAAAAAAAAACEzA0AgCysDAJkiNCALQXhqKwMAmSI1IAtBcGorAwCZIjYgC0FoaisDAJkiNyAzIDcgM2QbIjMgNiAzZBsiMyA1IDNkGyIzIDQgM2QbITMgC0EgaiELICkgMEEEaiIwRw0ACyAwQQFqIQsLIAIgK2ohLQJAIChFDQAgAiA4IAtqICxqQQN0aiELA0AgCysDAJkiNCAzIDQgM2QbITMgC0EIaiELIChBf2oiKA0ACwsgLSsDACE2RAAAAAAAAAAAITQCQAJAIDNEAAAAAAAAAABiDQAgNiE1DAELQQEhCyAyQQFxISkCQAJAID8NAEQAAAAAAAAAACE0DAELIDJBfnEhMCAPICtqIQtBACEoRAAAAAAAAAAAITQDQCALKwMAIDOjIjUgNaIgC0F4aisDACAzoyI1IDWiIDSgoCE0IAtBEGohCyAwIChBAmoiKEcNAAsgKEEBaiELCwJAIClFDQAgLSALQQN0aisDACAzoyI1IDWiIDSgITQLRAAAAAAAAAAAITVEAAAAAAAA8D9EAAAAAAAA8L8gNkQAAAAAAAAAAGYbmiE3AkAgMyA0n6KZIjMgNpkiNCA0IDNjIgsbIjpEAAAAAAAAAABhDQAgOiA0IDMgCxsgOqMiMyAzokQAAAAAAADwP6CfoiE1C0QAAAAAAADwPyA2IDUgN6IiNaGjITNBASELAkACQCAJQX9qIjlBAkkNACA5QX5xIjFBfmoiC0EBdkEBaiIpQQNxITAgM/0UITtBACEoAkAgC0EGSQ0AIClBfHEhKSAlICtqIQtBACEoA0AgCyA7IAv9AAMA/fIB/QsDACALQWBqIiogOyAq/QADAP3yAf0LAwAgC0FwaiIqIDsgKv0AAwD98gH9CwMAIAtBEGoiKiA7ICr9AAMA/fIB/QsDACALQcAAaiELIChBCGohKCApQXxqIikNAAsLAkAgMEUNAANAIC0gKEEDdEEIcmoiCyA7IAv9AAMA/fIB/QsDACAoQQJqISggMEF/aiIwDQALCyA5IDFGDQEgOUEBciELCyAJIAtrISggAiA4IAtqICxqQQN0aiELA0AgCyAzIAsrAwCiOQMAIAtBCGohCyAoQX9qIigNAAsLIDUgNqEgNaMhNAsgCEKAgICAgICA+D83AwACQCAuDQBBASELAkAgCUF/aiIuQQJJDQAgLkF+cSI5QX5qIgtBAXZBAWoiKEEBcSExAkACQCALDQBBACEwDAELIChBfnEhKSAfICtqIQtBACEwIBohKANAIAv9AAMAITsgC/0MAAAAAAAAAAAAAAAAAAAAACI8/QsDACAoIDv9CwMAIChBcGogC0FwaiIq/QADAP0LAwAgKiA8/QsDACALQSBqIQsgKEEgaiEoIDBBBGohMCApQX5qIikNAAsLAkAgMUUNACAIIDBBAXIiC0EDdGogAiALIC9qQQN0aiIL/QADAP0LAwAgC/0MAAAAAAAAAAAAAAAAAAAAAP0LAwALIC4gOUYNASAuQQFyIQsLIAkgC2shMCAYIAtBA3RqISggAiA4IAtqICxqQQN0aiELA0AgKCALKwMAOQMAIAtCADcDACALQQhqIQsgKEEIaiEoIDBBf2oiMA0ACwsgLSA1OQMAAkAgOEECSA0AIDREAAAAAAAAAABhDQAgCUECaiFAQQEhQSAOID0gAyA+QQFqbGogPmtBA3QiC2ohMSAhIAtqITkgNJohNQNAIAIgPSBBID5qIgtrIAsgA2xqQQN0aiEs/QwAAAAAAAAAAAAAAAAAAAAAITtBACEwIBkhKSA5ISogCCELIDEhKANAICkiLkEQaiEpICoiK0EQaiEqIDAiLUECaiEwIDsgC/0AAAAgKP0AAAD98gH98AEhOyALQRBqIQsgKEEQaiEoIC1BBGogCUwNAAsgO/0hACA7/SEBoCEzAkAgCSAwTA0AIAkgMGsiC0F/aiEpAkAgC0EDcUUNAEEAIQtBACBAIC1rQQNxayEoA0AgLisDACArKwMAoiAzoCEzIC5BCGohLiArQQhqISsgKCALQX9qIgtHDQALIDAgC2shMAsgKUEDSQ0AIAkgMGshKSAxIDBBA3QiKGohCyAYIChqISgDQCAoQRhqKwMAIAtBGGorAwCiIChBEGorAwAgC0EQaisDAKIgKEEIaisDACALQQhqKwMAoiAoKwMAIAsrAwCiIDOgoKCgITMgC0EgaiELIChBIGohKCApQXxqIikNAAsLIDMgNaIiM/0UITtBACEoQQIhMCA/ISkgGSEqIDkhLQNAICwgKEEDdCILaiIoICj9AAAAIDsgCCALav0AAAD98gH98AH9CwAAICkiL0F+aiEpICoiK0EQaiEqIC0iLkEQaiEtIDAiCyEoIAtBAmoiMCAJTA0ACwJAIAkgC0wNAAJAIAkgC2siKkECSQ0AICpBfnEiLUF+aiIoQQF2QQFqQQFxIUICQAJAICgNAEEAISgMAQsgL0F+cUF+akEBdkEBakF+cSEwQQAhKANAIC4gOyAr/QADAP3yASAu/QADAP3wAf0LAwAgLkEQaiIpIDsgK0EQav0AAwD98gEgKf0AAwD98AH9CwMAICtBIGohKyAuQSBqIS4gKEEEaiEoIDBBfmoiMA0ACwsCQCBCRQ0AICwgCyAoakEDdCIoaiIwIDsgCCAoav0AAwD98gEgMP0AAwD98AH9CwMACyAqIC1GDQEgCyAtaiELCyAJIAtrITAgGCALQQN0IgtqISggMSALaiELA0AgCyAzICgrAwCiIAsrAwCgOQMAIChBCGohKCALQQhqIQsgMEF/aiIwDQALCyA5IBRqITkgMSAUaiExIEFBAWoiQSA4Rw0ACwsCQCA0RAAAAAAAAAAAYQ0AIAlBAUgNAkEAISoCQAJAIAlBAUYiQw0AIAlBfnEiKkF+aiILQQF2QQFqIilBB3EhKEEAITACQCALQQ5JDQAgKUF4cSEpQQAhMCAXIQsDQCAL/QwAAAAAAAAAAAAAAAAAAAAAIjv9CwMAIAtBMGogO/0LAwAgC0EgaiA7/QsDACALQRBqIDv9CwMAIAtBcGogO/0LAwAgC0FgaiA7/QsDACALQVBqIDv9CwMAIAtBQGogO/0LAwAgC0GAAWohCyAwQRBqITAgKUF4aiIpDQALCwJAIChFDQAgFSAwQQN0aiELA0AgC/0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgC0EQaiELIChBf2oiKA0ACwsgCSAqRg0BCyAJICprISggFSAqQQN0aiELA0AgC0IANwMAIAtBCGohCyAoQX9qIigNAAsLQQAhQSAWIUIgCiEsIAkhPyAJIT4gAiADID1sQQN0aiIoITAgCCEvA0AgQUEDdCE4IEFBf3MhOf0MAAAAAAAAAAAAAAAAAAAAACE7AkACQCAJIEFrIi5BAk4NAEEAIS0MAQtBACELIDAhKSAvISoDQCA7ICn9AAAAICr9AAAA/fIB/fABITsgC0EEaiErIClBEGohKSAqQRBqISogC0ECaiItIQsgKyAuTA0ACwsgCCA4aiErIAkgOWohOSA7/SEAIDv9IQGgITMCQCAtIC5ODQAgOSAtayEqAkAgCSBBIC1qa0EDcUUNACAtQQN0IQsgPiAta0EDcSEpA0AgMCALaisDACAvIAtqKwMAoiAzoCEzIAtBCGohCyAtQQFqIS0gKUF/aiIpDQALCyAqQQNJDQAgLUEDdCELID8gLWshLQNAIDAgC2oiKUEYaisDACAvIAtqIipBGGorAwCiIClBEGorAwAgKkEQaisDAKIgKUEIaisDACAqQQhqKwMAoiApKwMAICorAwCiIDOgoKCgITMgC0EgaiELIC1BfGoiLQ0ACwsgCiA4aiJAIDMgQCsDAKA5AwAgLkF/aiE4ICsrAwAhM0EAISoCQCAuQQNIDQAgK/0KAwAhO0EAISlBCCELA0AgLCALaiIqICr9AAAAIDsgMCALav0AAAD98gH98AH9CwAAIAtBEGohCyApQQRqIS0gKUECaiIqISkgLSAuSA0ACwsCQCAqIDhODQACQCA5ICprIkRBAkkNACBEQX5xIkVBfmoiC0EBdkEBakEBcSFGIDP9FCE7AkACQCALDQBBACEuDAELICpBA3QhKyAyICprQX5xQX5qQQF2QQFqQX5xIThBACEuIDAhCyBCISkDQCApICtqIi1BcGoiOSA7IAsgK2oiMUEIav0AAwD98gEgOf0AAwD98AH9CwMAIC0gOyAxQRhq/QADAP3yASAt/QADAP3wAf0LAwAgC0EgaiELIClBIGohKSAuQQRqIS4gOEF+aiI4DQALCwJAIEZFDQAgQEEIaiAqIC5qQQN0IgtqIikgOyACIEEgPWogA2xBA3RqQQhqIAtq/QADAP3yASAp/QADAP3wAf0LAwALIEQgRUYNASAqIEVqISoLICpBA3RBCGohCwNAICwgC2oiKSAzIDAgC2orAwCiICkrAwCgOQMAIAtBCGohCyAyICpBAWoiKkcNAAsLIDJBf2ohMiBCQQhqIUIgLEEIaiEsID9Bf2ohPyA+QQNqIT4gMCATaiEwIC9BCGohLyBBQQFqIkEgCUcNAAsgCUEBcSEuAkACQCBDRQ0ARAAAAAAAAAAAITNBACEpDAELIAlBfnEhLUQAAAAAAAAAACEzQQAhKSAIITAgCiELA0AgCyA0IAsrAwCiIjU5AwAgC0EIaiIqIDQgKisDAKIiNjkDACAwQQhqKwMAIDaiIDArAwAgNaIgM6CgITMgMEEQaiEwIAtBEGohCyAtIClBAmoiKUcNAAsLAkAgLkUNACAKIClBA3QiC2oiMCA0IDArAwCiIjU5AwAgCCALaisDACA1oiAzoCEzCyA0RAAAAAAAAOC/oiAzoiEzQQAhLgJAAkAgCUECSQ0AIAlBfnEiLkF+aiILQQF2QQFqIjBBAXEhKyAz/RQhOwJAAkAgCw0AQQAhKQwBCyAwQX5xISpBACEpIAohCyAIITADQCALIDsgMP0AAwD98gEgC/0AAwD98AH9CwMAIAtBEGoiLSA7IDBBEGr9AAMA/fIBIC39AAMA/fAB/QsDACALQSBqIQsgMEEgaiEwIClBBGohKSAqQX5qIioNAAsLAkAgK0UNACAKIClBA3QiC2oiMCA7IAggC2r9AAMA/fIBIDD9AAMA/fAB/QsDAAsgCSAuRg0BCyAJIC5rISkgGCAuQQN0IgtqITAgFSALaiELA0AgCyAzIDArAwCiIAsrAwCgOQMAIDBBCGohMCALQQhqIQsgKUF/aiIpDQALC0EAITggCiEtIAkhLCAIIS8DQCA4ID1qIANsQQN0ITIgCiA4QQN0IjlqIj4rAwCaIjP9FCE7QQAhKgJAIAkgOGsiLkECSCIxDQBBACEwICghCyAvISkDQCALIAv9AAAAIDsgKf0AAAD98gH98AH9CwAAIAtBEGohCyApQRBqISkgMEEEaiErIDBBAmoiKiEwICsgLkwNAAsLIAggOWohOSACIDJqIUECQCAqIC5ODQACQCAJIDggKmprIj9BAkkNACA/QX5xIkJBfmoiC0EBdkEBakEBcSFAAkACQCALDQBBACEpDAELICpBA3QhCyAsICprQX5xQX5qQQF2QQFqQX5xIStBACEpA0AgKCALaiIwIDsgLyALaiIy/QADAP3yASAw/QADAP3wAf0LAwAgMEEQaiIwIDsgMkEQav0AAwD98gEgMP0AAwD98AH9CwMAIAtBIGohCyApQQRqISkgK0F+aiIrDQALCwJAIEBFDQAgQSAqIClqQQN0IgtqIjAgOyA5IAtq/QADAP3yASAw/QADAP3wAf0LAwALID8gQkYNASAqIEJqISoLICpBA3QhCwNAICggC2oiMCAzIC8gC2orAwCiIDArAwCgOQMAIAtBCGohCyAsICpBAWoiKkcNAAsLIDkrAwCaIjP9FCE7QQAhKQJAIDENAEEAIQtBACEwA0AgKCALaiIpICn9AAAAIDsgLSALav0AAAD98gH98AH9CwAAIAtBEGohCyAwQQRqISogMEECaiIpITAgKiAuTA0ACwsCQCApIC5ODQACQCAJIDggKWprIjJBAkkNACAyQX5xIjlBfmoiC0EBdkEBakEBcSExAkACQCALDQBBACEqDAELIClBA3QhCyAsIClrQX5xQX5qQQF2QQFqQX5xIS5BACEqA0AgKCALaiIwIDsgLSALaiIr/QADAP3yASAw/QADAP3wAf0LAwAgMEEQaiIwIDsgK0EQav0AAwD98gEgMP0AAwD98AH9CwMAIAtBIGohCyAqQQRqISogLkF+aiIuDQALCwJAIDFFDQAgQSApICpqQQN0IgtqIjAgOyA+IAtq/QADAP3yASAw/QADAP3wAf0LAwALIDIgOUYNASApIDlqISkLIClBA3QhCwNAICggC2oiMCAzIC0gC2orAwCiIDArAwCgOQMAIAtBCGohCyAsIClBAWoiKUcNAAsLIC1BCGohLSAsQX9qISwgKCATaiEoIC9BCGohLyA4QQFqIjggCUcNAAsLIAlBAUgNASAGQoCAgICAgID4PzcDACAJQQFGDQNBASELAkAgCUF/aiItQQJJDQAgLUF+cSIuQX5qIgtBAXZBAWoiMEEDcSEpQQAhKAJAIAtBBkkNACAwQXxxISpBACEoIA0hCwNAIAsgCyAHaiIw/QADAP0LAwAgC0FgaiAwQWBq/QADAP0LAwAgC0FwaiAwQXBq/QADAP0LAwAgC0EQaiAwQRBq/QADAP0LAwAgC0HAAGohCyAoQQhqISggKkF8aiIqDQALCwJAIClFDQADQCAGIChBA3RBCHIiC2ogCCALav0AAwD9CwMAIChBAmohKCApQX9qIikNAAsLIC0gLkYNASAtQQFyIQsLIAkgC2shKCAGIAtBA3RqIQsDQCALIAsgB2orAwA5AwAgC0EIaiELIChBf2oiKA0ACwsgCUEBRg0CCyABIAAgCSA9aiILayIoICggAUobIihBAEoNAAsLIB4gE2ohHiAgIBNqISAgIiATaiEiICRBf2ohJCAmIBNqISYgJyASRw0ACwsCQCAAQQFIDQBBACEoAkACQCAAQQFGDQAgA0EBRw0AAkAgAiAAQQN0IglqIARNDQAgBCAJaiACSw0BCyAAQX5xIihBfmoiCUEBdkEBaiILQQNxITBBACEpAkAgCUEGSQ0AIANBMGwhLSADQQR0IS4gBEEgaiEJIANBBnQhKyADQQV0IQwgC0F8cSEqQQAhKSACIQsDQCAJQWBqIAv9AAMA/QsDACAJQXBqIAsgLmr9AAMA/QsDACAJIAsgDGr9AAMA/QsDACAJQRBqIAsgLWr9AAMA/QsDACAJQcAAaiEJIAsgK2ohCyApQQhqISkgKkF8aiIqDQALCwJAIDBFDQAgA0EEdCEqIAQgKUEDdGohCSACICkgA2xBA3RqIQsDQCAJIAv9AAMA/QsDACALICpqIQsgCUEQaiEJIDBBf2oiMA0ACwsgKCAARg0BCyAoQX9zIABqISoCQCAAIChrQQNxIjBFDQAgA0EDdCEpIAQgKEEDdGohCSACICggA2xBA3RqIQsDQCAJIAsrAwA5AwAgCyApaiELIAlBCGohCSAoQQFqISggMEF/aiIwDQALCyAqQQNJDQAgA0EFdCEpIAAgKGshMCAoIANsQQN0ISogAyAoQQFqbEEDdCEtIAMgKEECamxBA3QhLiADIChBA2oiCWxBA3QhKCAEIAlBA3RqIQkgAiELA0AgCUFoaiALICpqKwMAOQMAIAlBcGogCyAtaisDADkDACAJQXhqIAsgLmorAwA5AwAgCSALIChqKwMAOQMAIAsgKWohCyAJQSBqIQkgMEF8aiIwDQALCwJAIABBAkgNAEEAIQkCQAJAIABBf2oiCEECTw0AQQEhCwwBC0EBIQsCQCADQQFGDQBBASELDAELAkAgAiAAQQN0IihqIAVNDQAgAkEIaiAoIAVqQXhqSQ0BCyAIQX5xIglBfmoiC0EBdkEBaiIqQQNxITBBACEpAkAgC0EGSQ0AIANBMGwhLSADQQR0IS4gBUEgaiELIANBBnQhKyACQQhqISggA0EFdCEMICpBfHEhKkEAISkDQCALQWBqICj9AAMA/QsDACALQXBqICggLmr9AAMA/QsDACALICggDGr9AAMA/QsDACALQRBqICggLWr9AAMA/QsDACALQcAAaiELICggK2ohKCApQQhqISkgKkF8aiIqDQALCwJAIDBFDQAgA0EBdCEqICkgA2whCyAFIClBA3RqISgDQCAoIAIgC0EDdEEIcmr9AAMA/QsDACALICpqIQsgKEEQaiEoIDBBf2oiMA0ACwsgCCAJRg0BIAhBAXIhCwsgC0F/cyAAaiEwAkAgACALa0EDcSIoRQ0AA0AgBSAJQQN0aiAJIANsQQN0IAJqQQhqKwMAOQMAIAsiCUEBaiELIAkhCSAoQX9qIigNAAsgC0F/aiEJCyAwQQNJDQAgA0EFdCEpIAJBCGohKCALIANsQQN0ISogAyALQQFqbEEDdCEtIAMgC0ECaiIwbEEDdCEuIAUgMEEDdGohMANAIAUgCUEDdGogCSADbEEDdCACakEIaisDADkDACAwQXBqICggKmorAwA5AwAgMEF4aiAoIC1qKwMAOQMAIDAgKCAuaisDADkDACAoIClqISggMEEgaiEwIAtBA2ohCSAAIAtBBGoiC0cNAAsLIABBAEwNACAAQQN0IAVqQXhqQgA3AwALC7AWBgV/AXsMfwF8Bn8CfAJAIAVEAAAAAAAAAABhDQAgA0EBSA0AQQAhBwJAAkAgA0EBRg0AIANBfnEiB0F+aiIIQQF2QQFqIglBB3EhCkEAIQsCQCAIQQ5JDQAgBkHAAGohCCAJQXhxIQlBACELA0AgCP0MAAAAAAAAAAAAAAAAAAAAACIM/QsDACAIQTBqIAz9CwMAIAhBIGogDP0LAwAgCEEQaiAM/QsDACAIQXBqIAz9CwMAIAhBYGogDP0LAwAgCEFQaiAM/QsDACAIQUBqIAz9CwMAIAhBgAFqIQggC0EQaiELIAlBeGoiCQ0ACwsCQCAKRQ0AIAYgC0EDdGohCANAIAj9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAhBEGohCCAKQX9qIgoNAAsLIAcgA0YNAQsgAyAHayEKIAYgB0EDdGohCANAIAhCADcDACAIQQhqIQggCkF/aiIKDQALCyADQQFIDQAgA0F/aiENIAZBGGohDiABQQN0IQ8gACACIAFsIhBBA3RqIQpBACERIAYhEiADIRMgAyEUIAQhFQNAIBFBf3MhFgJAAkAgAyARayIXQQJODQD9DAAAAAAAAAAAAAAAAAAAAAAhDEEAIQcMAQv9DAAAAAAAAAAAAAAAAAAAAAAhDEEAIQggCiELIBUhCQNAIAwgC/0AAAAgCf0AAAD98gH98AEhDCAIQQRqIRggC0EQaiELIAlBEGohCSAIQQJqIgchCCAYIBdMDQALCyARQQN0IRggFiADaiEWIAz9IQAgDP0hAaAhGQJAIAcgF04NACAWIAdrIQkCQCADIBEgB2prQQNxRQ0AIAdBA3QhCCAUIAdrQQNxIQsDQCAKIAhqKwMAIBUgCGorAwCiIBmgIRkgCEEIaiEIIAdBAWohByALQX9qIgsNAAsLIAlBA0kNACAHQQN0IQggEyAHayEHA0AgCiAIaiILQRhqKwMAIBUgCGoiCUEYaisDAKIgC0EQaisDACAJQRBqKwMAoiALQQhqKwMAIAlBCGorAwCiIAsrAwAgCSsDAKIgGaCgoKAhGSAIQSBqIQggB0F8aiIHDQALCyAEIBhqIRogBiAYaiIbIBkgGysDAKA5AwAgF0F/aiEYQQAhCQJAIBdBA0gNACAa/QoDACEMQQAhC0EIIQgDQCASIAhqIgkgCf0AAAAgDCAKIAhq/QAAAP3yAf3wAf0LAAAgCEEQaiEIIAtBBGohByALQQJqIgkhCyAHIBdIDQALCwJAIAkgGE4NACAaKwMAIRkCQCAWIAlrIhxBAkkNACAcQX5xIh1BfmoiCEEBdkEBakEBcSEeIBn9FCEMAkACQCAIDQBBACEXDAELIAlBA3QhGCANIAlrQX5xQX5qQQF2QQFqQX5xIRZBACEXIAohCCAOIQsDQCALIBhqIgdBcGoiGiAMIAggGGoiH0EIav0AAwD98gEgGv0AAwD98AH9CwMAIAcgDCAfQRhq/QADAP3yASAH/QADAP3wAf0LAwAgCEEgaiEIIAtBIGohCyAXQQRqIRcgFkF+aiIWDQALCwJAIB5FDQAgG0EIaiAJIBdqQQN0IghqIgsgDCAAIBEgAmogAWxBA3RqQQhqIAhq/QADAP3yASAL/QADAP3wAf0LAwALIBwgHUYNASAJIB1qIQkLIAlBA3RBCGohCANAIBIgCGoiCyAZIAogCGorAwCiIAsrAwCgOQMAIAhBCGohCCANIAlBAWoiCUcNAAsLIA1Bf2ohDSAOQQhqIQ4gEkEIaiESIBNBf2ohEyAUQQNqIRQgCiAPaiEKIBVBCGohFSARQQFqIhEgA0cNAAsgA0EBSA0AIANBAXEhFwJAAkAgA0EBRw0ARAAAAAAAAAAAIRlBACELDAELIANBfnEhB0QAAAAAAAAAACEZQQAhCyAEIQogBiEIA0AgCCAIKwMAIAWiIiA5AwAgCEEIaiIJIAkrAwAgBaIiITkDACAKQQhqKwMAICGiIAorAwAgIKIgGaCgIRkgCkEQaiEKIAhBEGohCCAHIAtBAmoiC0cNAAsLAkAgF0UNACAGIAtBA3QiCGoiCiAKKwMAIAWiIiA5AwAgBCAIaisDACAgoiAZoCEZCyADQQFIDQAgBUQAAAAAAADgv6IgGaIhGUEAIRcCQAJAIANBAUYNACADQX5xIhdBfmoiCEEBdkEBaiIKQQFxIRggGf0UIQwCQAJAIAgNAEEAIQsMAQsgCkF+cSEJQQAhCyAGIQggBCEKA0AgCCAMIAr9AAMA/fIBIAj9AAMA/fAB/QsDACAIQRBqIgcgDCAKQRBq/QADAP3yASAH/QADAP3wAf0LAwAgCEEgaiEIIApBIGohCiALQQRqIQsgCUF+aiIJDQALCwJAIBhFDQAgBiALQQN0IghqIgogDCAEIAhq/QADAP3yASAK/QADAP3wAf0LAwALIBcgA0YNAQsgAyAXayELIAQgF0EDdCIIaiEKIAYgCGohCANAIAggGSAKKwMAoiAIKwMAoDkDACAKQQhqIQogCEEIaiEIIAtBf2oiCw0ACwsgA0EBSA0AIAFBA3QhDiAAIBBBA3RqIQpBACEaIAYhFyADIRUgBCENA0AgGiACaiABbEEDdCEWIAYgGkEDdCIfaiITKwMAmiIZ/RQhDEEAIQcCQCADIBprIhhBAkgiEQ0AQQAhCyAKIQggDSEJA0AgCCAI/QAAACAMIAn9AAAA/fIB/fAB/QsAACAIQRBqIQggCUEQaiEJIAtBBGohEiALQQJqIgchCyASIBhMDQALCyAEIB9qIR8gACAWaiEUAkAgByAYTg0AAkAgAyAaIAdqayIbQQJJDQAgG0F+cSIPQX5qIghBAXZBAWpBAXEhHAJAAkAgCA0AQQAhCQwBCyAHQQN0IQggFSAHa0F+cUF+akEBdkEBakF+cSESQQAhCQNAIAogCGoiCyAMIA0gCGoiFv0AAwD98gEgC/0AAwD98AH9CwMAIAtBEGoiCyAMIBZBEGr9AAMA/fIBIAv9AAMA/fAB/QsDACAIQSBqIQggCUEEaiEJIBJBfmoiEg0ACwsCQCAcRQ0AIBQgByAJakEDdCIIaiILIAwgHyAIav0AAwD98gEgC/0AAwD98AH9CwMACyAbIA9GDQEgByAPaiEHCyAHQQN0IQgDQCAKIAhqIgsgGSANIAhqKwMAoiALKwMAoDkDACAIQQhqIQggFSAHQQFqIgdHDQALCyAfKwMAmiIZ/RQhDEEAIQkCQCARDQBBACEIQQAhCwNAIAogCGoiCSAJ/QAAACAMIBcgCGr9AAAA/fIB/fAB/QsAACAIQRBqIQggC0EEaiEHIAtBAmoiCSELIAcgGEwNAAsLAkAgCSAYTg0AAkAgAyAaIAlqayIWQQJJDQAgFkF+cSIfQX5qIghBAXZBAWpBAXEhEQJAAkAgCA0AQQAhBwwBCyAJQQN0IQggFSAJa0F+cUF+akEBdkEBakF+cSEYQQAhBwNAIAogCGoiCyAMIBcgCGoiEv0AAwD98gEgC/0AAwD98AH9CwMAIAtBEGoiCyAMIBJBEGr9AAMA/fIBIAv9AAMA/fAB/QsDACAIQSBqIQggB0EEaiEHIBhBfmoiGA0ACwsCQCARRQ0AIBQgCSAHakEDdCIIaiILIAwgEyAIav0AAwD98gEgC/0AAwD98AH9CwMACyAWIB9GDQEgCSAfaiEJCyAJQQN0IQgDQCAKIAhqIgsgGSAXIAhqKwMAoiALKwMAoDkDACAIQQhqIQggFSAJQQFqIglHDQALCyAXQQhqIRcgFUF/aiEVIAogDmohCiANQQhqIQ0gGkEBaiIaIANHDQALCwuvRQcnfwJ8Bn8EfAF/AnsLfwJAIAYgAE4NACAEIAEgBmwiCEEFdCIJaiIKIAFBGGxqIQsgCiABQQR0aiEMIAogAUEDdGohDSAEQRhqIg4gASAGQQV0Ig9BCHJsIhBqIREgBEHAAGoiEiAQaiETIA4gASAPQRBybCIUaiEVIBIgASAPQRhybCIPaiEWIAJBeGohFyACQQhqIRggAkEYaiEZIAJBKGohGiACQRBqIRsgAkEgaiEcIANBf2ohHSADQQN0Ih5BeGohHyAEIAhBAnRBA3RqIiBBGGohISAEIBBqISIgBCAPaiEjIAQgFGoiJEEQaiElIAZBf3MgAGoiJiEnQQAhKANAIAUgBkECdGoiKUF8akEAIAZBAEobISoCQAJAAkAgBkECaiAATg0AIAEgACAGQQFqIitrIg8gDyABShsiD0EBSg0BCyAGQQFIDQEgKv4QAgAiEEH/////B0YNAUEAIQ8DQAJAAkAgD0GgH04NACAPQQFqIQ8MAQsgKiAQQqCcAf4BAgAaQQAhDwsgKv4QAgAiEEH/////B0cNAAwCCwsCQAJAAkAgBkEBSCIsDQAgKv4QAgAiCEECSg0AQQAhEANAAkACQCAQQaAfTg0AIBBBAWohEAwBCyAqIAhCoJwB/gECABpBACEQCyAq/hACACIIQQNIDQALIAIgBiADbEEBaiItQQN0aiIuKwMAIS8gD0ECTg0BIApCgICAgICAgPg/NwMARAAAAAAAAAAAITAMAgsgAiAGIANsQQFqIi1BA3RqIi4rAwAhLwsgASAmICggB2xrIhAgASAQSBsiEkF9aiExIAEgJyABICdIGyIyQX9qITMgMkF9aiE0IBJBf2oiNUEDcSE2AkACQCASQX5qQQNPDQBBASEQRAAAAAAAAAAAITcMAQsgM0F8cSEOIC5BIGohEEEAIQhEAAAAAAAAAAAhNwNAIBArAwCZIjggEEF4aisDAJkiMCAQQXBqKwMAmSI5IBBBaGorAwCZIjogNyA6IDdkGyI3IDkgN2QbIjcgMCA3ZBsiNyA4IDdkGyE3IBBBIGohECAOIAhBBGoiCEcNAAsgCEEBaiEQCyA0QQF2IQ4gMUEBdiE0AkAgNkUNACAzQQNxQQN0IQggLiAQQQN0aiEQA0AgECsDAJkiOCA3IDggN2QbITcgEEEIaiEQIAhBeGoiCA0ACwsgDkEBaiE2IDRBAWohNEQAAAAAAAAAACEwAkACQCA3RAAAAAAAAAAAYg0AIC8hOAwBC0EBIRAgNUEBcSE7RAAAAAAAAAAAITgCQCASQQJGDQAgM0F+cSEOIC5BEGohEEEAIQhEAAAAAAAAAAAhOANAIBArAwAgN6MiMCAwoiAQQXhqKwMAIDejIjAgMKIgOKCgITggEEEQaiEQIA4gCEECaiIIRw0ACyAIQQFqIRALAkAgO0UNACAuIBBBA3RqKwMAIDejIjAgMKIgOKAhOAtEAAAAAAAAAAAhMEQAAAAAAADwP0QAAAAAAADwvyAvRAAAAAAAAAAAZhuaITkCQCA3IDifopkiNyAvmSI4IDggN2MiEBsiOkQAAAAAAAAAAGENACA6IDggNyAQGyA6oyI3IDeiRAAAAAAAAPA/oJ+iITALIDAgOaIiOCAvoSEwRAAAAAAAAPA/IC8gOKGjITdBASEQAkACQCA1QQJJDQAgNEEDcSEzIDf9FCE8QQAhCAJAIDFBBkkNACA2QXxxIQ4gLkEoaiEQQQAhCANAIBAgPCAQ/QADAP3yAf0LAwAgEEFgaiISIDwgEv0AAwD98gH9CwMAIBBBcGoiEiA8IBL9AAMA/fIB/QsDACAQQRBqIhIgPCAS/QADAP3yAf0LAwAgEEHAAGohECAIQQhqIQggDkF8aiIODQALCyA1QX5xIRICQCAzRQ0AIDZBA3EhEANAIC4gCEEDdEEIcmoiDiA8IA79AAMA/fIB/QsDACAIQQJqIQggEEF/aiIQDQALCyA1IBJGDQEgNUEBciEQCyAyIBBrIQggLiAQQQN0aiEQA0AgECA3IBArAwCiOQMAIBBBCGohECAIQX9qIggNAAsLIDAgOKMhMAsgCkKAgICAgICA+D83AwBBASEQAkACQCA1QQJJDQAgNEEBcSEzQQAhDgJAIDFBAkkNACA2QX5xIRIgGSAtQQN0aiEQQQAhDiAhIQgDQCAQ/QADACE8IBD9DAAAAAAAAAAAAAAAAAAAAAAiPf0LAwAgCCA8/QsDACAIQXBqIBBBcGoiMf0AAwD9CwMAIDEgPf0LAwAgEEEgaiEQIAhBIGohCCAOQQRqIQ4gEkF+aiISDQALCyA1QX5xIRACQCAzRQ0AIAogDkEBciIIQQN0aiACIAggLWpBA3RqIgj9AAMA/QsDACAI/QwAAAAAAAAAAAAAAAAAAAAA/QsDAAsgNSAQRg0BIDVBAXIhEAsgMiAQayEOICAgEEEDdGohCCACIC0gEGpBA3RqIRADQCAIIBArAwA5AwAgEEIANwMAIBBBCGohECAIQQhqIQggDkF/aiIODQALCyA4IS8LIC4gLzkDACACIAMgKyAPIAogMCANEIWAgIAAIClBAf4XAgACQCABIAAgKyAPaiIQayIIIAggAUobIghBAUgNAEEBIT4DQCAPIT8gKyFAIBAhKyAIIQ8CQCAsDQAgKv4QAgAiCCA+QQNqIg5ODQBBACEQA0ACQAJAIBBBoB9ODQAgEEEBaiEQDAELICogCEKgnAH+AQIAGkEAIRALICr+EAIAIgggDkgNAAsLAkAgMEQAAAAAAAAAAGENAAJAIA9BAUgNAEEAITECQCAPQQFGDQAgD0F+cSIxQX5qIhBBAXZBAWoiEkEHcSEIQQAhDgJAIBBBDkkNACASQXhxIRJBACEOIBYhEANAIBD9DAAAAAAAAAAAAAAAAAAAAAAiPP0LAwAgEEEwaiA8/QsDACAQQSBqIDz9CwMAIBBBEGogPP0LAwAgEEFwaiA8/QsDACAQQWBqIDz9CwMAIBBBUGogPP0LAwAgEEFAaiA8/QsDACAQQYABaiEQIA5BEGohDiASQXhqIhINAAsLAkAgCEUNACAjIA5BA3RqIRADQCAQ/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAQQRBqIRAgCEF/aiIIDQALCyAPIDFGDQELIA8gMWshCCAjIDFBA3RqIRADQCAQQgA3AwAgEEEIaiEQIAhBf2oiCA0ACwsgP0EBSA0AQQAhLSACICsgHSBAbGpBA3RqIi4hNQNAIAogLUEDdGoiECsDACE3QQAhMQJAIA9BAkgiMw0AIBD9CgMAITxBACEIIAshECA1IQ4DQCAQIBD9AAAAIDwgDv0AAAD98gH98AH9CwAAIBBBEGohECAOQRBqIQ4gCEEEaiESIAhBAmoiMSEIIBIgD0wNAAsLAkAgDyAxTA0AAkAgDyAxayI0QQJJDQAgNEF+cSI2QX5qIhBBAXZBAWoiCEEBcSE7IDf9FCE8AkACQCAQDQBBACEODAELIDFBA3QhECAIQX5xIRJBACEOA0AgCyAQaiIIIDwgNSAQaiIy/QADAP3yASAI/QADAP3wAf0LAwAgCEEQaiIIIDwgMkEQav0AAwD98gEgCP0AAwD98AH9CwMAIBBBIGohECAOQQRqIQ4gEkF+aiISDQALCwJAIDtFDQAgCyAxIA5qQQN0IhBqIgggPCACICsgLSBAaiIOayAOIANsakEDdGogEGr9AAMA/fIBIAj9AAMA/fAB/QsDAAsgNCA2Rg0BIDEgNmohMQsgMUEDdCEQIA8gMWshCANAIAsgEGoiDiA3IDUgEGorAwCiIA4rAwCgOQMAIBBBCGohECAIQX9qIggNAAsLIDUgH2ohNSAtQQFqIi0gP0cNAAsgMJohOEEAITIDQCAKIDJBA3RqKwMAIDiiIjf9FCE8QQAhMQJAIDMNAEEAIQggLiEQIAshDgNAIBAgEP0AAAAgPCAO/QAAAP3yAf3wAf0LAAAgEEEQaiEQIA5BEGohDiAIQQRqIRIgCEECaiIxIQggEiAPTA0ACwsCQCAPIDFMDQACQCAPIDFrIi1BAkkNACAtQX5xIjRBfmoiEEEBdkEBaiIIQQFxITYCQAJAIBANAEEAIQ4MAQsgMUEDdCEQIAhBfnEhEkEAIQ4DQCAuIBBqIgggPCALIBBqIjX9AAMA/fIBIAj9AAMA/fAB/QsDACAIQRBqIgggPCA1QRBq/QADAP3yASAI/QADAP3wAf0LAwAgEEEgaiEQIA5BBGohDiASQX5qIhINAAsLAkAgNkUNACACICsgMiBAaiIQayAQIANsakEDdGogMSAOakEDdCIQaiIIIDwgCyAQav0AAwD98gEgCP0AAwD98AH9CwMACyAtIDRGDQEgMSA0aiExCyAxQQN0IRAgDyAxayEIA0AgLiAQaiIOIDcgCyAQaisDAKIgDisDAKA5AwAgEEEIaiEQIAhBf2oiCA0ACwsgLiAfaiEuIDJBAWoiMiA/Rw0ACwsgD0ECSCItDQEgD0F/aiI0QQNxIQggQCADbCIyID9qIjNBA3QhNQJAAkAgD0F+aiJBQQNPDQBBASEQRAAAAAAAAAAAITcMAQsgNEF8cSESIBwgNWohEEEAIQ5EAAAAAAAAAAAhNwNAIBArAwCZIjggEEF4aisDAJkiMCAQQXBqKwMAmSI5IBBBaGorAwCZIjogNyA6IDdkGyI3IDkgN2QbIjcgMCA3ZBsiNyA4IDdkGyE3IBBBIGohECASIA5BBGoiDkcNAAsgDkEBaiEQCyACIDVqIS4CQCAIRQ0AIAIgPyAQaiAyakEDdGohEANAIBArAwCZIjggNyA4IDdkGyE3IBBBCGohECAIQX9qIggNAAsLIC4rAwAhOUQAAAAAAAAAACEwAkACQCA3RAAAAAAAAAAAYg0AIDkhOAwBC0EBIRAgNEEBcSESAkACQCBBDQBEAAAAAAAAAAAhOAwBCyA0QX5xIQ4gGyA1aiEQQQAhCEQAAAAAAAAAACE4A0AgECsDACA3oyIwIDCiIBBBeGorAwAgN6MiMCAwoiA4oKAhOCAQQRBqIRAgDiAIQQJqIghHDQALIAhBAWohEAsCQCASRQ0AIC4gEEEDdGorAwAgN6MiMCAwoiA4oCE4C0QAAAAAAAAAACEwRAAAAAAAAPA/RAAAAAAAAPC/IDlEAAAAAAAAAABmG5ohOgJAIDcgOJ+imSI3IDmZIjggOCA3YyIQGyIvRAAAAAAAAAAAYQ0AIC8gOCA3IBAbIC+jIjcgN6JEAAAAAAAA8D+gn6IhMAtEAAAAAAAA8D8gOSAwIDqiIjihoyE3QQEhEAJAAkAgD0F/aiI2QQJJDQAgNkF+cSI7QX5qIhBBAXZBAWoiEkEDcSEOIDf9FCE8QQAhCAJAIBBBBkkNACASQXxxIRIgGiA1aiEQQQAhCANAIBAgPCAQ/QADAP3yAf0LAwAgEEFgaiIxIDwgMf0AAwD98gH9CwMAIBBBcGoiMSA8IDH9AAMA/fIB/QsDACAQQRBqIjEgPCAx/QADAP3yAf0LAwAgEEHAAGohECAIQQhqIQggEkF8aiISDQALCwJAIA5FDQADQCAuIAhBA3RBCHJqIhAgPCAQ/QADAP3yAf0LAwAgCEECaiEIIA5Bf2oiDg0ACwsgNiA7Rg0BIDZBAXIhEAsgDyAQayEIIAIgPyAQaiAyakEDdGohEANAIBAgNyAQKwMAojkDACAQQQhqIRAgCEF/aiIIDQALCyA4IDmhIDijITALIAxCgICAgICAgPg/NwMAAkAgLQ0AQQEhEAJAIA9Bf2oiLUECSQ0AIC1BfnEiNkF+aiIQQQF2QQFqIghBAXEhOwJAAkAgEA0AQQAhDgwBCyAIQX5xIRIgGSA1aiEQQQAhDiAVIQgDQCAQ/QADACE8IBD9DAAAAAAAAAAAAAAAAAAAAAAiPf0LAwAgCCA8/QsDACAIQXBqIBBBcGoiMf0AAwD9CwMAIDEgPf0LAwAgEEEgaiEQIAhBIGohCCAOQQRqIQ4gEkF+aiISDQALCwJAIDtFDQAgDCAOQQFyIhBBA3RqIAIgECAzakEDdGoiEP0AAwD9CwMAIBD9DAAAAAAAAAAAAAAAAAAAAAD9CwMACyAtIDZGDQEgLUEBciEQCyAPIBBrIQ4gJCAQQQN0aiEIIAIgPyAQaiAyakEDdGohEANAIAggECsDADkDACAQQgA3AwAgEEEIaiEQIAhBCGohCCAOQX9qIg4NAAsLIC4gODkDAAJAID9BAkgNACAwRAAAAAAAAAAAYQ0AIA9BAmohQkEBIUMgFyArIAMgQEEBamxqIEBrQQN0IhBqITsgGCAQaiE2IDCaITgDQCACICsgQyBAaiIQayAQIANsakEDdGohLf0MAAAAAAAAAAAAAAAAAAAAACE8QQAhDiAlIRIgNiExIAwhECA7IQgDQCASIjVBEGohEiAxIjJBEGohMSAOIi5BAmohDiA8IBD9AAAAIAj9AAAA/fIB/fABITwgEEEQaiEQIAhBEGohCCAuQQRqIA9MDQALIDz9IQAgPP0hAaAhNwJAIA8gDkwNACAPIA5rIhBBf2ohEgJAIBBBA3FFDQBBACEQQQAgQiAua0EDcWshCANAIDUrAwAgMisDAKIgN6AhNyA1QQhqITUgMkEIaiEyIAggEEF/aiIQRw0ACyAOIBBrIQ4LIBJBA0kNACAPIA5rIRIgOyAOQQN0IghqIRAgJCAIaiEIA0AgCEEYaisDACAQQRhqKwMAoiAIQRBqKwMAIBBBEGorAwCiIAhBCGorAwAgEEEIaisDAKIgCCsDACAQKwMAoiA3oKCgoCE3IBBBIGohECAIQSBqIQggEkF8aiISDQALCyA3IDiiIjf9FCE8QQAhCEECIQ4gQSESICUhMSA2IS4DQCAtIAhBA3QiEGoiCCAI/QAAACA8IAwgEGr9AAAA/fIB/fAB/QsAACASIjNBfmohEiAxIjJBEGohMSAuIjVBEGohLiAOIhAhCCAQQQJqIg4gD0wNAAsCQCAPIBBMDQACQCAPIBBrIjFBAkkNACAxQX5xIi5BfmoiCEEBdkEBakEBcSFEAkACQCAIDQBBACEIDAELIDNBfnFBfmpBAXZBAWpBfnEhDkEAIQgDQCA1IDwgMv0AAwD98gEgNf0AAwD98AH9CwMAIDVBEGoiEiA8IDJBEGr9AAMA/fIBIBL9AAMA/fAB/QsDACAyQSBqITIgNUEgaiE1IAhBBGohCCAOQX5qIg4NAAsLAkAgREUNACAtIBAgCGpBA3QiCGoiDiA8IAwgCGr9AAMA/fIBIA79AAMA/fAB/QsDAAsgMSAuRg0BIBAgLmohEAsgDyAQayEOICQgEEEDdCIQaiEIIDsgEGohEANAIBAgNyAIKwMAoiAQKwMAoDkDACAIQQhqIQggEEEIaiEQIA5Bf2oiDg0ACwsgNiAfaiE2IDsgH2ohOyBDQQFqIkMgP0cNAAsLAkACQCAwRAAAAAAAAAAAYQ0AIA9BAUgNAUEAITECQAJAIA9BAUYiRQ0AIA9BfnEiMUF+aiIQQQF2QQFqIhJBB3EhCEEAIQ4CQCAQQQ5JDQAgEkF4cSESQQAhDiATIRADQCAQ/QwAAAAAAAAAAAAAAAAAAAAAIjz9CwMAIBBBMGogPP0LAwAgEEEgaiA8/QsDACAQQRBqIDz9CwMAIBBBcGogPP0LAwAgEEFgaiA8/QsDACAQQVBqIDz9CwMAIBBBQGogPP0LAwAgEEGAAWohECAOQRBqIQ4gEkF4aiISDQALCwJAIAhFDQAgIiAOQQN0aiEQA0AgEP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgEEEQaiEQIAhBf2oiCA0ACwsgDyAxRg0BCyAPIDFrIQggIiAxQQN0aiEQA0AgEEIANwMAIBBBCGohECAIQX9qIggNAAsLQQAhPyARIUQgDSEtIA8hQSAPIUAgAiADICtsQQN0aiIIIQ4gDCEzA0AgP0EDdCE2ID9Bf3MhO/0MAAAAAAAAAAAAAAAAAAAAACE8AkACQCAPID9rIjVBAk4NAEEAIS4MAQtBACEQIA4hEiAzITEDQCA8IBL9AAAAIDH9AAAA/fIB/fABITwgEEEEaiEyIBJBEGohEiAxQRBqITEgEEECaiIuIRAgMiA1TA0ACwsgDCA2aiEyIA8gO2ohOyA8/SEAIDz9IQGgITcCQCAuIDVODQAgOyAuayExAkAgDyA/IC5qa0EDcUUNACAuQQN0IRAgQCAua0EDcSESA0AgDiAQaisDACAzIBBqKwMAoiA3oCE3IBBBCGohECAuQQFqIS4gEkF/aiISDQALCyAxQQNJDQAgLkEDdCEQIEEgLmshLgNAIA4gEGoiEkEYaisDACAzIBBqIjFBGGorAwCiIBJBEGorAwAgMUEQaisDAKIgEkEIaisDACAxQQhqKwMAoiASKwMAIDErAwCiIDegoKCgITcgEEEgaiEQIC5BfGoiLg0ACwsgDSA2aiJCIDcgQisDAKA5AwAgNUF/aiE2IDIrAwAhN0EAITECQCA1QQNIDQAgMv0KAwAhPEEAIRJBCCEQA0AgLSAQaiIxIDH9AAAAIDwgDiAQav0AAAD98gH98AH9CwAAIBBBEGohECASQQRqIS4gEkECaiIxIRIgLiA1SA0ACwsCQCAxIDZODQACQCA7IDFrIkZBAkkNACBGQX5xIkdBfmoiEEEBdkEBakEBcSFIIDf9FCE8AkACQCAQDQBBACE1DAELIDFBA3QhMiA0IDFrQX5xQX5qQQF2QQFqQX5xITZBACE1IA4hECBEIRIDQCASIDJqIi5BcGoiOyA8IBAgMmoiQ0EIav0AAwD98gEgO/0AAwD98AH9CwMAIC4gPCBDQRhq/QADAP3yASAu/QADAP3wAf0LAwAgEEEgaiEQIBJBIGohEiA1QQRqITUgNkF+aiI2DQALCwJAIEhFDQAgQkEIaiAxIDVqQQN0IhBqIhIgPCACID8gK2ogA2xBA3RqQQhqIBBq/QADAP3yASAS/QADAP3wAf0LAwALIEYgR0YNASAxIEdqITELIDFBA3RBCGohEANAIC0gEGoiEiA3IA4gEGorAwCiIBIrAwCgOQMAIBBBCGohECA0IDFBAWoiMUcNAAsLIDRBf2ohNCBEQQhqIUQgLUEIaiEtIEFBf2ohQSBAQQNqIUAgDiAeaiEOIDNBCGohMyA/QQFqIj8gD0cNAAsgD0EBcSE1AkACQCBFRQ0ARAAAAAAAAAAAITdBACESDAELIA9BfnEhLkQAAAAAAAAAACE3QQAhEiAMIQ4gDSEQA0AgECAwIBArAwCiIjg5AwAgEEEIaiIxIDAgMSsDAKIiOTkDACAOQQhqKwMAIDmiIA4rAwAgOKIgN6CgITcgDkEQaiEOIBBBEGohECAuIBJBAmoiEkcNAAsLAkAgNUUNACANIBJBA3QiEGoiDiAwIA4rAwCiIjg5AwAgDCAQaisDACA4oiA3oCE3CyAwRAAAAAAAAOC/oiA3oiE3QQAhNQJAAkAgD0ECSQ0AIA9BfnEiNUF+aiIQQQF2QQFqIg5BAXEhMiA3/RQhPAJAAkAgEA0AQQAhEgwBCyAOQX5xITFBACESIA0hECAMIQ4DQCAQIDwgDv0AAwD98gEgEP0AAwD98AH9CwMAIBBBEGoiLiA8IA5BEGr9AAMA/fIBIC79AAMA/fAB/QsDACAQQSBqIRAgDkEgaiEOIBJBBGohEiAxQX5qIjENAAsLAkAgMkUNACANIBJBA3QiEGoiDiA8IAwgEGr9AAMA/fIBIA79AAMA/fAB/QsDAAsgDyA1Rg0BCyAPIDVrIRIgJCA1QQN0IhBqIQ4gIiAQaiEQA0AgECA3IA4rAwCiIBArAwCgOQMAIA5BCGohDiAQQQhqIRAgEkF/aiISDQALC0EAITYgDSEuIA8hLSAMITMDQCA2ICtqIANsQQN0ITQgDSA2QQN0IjtqIkArAwCaIjf9FCE8QQAhMQJAIA8gNmsiNUECSCJDDQBBACEOIAghECAzIRIDQCAQIBD9AAAAIDwgEv0AAAD98gH98AH9CwAAIBBBEGohECASQRBqIRIgDkEEaiEyIA5BAmoiMSEOIDIgNUwNAAsLIAwgO2ohOyACIDRqIT8CQCAxIDVODQACQCAPIDYgMWprIkFBAkkNACBBQX5xIkRBfmoiEEEBdkEBakEBcSFCAkACQCAQDQBBACESDAELIDFBA3QhECAtIDFrQX5xQX5qQQF2QQFqQX5xITJBACESA0AgCCAQaiIOIDwgMyAQaiI0/QADAP3yASAO/QADAP3wAf0LAwAgDkEQaiIOIDwgNEEQav0AAwD98gEgDv0AAwD98AH9CwMAIBBBIGohECASQQRqIRIgMkF+aiIyDQALCwJAIEJFDQAgPyAxIBJqQQN0IhBqIg4gPCA7IBBq/QADAP3yASAO/QADAP3wAf0LAwALIEEgREYNASAxIERqITELIDFBA3QhEANAIAggEGoiDiA3IDMgEGorAwCiIA4rAwCgOQMAIBBBCGohECAtIDFBAWoiMUcNAAsLIDsrAwCaIjf9FCE8QQAhEgJAIEMNAEEAIRBBACEOA0AgCCAQaiISIBL9AAAAIDwgLiAQav0AAAD98gH98AH9CwAAIBBBEGohECAOQQRqITEgDkECaiISIQ4gMSA1TA0ACwsCQCASIDVODQACQCAPIDYgEmprIjRBAkkNACA0QX5xIjtBfmoiEEEBdkEBakEBcSFDAkACQCAQDQBBACExDAELIBJBA3QhECAtIBJrQX5xQX5qQQF2QQFqQX5xITVBACExA0AgCCAQaiIOIDwgLiAQaiIy/QADAP3yASAO/QADAP3wAf0LAwAgDkEQaiIOIDwgMkEQav0AAwD98gEgDv0AAwD98AH9CwMAIBBBIGohECAxQQRqITEgNUF+aiI1DQALCwJAIENFDQAgPyASIDFqQQN0IhBqIg4gPCBAIBBq/QADAP3yASAO/QADAP3wAf0LAwALIDQgO0YNASASIDtqIRILIBJBA3QhEANAIAggEGoiDiA3IC4gEGorAwCiIA4rAwCgOQMAIBBBCGohECAtIBJBAWoiEkcNAAsLIC5BCGohLiAtQX9qIS0gCCAeaiEIIDNBCGohMyA2QQFqIjYgD0cNAAsLIA9BAUgNACAKQoCAgICAgID4PzcDACAPQQFGDQBBASEQAkAgD0F/aiI1QQJJDQAgNUF+cSIyQX5qIghBAXZBAWoiDkEDcSExQQAhEAJAIAhBBkkNACAOQXxxIS5BACEQIAQhCANAIAggCWoiDkEIaiAIIBRqIhJBCGr9AAMA/QsDACAOQRhqIBJBGGr9AAMA/QsDACAOQShqIBJBKGr9AAMA/QsDACAOQThqIBJBOGr9AAMA/QsDACAIQcAAaiEIIBBBCGohECAuQXxqIi4NAAsLAkAgMUUNAANAIAogEEEDdEEIciIIaiAMIAhq/QADAP0LAwAgEEECaiEQIDFBf2oiMQ0ACwsgNSAyRg0BIDVBAXIhEAsgDyAQayEOICQgEEEDdCIIaiEQICAgCGohCANAIAggECsDADkDACAQQQhqIRAgCEEIaiEIIA5Bf2oiDg0ACwsgKSA+QQFqIj7+FwIAIAEgACArIA9qIhBrIgggCCABShsiCEEASg0ACwsgLA0AICr+EAIAIhBB/////wdGDQBBACEPA0ACQAJAIA9BoB9ODQAgD0EBaiEPDAELICogEEKgnAH+AQIAGkEAIQ8LICr+EAIAIhBB/////wdHDQALCyApQf////8H/hcCACAnIAdrIScgKEEBaiEoIAYgB2oiBiAASA0ACwsL+gkBCn8CQCAAQQFIDQBBACEFAkACQCAAQQFGDQAgAkEBRw0AAkAgASAAQQN0IgZqIANNDQAgAyAGaiABSw0BCyAAQX5xIgVBfmoiBkEBdkEBaiIHQQNxIQhBACEJAkAgBkEGSQ0AIAJBMGwhCiACQQR0IQsgA0EgaiEGIAJBBnQhDCACQQV0IQ0gB0F8cSEOQQAhCSABIQcDQCAGQWBqIAf9AAMA/QsDACAGQXBqIAcgC2r9AAMA/QsDACAGIAcgDWr9AAMA/QsDACAGQRBqIAcgCmr9AAMA/QsDACAGQcAAaiEGIAcgDGohByAJQQhqIQkgDkF8aiIODQALCwJAIAhFDQAgAkEEdCEOIAMgCUEDdGohBiABIAkgAmxBA3RqIQcDQCAGIAf9AAMA/QsDACAHIA5qIQcgBkEQaiEGIAhBf2oiCA0ACwsgBSAARg0BCyAFQX9zIABqIQ4CQCAAIAVrQQNxIghFDQAgAkEDdCEJIAMgBUEDdGohBiABIAUgAmxBA3RqIQcDQCAGIAcrAwA5AwAgByAJaiEHIAZBCGohBiAFQQFqIQUgCEF/aiIIDQALCyAOQQNJDQAgAkEFdCEJIAAgBWshCCAFIAJsQQN0IQ4gAiAFQQFqbEEDdCEKIAIgBUECamxBA3QhCyACIAVBA2oiBmxBA3QhBSADIAZBA3RqIQYgASEHA0AgBkFoaiAHIA5qKwMAOQMAIAZBcGogByAKaisDADkDACAGQXhqIAcgC2orAwA5AwAgBiAHIAVqKwMAOQMAIAcgCWohByAGQSBqIQYgCEF8aiIIDQALCwJAIABBAkgNAEEAIQYCQAJAIABBf2oiA0ECTw0AQQEhBwwBC0EBIQcCQCACQQFGDQBBASEHDAELAkAgASAAQQN0IgVqIARNDQAgAUEIaiAFIARqQXhqSQ0BCyADQX5xIgZBfmoiB0EBdkEBaiIOQQNxIQhBACEJAkAgB0EGSQ0AIAJBMGwhCiACQQR0IQsgBEEgaiEHIAJBBnQhDCABQQhqIQUgAkEFdCENIA5BfHEhDkEAIQkDQCAHQWBqIAX9AAMA/QsDACAHQXBqIAUgC2r9AAMA/QsDACAHIAUgDWr9AAMA/QsDACAHQRBqIAUgCmr9AAMA/QsDACAHQcAAaiEHIAUgDGohBSAJQQhqIQkgDkF8aiIODQALCwJAIAhFDQAgAkEBdCEOIAkgAmwhByAEIAlBA3RqIQUDQCAFIAEgB0EDdEEIcmr9AAMA/QsDACAHIA5qIQcgBUEQaiEFIAhBf2oiCA0ACwsgAyAGRg0BIANBAXIhBwsgB0F/cyAAaiEIAkAgACAHa0EDcSIFRQ0AA0AgBCAGQQN0aiAGIAJsQQN0IAFqQQhqKwMAOQMAIAciBkEBaiEHIAYhBiAFQX9qIgUNAAsgB0F/aiEGCyAIQQNJDQAgAkEFdCEJIAFBCGohBSAHIAJsQQN0IQ4gAiAHQQFqbEEDdCEKIAIgB0ECaiIIbEEDdCELIAQgCEEDdGohCANAIAQgBkEDdGogBiACbEEDdCABakEIaisDADkDACAIQXBqIAUgDmorAwA5AwAgCEF4aiAFIApqKwMAOQMAIAggBSALaisDADkDACAFIAlqIQUgCEEgaiEIIAdBA2ohBiAAIAdBBGoiB0cNAAsLIABBAEwNACAAQQN0IARqQXhqQgA3AwALC/kbEgR/AXwCfwR8AX8Bewt/AnwCfwF8F38FfAZ/A3wGfwN7An8BewJAAkAgAEEBTg0AQQAhBQwBCyAAQQNxIQYCQAJAIABBf2oiB0EDTw0AQQAhCEQAAAAAAAAAACEJDAELIABBfHEhCkEAIQhEAAAAAAAAAAAhCSABIQsDQCALQRhqKwMAmSIMIAtBEGorAwCZIg0gC0EIaisDAJkiDiALKwMAmSIPIAkgDyAJZBsiDyAOIA9kGyIOIA0gDmQbIg0gDCANZBshCSALQSBqIQsgCiAIQQRqIghHDQALCwJAIAZFDQAgASAIQQN0aiELA0AgCysDAJkiDCAJIAwgCWQbIQkgC0EIaiELIAZBf2oiBg0ACwtBACEFAkACQCAAQQJODQBBACEHDAELIAdBA3EhCAJAAkAgAEF+akEDTw0AQQAhBkEBIQsMAQsgB0F8cSEKQQAhBiACIQsDQCALQRhqKwMAmSIMIAtBEGorAwCZIg0gC0EIaisDAJkiDiALKwMAmSIPIAkgDyAJZBsiDyAOIA9kGyIOIA0gDmQbIg0gDCANZBshCSALQSBqIQsgCiAGQQRqIgZHDQALIAZBAWohCwsgAEEBSiEHIAhFDQADQCACIAZBA3RqKwMAmSIMIAkgDCAJZBshCSALIgZBAWohCyAGIQYgCEF/aiIIDQALCyAJRAAAAAAAAAAAYQ0ARAAAAAAAAPA/IAmjIQwCQCAAQQFIDQBBACEQAkAgAEEBRg0AIABBfnEiEEF+aiILQQF2QQFqIgpBA3EhBiAM/RQhEUEAIQgCQCALQQZJDQAgCkF8cSEKQQAhCCABIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGoiBSARIAX9AAMA/fIB/QsDACALQSBqIgUgESAF/QADAP3yAf0LAwAgC0EwaiIFIBEgBf0AAwD98gH9CwMAIAtBwABqIQsgCEEIaiEIIApBfGoiCg0ACwsCQCAGRQ0AIAEgCEEDdGohCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiELIAZBf2oiBg0ACwsgECAARg0BCyAAIBBrIQYgASAQQQN0aiELA0AgCyAMIAsrAwCiOQMAIAtBCGohCyAGQX9qIgYNAAsLAkAgB0UNAEEAIQZBASELAkAgAEF/aiIQQQJJDQAgEEF+cSIGQX5qIgtBAXZBAWoiBUEDcSEIIAz9FCERQQAhCgJAIAtBBkkNACAFQXxxIQVBACEKIAIhCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiIHIBEgB/0AAwD98gH9CwMAIAtBIGoiByARIAf9AAMA/fIB/QsDACALQTBqIgcgESAH/QADAP3yAf0LAwAgC0HAAGohCyAKQQhqIQogBUF8aiIFDQALCwJAIAhFDQAgAiAKQQN0aiELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIQsgCEF/aiIIDQALCyAQIAZGDQEgEEEBciELCwNAIAIgBkEDdGoiBiAMIAYrAwCiOQMAIAsiCyEGIAAgC0EBaiILRw0ACwtBACEFAkAgAEECSA0AIAIgAEF/aiISQQN0akIANwMAIANBEGohEyABQRBqIRQgAUEgaiEVIAJBCGohFkEAIRdBACAAayEYIABBfmohGUEAIARBA3QiGmshG0EBIRxEAAAAAAAAAAAhHUQAAAAAAAAAACEeAkADQCABIBdBA3QiBmoiHysDACIOmSACIAZqIiArAwAiDJkiD6AiDSAeIA0gHmQbIR4CQAJAAkAgFyASTg0AIA8gHkQAAAAAAACwPKIiIWUNACAWIAZqIQsgFyEiAkADQAJAIBkgIkcNACASISIMAgsgIkEBaiEiIAsrAwAhDSALQQhqIQsgDZkgIWVFDQALCyAiIBdLDQELIBdBAWohFwwBCyAXQQJqIiMgGSAXayIkQX5xIiVqISYgFSAGaiEnICIgBGwiKCAAaiEpIAEgIkEDdGohKiADIChBA3QiC2ohKyATIAtqISwgIkF/aiAEbCItIABqIS4gAiAXQQFqIi9BA3QiC2ohMCABIAtqITEgAyAtQQN0IgtqITIgEyALaiEzICRBfmoiNEEBdkEBaiILQXxxITUgC0EDcSI2QQR0ITdBACELA0AgCyI4QTxGDQMgHyAMIDErAwAgDqEgDCAMoKMiDSANIA2iRAAAAAAAAPA/oJ8iD5ogDyANRAAAAAAAAAAAYxugIg2jIgw5AwAgMSAgKwMAIA2iIjk5AwAgDiAMoSE6AkAgIyAATg0AICMhCwJAICRBAkkNACA6/RQhEUEAIQYCQCA0QQZJDQBBACEGIDUhCCAnIQsDQCALIAv9AAMAIBH98QH9CwMAIAtBcGoiCiAK/QADACAR/fEB/QsDACALQRBqIgogCv0AAwAgEf3xAf0LAwAgC0EgaiIKIAr9AAMAIBH98QH9CwMAIAtBwABqIQsgBkEIaiEGIAhBfGoiCA0ACwsCQCA2RQ0AIBQgFyAGakEDdGohCyA3IQYDQCALIAv9AAMAIBH98QH9CwMAIAtBEGohCyAGQXBqIgYNAAsLICYhCyAkICVGDQELIAAgC2shBiABIAtBA3RqIQsDQCALIAsrAwAgOqE5AwAgC0EIaiELIAZBf2oiBg0ACwsgMCsDACE7AkACQCAiIBdKDQBEAAAAAAAAAAAhDUQAAAAAAADwPyEMRAAAAAAAAPA/ITxEAAAAAAAAAAAhPQwBCyAqKwMAIQ5EAAAAAAAA8D8hD0QAAAAAAAAAACENQQAhPiAyIT8gKyFAICwhQSAzIUIgIiFDRAAAAAAAAPA/IQwDQCAMIUQgDyE8IAIgQ0EDdCILaiANIj0gDiAOoiACIENBf2oiQ0EDdCIGaisDACIPIA+ioJ8iDKI5AwAgASALaiAPIAyjIg0gDiAMoyIMIEQgD6IiD6IgDSABIAZqKwMAIkWioKIgRCAOoqA5AwAgDyANoiFGIAwgRaIhRQJAIANFDQAgDZohDiADIC4gPiAEbCILa0EDdGohRyADIC0gC2tBA3RqIUggAyApIAtrQQN0aiFJIAMgKCALa0EDdGohSiADIEMgBGxBA3RqIksgGmohTCAM/RQhESAN/RQhTUEAIQZBAiEIIBkhCiBBIQUgQiEHA0AgTCAGQQN0IgtqIgYgESAG/QAAACJO/fIBIE0gSyALaiIL/QAAACJP/fIB/fAB/QsAACALIBEgT/3yASBNIE798gH98QH9CwAAIAoiUEF+aiEKIAUiEEEQaiEFIAciUUEQaiEHIAgiCyEGIAtBAmoiCCAATA0ACyALIABODQACQCAAIAtrIgdBAkkNAAJAIEogC0EDdCIGaiBHTw0AIEggBmogSUkNAQsgB0F+cSJHQX5qIgZBAXZBAWpBAXEhSiAO/RQhTgJAAkAgBg0AQQAhBgwBCyBQQX5xQX5qQQF2QQFqQX5xIQhBACEGA0AgECBNIFH9AAMAIk/98gEgESAQ/QADACJS/fIB/fAB/QsDACBRIBEgT/3yASBSIE798gH98AH9CwMAIBBBEGoiCiBNIFFBEGoiBf0AAwAiT/3yASARIAr9AAMAIlL98gH98AH9CwMAIAUgESBP/fIBIFIgTv3yAf3wAf0LAwAgEEEgaiEQIFFBIGohUSAGQQRqIQYgCEF+aiIIDQALCwJAIEpFDQAgTCALIAZqQQN0IgZqIgggTSBLIAZqIgb9AAMAIk/98gEgESAI/QADACJN/fIB/fAB/QsDACAGIBEgT/3yASBNIE798gH98AH9CwMACyAHIEdGDQEgCyBHaiELCyALQX9zIQYCQCAAIAtrQQFxRQ0AIEwgC0EDdCIIaiIKIA0gSyAIaiIIKwMAoiAMIAorAwAiD6KgOQMAIAggDCAIKwMAoiAPIA6ioDkDACALQQFqIQsLIAYgGEYNACAAIAtrIQogPyALQQN0IgZqIQsgQCAGaiEGA0AgBiANIAsrAwCiIAwgBisDACIPoqA5AwAgCyAMIAsrAwCiIA8gDqKgOQMAIAZBCGoiBSANIAtBCGoiCCsDAKIgDCAFKwMAIg+ioDkDACAIIAwgCCsDAKIgDyAOoqA5AwAgC0EQaiELIAZBEGohBiAKQX5qIgoNAAsLIEUgRqEhDiA/IBtqIT8gQCAbaiFAIEEgG2ohQSBCIBtqIUIgPkEBaiE+IEQhDyBDIBdKDQALCyA4QQFqIQsgHSA6oCEdICAgDSAgKwMAIDsgPCA9IA2aoqKioiA5oyIOojkDACAfIAwgDqIiDjkDACAgKwMAIgyZICFkDQALIC8hFyA4QTtLDQILIB8gDiAdoDkDACAgQgA3AwAgFyAASCEcIBcgAEcNAAsLQQAgHEEBcWshBQsgAEEBSA0AQQAhEAJAIABBAUYNACAAQX5xIhBBfmoiC0EBdkEBaiIKQQNxIQYgCf0UIRFBACEIAkAgC0EGSQ0AIApBfHEhCkEAIQggASELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIgcgESAH/QADAP3yAf0LAwAgC0EgaiIHIBEgB/0AAwD98gH9CwMAIAtBMGoiByARIAf9AAMA/fIB/QsDACALQcAAaiELIAhBCGohCCAKQXxqIgoNAAsLAkAgBkUNACABIAhBA3RqIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGohCyAGQX9qIgYNAAsLIBAgAEYNAQsgACAQayEGIAEgEEEDdGohCwNAIAsgCSALKwMAojkDACALQQhqIQsgBkF/aiIGDQALCyAFC/pmCx9/AnwEfwF8An8DfAF/AXsRfwN7Cn8gBSAAQQV0aiEGIAUgAEEEdGohByAFIABBA3QiCGohCSAAQQVsIQogBSAAQQNsQQN0IgtqIQwCQCAAQQNIDQAgAUEQaiENQQEgAGshDiABQRhqIQ8gAUEIaiEQIABBfmohESABQShqIRIgAUEgaiETIAFBMGohFCAAQX9qIRUgCEEIaiEWIABBfGohFyAFIAtqIRggBSAAQQJ0IhlBA3RqIhpBCGohG0EAIRwgAEF9aiIdIR4gACEfQQAhIEEAISFBACEiA0AgECAiIABsQQN0aiAiQQN0IiNqISQgIkF/cyAAaiELAkACQCAgRQ0AIAcgI2orAwAhJQwBCyAkKwMAISZEAAAAAAAAAAAhJQJAIAtBAkgNACARICJrIidBA3EhKAJAAkAgHSAiayIpQQNPDQBBASEqRAAAAAAAAAAAISsMAQsgJ0F8cSEsIBIgFiAibGohKkEAIS1EAAAAAAAAAAAhKwNAICorAwCZIiUgKkF4aisDAJkiLiAqQXBqKwMAmSIvICpBaGorAwCZIjAgKyAwICtkGyIrIC8gK2QbIisgLiArZBsiKyAlICtkGyErICpBIGohKiAsIC1BBGoiLUcNAAsgLUEBaiEqCwJAIChFDQAgECAqQQN0aiAWICJsaiEqA0AgKisDAJkiJSArICUgK2QbISsgKkEIaiEqIChBf2oiKA0ACwtEAAAAAAAAAAAhJSArRAAAAAAAAAAAYQ0AQQEhKiAnQQFxISwCQAJAICkNAEQAAAAAAAAAACElDAELICdBfnEhLSAPIBYgImxqISpBACEoRAAAAAAAAAAAISUDQCAqKwMAICujIi4gLqIgKkF4aisDACAroyIuIC6iICWgoCElICpBEGohKiAtIChBAmoiKEcNAAsgKEEBaiEqCwJAICxFDQAgJCAqQQN0aisDACAroyIuIC6iICWgISULRAAAAAAAAAAAIS5EAAAAAAAA8D9EAAAAAAAA8L8gJkQAAAAAAAAAAGYbmiEvAkAgKyAln6KZIisgJpkiJSAlICtjIiobIjBEAAAAAAAAAABhDQAgMCAlICsgKhsgMKMiKyArokQAAAAAAADwP6CfoiEuCyAuIC+iIi4gJqEgLqMhJUQAAAAAAADwPyAmIC6hoyErQQEhKAJAAkAgJ0ECSQ0AICdBfnEiMUF+aiIqQQF2QQFqIixBA3EhLSAr/RQhMkEAISgCQCAqQQZJDQAgLEF8cSEsIBMgFiAibGohKkEAISgDQCAqIDIgKv0AAwD98gH9CwMAICpBcGoiKSAyICn9AAMA/fIB/QsDACAqQRBqIikgMiAp/QADAP3yAf0LAwAgKkEgaiIpIDIgKf0AAwD98gH9CwMAICpBwABqISogKEEIaiEoICxBfGoiLA0ACwsCQCAtRQ0AA0AgJCAoQQN0QQhyaiIqIDIgKv0AAwD98gH9CwMAIChBAmohKCAtQX9qIi0NAAsLICcgMUYNASAnQQFyISgLIBAgKEEDdGogFiAibGohKiAVIChrICJrISgDQCAqICsgKisDAKI5AwAgKkEIaiEqIChBf2oiKA0ACwsgLiEmCyAJICNqICY5AwAgJEKAgICAgICA+D83AwAgByAjaiAlOQMACyAfQX9qITMCQAJAICVEAAAAAAAAAABiDQAgIkEBaiEiQQAhIUEAISAMAQsCQCAhDQAgC0EBSA0AIA4gImohNCABIBYgImxqITUgASAiIAAgIkEBamxqQQN0IipqITYgECAqaiEnQQAhMQNA/QwAAAAAAAAAAAAAAAAAAAAAITICQAJAIAtBAk8NAEEAISwMAQtBACEqICchKCAkIS0DQCAyICj9AAAAIC39AAAA/fIB/fABITIgKkEEaiEhIChBEGohKCAtQRBqIS0gKkECaiIsISogISALTA0ACwsgMv0hACAy/SEBoCErAkAgLCALTg0AIBEgIiAsaiIqayEtAkAgFSAqa0EDcSIoRQ0AICxBA3QhKgNAICcgKmorAwAgJCAqaisDAKIgK6AhKyAqQQhqISogLEEBaiEsIChBf2oiKA0ACwsgLUEDSQ0AICxBA3QhISA0ICxqISkgNiEtIDUhLANAIC0gIWoiKkEgaisDACAsICFqIihBIGorAwCiICpBGGorAwAgKEEYaisDAKIgKkEQaisDACAoQRBqKwMAoiAqQQhqKwMAIChBCGorAwCiICugoKCgISsgLUEgaiEtICxBIGohLCApQQRqIikNAAsLIAwgMUEDdGogJSArojkDACA2IAhqITYgJyAIaiEnIDFBAWoiMSAzRw0ACwsCQAJAIAtBAkgiN0UNAEEAISz9DAAAAAAAAAAAAAAAAAAAAAAhMgwBC/0MAAAAAAAAAAAAAAAAAAAAACEyQQAhKiAkISggDCEtA0AgMiAo/QAAACAt/QAAAP3yAf3wASEyICpBBGohISAoQRBqISggLUEQaiEtICpBAmoiLCEqICEgC0wNAAsLIDL9IQAgMv0hAaAhKwJAICwgC04NACARICIgLGprISECQCALICxrQQNxIi1FDQAgECAsQQN0IihqIBYgImxqISogGCAoaiEoA0AgLEEBaiEsICorAwAgKCsDAKIgK6AhKyAqQQhqISogKEEIaiEoIC1Bf2oiLQ0ACwsgIUEDSQ0AICxBA3QhISABIBYgImxqIS0gDiAsaiAiaiEpIAwhLANAIC0gIWoiKkEgaisDACAsICFqIihBGGorAwCiICpBGGorAwAgKEEQaisDAKIgKkEQaisDACAoQQhqKwMAoiAqQQhqKwMAICgrAwCiICugoKCgISsgLEEgaiEsIC1BIGohLSApQQRqIikNAAsLAkAgC0EBSA0AICVEAAAAAAAA4L+iICuiIStBACEtAkAgFSAcayIxQQJJDQAgBiAFIBkgHEF/cyIqakEDdGpJIAwgBSAKICpqQQN0aiIqSXENACABIB9BA3RqIBYgImwiLGogBksgJCAqSXENACAxQX5qIipBAXZBAWpBAXEhNiAr/RQhMkEAISgCQCAqQQJJDQAgHkEBdkEBakF+cSEtIAEgLGohJ0EAISpBACEoA0AgBiAqaiIsIDIgJyAqaiIhQQhq/QADAP3yASAMICpqIin9AAMA/fAB/QsDACAsQRBqIDIgIUEYav0AAwD98gEgKUEQav0AAwD98AH9CwMAICpBIGohKiAoQQRqISggLUF+aiItDQALCyAxQX5xIS0CQCA2RQ0AIAYgKEEDdCIqaiAyICQgKmr9AAMA/fIBIAwgKmr9AAMA/fAB/QsDAAsgMSAtRg0BCyAcIC1qISoCQCAxQQFxRQ0AIAYgLUEDdCIoaiArICQgKGorAwCiIAwgKGorAwCgOQMAIC1BAXIhLQsgESAqRg0AIA0gLUEDdCIhaiAWICJsaiEqIC1BAWohLCAaICFqISggGCAhaiEtA0AgKCArICpBeGorAwCiIC0rAwCgOQMAIChBCGogKyAqKwMAoiAtQQhqKwMAoDkDACAoQRBqISggKkEQaiEqIC1BEGohLSAfICxBAmoiLEcNAAsLIBAgIkEBaiI4IABsIjRBA3RqICNqIR8gJCsDAJoiK/0UITJBACEhAkAgNw0AQQAhKCAfISogBiEtA0AgKiAq/QAAACAyIC39AAAA/fIB/fAB/QsAACAqQRBqISogLUEQaiEtIChBBGohLCAoQQJqIiEhKCAsIAtMDQALCwJAICEgC04NAAJAIBUgIiAhaiIqayInQQJJDQAgJ0F+cSIxQX5qIihBAXZBAWoiLUEBcSE2AkACQCAoDQBBACEtDAELIC1BfnEhLCAaICFBA3RqISggDyAqIDRqQQN0aiEqQQAhLQNAICpBcGoiKSAyICj9AAMA/fIBICn9AAMA/fAB/QsDACAqIDIgKEEQav0AAwD98gEgKv0AAwD98AH9CwMAIChBIGohKCAqQSBqISogLUEEaiEtICxBfmoiLA0ACwsCQCA2RQ0AIB8gISAtakEDdCIqaiIoIDIgBiAqav0AAwD98gEgKP0AAwD98AH9CwMACyAnIDFGDQEgISAxaiEhCyAaICFBA3RqISggDiAhaiAiaiEtIBAgISAiaiA0akEDdGohKgNAICogKyAoKwMAoiAqKwMAoDkDACAoQQhqISggKkEIaiEqIC1BAWoiLCAtTyEhICwhLSAhDQALCyAGKwMAmiIr/RQhMkEAISECQCA3DQBBACEoIB8hKiAkIS0DQCAqICr9AAAAIDIgLf0AAAD98gH98AH9CwAAICpBEGohKiAtQRBqIS0gKEEEaiEsIChBAmoiISEoICwgC0wNAAsLAkAgISALTg0AAkAgCyAhayI1QQJJDQAgNUF+cSI5QX5qIipBAXZBAWoiKEEBcSE6AkACQCAqDQBBACEtDAELICFBA3QhLCAoQX5xISkgASAWICJsaiEqIAEgIiA0akEDdGohKEEAIS0DQCAoICxqIidBCGoiMSAyICogLGoiNkEIav0AAwD98gEgMf0AAwD98AH9CwMAICdBGGoiJyAyIDZBGGr9AAMA/fIBICf9AAMA/fAB/QsDACAqQSBqISogKEEgaiEoIC1BBGohLSApQX5qIikNAAsLAkAgOkUNACAfICEgLWpBA3QiKmoiKCAyICQgKmr9AAMA/fIBICj9AAMA/fAB/QsDAAsgNSA5Rg0BICEgOWohIQsgECAhQQN0aiAWICJsaiEoIA4gIWogImohLSAQICEgImogNGpBA3RqISoDQCAqICsgKCsDAKIgKisDAKA5AwAgKEEIaiEoICpBCGohKiAtQQFqIiwgLU8hISAsIS0gIQ0ACwsgH0EIaiExAkACQCAiQQNqIABIIjsNAEEAISBEAAAAAAAAAAAhMAwBCyAxKwMAISZEAAAAAAAAAAAhMAJAIAtBA0gNACAdICJrIilBA3EhKAJAAkAgFyAiayIhQQNPDQBBASEqRAAAAAAAAAAAISsMAQsgKUF8cSEsIBQgIiA0akEDdGohKkEAIS1EAAAAAAAAAAAhKwNAICorAwCZIiUgKkF4aisDAJkiLiAqQXBqKwMAmSIvICpBaGorAwCZIjAgKyAwICtkGyIrIC8gK2QbIisgLiArZBsiKyAlICtkGyErICpBIGohKiAsIC1BBGoiLUcNAAsgLUEBaiEqCwJAIChFDQAgDSAiICpqIDRqQQN0aiEqA0AgKisDAJkiJSArICUgK2QbISsgKkEIaiEqIChBf2oiKA0ACwtEAAAAAAAAAAAhMCArRAAAAAAAAAAAYQ0AQQEhKiApQQFxISwCQAJAICENAEQAAAAAAAAAACElDAELIClBfnEhLSATICIgNGpBA3RqISpBACEoRAAAAAAAAAAAISUDQCAqKwMAICujIi4gLqIgKkF4aisDACAroyIuIC6iICWgoCElICpBEGohKiAtIChBAmoiKEcNAAsgKEEBaiEqCwJAICxFDQAgMSAqQQN0aisDACAroyIuIC6iICWgISULRAAAAAAAAAAAIS5EAAAAAAAA8D9EAAAAAAAA8L8gJkQAAAAAAAAAAGYbmiEvAkAgKyAln6KZIisgJpkiJSAlICtjIiobIjBEAAAAAAAAAABhDQAgMCAlICsgKhsgMKMiKyArokQAAAAAAADwP6CfoiEuCyAuIC+iIiUgJqEgJaMhMEQAAAAAAADwPyAmICWhoyErQQEhKgJAAkAgKUECSQ0AIClBfnEiJ0F+aiIqQQF2QQFqIixBA3EhLSAr/RQhMkEAISgCQCAqQQZJDQAgLEF8cSEsIBIgIiA0akEDdGohKkEAISgDQCAqIDIgKv0AAwD98gH9CwMAICpBcGoiISAyICH9AAMA/fIB/QsDACAqQRBqIiEgMiAh/QADAP3yAf0LAwAgKkEgaiIhIDIgIf0AAwD98gH9CwMAICpBwABqISogKEEIaiEoICxBfGoiLA0ACwsCQCAtRQ0AA0AgMSAoQQN0QQhyaiIqIDIgKv0AAwD98gH9CwMAIChBAmohKCAtQX9qIi0NAAsLICkgJ0YNASApQQFyISoLIBEgKmsgImshKCANICIgKmogNGpBA3RqISoDQCAqICsgKisDAKI5AwAgKkEIaiEqIChBf2oiKA0ACwsgJSEmCyAJIDhBA3QiKmogJjkDACAxQoCAgICAgID4PzcDACAHICpqIDA5AwBBASEgCwJAIDcNACA7IDBEAAAAAAAAAABicSE8IA4gImohPSANIBYgImwiKmohNiABICpqIT4gECAjaiE/IAEgIiA0akEDdGohHyAPICIgACAiQQJqbGpBA3QiKmohQCABICpqISkgECAqaiEoQQEhOQNAID8gOSA4aiAAbEEDdGohOiAGIDlBA3QiJ2orAwAhJSAkICdqKwMAISsCQAJAIDwNACArmiIr/RQhMkEAIScCQCA3DQBBACEtICghKiAGISwDQCAqICr9AAAAIDIgLP0AAAD98gH98AH9CwAAICpBEGohKiAsQRBqISwgLUEEaiEhIC1BAmoiJyEtICEgC0wNAAsLAkAgJyALTg0AAkAgCyAnayI0QQJJDQAgNEF+cSI1QX5qIipBAXZBAWoiLUEBcSFBAkACQCAqDQBBACEtDAELICdBA3QhKiAtQX5xISxBACEtA0AgKSAqaiIhQQhqIiIgMiAGICpqIiP9AAMA/fIBICL9AAMA/fAB/QsDACAhQRhqIiEgMiAjQRBq/QADAP3yASAh/QADAP3wAf0LAwAgKkEgaiEqIC1BBGohLSAsQX5qIiwNAAsLAkAgQUUNACA6ICcgLWpBA3QiKmoiLSAyIAYgKmr9AAMA/fIBIC39AAMA/fAB/QsDAAsgNCA1Rg0BICcgNWohJwsgJ0EDdCEqID0gJ2ohLQNAICggKmoiLCArIAYgKmorAwCiICwrAwCgOQMAICpBCGohKiAtQQFqIiwgLU8hISAsIS0gIQ0ACwsgJZoiK/0UITJBACEhAkAgNw0AQQAhKkEAIS0DQCAoICpqIiwgLP0AAAAgMiAkICpq/QAAAP3yAf3wAf0LAAAgKkEQaiEqIC1BBGohLCAtQQJqIiEhLSAsIAtMDQALCyAhIAtODQECQCALICFrIkFBAkkNACBBQX5xIkJBfmoiKkEBdkEBaiItQQFxIUMCQAJAICoNAEEAIScMAQsgIUEDdCEiIC1BfnEhI0EAIScgPiEqIEAhLQNAIC0gImoiLEFwaiI0IDIgKiAiaiI1QQhq/QADAP3yASA0/QADAP3wAf0LAwAgLCAyIDVBGGr9AAMA/fIBICz9AAMA/fAB/QsDACAqQSBqISogLUEgaiEtICdBBGohJyAjQX5qIiMNAAsLAkAgQ0UNACA6ICEgJ2pBA3QiKmoiLSAyICQgKmr9AAMA/fIBIC39AAMA/fAB/QsDAAsgQSBCRg0CICEgQmohIQsgIUEDdCEqID0gIWohLQNAICggKmoiLCArICQgKmorAwCiICwrAwCgOQMAICpBCGohKiAtQQFqIiwgLUkhISAsIS0gIUUNAAwCCwsgOiA6KwMAICsgBisDAKKhICUgJCsDAKKhOQMAICWaIS4gK5ohLwJAAkAgC0ECRw0A/QwAAAAAAAAAAAAAAAAAAAAAITJBASEtDAELIC79FCFEIC/9FCFF/QwAAAAAAAAAAAAAAAAAAAAAITJBASEsQQAhKgNAICkgKmpBEGoiLSAt/QAAACBFIBsgKmr9AAAA/fIB/fABIEQgNiAqav0AAAD98gH98AEiRv0LAAAgMiBGIDEgKmr9AAAA/fIB/fABITIgKkEQaiEqICxBBGohISAsQQJqIi0hLCAhIAtMDQALCyAy/SEAIDL9IQGgISsCQCAtIAtODQAgLUEDdCEqA0AgKCAqaiIsIC4gJCAqaisDAKIgLyAGICpqKwMAoiAsKwMAoKAiJTkDACAlIB8gKmpBCGorAwCiICugISsgKkEIaiEqIC1BAWoiLSALSA0ACwsgJyAMakF4aiAwICuiOQMACyBAIAhqIUAgKSAIaiEpICggCGohKCA5QQFqIjkgM0cNAAsLIDsgMEQAAAAAAAAAAGJxISEgOCEiCyAeQX9qIR4gHEEBaiEcIDMhHyAiIBFHDQALC0EAIUACQCAAQQFIDQBBACEoAkACQCAAQQFGDQACQCABIAEgAEF/aiAAQQN0IipBCGpsaiILIAsgAUkbQQhqIAVNDQAgASALIAsgAUsbIAUgKmpJDQELIABBfnEiKEF+aiILQQF2QQFqIipBAXEhLCAA/REhRgJAAkAgCw0A/QwAAAAAAQAAAAAAAAAAAAAAITJBACEqDAELICpBfnEhLf0MAAAAAAEAAAAAAAAAAAAAACEyQQAhKiAFIQsDQCALIAEgMiBG/bUBIDL9rgEiRP0bAEEDdGr9CgMAIAEgRP0bAUEDdGorAwD9IgH9CwMAIAtBEGogASAy/QwCAAAAAgAAAAAAAAAAAAAA/a4BIkQgRv21ASBE/a4BIkT9GwBBA3Rq/QoDACABIET9GwFBA3RqKwMA/SIB/QsDACALQSBqIQsgMv0MBAAAAAQAAAAAAAAAAAAAAP2uASEyICpBBGohKiAtQX5qIi0NAAsLAkAgLEUNACAFICpBA3RqIAEgMiBG/bUBIDL9rgEiMv0bAEEDdGr9CgMAIAEgMv0bAUEDdGorAwD9IgH9CwMACyAoIABGDQELIChBf3MgAGohJAJAIAAgKGtBA3EiLUUNACAIQQhqISwgBSAoQQN0aiELIAEgKCAAQQFqbEEDdGohKgNAIAsgKisDADkDACAqICxqISogC0EIaiELIChBAWohKCAtQX9qIi0NAAsLICRBA0kNACAoQQN0IQsgACAoayEnIABBBXRBIGohKiABICggAEEBamxBA3RqIS0gACAoQQFqbEEDdCABakEIaiEsIAAgKEECamxBA3QgAWpBEGohJCAAIChBA2psQQN0IAFqQRhqISEgBSEpA0AgKSALaiIoIC0rAwA5AwAgKEEIaiAsIAtqKwMAOQMAIChBEGogJCALaisDADkDACAoQRhqICEgC2orAwA5AwAgLSAqaiEtICwgKmohLCAkICpqISQgISAqaiEhIClBIGohKSAnQXxqIicNAAsLAkACQAJAIABBAUoiC0UNACAJIABBfmoiKkEDdCIoaiABIABBf2oiQCAAbCAqakEDdGorAwA5AwAgByAoakIANwMADAELQQAhQCAAQQFHDQELIAkgQEEDdCIqakIANwMAIAcgKmpCADcDACALIUALIABBAUgNAEEAISkCQCAAQQFGDQAgBiADSyAMIAMgAEEDdGoiC0lxDQAgCSADSyALIAVLcQ0AIAUgAEEEdGoiCyADSyAFIANJcQ0AIAwgCUkgBiAFS3ENACAMIAtJIAkgBklxDQAgAEF+cSIpQX5qIgtBAXZBAWoiKkEBcSEGAkACQCALDQBBACEqDAELICpBfnEhKEEAIQtBACEqA0AgAyALaiItIAUgC2oiLP0AAwD9CwMAIAwgC2oiJCAJIAtqIiH9AAMA/QsDACAtQRBqICxBEGr9AAMA/QsDACAkQRBqICFBEGr9AAMA/QsDACALQSBqIQsgKkEEaiEqIChBfmoiKA0ACwsCQCAGRQ0AIAMgKkEDdCILaiAFIAtq/QADAP0LAwAgDCALaiAJIAtq/QADAP0LAwALICkgAEYNAQsgKUF/cyELAkAgAEEBcUUNACADIClBA3QiKmogBSAqaisDADkDACAMICpqIAkgKmorAwA5AwAgKUEBciEpCyALQQAgAGtGDQAgKUEDdCELIAAgKWshJCAJISogDCEoIAMhLSAFISwDQCAtIAtqIiEgLCALaiIGKwMAOQMAICggC2oiKSAqIAtqIicrAwA5AwAgIUEIaiAGQQhqKwMAOQMAIClBCGogJ0EIaisDADkDACAqQRBqISogKEEQaiEoIC1BEGohLSAsQRBqISwgJEF+aiIkDQALC0F/IQsCQCAAIAMgDEEAQQAQiICAgAANAAJAIEBFDQAgAEEBdiEsA0ACQCAsIiRBf2oiLEEBdCILQQFyIiogAE4NACAsISgDQAJAAkAgC0ECaiItIABIDQAgKiELDAELICohCyADIC1BA3RqKwMAIAMgKkEDdGorAwBkRQ0AIC0hCwsgAyAoQQN0aiIqKwMAIisgAyALQQN0aiIoKwMAIiVmDQEgKiAlOQMAICggKzkDACALISggC0EBdCILQQFyIiogAEgNAAsLICRBAUoNAAsgACEoA0AgAysDACErIAMgAyAoIgtBf2oiKEEDdGoiKisDADkDACAqICs5AwAgC0EDSCIkDQFBACELQQEhKkEAIS0DQAJAAkAgC0ECaiIsIChIDQAgKiELDAELICohCyADICxBA3RqKwMAIAMgKkEDdGorAwBkRQ0AICwhCwsCQCADIC1BA3RqIiorAwAiKyADIAtBA3RqIi0rAwAiJWYNACAqICU5AwAgLSArOQMAIAshLSALQQF0IgtBAXIiKiAoSA0BCwsgJEUNAAsLRAAAAAAAAAAAISsCQCAAQQFIDQAgBSsDAJkgCSsDAJmgRAAAAAAAAAAAoCIrRAAAAAAAAAAAICtEAAAAAAAAAABkGyErIABBAUYNACAAQX9qISogBSELA0AgC0EIaiIoKwMAmSALIAhqIgtBCGorAwCZoCALKwMAmaAiJSArICUgK2QbISsgKCELICpBf2oiKg0ACwsCQCACQQFIDQBEAAAAAAAA8D8gKyArRAAAAAAAAAAAYRsiK0QAAAAAAACwPKIhJiAFIApBA3RqIjEgCEEDdCAFaiIqQXhqIgtJIAUgAEEHbCIoQQN0aiIWIABBBmwiLUEDdCAFakF4aiIsSXEgMSAAQQR0IAVqQXhqIiRJIAkgLElxciAWICRJIAkgC0lxciEXIAUgLUEDdGoiEiAFIABBCWwiLUEDdGoiNkkgBSAAQQZ0aiIUIBZJcSASIAUgAEHQAGxqIgtJIDYgFklxciASIAlJIBYgBUtxciAUIAlJIDYgBUtxciA2IAlJIAsgBUtxciEZIABByABsIRwgAEEGdCFDIABBOGwhDiAAQShsITsgAEEwbCFBIAVBEGohRyAAQX5xITwgAEEBcSEPICtE/Knx0k1iUD+iIS9BACE1QQAgAEEDdCILayEbIAQgC2shDCAFIApBA3RqIUggBSALaiFJIABBf2oiH0EBciFKIB9BfnEhCiAqQWhqIR4gLUEDdCAFakFoaiEgIAQgAEF9aiJLQQN0aiEQIAUgKEEDdGoiTEFoaiFCIBIgAEF+aiIRQQN0Ih1qIT4gFiAdaiENIBIgH0EDdCIYaiE4IBFBAXZBAWoiC0F8cSEaIAtBA3EhPSBLQQF2QQFqIipBfHEhTSAqQQNxIRMgC0F+cSFOIAtBAXEhT0G54AAhFSARQQJJIVAgBCEqA0AgAyAfIDVrQQN0aisDACEuAkAgAEEBSCI3DQBBACELAkAgAEEBRiAZcg0AIC79FCFGQQAhKAJAIFANAEEAISggTiEtIEchCwNAIAsgQ2oiLP0MAAAAAAAAAAAAAAAAAAAAACIy/QsDACALIBxqIiQgMv0LAwAgLEFwaiAy/QsDACAkQXBqIDL9CwMAIAsgQWoiLCAL/QADACBG/fEB/QsDACAsQXBqIAtBcGr9AAMAIEb98QH9CwMAIAtBIGohCyAoQQRqISggLUF+aiItDQALCwJAIE9FDQAgFCAoQQN0Igtq/QwAAAAAAAAAAAAAAAAAAAAAIjL9CwMAIDYgC2ogMv0LAwAgEiALaiAFIAtq/QADACBG/fEB/QsDAAsgPCELIDwgAEYNAQsgCyEtAkAgD0UNACAUIAtBA3QiKGpCADcDACA2IChqQgA3AwAgEiAoaiAFIChqKwMAIC6hOQMAIAtBAXIhLQsgHyALRg0AIAAgLWshKCAFIC1BA3RqIQsDQCALIENqIi1CADcDACALIBxq/QwAAAAAAAAAAAAAAAAAAAAA/QsDACALIEFqIiwgCysDACAuoTkDACAtQQhqQgA3AwAgLEEIaiALQQhqKwMAIC6hOQMAIAtBEGohCyAoQX5qIigNAAsLIDUgAGwhBgJAIEBFDQACQAJAAkAgH0ECSSAXckUNAEEAISRBASELDAELQQAhJAJAIEtBBkkNAEEAISQgTSEhIAUhCwNAIAsgO2oiKCALIAhqIi39AAMAIjL9CwMAIAsgDmoiLCAy/QsDACAoQRBqIC1BEGr9AAMAIjL9CwMAICxBEGogMv0LAwAgKEEgaiAtQSBq/QADACIy/QsDACAsQSBqIDL9CwMAIChBMGogLUEwav0AAwAiMv0LAwAgLEEwaiAy/QsDACALQcAAaiELICRBCGohJCAhQXxqIiENAAsLAkAgE0UNACBJICRBA3QiLWohCyBIIC1qISggTCAtaiEtIBMhLANAICggC/0AAwAiMv0LAwAgLSAy/QsDACALQRBqIQsgKEEQaiEoIC1BEGohLSAsQX9qIiwNAAsLIEohCyAKISQgHyAKRg0BCyALQX9zIABqISwCQCAAIAtrQQNxIi1FDQADQCAxICRBA3QiKGogCSAoaisDACIrOQMAIBYgKGogKzkDACALIihBAWohCyAoISQgLUF/aiItDQALIAtBf2ohJAsgLEEDSQ0AIEwgC0EDdCIsaiEoIEggLGohLSBJICxqISwDQCAxICRBA3QiJGogCSAkaisDACIrOQMAIBYgJGogKzkDACAtICwrAwAiKzkDACAoICs5AwAgLUEIaiAsQQhqKwMAIis5AwAgKEEIaiArOQMAIC1BEGogLEEQaisDACIrOQMAIChBEGogKzkDACAoQSBqISggLUEgaiEtICxBIGohLCALQQNqISQgACALQQRqIgtHDQALCyBARQ0AQQEhLSAFIQsDQAJAAkAgCyBBaiIoKwMAIiWZIjAgCyA7aiIsKwMAIiuZZkUNAAJAIDAgJmNFDQAgKCAmOQMAICwrAwAhKyAmISULICwgKyAloyIrOQMAIChBCGoiKCAoKwMAICsgCyAOaisDAKKhOQMADAELICggKzkDACAsICUgK6MiKzkDACALIA5qIiwrAwAhJSAsIChBCGoiKCsDADkDACAoICUgKyAoKwMAoqE5AwACQCAtQQFqIABODQAgCyBDaiAsQQhqIigrAwA5AwAgKCAoKwMAICuaojkDAAsgCyAcakKAgICAgICA+D83AwALIAtBCGohCyAAIC1BAWoiLUcNAAsLIAZBA3QhCwJAIDgrAwCZICZjRQ0AIDggJjkDAAsgBCALaiE6AkAgNw0AQQAhKAJAIB9FDQAgKiELA0AgCyAVQY3M5QBsQd/mu+MDaiItQQh2uEQAAAAAAABwPqJEAAAAAAAA4L+gOQMAIAtBCGogLUGNzOUAbEHf5rvjA2oiFUEIdrhEAAAAAAAAcD6iRAAAAAAAAOC/oDkDACALQRBqIQsgPCAoQQJqIihHDQALCyAPRQ0AIDogKEEDdGogFUGNzOUAbEHf5rvjA2oiFUEIdrhEAAAAAAAAcD6iRAAAAAAAAOC/oDkDAAsgOiAdaiE/IDogGGohOUEAITMDQAJAAkACQCBARQ0AQQAhCyAfISgDQAJAAkAgNiALaisDAEQAAAAAAAAAAGINACAqIAtqIi1BCGoiLCAsKwMAIDEgC2orAwAgLSsDAKKhOQMADAELICogC2oiLSsDACErIC0gLUEIaiIsKwMAIiU5AwAgLCArICUgMSALaisDAKKhOQMACyALQQhqIQsgKEF/aiIoDQALIDkgOSsDACA4KwMAoyIrOQMAIEBFDQIgPysDACANKwMAICuioSErID4hCyA/ISgMAQsgOSsDACErIDghCyA5ISgLICggKyALKwMAozkDAAsCQCAAQQNIDQAgPysDACErIB4hKCAgIS0gECELIEIhLCARISQDQCALIAsrAwAgKCsDACAroqEgLSsDACALQRBqKwMAoqEgLCsDAKMiKzkDACAoQXhqISggLUF4aiEtIAtBeGohCyAsQXhqISwgJEF/aiIkDQALCyAMIQsgNSEpAkAgNUUNAANAIAMgHyApIidBf2oiKWtBA3RqKwMAIC6hmSAvZA0BAkACQCAAQQJIIiFFDQBBACEs/QwAAAAAAAAAAAAAAAAAAAAAITIMAQv9DAAAAAAAAAAAAAAAAAAAAAAhMkEAIShBACEtA0AgMiALIChq/QAAACAqIChq/QAAAP3yAf3wASEyIChBEGohKCAtQQRqISQgLUECaiIsIS0gJCAATA0ACwsgMv0hACAy/SEBoCErAkAgLCAATg0AICxBf3MgAGohJAJAIAAgLGtBA3EiLUUNACAsQQN0ISgDQCALIChqKwMAICogKGorAwCiICugISsgKEEIaiEoICxBAWohLCAtQX9qIi0NAAsLICRBA0kNACAsQQN0ISggACAsayEkA0AgCyAoaiItQRhqKwMAICogKGoiLEEYaisDAKIgLUEQaisDACAsQRBqKwMAoiAtQQhqKwMAICxBCGorAwCiIC0rAwAgLCsDAKIgK6CgoKAhKyAoQSBqISggJEF8aiIkDQALCyArmiIr/RQhMkEAISQCQCAhDQBBACEoQQAhLQNAICogKGoiLCAs/QAAACAyIAsgKGr9AAAA/fIB/fAB/QsAACAoQRBqISggLUEEaiEsIC1BAmoiJCEtICwgAEwNAAsLAkAgJCAATg0AAkAgACAkayIiQQJJDQAgIkF+cSIjQX5qIihBAXZBAWoiLUEBcSE0AkACQCAoDQBBACEsDAELICRBA3QhKCAtQX5xISFBACEsA0AgKiAoaiItIDIgCyAoaiIG/QADAP3yASAt/QADAP3wAf0LAwAgLUEQaiItIDIgBkEQav0AAwD98gEgLf0AAwD98AH9CwMAIChBIGohKCAsQQRqISwgIUF+aiIhDQALCwJAIDRFDQAgOiAkICxqQQN0IihqIi0gMiAEICkgAGxBA3RqIChq/QADAP3yASAt/QADAP3wAf0LAwALICIgI0YNASAkICNqISQLICRBA3QhKCAAICRrIS0DQCAqIChqIiwgKyALIChqKwMAoiAsKwMAoDkDACAoQQhqISggLUF/aiItDQALCyALIBtqIQsgJ0EBSg0ACwsCQAJAIABBAk4NAEEAIS39DAAAAAAAAAAAAAAAAAAAAAAhMgwBC/0MAAAAAAAAAAAAAAAAAAAAACEyQQAhCyAqISgDQCAyICj9AAAAIkYgRv3yAf3wASEyIAtBBGohLCAoQRBqISggC0ECaiItIQsgLCAATA0ACwsgMv0hACAy/SEBoCErAkAgLSAATg0AIC1Bf3MgAGohLAJAIAAgLWtBA3EiKEUNACAqIC1BA3RqIQsDQCAtQQFqIS0gCysDACIlICWiICugISsgC0EIaiELIChBf2oiKA0ACwsgLEEDSQ0AIAAgLWshKCAqIC1BA3RqIQsDQCALQRhqKwMAIiUgJaIgC0EQaisDACIlICWiIAtBCGorAwAiJSAloiALKwMAIiUgJaIgK6CgoKAhKyALQSBqIQsgKEF8aiIoDQALCwJAICufIitEAAAAAAAAAABiDQAgOiA1IABvQQN0akKAgICAgICA+D83AwBEAAAAAAAA8D8hKwsCQCA3DQBEAAAAAAAA8D8gK6MhK0EAIQsCQCAAQQFGDQAgK/0UITJBACEoAkAgEUEGSQ0AQQAhKCAaIS0gKiELA0AgCyAyIAv9AAMA/fIB/QsDACALQRBqIiwgMiAs/QADAP3yAf0LAwAgC0EgaiIsIDIgLP0AAwD98gH9CwMAIAtBMGoiLCAyICz9AAMA/fIB/QsDACALQcAAaiELIChBCGohKCAtQXxqIi0NAAsLAkAgPUUNACAqIChBA3RqIQsgPSEoA0AgCyAyIAv9AAMA/fIB/QsDACALQRBqIQsgKEF/aiIoDQALCyA8IQsgPCAARg0BCyAAIAtrISggKiALQQN0aiELA0AgCyArIAsrAwCiOQMAIAtBCGohCyAoQX9qIigNAAsLIDNBAWoiM0EDRw0ACyAMIAhqIQwgECAIaiEQICogCGohKiA1QQFqIjUgAkcNAAtBACELIAJBAUgNASAAQQNIDQEgAEF9aiE6IARBCGohQCABQQhqITlBeCAAQQN0IjNrIRsgBCAzQXBqIgtqITQgASAAIAtsakFwaiEEQQAhNQNAIEAgNSAAbEEDdGohCEECISlBAiEDIAQhKiA0IShBACE2IDohCwNAIDYiJ0EBaiE2AkAgByALIjFBA3QiH2orAwAiK0QAAAAAAAAAAGENAAJAAkAgMUF/cyAAaiIhQQJIIiJFDQBBACEk/QwAAAAAAAAAAAAAAAAAAAAAITIMAQv9DAAAAAAAAAAAAAAAAAAAAAAhMkEAIQsgKiEtICghLANAIDIgLf0AAAAgLP0AAAD98gH98AEhMiALQQRqIQYgLUEQaiEtICxBEGohLCALQQJqIiQhCyAGICFMDQALCyAnQQJqIQYgK5ohJSAy/SEAIDL9IQGgISsCQCAkICFODQAgNiAkayEsAkAgBiAka0EDcUUNACAkQQN0IQsgAyAka0EDcSEtA0AgKiALaisDACAoIAtqKwMAoiAroCErIAtBCGohCyAkQQFqISQgLUF/aiItDQALCyAsQQNJDQAgJEEDdCELICRBfmohJANAICogC2oiLUEYaisDACAoIAtqIixBGGorAwCiIC1BEGorAwAgLEEQaisDAKIgLUEIaisDACAsQQhqKwMAoiAtKwMAICwrAwCiICugoKCgISsgC0EgaiELICcgJEEEaiIkRw0ACwsgKyAloiIr/RQhMkEAISwCQCAiDQBBACELQQAhLQNAICggC2oiLCAs/QAAACAyICogC2r9AAAA/fIB/fAB/QsAACALQRBqIQsgLUEEaiEkIC1BAmoiLCEtICQgIUwNAAsLICwgIU4NAAJAIAYgLGsiJ0ECSQ0AICdBfnEiIkF+aiILQQF2QQFqQQFxISMCQAJAIAsNAEEAISQMAQsgLEEDdCELICkgLGtBfnFBfmpBAXZBAWpBfnEhIUEAISQDQCAoIAtqIi0gMiAqIAtqIgb9AAMA/fIBIC39AAMA/fAB/QsDACAtQRBqIi0gMiAGQRBq/QADAP3yASAt/QADAP3wAf0LAwAgC0EgaiELICRBBGohJCAhQX5qIiENAAsLAkAgI0UNACAIIB9qICwgJGpBA3QiC2oiLSAyIDkgMSAAbEEDdGogH2ogC2r9AAMA/fIBIC39AAMA/fAB/QsDAAsgJyAiRg0BICwgImohLAsgLEEDdCELA0AgKCALaiItICsgKiALaisDAKIgLSsDAKA5AwAgC0EIaiELICkgLEEBaiIsRw0ACwsgKUEBaiEpIANBAWohAyAqIBtqISogKEF4aiEoIDFBf2ohCyAxQQBKDQALIDQgM2ohNCA1QQFqIjUgAkcNAAsLQQAhCwsgCwvcGAUBfAh/BHwBewx/AkACQCAAQQFODQBEAAAAAAAAAAAhBwwBCyAAQQNxIQgCQAJAIABBf2pBA08NAEEAIQlEAAAAAAAAAAAhBwwBC0EAIABBfHFrIQogAEEYbEEYaiELIABBA3RBCGohDCAAQQV0QSBqIQ0gAEEEdEEQaiEORAAAAAAAAAAAIQdBASEPIAEhCQNAIAkgC2orAwAiECAJIA5qKwMAIhEgCSAMaisDACISIAkrAwAiEyAHIBMgB2QbIgcgEiAHZBsiByARIAdkGyIHIBAgB2QbIQcgCSANaiEJIAogD0EEaiIPakEBRw0ACyAPQX9qIQkLIAhFDQAgAEEDdEEIaiEPIAEgCSAAQQFqbEEDdGohCQNAIAkrAwAiECAHIBAgB2QbIQcgCSAPaiEJIAhBf2oiCA0ACwtBACEPAkACQAJAIAAgAGwiDg4CAgEACwJAIAMgDkEDdCIJaiACTQ0AIAIgCWogA0sNAQsgDkF+cSIPQX5qIglBAXZBAWoiCEEDcSELQQAhDAJAIAlBBkkNACAIQXxxIQ1BACEJQQAhDANAIAMgCWoiCP0MAAAAAAAAAAAAAAAAAAAAACIU/QsDACACIAlqIgogFP0LAwAgCkEQaiAU/QsDACAIQRBqIBT9CwMAIApBIGogFP0LAwAgCEEgaiAU/QsDACAKQTBqIBT9CwMAIAhBMGogFP0LAwAgCUHAAGohCSAMQQhqIQwgDUF8aiINDQALCwJAIAtFDQAgAiAMQQN0IghqIQkgAyAIaiEIA0AgCP0MAAAAAAAAAAAAAAAAAAAAACIU/QsDACAJIBT9CwMAIAlBEGohCSAIQRBqIQggC0F/aiILDQALCyAOIA9GDQELIA4gD0F/c2ohCwJAIA4gD2tBA3EiCkUNACACIA9BA3QiCGohCSADIAhqIQgDQCAJQgA3AwAgCEIANwMAIAlBCGohCSAIQQhqIQggD0EBaiEPIApBf2oiCg0ACwsgC0EDSQ0AIA9BA3QhCyAOIA9rIQwgAiEPIAMhCgNAIA8gC2oiCUIANwMAIAogC2oiCEIANwMAIAlBCGpCADcDACAIQQhqQgA3AwAgCUEQakIANwMAIAhBEGpCADcDACAJQRhqQgA3AwAgCEEYakIANwMAIA9BIGohDyAKQSBqIQogDEF8aiIMDQALCwJAAkACQCAAQQFIDQAgAEEDdCEVIAcgBaIhEUEAIRYgAiEOQQEhFwNAIAIgFiAAbCIYQQN0aiIZIBZBA3RqIRpBACEbIAIhDUEAIRxBACELAkADQCABIAsgGGpBA3RqIR0CQAJAIAtBAk8NAEEAIQn9DAAAAAAAAAAAAAAAAAAAAAAhFAwBC/0MAAAAAAAAAAAAAAAAAAAAACEUQQAhCCAOIQ8gDSEKA0AgFCAP/QAAACAK/QAAAP3yAf3wASEUIAhBBGohDCAPQRBqIQ8gCkEQaiEKIAhBAmoiCSEIIAwgC00NAAsLIB0rAwAhECAU/SEAIBT9IQGgIQcCQCALIAlNDQAgCyAJQX9zaiEKAkAgCyAJa0EDcUUNACAJQQN0IQggGyAJa0EDcSEPA0AgDiAIaisDACANIAhqKwMAoiAHoCEHIAhBCGohCCAJQQFqIQkgD0F/aiIPDQALCyAKQQNJDQAgCUEDdCEIA0AgDiAIaiIPQRhqKwMAIA0gCGoiCkEYaisDAKIgD0EQaisDACAKQRBqKwMAoiAPQQhqKwMAIApBCGorAwCiIA8rAwAgCisDAKIgB6CgoKAhByAIQSBqIQggCyAJQQRqIglHDQALCyAQIAehIQcCQAJAAkAgCyAWTyIJDQAgGSALQQN0aiAHIAIgCyAAbCALakEDdGorAwCjOQMADAELIAcgEWRFDQEgGiAHnzkDAAsgG0EBaiEbIA0gFWohDSAJIRwgC0EBaiILIBdHDQEMAgsLIBxBAXENAEF/DwsgDiAVaiEOIBdBAWohFyAWQQFqIhYgAEcNAAsgAEEBSA0AIABBA3QhFUEAIRhBfyEeIAMhC0EBIRcDQCADIBggAGwiHEEDdGohHwJAIBhFDQBBACEdQX8hFkEBIQ4gAyEKA0AgHSIbQQFqIR0CQCACIBsgHGpBA3RqKwMAIgdEAAAAAAAAAABhDQAgAyAbIABsQQN0aiEBIAeaIgf9FCEUAkACQCAbDQBBACEIDAELIBtBf2oiCUEBdkEBakEBcSEZQQIhD0EAIQgCQCAJQQJJDQAgFkEBdkEBakF+cSEMQQIhDyALIQkgCiEIA0AgCSAJ/QAAACAUIAj9AAAA/fIB/fAB/QsAACAJQRBqIg0gDf0AAAAgFCAIQRBq/QAAAP3yAf3wAf0LAAAgCUEgaiEJIAhBIGohCCAPQQRqIQ8gDEF+aiIMDQALIA9BfmohCAsCQCAZRQ0AIB8gCEEDdCIJaiIIIAj9AAAAIBQgASAJav0AAAD98gH98AH9CwAAIA8hCAsgCCAbSw0BCwJAIB0gCGsiGUECSQ0AIBlBfnEiGkF+aiIJQQF2QQFqQQFxISACQAJAIAkNAEEAIQwMAQsgCEEDdCEJIA4gCGtBfnFBfmpBAXZBAWpBfnEhDUEAIQwDQCALIAlqIg8gFCAKIAlqIhv9AAMA/fIBIA/9AAMA/fAB/QsDACAPQRBqIg8gFCAbQRBq/QADAP3yASAP/QADAP3wAf0LAwAgCUEgaiEJIAxBBGohDCANQX5qIg0NAAsLAkAgIEUNACAfIAggDGpBA3QiCWoiDyAUIAEgCWr9AAMA/fIBIA/9AAMA/fAB/QsDAAsgGSAaRg0BIAggGmohCAsgCEEDdCEJA0AgCyAJaiIPIAcgCiAJaisDAKIgDysDAKA5AwAgCUEIaiEJIA4gCEEBaiIIRw0ACwsgDkEBaiEOIBZBAWohFiAKIBVqIQogHSAYRw0ACwsgHyAYQQN0aiIJIAkrAwBEAAAAAAAA8D+gOQMARAAAAAAAAPA/IAIgHCAYakEDdGorAwCjIQdBACEIAkACQCAXQQJJDQAgHkEBdkEBaiEMIBdBfmoiCUEBdkEBakEDcSENIAf9FCEUQQAhCgJAIAlBBkkNACAMQXxxIQhBACEKIAshCQNAIAkgFCAJ/QADAP3yAf0LAwAgCUEQaiIPIBQgD/0AAwD98gH9CwMAIAlBIGoiDyAUIA/9AAMA/fIB/QsDACAJQTBqIg8gFCAP/QADAP3yAf0LAwAgCUHAAGohCSAKQQhqIQogCEF8aiIIDQALCyAXQX5xIQgCQCANRQ0AIAxBA3EhDyALIApBA3RqIQkDQCAJIBQgCf0AAwD98gH9CwMAIAlBEGohCSAPQX9qIg8NAAsLIBcgCEYNAQsgCyAIQQN0aiEJA0AgCSAHIAkrAwCiOQMAIAlBCGohCSAXIAhBAWoiCEcNAAsLIB5BAWohHiALIBVqIQsgF0EBaiEXIBhBAWoiGCAARw0ACyAAQQFIDQAgAEEEdCEMIABBA3QhDiAAQX5xIQ0gAEEBcSEXIABBf2ohFkEAIQ8gBCEbIAMhHQNAQQAhCQJAIBZFDQBBACEKIBshCSAdIQgDQEQAAAAAAAAAACEHRAAAAAAAAAAAIRACQCAKIgsgD0kNACAIKwMAIRALIAkgEDkDAAJAIAtBAWoiCiAPSQ0AIAggDmorAwAhBwsgCUEIaiAHOQMAIAlBEGohCSAIIAxqIQggCkEBaiIKIA1HDQALIAtBAmohCQsCQCAXRQ0AIA8gAGwhCEQAAAAAAAAAACEHAkAgCSAPSQ0AIAMgCSAAbCAPakEDdGorAwAhBwsgBCAJIAhqQQN0aiAHOQMACyAbIA5qIRsgHUEIaiEdIA9BAWoiDyAARw0ACyACKwMAIQcgAEECTg0BIAchEAwCCyACKwMAIhAhBwwBC0EBIQkgFkEBcSENAkACQCAAQQJHDQAgByEQDAELIBZBfnEhCiAAQQN0QQhqIQsgAEEEdEEQaiEMQQAhCCACIQkgByEQA0AgCSALaiEPIAkgDGoiCSsDACIRIA8rAwAiEiAHIBIgB2QbIgcgESAHZBshByARIBIgECASIBBjGyIQIBEgEGMbIRAgCiAIQQJqIghHDQALIAhBAWohCQsgDUUNACACIAkgAGwgCWpBA3RqKwMAIhEgByARIAdkGyEHIBEgECARIBBjGyEQCyAGIBAgB6NEAAAAAAAAAAAgB0QAAAAAAAAAAGQbOQMAQQALnAEBBn8CQCAAQQFIDQBBICADayEEIAIoAgwhBSACKAIIIQYgAigCBCEDIAIoAgAhBwNAIAEgA0EFbEEHd0EJbCAEdjsBACAGIAdzIgggA0EJdHMhBiABQQJqIQEgBSADcyIJQQt3IQUgCSAHcyEHIAggA3MhAyAAQX9qIgANAAsgAiAFNgIMIAIgBjYCCCACIAM2AgQgAiAHNgIACwuoAwUCfgZ/AX4CfwF9AkAgAEECSA0AIACtIQMDQCAAQX9qIQACQAJAIANCgICAAVYNAEKAgICAECADfSEEIAIoAgwhBSACKAIIIQYgAigCBCEHIAIoAgAhCAJAA0AgCCAGcyIJIAdBCXRzIQYgByAFcyIKQQt3IQUgCiAIcyEIIAkgB3MhCSADIAMgB0EFbEEHd0EJbK1+IgtC/////w+DWA0BIAkhByALpyAEIAOCp0kNAAsLIAIgBTYCDCACIAY2AgggAiAJNgIEIAIgCDYCACALQiCIpyEIDAELQQAgA6ciDGsgDHAhDSACKAIMIQUgAigCCCEGIAIoAgQhByACKAIAIQgDQCAIIAZzIgkgB0EJdHMhBiAHIAVzIgpBC3chBSAKIAhzIQggB0EFbCEKIAkgB3MiCSEHIApBB3dBCWwiCiANSQ0ACyACIAU2AgwgAiAGNgIIIAIgCTYCBCACIAg2AgAgCiAMcCEICyABIABBAnRqIgcqAgAhDiAHIAEgCEECdGoiCCoCADgCACAIIA44AgAgA0ICVSEHIANCf3whAyAHDQALCwuoAwUCfgZ/AX4CfwF8AkAgAEECSA0AIACtIQMDQCAAQX9qIQACQAJAIANCgICAAVYNAEKAgICAECADfSEEIAIoAgwhBSACKAIIIQYgAigCBCEHIAIoAgAhCAJAA0AgCCAGcyIJIAdBCXRzIQYgByAFcyIKQQt3IQUgCiAIcyEIIAkgB3MhCSADIAMgB0EFbEEHd0EJbK1+IgtC/////w+DWA0BIAkhByALpyAEIAOCp0kNAAsLIAIgBTYCDCACIAY2AgggAiAJNgIEIAIgCDYCACALQiCIpyEIDAELQQAgA6ciDGsgDHAhDSACKAIMIQUgAigCCCEGIAIoAgQhByACKAIAIQgDQCAIIAZzIgkgB0EJdHMhBiAHIAVzIgpBC3chBSAKIAhzIQggB0EFbCEKIAkgB3MiCSEHIApBB3dBCWwiCiANSQ0ACyACIAU2AgwgAiAGNgIIIAIgCTYCBCACIAg2AgAgCiAMcCEICyABIABBA3RqIgcrAwAhDiAHIAEgCEEDdGoiCCsDADkDACAIIA45AwAgA0ICVSEHIANCf3whAyAHDQALCws=";

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
function kernelModule() {
  if (compiled) return compiled;
  v8.setFlagsFromString("--no-liftoff");
  v8.setFlagsFromString("--no-wasm-lazy-compilation");
  try {
    compiled = new WebAssembly.Module(Buffer.from(KERNELS_WASM_BASE64, "base64"));
  } finally {
    v8.setFlagsFromString("--liftoff");
    v8.setFlagsFromString("--wasm-lazy-compilation");
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
var TAG_CHUNK = 1 << 20;
function shuffleElementsWasm(rt, src, state) {
  const n = src.length;
  const bits = shuffleBucketBits(n);
  const f32 = src instanceof Float32Array;
  const d = f32 ? new Float32Array(n) : new Float64Array(n);
  let start;
  if (bits === 0) {
    d.set(src);
    start = Int32Array.of(0, n);
  } else {
    const B = 1 << bits;
    const tag = new Uint16Array(n);
    const L2 = rt.layout({ tag: TAG_CHUNK / 4, state: 2 });
    new Int32Array(rt.memory.buffer, L2.state, 4).set(state);
    for (let off = 0; off < n; off += TAG_CHUNK) {
      const len = Math.min(TAG_CHUNK, n - off);
      rt.k.xo_tags(len, L2.tag, L2.state, bits);
      tag.set(new Uint16Array(rt.memory.buffer, L2.tag, len), off);
    }
    state.set(new Int32Array(rt.memory.buffer, L2.state, 4));
    start = new Int32Array(B + 1);
    for (let i = 0; i < n; i++) start[tag[i] + 1]++;
    for (let b = 0; b < B; b++) start[b + 1] = start[b + 1] + start[b];
    const fill = start.slice(0, B);
    for (let i = 0; i < n; i++) d[fill[tag[i]]++] = src[i];
  }
  let largest = 0;
  for (let b = 0; b + 1 < start.length; b++) largest = Math.max(largest, start[b + 1] - start[b]);
  const L = rt.layout({ state: 2, bucket: f32 ? Math.ceil(largest / 2) : largest });
  new Int32Array(rt.memory.buffer, L.state, 4).set(state);
  for (let b = 0; b + 1 < start.length; b++) {
    const lo = start[b];
    const len = start[b + 1] - lo;
    if (len < 2) continue;
    const view = f32 ? new Float32Array(rt.memory.buffer, L.bucket, len) : new Float64Array(rt.memory.buffer, L.bucket, len);
    view.set(d.subarray(lo, lo + len));
    if (f32) rt.k.fisher_yates_f32(len, L.bucket, L.state);
    else rt.k.fisher_yates_f64(len, L.bucket, L.state);
    d.set(view, lo);
  }
  state.set(new Int32Array(rt.memory.buffer, L.state, 4));
  return d;
}

// src/linalg/fastEngine.ts
async function createFastEngine(opts = {}) {
  const threads = Math.max(1, Math.floor(opts.threads ?? os.availableParallelism()));
  const logger = opts.logger ?? (() => {
  });
  const rt = await WasmRuntime.create(threads);
  let ort = null;
  if (opts.useOrt !== false) {
    const device = opts.device === "cuda" ? "cuda" : "cpu";
    const create = opts.createOrt ?? OrtOps.create;
    ort = await create({ device, threads: Math.max(1, Math.floor(opts.ortThreads ?? threads)), logger, ...opts.gpuProvider ? { gpuProvider: opts.gpuProvider } : {} });
  }
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
        return bandUpdates === "ort" ? gramEigenvaluesOrtBand(ort, rt, W, bandwidth, opts.bandGroups) : gramEigenvaluesOrt(ort, rt, W, bandwidth);
      });
    },
    truncatedSvd(W, k, o) {
      const seed = o?.seed ?? 0;
      return serial(
        () => opts.svdMethod === "krylov" ? krylovTruncatedSvd(dense, rt, W, k, { ...opts.krylov, seed }) : chebyshevTruncatedSvd(dense, gram, rt, W, k, { ...opts.chebyshev, seed })
      );
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
  const extra = src instanceof Float32Array ? { data32: Float32Array.from(d) } : {};
  return W.rows <= W.cols ? { rows: W.rows, cols: W.cols, data: d, ...extra } : { rows: W.cols, cols: W.rows, data: d, ...extra };
}
async function shuffleMatrixWith(engine, W, rng) {
  if (!engine.shuffleElements) return shuffleMatrix(W, rng);
  const state = rng.state();
  const d = await engine.shuffleElements(W.data, state);
  rng.restore(state);
  const data = d instanceof Float64Array ? d : new Float64Array(d);
  const extra = d instanceof Float32Array ? { data32: d } : {};
  return W.rows <= W.cols ? { rows: W.rows, cols: W.cols, data, ...extra } : { rows: W.cols, cols: W.rows, data, ...extra };
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
async function estimatedShuffledEsd(W, engine, rng, seed) {
  const M = Math.min(W.rows, W.cols);
  const N = Math.max(W.rows, W.cols);
  let total = 0;
  const d = W.data;
  for (let i = 0; i < d.length; i++) total += d[i] * d[i];
  const shuffled = await shuffleMatrixWith(engine, W, rng);
  const q = mpQuantiles(M, M / N);
  const edge = (1 + Math.sqrt(M / N)) ** 2;
  for (let k = Math.min(TOP_EXACT, M - 1); ; k *= 2) {
    const { S } = await engine.truncatedSvd(shuffled, k, { seed });
    let topSum = 0;
    for (let j = 0; j < k; j++) topSum += S[j] * S[j];
    let bulkSum = 0;
    for (let i = 0; i < M - k; i++) bulkSum += q[i];
    const scale = Math.max(0, total - topSum) / bulkSum;
    if (S[k - 1] ** 2 > 1.05 * scale * edge && 2 * k <= M / 4) continue;
    const out = new Float64Array(M);
    for (let i = 0; i < M - k; i++) out[i] = scale * q[i];
    for (let j = 0; j < k; j++) out[M - 1 - j] = S[j] * S[j];
    return out.sort();
  }
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
async function main() {
  const port = parentPort;
  if (!port) throw new Error("layerWorker: not started as a worker thread");
  const init = workerData;
  if (init.runtimeDir) configureOnnxRuntime({ explicitPath: init.runtimeDir, allowDownload: false });
  const engine = await createFastEngine({ threads: 1, ...init.ortThreads ? { ortThreads: init.ortThreads } : {}, device: init.device, logger: (line) => port.postMessage({ type: "log", line }) });
  port.postMessage({ type: "ready", engine: engine.name });
  const run = async (job) => {
    const t0 = performance.now();
    try {
      if (job.kind === "esd") {
        const W = { rows: job.rows, cols: job.cols, data: job.data };
        const evals = await engine.gramEigenvalues(W);
        port.postMessage({ type: "done", id: job.id, seconds: (performance.now() - t0) / 1e3, evals }, [evals.buffer]);
      } else if (job.kind === "shuffled") {
        const s = await shuffledSpectra({ rows: job.rows, cols: job.cols, data: job.data }, engine, { seed: job.seed, layerName: job.layerName, ...job.exactBelow !== void 0 ? { exactBelow: job.exactBelow } : {} });
        const transfer = s.pooled.buffer === s.single.buffer ? [s.pooled.buffer] : [s.pooled.buffer, s.single.buffer];
        port.postMessage({ type: "done", id: job.id, seconds: (performance.now() - t0) / 1e3, pooled: s.pooled, single: s.single }, transfer);
      } else {
        const svd = await engine.truncatedSvd({ rows: job.rows, cols: job.cols, data: job.data }, job.k, { seed: job.seed });
        port.postMessage(
          { type: "done", id: job.id, seconds: (performance.now() - t0) / 1e3, U: svd.U.data, S: svd.S, Vt: svd.Vt.data },
          [svd.U.data.buffer, svd.S.buffer, svd.Vt.data.buffer]
        );
      }
    } catch (e) {
      const err = e;
      port.postMessage({ type: "failed", id: job.id, code: WwError.is(err) ? err.code : null, message: err.message ?? String(e), details: WwError.is(err) ? err.details : {} });
    }
  };
  port.on("message", (msg) => {
    if (msg.kind === "dispose") {
      void engine.dispose().finally(() => port.close());
      return;
    }
    void run(msg);
  });
}
main().catch((e) => {
  parentPort?.postMessage({ type: "fatal", message: e.message ?? String(e) });
});
