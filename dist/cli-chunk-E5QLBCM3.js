/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/engine/layerWorkerStart.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
function layerWorkerScript() {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return { script: new URL("./layer-worker.js", here), eval: false };
  const pkgJson = createRequire(here).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgJson, "utf8"));
  const tsx = pathToFileURL(path.join(path.dirname(pkgJson), pkg.exports["./esm/api"].import.default)).href;
  const entry = new URL("./layerWorker.ts", here).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return { script: source, eval: true };
}
var MAX_LAYER_WORKERS = 8;
function layerWorkerCount(requested, env = process.env) {
  const fromEnv = env["WW_ANALYZE_WORKERS"];
  const n = requested ?? (fromEnv !== void 0 && /^\d+$/.test(fromEnv) ? Number(fromEnv) : os.availableParallelism());
  return Math.min(MAX_LAYER_WORKERS, Math.floor(n));
}
var StartedLayerWorkers = class _StartedLayerWorkers {
  waiting;
  failed = /* @__PURE__ */ new WeakSet();
  constructor(workers) {
    this.waiting = workers;
    for (const w of workers) {
      const drop = () => this.failed.add(w);
      w.once("error", drop);
      w.once("exit", drop);
      w.unref();
    }
  }
  /** Starts `count` workers (none below 2: no pool would take them). */
  static start(count = layerWorkerCount()) {
    const { script, eval: isEval } = layerWorkerScript();
    return new _StartedLayerWorkers(count >= 2 ? Array.from({ length: count }, () => new Worker(script, { eval: isEval })) : []);
  }
  /** Up to `n` of the started workers, alive so far, for a pool to own (listeners of this class removed). */
  take(n) {
    const alive = this.waiting.splice(0).filter((w) => !this.failed.has(w));
    const taken = alive.slice(0, n);
    for (const w of alive.slice(n)) void w.terminate();
    for (const w of taken) {
      w.removeAllListeners("error");
      w.removeAllListeners("exit");
    }
    return taken;
  }
  /** Stops the workers no pool took (they hold no native state: they never got `init`). */
  async release() {
    await Promise.all(this.waiting.splice(0).map((w) => w.terminate()));
  }
};

export {
  layerWorkerScript,
  layerWorkerCount,
  StartedLayerWorkers
};
