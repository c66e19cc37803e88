/**
 * One worker thread of the layer pool (./layerPool.ts): a single-threaded fast engine (wasm SIMD +
 * onnxruntime with one intra-op thread) that computes, for one matrix at a time, its ESD, its
 * shuffled spectra (the randomized ESD) or a truncated SVD. Single-threaded on purpose: two such
 * workers on two cores keep both busy through the serial parts (panel QR, bulge chase, QL, the
 * shuffle) that leave one core idle when one engine runs them with two threads.
 *
 * Built as its own bundle (dist/layer-worker.js, scripts/build.mjs); from source it runs through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WwError } from '../errors.js';
import { createFastEngine } from '../linalg/fastEngine.js';
import { workerGate } from '../linalg/ort/nativeGate.js';
import { configureOnnxRuntime } from '../runtime/ort.js';
import { shuffledSpectra } from '../spectral/randomize.js';
import type { KernelsMessage, LayerWorkerData, WorkerJob, WorkerReply } from './layerPoolProtocol.js';

/** What a finished job sends back besides its id, time and threads. */
type DoneResults = Omit<Extract<WorkerReply, { type: 'done' }>, 'type' | 'id' | 'seconds' | 'threads' | 'fewestThreads'>;

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('layerWorker: not started as a worker thread');
  const init = workerData as LayerWorkerData;
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
  const kernels = new Promise<WebAssembly.Module | undefined>((resolve) => {
    const onKernels = (m: KernelsMessage) => {
      if (m.kind !== 'kernels') return;
      port.off('message', onKernels);
      resolve(m.module);
    };
    port.on('message', onKernels);
  });
  const engine = await createFastEngine({ threads: 1, ortThreads: threadsNow, device: init.device, nativeGate: gate, logger, kernels });
  port.postMessage({ type: 'ready', engine: engine.name } satisfies WorkerReply);

  // The reply, with this worker counted idle first: a job still running elsewhere widens at its next call.
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []): void => {
    Atomics.sub(init.busy, 0, 1);
    port.postMessage(message, transfer);
  };
  const run = async (job: WorkerJob): Promise<void> => {
    const t0 = performance.now();
    mostThreads = 1;
    fewestThreads = Infinity;
    Atomics.add(init.busy, 0, 1);
    const done = (results: DoneResults, transfer: ArrayBuffer[]): void =>
      reply({ type: 'done', id: job.id, seconds: (performance.now() - t0) / 1000, threads: mostThreads, fewestThreads: Math.min(fewestThreads, mostThreads), ...results }, transfer);
    try {
      if (job.kind === 'esd') {
        const evals = await engine.gramEigenvalues({ rows: job.rows, cols: job.cols, data: job.data });
        done({ evals }, [evals.buffer as ArrayBuffer]);
      } else if (job.kind === 'shuffled') {
        const s = await shuffledSpectra({ rows: job.rows, cols: job.cols, data: job.data }, engine, { seed: job.seed, layerName: job.layerName, ...(job.exactBelow !== undefined ? { exactBelow: job.exactBelow } : {}) });
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

  // Jobs run one at a time (one engine, one wasm memory); the pool sends a worker one job at a time.
  port.on('message', (msg: WorkerJob | { kind: 'dispose' }) => {
    if (msg.kind === 'dispose') {
      void engine.dispose().finally(() => port.close());
      return;
    }
    void run(msg);
  });
}

main().catch((e: unknown) => {
  parentPort?.postMessage({ type: 'fatal', message: (e as Error).message ?? String(e) } satisfies WorkerReply);
});
