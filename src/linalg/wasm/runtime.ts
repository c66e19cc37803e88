/**
 * Runs the WebAssembly SIMD kernels (src/linalg/wasm/generated/kernelsWasm.ts, built from wasm/kernels.c) on
 * one shared WebAssembly.Memory from the main thread and `threads - 1` worker_threads.
 *
 * A parallel call writes the kernel id and its arguments into a control block in shared memory,
 * bumps a generation counter and wakes the workers (Atomics.notify); every thread runs its share
 * of rows; the main thread runs share 0 and then waits (spin, then Atomics.wait) until the pending
 * counter is zero. No postMessage per call, so a call costs microseconds. The worker source is an
 * inline string (eval worker), so bundles need no separate worker file.
 *
 * Memory is laid out per job by the caller with `layout()`: a bump allocator over the region
 * after the control block, reset for every job. Calls are not re-entrant: the engine serialises jobs.
 */
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { KERNELS_WASM_BASE64 } from './generated/kernelsWasm.js';

export type ParallelKernel = 'gemm_nn' | 'gemm_nt' | 'mirror_lower' | 'band_to_tridiag_mt';
const PARALLEL_IDS: Record<ParallelKernel, number> = { gemm_nn: 0, gemm_nt: 1, mirror_lower: 2, band_to_tridiag_mt: 3 };

interface KernelExports {
  gemm_nn(M: number, N: number, K: number, alpha: number, A: number, lda: number, B: number, ldb: number, beta: number, C: number, ldc: number, tid: number, nth: number): void;
  gemm_nt(M: number, N: number, K: number, alpha: number, A: number, lda: number, B: number, ldb: number, beta: number, C: number, ldc: number, lower: number, tid: number, nth: number): void;
  mirror_lower(n: number, A: number, lda: number, tid: number, nth: number): void;
  panel_qr(m: number, b: number, P: number, ldp: number, R: number, T: number, work: number): void;
  band_to_tridiag(n: number, b: number, AB: number, ld: number, d: number, e: number, work: number): void;
  band_to_tridiag_mt(n: number, b: number, AB: number, ld: number, work: number, progress: number, tid: number, nth: number): void;
  band_extract(n: number, AB: number, ld: number, d: number, e: number): void;
  tql(n: number, d: number, e: number, V: number, ldv: number): number;
  sym_eig_topk(n: number, A: number, k: number, vals: number, Y: number, work: number): number;
  chol_inv_upper(n: number, A: number, L: number, Li: number, Rinv: number, tiny: number, ratio: number): number;
  xo_count(n: number, count: number, state: number, bits: number): void;
  xo_scatter_f32(n: number, src: number, dst: number, fill: number, state: number, bits: number): void;
  xo_scatter_f64(n: number, src: number, dst: number, fill: number, state: number, bits: number): void;
  fisher_yates_f32(n: number, d: number, state: number): void;
  fisher_yates_f64(n: number, d: number, state: number): void;
  __heap_base: WebAssembly.Global;
}

const PAGE = 65536;
const MAX_PAGES = 65536; // 4 GiB: wasm32 limit, matches --max-memory in wasm/build.sh
const CTRL_BYTES = 256;

