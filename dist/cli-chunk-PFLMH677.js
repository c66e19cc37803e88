/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  summarize
} from "./cli-chunk-FXALURX7.js";
import {
  closeGate,
  closeGateSync,
  gateState,
  kernelModuleAsync,
  shuffleBucketBits
} from "./cli-chunk-37YEADYB.js";
import {
  detX,
  mpFit,
  npSum,
  powerLawFit,
  requireDenseLayers
} from "./cli-chunk-TL5GPFJR.js";
import {
  checkSelectorCount,
  compileNamePattern,
  elide,
  splitPatternList
} from "./cli-chunk-WRW5N32G.js";
import {
  layerWorkerCount,
  layerWorkerScript
} from "./cli-chunk-E5QLBCM3.js";
import {
  configuredRuntimePath,
  loadedOnnxRuntime
} from "./cli-chunk-ZECIIAAG.js";
import {
  layerTooLarge
} from "./cli-chunk-NVWLD7SI.js";
import {
  exactFloat32,
  firstNonFinite
} from "./cli-chunk-YNVCIOJB.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/engine/layerPool.ts
import os from "node:os";
import { Worker } from "node:worker_threads";
function transferableValues(W) {
  if (W.data32) return new Float32Array(W.data32);
  return exactFloat32(W.data) ?? Float64Array.from(W.data);
}
function maxBytesInFlight(totalMemory = os.totalmem()) {
  return Math.max(768 * 2 ** 20, Math.min(totalMemory / 8, 4 * 2 ** 30));
}
var LayerPool = class _LayerPool {
  name;
  concurrency;
  /** see maxBytesInFlight */
  maxBytesInFlight = maxBytesInFlight();
  slots;
  queue = [];
  logger;
  nextId = 1;
  disposed = false;
  constructor(slots, workerEngine, logger) {
    this.slots = slots;
    this.logger = logger;
    this.concurrency = slots.length;
    this.name = `${workerEngine} x ${slots.length} workers`;
    for (const slot of slots) this.listen(slot);
    livePools.add(this);
    if (livePools.size === 1) process.on("exit", holdExitForNativeCalls);
  }
  /** Blocking, for process 'exit': every worker out of onnxruntime's native code before Node stops the threads. */
  closeGatesSync() {
    for (const slot of this.slots) if (!slot.exited) closeGateSync(slot.gate, EXIT_WAIT_MS);
  }
  /**
   * Starts the workers; null (with one log line when it was tried and failed) when there is no
   * pool to have. Resolves once the first worker runs jobs. The others load onnxruntime after it
   * (~60 ms of CPU each, 110 ms while they all did it at once with this thread opening the model
   * on two cores) and take jobs as they become ready; one that fails to start is left out (one
   * log line) while another works.
   */
  static async create(opts = {}) {
    const n = layerWorkerCount(opts.workers);
    if (!(n >= 2) || opts.device === "cuda") return null;
    const runtimeDir = loadedOnnxRuntime()?.dir ?? configuredRuntimePath();
    const busy = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const started = opts.started?.take(n) ?? [];
    const { script, eval: isEval } = layerWorkerScript();
    const slots = Array.from({ length: n }, (_, i) => ({
      worker: started[i] ?? new Worker(script, { eval: isEval }),
      gate: gateState(),
      busy: null,
      alive: true,
      exited: false,
      ready: false,
      startFailure: null
    }));
    for (const slot of slots.slice(1)) {
      slot.worker.once("error", (e) => slot.startFailure ??= `failed (${e.message})`);
      slot.worker.once("exit", (code) => {
        slot.exited = true;
        slot.startFailure ??= `exited with code ${code}`;
      });
    }
    const init = (slot) => {
      const data = { device: "cpu", gate: slot.gate, busy, workers: n, ...runtimeDir ? { runtimeDir } : {} };
      slot.worker.postMessage({ kind: "init", data });
    };
    void kernelModuleAsync().then(
      (module) => slots.forEach((s) => s.worker.postMessage({ kind: "kernels", module })),
      () => slots.forEach((s) => s.worker.postMessage({ kind: "kernels", module: void 0 }))
      // each compiles (and reports) on its own
    );
    const first = slots[0];
    try {
      const engineName = await new Promise((resolve, reject) => {
        const { worker } = first;
        worker.on("message", (m) => {
          if (m.type === "log") opts.logger?.(m.line);
          else if (m.type === "ready") resolve(m.engine);
          else if (m.type === "fatal") reject(new Error(m.message));
        });
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`worker exited with code ${code} while starting`)));
        init(first);
      });
      for (const slot of slots) for (const event of ["message", "error", "exit"]) slot.worker.removeAllListeners(event);
      first.ready = true;
      const pool = new _LayerPool(slots, engineName, opts.logger);
      for (const slot of slots.slice(1)) init(slot);
      return pool;
    } catch (e) {
      await Promise.all(slots.map((s) => stopWorker(s.worker, s.gate)));
      opts.logger?.(`linalg: worker threads unavailable (${e.message.split("\n")[0]}); analysing on one thread`);
      return null;
    }
  }
  listen(slot) {
    const { worker } = slot;
    worker.unref();
    const lost = (why) => {
      if (!slot.alive) return;
      slot.alive = false;
      if (!slot.ready) this.logger?.(`linalg: a worker thread ${why.split("\n")[0]} while starting; going on with the others`);
      const job = slot.busy;
      slot.busy = null;
      job?.reject(new WwError("LINALG", `a linalg worker thread ${why} during a ${job.job.kind} job of a ${job.job.rows}x${job.job.cols} matrix`));
      if (!this.slots.some((s) => s.alive)) {
        for (const p of this.queue.splice(0)) p.reject(new WwError("LINALG", "every linalg worker thread has stopped"));
      }
      this.pump();
    };
    worker.on("message", (m) => {
      if (m.type === "log") this.logger?.(m.line);
      else if (m.type === "ready") {
        slot.ready = true;
        this.pump();
      } else if (m.type === "fatal") {
        lost(`could not load its engine (${m.message})`);
        void stopWorker(worker, slot.gate);
      }
      if (m.type !== "done" && m.type !== "failed") return;
      const job = slot.busy;
      slot.busy = null;
      worker.unref();
      if (job) {
        if (m.type === "done") job.resolve(m);
        else job.reject(m.code ? new WwError(m.code, m.message, { ...m.details }) : new WwError("LINALG", `worker: ${m.message}`));
      }
      this.pump();
    });
    worker.on("error", (e) => lost(`failed (${e.message})`));
    worker.on("exit", (code) => {
      slot.exited = true;
      lost(`exited with code ${code}`);
    });
    if (slot.startFailure !== null) lost(slot.startFailure);
  }
  pump() {
    for (const slot of this.slots) {
      if (!slot.alive || !slot.ready || slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift();
      slot.busy = next;
      slot.worker.ref();
      slot.worker.postMessage(next.job, next.transfer);
    }
  }
  submit(body, transfer) {
    if (this.disposed) return Promise.reject(new WwError("LINALG", "linalg worker pool used after dispose"));
    if (!this.slots.some((s) => s.alive)) return Promise.reject(new WwError("LINALG", "every linalg worker thread has stopped"));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...body, id: this.nextId++ }, transfer, resolve, reject });
      this.pump();
    });
  }
  /**
   * Eigenvalues of W's short-side Gram (ascending). `owned`: W.data is handed to the worker and
   * unusable afterwards (no copy); otherwise it is copied. `threads` and `fewestThreads` in the
   * result: the most and the fewest onnxruntime threads one of its calls ran on (a job takes the
   * threads of idle workers).
   */
  async esd(W, owned = false) {
    const values = "data" in W ? W.data : W.data32;
    const data = isShared(values) || owned && isWholeBuffer(values) ? values : values.slice();
    const r = await this.submit({ kind: "esd", rows: W.rows, cols: W.cols, data }, transferList(data));
    return { evals: r.evals, seconds: r.seconds, threads: r.threads, fewestThreads: r.fewestThreads };
  }
  /** The shuffled spectra of W (src/spectral/randomize.ts shuffledSpectra). `values` is handed over (transferred). */
  async shuffledSpectra(W, opts) {
    const data = isShared(W.data) || isWholeBuffer(W.data) ? W.data : W.data.slice();
    const r = await this.submit(
      { kind: "shuffled", rows: W.rows, cols: W.cols, data, seed: opts.seed, layerName: opts.layerName, ...opts.exactBelow !== void 0 ? { exactBelow: opts.exactBelow } : {} },
      transferList(data)
    );
    return { pooled: r.pooled, single: r.single, seconds: r.seconds };
  }
  async gramEigenvalues(W) {
    return (await this.esd(W)).evals;
  }
  async truncatedSvd(W, k, o) {
    const data = Float64Array.from(W.data);
    const r = await this.submit({ kind: "svd", rows: W.rows, cols: W.cols, data, k, seed: o?.seed ?? 0 }, [data.buffer]);
    return { U: { rows: W.rows, cols: k, data: r.U }, S: r.S, Vt: { rows: k, cols: W.cols, data: r.Vt } };
  }
  async dispose() {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new WwError("LINALG", "linalg worker pool disposed"));
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.alive = false;
        if (slot.exited) return;
        const exited = new Promise((resolve) => slot.worker.once("exit", () => resolve()));
        slot.worker.postMessage({ kind: "dispose" });
        const timer = setTimeout(() => void stopWorker(slot.worker, slot.gate), DISPOSE_WAIT_MS);
        await exited;
        clearTimeout(timer);
      })
    );
    livePools.delete(this);
    if (livePools.size === 0) process.off("exit", holdExitForNativeCalls);
  }
};
var DISPOSE_WAIT_MS = 5e3;
var EXIT_WAIT_MS = 6e4;
var livePools = /* @__PURE__ */ new Set();
function holdExitForNativeCalls() {
  for (const pool of livePools) pool.closeGatesSync();
}
async function stopWorker(worker, gate) {
  if (await closeGate(gate, EXIT_WAIT_MS)) await worker.terminate();
}
function isWholeBuffer(a) {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && !isShared(a);
}
function isShared(a) {
  return a.buffer instanceof SharedArrayBuffer;
}
function transferList(a) {
  return isShared(a) ? [] : [a.buffer];
}
function isLayerPool(engine) {
  return engine instanceof LayerPool;
}
async function analyzeEngine(opts = {}) {
  const pool = await LayerPool.create(opts);
  if (pool) return pool;
  const { getEngine } = await import("./cli-engine-RAWG56AG.js");
  return getEngine({ ...opts.device ? { device: opts.device } : {}, ...opts.logger ? { logger: opts.logger } : {} });
}

