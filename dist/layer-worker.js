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
var KERNELS_WASM_BASE64 = "AGFzbQEAAAABZwlgDX9/f3x/f39/fH9/f38AYA5/f398f39/f3x/f39/fwBgBX9/f39/AGAHf39/f39/fwBgB39/f39/fH8AYAh/f39/f39/fwBgBX9/f39/AX9gBn9/f39/fwF/YAd/f39/f3x/AX8CEgEDZW52Bm1lbW9yeQIDAoCABAMMCwABAgMDBAUCBgcIBAUBcAEBAQYPAn8BQYCIBAt/AEGAiAQLB5kBCwdnZW1tX25uAAAHZ2VtbV9udAABDG1pcnJvcl9sb3dlcgACCHBhbmVsX3FyAAMPYmFuZF90b190cmlkaWFnAAQSYmFuZF90b190cmlkaWFnX210AAYMYmFuZF9leHRyYWN0AAcDdHFsAAgMc3ltX2VpZ190b3BrAAkOY2hvbF9pbnZfdXBwZXIACgtfX2hlYXBfYmFzZQMBCt6qAwu2HQoCfgp/AXsBfwF7DH8BfEF/DHsEfCALrCAArCINfiAMrCIOf6chDyALQQFqrCANfiAOf6chEAJAAkAgCEQAAAAAAADwP2ENACAPIBBODQACQCAIRAAAAAAAAAAAYg0AIAFBAUgNAiAKQQN0IREgAUF+cSESIAkgCiAPbEEDdGohEyABQX5qIgtBAXZBAWoiDEF4cSEUIAxBB3EhFSABQQJJIRYgC0EOSSEXIA8hGANAQQAhCwJAAkAgFg0AQQAhDAJAIBcNAEEAIQwgEyELIBQhAANAIAv9DAAAAAAAAAAAAAAAAAAAAAAiGf0LAwAgC0HwAGogGf0LAwAgC0HgAGogGf0LAwAgC0HQAGogGf0LAwAgC0HAAGogGf0LAwAgC0EwaiAZ/QsDACALQSBqIBn9CwMAIAtBEGogGf0LAwAgC0GAAWohCyAMQRBqIQwgAEF4aiIADQALCwJAIBVFDQAgEyAMQQN0aiELIBUhDANAIAv9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAtBEGohCyAMQX9qIgwNAAsLIBIhCyASIAFGDQELIAEgC2shDCATIAtBA3RqIQsDQCALQgA3AwAgC0EIaiELIAxBf2oiDA0ACwsgEyARaiETIBhBAWoiGCAQRw0ADAILCyABQQFIDQEgCkEDdCESIAFBfnEhFSAJIAogD2xBA3RqIRggAUF+aiILQQF2QQFqIgxBfHEhGiAMQQNxIRcgCP0UIRkgAUECSSEWIAtBBkkhFCAPIREDQEEAIQsCQAJAIBYNAEEAIQwCQCAUDQBBACEMIBghCyAaIQADQCALIAv9AAMAIBn98gH9CwMAIAtBEGoiEyAT/QADACAZ/fIB/QsDACALQSBqIhMgE/0AAwAgGf3yAf0LAwAgC0EwaiITIBP9AAMAIBn98gH9CwMAIAtBwABqIQsgDEEIaiEMIABBfGoiAA0ACwsCQCAXRQ0AIBggDEEDdGohCyAXIQwDQCALIAv9AAMAIBn98gH9CwMAIAtBEGohCyAMQX9qIgwNAAsLIBUhCyAVIAFGDQELIAEgC2shDCAYIAtBA3RqIQsDQCALIAsrAwAgCKI5AwAgC0EIaiELIAxBf2oiDA0ACwsgGCASaiEYIBFBAWoiESAQRw0ACwsgAUEBSA0AIAJBAUgNACAD/RQhGyAPQQRqIRwgCkEDdCEdIApBBXQhHiAHQQN0IRIgB0ELdCEfIAVBBXQhICAKQQJ0ISEgB0EIdCEiIAQgBSAPbEEDdGohIyAEIAUgD0EDdCILQQhqIgxsaiEkIAQgBSALQRBqIgBsaiElIAQgBSALQRhqIgtsaiEmQQAhJyADRAAAAAAAAAAAoiEoIAkhKUF+ISogCSALIApsIitqIiwhLSAJIAAgCmwiLmoiLyEwIAkgDCAKbCIxaiIyITMgCSAPIApsIjRBA3RqIjUhNiAGITdBACE4QYAEITlBACE6A0AgASA6QYAEaiI7IDsgAUobIjwgOmtBfHEiPSA6aiI+IAEgOSABIDlIGyI/QQNxIkAgP0EBcSJBayJCaiFDIDogPyA4QQl0ayJEQX5xIkVqIUYgOiBEQXxxIgtqIUcgNCA6aiALaiFIIERBfmoiSUEBdkEBakEBcSFKIDQgP2ohSyA3ID8gJ2pBA3RBYHEiTGohTSA/ICpqQQF2QQFqQX5xIU4gBiFPIDchUCAjIVEgJCFSICUhUyAmIVRBACFVQYACIVZBACFXA0AgAiBXIhZBgAJqIlcgVyACShshWCACIFYgAiBWSBshWSAPIVoCQCAcIBBKDQBBACFbIDUhXCAyIV0gLyFeICwhXyAtIWAgMCFhIDMhYiA2IWMgUSEVIFIhFyBTIRQgVCEaIBwhCyAPIVoDQCBaIQwgCyFaIAkgDCAKbEEDdGoiZCAdaiJlIB1qImYgHWohZwJAID1BAUgNACBQIWggOiFpA0ACQAJAIBYgWEgNAP0MAAAAAAAAAAAAAAAAAAAAACJqIWsgaiFsIGohbSBqIW4gaiFvIGohcCBqIXEMAQsgaCELIBUhDCAXIQAgFCETIBohGCBZIRH9DAAAAAAAAAAAAAAAAAAAAAAicSFwIHEhbyBxIW4gcSFtIHEhbCBxIWsgcSFqA0AgbSAL/QAAACIZIBj9CgMAInL98gH98AEhbSBrIBkgE/0KAwAic/3yAf3wASFrIG8gGSAA/QoDACJ0/fIB/fABIW8gcSAZIAz9CgMAInX98gH98AEhcSBuIAtBEGr9AAAAIhkgcv3yAf3wASFuIGwgGSBz/fIB/fABIWwgaiAZIHT98gH98AEhaiBwIBkgdf3yAf3wASFwIAsgEmohCyAMQQhqIQwgAEEIaiEAIBNBCGohEyAYQQhqIRggFiARQX9qIhFHDQALCyBkIGlBA3QiC2oiDCAbIHH98gEgDP0AAAD98AH9CwAAIAwgGyBw/fIBIAz9AAAQ/fAB/QsAECBlIAtqIgwgGyBv/fIBIAz9AAAA/fAB/QsAACAMIBsgav3yASAM/QAAEP3wAf0LABAgZiALaiIMIBsga/3yASAM/QAAAP3wAf0LAAAgDCAbIGz98gEgDP0AABD98AH9CwAQIGcgC2oiCyAbIG398gEgC/0AAAD98AH9CwAAIAsgGyBu/fIBIAv9AAAQ/fAB/QsAECBoQSBqIWggaUEEaiJpID5IDQALCwJAID4gPE4NACBNIRMgPiEYAkAgFiBYSA0AID4hGAJAIEBBAkkNACA+IRggCSA/ICEgW2wiC2pBA3RqIgwgMWoiESAJIEggC2pBA3RqIgBLIAkgRyALakEDdGoiEyAxaiJpIAkgSyALakEDdGoiC0lxDQAgPiEYIAwgLmoiaCAASyATIC5qImQgC0lxDQAgPiEYIAwgK2oiDCAASyATICtqIgAgC0lxDQAgPiEYIGkgaEkgZCARSXENACA+IRggaSAMSSAAIBFJcQ0AID4hGCBkIAxJIAAgaElxDQAgYCELIGEhDCBiIQAgYyETIEIhGANAIBMgTGoiESAb/QwAAAAAAAAAAAAAAAAAAAAA/fIBIhkgEf0AAwD98AH9CwMAIAAgTGoiESAZIBH9AAMA/fAB/QsDACAMIExqIhEgGSAR/QADAP3wAf0LAwAgCyBMaiIRIBkgEf0AAwD98AH9CwMAIAtBEGohCyAMQRBqIQwgAEEQaiEAIBNBEGohEyAYQX5qIhgNAAsgQyEYIEFFDQILIFwgGEEDdCITaiELIF0gE2ohDCBeIBNqIQAgXyATaiETA0AgCyAoIAsrAwCgOQMAIAwgKCAMKwMAoDkDACAAICggACsDAKA5AwAgEyAoIBMrAwCgOQMAIAtBCGohCyAMQQhqIQwgAEEIaiEAIBNBCGohEyAYQQFqIhggPEgNAAwCCwsDQEQAAAAAAAAAACF2QQAhCyATIQwgWSEARAAAAAAAAAAAIXdEAAAAAAAAAAAheEQAAAAAAAAAACF5A0AgGiALaisDACAMKwMAIgiiIHagIXYgFCALaisDACAIoiB3oCF3IBcgC2orAwAgCKIgeKAheCAVIAtqKwMAIAiiIHmgIXkgDCASaiEMIAtBCGohCyAWIABBf2oiAEcNAAsgZCAYQQN0IgtqIgwgAyB5oiAMKwMAoDkDACBlIAtqIgwgAyB4oiAMKwMAoDkDACBmIAtqIgwgAyB3oiAMKwMAoDkDACBnIAtqIgsgAyB2oiALKwMAoDkDACATQQhqIRMgGEEBaiIYIDxIDQALCyBcIB5qIVwgXSAeaiFdIF4gHmohXiBfIB5qIV8gYCAeaiFgIGEgHmohYSBiIB5qIWIgYyAeaiFjIBUgIGohFSAXICBqIRcgFCAgaiEUIBogIGohGiBbQQFqIVsgWkEEaiILIBBMDQALCwJAIFogEE4NACAWIFhODQAgPCA6TA0AID8gIiBVbCILaiFlIDogC2ohWCA/IFogCmwiC2ohXiA6IAtqIV8gCSALQQN0IgtqIWYgKSALaiFcQQAhXQNAIAkgWiAKbEEDdGohaCAEIFogBWxBA3RqIWkgCSBeIF0gCmwiC2pBA3RqIWcgCSBfIAtqQQN0aiFkIE8hFyBQIRRBACEVIBYhEQNAIAYgESAHbEEDdGohGiBpIBFBA3RqKwMAIAOiIQggOiELAkACQCBEQQJJDQACQCBkIAYgZSAVIAdsIgxqQQN0ak8NACA6IQsgBiBYIAxqQQN0aiBnSQ0BCyAI/RQhGUEAIQACQCBJQQJJDQBBACEAIBQhDCBcIQsgTiETA0AgCyAZIAz9AAMA/fIBIAv9AAMA/fAB/QsDACALQRBqIhggGSAMQRBq/QADAP3yASAY/QADAP3wAf0LAwAgDEEgaiEMIAtBIGohCyAAQQRqIQAgE0F+aiITDQALCwJAIEpFDQAgaCA6IABqQQN0IgtqIgwgGSAaIAtq/QADAP3yASAM/QADAP3wAf0LAwALIEYhCyBEIEVGDQELIAtBAWohDAJAID8gC2tBAXFFDQAgaCALQQN0IgtqIgAgCCAaIAtqKwMAoiAAKwMAoDkDACAMIQsLID8gDEYNACA/IAtrIQAgZiALQQN0IgxqIQsgFyAMaiEMA0AgCyAIIAwrAwCiIAsrAwCgOQMAIAtBCGoiEyAIIAxBCGorAwCiIBMrAwCgOQMAIAtBEGohCyAMQRBqIQwgAEF+aiIADQALCyAXIBJqIRcgFCASaiEUIBVBAWohFSARQQFqIhEgWUcNAAsgZiAdaiFmIFwgHWohXCBdQQFqIV0gWkEBaiJaIBBHDQALCyBPIB9qIU8gTSAfaiFNIFAgH2ohUCBRQYAQaiFRIFJBgBBqIVIgU0GAEGohUyBUQYAQaiFUIFVBAWohVSBWQYACaiFWIFcgAkgNAAsgKUGAIGohKSAqQYB8aiEqIC1BgCBqIS0gMEGAIGohMCAzQYAgaiEzIDZBgCBqITYgJ0GAfGohJyA3QYAgaiE3IDhBAWohOCA5QYAEaiE5IDshOiA7IAFIDQALCwvAEgkCfwN8A38Cfg5/AXwpfw17CnwCQAJAIAtFDQAgDEEBaiIOIA1GIQ8CQAJAIA63IA23IhCjnyAAtyIRoiISmUQAAAAAAADgQWNFDQAgEqohEwwBC0GAgICAeCETCyAAIBMgDxsiAEF+cSAAIA4gDUgbIRQCQCAMtyAQo58gEaIiEJlEAAAAAAAA4EFjRQ0AIBCqQX5xIRUMAgtBgICAgHhBfnEhFQwBCyAMrCAArCIWfiANrCIXf6chFSAMQQFqrCAWfiAXf6chFAsCQCACQQFIDQAgAUEBSA0AIBUgFE4NACAFQQR0IRggB0EFdCEZIAdBCnQhGiAGIAdBA3QiG2ohHCAGIAdBBHRqIR0gBiAHQRhsaiEeQQAhHyAEIBUgBWxBA3RqIiAhISAGISJBACEjQYAEISRBACElA0BEAAAAAAAA8D8gCCAlGyEmIAIgJUGABGoiJyAnIAJKGyIoICVrQX5xIikgJWohKiAlQQFyISsgI0EJdEEBciEsIAIgJCACICRIGyItQQFxIS4gIiAtIB9qQQN0QXBxIg1qIS8gHCANaiEwIB0gDWohMSAeIA1qITIgISANaiEzICIhNCAcITUgHSE2IB4hN0EAITgDQCABIDhBgAFqIjkgOSABShshOiA4QQRyITsgICE8IDMhPSAhIT4gFSE/A0ACQCA6ID8iQEECaiI/IDogP0gbIDogCxsiQSA4TA0AIAVBACBAQQFqIkIgFEgbQQN0IUMgOCFEAkAgOyBBSg0AID0gQ2ohRSAJIEAgCmxBA3RqIUYgLyFHIDAhSCAxIUkgMiFKIDQhSyA1IUwgNiFNIDchTiA7IQ0gOCFEA0AgRCFPIA0hRAJAAkAgKUEBTg0A/QwAAAAAAAAAAAAAAAAAAAAAIlAhUSBQIVIgUCFTIFAhVCBQIVUgUCFWIFAhVwwBCyA+IQ0gSyEMIEwhACBNIQ4gTiEP/QwAAAAAAAAAAAAAAAAAAAAAIlchViAlIRMgVyFVIFchVCBXIVMgVyFSIFchUSBXIVADQCBRIA39AAAAIlggD/0AAAAiWf3yAf3wASFRIFAgWCAO/QAAACJa/fIB/fABIVAgViBYIAD9AAAAIlv98gH98AEhViBXIFggDP0AAAAiXP3yAf3wASFXIFUgDSBDav0AAAAiWCBZ/fIB/fABIVUgVCBYIFr98gH98AEhVCBTIFggW/3yAf3wASFTIFIgWCBc/fIB/fABIVIgDUEQaiENIAxBEGohDCAAQRBqIQAgDkEQaiEOIA9BEGohDyATQQJqIhMgKkgNAAsLIFX9IQAgVf0hAaAhXSBU/SEAIFT9IQGgIV4gU/0hACBT/SEBoCFfIFL9IQAgUv0hAaAhYCBR/SEAIFH9IQGgIREgUP0hACBQ/SEBoCESIFb9IQAgVv0hAaAhYSBX/SEAIFf9IQGgIWICQCAqIChODQBBACENICohDANAIEUgDWorAwAiECBKIA1qKwMAImOiIF2gIV0gECBJIA1qKwMAImSiIF6gIV4gECBIIA1qKwMAImWiIF+gIV8gECBHIA1qKwMAImaiIGCgIWAgPSANaisDACIQIGOiIBGgIREgECBkoiASoCESIBAgZaIgYaAhYSAQIGaiIGKgIWIgDUEIaiENIAxBAWoiDCAoSA0ACwsgRiBPQQN0aiENAkACQAJAICZEAAAAAAAAAABhDQAgDSADIGKiICYgDSsDAKKgOQMAIA0gAyBhoiAmIA0rAwiioDkDCCANIAMgEqIgJiANKwMQoqA5AxAgDSADIBGiICYgDSsDGKKgOQMYIEIgFE4NAiANIApBA3RqIg0gAyBgoiAmIA0rAwCioDkDACANIAMgX6IgJiANKwMIoqA5AwggDSADIF6iICYgDSsDEKKgOQMQIA1BGGohDCAmIA0rAxiiIRAMAQsgDSADIBGiRAAAAAAAAAAAoDkDGCANIAMgEqJEAAAAAAAAAACgOQMQIA0gAyBhokQAAAAAAAAAAKA5AwggDSADIGKiRAAAAAAAAAAAoDkDACBCIBRODQFEAAAAAAAAAAAhECANIApBA3RqIg0gAyBeokQAAAAAAAAAAKA5AxAgDSADIF+iRAAAAAAAAAAAoDkDCCANIAMgYKJEAAAAAAAAAACgOQMAIA1BGGohDAsgDCADIF2iIBCgOQMACyBHIBlqIUcgSCAZaiFIIEkgGWohSSBKIBlqIUogSyAZaiFLIEwgGWohTCBNIBlqIU0gTiAZaiFOIERBBGoiDSBBTA0ACwsgRCBBTg0AIAQgQCAFbEEDdGoiDSBDaiAlQQN0IkhqIUkgDSBIaiFKIAYgByBEbEEDdGohDyAJIEIgCmxBA3RqIUcgCSBAIApsQQN0aiETA0BEAAAAAAAAAAAhEEQAAAAAAAAAACERAkAgKCAlTA0ARAAAAAAAAAAAIREgJSENRAAAAAAAAAAAIRACQCAuRQ0AIEkrAwAgBiBEIAdsQQN0aiBIaisDACIQokQAAAAAAAAAAKAhESBKKwMAIBCiRAAAAAAAAAAAoCEQICshDQsgLSAsRg0AIC0gDWshACAPIA1BA3QiDWohDCA8IA1qIQ0DQCANQQhqKwMAIAxBCGorAwAiEqIgDSsDACAMKwMAImGiIBCgoCEQIA0gQ2oiDkEIaisDACASoiAOKwMAIGGiIBGgoCERIAxBEGohDCANQRBqIQ0gAEF+aiIADQALCyATIERBA3QiDGohDQJAAkACQCAmRAAAAAAAAAAAYQ0AIA0gAyAQoiAmIA0rAwCioDkDACBCIBRODQIgJiBHIAxqIg0rAwCiIRAMAQsgDSADIBCiRAAAAAAAAAAAoDkDACBCIBRODQEgRyAMaiENRAAAAAAAAAAAIRALIA0gAyARoiAQoDkDAAsgDyAbaiEPIERBAWoiRCBBRw0ACwsgPCAYaiE8ID0gGGohPSA+IBhqIT4gPyAUSA0ACyAvIBpqIS8gMCAaaiEwIDEgGmohMSAyIBpqITIgNCAaaiE0IDUgGmohNSA2IBpqITYgNyAaaiE3IDkhOCA5IAFIDQALIB9BgHxqIR8gIUGAIGohISAiQYAgaiEiIBxBgCBqIRwgHUGAIGohHSAeQYAgaiEeICNBAWohIyAkQYAEaiEkICchJSAnIAJIDQALCwuMBAICfhN/AkAgA6wgAKwiBX4gBKwiBn+nIgcgA0EBaqwgBX4gBn+nIghODQAgAiAHQQFqbEEDdCAHQQN0IgNqIQkgAiAHQQNqbEEDdCADaiEKIAIgB2whCyACQQV0IQwgACAHa0F9aiENIAJBA3QiDkEIaiEPIAdBf3MgAGohECACQQFqIAdsQQN0IRFBACESA0ACQCAHIhNBAWoiByAATg0AIAchFAJAIBAgEmsiFUECSQ0AIAchFCACQQFHDQAgFUF+aiIDQQF2QQFqQQFxIRZBACEXAkAgA0ECSQ0AIA1BAXZBAWpBfnEhGEEAIRcgCSEDIAohBCARIRQDQCABIBRqIhlBCGogASADav0AAwD9CwMAIBlBGGogASAEav0AAwD9CwMAIAMgDGohAyAEIAxqIQQgFEEgaiEUIBdBBGohFyAYQX5qIhgNAAsLIBVBfnEhAwJAIBZFDQAgASAHIBdqIgQgEyACbGpBA3RqIAEgBCACbCATakEDdGr9AAMA/QsDAAsgFSADRg0BIAcgA2ohFAsgASAUIAtqQQN0aiEDIAEgEyACIBRsakEDdGohBANAIAMgBCsDADkDACAEIA5qIQQgA0EIaiEDIBRBAWoiFCAASA0ACwsgCyACaiELIA1Bf2ohDSAJIA9qIQkgCiAPaiEKIBEgD2ohESASQQFqIRIgByAIRw0ACwsLnCoJB38BeyV/AXwBfwF8A38EfAV/QQAhBwJAAkACQCABIAFsIggOAgIBAAsCQCAFIAhBA3QiCWogBE0NACAEIAlqIAVLDQELIAhBfnEiB0F+aiIJQQF2QQFqIgpBA3EhC0EAIQwCQCAJQQZJDQAgCkF8cSENQQAhCUEAIQwDQCAFIAlqIgr9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAwAgBCAJaiIPIA79CwMAIA9BEGogDv0LAwAgCkEQaiAO/QsDACAPQSBqIA79CwMAIApBIGogDv0LAwAgD0EwaiAO/QsDACAKQTBqIA79CwMAIAlBwABqIQkgDEEIaiEMIA1BfGoiDQ0ACwsCQCALRQ0AIAQgDEEDdCIKaiEJIAUgCmohCgNAIAr9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAwAgCSAO/QsDACAJQRBqIQkgCkEQaiEKIAtBf2oiCw0ACwsgCCAHRg0BCyAIIAdBf3NqIQsCQCAIIAdrQQNxIg9FDQAgBCAHQQN0IgpqIQkgBSAKaiEKA0AgCUIANwMAIApCADcDACAJQQhqIQkgCkEIaiEKIAdBAWohByAPQX9qIg8NAAsLIAtBA0kNACAHQQN0IQsgCCAHayEMIAQhByAFIQ8DQCAHIAtqIglCADcDACAPIAtqIgpCADcDACAJQQhqQgA3AwAgCkEIakIANwMAIAlBEGpCADcDACAKQRBqQgA3AwAgCUEYakIANwMAIApBGGpCADcDACAHQSBqIQcgD0EgaiEPIAxBfGoiDA0ACwtBACEQAkAgAUEASiAAQQBKcSIRQQFHDQAgAUF/aiISIABBf2oiEyASIBNJGyEUIAFBfWohFSAGQcAAaiEWIABBfWohFyADQQV0IRggA0EEdCEZIAJBCGohGiABQX5qIRsgAEF+aiEcIARBCGohHSABQQN0QQhqIR4gAiADQQN0Ih9qISAgH0EIaiEhIAIgA0EYbGohIiACISNBACEkIAQhJSACISYgAiEnIBIhCEEAIQ8DQCAhIA9sISggD0EDdCEpIAhBfmoiKkEBdkEBaiErIBVBAXZBAWoiLEF+cSEtIA8gA2wiLiABaiEvIA8gAWwhMCAPQf7///8HcSIxQX5qITIgD0F+cUF+aiEzIAIgLiAPakEDdGoiDCsDACE0AkACQCAPQQFqIjUgAE4iDQ0ARAAAAAAAAAAAITYgNSEJAkAgEyAPayI3QQFxIjhFDQAgAiA1IANsIA9qQQN0aisDAJkiNkQAAAAAAAAAACA2RAAAAAAAAAAAZBshNiAPQQJqIQkLAkAgHCAPRiI5DQAgACAJayEKICcgAyAJbEEDdGohByAnIAMgCUEBamxBA3RqIQtBACEJA0AgCyAJaisDAJkiOiAHIAlqKwMAmSI7IDYgOyA2ZBsiNiA6IDZkGyE2IAkgGWohCSAKQX5qIgoNAAsLIDZEAAAAAAAAAABkRQ0ARAAAAAAAAAAAITxEAAAAAAAAAAAhOgJAIA0NAEQAAAAAAAAAACE6IDUhCQJAIDhFDQAgD0ECaiEJIAIgNSADbCAPakEDdGorAwAgNqMiOiA6okQAAAAAAAAAAKAhOgsgOQ0AIAAgCWshCiAnIAMgCWxBA3RqIQcgJyADIAlBAWpsQQN0aiELQQAhCQNAIAsgCWorAwAgNqMiOyA7oiAHIAlqKwMAIDajIjsgO6IgOqCgITogCSAZaiEJIApBfmoiCg0ACwtEAAAAAAAA8D9EAAAAAAAA8L8gNEQAAAAAAAAAAGYbmiE7AkAgNiA6n6KZIjYgNJkiOiA6IDZjIgkbIj1EAAAAAAAAAABhDQAgPSA6IDYgCRsgPaMiNiA2okQAAAAAAADwP6CfoiE8CyA8IDuiIjwgNKEgPKMhOwJAIA0NAEQAAAAAAADwPyA0IDyhoyE2IDUhCgJAIDdBAkkNACA1IQogA0EBRw0AIDdBfmoiCUEBdkEBakEBcSENIDb9FCEOQQAhCgJAIAlBAkkNACAXQQF2QQFqQX5xIQdBACEJQQAhCgNAICAgCWoiCyAOIAv9AAMA/fIB/QsDACAiIAlqIgsgDiAL/QADAP3yAf0LAwAgCSAYaiEJIApBBGohCiAHQX5qIgcNAAsLIDdBfnEhCQJAIA1FDQAgAiA1IApqIANsIA9qQQN0aiIKIA4gCv0AAwD98gH9CwMACyA3IAlGDQEgNSAJaiEKCyAKQX9zIABqIQsCQCAAIAprQQNxIgdFDQAgAiAPIAMgCmxqQQN0aiEJA0AgCSA2IAkrAwCiOQMAIAkgH2ohCSAKQQFqIQogB0F/aiIHDQALCyALQQNJDQAgACAKayEHICcgAyAKbEEDdGohCyAnIAMgCkEBamxBA3RqIQ0gJyADIApBAmpsQQN0aiE3ICcgAyAKQQNqbEEDdGohOEEAIQkDQCALIAlqIgogNiAKKwMAojkDACANIAlqIgogNiAKKwMAojkDACA3IAlqIgogNiAKKwMAojkDACA4IAlqIgogNiAKKwMAojkDACAJIBhqIQkgB0F8aiIHDQALCyAMQoCAgICAgID4PzcDAAJAIDtEAAAAAAAAAABiDQAgPCE0DAILIAYgCEEDdGohPgJAIA9Bf3MgAWpBAUgiOQ0AQQAhCgJAIAhBAkkNACArQQdxIQdBACELAkAgKkEOSQ0AICxBeHEhCkEAIQsgFiEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAACIO/QsDACAJQTBqIA79CwMAIAlBIGogDv0LAwAgCUEQaiAO/QsDACAJQXBqIA79CwMAIAlBYGogDv0LAwAgCUFQaiAO/QsDACAJQUBqIA79CwMAIAlBgAFqIQkgC0EQaiELIApBeGoiCg0ACwsgCEF+cSEKAkAgB0UNACAsQQdxQQR0IQcgBiALQQN0aiEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgCUEQaiEJIAdBcGoiBw0ACwsgCCAKRg0BCyAGIApBA3RqIQkDQCAJQgA3AwAgCUEIaiEJIAggCkEBaiIKRw0ACwsgCEEBcSE/ICtBAXEhQCAIQX5xIUEgGiApaiEsQQAhOCAmIQwgDyE3A0ACQCA5DQAgLCA3IANsIglBA3RqIUIgAiAJIA9qQQN0aisDACE2QQAhBwJAIAhBAkkNAAJAIAIgLyA4IANsIglqQQN0aiAGTQ0AIAlBA3QgAmogKGpBCGogPkkNAQsgNv0UIQ5BACEHAkAgKkECSQ0AQQAhByAtIQsgBiEJIAwhCgNAIAkgDiAKQQhq/QADAP3yASAJ/QADAP3wAf0LAwAgCUEQaiINIA4gCkEYav0AAwD98gEgDf0AAwD98AH9CwMAIAlBIGohCSAKQSBqIQogB0EEaiEHIAtBfmoiCw0ACwsCQCBARQ0AIAYgB0EDdCIJaiIKIA4gQiAJav0AAwD98gEgCv0AAwD98AH9CwMACyBBIQcgCCBBRg0BCyAPIAdqIQkCQCA/RQ0AIAYgB0EDdCIKaiILIDYgQiAKaisDAKIgCysDAKA5AwAgB0EBciEHCyAbIAlGDQAgB0EDdCEJA0AgBiAJaiIKIDYgDCAJaiILQQhqKwMAoiAKKwMAoDkDACAKQQhqIgogNiALQRBqKwMAoiAKKwMAoDkDACAJQRBqIQkgCCAHQQJqIgdHDQALCyAMIB9qIQwgOEEBaiE4IDdBAWoiNyAARw0ACyAIQX5xIUEgO5ohOkEAITggJiENIA8hNwNAAkAgOQ0AICwgNyADbCIJQQN0aiFCIAIgCSAPakEDdGorAwAgOqIhNkEAIQoCQCAIQQJJDQACQCA4IANsIglBA3QgAmogKGpBCGogPk8NACACIC8gCWpBA3RqIAZLDQELIDb9FCEOQQAhBwJAICpBAkkNAEEAIQcgLSELIA0hCSAGIQoDQCAJQQhqIgwgDiAK/QADAP3yASAM/QADAP3wAf0LAwAgCUEYaiIMIA4gCkEQav0AAwD98gEgDP0AAwD98AH9CwMAIAlBIGohCSAKQSBqIQogB0EEaiEHIAtBfmoiCw0ACwsCQCBARQ0AIEIgB0EDdCIJaiIKIA4gBiAJav0AAwD98gEgCv0AAwD98AH9CwMACyBBIQogCCBBRg0BCyAPIApqIQkCQCA/RQ0AIEIgCkEDdCIHaiILIDYgBiAHaisDAKIgCysDAKA5AwAgCkEBciEKCyAbIAlGDQAgCkEDdCEJA0AgDSAJaiIHQQhqIgsgNiAGIAlqIgwrAwCiIAsrAwCgOQMAIAdBEGoiByA2IAxBCGorAwCiIAcrAwCgOQMAIAlBEGohCSAIIApBAmoiCkcNAAsLIA0gH2ohDSA4QQFqITggN0EBaiI3IABHDQALIDwhNAwBCyAMQoCAgICAgID4PzcDAEQAAAAAAAAAACE7CyAzQQF2IQwgMkEBdiENIAQgMCAPakEDdCI3aiA0OQMAAkAgNSABTg0AIDUhBwJAIAhBAkkNAAJAIB0gHiAPbGogAiAvQQN0ak8NACA1IQcgGiAoaiAEIDAgAWpBA3RqSQ0BCyArQQFxIThBACEKAkAgKkECSQ0AQQAhCUEAIQoDQCAlIAlqIgdBCGogJiAJaiILQQhq/QADAP0LAwAgB0EYaiALQRhq/QADAP0LAwAgCUEgaiEJIApBBGohCiAtQX5qIi0NAAsLIAhBfnEhCQJAIDhFDQAgBCA1IApqIgogMGpBA3RqIAIgCiAuakEDdGr9AAMA/QsDAAsgCCAJRg0BIDUgCWohBwsgB0F/cyABaiE4AkAgASAHa0EDcSILRQ0AIAIgByAQakEDdGohCSAEIAcgJGpBA3RqIQoDQCAKIAkrAwA5AwAgCUEIaiEJIApBCGohCiAHQQFqIQcgC0F/aiILDQALCyA4QQNJDQAgASAHayELIAQgByAkakEDdGohCSACIAcgEGpBA3RqIQoDQCAJIAorAwA5AwAgCUEIaiAKQQhqKwMAOQMAIAlBEGogCkEQaisDADkDACAJQRhqIApBGGorAwA5AwAgCUEgaiEJIApBIGohCiALQXxqIgsNAAsLIAxBAWohDCANQQFqIQ0gBSA3aiA7OQMAQQAhCgJAAkACQAJAIA8OAgMBAAsgDUEHcSEHQQAhCwJAIDJBDkkNACAMQXhxIQpBACELIBYhCQNAIAn9DAAAAAAAAAAAAAAAAAAAAAAiDv0LAwAgCUEwaiAO/QsDACAJQSBqIA79CwMAIAlBEGogDv0LAwAgCUFwaiAO/QsDACAJQWBqIA79CwMAIAlBUGogDv0LAwAgCUFAaiAO/QsDACAJQYABaiEJIAtBEGohCyAKQXhqIgoNAAsLIA9B/v///wdxIQoCQCAHRQ0AIAxBB3EhByAGIAtBA3RqIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAJQRBqIQkgB0F/aiIHDQALCyAPIApGDQELIAYgCkEDdGohCQNAIAlCADcDACAJQQhqIQkgDyAKQQFqIgpHDQALCyAPQQEgD0EBSxshLCAGIClqIT8gDEF+cSEvIA9BAXEhLSANQQFxIUJBACE4ICMhDCAPITcDQCACIDcgA2wiCUEDdGohOSACIAkgD2pBA3RqKwMAITZBACEHAkACQCAPQQJJDQACQCACIDggA2wiCUEDdGogKGogBk0NAEEAIQcgAiAuIAlqQQN0aiA/SQ0BCyA2/RQhDkEAIQcCQCAyRQ0AIC8hCyAGIQkgDCEKA0AgCSAK/QADACAO/fIBIAn9AAMA/fAB/QsDACAJQRBqIg0gCkEQav0AAwAgDv3yASAN/QADAP3wAf0LAwAgCUEgaiEJIApBIGohCiAHQQRqIQcgC0F+aiILDQALCwJAIEJFDQAgBiAHQQN0IglqIgogOSAJav0AAwAgDv3yASAK/QADAP3wAf0LAwALIDEhByAPIDFGDQELIAdBAXIhCQJAIC1FDQAgBiAHQQN0IgpqIgcgOSAKaisDACA2oiAHKwMAoDkDACAJIQcLIA8gCUYNACAHQQN0IQkDQCAGIAlqIgogDCAJaiILKwMAIDaiIAorAwCgOQMAIApBCGoiCiALQQhqKwMAIDaiIAorAwCgOQMAIAlBEGohCSAPIAdBAmoiB0cNAAsLIAwgH2ohDCA4QQFqITggN0EBaiI3IABHDQALIDuaITpBACEMQQAhCwNAIAsiByABbCENIAdBAWohC0QAAAAAAAAAACE2AkAgDyAHTQ0ARAAAAAAAAAAAITYCQCAPIAdrQQFxRQ0AIAUgByANakEDdGorAwAgBiAHQQN0aisDAKJEAAAAAAAAAACgITYgB0EBaiEHCyAPIAtGDQAgBiAHQQN0aiEJIAUgByAMakEDdGohCgNAIApBCGorAwAgCUEIaisDAKIgCisDACAJKwMAoiA2oKAhNiAKQRBqIQogCUEQaiEJIAdBAmoiByAPSQ0ACwsgBSANIA9qQQN0aiA2IDqiOQMAIAwgAWohDCALICxHDQALCyAjIB9qISMgECADaiEQICQgAWohJCAlIB5qISUgJiAhaiEmIBVBf2ohFSAXQX9qIRcgICAhaiEgICIgIWohIiAnQQhqIScgCEF/aiEIIA8gFEYhCSA1IQ8gCUUNAAsgEUUNACABQX9qIgkgAEF/aiIKIAkgCkkbITggA0EBaiEfIAFBfWohDCACQShqIQggA0EDdEEIaiEAQQAhBkEBIQ1BACEPA0ACQCAPIgtBAWoiDyABTg0AIA8hCQJAIBIgC2siN0ECSQ0AIAxBAXZBAWohOSA3QX5qIglBAXZBAWpBA3EhLEEAIQcCQCAJQQZJDQAgOUF8cSEKQQAhByAIIQkDQCAJ/QwAAAAAAAAAAAAAAAAAAAAAIg79CwMAIAlBEGogDv0LAwAgCUFwaiAO/QsDACAJQWBqIA79CwMAIAlBwABqIQkgB0EIaiEHIApBfGoiCg0ACwsgN0F+cSEFAkAgLEUNACA5QQNxQQR0IQogAiAHIA1qQQN0aiEJA0AgCf0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgCUEQaiEJIApBcGoiCg0ACwsgNyAFRg0BIA8gBWohCQsgASAJayEKIAIgCSAGakEDdGohCQNAIAlCADcDACAJQQhqIQkgCkF/aiIKDQALCyAGIANqIQYgDSAfaiENIAxBf2ohDCAIIABqIQggCyA4Rw0ACwsLgUsGLH8FfAJ/AXwCewp/AkAgAEEDSA0AIAYgAUEEdCIHaiEIIAYgAUEDdCIJaiEKIAYgAUEDbEEDdCILaiEMIAZBKGohDSACQXhqIQ4gAkEQaiEPIANBf2ohECAGQRhqIREgAEF+aiESIANBA3QiE0F4aiEUIAYgCWoiFUEYaiEWIBVBwABqIRcgBiABQQF0QQN0aiIYQRBqIRkgGEEYaiEaIAYgC2oiG0HAAGohHCACQSBqIh0hHiACQRhqIh8hICACQQhqIiEhIiAAQX9qIiMhJCACQShqIiUhJkEAIScDQAJAIAEgACAnIgtBAWoiJ2siCSAJIAFKGyIJQQJIDQAgASAjIAtrIiggASAoSBsiKUF9aiEqIAEgJCABICRIGyIrQX9qISwgK0F9aiEtIClBf2oiLkEDcSEvQQEhMCALIANsQQFqIjFBA3QhMkQAAAAAAAAAACEzAkAgKUF+akEDSQ0AICxBfHEhMEEAIShEAAAAAAAAAAAhMyAmIQsDQCALKwMAmSI0IAtBeGorAwCZIjUgC0FwaisDAJkiNiALQWhqKwMAmSI3IDMgNyAzZBsiMyA2IDNkGyIzIDUgM2QbIjMgNCAzZBshMyALQSBqIQsgMCAoQQRqIihHDQALIChBAWohMAsgLUEBdiE4ICpBAXYhOSACIDJqIS0CQCAvRQ0AICxBA3FBA3QhKCAiIDBBA3RqIQsDQCALKwMAmSI0IDMgNCAzZBshMyALQQhqIQsgKEF4aiIoDQALCyA4QQFqITIgOUEBaiEvIC0rAwAhNkQAAAAAAAAAACE0AkACQCAzRAAAAAAAAAAAYg0AIDYhNQwBC0EBIQsgLkEBcSE4RAAAAAAAAAAAITQCQCApQQJGDQAgLEF+cSEwQQAhKEQAAAAAAAAAACE0ICAhCwNAIAsrAwAgM6MiNSA1oiALQXhqKwMAIDOjIjUgNaIgNKCgITQgC0EQaiELIDAgKEECaiIoRw0ACyAoQQFqIQsLAkAgOEUNACAtIAtBA3RqKwMAIDOjIjUgNaIgNKAhNAtEAAAAAAAAAAAhNUQAAAAAAADwP0QAAAAAAADwvyA2RAAAAAAAAAAAZhuaITcCQCAzIDSfopkiMyA2mSI0IDQgM2MiCxsiOkQAAAAAAAAAAGENACA6IDQgMyALGyA6oyIzIDOiRAAAAAAAAPA/oJ+iITULIDUgN6IiNSA2oSE0RAAAAAAAAPA/IDYgNaGjITNBASELAkACQCAuQQJJDQAgL0EDcSEsIDP9FCE7QQAhKAJAICpBBkkNACAyQXxxITBBACEoIB4hCwNAIAsgOyAL/QADAP3yAf0LAwAgC0FwaiIpIDsgKf0AAwD98gH9CwMAIAtBEGoiKSA7ICn9AAMA/fIB/QsDACALQSBqIikgOyAp/QADAP3yAf0LAwAgC0HAAGohCyAoQQhqISggMEF8aiIwDQALCyAuQX5xISkCQCAsRQ0AIDJBA3EhCwNAIC0gKEEDdEEIcmoiMCA7IDD9AAMA/fIB/QsDACAoQQJqISggC0F/aiILDQALCyAuIClGDQEgLkEBciELCyArIAtrISggIiALQQN0aiELA0AgCyAzIAsrAwCiOQMAIAtBCGohCyAoQX9qIigNAAsLIDQgNaMhNAsgBkKAgICAgICA+D83AwBBASEoAkACQCAuQQJJDQAgL0EBcSEsQQAhMAJAICpBAkkNACAyQX5xISlBACEwIB4hCyARISgDQCAL/QADACE7IAv9DAAAAAAAAAAAAAAAAAAAAAAiPP0LAwAgKCA7/QsDACAoQXBqIAtBcGoiKv0AAwD9CwMAICogPP0LAwAgC0EgaiELIChBIGohKCAwQQRqITAgKUF+aiIpDQALCyAuQX5xIQsCQCAsRQ0AIAYgMEEBciIoQQN0aiACICggMWpBA3RqIij9AAMA/QsDACAo/QwAAAAAAAAAAAAAAAAAAAAA/QsDAAsgLiALRg0BIC5BAXIhKAsgKEEDdCELICsgKGshKANAIAYgC2ogIiALaiIwKwMAOQMAIDBCADcDACALQQhqIQsgKEF/aiIoDQALCyAtIDU5AwAgAiADICcgCSAGIDQgChCFgICAACABIAAgCSAnaiILayIoICggAUobIihBAUgNACAnIT0DQCA9IT4gCSE4IAshPSAoIQkCQCA0RAAAAAAAAAAAYQ0AQQAhKgJAAkAgCUECSQ0AIAlBfnEiKkF+aiILQQF2QQFqIilBB3EhKEEAITACQCALQQ5JDQAgKUF4cSEpQQAhMCAcIQsDQCAL/QwAAAAAAAAAAAAAAAAAAAAAIjv9CwMAIAtBMGogO/0LAwAgC0EgaiA7/QsDACALQRBqIDv9CwMAIAtBcGogO/0LAwAgC0FgaiA7/QsDACALQVBqIDv9CwMAIAtBQGogO/0LAwAgC0GAAWohCyAwQRBqITAgKUF4aiIpDQALCwJAIChFDQAgGyAwQQN0aiELA0AgC/0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgC0EQaiELIChBf2oiKA0ACwsgCSAqRg0BCyAJICprISggGyAqQQN0aiELA0AgC0IANwMAIAtBCGohCyAoQX9qIigNAAsLIDhBAUgNAEEAISwgAiA9IBAgPmxqQQN0aiItIS4DQCAGICxBA3RqIgsrAwAhM0EAISoCQCAJQQJIIi8NACAL/QoDACE7QQAhKCAMIQsgLiEwA0AgCyAL/QAAACA7IDD9AAAA/fIB/fAB/QsAACALQRBqIQsgMEEQaiEwIChBBGohKSAoQQJqIiohKCApIAlMDQALCwJAIAkgKkwNAAJAIAkgKmsiMkECSQ0AIDJBfnEiOUF+aiILQQF2QQFqIihBAXEhMSAz/RQhOwJAAkAgCw0AQQAhMAwBCyAqQQN0IQsgKEF+cSEpQQAhMANAIAwgC2oiKCA7IC4gC2oiK/0AAwD98gEgKP0AAwD98AH9CwMAIChBEGoiKCA7ICtBEGr9AAMA/fIBICj9AAMA/fAB/QsDACALQSBqIQsgMEEEaiEwIClBfmoiKQ0ACwsCQCAxRQ0AIAwgKiAwakEDdCILaiIoIDsgAiA9ICwgPmoiMGsgMCADbGpBA3RqIAtq/QADAP3yASAo/QADAP3wAf0LAwALIDIgOUYNASAqIDlqISoLICpBA3QhCyAJICprISgDQCAMIAtqIjAgMyAuIAtqKwMAoiAwKwMAoDkDACALQQhqIQsgKEF/aiIoDQALCyAuIBRqIS4gLEEBaiIsIDhHDQALIDSaITRBACErA0AgBiArQQN0aisDACA0oiIz/RQhO0EAISoCQCAvDQBBACEoIC0hCyAMITADQCALIAv9AAAAIDsgMP0AAAD98gH98AH9CwAAIAtBEGohCyAwQRBqITAgKEEEaiEpIChBAmoiKiEoICkgCUwNAAsLAkAgCSAqTA0AAkAgCSAqayIsQQJJDQAgLEF+cSIyQX5qIgtBAXZBAWoiKEEBcSE5AkACQCALDQBBACEwDAELICpBA3QhCyAoQX5xISlBACEwA0AgLSALaiIoIDsgDCALaiIu/QADAP3yASAo/QADAP3wAf0LAwAgKEEQaiIoIDsgLkEQav0AAwD98gEgKP0AAwD98AH9CwMAIAtBIGohCyAwQQRqITAgKUF+aiIpDQALCwJAIDlFDQAgAiA9ICsgPmoiC2sgCyADbGpBA3RqICogMGpBA3QiC2oiKCA7IAwgC2r9AAMA/fIBICj9AAMA/fAB/QsDAAsgLCAyRg0BICogMmohKgsgKkEDdCELIAkgKmshKANAIC0gC2oiMCAzIAwgC2orAwCiIDArAwCgOQMAIAtBCGohCyAoQX9qIigNAAsLIC0gFGohLSArQQFqIisgOEcNAAsLRAAAAAAAAAAAITQCQAJAIAlBAkgiLg0AIAlBf2oiMkEDcSEoID4gA2wiLCA4aiIvQQN0ISsCQAJAIAlBfmoiP0EDTw0AQQEhC0QAAAAAAAAAACEzDAELIDJBfHEhKSAdICtqIQtBACEwRAAAAAAAAAAAITMDQCALKwMAmSI0IAtBeGorAwCZIjUgC0FwaisDAJkiNiALQWhqKwMAmSI3IDMgNyAzZBsiMyA2IDNkGyIzIDUgM2QbIjMgNCAzZBshMyALQSBqIQsgKSAwQQRqIjBHDQALIDBBAWohCwsgAiAraiEtAkAgKEUNACACIDggC2ogLGpBA3RqIQsDQCALKwMAmSI0IDMgNCAzZBshMyALQQhqIQsgKEF/aiIoDQALCyAtKwMAITZEAAAAAAAAAAAhNAJAAkAgM0QAAAAAAAAAAGINACA2ITUMAQtBASELIDJBAXEhKQJAAkAgPw0ARAAAAAAAAAAAITQMAQsgMkF+cSEwIA8gK2ohC0EAIShEAAAAAAAAAAAhNANAIAsrAwAgM6MiNSA1oiALQXhqKwMAIDOjIjUgNaIgNKCgITQgC0EQaiELIDAgKEECaiIoRw0ACyAoQQFqIQsLAkAgKUUNACAtIAtBA3RqKwMAIDOjIjUgNaIgNKAhNAtEAAAAAAAAAAAhNUQAAAAAAADwP0QAAAAAAADwvyA2RAAAAAAAAAAAZhuaITcCQCAzIDSfopkiMyA2mSI0IDQgM2MiCxsiOkQAAAAAAAAAAGENACA6IDQgMyALGyA6oyIzIDOiRAAAAAAAAPA/oJ+iITULRAAAAAAAAPA/IDYgNSA3oiI1oaMhM0EBIQsCQAJAIAlBf2oiOUECSQ0AIDlBfnEiMUF+aiILQQF2QQFqIilBA3EhMCAz/RQhO0EAISgCQCALQQZJDQAgKUF8cSEpICUgK2ohC0EAISgDQCALIDsgC/0AAwD98gH9CwMAIAtBYGoiKiA7ICr9AAMA/fIB/QsDACALQXBqIiogOyAq/QADAP3yAf0LAwAgC0EQaiIqIDsgKv0AAwD98gH9CwMAIAtBwABqIQsgKEEIaiEoIClBfGoiKQ0ACwsCQCAwRQ0AA0AgLSAoQQN0QQhyaiILIDsgC/0AAwD98gH9CwMAIChBAmohKCAwQX9qIjANAAsLIDkgMUYNASA5QQFyIQsLIAkgC2shKCACIDggC2ogLGpBA3RqIQsDQCALIDMgCysDAKI5AwAgC0EIaiELIChBf2oiKA0ACwsgNSA2oSA1oyE0CyAIQoCAgICAgID4PzcDAAJAIC4NAEEBIQsCQCAJQX9qIi5BAkkNACAuQX5xIjlBfmoiC0EBdkEBaiIoQQFxITECQAJAIAsNAEEAITAMAQsgKEF+cSEpIB8gK2ohC0EAITAgGiEoA0AgC/0AAwAhOyAL/QwAAAAAAAAAAAAAAAAAAAAAIjz9CwMAICggO/0LAwAgKEFwaiALQXBqIir9AAMA/QsDACAqIDz9CwMAIAtBIGohCyAoQSBqISggMEEEaiEwIClBfmoiKQ0ACwsCQCAxRQ0AIAggMEEBciILQQN0aiACIAsgL2pBA3RqIgv9AAMA/QsDACAL/QwAAAAAAAAAAAAAAAAAAAAA/QsDAAsgLiA5Rg0BIC5BAXIhCwsgCSALayEwIBggC0EDdGohKCACIDggC2ogLGpBA3RqIQsDQCAoIAsrAwA5AwAgC0IANwMAIAtBCGohCyAoQQhqISggMEF/aiIwDQALCyAtIDU5AwACQCA4QQJIDQAgNEQAAAAAAAAAAGENACAJQQJqIUBBASFBIA4gPSADID5BAWpsaiA+a0EDdCILaiExICEgC2ohOSA0miE1A0AgAiA9IEEgPmoiC2sgCyADbGpBA3RqISz9DAAAAAAAAAAAAAAAAAAAAAAhO0EAITAgGSEpIDkhKiAIIQsgMSEoA0AgKSIuQRBqISkgKiIrQRBqISogMCItQQJqITAgOyAL/QAAACAo/QAAAP3yAf3wASE7IAtBEGohCyAoQRBqISggLUEEaiAJTA0ACyA7/SEAIDv9IQGgITMCQCAJIDBMDQAgCSAwayILQX9qISkCQCALQQNxRQ0AQQAhC0EAIEAgLWtBA3FrISgDQCAuKwMAICsrAwCiIDOgITMgLkEIaiEuICtBCGohKyAoIAtBf2oiC0cNAAsgMCALayEwCyApQQNJDQAgCSAwayEpIDEgMEEDdCIoaiELIBggKGohKANAIChBGGorAwAgC0EYaisDAKIgKEEQaisDACALQRBqKwMAoiAoQQhqKwMAIAtBCGorAwCiICgrAwAgCysDAKIgM6CgoKAhMyALQSBqIQsgKEEgaiEoIClBfGoiKQ0ACwsgMyA1oiIz/RQhO0EAIShBAiEwID8hKSAZISogOSEtA0AgLCAoQQN0IgtqIiggKP0AAAAgOyAIIAtq/QAAAP3yAf3wAf0LAAAgKSIvQX5qISkgKiIrQRBqISogLSIuQRBqIS0gMCILISggC0ECaiIwIAlMDQALAkAgCSALTA0AAkAgCSALayIqQQJJDQAgKkF+cSItQX5qIihBAXZBAWpBAXEhQgJAAkAgKA0AQQAhKAwBCyAvQX5xQX5qQQF2QQFqQX5xITBBACEoA0AgLiA7ICv9AAMA/fIBIC79AAMA/fAB/QsDACAuQRBqIikgOyArQRBq/QADAP3yASAp/QADAP3wAf0LAwAgK0EgaiErIC5BIGohLiAoQQRqISggMEF+aiIwDQALCwJAIEJFDQAgLCALIChqQQN0IihqIjAgOyAIIChq/QADAP3yASAw/QADAP3wAf0LAwALICogLUYNASALIC1qIQsLIAkgC2shMCAYIAtBA3QiC2ohKCAxIAtqIQsDQCALIDMgKCsDAKIgCysDAKA5AwAgKEEIaiEoIAtBCGohCyAwQX9qIjANAAsLIDkgFGohOSAxIBRqITEgQUEBaiJBIDhHDQALCwJAIDREAAAAAAAAAABhDQAgCUEBSA0CQQAhKgJAAkAgCUEBRiJDDQAgCUF+cSIqQX5qIgtBAXZBAWoiKUEHcSEoQQAhMAJAIAtBDkkNACApQXhxISlBACEwIBchCwNAIAv9DAAAAAAAAAAAAAAAAAAAAAAiO/0LAwAgC0EwaiA7/QsDACALQSBqIDv9CwMAIAtBEGogO/0LAwAgC0FwaiA7/QsDACALQWBqIDv9CwMAIAtBUGogO/0LAwAgC0FAaiA7/QsDACALQYABaiELIDBBEGohMCApQXhqIikNAAsLAkAgKEUNACAVIDBBA3RqIQsDQCAL/QwAAAAAAAAAAAAAAAAAAAAA/QsDACALQRBqIQsgKEF/aiIoDQALCyAJICpGDQELIAkgKmshKCAVICpBA3RqIQsDQCALQgA3AwAgC0EIaiELIChBf2oiKA0ACwtBACFBIBYhQiAKISwgCSE/IAkhPiACIAMgPWxBA3RqIighMCAIIS8DQCBBQQN0ITggQUF/cyE5/QwAAAAAAAAAAAAAAAAAAAAAITsCQAJAIAkgQWsiLkECTg0AQQAhLQwBC0EAIQsgMCEpIC8hKgNAIDsgKf0AAAAgKv0AAAD98gH98AEhOyALQQRqISsgKUEQaiEpICpBEGohKiALQQJqIi0hCyArIC5MDQALCyAIIDhqISsgCSA5aiE5IDv9IQAgO/0hAaAhMwJAIC0gLk4NACA5IC1rISoCQCAJIEEgLWprQQNxRQ0AIC1BA3QhCyA+IC1rQQNxISkDQCAwIAtqKwMAIC8gC2orAwCiIDOgITMgC0EIaiELIC1BAWohLSApQX9qIikNAAsLICpBA0kNACAtQQN0IQsgPyAtayEtA0AgMCALaiIpQRhqKwMAIC8gC2oiKkEYaisDAKIgKUEQaisDACAqQRBqKwMAoiApQQhqKwMAICpBCGorAwCiICkrAwAgKisDAKIgM6CgoKAhMyALQSBqIQsgLUF8aiItDQALCyAKIDhqIkAgMyBAKwMAoDkDACAuQX9qITggKysDACEzQQAhKgJAIC5BA0gNACAr/QoDACE7QQAhKUEIIQsDQCAsIAtqIiogKv0AAAAgOyAwIAtq/QAAAP3yAf3wAf0LAAAgC0EQaiELIClBBGohLSApQQJqIiohKSAtIC5IDQALCwJAICogOE4NAAJAIDkgKmsiREECSQ0AIERBfnEiRUF+aiILQQF2QQFqQQFxIUYgM/0UITsCQAJAIAsNAEEAIS4MAQsgKkEDdCErIDIgKmtBfnFBfmpBAXZBAWpBfnEhOEEAIS4gMCELIEIhKQNAICkgK2oiLUFwaiI5IDsgCyAraiIxQQhq/QADAP3yASA5/QADAP3wAf0LAwAgLSA7IDFBGGr9AAMA/fIBIC39AAMA/fAB/QsDACALQSBqIQsgKUEgaiEpIC5BBGohLiA4QX5qIjgNAAsLAkAgRkUNACBAQQhqICogLmpBA3QiC2oiKSA7IAIgQSA9aiADbEEDdGpBCGogC2r9AAMA/fIBICn9AAMA/fAB/QsDAAsgRCBFRg0BICogRWohKgsgKkEDdEEIaiELA0AgLCALaiIpIDMgMCALaisDAKIgKSsDAKA5AwAgC0EIaiELIDIgKkEBaiIqRw0ACwsgMkF/aiEyIEJBCGohQiAsQQhqISwgP0F/aiE/ID5BA2ohPiAwIBNqITAgL0EIaiEvIEFBAWoiQSAJRw0ACyAJQQFxIS4CQAJAIENFDQBEAAAAAAAAAAAhM0EAISkMAQsgCUF+cSEtRAAAAAAAAAAAITNBACEpIAghMCAKIQsDQCALIDQgCysDAKIiNTkDACALQQhqIiogNCAqKwMAoiI2OQMAIDBBCGorAwAgNqIgMCsDACA1oiAzoKAhMyAwQRBqITAgC0EQaiELIC0gKUECaiIpRw0ACwsCQCAuRQ0AIAogKUEDdCILaiIwIDQgMCsDAKIiNTkDACAIIAtqKwMAIDWiIDOgITMLIDREAAAAAAAA4L+iIDOiITNBACEuAkACQCAJQQJJDQAgCUF+cSIuQX5qIgtBAXZBAWoiMEEBcSErIDP9FCE7AkACQCALDQBBACEpDAELIDBBfnEhKkEAISkgCiELIAghMANAIAsgOyAw/QADAP3yASAL/QADAP3wAf0LAwAgC0EQaiItIDsgMEEQav0AAwD98gEgLf0AAwD98AH9CwMAIAtBIGohCyAwQSBqITAgKUEEaiEpICpBfmoiKg0ACwsCQCArRQ0AIAogKUEDdCILaiIwIDsgCCALav0AAwD98gEgMP0AAwD98AH9CwMACyAJIC5GDQELIAkgLmshKSAYIC5BA3QiC2ohMCAVIAtqIQsDQCALIDMgMCsDAKIgCysDAKA5AwAgMEEIaiEwIAtBCGohCyApQX9qIikNAAsLQQAhOCAKIS0gCSEsIAghLwNAIDggPWogA2xBA3QhMiAKIDhBA3QiOWoiPisDAJoiM/0UITtBACEqAkAgCSA4ayIuQQJIIjENAEEAITAgKCELIC8hKQNAIAsgC/0AAAAgOyAp/QAAAP3yAf3wAf0LAAAgC0EQaiELIClBEGohKSAwQQRqISsgMEECaiIqITAgKyAuTA0ACwsgCCA5aiE5IAIgMmohQQJAICogLk4NAAJAIAkgOCAqamsiP0ECSQ0AID9BfnEiQkF+aiILQQF2QQFqQQFxIUACQAJAIAsNAEEAISkMAQsgKkEDdCELICwgKmtBfnFBfmpBAXZBAWpBfnEhK0EAISkDQCAoIAtqIjAgOyAvIAtqIjL9AAMA/fIBIDD9AAMA/fAB/QsDACAwQRBqIjAgOyAyQRBq/QADAP3yASAw/QADAP3wAf0LAwAgC0EgaiELIClBBGohKSArQX5qIisNAAsLAkAgQEUNACBBICogKWpBA3QiC2oiMCA7IDkgC2r9AAMA/fIBIDD9AAMA/fAB/QsDAAsgPyBCRg0BICogQmohKgsgKkEDdCELA0AgKCALaiIwIDMgLyALaisDAKIgMCsDAKA5AwAgC0EIaiELICwgKkEBaiIqRw0ACwsgOSsDAJoiM/0UITtBACEpAkAgMQ0AQQAhC0EAITADQCAoIAtqIikgKf0AAAAgOyAtIAtq/QAAAP3yAf3wAf0LAAAgC0EQaiELIDBBBGohKiAwQQJqIikhMCAqIC5MDQALCwJAICkgLk4NAAJAIAkgOCApamsiMkECSQ0AIDJBfnEiOUF+aiILQQF2QQFqQQFxITECQAJAIAsNAEEAISoMAQsgKUEDdCELICwgKWtBfnFBfmpBAXZBAWpBfnEhLkEAISoDQCAoIAtqIjAgOyAtIAtqIiv9AAMA/fIBIDD9AAMA/fAB/QsDACAwQRBqIjAgOyArQRBq/QADAP3yASAw/QADAP3wAf0LAwAgC0EgaiELICpBBGohKiAuQX5qIi4NAAsLAkAgMUUNACBBICkgKmpBA3QiC2oiMCA7ID4gC2r9AAMA/fIBIDD9AAMA/fAB/QsDAAsgMiA5Rg0BICkgOWohKQsgKUEDdCELA0AgKCALaiIwIDMgLSALaisDAKIgMCsDAKA5AwAgC0EIaiELICwgKUEBaiIpRw0ACwsgLUEIaiEtICxBf2ohLCAoIBNqISggL0EIaiEvIDhBAWoiOCAJRw0ACwsgCUEBSA0BIAZCgICAgICAgPg/NwMAIAlBAUYNA0EBIQsCQCAJQX9qIi1BAkkNACAtQX5xIi5BfmoiC0EBdkEBaiIwQQNxISlBACEoAkAgC0EGSQ0AIDBBfHEhKkEAISggDSELA0AgCyALIAdqIjD9AAMA/QsDACALQWBqIDBBYGr9AAMA/QsDACALQXBqIDBBcGr9AAMA/QsDACALQRBqIDBBEGr9AAMA/QsDACALQcAAaiELIChBCGohKCAqQXxqIioNAAsLAkAgKUUNAANAIAYgKEEDdEEIciILaiAIIAtq/QADAP0LAwAgKEECaiEoIClBf2oiKQ0ACwsgLSAuRg0BIC1BAXIhCwsgCSALayEoIAYgC0EDdGohCwNAIAsgCyAHaisDADkDACALQQhqIQsgKEF/aiIoDQALCyAJQQFGDQILIAEgACAJID1qIgtrIiggKCABShsiKEEASg0ACwsgHiATaiEeICAgE2ohICAiIBNqISIgJEF/aiEkICYgE2ohJiAnIBJHDQALCwJAIABBAUgNAEEAISgCQAJAIABBAUYNACADQQFHDQACQCACIABBA3QiCWogBE0NACAEIAlqIAJLDQELIABBfnEiKEF+aiIJQQF2QQFqIgtBA3EhMEEAISkCQCAJQQZJDQAgA0EwbCEtIANBBHQhLiAEQSBqIQkgA0EGdCErIANBBXQhDCALQXxxISpBACEpIAIhCwNAIAlBYGogC/0AAwD9CwMAIAlBcGogCyAuav0AAwD9CwMAIAkgCyAMav0AAwD9CwMAIAlBEGogCyAtav0AAwD9CwMAIAlBwABqIQkgCyAraiELIClBCGohKSAqQXxqIioNAAsLAkAgMEUNACADQQR0ISogBCApQQN0aiEJIAIgKSADbEEDdGohCwNAIAkgC/0AAwD9CwMAIAsgKmohCyAJQRBqIQkgMEF/aiIwDQALCyAoIABGDQELIChBf3MgAGohKgJAIAAgKGtBA3EiMEUNACADQQN0ISkgBCAoQQN0aiEJIAIgKCADbEEDdGohCwNAIAkgCysDADkDACALIClqIQsgCUEIaiEJIChBAWohKCAwQX9qIjANAAsLICpBA0kNACADQQV0ISkgACAoayEwICggA2xBA3QhKiADIChBAWpsQQN0IS0gAyAoQQJqbEEDdCEuIAMgKEEDaiIJbEEDdCEoIAQgCUEDdGohCSACIQsDQCAJQWhqIAsgKmorAwA5AwAgCUFwaiALIC1qKwMAOQMAIAlBeGogCyAuaisDADkDACAJIAsgKGorAwA5AwAgCyApaiELIAlBIGohCSAwQXxqIjANAAsLAkAgAEECSA0AQQAhCQJAAkAgAEF/aiIIQQJPDQBBASELDAELQQEhCwJAIANBAUYNAEEBIQsMAQsCQCACIABBA3QiKGogBU0NACACQQhqICggBWpBeGpJDQELIAhBfnEiCUF+aiILQQF2QQFqIipBA3EhMEEAISkCQCALQQZJDQAgA0EwbCEtIANBBHQhLiAFQSBqIQsgA0EGdCErIAJBCGohKCADQQV0IQwgKkF8cSEqQQAhKQNAIAtBYGogKP0AAwD9CwMAIAtBcGogKCAuav0AAwD9CwMAIAsgKCAMav0AAwD9CwMAIAtBEGogKCAtav0AAwD9CwMAIAtBwABqIQsgKCAraiEoIClBCGohKSAqQXxqIioNAAsLAkAgMEUNACADQQF0ISogKSADbCELIAUgKUEDdGohKANAICggAiALQQN0QQhyav0AAwD9CwMAIAsgKmohCyAoQRBqISggMEF/aiIwDQALCyAIIAlGDQEgCEEBciELCyALQX9zIABqITACQCAAIAtrQQNxIihFDQADQCAFIAlBA3RqIAkgA2xBA3QgAmpBCGorAwA5AwAgCyIJQQFqIQsgCSEJIChBf2oiKA0ACyALQX9qIQkLIDBBA0kNACADQQV0ISkgAkEIaiEoIAsgA2xBA3QhKiADIAtBAWpsQQN0IS0gAyALQQJqIjBsQQN0IS4gBSAwQQN0aiEwA0AgBSAJQQN0aiAJIANsQQN0IAJqQQhqKwMAOQMAIDBBcGogKCAqaisDADkDACAwQXhqICggLWorAwA5AwAgMCAoIC5qKwMAOQMAICggKWohKCAwQSBqITAgC0EDaiEJIAAgC0EEaiILRw0ACwsgAEEATA0AIABBA3QgBWpBeGpCADcDAAsLsBYGBX8Bewx/AXwGfwJ8AkAgBUQAAAAAAAAAAGENACADQQFIDQBBACEHAkACQCADQQFGDQAgA0F+cSIHQX5qIghBAXZBAWoiCUEHcSEKQQAhCwJAIAhBDkkNACAGQcAAaiEIIAlBeHEhCUEAIQsDQCAI/QwAAAAAAAAAAAAAAAAAAAAAIgz9CwMAIAhBMGogDP0LAwAgCEEgaiAM/QsDACAIQRBqIAz9CwMAIAhBcGogDP0LAwAgCEFgaiAM/QsDACAIQVBqIAz9CwMAIAhBQGogDP0LAwAgCEGAAWohCCALQRBqIQsgCUF4aiIJDQALCwJAIApFDQAgBiALQQN0aiEIA0AgCP0MAAAAAAAAAAAAAAAAAAAAAP0LAwAgCEEQaiEIIApBf2oiCg0ACwsgByADRg0BCyADIAdrIQogBiAHQQN0aiEIA0AgCEIANwMAIAhBCGohCCAKQX9qIgoNAAsLIANBAUgNACADQX9qIQ0gBkEYaiEOIAFBA3QhDyAAIAIgAWwiEEEDdGohCkEAIREgBiESIAMhEyADIRQgBCEVA0AgEUF/cyEWAkACQCADIBFrIhdBAk4NAP0MAAAAAAAAAAAAAAAAAAAAACEMQQAhBwwBC/0MAAAAAAAAAAAAAAAAAAAAACEMQQAhCCAKIQsgFSEJA0AgDCAL/QAAACAJ/QAAAP3yAf3wASEMIAhBBGohGCALQRBqIQsgCUEQaiEJIAhBAmoiByEIIBggF0wNAAsLIBFBA3QhGCAWIANqIRYgDP0hACAM/SEBoCEZAkAgByAXTg0AIBYgB2shCQJAIAMgESAHamtBA3FFDQAgB0EDdCEIIBQgB2tBA3EhCwNAIAogCGorAwAgFSAIaisDAKIgGaAhGSAIQQhqIQggB0EBaiEHIAtBf2oiCw0ACwsgCUEDSQ0AIAdBA3QhCCATIAdrIQcDQCAKIAhqIgtBGGorAwAgFSAIaiIJQRhqKwMAoiALQRBqKwMAIAlBEGorAwCiIAtBCGorAwAgCUEIaisDAKIgCysDACAJKwMAoiAZoKCgoCEZIAhBIGohCCAHQXxqIgcNAAsLIAQgGGohGiAGIBhqIhsgGSAbKwMAoDkDACAXQX9qIRhBACEJAkAgF0EDSA0AIBr9CgMAIQxBACELQQghCANAIBIgCGoiCSAJ/QAAACAMIAogCGr9AAAA/fIB/fAB/QsAACAIQRBqIQggC0EEaiEHIAtBAmoiCSELIAcgF0gNAAsLAkAgCSAYTg0AIBorAwAhGQJAIBYgCWsiHEECSQ0AIBxBfnEiHUF+aiIIQQF2QQFqQQFxIR4gGf0UIQwCQAJAIAgNAEEAIRcMAQsgCUEDdCEYIA0gCWtBfnFBfmpBAXZBAWpBfnEhFkEAIRcgCiEIIA4hCwNAIAsgGGoiB0FwaiIaIAwgCCAYaiIfQQhq/QADAP3yASAa/QADAP3wAf0LAwAgByAMIB9BGGr9AAMA/fIBIAf9AAMA/fAB/QsDACAIQSBqIQggC0EgaiELIBdBBGohFyAWQX5qIhYNAAsLAkAgHkUNACAbQQhqIAkgF2pBA3QiCGoiCyAMIAAgESACaiABbEEDdGpBCGogCGr9AAMA/fIBIAv9AAMA/fAB/QsDAAsgHCAdRg0BIAkgHWohCQsgCUEDdEEIaiEIA0AgEiAIaiILIBkgCiAIaisDAKIgCysDAKA5AwAgCEEIaiEIIA0gCUEBaiIJRw0ACwsgDUF/aiENIA5BCGohDiASQQhqIRIgE0F/aiETIBRBA2ohFCAKIA9qIQogFUEIaiEVIBFBAWoiESADRw0ACyADQQFIDQAgA0EBcSEXAkACQCADQQFHDQBEAAAAAAAAAAAhGUEAIQsMAQsgA0F+cSEHRAAAAAAAAAAAIRlBACELIAQhCiAGIQgDQCAIIAgrAwAgBaIiIDkDACAIQQhqIgkgCSsDACAFoiIhOQMAIApBCGorAwAgIaIgCisDACAgoiAZoKAhGSAKQRBqIQogCEEQaiEIIAcgC0ECaiILRw0ACwsCQCAXRQ0AIAYgC0EDdCIIaiIKIAorAwAgBaIiIDkDACAEIAhqKwMAICCiIBmgIRkLIANBAUgNACAFRAAAAAAAAOC/oiAZoiEZQQAhFwJAAkAgA0EBRg0AIANBfnEiF0F+aiIIQQF2QQFqIgpBAXEhGCAZ/RQhDAJAAkAgCA0AQQAhCwwBCyAKQX5xIQlBACELIAYhCCAEIQoDQCAIIAwgCv0AAwD98gEgCP0AAwD98AH9CwMAIAhBEGoiByAMIApBEGr9AAMA/fIBIAf9AAMA/fAB/QsDACAIQSBqIQggCkEgaiEKIAtBBGohCyAJQX5qIgkNAAsLAkAgGEUNACAGIAtBA3QiCGoiCiAMIAQgCGr9AAMA/fIBIAr9AAMA/fAB/QsDAAsgFyADRg0BCyADIBdrIQsgBCAXQQN0IghqIQogBiAIaiEIA0AgCCAZIAorAwCiIAgrAwCgOQMAIApBCGohCiAIQQhqIQggC0F/aiILDQALCyADQQFIDQAgAUEDdCEOIAAgEEEDdGohCkEAIRogBiEXIAMhFSAEIQ0DQCAaIAJqIAFsQQN0IRYgBiAaQQN0Ih9qIhMrAwCaIhn9FCEMQQAhBwJAIAMgGmsiGEECSCIRDQBBACELIAohCCANIQkDQCAIIAj9AAAAIAwgCf0AAAD98gH98AH9CwAAIAhBEGohCCAJQRBqIQkgC0EEaiESIAtBAmoiByELIBIgGEwNAAsLIAQgH2ohHyAAIBZqIRQCQCAHIBhODQACQCADIBogB2prIhtBAkkNACAbQX5xIg9BfmoiCEEBdkEBakEBcSEcAkACQCAIDQBBACEJDAELIAdBA3QhCCAVIAdrQX5xQX5qQQF2QQFqQX5xIRJBACEJA0AgCiAIaiILIAwgDSAIaiIW/QADAP3yASAL/QADAP3wAf0LAwAgC0EQaiILIAwgFkEQav0AAwD98gEgC/0AAwD98AH9CwMAIAhBIGohCCAJQQRqIQkgEkF+aiISDQALCwJAIBxFDQAgFCAHIAlqQQN0IghqIgsgDCAfIAhq/QADAP3yASAL/QADAP3wAf0LAwALIBsgD0YNASAHIA9qIQcLIAdBA3QhCANAIAogCGoiCyAZIA0gCGorAwCiIAsrAwCgOQMAIAhBCGohCCAVIAdBAWoiB0cNAAsLIB8rAwCaIhn9FCEMQQAhCQJAIBENAEEAIQhBACELA0AgCiAIaiIJIAn9AAAAIAwgFyAIav0AAAD98gH98AH9CwAAIAhBEGohCCALQQRqIQcgC0ECaiIJIQsgByAYTA0ACwsCQCAJIBhODQACQCADIBogCWprIhZBAkkNACAWQX5xIh9BfmoiCEEBdkEBakEBcSERAkACQCAIDQBBACEHDAELIAlBA3QhCCAVIAlrQX5xQX5qQQF2QQFqQX5xIRhBACEHA0AgCiAIaiILIAwgFyAIaiIS/QADAP3yASAL/QADAP3wAf0LAwAgC0EQaiILIAwgEkEQav0AAwD98gEgC/0AAwD98AH9CwMAIAhBIGohCCAHQQRqIQcgGEF+aiIYDQALCwJAIBFFDQAgFCAJIAdqQQN0IghqIgsgDCATIAhq/QADAP3yASAL/QADAP3wAf0LAwALIBYgH0YNASAJIB9qIQkLIAlBA3QhCANAIAogCGoiCyAZIBcgCGorAwCiIAsrAwCgOQMAIAhBCGohCCAVIAlBAWoiCUcNAAsLIBdBCGohFyAVQX9qIRUgCiAOaiEKIA1BCGohDSAaQQFqIhogA0cNAAsLC69FByd/AnwGfwR8AX8Cewt/AkAgBiAATg0AIAQgASAGbCIIQQV0IglqIgogAUEYbGohCyAKIAFBBHRqIQwgCiABQQN0aiENIARBGGoiDiABIAZBBXQiD0EIcmwiEGohESAEQcAAaiISIBBqIRMgDiABIA9BEHJsIhRqIRUgEiABIA9BGHJsIg9qIRYgAkF4aiEXIAJBCGohGCACQRhqIRkgAkEoaiEaIAJBEGohGyACQSBqIRwgA0F/aiEdIANBA3QiHkF4aiEfIAQgCEECdEEDdGoiIEEYaiEhIAQgEGohIiAEIA9qISMgBCAUaiIkQRBqISUgBkF/cyAAaiImISdBACEoA0AgBSAGQQJ0aiIpQXxqQQAgBkEAShshKgJAAkACQCAGQQJqIABODQAgASAAIAZBAWoiK2siDyAPIAFKGyIPQQFKDQELIAZBAUgNASAq/hACACIQQf////8HRg0BQQAhDwNAAkACQCAPQaAfTg0AIA9BAWohDwwBCyAqIBBCoJwB/gECABpBACEPCyAq/hACACIQQf////8HRw0ADAILCwJAAkACQCAGQQFIIiwNACAq/hACACIIQQJKDQBBACEQA0ACQAJAIBBBoB9ODQAgEEEBaiEQDAELICogCEKgnAH+AQIAGkEAIRALICr+EAIAIghBA0gNAAsgAiAGIANsQQFqIi1BA3RqIi4rAwAhLyAPQQJODQEgCkKAgICAgICA+D83AwBEAAAAAAAAAAAhMAwCCyACIAYgA2xBAWoiLUEDdGoiLisDACEvCyABICYgKCAHbGsiECABIBBIGyISQX1qITEgASAnIAEgJ0gbIjJBf2ohMyAyQX1qITQgEkF/aiI1QQNxITYCQAJAIBJBfmpBA08NAEEBIRBEAAAAAAAAAAAhNwwBCyAzQXxxIQ4gLkEgaiEQQQAhCEQAAAAAAAAAACE3A0AgECsDAJkiOCAQQXhqKwMAmSIwIBBBcGorAwCZIjkgEEFoaisDAJkiOiA3IDogN2QbIjcgOSA3ZBsiNyAwIDdkGyI3IDggN2QbITcgEEEgaiEQIA4gCEEEaiIIRw0ACyAIQQFqIRALIDRBAXYhDiAxQQF2ITQCQCA2RQ0AIDNBA3FBA3QhCCAuIBBBA3RqIRADQCAQKwMAmSI4IDcgOCA3ZBshNyAQQQhqIRAgCEF4aiIIDQALCyAOQQFqITYgNEEBaiE0RAAAAAAAAAAAITACQAJAIDdEAAAAAAAAAABiDQAgLyE4DAELQQEhECA1QQFxITtEAAAAAAAAAAAhOAJAIBJBAkYNACAzQX5xIQ4gLkEQaiEQQQAhCEQAAAAAAAAAACE4A0AgECsDACA3oyIwIDCiIBBBeGorAwAgN6MiMCAwoiA4oKAhOCAQQRBqIRAgDiAIQQJqIghHDQALIAhBAWohEAsCQCA7RQ0AIC4gEEEDdGorAwAgN6MiMCAwoiA4oCE4C0QAAAAAAAAAACEwRAAAAAAAAPA/RAAAAAAAAPC/IC9EAAAAAAAAAABmG5ohOQJAIDcgOJ+imSI3IC+ZIjggOCA3YyIQGyI6RAAAAAAAAAAAYQ0AIDogOCA3IBAbIDqjIjcgN6JEAAAAAAAA8D+gn6IhMAsgMCA5oiI4IC+hITBEAAAAAAAA8D8gLyA4oaMhN0EBIRACQAJAIDVBAkkNACA0QQNxITMgN/0UITxBACEIAkAgMUEGSQ0AIDZBfHEhDiAuQShqIRBBACEIA0AgECA8IBD9AAMA/fIB/QsDACAQQWBqIhIgPCAS/QADAP3yAf0LAwAgEEFwaiISIDwgEv0AAwD98gH9CwMAIBBBEGoiEiA8IBL9AAMA/fIB/QsDACAQQcAAaiEQIAhBCGohCCAOQXxqIg4NAAsLIDVBfnEhEgJAIDNFDQAgNkEDcSEQA0AgLiAIQQN0QQhyaiIOIDwgDv0AAwD98gH9CwMAIAhBAmohCCAQQX9qIhANAAsLIDUgEkYNASA1QQFyIRALIDIgEGshCCAuIBBBA3RqIRADQCAQIDcgECsDAKI5AwAgEEEIaiEQIAhBf2oiCA0ACwsgMCA4oyEwCyAKQoCAgICAgID4PzcDAEEBIRACQAJAIDVBAkkNACA0QQFxITNBACEOAkAgMUECSQ0AIDZBfnEhEiAZIC1BA3RqIRBBACEOICEhCANAIBD9AAMAITwgEP0MAAAAAAAAAAAAAAAAAAAAACI9/QsDACAIIDz9CwMAIAhBcGogEEFwaiIx/QADAP0LAwAgMSA9/QsDACAQQSBqIRAgCEEgaiEIIA5BBGohDiASQX5qIhINAAsLIDVBfnEhEAJAIDNFDQAgCiAOQQFyIghBA3RqIAIgCCAtakEDdGoiCP0AAwD9CwMAIAj9DAAAAAAAAAAAAAAAAAAAAAD9CwMACyA1IBBGDQEgNUEBciEQCyAyIBBrIQ4gICAQQQN0aiEIIAIgLSAQakEDdGohEANAIAggECsDADkDACAQQgA3AwAgEEEIaiEQIAhBCGohCCAOQX9qIg4NAAsLIDghLwsgLiAvOQMAIAIgAyArIA8gCiAwIA0QhYCAgAAgKUEB/hcCAAJAIAEgACArIA9qIhBrIgggCCABShsiCEEBSA0AQQEhPgNAIA8hPyArIUAgECErIAghDwJAICwNACAq/hACACIIID5BA2oiDk4NAEEAIRADQAJAAkAgEEGgH04NACAQQQFqIRAMAQsgKiAIQqCcAf4BAgAaQQAhEAsgKv4QAgAiCCAOSA0ACwsCQCAwRAAAAAAAAAAAYQ0AAkAgD0EBSA0AQQAhMQJAIA9BAUYNACAPQX5xIjFBfmoiEEEBdkEBaiISQQdxIQhBACEOAkAgEEEOSQ0AIBJBeHEhEkEAIQ4gFiEQA0AgEP0MAAAAAAAAAAAAAAAAAAAAACI8/QsDACAQQTBqIDz9CwMAIBBBIGogPP0LAwAgEEEQaiA8/QsDACAQQXBqIDz9CwMAIBBBYGogPP0LAwAgEEFQaiA8/QsDACAQQUBqIDz9CwMAIBBBgAFqIRAgDkEQaiEOIBJBeGoiEg0ACwsCQCAIRQ0AICMgDkEDdGohEANAIBD9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIBBBEGohECAIQX9qIggNAAsLIA8gMUYNAQsgDyAxayEIICMgMUEDdGohEANAIBBCADcDACAQQQhqIRAgCEF/aiIIDQALCyA/QQFIDQBBACEtIAIgKyAdIEBsakEDdGoiLiE1A0AgCiAtQQN0aiIQKwMAITdBACExAkAgD0ECSCIzDQAgEP0KAwAhPEEAIQggCyEQIDUhDgNAIBAgEP0AAAAgPCAO/QAAAP3yAf3wAf0LAAAgEEEQaiEQIA5BEGohDiAIQQRqIRIgCEECaiIxIQggEiAPTA0ACwsCQCAPIDFMDQACQCAPIDFrIjRBAkkNACA0QX5xIjZBfmoiEEEBdkEBaiIIQQFxITsgN/0UITwCQAJAIBANAEEAIQ4MAQsgMUEDdCEQIAhBfnEhEkEAIQ4DQCALIBBqIgggPCA1IBBqIjL9AAMA/fIBIAj9AAMA/fAB/QsDACAIQRBqIgggPCAyQRBq/QADAP3yASAI/QADAP3wAf0LAwAgEEEgaiEQIA5BBGohDiASQX5qIhINAAsLAkAgO0UNACALIDEgDmpBA3QiEGoiCCA8IAIgKyAtIEBqIg5rIA4gA2xqQQN0aiAQav0AAwD98gEgCP0AAwD98AH9CwMACyA0IDZGDQEgMSA2aiExCyAxQQN0IRAgDyAxayEIA0AgCyAQaiIOIDcgNSAQaisDAKIgDisDAKA5AwAgEEEIaiEQIAhBf2oiCA0ACwsgNSAfaiE1IC1BAWoiLSA/Rw0ACyAwmiE4QQAhMgNAIAogMkEDdGorAwAgOKIiN/0UITxBACExAkAgMw0AQQAhCCAuIRAgCyEOA0AgECAQ/QAAACA8IA79AAAA/fIB/fAB/QsAACAQQRBqIRAgDkEQaiEOIAhBBGohEiAIQQJqIjEhCCASIA9MDQALCwJAIA8gMUwNAAJAIA8gMWsiLUECSQ0AIC1BfnEiNEF+aiIQQQF2QQFqIghBAXEhNgJAAkAgEA0AQQAhDgwBCyAxQQN0IRAgCEF+cSESQQAhDgNAIC4gEGoiCCA8IAsgEGoiNf0AAwD98gEgCP0AAwD98AH9CwMAIAhBEGoiCCA8IDVBEGr9AAMA/fIBIAj9AAMA/fAB/QsDACAQQSBqIRAgDkEEaiEOIBJBfmoiEg0ACwsCQCA2RQ0AIAIgKyAyIEBqIhBrIBAgA2xqQQN0aiAxIA5qQQN0IhBqIgggPCALIBBq/QADAP3yASAI/QADAP3wAf0LAwALIC0gNEYNASAxIDRqITELIDFBA3QhECAPIDFrIQgDQCAuIBBqIg4gNyALIBBqKwMAoiAOKwMAoDkDACAQQQhqIRAgCEF/aiIIDQALCyAuIB9qIS4gMkEBaiIyID9HDQALCyAPQQJIIi0NASAPQX9qIjRBA3EhCCBAIANsIjIgP2oiM0EDdCE1AkACQCAPQX5qIkFBA08NAEEBIRBEAAAAAAAAAAAhNwwBCyA0QXxxIRIgHCA1aiEQQQAhDkQAAAAAAAAAACE3A0AgECsDAJkiOCAQQXhqKwMAmSIwIBBBcGorAwCZIjkgEEFoaisDAJkiOiA3IDogN2QbIjcgOSA3ZBsiNyAwIDdkGyI3IDggN2QbITcgEEEgaiEQIBIgDkEEaiIORw0ACyAOQQFqIRALIAIgNWohLgJAIAhFDQAgAiA/IBBqIDJqQQN0aiEQA0AgECsDAJkiOCA3IDggN2QbITcgEEEIaiEQIAhBf2oiCA0ACwsgLisDACE5RAAAAAAAAAAAITACQAJAIDdEAAAAAAAAAABiDQAgOSE4DAELQQEhECA0QQFxIRICQAJAIEENAEQAAAAAAAAAACE4DAELIDRBfnEhDiAbIDVqIRBBACEIRAAAAAAAAAAAITgDQCAQKwMAIDejIjAgMKIgEEF4aisDACA3oyIwIDCiIDigoCE4IBBBEGohECAOIAhBAmoiCEcNAAsgCEEBaiEQCwJAIBJFDQAgLiAQQQN0aisDACA3oyIwIDCiIDigITgLRAAAAAAAAAAAITBEAAAAAAAA8D9EAAAAAAAA8L8gOUQAAAAAAAAAAGYbmiE6AkAgNyA4n6KZIjcgOZkiOCA4IDdjIhAbIi9EAAAAAAAAAABhDQAgLyA4IDcgEBsgL6MiNyA3okQAAAAAAADwP6CfoiEwC0QAAAAAAADwPyA5IDAgOqIiOKGjITdBASEQAkACQCAPQX9qIjZBAkkNACA2QX5xIjtBfmoiEEEBdkEBaiISQQNxIQ4gN/0UITxBACEIAkAgEEEGSQ0AIBJBfHEhEiAaIDVqIRBBACEIA0AgECA8IBD9AAMA/fIB/QsDACAQQWBqIjEgPCAx/QADAP3yAf0LAwAgEEFwaiIxIDwgMf0AAwD98gH9CwMAIBBBEGoiMSA8IDH9AAMA/fIB/QsDACAQQcAAaiEQIAhBCGohCCASQXxqIhINAAsLAkAgDkUNAANAIC4gCEEDdEEIcmoiECA8IBD9AAMA/fIB/QsDACAIQQJqIQggDkF/aiIODQALCyA2IDtGDQEgNkEBciEQCyAPIBBrIQggAiA/IBBqIDJqQQN0aiEQA0AgECA3IBArAwCiOQMAIBBBCGohECAIQX9qIggNAAsLIDggOaEgOKMhMAsgDEKAgICAgICA+D83AwACQCAtDQBBASEQAkAgD0F/aiItQQJJDQAgLUF+cSI2QX5qIhBBAXZBAWoiCEEBcSE7AkACQCAQDQBBACEODAELIAhBfnEhEiAZIDVqIRBBACEOIBUhCANAIBD9AAMAITwgEP0MAAAAAAAAAAAAAAAAAAAAACI9/QsDACAIIDz9CwMAIAhBcGogEEFwaiIx/QADAP0LAwAgMSA9/QsDACAQQSBqIRAgCEEgaiEIIA5BBGohDiASQX5qIhINAAsLAkAgO0UNACAMIA5BAXIiEEEDdGogAiAQIDNqQQN0aiIQ/QADAP0LAwAgEP0MAAAAAAAAAAAAAAAAAAAAAP0LAwALIC0gNkYNASAtQQFyIRALIA8gEGshDiAkIBBBA3RqIQggAiA/IBBqIDJqQQN0aiEQA0AgCCAQKwMAOQMAIBBCADcDACAQQQhqIRAgCEEIaiEIIA5Bf2oiDg0ACwsgLiA4OQMAAkAgP0ECSA0AIDBEAAAAAAAAAABhDQAgD0ECaiFCQQEhQyAXICsgAyBAQQFqbGogQGtBA3QiEGohOyAYIBBqITYgMJohOANAIAIgKyBDIEBqIhBrIBAgA2xqQQN0aiEt/QwAAAAAAAAAAAAAAAAAAAAAITxBACEOICUhEiA2ITEgDCEQIDshCANAIBIiNUEQaiESIDEiMkEQaiExIA4iLkECaiEOIDwgEP0AAAAgCP0AAAD98gH98AEhPCAQQRBqIRAgCEEQaiEIIC5BBGogD0wNAAsgPP0hACA8/SEBoCE3AkAgDyAOTA0AIA8gDmsiEEF/aiESAkAgEEEDcUUNAEEAIRBBACBCIC5rQQNxayEIA0AgNSsDACAyKwMAoiA3oCE3IDVBCGohNSAyQQhqITIgCCAQQX9qIhBHDQALIA4gEGshDgsgEkEDSQ0AIA8gDmshEiA7IA5BA3QiCGohECAkIAhqIQgDQCAIQRhqKwMAIBBBGGorAwCiIAhBEGorAwAgEEEQaisDAKIgCEEIaisDACAQQQhqKwMAoiAIKwMAIBArAwCiIDegoKCgITcgEEEgaiEQIAhBIGohCCASQXxqIhINAAsLIDcgOKIiN/0UITxBACEIQQIhDiBBIRIgJSExIDYhLgNAIC0gCEEDdCIQaiIIIAj9AAAAIDwgDCAQav0AAAD98gH98AH9CwAAIBIiM0F+aiESIDEiMkEQaiExIC4iNUEQaiEuIA4iECEIIBBBAmoiDiAPTA0ACwJAIA8gEEwNAAJAIA8gEGsiMUECSQ0AIDFBfnEiLkF+aiIIQQF2QQFqQQFxIUQCQAJAIAgNAEEAIQgMAQsgM0F+cUF+akEBdkEBakF+cSEOQQAhCANAIDUgPCAy/QADAP3yASA1/QADAP3wAf0LAwAgNUEQaiISIDwgMkEQav0AAwD98gEgEv0AAwD98AH9CwMAIDJBIGohMiA1QSBqITUgCEEEaiEIIA5BfmoiDg0ACwsCQCBERQ0AIC0gECAIakEDdCIIaiIOIDwgDCAIav0AAwD98gEgDv0AAwD98AH9CwMACyAxIC5GDQEgECAuaiEQCyAPIBBrIQ4gJCAQQQN0IhBqIQggOyAQaiEQA0AgECA3IAgrAwCiIBArAwCgOQMAIAhBCGohCCAQQQhqIRAgDkF/aiIODQALCyA2IB9qITYgOyAfaiE7IENBAWoiQyA/Rw0ACwsCQAJAIDBEAAAAAAAAAABhDQAgD0EBSA0BQQAhMQJAAkAgD0EBRiJFDQAgD0F+cSIxQX5qIhBBAXZBAWoiEkEHcSEIQQAhDgJAIBBBDkkNACASQXhxIRJBACEOIBMhEANAIBD9DAAAAAAAAAAAAAAAAAAAAAAiPP0LAwAgEEEwaiA8/QsDACAQQSBqIDz9CwMAIBBBEGogPP0LAwAgEEFwaiA8/QsDACAQQWBqIDz9CwMAIBBBUGogPP0LAwAgEEFAaiA8/QsDACAQQYABaiEQIA5BEGohDiASQXhqIhINAAsLAkAgCEUNACAiIA5BA3RqIRADQCAQ/QwAAAAAAAAAAAAAAAAAAAAA/QsDACAQQRBqIRAgCEF/aiIIDQALCyAPIDFGDQELIA8gMWshCCAiIDFBA3RqIRADQCAQQgA3AwAgEEEIaiEQIAhBf2oiCA0ACwtBACE/IBEhRCANIS0gDyFBIA8hQCACIAMgK2xBA3RqIgghDiAMITMDQCA/QQN0ITYgP0F/cyE7/QwAAAAAAAAAAAAAAAAAAAAAITwCQAJAIA8gP2siNUECTg0AQQAhLgwBC0EAIRAgDiESIDMhMQNAIDwgEv0AAAAgMf0AAAD98gH98AEhPCAQQQRqITIgEkEQaiESIDFBEGohMSAQQQJqIi4hECAyIDVMDQALCyAMIDZqITIgDyA7aiE7IDz9IQAgPP0hAaAhNwJAIC4gNU4NACA7IC5rITECQCAPID8gLmprQQNxRQ0AIC5BA3QhECBAIC5rQQNxIRIDQCAOIBBqKwMAIDMgEGorAwCiIDegITcgEEEIaiEQIC5BAWohLiASQX9qIhINAAsLIDFBA0kNACAuQQN0IRAgQSAuayEuA0AgDiAQaiISQRhqKwMAIDMgEGoiMUEYaisDAKIgEkEQaisDACAxQRBqKwMAoiASQQhqKwMAIDFBCGorAwCiIBIrAwAgMSsDAKIgN6CgoKAhNyAQQSBqIRAgLkF8aiIuDQALCyANIDZqIkIgNyBCKwMAoDkDACA1QX9qITYgMisDACE3QQAhMQJAIDVBA0gNACAy/QoDACE8QQAhEkEIIRADQCAtIBBqIjEgMf0AAAAgPCAOIBBq/QAAAP3yAf3wAf0LAAAgEEEQaiEQIBJBBGohLiASQQJqIjEhEiAuIDVIDQALCwJAIDEgNk4NAAJAIDsgMWsiRkECSQ0AIEZBfnEiR0F+aiIQQQF2QQFqQQFxIUggN/0UITwCQAJAIBANAEEAITUMAQsgMUEDdCEyIDQgMWtBfnFBfmpBAXZBAWpBfnEhNkEAITUgDiEQIEQhEgNAIBIgMmoiLkFwaiI7IDwgECAyaiJDQQhq/QADAP3yASA7/QADAP3wAf0LAwAgLiA8IENBGGr9AAMA/fIBIC79AAMA/fAB/QsDACAQQSBqIRAgEkEgaiESIDVBBGohNSA2QX5qIjYNAAsLAkAgSEUNACBCQQhqIDEgNWpBA3QiEGoiEiA8IAIgPyAraiADbEEDdGpBCGogEGr9AAMA/fIBIBL9AAMA/fAB/QsDAAsgRiBHRg0BIDEgR2ohMQsgMUEDdEEIaiEQA0AgLSAQaiISIDcgDiAQaisDAKIgEisDAKA5AwAgEEEIaiEQIDQgMUEBaiIxRw0ACwsgNEF/aiE0IERBCGohRCAtQQhqIS0gQUF/aiFBIEBBA2ohQCAOIB5qIQ4gM0EIaiEzID9BAWoiPyAPRw0ACyAPQQFxITUCQAJAIEVFDQBEAAAAAAAAAAAhN0EAIRIMAQsgD0F+cSEuRAAAAAAAAAAAITdBACESIAwhDiANIRADQCAQIDAgECsDAKIiODkDACAQQQhqIjEgMCAxKwMAoiI5OQMAIA5BCGorAwAgOaIgDisDACA4oiA3oKAhNyAOQRBqIQ4gEEEQaiEQIC4gEkECaiISRw0ACwsCQCA1RQ0AIA0gEkEDdCIQaiIOIDAgDisDAKIiODkDACAMIBBqKwMAIDiiIDegITcLIDBEAAAAAAAA4L+iIDeiITdBACE1AkACQCAPQQJJDQAgD0F+cSI1QX5qIhBBAXZBAWoiDkEBcSEyIDf9FCE8AkACQCAQDQBBACESDAELIA5BfnEhMUEAIRIgDSEQIAwhDgNAIBAgPCAO/QADAP3yASAQ/QADAP3wAf0LAwAgEEEQaiIuIDwgDkEQav0AAwD98gEgLv0AAwD98AH9CwMAIBBBIGohECAOQSBqIQ4gEkEEaiESIDFBfmoiMQ0ACwsCQCAyRQ0AIA0gEkEDdCIQaiIOIDwgDCAQav0AAwD98gEgDv0AAwD98AH9CwMACyAPIDVGDQELIA8gNWshEiAkIDVBA3QiEGohDiAiIBBqIRADQCAQIDcgDisDAKIgECsDAKA5AwAgDkEIaiEOIBBBCGohECASQX9qIhINAAsLQQAhNiANIS4gDyEtIAwhMwNAIDYgK2ogA2xBA3QhNCANIDZBA3QiO2oiQCsDAJoiN/0UITxBACExAkAgDyA2ayI1QQJIIkMNAEEAIQ4gCCEQIDMhEgNAIBAgEP0AAAAgPCAS/QAAAP3yAf3wAf0LAAAgEEEQaiEQIBJBEGohEiAOQQRqITIgDkECaiIxIQ4gMiA1TA0ACwsgDCA7aiE7IAIgNGohPwJAIDEgNU4NAAJAIA8gNiAxamsiQUECSQ0AIEFBfnEiREF+aiIQQQF2QQFqQQFxIUICQAJAIBANAEEAIRIMAQsgMUEDdCEQIC0gMWtBfnFBfmpBAXZBAWpBfnEhMkEAIRIDQCAIIBBqIg4gPCAzIBBqIjT9AAMA/fIBIA79AAMA/fAB/QsDACAOQRBqIg4gPCA0QRBq/QADAP3yASAO/QADAP3wAf0LAwAgEEEgaiEQIBJBBGohEiAyQX5qIjINAAsLAkAgQkUNACA/IDEgEmpBA3QiEGoiDiA8IDsgEGr9AAMA/fIBIA79AAMA/fAB/QsDAAsgQSBERg0BIDEgRGohMQsgMUEDdCEQA0AgCCAQaiIOIDcgMyAQaisDAKIgDisDAKA5AwAgEEEIaiEQIC0gMUEBaiIxRw0ACwsgOysDAJoiN/0UITxBACESAkAgQw0AQQAhEEEAIQ4DQCAIIBBqIhIgEv0AAAAgPCAuIBBq/QAAAP3yAf3wAf0LAAAgEEEQaiEQIA5BBGohMSAOQQJqIhIhDiAxIDVMDQALCwJAIBIgNU4NAAJAIA8gNiASamsiNEECSQ0AIDRBfnEiO0F+aiIQQQF2QQFqQQFxIUMCQAJAIBANAEEAITEMAQsgEkEDdCEQIC0gEmtBfnFBfmpBAXZBAWpBfnEhNUEAITEDQCAIIBBqIg4gPCAuIBBqIjL9AAMA/fIBIA79AAMA/fAB/QsDACAOQRBqIg4gPCAyQRBq/QADAP3yASAO/QADAP3wAf0LAwAgEEEgaiEQIDFBBGohMSA1QX5qIjUNAAsLAkAgQ0UNACA/IBIgMWpBA3QiEGoiDiA8IEAgEGr9AAMA/fIBIA79AAMA/fAB/QsDAAsgNCA7Rg0BIBIgO2ohEgsgEkEDdCEQA0AgCCAQaiIOIDcgLiAQaisDAKIgDisDAKA5AwAgEEEIaiEQIC0gEkEBaiISRw0ACwsgLkEIaiEuIC1Bf2ohLSAIIB5qIQggM0EIaiEzIDZBAWoiNiAPRw0ACwsgD0EBSA0AIApCgICAgICAgPg/NwMAIA9BAUYNAEEBIRACQCAPQX9qIjVBAkkNACA1QX5xIjJBfmoiCEEBdkEBaiIOQQNxITFBACEQAkAgCEEGSQ0AIA5BfHEhLkEAIRAgBCEIA0AgCCAJaiIOQQhqIAggFGoiEkEIav0AAwD9CwMAIA5BGGogEkEYav0AAwD9CwMAIA5BKGogEkEoav0AAwD9CwMAIA5BOGogEkE4av0AAwD9CwMAIAhBwABqIQggEEEIaiEQIC5BfGoiLg0ACwsCQCAxRQ0AA0AgCiAQQQN0QQhyIghqIAwgCGr9AAMA/QsDACAQQQJqIRAgMUF/aiIxDQALCyA1IDJGDQEgNUEBciEQCyAPIBBrIQ4gJCAQQQN0IghqIRAgICAIaiEIA0AgCCAQKwMAOQMAIBBBCGohECAIQQhqIQggDkF/aiIODQALCyApID5BAWoiPv4XAgAgASAAICsgD2oiEGsiCCAIIAFKGyIIQQBKDQALCyAsDQAgKv4QAgAiEEH/////B0YNAEEAIQ8DQAJAAkAgD0GgH04NACAPQQFqIQ8MAQsgKiAQQqCcAf4BAgAaQQAhDwsgKv4QAgAiEEH/////B0cNAAsLIClB/////wf+FwIAICcgB2shJyAoQQFqISggBiAHaiIGIABIDQALCwv6CQEKfwJAIABBAUgNAEEAIQUCQAJAIABBAUYNACACQQFHDQACQCABIABBA3QiBmogA00NACADIAZqIAFLDQELIABBfnEiBUF+aiIGQQF2QQFqIgdBA3EhCEEAIQkCQCAGQQZJDQAgAkEwbCEKIAJBBHQhCyADQSBqIQYgAkEGdCEMIAJBBXQhDSAHQXxxIQ5BACEJIAEhBwNAIAZBYGogB/0AAwD9CwMAIAZBcGogByALav0AAwD9CwMAIAYgByANav0AAwD9CwMAIAZBEGogByAKav0AAwD9CwMAIAZBwABqIQYgByAMaiEHIAlBCGohCSAOQXxqIg4NAAsLAkAgCEUNACACQQR0IQ4gAyAJQQN0aiEGIAEgCSACbEEDdGohBwNAIAYgB/0AAwD9CwMAIAcgDmohByAGQRBqIQYgCEF/aiIIDQALCyAFIABGDQELIAVBf3MgAGohDgJAIAAgBWtBA3EiCEUNACACQQN0IQkgAyAFQQN0aiEGIAEgBSACbEEDdGohBwNAIAYgBysDADkDACAHIAlqIQcgBkEIaiEGIAVBAWohBSAIQX9qIggNAAsLIA5BA0kNACACQQV0IQkgACAFayEIIAUgAmxBA3QhDiACIAVBAWpsQQN0IQogAiAFQQJqbEEDdCELIAIgBUEDaiIGbEEDdCEFIAMgBkEDdGohBiABIQcDQCAGQWhqIAcgDmorAwA5AwAgBkFwaiAHIApqKwMAOQMAIAZBeGogByALaisDADkDACAGIAcgBWorAwA5AwAgByAJaiEHIAZBIGohBiAIQXxqIggNAAsLAkAgAEECSA0AQQAhBgJAAkAgAEF/aiIDQQJPDQBBASEHDAELQQEhBwJAIAJBAUYNAEEBIQcMAQsCQCABIABBA3QiBWogBE0NACABQQhqIAUgBGpBeGpJDQELIANBfnEiBkF+aiIHQQF2QQFqIg5BA3EhCEEAIQkCQCAHQQZJDQAgAkEwbCEKIAJBBHQhCyAEQSBqIQcgAkEGdCEMIAFBCGohBSACQQV0IQ0gDkF8cSEOQQAhCQNAIAdBYGogBf0AAwD9CwMAIAdBcGogBSALav0AAwD9CwMAIAcgBSANav0AAwD9CwMAIAdBEGogBSAKav0AAwD9CwMAIAdBwABqIQcgBSAMaiEFIAlBCGohCSAOQXxqIg4NAAsLAkAgCEUNACACQQF0IQ4gCSACbCEHIAQgCUEDdGohBQNAIAUgASAHQQN0QQhyav0AAwD9CwMAIAcgDmohByAFQRBqIQUgCEF/aiIIDQALCyADIAZGDQEgA0EBciEHCyAHQX9zIABqIQgCQCAAIAdrQQNxIgVFDQADQCAEIAZBA3RqIAYgAmxBA3QgAWpBCGorAwA5AwAgByIGQQFqIQcgBiEGIAVBf2oiBQ0ACyAHQX9qIQYLIAhBA0kNACACQQV0IQkgAUEIaiEFIAcgAmxBA3QhDiACIAdBAWpsQQN0IQogAiAHQQJqIghsQQN0IQsgBCAIQQN0aiEIA0AgBCAGQQN0aiAGIAJsQQN0IAFqQQhqKwMAOQMAIAhBcGogBSAOaisDADkDACAIQXhqIAUgCmorAwA5AwAgCCAFIAtqKwMAOQMAIAUgCWohBSAIQSBqIQggB0EDaiEGIAAgB0EEaiIHRw0ACwsgAEEATA0AIABBA3QgBGpBeGpCADcDAAsL+RsSBH8BfAJ/BHwBfwF7C38CfAJ/AXwXfwV8Bn8DfAZ/A3sCfwF7AkACQCAAQQFODQBBACEFDAELIABBA3EhBgJAAkAgAEF/aiIHQQNPDQBBACEIRAAAAAAAAAAAIQkMAQsgAEF8cSEKQQAhCEQAAAAAAAAAACEJIAEhCwNAIAtBGGorAwCZIgwgC0EQaisDAJkiDSALQQhqKwMAmSIOIAsrAwCZIg8gCSAPIAlkGyIPIA4gD2QbIg4gDSAOZBsiDSAMIA1kGyEJIAtBIGohCyAKIAhBBGoiCEcNAAsLAkAgBkUNACABIAhBA3RqIQsDQCALKwMAmSIMIAkgDCAJZBshCSALQQhqIQsgBkF/aiIGDQALC0EAIQUCQAJAIABBAk4NAEEAIQcMAQsgB0EDcSEIAkACQCAAQX5qQQNPDQBBACEGQQEhCwwBCyAHQXxxIQpBACEGIAIhCwNAIAtBGGorAwCZIgwgC0EQaisDAJkiDSALQQhqKwMAmSIOIAsrAwCZIg8gCSAPIAlkGyIPIA4gD2QbIg4gDSAOZBsiDSAMIA1kGyEJIAtBIGohCyAKIAZBBGoiBkcNAAsgBkEBaiELCyAAQQFKIQcgCEUNAANAIAIgBkEDdGorAwCZIgwgCSAMIAlkGyEJIAsiBkEBaiELIAYhBiAIQX9qIggNAAsLIAlEAAAAAAAAAABhDQBEAAAAAAAA8D8gCaMhDAJAIABBAUgNAEEAIRACQCAAQQFGDQAgAEF+cSIQQX5qIgtBAXZBAWoiCkEDcSEGIAz9FCERQQAhCAJAIAtBBkkNACAKQXxxIQpBACEIIAEhCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiIFIBEgBf0AAwD98gH9CwMAIAtBIGoiBSARIAX9AAMA/fIB/QsDACALQTBqIgUgESAF/QADAP3yAf0LAwAgC0HAAGohCyAIQQhqIQggCkF8aiIKDQALCwJAIAZFDQAgASAIQQN0aiELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIQsgBkF/aiIGDQALCyAQIABGDQELIAAgEGshBiABIBBBA3RqIQsDQCALIAwgCysDAKI5AwAgC0EIaiELIAZBf2oiBg0ACwsCQCAHRQ0AQQAhBkEBIQsCQCAAQX9qIhBBAkkNACAQQX5xIgZBfmoiC0EBdkEBaiIFQQNxIQggDP0UIRFBACEKAkAgC0EGSQ0AIAVBfHEhBUEAIQogAiELA0AgCyARIAv9AAMA/fIB/QsDACALQRBqIgcgESAH/QADAP3yAf0LAwAgC0EgaiIHIBEgB/0AAwD98gH9CwMAIAtBMGoiByARIAf9AAMA/fIB/QsDACALQcAAaiELIApBCGohCiAFQXxqIgUNAAsLAkAgCEUNACACIApBA3RqIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGohCyAIQX9qIggNAAsLIBAgBkYNASAQQQFyIQsLA0AgAiAGQQN0aiIGIAwgBisDAKI5AwAgCyILIQYgACALQQFqIgtHDQALC0EAIQUCQCAAQQJIDQAgAiAAQX9qIhJBA3RqQgA3AwAgA0EQaiETIAFBEGohFCABQSBqIRUgAkEIaiEWQQAhF0EAIABrIRggAEF+aiEZQQAgBEEDdCIaayEbQQEhHEQAAAAAAAAAACEdRAAAAAAAAAAAIR4CQANAIAEgF0EDdCIGaiIfKwMAIg6ZIAIgBmoiICsDACIMmSIPoCINIB4gDSAeZBshHgJAAkACQCAXIBJODQAgDyAeRAAAAAAAALA8oiIhZQ0AIBYgBmohCyAXISICQANAAkAgGSAiRw0AIBIhIgwCCyAiQQFqISIgCysDACENIAtBCGohCyANmSAhZUUNAAsLICIgF0sNAQsgF0EBaiEXDAELIBdBAmoiIyAZIBdrIiRBfnEiJWohJiAVIAZqIScgIiAEbCIoIABqISkgASAiQQN0aiEqIAMgKEEDdCILaiErIBMgC2ohLCAiQX9qIARsIi0gAGohLiACIBdBAWoiL0EDdCILaiEwIAEgC2ohMSADIC1BA3QiC2ohMiATIAtqITMgJEF+aiI0QQF2QQFqIgtBfHEhNSALQQNxIjZBBHQhN0EAIQsDQCALIjhBPEYNAyAfIAwgMSsDACAOoSAMIAygoyINIA0gDaJEAAAAAAAA8D+gnyIPmiAPIA1EAAAAAAAAAABjG6AiDaMiDDkDACAxICArAwAgDaIiOTkDACAOIAyhIToCQCAjIABODQAgIyELAkAgJEECSQ0AIDr9FCERQQAhBgJAIDRBBkkNAEEAIQYgNSEIICchCwNAIAsgC/0AAwAgEf3xAf0LAwAgC0FwaiIKIAr9AAMAIBH98QH9CwMAIAtBEGoiCiAK/QADACAR/fEB/QsDACALQSBqIgogCv0AAwAgEf3xAf0LAwAgC0HAAGohCyAGQQhqIQYgCEF8aiIIDQALCwJAIDZFDQAgFCAXIAZqQQN0aiELIDchBgNAIAsgC/0AAwAgEf3xAf0LAwAgC0EQaiELIAZBcGoiBg0ACwsgJiELICQgJUYNAQsgACALayEGIAEgC0EDdGohCwNAIAsgCysDACA6oTkDACALQQhqIQsgBkF/aiIGDQALCyAwKwMAITsCQAJAICIgF0oNAEQAAAAAAAAAACENRAAAAAAAAPA/IQxEAAAAAAAA8D8hPEQAAAAAAAAAACE9DAELICorAwAhDkQAAAAAAADwPyEPRAAAAAAAAAAAIQ1BACE+IDIhPyArIUAgLCFBIDMhQiAiIUNEAAAAAAAA8D8hDANAIAwhRCAPITwgAiBDQQN0IgtqIA0iPSAOIA6iIAIgQ0F/aiJDQQN0IgZqKwMAIg8gD6KgnyIMojkDACABIAtqIA8gDKMiDSAOIAyjIgwgRCAPoiIPoiANIAEgBmorAwAiRaKgoiBEIA6ioDkDACAPIA2iIUYgDCBFoiFFAkAgA0UNACANmiEOIAMgLiA+IARsIgtrQQN0aiFHIAMgLSALa0EDdGohSCADICkgC2tBA3RqIUkgAyAoIAtrQQN0aiFKIAMgQyAEbEEDdGoiSyAaaiFMIAz9FCERIA39FCFNQQAhBkECIQggGSEKIEEhBSBCIQcDQCBMIAZBA3QiC2oiBiARIAb9AAAAIk798gEgTSBLIAtqIgv9AAAAIk/98gH98AH9CwAAIAsgESBP/fIBIE0gTv3yAf3xAf0LAAAgCiJQQX5qIQogBSIQQRBqIQUgByJRQRBqIQcgCCILIQYgC0ECaiIIIABMDQALIAsgAE4NAAJAIAAgC2siB0ECSQ0AAkAgSiALQQN0IgZqIEdPDQAgSCAGaiBJSQ0BCyAHQX5xIkdBfmoiBkEBdkEBakEBcSFKIA79FCFOAkACQCAGDQBBACEGDAELIFBBfnFBfmpBAXZBAWpBfnEhCEEAIQYDQCAQIE0gUf0AAwAiT/3yASARIBD9AAMAIlL98gH98AH9CwMAIFEgESBP/fIBIFIgTv3yAf3wAf0LAwAgEEEQaiIKIE0gUUEQaiIF/QADACJP/fIBIBEgCv0AAwAiUv3yAf3wAf0LAwAgBSARIE/98gEgUiBO/fIB/fAB/QsDACAQQSBqIRAgUUEgaiFRIAZBBGohBiAIQX5qIggNAAsLAkAgSkUNACBMIAsgBmpBA3QiBmoiCCBNIEsgBmoiBv0AAwAiT/3yASARIAj9AAMAIk398gH98AH9CwMAIAYgESBP/fIBIE0gTv3yAf3wAf0LAwALIAcgR0YNASALIEdqIQsLIAtBf3MhBgJAIAAgC2tBAXFFDQAgTCALQQN0IghqIgogDSBLIAhqIggrAwCiIAwgCisDACIPoqA5AwAgCCAMIAgrAwCiIA8gDqKgOQMAIAtBAWohCwsgBiAYRg0AIAAgC2shCiA/IAtBA3QiBmohCyBAIAZqIQYDQCAGIA0gCysDAKIgDCAGKwMAIg+ioDkDACALIAwgCysDAKIgDyAOoqA5AwAgBkEIaiIFIA0gC0EIaiIIKwMAoiAMIAUrAwAiD6KgOQMAIAggDCAIKwMAoiAPIA6ioDkDACALQRBqIQsgBkEQaiEGIApBfmoiCg0ACwsgRSBGoSEOID8gG2ohPyBAIBtqIUAgQSAbaiFBIEIgG2ohQiA+QQFqIT4gRCEPIEMgF0oNAAsLIDhBAWohCyAdIDqgIR0gICANICArAwAgOyA8ID0gDZqioqKiIDmjIg6iOQMAIB8gDCAOoiIOOQMAICArAwAiDJkgIWQNAAsgLyEXIDhBO0sNAgsgHyAOIB2gOQMAICBCADcDACAXIABIIRwgFyAARw0ACwtBACAcQQFxayEFCyAAQQFIDQBBACEQAkAgAEEBRg0AIABBfnEiEEF+aiILQQF2QQFqIgpBA3EhBiAJ/RQhEUEAIQgCQCALQQZJDQAgCkF8cSEKQQAhCCABIQsDQCALIBEgC/0AAwD98gH9CwMAIAtBEGoiByARIAf9AAMA/fIB/QsDACALQSBqIgcgESAH/QADAP3yAf0LAwAgC0EwaiIHIBEgB/0AAwD98gH9CwMAIAtBwABqIQsgCEEIaiEIIApBfGoiCg0ACwsCQCAGRQ0AIAEgCEEDdGohCwNAIAsgESAL/QADAP3yAf0LAwAgC0EQaiELIAZBf2oiBg0ACwsgECAARg0BCyAAIBBrIQYgASAQQQN0aiELA0AgCyAJIAsrAwCiOQMAIAtBCGohCyAGQX9qIgYNAAsLIAUL+mYLH38CfAR/AXwCfwN8AX8BexF/A3sKfyAFIABBBXRqIQYgBSAAQQR0aiEHIAUgAEEDdCIIaiEJIABBBWwhCiAFIABBA2xBA3QiC2ohDAJAIABBA0gNACABQRBqIQ1BASAAayEOIAFBGGohDyABQQhqIRAgAEF+aiERIAFBKGohEiABQSBqIRMgAUEwaiEUIABBf2ohFSAIQQhqIRYgAEF8aiEXIAUgC2ohGCAFIABBAnQiGUEDdGoiGkEIaiEbQQAhHCAAQX1qIh0hHiAAIR9BACEgQQAhIUEAISIDQCAQICIgAGxBA3RqICJBA3QiI2ohJCAiQX9zIABqIQsCQAJAICBFDQAgByAjaisDACElDAELICQrAwAhJkQAAAAAAAAAACElAkAgC0ECSA0AIBEgImsiJ0EDcSEoAkACQCAdICJrIilBA08NAEEBISpEAAAAAAAAAAAhKwwBCyAnQXxxISwgEiAWICJsaiEqQQAhLUQAAAAAAAAAACErA0AgKisDAJkiJSAqQXhqKwMAmSIuICpBcGorAwCZIi8gKkFoaisDAJkiMCArIDAgK2QbIisgLyArZBsiKyAuICtkGyIrICUgK2QbISsgKkEgaiEqICwgLUEEaiItRw0ACyAtQQFqISoLAkAgKEUNACAQICpBA3RqIBYgImxqISoDQCAqKwMAmSIlICsgJSArZBshKyAqQQhqISogKEF/aiIoDQALC0QAAAAAAAAAACElICtEAAAAAAAAAABhDQBBASEqICdBAXEhLAJAAkAgKQ0ARAAAAAAAAAAAISUMAQsgJ0F+cSEtIA8gFiAibGohKkEAIShEAAAAAAAAAAAhJQNAICorAwAgK6MiLiAuoiAqQXhqKwMAICujIi4gLqIgJaCgISUgKkEQaiEqIC0gKEECaiIoRw0ACyAoQQFqISoLAkAgLEUNACAkICpBA3RqKwMAICujIi4gLqIgJaAhJQtEAAAAAAAAAAAhLkQAAAAAAADwP0QAAAAAAADwvyAmRAAAAAAAAAAAZhuaIS8CQCArICWfopkiKyAmmSIlICUgK2MiKhsiMEQAAAAAAAAAAGENACAwICUgKyAqGyAwoyIrICuiRAAAAAAAAPA/oJ+iIS4LIC4gL6IiLiAmoSAuoyElRAAAAAAAAPA/ICYgLqGjIStBASEoAkACQCAnQQJJDQAgJ0F+cSIxQX5qIipBAXZBAWoiLEEDcSEtICv9FCEyQQAhKAJAICpBBkkNACAsQXxxISwgEyAWICJsaiEqQQAhKANAICogMiAq/QADAP3yAf0LAwAgKkFwaiIpIDIgKf0AAwD98gH9CwMAICpBEGoiKSAyICn9AAMA/fIB/QsDACAqQSBqIikgMiAp/QADAP3yAf0LAwAgKkHAAGohKiAoQQhqISggLEF8aiIsDQALCwJAIC1FDQADQCAkIChBA3RBCHJqIiogMiAq/QADAP3yAf0LAwAgKEECaiEoIC1Bf2oiLQ0ACwsgJyAxRg0BICdBAXIhKAsgECAoQQN0aiAWICJsaiEqIBUgKGsgImshKANAICogKyAqKwMAojkDACAqQQhqISogKEF/aiIoDQALCyAuISYLIAkgI2ogJjkDACAkQoCAgICAgID4PzcDACAHICNqICU5AwALIB9Bf2ohMwJAAkAgJUQAAAAAAAAAAGINACAiQQFqISJBACEhQQAhIAwBCwJAICENACALQQFIDQAgDiAiaiE0IAEgFiAibGohNSABICIgACAiQQFqbGpBA3QiKmohNiAQICpqISdBACExA0D9DAAAAAAAAAAAAAAAAAAAAAAhMgJAAkAgC0ECTw0AQQAhLAwBC0EAISogJyEoICQhLQNAIDIgKP0AAAAgLf0AAAD98gH98AEhMiAqQQRqISEgKEEQaiEoIC1BEGohLSAqQQJqIiwhKiAhIAtMDQALCyAy/SEAIDL9IQGgISsCQCAsIAtODQAgESAiICxqIiprIS0CQCAVICprQQNxIihFDQAgLEEDdCEqA0AgJyAqaisDACAkICpqKwMAoiAroCErICpBCGohKiAsQQFqISwgKEF/aiIoDQALCyAtQQNJDQAgLEEDdCEhIDQgLGohKSA2IS0gNSEsA0AgLSAhaiIqQSBqKwMAICwgIWoiKEEgaisDAKIgKkEYaisDACAoQRhqKwMAoiAqQRBqKwMAIChBEGorAwCiICpBCGorAwAgKEEIaisDAKIgK6CgoKAhKyAtQSBqIS0gLEEgaiEsIClBBGoiKQ0ACwsgDCAxQQN0aiAlICuiOQMAIDYgCGohNiAnIAhqIScgMUEBaiIxIDNHDQALCwJAAkAgC0ECSCI3RQ0AQQAhLP0MAAAAAAAAAAAAAAAAAAAAACEyDAEL/QwAAAAAAAAAAAAAAAAAAAAAITJBACEqICQhKCAMIS0DQCAyICj9AAAAIC39AAAA/fIB/fABITIgKkEEaiEhIChBEGohKCAtQRBqIS0gKkECaiIsISogISALTA0ACwsgMv0hACAy/SEBoCErAkAgLCALTg0AIBEgIiAsamshIQJAIAsgLGtBA3EiLUUNACAQICxBA3QiKGogFiAibGohKiAYIChqISgDQCAsQQFqISwgKisDACAoKwMAoiAroCErICpBCGohKiAoQQhqISggLUF/aiItDQALCyAhQQNJDQAgLEEDdCEhIAEgFiAibGohLSAOICxqICJqISkgDCEsA0AgLSAhaiIqQSBqKwMAICwgIWoiKEEYaisDAKIgKkEYaisDACAoQRBqKwMAoiAqQRBqKwMAIChBCGorAwCiICpBCGorAwAgKCsDAKIgK6CgoKAhKyAsQSBqISwgLUEgaiEtIClBBGoiKQ0ACwsCQCALQQFIDQAgJUQAAAAAAADgv6IgK6IhK0EAIS0CQCAVIBxrIjFBAkkNACAGIAUgGSAcQX9zIipqQQN0akkgDCAFIAogKmpBA3RqIipJcQ0AIAEgH0EDdGogFiAibCIsaiAGSyAkICpJcQ0AIDFBfmoiKkEBdkEBakEBcSE2ICv9FCEyQQAhKAJAICpBAkkNACAeQQF2QQFqQX5xIS0gASAsaiEnQQAhKkEAISgDQCAGICpqIiwgMiAnICpqIiFBCGr9AAMA/fIBIAwgKmoiKf0AAwD98AH9CwMAICxBEGogMiAhQRhq/QADAP3yASApQRBq/QADAP3wAf0LAwAgKkEgaiEqIChBBGohKCAtQX5qIi0NAAsLIDFBfnEhLQJAIDZFDQAgBiAoQQN0IipqIDIgJCAqav0AAwD98gEgDCAqav0AAwD98AH9CwMACyAxIC1GDQELIBwgLWohKgJAIDFBAXFFDQAgBiAtQQN0IihqICsgJCAoaisDAKIgDCAoaisDAKA5AwAgLUEBciEtCyARICpGDQAgDSAtQQN0IiFqIBYgImxqISogLUEBaiEsIBogIWohKCAYICFqIS0DQCAoICsgKkF4aisDAKIgLSsDAKA5AwAgKEEIaiArICorAwCiIC1BCGorAwCgOQMAIChBEGohKCAqQRBqISogLUEQaiEtIB8gLEECaiIsRw0ACwsgECAiQQFqIjggAGwiNEEDdGogI2ohHyAkKwMAmiIr/RQhMkEAISECQCA3DQBBACEoIB8hKiAGIS0DQCAqICr9AAAAIDIgLf0AAAD98gH98AH9CwAAICpBEGohKiAtQRBqIS0gKEEEaiEsIChBAmoiISEoICwgC0wNAAsLAkAgISALTg0AAkAgFSAiICFqIiprIidBAkkNACAnQX5xIjFBfmoiKEEBdkEBaiItQQFxITYCQAJAICgNAEEAIS0MAQsgLUF+cSEsIBogIUEDdGohKCAPICogNGpBA3RqISpBACEtA0AgKkFwaiIpIDIgKP0AAwD98gEgKf0AAwD98AH9CwMAICogMiAoQRBq/QADAP3yASAq/QADAP3wAf0LAwAgKEEgaiEoICpBIGohKiAtQQRqIS0gLEF+aiIsDQALCwJAIDZFDQAgHyAhIC1qQQN0IipqIiggMiAGICpq/QADAP3yASAo/QADAP3wAf0LAwALICcgMUYNASAhIDFqISELIBogIUEDdGohKCAOICFqICJqIS0gECAhICJqIDRqQQN0aiEqA0AgKiArICgrAwCiICorAwCgOQMAIChBCGohKCAqQQhqISogLUEBaiIsIC1PISEgLCEtICENAAsLIAYrAwCaIiv9FCEyQQAhIQJAIDcNAEEAISggHyEqICQhLQNAICogKv0AAAAgMiAt/QAAAP3yAf3wAf0LAAAgKkEQaiEqIC1BEGohLSAoQQRqISwgKEECaiIhISggLCALTA0ACwsCQCAhIAtODQACQCALICFrIjVBAkkNACA1QX5xIjlBfmoiKkEBdkEBaiIoQQFxIToCQAJAICoNAEEAIS0MAQsgIUEDdCEsIChBfnEhKSABIBYgImxqISogASAiIDRqQQN0aiEoQQAhLQNAICggLGoiJ0EIaiIxIDIgKiAsaiI2QQhq/QADAP3yASAx/QADAP3wAf0LAwAgJ0EYaiInIDIgNkEYav0AAwD98gEgJ/0AAwD98AH9CwMAICpBIGohKiAoQSBqISggLUEEaiEtIClBfmoiKQ0ACwsCQCA6RQ0AIB8gISAtakEDdCIqaiIoIDIgJCAqav0AAwD98gEgKP0AAwD98AH9CwMACyA1IDlGDQEgISA5aiEhCyAQICFBA3RqIBYgImxqISggDiAhaiAiaiEtIBAgISAiaiA0akEDdGohKgNAICogKyAoKwMAoiAqKwMAoDkDACAoQQhqISggKkEIaiEqIC1BAWoiLCAtTyEhICwhLSAhDQALCyAfQQhqITECQAJAICJBA2ogAEgiOw0AQQAhIEQAAAAAAAAAACEwDAELIDErAwAhJkQAAAAAAAAAACEwAkAgC0EDSA0AIB0gImsiKUEDcSEoAkACQCAXICJrIiFBA08NAEEBISpEAAAAAAAAAAAhKwwBCyApQXxxISwgFCAiIDRqQQN0aiEqQQAhLUQAAAAAAAAAACErA0AgKisDAJkiJSAqQXhqKwMAmSIuICpBcGorAwCZIi8gKkFoaisDAJkiMCArIDAgK2QbIisgLyArZBsiKyAuICtkGyIrICUgK2QbISsgKkEgaiEqICwgLUEEaiItRw0ACyAtQQFqISoLAkAgKEUNACANICIgKmogNGpBA3RqISoDQCAqKwMAmSIlICsgJSArZBshKyAqQQhqISogKEF/aiIoDQALC0QAAAAAAAAAACEwICtEAAAAAAAAAABhDQBBASEqIClBAXEhLAJAAkAgIQ0ARAAAAAAAAAAAISUMAQsgKUF+cSEtIBMgIiA0akEDdGohKkEAIShEAAAAAAAAAAAhJQNAICorAwAgK6MiLiAuoiAqQXhqKwMAICujIi4gLqIgJaCgISUgKkEQaiEqIC0gKEECaiIoRw0ACyAoQQFqISoLAkAgLEUNACAxICpBA3RqKwMAICujIi4gLqIgJaAhJQtEAAAAAAAAAAAhLkQAAAAAAADwP0QAAAAAAADwvyAmRAAAAAAAAAAAZhuaIS8CQCArICWfopkiKyAmmSIlICUgK2MiKhsiMEQAAAAAAAAAAGENACAwICUgKyAqGyAwoyIrICuiRAAAAAAAAPA/oJ+iIS4LIC4gL6IiJSAmoSAloyEwRAAAAAAAAPA/ICYgJaGjIStBASEqAkACQCApQQJJDQAgKUF+cSInQX5qIipBAXZBAWoiLEEDcSEtICv9FCEyQQAhKAJAICpBBkkNACAsQXxxISwgEiAiIDRqQQN0aiEqQQAhKANAICogMiAq/QADAP3yAf0LAwAgKkFwaiIhIDIgIf0AAwD98gH9CwMAICpBEGoiISAyICH9AAMA/fIB/QsDACAqQSBqIiEgMiAh/QADAP3yAf0LAwAgKkHAAGohKiAoQQhqISggLEF8aiIsDQALCwJAIC1FDQADQCAxIChBA3RBCHJqIiogMiAq/QADAP3yAf0LAwAgKEECaiEoIC1Bf2oiLQ0ACwsgKSAnRg0BIClBAXIhKgsgESAqayAiayEoIA0gIiAqaiA0akEDdGohKgNAICogKyAqKwMAojkDACAqQQhqISogKEF/aiIoDQALCyAlISYLIAkgOEEDdCIqaiAmOQMAIDFCgICAgICAgPg/NwMAIAcgKmogMDkDAEEBISALAkAgNw0AIDsgMEQAAAAAAAAAAGJxITwgDiAiaiE9IA0gFiAibCIqaiE2IAEgKmohPiAQICNqIT8gASAiIDRqQQN0aiEfIA8gIiAAICJBAmpsakEDdCIqaiFAIAEgKmohKSAQICpqIShBASE5A0AgPyA5IDhqIABsQQN0aiE6IAYgOUEDdCInaisDACElICQgJ2orAwAhKwJAAkAgPA0AICuaIiv9FCEyQQAhJwJAIDcNAEEAIS0gKCEqIAYhLANAICogKv0AAAAgMiAs/QAAAP3yAf3wAf0LAAAgKkEQaiEqICxBEGohLCAtQQRqISEgLUECaiInIS0gISALTA0ACwsCQCAnIAtODQACQCALICdrIjRBAkkNACA0QX5xIjVBfmoiKkEBdkEBaiItQQFxIUECQAJAICoNAEEAIS0MAQsgJ0EDdCEqIC1BfnEhLEEAIS0DQCApICpqIiFBCGoiIiAyIAYgKmoiI/0AAwD98gEgIv0AAwD98AH9CwMAICFBGGoiISAyICNBEGr9AAMA/fIBICH9AAMA/fAB/QsDACAqQSBqISogLUEEaiEtICxBfmoiLA0ACwsCQCBBRQ0AIDogJyAtakEDdCIqaiItIDIgBiAqav0AAwD98gEgLf0AAwD98AH9CwMACyA0IDVGDQEgJyA1aiEnCyAnQQN0ISogPSAnaiEtA0AgKCAqaiIsICsgBiAqaisDAKIgLCsDAKA5AwAgKkEIaiEqIC1BAWoiLCAtTyEhICwhLSAhDQALCyAlmiIr/RQhMkEAISECQCA3DQBBACEqQQAhLQNAICggKmoiLCAs/QAAACAyICQgKmr9AAAA/fIB/fAB/QsAACAqQRBqISogLUEEaiEsIC1BAmoiISEtICwgC0wNAAsLICEgC04NAQJAIAsgIWsiQUECSQ0AIEFBfnEiQkF+aiIqQQF2QQFqIi1BAXEhQwJAAkAgKg0AQQAhJwwBCyAhQQN0ISIgLUF+cSEjQQAhJyA+ISogQCEtA0AgLSAiaiIsQXBqIjQgMiAqICJqIjVBCGr9AAMA/fIBIDT9AAMA/fAB/QsDACAsIDIgNUEYav0AAwD98gEgLP0AAwD98AH9CwMAICpBIGohKiAtQSBqIS0gJ0EEaiEnICNBfmoiIw0ACwsCQCBDRQ0AIDogISAnakEDdCIqaiItIDIgJCAqav0AAwD98gEgLf0AAwD98AH9CwMACyBBIEJGDQIgISBCaiEhCyAhQQN0ISogPSAhaiEtA0AgKCAqaiIsICsgJCAqaisDAKIgLCsDAKA5AwAgKkEIaiEqIC1BAWoiLCAtSSEhICwhLSAhRQ0ADAILCyA6IDorAwAgKyAGKwMAoqEgJSAkKwMAoqE5AwAgJZohLiArmiEvAkACQCALQQJHDQD9DAAAAAAAAAAAAAAAAAAAAAAhMkEBIS0MAQsgLv0UIUQgL/0UIUX9DAAAAAAAAAAAAAAAAAAAAAAhMkEBISxBACEqA0AgKSAqakEQaiItIC39AAAAIEUgGyAqav0AAAD98gH98AEgRCA2ICpq/QAAAP3yAf3wASJG/QsAACAyIEYgMSAqav0AAAD98gH98AEhMiAqQRBqISogLEEEaiEhICxBAmoiLSEsICEgC0wNAAsLIDL9IQAgMv0hAaAhKwJAIC0gC04NACAtQQN0ISoDQCAoICpqIiwgLiAkICpqKwMAoiAvIAYgKmorAwCiICwrAwCgoCIlOQMAICUgHyAqakEIaisDAKIgK6AhKyAqQQhqISogLUEBaiItIAtIDQALCyAnIAxqQXhqIDAgK6I5AwALIEAgCGohQCApIAhqISkgKCAIaiEoIDlBAWoiOSAzRw0ACwsgOyAwRAAAAAAAAAAAYnEhISA4ISILIB5Bf2ohHiAcQQFqIRwgMyEfICIgEUcNAAsLQQAhQAJAIABBAUgNAEEAISgCQAJAIABBAUYNAAJAIAEgASAAQX9qIABBA3QiKkEIamxqIgsgCyABSRtBCGogBU0NACABIAsgCyABSxsgBSAqakkNAQsgAEF+cSIoQX5qIgtBAXZBAWoiKkEBcSEsIAD9ESFGAkACQCALDQD9DAAAAAABAAAAAAAAAAAAAAAhMkEAISoMAQsgKkF+cSEt/QwAAAAAAQAAAAAAAAAAAAAAITJBACEqIAUhCwNAIAsgASAyIEb9tQEgMv2uASJE/RsAQQN0av0KAwAgASBE/RsBQQN0aisDAP0iAf0LAwAgC0EQaiABIDL9DAIAAAACAAAAAAAAAAAAAAD9rgEiRCBG/bUBIET9rgEiRP0bAEEDdGr9CgMAIAEgRP0bAUEDdGorAwD9IgH9CwMAIAtBIGohCyAy/QwEAAAABAAAAAAAAAAAAAAA/a4BITIgKkEEaiEqIC1BfmoiLQ0ACwsCQCAsRQ0AIAUgKkEDdGogASAyIEb9tQEgMv2uASIy/RsAQQN0av0KAwAgASAy/RsBQQN0aisDAP0iAf0LAwALICggAEYNAQsgKEF/cyAAaiEkAkAgACAoa0EDcSItRQ0AIAhBCGohLCAFIChBA3RqIQsgASAoIABBAWpsQQN0aiEqA0AgCyAqKwMAOQMAICogLGohKiALQQhqIQsgKEEBaiEoIC1Bf2oiLQ0ACwsgJEEDSQ0AIChBA3QhCyAAIChrIScgAEEFdEEgaiEqIAEgKCAAQQFqbEEDdGohLSAAIChBAWpsQQN0IAFqQQhqISwgACAoQQJqbEEDdCABakEQaiEkIAAgKEEDamxBA3QgAWpBGGohISAFISkDQCApIAtqIiggLSsDADkDACAoQQhqICwgC2orAwA5AwAgKEEQaiAkIAtqKwMAOQMAIChBGGogISALaisDADkDACAtICpqIS0gLCAqaiEsICQgKmohJCAhICpqISEgKUEgaiEpICdBfGoiJw0ACwsCQAJAAkAgAEEBSiILRQ0AIAkgAEF+aiIqQQN0IihqIAEgAEF/aiJAIABsICpqQQN0aisDADkDACAHIChqQgA3AwAMAQtBACFAIABBAUcNAQsgCSBAQQN0IipqQgA3AwAgByAqakIANwMAIAshQAsgAEEBSA0AQQAhKQJAIABBAUYNACAGIANLIAwgAyAAQQN0aiILSXENACAJIANLIAsgBUtxDQAgBSAAQQR0aiILIANLIAUgA0lxDQAgDCAJSSAGIAVLcQ0AIAwgC0kgCSAGSXENACAAQX5xIilBfmoiC0EBdkEBaiIqQQFxIQYCQAJAIAsNAEEAISoMAQsgKkF+cSEoQQAhC0EAISoDQCADIAtqIi0gBSALaiIs/QADAP0LAwAgDCALaiIkIAkgC2oiIf0AAwD9CwMAIC1BEGogLEEQav0AAwD9CwMAICRBEGogIUEQav0AAwD9CwMAIAtBIGohCyAqQQRqISogKEF+aiIoDQALCwJAIAZFDQAgAyAqQQN0IgtqIAUgC2r9AAMA/QsDACAMIAtqIAkgC2r9AAMA/QsDAAsgKSAARg0BCyApQX9zIQsCQCAAQQFxRQ0AIAMgKUEDdCIqaiAFICpqKwMAOQMAIAwgKmogCSAqaisDADkDACApQQFyISkLIAtBACAAa0YNACApQQN0IQsgACApayEkIAkhKiAMISggAyEtIAUhLANAIC0gC2oiISAsIAtqIgYrAwA5AwAgKCALaiIpICogC2oiJysDADkDACAhQQhqIAZBCGorAwA5AwAgKUEIaiAnQQhqKwMAOQMAICpBEGohKiAoQRBqISggLUEQaiEtICxBEGohLCAkQX5qIiQNAAsLQX8hCwJAIAAgAyAMQQBBABCIgICAAA0AAkAgQEUNACAAQQF2ISwDQAJAICwiJEF/aiIsQQF0IgtBAXIiKiAATg0AICwhKANAAkACQCALQQJqIi0gAEgNACAqIQsMAQsgKiELIAMgLUEDdGorAwAgAyAqQQN0aisDAGRFDQAgLSELCyADIChBA3RqIiorAwAiKyADIAtBA3RqIigrAwAiJWYNASAqICU5AwAgKCArOQMAIAshKCALQQF0IgtBAXIiKiAASA0ACwsgJEEBSg0ACyAAISgDQCADKwMAISsgAyADICgiC0F/aiIoQQN0aiIqKwMAOQMAICogKzkDACALQQNIIiQNAUEAIQtBASEqQQAhLQNAAkACQCALQQJqIiwgKEgNACAqIQsMAQsgKiELIAMgLEEDdGorAwAgAyAqQQN0aisDAGRFDQAgLCELCwJAIAMgLUEDdGoiKisDACIrIAMgC0EDdGoiLSsDACIlZg0AICogJTkDACAtICs5AwAgCyEtIAtBAXQiC0EBciIqIChIDQELCyAkRQ0ACwtEAAAAAAAAAAAhKwJAIABBAUgNACAFKwMAmSAJKwMAmaBEAAAAAAAAAACgIitEAAAAAAAAAAAgK0QAAAAAAAAAAGQbISsgAEEBRg0AIABBf2ohKiAFIQsDQCALQQhqIigrAwCZIAsgCGoiC0EIaisDAJmgIAsrAwCZoCIlICsgJSArZBshKyAoIQsgKkF/aiIqDQALCwJAIAJBAUgNAEQAAAAAAADwPyArICtEAAAAAAAAAABhGyIrRAAAAAAAALA8oiEmIAUgCkEDdGoiMSAIQQN0IAVqIipBeGoiC0kgBSAAQQdsIihBA3RqIhYgAEEGbCItQQN0IAVqQXhqIixJcSAxIABBBHQgBWpBeGoiJEkgCSAsSXFyIBYgJEkgCSALSXFyIRcgBSAtQQN0aiISIAUgAEEJbCItQQN0aiI2SSAFIABBBnRqIhQgFklxIBIgBSAAQdAAbGoiC0kgNiAWSXFyIBIgCUkgFiAFS3FyIBQgCUkgNiAFS3FyIDYgCUkgCyAFS3FyIRkgAEHIAGwhHCAAQQZ0IUMgAEE4bCEOIABBKGwhOyAAQTBsIUEgBUEQaiFHIABBfnEhPCAAQQFxIQ8gK0T8qfHSTWJQP6IhL0EAITVBACAAQQN0IgtrIRsgBCALayEMIAUgCkEDdGohSCAFIAtqIUkgAEF/aiIfQQFyIUogH0F+cSEKICpBaGohHiAtQQN0IAVqQWhqISAgBCAAQX1qIktBA3RqIRAgBSAoQQN0aiJMQWhqIUIgEiAAQX5qIhFBA3QiHWohPiAWIB1qIQ0gEiAfQQN0IhhqITggEUEBdkEBaiILQXxxIRogC0EDcSE9IEtBAXZBAWoiKkF8cSFNICpBA3EhEyALQX5xIU4gC0EBcSFPQbngACEVIBFBAkkhUCAEISoDQCADIB8gNWtBA3RqKwMAIS4CQCAAQQFIIjcNAEEAIQsCQCAAQQFGIBlyDQAgLv0UIUZBACEoAkAgUA0AQQAhKCBOIS0gRyELA0AgCyBDaiIs/QwAAAAAAAAAAAAAAAAAAAAAIjL9CwMAIAsgHGoiJCAy/QsDACAsQXBqIDL9CwMAICRBcGogMv0LAwAgCyBBaiIsIAv9AAMAIEb98QH9CwMAICxBcGogC0Fwav0AAwAgRv3xAf0LAwAgC0EgaiELIChBBGohKCAtQX5qIi0NAAsLAkAgT0UNACAUIChBA3QiC2r9DAAAAAAAAAAAAAAAAAAAAAAiMv0LAwAgNiALaiAy/QsDACASIAtqIAUgC2r9AAMAIEb98QH9CwMACyA8IQsgPCAARg0BCyALIS0CQCAPRQ0AIBQgC0EDdCIoakIANwMAIDYgKGpCADcDACASIChqIAUgKGorAwAgLqE5AwAgC0EBciEtCyAfIAtGDQAgACAtayEoIAUgLUEDdGohCwNAIAsgQ2oiLUIANwMAIAsgHGr9DAAAAAAAAAAAAAAAAAAAAAD9CwMAIAsgQWoiLCALKwMAIC6hOQMAIC1BCGpCADcDACAsQQhqIAtBCGorAwAgLqE5AwAgC0EQaiELIChBfmoiKA0ACwsgNSAAbCEGAkAgQEUNAAJAAkACQCAfQQJJIBdyRQ0AQQAhJEEBIQsMAQtBACEkAkAgS0EGSQ0AQQAhJCBNISEgBSELA0AgCyA7aiIoIAsgCGoiLf0AAwAiMv0LAwAgCyAOaiIsIDL9CwMAIChBEGogLUEQav0AAwAiMv0LAwAgLEEQaiAy/QsDACAoQSBqIC1BIGr9AAMAIjL9CwMAICxBIGogMv0LAwAgKEEwaiAtQTBq/QADACIy/QsDACAsQTBqIDL9CwMAIAtBwABqIQsgJEEIaiEkICFBfGoiIQ0ACwsCQCATRQ0AIEkgJEEDdCItaiELIEggLWohKCBMIC1qIS0gEyEsA0AgKCAL/QADACIy/QsDACAtIDL9CwMAIAtBEGohCyAoQRBqISggLUEQaiEtICxBf2oiLA0ACwsgSiELIAohJCAfIApGDQELIAtBf3MgAGohLAJAIAAgC2tBA3EiLUUNAANAIDEgJEEDdCIoaiAJIChqKwMAIis5AwAgFiAoaiArOQMAIAsiKEEBaiELICghJCAtQX9qIi0NAAsgC0F/aiEkCyAsQQNJDQAgTCALQQN0IixqISggSCAsaiEtIEkgLGohLANAIDEgJEEDdCIkaiAJICRqKwMAIis5AwAgFiAkaiArOQMAIC0gLCsDACIrOQMAICggKzkDACAtQQhqICxBCGorAwAiKzkDACAoQQhqICs5AwAgLUEQaiAsQRBqKwMAIis5AwAgKEEQaiArOQMAIChBIGohKCAtQSBqIS0gLEEgaiEsIAtBA2ohJCAAIAtBBGoiC0cNAAsLIEBFDQBBASEtIAUhCwNAAkACQCALIEFqIigrAwAiJZkiMCALIDtqIiwrAwAiK5lmRQ0AAkAgMCAmY0UNACAoICY5AwAgLCsDACErICYhJQsgLCArICWjIis5AwAgKEEIaiIoICgrAwAgKyALIA5qKwMAoqE5AwAMAQsgKCArOQMAICwgJSAroyIrOQMAIAsgDmoiLCsDACElICwgKEEIaiIoKwMAOQMAICggJSArICgrAwCioTkDAAJAIC1BAWogAE4NACALIENqICxBCGoiKCsDADkDACAoICgrAwAgK5qiOQMACyALIBxqQoCAgICAgID4PzcDAAsgC0EIaiELIAAgLUEBaiItRw0ACwsgBkEDdCELAkAgOCsDAJkgJmNFDQAgOCAmOQMACyAEIAtqIToCQCA3DQBBACEoAkAgH0UNACAqIQsDQCALIBVBjczlAGxB3+a74wNqIi1BCHa4RAAAAAAAAHA+okQAAAAAAADgv6A5AwAgC0EIaiAtQY3M5QBsQd/mu+MDaiIVQQh2uEQAAAAAAABwPqJEAAAAAAAA4L+gOQMAIAtBEGohCyA8IChBAmoiKEcNAAsLIA9FDQAgOiAoQQN0aiAVQY3M5QBsQd/mu+MDaiIVQQh2uEQAAAAAAABwPqJEAAAAAAAA4L+gOQMACyA6IB1qIT8gOiAYaiE5QQAhMwNAAkACQAJAIEBFDQBBACELIB8hKANAAkACQCA2IAtqKwMARAAAAAAAAAAAYg0AICogC2oiLUEIaiIsICwrAwAgMSALaisDACAtKwMAoqE5AwAMAQsgKiALaiItKwMAISsgLSAtQQhqIiwrAwAiJTkDACAsICsgJSAxIAtqKwMAoqE5AwALIAtBCGohCyAoQX9qIigNAAsgOSA5KwMAIDgrAwCjIis5AwAgQEUNAiA/KwMAIA0rAwAgK6KhISsgPiELID8hKAwBCyA5KwMAISsgOCELIDkhKAsgKCArIAsrAwCjOQMACwJAIABBA0gNACA/KwMAISsgHiEoICAhLSAQIQsgQiEsIBEhJANAIAsgCysDACAoKwMAICuioSAtKwMAIAtBEGorAwCioSAsKwMAoyIrOQMAIChBeGohKCAtQXhqIS0gC0F4aiELICxBeGohLCAkQX9qIiQNAAsLIAwhCyA1ISkCQCA1RQ0AA0AgAyAfICkiJ0F/aiIpa0EDdGorAwAgLqGZIC9kDQECQAJAIABBAkgiIUUNAEEAISz9DAAAAAAAAAAAAAAAAAAAAAAhMgwBC/0MAAAAAAAAAAAAAAAAAAAAACEyQQAhKEEAIS0DQCAyIAsgKGr9AAAAICogKGr9AAAA/fIB/fABITIgKEEQaiEoIC1BBGohJCAtQQJqIiwhLSAkIABMDQALCyAy/SEAIDL9IQGgISsCQCAsIABODQAgLEF/cyAAaiEkAkAgACAsa0EDcSItRQ0AICxBA3QhKANAIAsgKGorAwAgKiAoaisDAKIgK6AhKyAoQQhqISggLEEBaiEsIC1Bf2oiLQ0ACwsgJEEDSQ0AICxBA3QhKCAAICxrISQDQCALIChqIi1BGGorAwAgKiAoaiIsQRhqKwMAoiAtQRBqKwMAICxBEGorAwCiIC1BCGorAwAgLEEIaisDAKIgLSsDACAsKwMAoiAroKCgoCErIChBIGohKCAkQXxqIiQNAAsLICuaIiv9FCEyQQAhJAJAICENAEEAIShBACEtA0AgKiAoaiIsICz9AAAAIDIgCyAoav0AAAD98gH98AH9CwAAIChBEGohKCAtQQRqISwgLUECaiIkIS0gLCAATA0ACwsCQCAkIABODQACQCAAICRrIiJBAkkNACAiQX5xIiNBfmoiKEEBdkEBaiItQQFxITQCQAJAICgNAEEAISwMAQsgJEEDdCEoIC1BfnEhIUEAISwDQCAqIChqIi0gMiALIChqIgb9AAMA/fIBIC39AAMA/fAB/QsDACAtQRBqIi0gMiAGQRBq/QADAP3yASAt/QADAP3wAf0LAwAgKEEgaiEoICxBBGohLCAhQX5qIiENAAsLAkAgNEUNACA6ICQgLGpBA3QiKGoiLSAyIAQgKSAAbEEDdGogKGr9AAMA/fIBIC39AAMA/fAB/QsDAAsgIiAjRg0BICQgI2ohJAsgJEEDdCEoIAAgJGshLQNAICogKGoiLCArIAsgKGorAwCiICwrAwCgOQMAIChBCGohKCAtQX9qIi0NAAsLIAsgG2ohCyAnQQFKDQALCwJAAkAgAEECTg0AQQAhLf0MAAAAAAAAAAAAAAAAAAAAACEyDAEL/QwAAAAAAAAAAAAAAAAAAAAAITJBACELICohKANAIDIgKP0AAAAiRiBG/fIB/fABITIgC0EEaiEsIChBEGohKCALQQJqIi0hCyAsIABMDQALCyAy/SEAIDL9IQGgISsCQCAtIABODQAgLUF/cyAAaiEsAkAgACAta0EDcSIoRQ0AICogLUEDdGohCwNAIC1BAWohLSALKwMAIiUgJaIgK6AhKyALQQhqIQsgKEF/aiIoDQALCyAsQQNJDQAgACAtayEoICogLUEDdGohCwNAIAtBGGorAwAiJSAloiALQRBqKwMAIiUgJaIgC0EIaisDACIlICWiIAsrAwAiJSAloiAroKCgoCErIAtBIGohCyAoQXxqIigNAAsLAkAgK58iK0QAAAAAAAAAAGINACA6IDUgAG9BA3RqQoCAgICAgID4PzcDAEQAAAAAAADwPyErCwJAIDcNAEQAAAAAAADwPyAroyErQQAhCwJAIABBAUYNACAr/RQhMkEAISgCQCARQQZJDQBBACEoIBohLSAqIQsDQCALIDIgC/0AAwD98gH9CwMAIAtBEGoiLCAyICz9AAMA/fIB/QsDACALQSBqIiwgMiAs/QADAP3yAf0LAwAgC0EwaiIsIDIgLP0AAwD98gH9CwMAIAtBwABqIQsgKEEIaiEoIC1BfGoiLQ0ACwsCQCA9RQ0AICogKEEDdGohCyA9ISgDQCALIDIgC/0AAwD98gH9CwMAIAtBEGohCyAoQX9qIigNAAsLIDwhCyA8IABGDQELIAAgC2shKCAqIAtBA3RqIQsDQCALICsgCysDAKI5AwAgC0EIaiELIChBf2oiKA0ACwsgM0EBaiIzQQNHDQALIAwgCGohDCAQIAhqIRAgKiAIaiEqIDVBAWoiNSACRw0AC0EAIQsgAkEBSA0BIABBA0gNASAAQX1qITogBEEIaiFAIAFBCGohOUF4IABBA3QiM2shGyAEIDNBcGoiC2ohNCABIAAgC2xqQXBqIQRBACE1A0AgQCA1IABsQQN0aiEIQQIhKUECIQMgBCEqIDQhKEEAITYgOiELA0AgNiInQQFqITYCQCAHIAsiMUEDdCIfaisDACIrRAAAAAAAAAAAYQ0AAkACQCAxQX9zIABqIiFBAkgiIkUNAEEAIST9DAAAAAAAAAAAAAAAAAAAAAAhMgwBC/0MAAAAAAAAAAAAAAAAAAAAACEyQQAhCyAqIS0gKCEsA0AgMiAt/QAAACAs/QAAAP3yAf3wASEyIAtBBGohBiAtQRBqIS0gLEEQaiEsIAtBAmoiJCELIAYgIUwNAAsLICdBAmohBiArmiElIDL9IQAgMv0hAaAhKwJAICQgIU4NACA2ICRrISwCQCAGICRrQQNxRQ0AICRBA3QhCyADICRrQQNxIS0DQCAqIAtqKwMAICggC2orAwCiICugISsgC0EIaiELICRBAWohJCAtQX9qIi0NAAsLICxBA0kNACAkQQN0IQsgJEF+aiEkA0AgKiALaiItQRhqKwMAICggC2oiLEEYaisDAKIgLUEQaisDACAsQRBqKwMAoiAtQQhqKwMAICxBCGorAwCiIC0rAwAgLCsDAKIgK6CgoKAhKyALQSBqIQsgJyAkQQRqIiRHDQALCyArICWiIiv9FCEyQQAhLAJAICINAEEAIQtBACEtA0AgKCALaiIsICz9AAAAIDIgKiALav0AAAD98gH98AH9CwAAIAtBEGohCyAtQQRqISQgLUECaiIsIS0gJCAhTA0ACwsgLCAhTg0AAkAgBiAsayInQQJJDQAgJ0F+cSIiQX5qIgtBAXZBAWpBAXEhIwJAAkAgCw0AQQAhJAwBCyAsQQN0IQsgKSAsa0F+cUF+akEBdkEBakF+cSEhQQAhJANAICggC2oiLSAyICogC2oiBv0AAwD98gEgLf0AAwD98AH9CwMAIC1BEGoiLSAyIAZBEGr9AAMA/fIBIC39AAMA/fAB/QsDACALQSBqIQsgJEEEaiEkICFBfmoiIQ0ACwsCQCAjRQ0AIAggH2ogLCAkakEDdCILaiItIDIgOSAxIABsQQN0aiAfaiALav0AAwD98gEgLf0AAwD98AH9CwMACyAnICJGDQEgLCAiaiEsCyAsQQN0IQsDQCAoIAtqIi0gKyAqIAtqKwMAoiAtKwMAoDkDACALQQhqIQsgKSAsQQFqIixHDQALCyApQQFqISkgA0EBaiEDICogG2ohKiAoQXhqISggMUF/aiELIDFBAEoNAAsgNCAzaiE0IDVBAWoiNSACRw0ACwtBACELCyALC9wYBQF8CH8EfAF7DH8CQAJAIABBAU4NAEQAAAAAAAAAACEHDAELIABBA3EhCAJAAkAgAEF/akEDTw0AQQAhCUQAAAAAAAAAACEHDAELQQAgAEF8cWshCiAAQRhsQRhqIQsgAEEDdEEIaiEMIABBBXRBIGohDSAAQQR0QRBqIQ5EAAAAAAAAAAAhB0EBIQ8gASEJA0AgCSALaisDACIQIAkgDmorAwAiESAJIAxqKwMAIhIgCSsDACITIAcgEyAHZBsiByASIAdkGyIHIBEgB2QbIgcgECAHZBshByAJIA1qIQkgCiAPQQRqIg9qQQFHDQALIA9Bf2ohCQsgCEUNACAAQQN0QQhqIQ8gASAJIABBAWpsQQN0aiEJA0AgCSsDACIQIAcgECAHZBshByAJIA9qIQkgCEF/aiIIDQALC0EAIQ8CQAJAAkAgACAAbCIODgICAQALAkAgAyAOQQN0IglqIAJNDQAgAiAJaiADSw0BCyAOQX5xIg9BfmoiCUEBdkEBaiIIQQNxIQtBACEMAkAgCUEGSQ0AIAhBfHEhDUEAIQlBACEMA0AgAyAJaiII/QwAAAAAAAAAAAAAAAAAAAAAIhT9CwMAIAIgCWoiCiAU/QsDACAKQRBqIBT9CwMAIAhBEGogFP0LAwAgCkEgaiAU/QsDACAIQSBqIBT9CwMAIApBMGogFP0LAwAgCEEwaiAU/QsDACAJQcAAaiEJIAxBCGohDCANQXxqIg0NAAsLAkAgC0UNACACIAxBA3QiCGohCSADIAhqIQgDQCAI/QwAAAAAAAAAAAAAAAAAAAAAIhT9CwMAIAkgFP0LAwAgCUEQaiEJIAhBEGohCCALQX9qIgsNAAsLIA4gD0YNAQsgDiAPQX9zaiELAkAgDiAPa0EDcSIKRQ0AIAIgD0EDdCIIaiEJIAMgCGohCANAIAlCADcDACAIQgA3AwAgCUEIaiEJIAhBCGohCCAPQQFqIQ8gCkF/aiIKDQALCyALQQNJDQAgD0EDdCELIA4gD2shDCACIQ8gAyEKA0AgDyALaiIJQgA3AwAgCiALaiIIQgA3AwAgCUEIakIANwMAIAhBCGpCADcDACAJQRBqQgA3AwAgCEEQakIANwMAIAlBGGpCADcDACAIQRhqQgA3AwAgD0EgaiEPIApBIGohCiAMQXxqIgwNAAsLAkACQAJAIABBAUgNACAAQQN0IRUgByAFoiERQQAhFiACIQ5BASEXA0AgAiAWIABsIhhBA3RqIhkgFkEDdGohGkEAIRsgAiENQQAhHEEAIQsCQANAIAEgCyAYakEDdGohHQJAAkAgC0ECTw0AQQAhCf0MAAAAAAAAAAAAAAAAAAAAACEUDAEL/QwAAAAAAAAAAAAAAAAAAAAAIRRBACEIIA4hDyANIQoDQCAUIA/9AAAAIAr9AAAA/fIB/fABIRQgCEEEaiEMIA9BEGohDyAKQRBqIQogCEECaiIJIQggDCALTQ0ACwsgHSsDACEQIBT9IQAgFP0hAaAhBwJAIAsgCU0NACALIAlBf3NqIQoCQCALIAlrQQNxRQ0AIAlBA3QhCCAbIAlrQQNxIQ8DQCAOIAhqKwMAIA0gCGorAwCiIAegIQcgCEEIaiEIIAlBAWohCSAPQX9qIg8NAAsLIApBA0kNACAJQQN0IQgDQCAOIAhqIg9BGGorAwAgDSAIaiIKQRhqKwMAoiAPQRBqKwMAIApBEGorAwCiIA9BCGorAwAgCkEIaisDAKIgDysDACAKKwMAoiAHoKCgoCEHIAhBIGohCCALIAlBBGoiCUcNAAsLIBAgB6EhBwJAAkACQCALIBZPIgkNACAZIAtBA3RqIAcgAiALIABsIAtqQQN0aisDAKM5AwAMAQsgByARZEUNASAaIAefOQMACyAbQQFqIRsgDSAVaiENIAkhHCALQQFqIgsgF0cNAQwCCwsgHEEBcQ0AQX8PCyAOIBVqIQ4gF0EBaiEXIBZBAWoiFiAARw0ACyAAQQFIDQAgAEEDdCEVQQAhGEF/IR4gAyELQQEhFwNAIAMgGCAAbCIcQQN0aiEfAkAgGEUNAEEAIR1BfyEWQQEhDiADIQoDQCAdIhtBAWohHQJAIAIgGyAcakEDdGorAwAiB0QAAAAAAAAAAGENACADIBsgAGxBA3RqIQEgB5oiB/0UIRQCQAJAIBsNAEEAIQgMAQsgG0F/aiIJQQF2QQFqQQFxIRlBAiEPQQAhCAJAIAlBAkkNACAWQQF2QQFqQX5xIQxBAiEPIAshCSAKIQgDQCAJIAn9AAAAIBQgCP0AAAD98gH98AH9CwAAIAlBEGoiDSAN/QAAACAUIAhBEGr9AAAA/fIB/fAB/QsAACAJQSBqIQkgCEEgaiEIIA9BBGohDyAMQX5qIgwNAAsgD0F+aiEICwJAIBlFDQAgHyAIQQN0IglqIgggCP0AAAAgFCABIAlq/QAAAP3yAf3wAf0LAAAgDyEICyAIIBtLDQELAkAgHSAIayIZQQJJDQAgGUF+cSIaQX5qIglBAXZBAWpBAXEhIAJAAkAgCQ0AQQAhDAwBCyAIQQN0IQkgDiAIa0F+cUF+akEBdkEBakF+cSENQQAhDANAIAsgCWoiDyAUIAogCWoiG/0AAwD98gEgD/0AAwD98AH9CwMAIA9BEGoiDyAUIBtBEGr9AAMA/fIBIA/9AAMA/fAB/QsDACAJQSBqIQkgDEEEaiEMIA1BfmoiDQ0ACwsCQCAgRQ0AIB8gCCAMakEDdCIJaiIPIBQgASAJav0AAwD98gEgD/0AAwD98AH9CwMACyAZIBpGDQEgCCAaaiEICyAIQQN0IQkDQCALIAlqIg8gByAKIAlqKwMAoiAPKwMAoDkDACAJQQhqIQkgDiAIQQFqIghHDQALCyAOQQFqIQ4gFkEBaiEWIAogFWohCiAdIBhHDQALCyAfIBhBA3RqIgkgCSsDAEQAAAAAAADwP6A5AwBEAAAAAAAA8D8gAiAcIBhqQQN0aisDAKMhB0EAIQgCQAJAIBdBAkkNACAeQQF2QQFqIQwgF0F+aiIJQQF2QQFqQQNxIQ0gB/0UIRRBACEKAkAgCUEGSQ0AIAxBfHEhCEEAIQogCyEJA0AgCSAUIAn9AAMA/fIB/QsDACAJQRBqIg8gFCAP/QADAP3yAf0LAwAgCUEgaiIPIBQgD/0AAwD98gH9CwMAIAlBMGoiDyAUIA/9AAMA/fIB/QsDACAJQcAAaiEJIApBCGohCiAIQXxqIggNAAsLIBdBfnEhCAJAIA1FDQAgDEEDcSEPIAsgCkEDdGohCQNAIAkgFCAJ/QADAP3yAf0LAwAgCUEQaiEJIA9Bf2oiDw0ACwsgFyAIRg0BCyALIAhBA3RqIQkDQCAJIAcgCSsDAKI5AwAgCUEIaiEJIBcgCEEBaiIIRw0ACwsgHkEBaiEeIAsgFWohCyAXQQFqIRcgGEEBaiIYIABHDQALIABBAUgNACAAQQR0IQwgAEEDdCEOIABBfnEhDSAAQQFxIRcgAEF/aiEWQQAhDyAEIRsgAyEdA0BBACEJAkAgFkUNAEEAIQogGyEJIB0hCANARAAAAAAAAAAAIQdEAAAAAAAAAAAhEAJAIAoiCyAPSQ0AIAgrAwAhEAsgCSAQOQMAAkAgC0EBaiIKIA9JDQAgCCAOaisDACEHCyAJQQhqIAc5AwAgCUEQaiEJIAggDGohCCAKQQFqIgogDUcNAAsgC0ECaiEJCwJAIBdFDQAgDyAAbCEIRAAAAAAAAAAAIQcCQCAJIA9JDQAgAyAJIABsIA9qQQN0aisDACEHCyAEIAkgCGpBA3RqIAc5AwALIBsgDmohGyAdQQhqIR0gD0EBaiIPIABHDQALIAIrAwAhByAAQQJODQEgByEQDAILIAIrAwAiECEHDAELQQEhCSAWQQFxIQ0CQAJAIABBAkcNACAHIRAMAQsgFkF+cSEKIABBA3RBCGohCyAAQQR0QRBqIQxBACEIIAIhCSAHIRADQCAJIAtqIQ8gCSAMaiIJKwMAIhEgDysDACISIAcgEiAHZBsiByARIAdkGyEHIBEgEiAQIBIgEGMbIhAgESAQYxshECAKIAhBAmoiCEcNAAsgCEEBaiEJCyANRQ0AIAIgCSAAbCAJakEDdGorAwAiESAHIBEgB2QbIQcgESAQIBEgEGMbIRALIAYgECAHo0QAAAAAAAAAACAHRAAAAAAAAAAAZBs5AwBBAAs=";

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
var SHUFFLE_BUCKET = 1 << 16;
function shuffleMatrix(W, rng) {
  const src = W.data;
  const n = src.length;
  const d = new Float64Array(n);
  const bits = Math.max(0, Math.min(12, Math.ceil(Math.log2(n / SHUFFLE_BUCKET))));
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
  const shuffled = shuffleMatrix(W, rng);
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
    const ev = exact ? await engine.gramEigenvalues(shuffleMatrix(W, rng)) : await estimatedShuffledEsd(W, engine, rng, layerSeed(opts.seed, opts.layerName));
    if (first === null) first = ev;
    pooled.set(ev, r * nComp);
  }
  pooled.sort();
  const single = replicas > 1 ? await engine.gramEigenvalues(shuffleMatrix(W, rng)) : first;
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
