/**
 * A pool of worker threads, each with its own single-threaded fast engine (./layerWorker.ts), so
 * the analyze stage keeps every core busy: a layer's ESD runs on one worker while its shuffled
 * spectra (the randomized ESD) run on another, and the next layer starts as soon as a worker is
 * free. One engine with two threads leaves a core idle through every serial step (panel QR, bulge
 * chase, QL, the shuffle, onnxruntime's synchronous `run` on the main thread); two single-threaded
 * engines do not (docs/scaling.md has the measurement).
 *
 * The pool is a LinalgEngine too (any call goes to the next free worker), with `concurrency` saying
 * how many calls it can usefully run at once. Matrices handed over with `owned` are transferred, not
 * copied; results come back the same way.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { WwError } from '../errors.js';
import type { LinalgEngine, TruncatedSvdOptions } from '../linalg/engine.js';
import { exactFloat32, type Float32Matrix, type Matrix, type Svd } from '../linalg/matrix.js';
import { closeGate, closeGateSync, gateState } from '../linalg/ort/nativeGate.js';
import { kernelModuleAsync } from '../linalg/wasm/runtime.js';
import { configuredRuntimePath, loadedOnnxRuntime } from '../runtime/ort.js';
import type { ShuffledSpectra, ShuffledSpectraOptions, ShuffleSource } from '../spectral/randomize.js';
import type { InitMessage, KernelsMessage, LayerWorkerData, WorkerJob, WorkerReply } from './layerPoolProtocol.js';
import { layerWorkerCount, layerWorkerScript, type StartedLayerWorkers } from './layerWorkerStart.js';

export interface LayerPoolOptions {
  /** Worker threads (default: $WW_ANALYZE_WORKERS, else os.availableParallelism(); at most 8). Fewer than 2: no pool (null). */
  readonly workers?: number;
  /** 'cuda' gives no pool: the GPU does the products for one engine on the main thread. */
  readonly device?: 'auto' | 'cpu' | 'cuda';
  readonly logger?: (line: string) => void;
  /** workers started ahead (the CLI's entry, ./layerWorkerStart.ts): the pool takes these first */
  readonly started?: StartedLayerWorkers;
}

type Done = Extract<WorkerReply, { type: 'done' }>;
type JobBody = WorkerJob extends infer J ? (J extends { id: number } ? Omit<J, 'id'> : never) : never;

interface Pending {
  readonly job: WorkerJob;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (reply: Done) => void;
  readonly reject: (err: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  /** counts the worker's calls into onnxruntime's native code: stop it only when that is 0 (nativeGate.ts) */
  readonly gate: Int32Array;
  busy: Pending | null;
  /** takes jobs (false once it failed, exited or the pool was disposed) */
  alive: boolean;
  /** its thread has stopped */
  exited: boolean;
  /** its engine is up: it takes jobs */
  ready: boolean;
  /** why it stopped before the pool listened to it (an error or exit while the first worker started) */
  startFailure: string | null;
}

/** The values of W as a fresh array to hand over: float32 when every value is a float32 number (exact), else float64. */
export function transferableValues(W: Matrix): Float32Array | Float64Array {
  if (W.data32) return new Float32Array(W.data32);
  return exactFloat32(W.data) ?? Float64Array.from(W.data);
}

/**
 * Float64 matrix bytes the analyze stage may have in the workers at once (a layer alone may be
 * larger): with each layer's float32 copy, shuffled copy and Gram this bounds its memory. An eighth
 * of the machine's memory, at least 768 MiB (two 4096 x 11008 layers, or lm_head of a 32k
 * vocabulary and one more: measured peak 2.35 GiB for TinyLlama, docs/scaling.md) and at most 4 GiB,
 * so machines with more memory (and usually more cores) keep more workers busy on large layers.
 */
export function maxBytesInFlight(totalMemory = os.totalmem()): number {
  return Math.max(768 * 2 ** 20, Math.min(totalMemory / 8, 4 * 2 ** 30));
}

export class LayerPool implements LinalgEngine {
  readonly name: string;
  readonly concurrency: number;
  /** see maxBytesInFlight */
  readonly maxBytesInFlight = maxBytesInFlight();
  private readonly slots: Slot[];
  private readonly queue: Pending[] = [];
  private readonly logger: ((line: string) => void) | undefined;
  private nextId = 1;
  private disposed = false;