// src/spectral/types.ts
var DEFAULT_ANALYZE_OPTIONS = {
  minEvals: 10,
  maxEvals: 15e3,
  maxN: 5e4,
  mpFit: true,
  detX: true,
  randomize: true,
  seed: 42
};
var ANALYZE_REPORT_SCHEMA_VERSION = 1;

// src/spectral/norms.ts
var ENTROPY_EPSILON = 1e-10;
var WEAK_RANK_TOLERANCE = 1e-6;
var EPS64 = 2220446049250313e-31;
function normMetrics(evals, alpha, N) {
  const M = evals.length;
  const norm = npSum(evals);
  let spectral = -Infinity;
  for (let i = 0; i < M; i++) if (evals[i] > spectral) spectral = evals[i];
  const powered = new Float64Array(M);
  for (let i = 0; i < M; i++) powered[i] = Math.pow(evals[i], alpha);
  const sv = new Float64Array(M);
  for (let i = 0; i < M; i++) sv[i] = Math.sqrt(Math.max(evals[i], 0));
  let svMax = 0;
  let svMin = Infinity;
  for (let i = 0; i < M; i++) {
    if (sv[i] > svMax) svMax = sv[i];
    if (sv[i] < svMin) svMin = sv[i];
  }
  const tol = svMax * N * EPS64;
  const gramNoise = 4 * M * EPS64 * spectral;
  let rank = 0;
  for (let i = 0; i < M; i++) if (sv[i] > tol && evals[i] > gramNoise) rank++;
  const ev2 = new Float64Array(M);
  for (let i = 0; i < M; i++) ev2[i] = sv[i] * sv[i];
  const total2 = npSum(ev2);
  const plogp = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    const p = ev2[i] / total2 + ENTROPY_EPSILON;
    plogp[i] = p * Math.log(p);
  }
  const entropy = -npSum(plogp) / Math.log(rank + ENTROPY_EPSILON);
  let weak = 0;
  for (let i = 0; i < M; i++) if (evals[i] < WEAK_RANK_TOLERANCE) weak++;
  const logSpectral = Math.log10(spectral);
  return {
    norm,
    log_norm: Math.log10(norm),
    spectral_norm: spectral,
    log_spectral_norm: logSpectral,
    alpha_weighted: alpha * logSpectral,
    log_alpha_norm: Math.log10(npSum(powered)),
    stable_rank: norm / spectral,
    entropy,
    matrix_rank: rank,
    lambda_max: spectral,
    sv_max: svMax,
    sv_min: M > 0 ? svMin : 0,
    num_evals: M,
    weak_rank_loss: weak,
    rank_loss: M - rank
  };
}

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
function relativeEntropy(p, q) {
  const sp = npSum(p);
  const sq = npSum(q);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const a = p[i] / sp;
    const b = q[i] / sq;
    terms[i] = a > 0 && b > 0 ? a * Math.log(a / b) : a === 0 && b >= 0 ? 0 : Infinity;
  }
  return npSum(terms);
}
function jensenShannonDistance(p, q) {
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: lengths differ (${p.length} vs ${q.length})`);
  const m = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) m[i] = (p[i] + q[i]) / 2;
  return Math.sqrt((relativeEntropy(p, m) + relativeEntropy(q, m)) / 2);
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
function randomizedEsdMetrics(evals, spectra, opts) {
  const { pooled, single } = spectra;
  let maxEval = -Infinity;
  for (let i = 0; i < evals.length; i++) if (evals[i] > maxEval) maxEval = evals[i];
  let maxSingle = -Infinity;
  for (let i = 0; i < single.length; i++) if (single[i] > maxSingle) maxSingle = single[i];
  const metrics = {
    rand_distance: jensenShannonDistance(evals, single),
    ww_softrank: maxSingle / maxEval,
    ww_maxdist: maxEval - maxSingle,
    max_rand_eval: pooled[pooled.length - 1]
  };
  if (opts.mpFit !== false) {
    const mp = mpFit(pooled, opts.N, opts.M);
    metrics.rand_num_spikes = mp.num_spikes;
    metrics.rand_sigma_mp = mp.sigma_mp;
    metrics.rand_mp_softrank = mp.mp_softrank;
    metrics.rand_bulk_max = mp.bulk_max;
    metrics.rand_bulk_min = mp.bulk_min;
    metrics.rand_W_scale = mp.W_scale;
  }
  return { metrics, randEvals: pooled };
}
async function randomizedEsd(W, evals, engine, opts) {
  return randomizedEsdMetrics(evals, await shuffledSpectra(W, engine, opts), opts);
}

// src/spectral/layer.ts
function spectrumMetrics(evals, N, M, opts) {
  const pl = powerLawFit(evals);
  const out = { N, M, Q: N / M, ...pl, ...normMetrics(evals, pl.alpha, N) };
  if (opts.mpFit) Object.assign(out, mpFit(evals, N, M));
  if (opts.detX) Object.assign(out, detX(evals));
  return out;
}
async function layerMetrics(W, evals, engine, layerName, opts) {
  const N = Math.max(W.rows, W.cols);
  const M = Math.min(W.rows, W.cols);
  const out = spectrumMetrics(evals, N, M, opts);
  if (opts.randomize) {
    const r = await randomizedEsd(W, evals, engine, { seed: opts.seed, layerName, N, M, mpFit: opts.mpFit });
    Object.assign(out, r.metrics);
  }
  return out;
}

// src/engine/analyze.ts
function parseLayerSpec(spec) {
  const parts = splitPatternList(spec);
  if (parts.length === 0) throw new WwError("INPUT_INVALID", `--layers: empty layer selection "${elide(spec)}"`, { spec: elide(spec) });
  checkSelectorCount(parts.length, { key: "--layers", code: "INPUT_INVALID" });
  const tests = parts.map((part) => {
    const range = /^(-?\d*):(-?\d*)$/.exec(part);
    if (range) {
      const lo = range[1] === "" ? -Infinity : Number(range[1]);
      const hi = range[2] === "" ? Infinity : Number(range[2]);
      return (l) => l.index >= lo && l.index < hi;
    }
    if (/^\d+$/.test(part)) {
      const idx = Number(part);
      return (l) => l.index === idx;
    }
    const pattern = compileNamePattern(part, { key: "--layers", code: "INPUT_INVALID" });
    return (l) => pattern.test(l.name) || l.module != null && pattern.test(l.module);
  });
  return (l) => tests.some((t) => t(l));
}
function toPredicate(filter) {
  if (filter === void 0) return () => true;
  if (typeof filter === "function") return filter;
  const names = new Set(filter);
  return (l) => names.has(l.name);
}
function identityOf(l) {
  return {
    index: l.index,
    name: l.name,
    role: l.role,
    block: l.block,
    dtype: l.dtype,
    storedShape: [l.storedShape[0], l.storedShape[1]],
    inFeatures: l.inFeatures,
    outFeatures: l.outFeatures,
    ...l.module !== void 0 ? { module: l.module } : {},
    ...l.quantization ? { quantization: l.quantization } : {}
  };
}
function skipReason(N, M, opts) {
  if (opts.minEvals && M < opts.minEvals) return { code: "MIN_EVALS", message: `${M} eigenvalues < minEvals ${opts.minEvals}` };
  if (opts.maxEvals && M > opts.maxEvals) return { code: "MAX_EVALS", message: `${M} eigenvalues > maxEvals ${opts.maxEvals}` };
  if (N > opts.maxN) return { code: "MAX_N", message: `N = ${N} > maxN ${opts.maxN}` };
  return null;
}
function tooLargeReason(layer) {
  const why = layerTooLarge(layer);
  return why === null ? null : { code: "TOO_LARGE", message: `${why}; not analysed` };
}
function dispatchOrder(selected, toAnalyse, cost, pooled) {
  const ks = selected.map((_, k) => k).filter((k) => toAnalyse[k]);
  if (!pooled || ks.length < 3) return ks;
  const costs = ks.map((k) => cost(selected[k])).sort((a, b) => a - b);
  const median = costs[Math.floor(costs.length / 2)];
  const big = ks.filter((k) => cost(selected[k]) > 4 * median).sort((a, b) => cost(selected[b]) - cost(selected[a]) || a - b);
  const isBig = new Set(big);
  return [...big, ...ks.filter((k) => !isBig.has(k))];
}
function isEngine(e) {
  return typeof e.then !== "function";
}
function positiveTotal(evals) {
  let total = 0;
  for (let i = 0; i < evals.length; i++) total += evals[i];
  return total > 0;
}
function nonFiniteMessage(layer, cols, index, value) {
  const r = Math.floor(index / cols);
  return `${layer.name}: weight [${r}, ${index - r * cols}] is ${value} (NaN/Inf); layer not analysed`;
}
function asMatrix(W) {
  return "data" in W ? W : { rows: W.rows, cols: W.cols, data: Float64Array.from(W.data32), data32: W.data32 };
}
function analysisReads(model, filter, options) {
  requireDenseLayers(model);
  const selected = model.layers.filter(toPredicate(filter));
  const skipReasons = selected.map((layer) => skipReason(Math.max(layer.inFeatures, layer.outFeatures), Math.min(layer.inFeatures, layer.outFeatures), options) ?? tooLargeReason(layer));
  for (let k = 0; k < selected.length; k++) if (skipReasons[k] === null) model.checkRead(selected[k]);
  return { selected, skipReasons };
}
async function analyzeModel(model, opts) {
  const options = { ...DEFAULT_ANALYZE_OPTIONS, ...opts.analyze };
  if (options.minEvals >= options.maxEvals) {
    throw new WwError("INPUT_INVALID", `analyze: minEvals (${options.minEvals}) must be below maxEvals (${options.maxEvals})`, { ...options });
  }
  const started = performance.now();
  const { selected, skipReasons } = analysisReads(model, opts.layers, options);
  const filteredOut = model.layers.length - selected.length;
  const layers = [];
  const skipped = model.skipped.map((s) => ({
    index: null,
    name: s.name,
    N: null,
    M: null,
    reason: { code: "NOT_DENSE", message: s.reason }
  }));
  let readSeconds = 0;
  let eigenSeconds = 0;
  let metricsSeconds = 0;
  const toAnalyse = skipReasons.map((r) => r === null);
  let forPool = !isEngine(opts.engine) || isLayerPool(opts.engine);
  const startRead = (k) => {
    const layer = selected[k];
    const shared = forPool && model.readFloat32Shared ? model.readFloat32Shared(layer) : Promise.resolve(null);
    return shared.then((v) => v ?? model.readMatrix(layer, { keepFloat32: forPool })).then(
      (W) => ({ W }),
      (error) => ({ error })
    );
  };
  let prefetched = null;
  const cost = (l) => {
    const N = Math.max(l.inFeatures, l.outFeatures);
    const M = Math.min(l.inFeatures, l.outFeatures);
    return N * M * M + M * M * M;
  };
  if (!isEngine(opts.engine)) {
    const first = dispatchOrder(selected, toAnalyse, cost, true)[0];
    if (first !== void 0) prefetched = { k: first, read: startRead(first) };
  }
  let engine;
  try {
    engine = await opts.engine;
  } catch (e) {
    await prefetched?.read;
    throw e;
  }
  forPool = isLayerPool(engine);
  const workTotal = selected.reduce((a, l, k) => a + (toAnalyse[k] ? cost(l) : 0), 0);
  let workDone = 0;
  const pool = isLayerPool(engine) ? engine : null;
  const maxInFlight = pool ? pool.concurrency : 1;
  const maxBytesInFlight2 = pool ? pool.maxBytesInFlight : Infinity;
  const finished = new Array(selected.length);
  const inFlight = /* @__PURE__ */ new Map();
  let bytesInFlight = 0;
  let firstError = null;
  let reported = 0;
  const report = () => {
    while (reported < selected.length && finished[reported] !== void 0) {
      const k = reported++;
      const r = finished[k];
      if (r !== "skipped") layers.push(r);
      if (toAnalyse[k]) workDone += cost(selected[k]);
      opts.onProgress?.({ done: k + 1, total: selected.length, layer: selected[k].name, elapsedSeconds: (performance.now() - started) / 1e3, workDone, workTotal });
    }
  };
  const analyseOne = async (layer, W, N, M, t0) => {
    let evals;
    let metrics = null;
    const t1 = performance.now();
    if (pool) {
      const shuffleValues = !options.randomize ? null : "data" in W ? W.data32 ?? transferableValues(W) : W.data32;
      const esd = pool.esd(W, true);
      const shuffled = shuffleValues ? pool.shuffledSpectra({ rows: W.rows, cols: W.cols, data: shuffleValues }, { seed: options.seed, layerName: layer.name }) : null;
      shuffled?.catch(() => void 0);
      let e;
      let spectra;
      try {
        [e, spectra] = await Promise.all([esd, shuffled]);
      } catch (err) {
        const details = WwError.is(err, "NON_FINITE") ? err.details : {};
        if (typeof details["index"] !== "number") throw err;
        await Promise.allSettled([esd, shuffled]);
        const reason = { code: "NON_FINITE", message: nonFiniteMessage(layer, W.cols, details["index"], Number(details["value"])) };
        return { ...identityOf(layer), status: "failed", reason, metrics: null, seconds: (performance.now() - t0) / 1e3 };
      }
      evals = e.evals;
      eigenSeconds += e.seconds;
      const t2 = performance.now();
      if (positiveTotal(evals)) {
        metrics = spectrumMetrics(evals, N, M, options);
        if (spectra) Object.assign(metrics, randomizedEsdMetrics(evals, spectra, { N, M, mpFit: options.mpFit }).metrics);
      }
      metricsSeconds += (spectra?.seconds ?? 0) + (performance.now() - t2) / 1e3;
    } else {
      const W64 = asMatrix(W);
      evals = await engine.gramEigenvalues(W64);
      const t2 = performance.now();
      eigenSeconds += (t2 - t1) / 1e3;
      if (positiveTotal(evals)) metrics = await layerMetrics(W64, evals, engine, layer.name, options);
      metricsSeconds += (performance.now() - t2) / 1e3;
    }
    opts.onSpectrum?.(layer.name, evals);
    const seconds = (performance.now() - t0) / 1e3;
    if (metrics === null) return { ...identityOf(layer), status: "failed", reason: { code: "ZERO_SPECTRUM", message: `${layer.name}: all singular values are zero; no spectrum to fit` }, metrics: null, seconds };
    return { ...identityOf(layer), status: "analyzed", reason: null, metrics, seconds };
  };
  for (let k = 0; k < selected.length; k++) {
    if (toAnalyse[k]) continue;
    const layer = selected[k];
    const N = Math.max(layer.inFeatures, layer.outFeatures);
    const M = Math.min(layer.inFeatures, layer.outFeatures);
    skipped.push({ index: layer.index, name: layer.name, N, M, reason: skipReasons[k] });
    finished[k] = "skipped";
  }
  report();
  const order = dispatchOrder(selected, toAnalyse, cost, pool !== null);
  if (prefetched && prefetched.k !== order[0]) {
    await prefetched.read;
    prefetched = null;
  }
  for (let pos = 0; pos < order.length && firstError === null; pos++) {
    const k = order[pos];
    const layer = selected[k];
    const N = Math.max(layer.inFeatures, layer.outFeatures);
    const M = Math.min(layer.inFeatures, layer.outFeatures);
    const fail = (code, message) => {
      finished[k] = { ...identityOf(layer), status: "failed", reason: { code, message }, metrics: null, seconds: (performance.now() - t0) / 1e3 };
      report();
    };
    const bytes = layer.inFeatures * layer.outFeatures * 8;
    while (inFlight.size >= maxInFlight || inFlight.size > 0 && bytesInFlight + bytes > maxBytesInFlight2) {
      await Promise.race([...inFlight.values()].map((f) => f.done));
    }
    if (firstError !== null) break;
    const t0 = performance.now();
    const read = await (prefetched?.k === k ? prefetched.read : startRead(k));
    const next = pos + 1 < order.length ? order[pos + 1] : -1;
    prefetched = next >= 0 ? { k: next, read: startRead(next) } : null;
    readSeconds += (performance.now() - t0) / 1e3;
    if (!("W" in read)) {
      if (WwError.is(read.error, "NON_FINITE")) {
        fail("NON_FINITE", read.error.message);
        continue;
      }
      firstError = { error: read.error };
      break;
    }
    const W = pool ? read.W : asMatrix(read.W);
    if ("data" in W) {
      const bad = firstNonFinite(W.data);
      if (bad >= 0) {
        fail("NON_FINITE", nonFiniteMessage(layer, W.cols, bad, W.data[bad]));
        continue;
      }
    }
    const done = analyseOne(layer, W, N, M, t0).then(
      (result) => {
        finished[k] = result;
      },
      (error) => {
        firstError ??= { error };
      }
    ).finally(() => {
      inFlight.delete(k);
      bytesInFlight -= bytes;
      report();
    });
    inFlight.set(k, { bytes, done });
    bytesInFlight += bytes;
  }
  await Promise.all([...inFlight.values()].map((f) => f.done));
  if (firstError !== null) {
    await prefetched?.read;
    throw firstError.error;
  }
  const analysed = layers.map((l) => l.metrics).filter((m) => m !== null);
  return {
    schemaVersion: ANALYZE_REPORT_SCHEMA_VERSION,
    model: { path: model.path, format: model.format, ...opts.sha256 ? { sha256: opts.sha256 } : {} },
    options,
    engine: engine.name,
    layers,
    skipped,
    filteredOut,
    summary: summarize(analysed),
    timings: { totalSeconds: (performance.now() - started) / 1e3, readSeconds, eigenSeconds, metricsSeconds }
  };
}

export {
  analyzeEngine,
  DEFAULT_ANALYZE_OPTIONS,
  parseLayerSpec,
  analysisReads,
  analyzeModel
};
