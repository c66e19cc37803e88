/**
 * One worker thread of the layer pool (./layerPool.ts): a single-threaded fast engine (wasm SIMD +
 * onnxruntime with one intra-op thread) that computes, for one matrix at a time, its ESD, its
 * shuffled spectra (the randomized ESD) or a truncated SVD. Single-threaded on purpose: two such
 * workers on two cores keep both busy through the serial parts (panel QR, bulge chase, QL, the
 * shuffle) that leave one core idle when one engine runs them with two threads.
 *
 * Built as its own bundle (dist/layer-worker.js, scripts/build.mjs); from source it runs through tsx.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { WwError } from '../errors.js';
import { createFastEngine } from '../linalg/fastEngine.js';
import { firstNonFinite, wideFloat64 } from '../linalg/matrix.js';
import { workerGate } from '../linalg/ort/nativeGate.js';
import { configureOnnxRuntime } from '../runtime/ort.js';
import { shuffledSpectra } from '../spectral/randomize.js';
import type { InitMessage, KernelsMessage, LayerWorkerData, WorkerJob, WorkerReply } from './layerPoolProtocol.js';

/** What a finished job sends back besides its id, time and threads. */
type DoneResults = Omit<Extract<WorkerReply, { type: 'done' }>, 'type' | 'id' | 'seconds' | 'threads' | 'fewestThreads'>;

/**
 * A job's result, or NON_FINITE (details: the first non-finite value's index and value) where W
 * holds a NaN or +-Inf. Values read shared as stored (ModelWeights.readFloat32Shared) are not
 * scanned on the main thread: a non-finite weight shows as a failed computation or a non-finite
 * result, and only then is W scanned, so a finite W costs nothing here.
 */
async function checkedFinite<T extends Float64Array | object>(
  values: Float64Array | Float32Array,
  compute: () => Promise<T>,
  outputs: (r: T) => readonly Float64Array[] = (r) => [r as Float64Array],
): Promise<T> {
  const nonFinite = (): WwError | null => {
    const index = firstNonFinite(values);
    return index < 0 ? null : new WwError('NON_FINITE', `weight ${index} is ${values[index]} (NaN/Inf)`, { index, value: values[index] });
  };
  let result: T;
  try {
    result = await compute();
  } catch (e) {
    throw nonFinite() ?? e;
  }
  if (outputs(result).some((a) => firstNonFinite(a) >= 0)) {
    throw nonFinite() ?? new WwError('LINALG', 'a finite matrix gave a non-finite spectrum');
  }
  return result;
}

/**
 * The float64 buffer a worker widens shared float32 values into, kept between jobs up to
 * KEEP_ELEMENTS (a fresh 92 MB array per 2048x5632 layer costs ~45 ms of page faults).
 */
function widenBuffer(): { buffer(n: number): Float64Array | undefined } {
  const KEEP_ELEMENTS = 2 ** 24; // 128 MiB: every matrix of a 7B Llama but its embeddings and head
  let kept: Float64Array | undefined;
  return {
    buffer(n) {
      if (n > KEEP_ELEMENTS) return undefined;
      if (!kept || kept.length < n) kept = new Float64Array(n);
      return kept;
    },
  };
}

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('layerWorker: not started as a worker thread');
  let provideKernels: (module: WebAssembly.Module | undefined) => void = () => {};
  const kernels = new Promise<WebAssembly.Module | undefined>((resolve) => (provideKernels = resolve));
  let worker: Promise<LayerJobRunner> | null = null;
  // One listener from the start: a worker may be started ahead of its pool (./layerWorkerStart.ts)
  // and then waits here for `init`; `kernels` may come before or after it, and `dispose` at any time.
  port.on('message', (msg: InitMessage | KernelsMessage | WorkerJob | { kind: 'dispose' }) => {
    switch (msg.kind) {
      case 'init':
        worker = startEngine(port, msg.data, kernels);
        worker.catch((e: unknown) => port.postMessage({ type: 'fatal', message: (e as Error).message ?? String(e) } satisfies WorkerReply));
        return;
      case 'kernels':
        provideKernels(msg.module);
        return;
      case 'dispose':
        // after a start still under way, so the thread leaves onnxruntime's native code first
        void (worker ?? Promise.reject(new Error('not started'))).then((w) => w.dispose(), () => undefined).finally(() => port.close());
        return;
      default:
        // the pool sends a job only after `ready`, one at a time (one engine, one wasm memory)
        void worker?.then((w) => w.run(msg));
    }
  });
}