  private constructor(slots: Slot[], workerEngine: string, logger?: (line: string) => void) {
    this.slots = slots;
    this.logger = logger;
    this.concurrency = slots.length;
    this.name = `${workerEngine} x ${slots.length} workers`;
    for (const slot of slots) this.listen(slot);
    livePools.add(this);
    if (livePools.size === 1) process.on('exit', holdExitForNativeCalls);
  }

  /** Blocking, for process 'exit': every worker out of onnxruntime's native code before Node stops the threads. */
  closeGatesSync(): void {
    for (const slot of this.slots) if (!slot.exited) closeGateSync(slot.gate, EXIT_WAIT_MS);
  }

  /**
   * Starts the workers; null (with one log line when it was tried and failed) when there is no
   * pool to have. Resolves once the first worker runs jobs. The others load onnxruntime after it
   * (~60 ms of CPU each, 110 ms while they all did it at once with this thread opening the model
   * on two cores) and take jobs as they become ready; one that fails to start is left out (one
   * log line) while another works.
   */
  static async create(opts: LayerPoolOptions = {}): Promise<LayerPool | null> {
    const n = layerWorkerCount(opts.workers);
    if (!(n >= 2) || opts.device === 'cuda') return null;
    // the runtime this thread loaded, or the folder it was told to load (an `onnxruntime-path` input)
    const runtimeDir = loadedOnnxRuntime()?.dir ?? configuredRuntimePath();
    const busy = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const started = opts.started?.take(n) ?? [];
    const { script, eval: isEval } = layerWorkerScript();
    const slots: Slot[] = Array.from({ length: n }, (_, i) => ({
      worker: started[i] ?? new Worker(script, { eval: isEval }),
      gate: gateState(),
      busy: null,
      alive: true,
      exited: false,
      ready: false,
      startFailure: null,
    }));
    // Until the pool listens to them (once the first is ready), the others' errors and exits are
    // recorded here: an 'error' event without a listener would end the process.
    for (const slot of slots.slice(1)) {
      slot.worker.once('error', (e: Error) => (slot.startFailure ??= `failed (${e.message})`));
      slot.worker.once('exit', (code: number) => {
        slot.exited = true;
        slot.startFailure ??= `exited with code ${code}`;
      });
    }
    const init = (slot: Slot): void => {
      const data: LayerWorkerData = { device: 'cpu', gate: slot.gate, busy, workers: n, ...(runtimeDir ? { runtimeDir } : {}) };
      slot.worker.postMessage({ kind: 'init', data } satisfies InitMessage);
    };
    // The wasm kernels are compiled once, on V8's background threads while the workers start and
    // this thread reads the first layer, and posted to the workers (each compiling its own cost
    // 55 ms of CPU per worker at start-up); a worker waits for them only once onnxruntime is loaded.
    void kernelModuleAsync().then(
      (module) => slots.forEach((s) => s.worker.postMessage({ kind: 'kernels', module } satisfies KernelsMessage)),
      () => slots.forEach((s) => s.worker.postMessage({ kind: 'kernels', module: undefined } satisfies KernelsMessage)), // each compiles (and reports) on its own
    );
    const first = slots[0]!;
    try {
      const engineName = await new Promise<string>((resolve, reject) => {
        const { worker } = first;
        worker.on('message', (m: WorkerReply) => {
          if (m.type === 'log') opts.logger?.(m.line);
          else if (m.type === 'ready') resolve(m.engine);
          else if (m.type === 'fatal') reject(new Error(m.message));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`worker exited with code ${code} while starting`)));
        init(first);
      });
      for (const slot of slots) for (const event of ['message', 'error', 'exit']) slot.worker.removeAllListeners(event);
      first.ready = true;
      const pool = new LayerPool(slots, engineName, opts.logger);
      for (const slot of slots.slice(1)) init(slot);
      return pool;
    } catch (e) {
      await Promise.all(slots.map((s) => stopWorker(s.worker, s.gate)));
      opts.logger?.(`linalg: worker threads unavailable (${(e as Error).message.split('\n')[0]}); analysing on one thread`);
      return null;
    }
  }

