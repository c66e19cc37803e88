/**
 * `npm run bench -- --random-spread [--seeds S] [--spread-small]` (--spread-small: stories260K only): is our randomized ESD within WeightWatcher's own
 * seed-to-seed spread?
 *
 * WeightWatcher's randomized ESD is one np.random.shuffle of W's elements and the eigenvalues of the
 * shuffled matrix. For each matrix (every MatMul weight of ../shared/models/stories260K when present,
 * and seeded TinyLlama-shaped matrices from bench/matrices.ts) numpy does exactly that for S seeds
 * (np.random.seed(s), float64 eigvalsh of the short-side Gram); rand_distance, max_rand_eval and
 * rand_num_spikes are computed from each of those spectra (rand_num_spikes with our mp_fit, which
 * the conformance suite checks against WeightWatcher). Our randomizedEsd (exact shuffles below
 * EXACT_RANDOM_ESD_BELOW eigenvalues, the estimate above) runs for 3 seeds. Printed per matrix and
 * metric: numpy's mean, standard deviation and range, our mean, and |ours - mean| / sd.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEngine } from '../src/linalg/engine.js';
import type { Matrix } from '../src/linalg/matrix.js';
import { openModel } from '../src/model/open.js';
import { mpFit } from '../src/spectral/mp.js';
import { jensenShannonDistance, randomizedEsd } from '../src/spectral/randomize.js';
import { runPython } from '../test/helpers/python.js';
import { sharedPath } from '../test/helpers/shared.js';
import { benchLayer } from './matrices.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const SHUFFLES = `
W = np.fromfile(inp['file'], dtype=np.float64).reshape(inp['rows'], inp['cols'])
gram = lambda A: A @ A.T if A.shape[0] <= A.shape[1] else A.T @ A
np.linalg.eigvalsh(gram(W)).tofile(inp['file'] + '.ev')
for s in range(inp['seeds'] * inp['replicas']):
    np.random.seed(s)
    w = W.copy().ravel()
    np.random.shuffle(w)
    np.linalg.eigvalsh(gram(w.reshape(W.shape))).tofile(inp['file'] + f'.r{s}')
print(json.dumps(True))
`;

type MetricName = 'rand_distance' | 'max_rand_eval' | 'rand_num_spikes';
const METRICS: MetricName[] = ['rand_distance', 'max_rand_eval', 'rand_num_spikes'];

interface SpreadRow {
  matrix: string;
  rows: number;
  cols: number;
  method: 'exact' | 'estimate';
  metrics: Record<MetricName, { numpyMean: number; numpySd: number; numpyMin: number; numpyMax: number; ours: number[]; oursMean: number; z: number }>;
}

const readF64 = (file: string): Float64Array => {
  const b = fs.readFileSync(file);
  return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8).slice().map((x) => Math.max(0, x));
};
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, xs.length - 1));
};

export async function randomSpreadBench(args: readonly string[]): Promise<SpreadRow[]> {
  const i = args.indexOf('--seeds');
  const seeds = i >= 0 ? Number(args[i + 1]) : 5;
  const matrices: { name: string; W: Matrix }[] = [];
  const stories = sharedPath('models/stories260K/model.onnx');
  if (stories) {
    const model = await openModel(stories);
    for (const l of model.layers) matrices.push({ name: `stories260K ${l.name}`, W: await model.readMatrix(l) });
    await model.close();
  }
  const llmShapes = args.includes('--spread-small') ? [] : ([['q_proj', 2048, 2048], ['k_proj', 2048, 256], ['gate_proj', 2048, 5632], ['down_proj', 5632, 2048]] as const);
  for (const [name, r, c] of llmShapes) {
    matrices.push({ name: `TinyLlama-shaped ${name}`, W: benchLayer(r, c, r + 3 * c).matrix });
  }
  const engine = await getEngine();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-spread-'));
  const rows: SpreadRow[] = [];
  try {
    for (const { name, W } of matrices) {
      const M = Math.min(W.rows, W.cols);
      const N = Math.max(W.rows, W.cols);
      const file = path.join(tmp, 'w.f64');
      fs.writeFileSync(file, W.data);
      // WeightWatcher pools 5 shuffles below 100 eigenvalues (max_rand_eval, the MP fit) and draws one more for the distance
      const replicas = M < 100 ? 5 : 1;
      const perSeed = replicas > 1 ? replicas + 1 : 1;
      runPython(SHUFFLES, { file, rows: W.rows, cols: W.cols, seeds, replicas: perSeed });
      const evals = readF64(file + '.ev');
      const np: Record<MetricName, number[]> = { rand_distance: [], max_rand_eval: [], rand_num_spikes: [] };
      for (let s = 0; s < seeds; s++) {
        const shuffles = Array.from({ length: perSeed }, (_, j) => readF64(`${file}.r${s * perSeed + j}`));
        const pooled = new Float64Array(M * replicas);
        for (let j = 0; j < replicas; j++) pooled.set(shuffles[j]!, j * M);
        pooled.sort();
        np.rand_distance.push(jensenShannonDistance(evals, shuffles[perSeed - 1]!));
        np.max_rand_eval.push(pooled[pooled.length - 1]!);
        np.rand_num_spikes.push(mpFit(pooled, N, M).num_spikes);
      }
      const ours: Record<MetricName, number[]> = { rand_distance: [], max_rand_eval: [], rand_num_spikes: [] };
      const ourEvals = await engine.gramEigenvalues(W);
      for (let s = 0; s < 3; s++) {
        const { metrics } = await randomizedEsd(W, ourEvals, engine, { seed: s, layerName: name, N, M });
        ours.rand_distance.push(metrics.rand_distance);
        ours.max_rand_eval.push(metrics.max_rand_eval);
        ours.rand_num_spikes.push(metrics.rand_num_spikes!);
      }
      const row: SpreadRow = { matrix: name, rows: W.rows, cols: W.cols, method: M < 1024 ? 'exact' : 'estimate', metrics: {} as SpreadRow['metrics'] };
      for (const m of METRICS) {
        const s = sd(np[m]);
        const diff = Math.abs(mean(ours[m]) - mean(np[m]));
        const z = diff === 0 ? 0 : diff / s;
        row.metrics[m] = { numpyMean: mean(np[m]), numpySd: s, numpyMin: Math.min(...np[m]), numpyMax: Math.max(...np[m]), ours: ours[m], oursMean: mean(ours[m]), z };
      }
      rows.push(row);
      const f = (x: number) => (Math.abs(x) >= 1e3 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(3) : x.toPrecision(4));
      console.log(
        `${name} (${W.rows}x${W.cols}, ${row.method}): ` +
          METRICS.map((m) => {
            const r = row.metrics[m];
            return `${m} numpy ${f(r.numpyMean)} ± ${f(r.numpySd)} [${f(r.numpyMin)}, ${f(r.numpyMax)}], ours ${f(r.oursMean)} (${Number.isFinite(r.z) ? r.z.toFixed(1) : r.z} sd)`;
          }).join('; '),
      );
      for (const f2 of fs.readdirSync(tmp)) fs.rmSync(path.join(tmp, f2));
    }
  } finally {
    await engine.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const outDir = path.join(here, 'results');
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, `random-spread-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(out, JSON.stringify({ seeds, rows }, null, 2));
  console.log(`results: ${path.relative(process.cwd(), out)}`);
  return rows;
}
