/**
 * Starting the layer pool's worker threads (./layerWorker.ts) before anything else: a thread takes
 * ~40 ms to boot on an idle core and ~140 ms while the main thread loads the CLI bundle, opens the
 * model and reads its first layer on the same two cores, and for a lone 2048x5632 layer that was a
 * quarter of the whole run (docs/scaling.md). The CLI's entry (src/cli/bin.ts) starts them here,
 * from a module that imports nothing but Node's own, and the pool (LayerPool.create) adopts them
 * (which commands want them: src/cli/commandLine.ts).
 * A started worker only loads its bundle and waits: onnxruntime and the wasm kernels come with the
 * pool's `init` message, so starting one early decides nothing the command line could change.
 *
 * Only node: imports here: this module is bundled into the CLI's small entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The worker's script: the bundle beside this one in dist/, or the source through tsx. */
export function layerWorkerScript(): { readonly script: string | URL; readonly eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { script: new URL('./layer-worker.js', here), eval: false };
  // tsx's ESM entry of its register API (package.json exports['./esm/api'].import), from its package folder
  const pkgJson = createRequire(here).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsx = pathToFileURL(path.join(path.dirname(pkgJson), pkg.exports['./esm/api']!.import.default)).href;
  const entry = new URL('./layerWorker.ts', here).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return { script: source, eval: true };
}

/** The most workers a pool starts, whatever the core count. */
export const MAX_LAYER_WORKERS = 8;

/**
 * How many workers a pool would have: `requested`, else `WW_ANALYZE_WORKERS` (digits only), else
 * the available cores; at most MAX_LAYER_WORKERS. Below 2 there is no pool.
 */
export function layerWorkerCount(requested?: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = env['WW_ANALYZE_WORKERS'];
  const n = requested ?? (fromEnv !== undefined && /^\d+$/.test(fromEnv) ? Number(fromEnv) : os.availableParallelism());
  return Math.min(MAX_LAYER_WORKERS, Math.floor(n));
}

/** Started worker threads not yet adopted by a pool. */
export class StartedLayerWorkers {
  private readonly waiting: Worker[];
  private readonly failed = new WeakSet<Worker>();

  private constructor(workers: Worker[]) {
    this.waiting = workers;
    for (const w of workers) {
      // An error or exit before adoption (a broken install) just drops the worker: the pool
      // then starts its own and reports what goes wrong there. Without a listener an 'error'
      // event would end the process.
      const drop = () => this.failed.add(w);
      w.once('error', drop);
      w.once('exit', drop);
      w.unref(); // a waiting worker never keeps the process alive
    }
  }

  /** Starts `count` workers (none below 2: no pool would take them). */
  static start(count = layerWorkerCount()): StartedLayerWorkers {
    const { script, eval: isEval } = layerWorkerScript();
    return new StartedLayerWorkers(count >= 2 ? Array.from({ length: count }, () => new Worker(script, { eval: isEval })) : []);
  }

  /** Up to `n` of the started workers, alive so far, for a pool to own (listeners of this class removed). */
  take(n: number): Worker[] {
    const alive = this.waiting.splice(0).filter((w) => !this.failed.has(w));
    const taken = alive.slice(0, n);
    for (const w of alive.slice(n)) void w.terminate();
    for (const w of taken) {
      w.removeAllListeners('error');
      w.removeAllListeners('exit');
    }
    return taken;
  }

  /** Stops the workers no pool took (they hold no native state: they never got `init`). */
  async release(): Promise<void> {
    await Promise.all(this.waiting.splice(0).map((w) => w.terminate()));
  }
}
