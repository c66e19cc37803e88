/**
 * Per-matrix cost figures for docs/scaling.md: times the engine's full ESD (gramEigenvalues) and
 * top-k SVD (k = 5% of min) on seeded random matrices, and fits seconds = c * (N*M^2 + M^3), the
 * shard partition's cost model. `node --import tsx bench/shard-costs.ts [sizes...]` (e.g. 512x512).
 */
import { getEngine } from '../src/linalg/engine.js';
import { matrix } from '../src/linalg/matrix.js';
import { layerCost } from '../src/shard/partition.js';

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['512x512', '1024x1024', '1024x2816']).map((s) => s.split('x').map(Number) as [number, number]);
const engine = await getEngine();
console.log(`engine ${engine.name}`);
let s = 1;
const rnd = (): number => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32 - 0.5);
for (const [r, c] of sizes) {
  const W = matrix(r, c, Float64Array.from({ length: r * c }, rnd));
  let t0 = performance.now();
  await engine.gramEigenvalues(W);
  const esd = (performance.now() - t0) / 1000;
  const k = Math.max(1, Math.floor(0.05 * Math.min(r, c)));
  t0 = performance.now();
  await engine.truncatedSvd(W, k, { seed: 42 });
  const svd = (performance.now() - t0) / 1000;
  const cost = layerCost(r, c);
  console.log(`${r}x${c}: esd ${esd.toFixed(2)} s, top-${k} svd ${svd.toFixed(2)} s, cost ${cost.toExponential(3)}, esd ns per cost unit ${((esd / cost) * 1e9).toFixed(4)}`);
}
await engine.dispose();
