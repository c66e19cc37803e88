/**
 * Peak-memory probe, run as a child process by bench/run.ts so the figure is this job alone:
 * one float32 layer (rows x cols) is generated, widened to float64 (as the model readers do) and
 * its full ESD computed. Prints JSON: baseline RSS after engine start, peak RSS, the layer's
 * float64 size, seconds.
 */
import { getEngine } from '../src/linalg/engine.js';
import { benchLayer, benchLayerF64 } from './matrices.js';

const [rows, cols] = process.argv.slice(2).map(Number) as [number, number];
const engine = await getEngine({});
// warm-up on a small matrix so the baseline includes onnxruntime's and wasm's fixed memory
await engine.gramEigenvalues(benchLayer(64, 96, 1).matrix);
const baseline = process.memoryUsage().rss;
// float32 values widened to float64, as the model readers hand a layer to the engine
const W = benchLayerF64(rows, cols, 4242);
const t = performance.now();
const ev = await engine.gramEigenvalues(W);
const seconds = (performance.now() - t) / 1000;
await engine.dispose();
console.log(
  JSON.stringify({
    engine: engine.name,
    rows,
    cols,
    baselineRss: baseline,
    peakRss: process.resourceUsage().maxRSS * 1024,
    float64Bytes: rows * cols * 8,
    seconds,
    lambdaMax: ev[ev.length - 1],
  }),
);