const WORKER_SOURCE = `
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

let compiled: WebAssembly.Module | undefined;
/**
 * The kernels compiled elsewhere (the layer pool's main thread compiles them once, while its workers
 * start, and posts the module: one compilation instead of one per worker). Used by the next
 * WasmRuntime.create in this thread.
 */
export function provideKernelModule(module: WebAssembly.Module): void {
  compiled ??= module;
}
/**
 * Compile with V8's optimizing tier up front. V8 otherwise starts every function in its baseline
 * tier (Liftoff) and cannot switch a running call over: the one long call of band_to_tridiag per
 * ESD then runs 4x slower the first time (measured 1.14 s vs 0.30 s at 2048, bench/run.ts), in
 * every process and worker. Eager, too (lazy compilation would compile each function at its first
 * call, with whatever flags hold then). The flags are process-wide: they are set back to V8's
 * defaults when the last compilation that asked for them is done, so nothing else compiled later is
 * affected and a synchronous compilation cannot reset them under a background one.
 */
let optimizingTierHolds = 0;
function holdOptimizingTier(): () => void {
  if (optimizingTierHolds++ === 0) {
    v8.setFlagsFromString('--no-liftoff');
    v8.setFlagsFromString('--no-wasm-lazy-compilation');
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--optimizingTierHolds === 0) {
      v8.setFlagsFromString('--liftoff');
      v8.setFlagsFromString('--wasm-lazy-compilation');
    }
  };
}

/** The kernels, compiled on first use in this thread (optimized: holdOptimizingTier); the optimized code travels with the module to the workers. */
function kernelModule(): WebAssembly.Module {
  if (compiled) return compiled;
  const release = holdOptimizingTier();
  try {
    compiled = new WebAssembly.Module(Buffer.from(KERNELS_WASM_BASE64, 'base64'));
  } finally {
    release();
  }
  return compiled;
}

let compiling: Promise<WebAssembly.Module> | undefined;
/**
 * kernelModule on V8's background compiler threads: this thread goes on (the layer pool's main
 * thread reads the first layer meanwhile). The optimizing tier is held until the compilation has
 * finished, since the flags are read by the compile jobs, not only when they are queued.
 */
export function kernelModuleAsync(): Promise<WebAssembly.Module> {
  if (compiled) return Promise.resolve(compiled);
  if (compiling) return compiling;
  const release = holdOptimizingTier();
  const job = WebAssembly.compile(Buffer.from(KERNELS_WASM_BASE64, 'base64'))
    .then((m: WebAssembly.Module) => (compiled ??= m))
    .finally(() => {
      release();
      compiling = undefined;
    });
  compiling = job;
  return job;
}

/** Byte offsets of named float64 arrays inside the wasm memory for one job. */
export type Layout<K extends string> = Record<K, number>;

export class WasmRuntime {
  readonly threads: number;
  readonly memory: WebAssembly.Memory;
  readonly k: KernelExports;
  private readonly workers: Worker[];
  private readonly ctrlByte: number;
  private readonly heapStart: number;

  private constructor(threads: number, memory: WebAssembly.Memory, k: KernelExports, workers: Worker[], ctrlByte: number) {
    this.threads = threads;
    this.memory = memory;
    this.k = k;
    this.workers = workers;
    this.ctrlByte = ctrlByte;
    this.heapStart = ctrlByte + CTRL_BYTES;
  }

  static async create(threads: number): Promise<WasmRuntime> {
    const module = kernelModule();
    const memory = new WebAssembly.Memory({ initial: 32, maximum: MAX_PAGES, shared: true });
    const inst = new WebAssembly.Instance(module, { env: { memory } });
    const k = inst.exports as unknown as KernelExports;
    const heapBase = Number(k.__heap_base.value);
    const ctrlByte = Math.ceil(heapBase / 64) * 64;
    const workers: Worker[] = [];
    const nth = Math.max(1, Math.floor(threads));
    try {
      await Promise.all(
        Array.from({ length: nth - 1 }, (_, i) => {
          const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { module, memory, tid: i + 1, ctrlByte } });
          workers.push(w);
          return new Promise<void>((resolve, reject) => {
            w.once('message', () => resolve());
            w.once('error', reject);
          });
        }),
      );
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    for (const w of workers) w.unref();
    return new WasmRuntime(nth, memory, k, workers, ctrlByte);
  }

  /** Lays out float64 arrays (sizes in elements) after the control block, growing memory as needed. */
  layout<K extends string>(sizes: Record<K, number>): Layout<K> {
    let off = this.heapStart;
    const out = {} as Record<K, number>;
    for (const key of Object.keys(sizes) as K[]) {
      out[key] = off;
      off += Math.ceil((sizes[key] * 8) / 64) * 64;
    }
    if (off > MAX_PAGES * PAGE) {
      throw new RangeError(`wasm engine: job needs ${(off / 2 ** 30).toFixed(2)} GiB, more than the 4 GiB of wasm32 memory`);
    }
    const have = this.memory.buffer.byteLength;
    if (off > have) this.memory.grow(Math.ceil((off - have) / PAGE));
    return out;
  }

  /** A float64 view of `length` elements at byte offset `ptr` (valid until the next grow). */
  f64(ptr: number, length: number): Float64Array {
    return new Float64Array(this.memory.buffer, ptr, length);
  }

  /** Runs a row-parallel kernel on all threads and returns when every share is done. */
  parallel(kernel: ParallelKernel, args: readonly number[], threads = this.threads): void {
    const nth = Math.max(1, Math.min(threads, this.threads));
    const main = this.k[kernel] as (...a: number[]) => void;
    if (nth === 1) {
      main(...args, 0, 1);
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
    let mainError: unknown;
    try {
      main(...args, 0, nth);
    } catch (e) {
      mainError = e;
    }
    for (let spin = 0; Atomics.load(ctrl, 1) !== 0; spin++) {
      if (spin > 2000) {
        const v = Atomics.load(ctrl, 1);
        if (v !== 0) Atomics.wait(ctrl, 1, v, 50);
      }
    }
    if (mainError !== undefined) throw mainError;
    if (Atomics.exchange(ctrl, 5, 0) !== 0) throw new Error(`wasm engine: kernel ${kernel} failed on a worker thread`);
  }

  async dispose(): Promise<void> {
    const ctrl = new Int32Array(this.memory.buffer, this.ctrlByte, 16);
    ctrl[2] = -1;
    Atomics.add(ctrl, 0, 1);
    Atomics.notify(ctrl, 0);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
