/**
 * Child process for layerPool.test.ts: starts a pool, gives its workers work, then leaves in the
 * way named by argv[2] while both workers are busy (inside onnxruntime more often than not).
 * Before the native gate, each of these aborted the process (`terminate called after throwing an
 * instance of 'Napi::Error'`, exit 134).
 */
import { LayerPool, stopWorker } from '../../src/engine/layerPool.js';

const how = process.argv[2];
const pool = await LayerPool.create({ workers: 2 });
if (!pool) throw new Error('no pool');
const n = 1200;
const big = () => ({ rows: n, cols: n + 100, data: Float64Array.from({ length: n * (n + 100) }, (_, i) => Math.sin(i)) });
const jobs = [pool.esd(big()), pool.esd(big())].map((p) => p.catch((e: Error) => e.message));
setTimeout(() => {
  if (how === 'exit') process.exit(3);
  else if (how === 'throw') throw new Error('uncaught on purpose');
  else if (how === 'stop') {
    const slots = (pool as unknown as { slots: { worker: import('node:worker_threads').Worker; gate: Int32Array }[] }).slots;
    for (const s of slots) void stopWorker(s.worker, s.gate);
    void Promise.all(jobs).then((m) => {
      process.stdout.write(`${m.join('\n')}\n`);
      process.exitCode = 4;
    });
  }
}, 40);