interface LayerJobRunner {
  run(job: WorkerJob): Promise<void>;
  dispose(): Promise<void>;
}

/** This worker's engine, made from the pool's `init`; posts `ready` once it runs jobs. */
async function startEngine(port: MessagePort, init: LayerWorkerData, kernels: Promise<WebAssembly.Module | undefined>): Promise<LayerJobRunner> {
  // The runtime the main thread loaded (an explicit folder, the tool cache): the same one here.
  if (init.runtimeDir) configureOnnxRuntime({ explicitPath: init.runtimeDir, allowDownload: false });
  const gate = workerGate(init.gate);
  const logger = (line: string) => port.postMessage({ type: 'log', line } satisfies WorkerReply);
  // onnxruntime's threads per call: this worker's share of the pool's cores, floor(workers / busy):
  // one while every worker runs a job, all of them for the one job left at the end of a run (a lone
  // 2048x5632 ESD: 1.2 s -> 0.85 s on 2 cores). Asked before every call, so a job that outlasts the
  // others widens as they finish. The kernels split rows and columns between threads, never a dot
  // product: the same bits for any count (test/engine/layerPool.test.ts).
  // the most and the fewest threads the current job's calls ran on (1 and 1 for a job with none)
  let mostThreads = 1;
  let fewestThreads = Infinity;
  const threadsNow = (): number => {
    const t = Math.max(1, Math.floor(init.workers / Math.max(1, Atomics.load(init.busy, 0))));
    mostThreads = Math.max(mostThreads, t);
    fewestThreads = Math.min(fewestThreads, t);
    return t;
  };
  const engine = await createFastEngine({ threads: 1, ortThreads: threadsNow, device: init.device, nativeGate: gate, logger, kernels });
  port.postMessage({ type: 'ready', engine: engine.name } satisfies WorkerReply);

  // The reply, with this worker counted idle first: a job still running elsewhere widens at its next call.
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => {
    Atomics.sub(init.busy, 0, 1);
    port.postMessage(message, transfer);
  };
  const widened = widenBuffer();
  const run = async (job: WorkerJob): Promise<void> => {
    const t0 = performance.now();
    mostThreads = 1;
    fewestThreads = Infinity;
    Atomics.add(init.busy, 0, 1);
    const done = (results: DoneResults, transfer: ArrayBuffer[]): void =>
      reply({ type: 'done', id: job.id, seconds: (performance.now() - t0) / 1000, threads: mostThreads, fewestThreads: Math.min(fewestThreads, mostThreads), ...results }, transfer);
    try {
      if (job.kind === 'esd') {
        const { data } = job;
        const W = data instanceof Float32Array ? wideFloat64(job.rows, job.cols, data, widened.buffer(job.rows * job.cols)) : { rows: job.rows, cols: job.cols, data };
        const evals = await checkedFinite(data, () => engine.gramEigenvalues(W));
        done({ evals }, [evals.buffer as ArrayBuffer]);
      } else if (job.kind === 'shuffled') {
        const W = { rows: job.rows, cols: job.cols, data: job.data };
        const s = await checkedFinite(job.data, () => shuffledSpectra(W, engine, { seed: job.seed, layerName: job.layerName, ...(job.exactBelow !== undefined ? { exactBelow: job.exactBelow } : {}) }), (r) => [r.pooled, r.single]);
        const transfer = s.pooled.buffer === s.single.buffer ? [s.pooled.buffer as ArrayBuffer] : [s.pooled.buffer as ArrayBuffer, s.single.buffer as ArrayBuffer];
        done({ pooled: s.pooled, single: s.single }, transfer);
      } else {
        const svd = await engine.truncatedSvd({ rows: job.rows, cols: job.cols, data: job.data }, job.k, { seed: job.seed });
        done({ U: svd.U.data, S: svd.S, Vt: svd.Vt.data }, [svd.U.data.buffer as ArrayBuffer, svd.S.buffer as ArrayBuffer, svd.Vt.data.buffer as ArrayBuffer]);
      }
    } catch (e) {
      const err = e as Error;
      reply({ type: 'failed', id: job.id, code: WwError.is(err) ? err.code : null, message: err.message ?? String(e), details: WwError.is(err) ? err.details : {} });
    }
  };
  return { run, dispose: () => engine.dispose() };
}

main();
