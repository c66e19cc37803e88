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
import type { Matrix } from '../linalg/matrix.js';
import { workerGate } from '../linalg/ort/nativeGate.js';
import { configureOnnxRuntime } from '../runtime/ort.js';
import { shuffledSpectra } from '../spectral/randomize.js';
import type { LayerWorkerData, WorkerJob, WorkerReply } from './layerPoolProtocol.js';

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('layerWorker: not started as a worker thread');
  const init = workerData as LayerWorkerData;
  // The runtime the main thread loaded (an explicit folder, the tool cache): the same one here.
  if (init.runtimeDir) configureOnnxRuntime({ explicitPath: init.runtimeDir, allowDownload: false });
  const gate = workerGate(init.gate);
  const logger = (line: string) => port.postMessage({ type: 'log', line } satisfies WorkerReply);
  const engine = await createFastEngine({ threads: 1, device: init.device, nativeGate: gate, logger });
  // Engines whose onnxruntime sessions run more intra-op threads, made on first use: the same
  // kernels (onnxruntime's GEMM splits rows and columns between its threads, never a dot product),
  // so the eigenvalues are the same to the last bit (test/engine/layerPool.test.ts).
  const wider = new Map<number, ReturnType<typeof createFastEngine>>();
  const engineFor = (threads: number | undefined) => {
    const t = Math.floor(threads ?? 1);
    if (!(t > 1)) return Promise.resolve(engine);
    let e = wider.get(t);
    if (!e) {
      e = createFastEngine({ threads: 1, ortThreads: t, device: init.device, nativeGate: gate, logger });
      wider.set(t, e);
    }
    return e;
  };
  port.postMessage({ type: 'ready', engine: engine.name } satisfies WorkerReply);

  const run = async (job: WorkerJob): Promise<void> => {
    const t0 = performance.now();
    try {
      if (job.kind === 'esd') {
        const W: Matrix = { rows: job.rows, cols: job.cols, data: job.data };
        const evals = await (await engineFor(job.threads)).gramEigenvalues(W);
        port.postMessage({ type: 'done', id: job.id, seconds: (performance.now() - t0) / 1000, evals } satisfies WorkerReply, [evals.buffer as ArrayBuffer]);
      } else if (job.kind === 'shuffled') {
        const s = await shuffledSpectra({ rows: job.rows, cols: job.cols, data: job.data }, engine, { seed: job.seed, layerName: job.layerName, ...(job.exactBelow !== undefined ? { exactBelow: job.exactBelow } : {}) });
        const transfer = s.pooled.buffer === s.single.buffer ? [s.pooled.buffer as ArrayBuffer] : [s.pooled.buffer as ArrayBuffer, s.single.buffer as ArrayBuffer];
        port.postMessage({ type: 'done', id: job.id, seconds: (performance.now() - t0) / 1000, pooled: s.pooled, single: s.single } satisfies WorkerReply, transfer);
      } else {
        const svd = await engine.truncatedSvd({ rows: job.rows, cols: job.cols, data: job.data }, job.k, { seed: job.seed });
        port.postMessage(
          { type: 'done', id: job.id, seconds: (performance.now() - t0) / 1000, U: svd.U.data, S: svd.S, Vt: svd.Vt.data } satisfies WorkerReply,
          [svd.U.data.buffer as ArrayBuffer, svd.S.buffer as ArrayBuffer, svd.Vt.data.buffer as ArrayBuffer],
        );
      }
    } catch (e) {
      const err = e as Error;
      port.postMessage({ type: 'failed', id: job.id, code: WwError.is(err) ? err.code : null, message: err.message ?? String(e), details: WwError.is(err) ? err.details : {} } satisfies WorkerReply);
    }
  };

  // Jobs run one at a time (one engine, one wasm memory); the pool sends a worker one job at a time.
  port.on('message', (msg: WorkerJob | { kind: 'dispose' }) => {
    if (msg.kind === 'dispose') {
      void Promise.all([engine, ...wider.values()].map(async (e) => (await e).dispose())).finally(() => port.close());
      return;
    }
    void run(msg);
  });
}

main().catch((e: unknown) => {
  parentPort?.postMessage({ type: 'fatal', message: (e as Error).message ?? String(e) } satisfies WorkerReply);
});