  private listen(slot: Slot): void {
    const { worker } = slot;
    worker.unref(); // an idle pool does not keep the process alive
    const lost = (why: string) => {
      if (!slot.alive) return;
      slot.alive = false;
      // one still starting (the first is ready: the others load their engine after it) is left out
      if (!slot.ready) this.logger?.(`linalg: a worker thread ${why.split('\n')[0]} while starting; going on with the others`);
      const job = slot.busy;
      slot.busy = null;
      job?.reject(new WwError('LINALG', `a linalg worker thread ${why} during a ${job.job.kind} job of a ${job.job.rows}x${job.job.cols} matrix`));
      if (!this.slots.some((s) => s.alive)) {
        for (const p of this.queue.splice(0)) p.reject(new WwError('LINALG', 'every linalg worker thread has stopped'));
      }
      this.pump();
    };
    worker.on('message', (m: WorkerReply) => {
      if (m.type === 'log') this.logger?.(m.line);
      else if (m.type === 'ready') {
        slot.ready = true;
        this.pump();
      } else if (m.type === 'fatal') {
        lost(`could not load its engine (${m.message})`);
        void stopWorker(worker, slot.gate);
      }
      if (m.type !== 'done' && m.type !== 'failed') return;
      const job = slot.busy;
      slot.busy = null;
      worker.unref();
      if (job) {
        if (m.type === 'done') job.resolve(m);
        else job.reject(m.code ? new WwError(m.code, m.message, { ...m.details }) : new WwError('LINALG', `worker: ${m.message}`));
      }
      this.pump();
    });
    worker.on('error', (e) => lost(`failed (${e.message})`));
    worker.on('exit', (code) => {
      slot.exited = true;
      lost(`exited with code ${code}`);
    });
    if (slot.startFailure !== null) lost(slot.startFailure);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.alive || !slot.ready || slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      slot.busy = next;
      slot.worker.ref(); // a job in flight keeps the process alive; an idle pool does not
      slot.worker.postMessage(next.job, next.transfer);
    }
  }

  private submit(body: JobBody, transfer: ArrayBuffer[]): Promise<Done> {
    if (this.disposed) return Promise.reject(new WwError('LINALG', 'linalg worker pool used after dispose'));
    if (!this.slots.some((s) => s.alive)) return Promise.reject(new WwError('LINALG', 'every linalg worker thread has stopped'));
    return new Promise<Done>((resolve, reject) => {
      this.queue.push({ job: { ...body, id: this.nextId++ } as WorkerJob, transfer, resolve, reject });
      this.pump();
    });
  }

  /**
   * Eigenvalues of W's short-side Gram (ascending). `owned`: W.data is handed to the worker and
   * unusable afterwards (no copy); otherwise it is copied. `threads` and `fewestThreads` in the
   * result: the most and the fewest onnxruntime threads one of its calls ran on (a job takes the
   * threads of idle workers).
   */
  async esd(W: Matrix | Float32Matrix, owned = false): Promise<{ evals: Float64Array; seconds: number; threads: number; fewestThreads: number }> {
    const values = 'data' in W ? W.data : W.data32;
    const data = isShared(values) || (owned && isWholeBuffer(values)) ? values : values.slice();
    const r = await this.submit({ kind: 'esd', rows: W.rows, cols: W.cols, data }, transferList(data));
    return { evals: r.evals!, seconds: r.seconds, threads: r.threads, fewestThreads: r.fewestThreads };
  }

  /** The shuffled spectra of W (src/spectral/randomize.ts shuffledSpectra). `values` is handed over (transferred). */
  async shuffledSpectra(W: ShuffleSource, opts: ShuffledSpectraOptions): Promise<ShuffledSpectra & { seconds: number }> {
    const data = isShared(W.data) || isWholeBuffer(W.data) ? W.data : W.data.slice();
    const r = await this.submit(
      { kind: 'shuffled', rows: W.rows, cols: W.cols, data, seed: opts.seed, layerName: opts.layerName, ...(opts.exactBelow !== undefined ? { exactBelow: opts.exactBelow } : {}) },
      transferList(data),
    );
    return { pooled: r.pooled!, single: r.single!, seconds: r.seconds };
  }

  async gramEigenvalues(W: Matrix): Promise<Float64Array> {
    return (await this.esd(W)).evals;
  }

  async truncatedSvd(W: Matrix, k: number, o?: TruncatedSvdOptions): Promise<Svd> {
    const data = Float64Array.from(W.data);
    const r = await this.submit({ kind: 'svd', rows: W.rows, cols: W.cols, data, k, seed: o?.seed ?? 0 }, [data.buffer as ArrayBuffer]);
    return { U: { rows: W.rows, cols: k, data: r.U! }, S: r.S!, Vt: { rows: k, cols: W.cols, data: r.Vt! } };
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.queue.splice(0)) p.reject(new WwError('LINALG', 'linalg worker pool disposed'));
    await Promise.all(
      this.slots.map(async (slot) => {
        slot.alive = false;
        if (slot.exited) return;
        const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
        slot.worker.postMessage({ kind: 'dispose' });
        // A worker that has not closed its port in time (a job still running) is stopped once it is out of native code.
        const timer = setTimeout(() => void stopWorker(slot.worker, slot.gate), DISPOSE_WAIT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
    livePools.delete(this);
    if (livePools.size === 0) process.off('exit', holdExitForNativeCalls);
  }
}

/** How long dispose lets a running job finish before it stops the worker. */
const DISPOSE_WAIT_MS = 5000;
/** How long an exiting process waits for one native call (one matrix product) to return. */
const EXIT_WAIT_MS = 60_000;

/**
 * The pools not yet disposed, for the one process 'exit' handler they share. Process-wide because
 * process exit is: a pool that is never disposed (a run cut short by an error or a timeout) still
 * has its busy workers leave native code before Node stops them, instead of aborting the process.
 */
const livePools = new Set<LayerPool>();

function holdExitForNativeCalls(): void {
  for (const pool of livePools) pool.closeGatesSync();
}

/** Stops a worker thread, but only once it is out of onnxruntime's native code (else left to end by itself). */
export async function stopWorker(worker: Worker, gate: Int32Array): Promise<void> {
  if (await closeGate(gate, EXIT_WAIT_MS)) await worker.terminate();
}

function isWholeBuffer(a: Float32Array | Float64Array): boolean {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && !isShared(a);
}

/** Values in a SharedArrayBuffer: every worker reads them where they are (ModelWeights.readFloat32Shared). */
function isShared(a: Float32Array | Float64Array): boolean {
  return a.buffer instanceof SharedArrayBuffer;
}

/** What a job hands over: its values' buffer, unless that is shared. */
function transferList(a: Float32Array | Float64Array): ArrayBuffer[] {
  return isShared(a) ? [] : [a.buffer as ArrayBuffer];
}

export function isLayerPool(engine: LinalgEngine): engine is LayerPool {
  return engine instanceof LayerPool;
}

/**
 * The engine for the analyze stage: a worker pool when there are cores for one, else the ordinary
 * engine (getEngine). `WW_ANALYZE_WORKERS=1` (or `workers: 1`) asks for the single-engine path.
 */
export async function analyzeEngine(opts: LayerPoolOptions = {}): Promise<LinalgEngine> {
  const pool = await LayerPool.create(opts);
  if (pool) return pool;
  const { getEngine } = await import('../linalg/engine.js');
  return getEngine({ ...(opts.device ? { device: opts.device } : {}), ...(opts.logger ? { logger: opts.logger } : {}) });
}
