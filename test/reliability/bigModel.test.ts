/**
 * Big models: analyse and smooth an ONNX model whose external data is far larger than its
 * largest analysed layer, in child processes whose peak RSS (process.resourceUsage().maxRSS) is
 * printed and bounded. The always-on variant has ~300 MB of external data; WW_BIG_TEST=1 builds
 * ~2.3 GB (two 8192x32768 float32 layers and a 4096x8192 one; needs ~6 GB free in the temp dir,
 * else it skips with a note). Bounds, from the memory model in docs/memory-model.md:
 *   analyze: layers over maxEvals are skipped with their reason and never read, so RSS stays
 *            under BASE + 3 x (largest ANALYSED layer in float64), independent of the file size;
 *   smooth:  layers not selected are copied in 8 MiB pieces: RSS under
 *            BASE + 3 x (largest smoothed layer in float64) + 16 MiB, whatever the copied tensors' size;
 *   read:    readMatrix of one layer holds its stored bytes and its float64 copy: under
 *            BASE + 1.2 x (stored + float64 size).
 * BASE (Node + tsx + the engine, measured ~150-200 MB) is taken as 300 MiB.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, statfs, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanOnnx } from '../../src/model/onnx.js';
import { writeBigModel, type BigLayer } from './bigModel.js';

const here = join(fileURLToPath(import.meta.url), '..');
const repoRoot = join(here, '..', '..');
const MiB = 1024 * 1024;
const BASE_MIB = 300;

interface Variant {
  readonly label: string;
  readonly layers: readonly BigLayer[];
  /** maxEvals used by analyze: the big layers' M is above it. */
  readonly maxEvals: number;
  /** Layer read whole in the `read` phase. */
  readonly readLayer: string;
}

const SMALL: Variant = {
  label: 'always-on (~300 MB external data)',
  layers: [
    { name: 'small.up.weight', rows: 256, cols: 512 },
    { name: 'big.a.weight', rows: 4096, cols: 16384 }, // 256 MiB float32
    { name: 'big.b.weight', rows: 16384, cols: 1024 }, // 64 MiB
    { name: 'mid.wide.weight', rows: 512, cols: 8192 }, // analysed (M = 512 = maxEvals), not smoothed
    { name: 'small.down.weight', rows: 1024, cols: 256 },
  ],
  maxEvals: 512,
  readLayer: 'big.b.weight',
};
const BIG: Variant = {
  label: 'WW_BIG_TEST (~2.3 GB external data)',
  layers: [
    { name: 'small.up.weight', rows: 512, cols: 1024 },
    { name: 'big.a.weight', rows: 8192, cols: 32768 }, // 1 GiB float32
    { name: 'big.c.weight', rows: 4096, cols: 8192 }, // 128 MiB, read whole in the read phase
    { name: 'big.b.weight', rows: 32768, cols: 8192 }, // 1 GiB
    { name: 'mid.wide.weight', rows: 1024, cols: 16384 }, // analysed, not smoothed
    { name: 'small.down.weight', rows: 1024, cols: 512 },
  ],
  maxEvals: 1024,
  readLayer: 'big.c.weight',
};

const bigWanted = process.env['WW_BIG_TEST'] === '1';

async function sha256Range(file: string, start: number, length: number): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file, { start, end: start + length - 1, highWaterMark: 4 * MiB })) h.update(c as Buffer);
  return h.digest('hex');
}

function phase(name: string, model: string, arg: string): { maxRssMiB: number; seconds: number } & Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'bigModel.ts'), name, model, arg], { cwd: repoRoot, encoding: 'utf8', timeout: 540_000, maxBuffer: 16 * MiB });
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (r.status !== 0 || !line) throw new Error(`${name} phase failed (status ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  return JSON.parse(line.slice(7)) as { maxRssMiB: number; seconds: number };
}

function describeVariant(v: Variant, enabled: boolean, note: string): void {
  describe.skipIf(!enabled)(`big model: ${v.label}`, () => {
    let dir: string;
    let model: string;
    const f64 = (l: BigLayer) => (l.rows * l.cols * 8) / MiB;
    const f32 = (l: BigLayer) => (l.rows * l.cols * 4) / MiB;
    const small = v.layers.filter((l) => l.name.startsWith('small.'));
    const analysedNames = v.layers.filter((l) => !l.name.startsWith('big.'));
    const big = v.layers.filter((l) => l.name.startsWith('big.'));
    const largestAnalysed = Math.max(...analysedNames.map(f64));
    const largestTensor = Math.max(...v.layers.map(f32));
    const totalMiB = v.layers.reduce((s, l) => s + f32(l), 0);

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'ww-big-'));
      const t0 = Date.now();
      model = await writeBigModel(dir, v.layers);
      console.log(`${v.label}: wrote ${totalMiB.toFixed(0)} MiB of external data in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }, 300_000);
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('analyze: big layers skipped (MAX_EVALS, with reason), small ones analysed; peak RSS independent of file size', () => {
      const r = phase('analyze', model, String(v.maxEvals)) as unknown as { analyzed: { name: string; status: string; alpha: number | null }[]; skipped: { name: string; reason: { code: string; message: string } }[]; maxRssMiB: number; seconds: number };
      const bound = BASE_MIB + 3 * largestAnalysed;
      console.log(`${v.label} analyze: ${r.seconds.toFixed(1)} s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB (bound ${bound.toFixed(0)} MiB; external data ${totalMiB.toFixed(0)} MiB, largest analysed layer ${largestAnalysed.toFixed(0)} MiB in float64)`);
      expect(r.analyzed.map((l) => l.name).sort()).toEqual(analysedNames.map((l) => l.name).sort());
      expect(r.analyzed.every((l) => l.status === 'analyzed' && typeof l.alpha === 'number')).toBe(true);
      expect(r.skipped.map((s) => s.name).sort()).toEqual(big.map((l) => l.name).sort());
      for (const s of r.skipped) {
        expect(s.reason.code).toBe('MAX_EVALS');
        expect(s.reason.message).toMatch(new RegExp(`> maxEvals ${v.maxEvals}`));
      }
      expect(r.maxRssMiB).toBeLessThan(bound);
    }, 600_000);

    it('smooth: selected small layers smoothed, big tensors copied byte for byte; peak RSS independent of the copied tensors', async () => {
      const out = join(dir, 'out');
      await (await import('node:fs/promises')).mkdir(out);
      const outModel = join(out, 'smoothed.onnx');
      const r = phase('smooth', model, outModel) as unknown as { layers: { name: string; action: string; k: number | null }[]; maxRssMiB: number; seconds: number };
      const bound = BASE_MIB + 3 * largestAnalysed + 16;
      console.log(`${v.label} smooth: ${r.seconds.toFixed(1)} s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB (bound ${bound.toFixed(0)} MiB; largest copied tensor ${largestTensor.toFixed(0)} MiB)`);
      const changed = r.layers.filter((l) => l.action !== 'unchanged').map((l) => l.name).sort();
      expect(changed).toEqual(small.map((l) => l.name).sort());
      expect(r.maxRssMiB).toBeLessThan(bound);
      // Unselected big tensors are identical in the output's external data.
      const inM = await scanOnnx(model);
      const outM = await scanOnnx(outModel);
      for (const l of big) {
        const a = inM.initializers.find((t) => t.name === l.name)!;
        const b = outM.initializers.find((t) => t.name === l.name)!;
        expect(a.data.kind).toBe('external');
        expect(b.data.kind).toBe('external');
        if (a.data.kind !== 'external' || b.data.kind !== 'external') continue;
        const len = l.rows * l.cols * 4;
        expect(await sha256Range(b.data.file, b.data.offset, len)).toBe(await sha256Range(a.data.file, a.data.offset, len));
      }
      expect((await stat(join(dir, 'weights.bin'))).size).toBe(totalMiB * MiB); // input untouched
    }, 600_000);

    it('read: one big matrix in float64 costs about its stored + float64 size, not the file', () => {
      const l = v.layers.find((x) => x.name === v.readLayer)!;
      const r = phase('read', model, l.name) as unknown as { rows: number; cols: number; maxRssMiB: number; seconds: number };
      const bound = BASE_MIB + 1.2 * (f32(l) + f64(l));
      console.log(`${v.label} read ${l.name} (${l.rows}x${l.cols}): ${r.seconds.toFixed(1)} s, peak RSS ${r.maxRssMiB.toFixed(0)} MiB (bound ${bound.toFixed(0)} MiB)`);
      expect([r.rows, r.cols]).toEqual([l.rows, l.cols]);
      expect(r.maxRssMiB).toBeLessThan(bound);
    }, 600_000);
  });
  if (!enabled && note) console.log(note);
}

describeVariant(SMALL, true, '');

let bigEnabled = false;
let bigNote = 'big-model test (multi-GB) skipped: set WW_BIG_TEST=1 to run it (needs ~6 GB free in the temp folder)';
if (bigWanted) {
  const fs = await statfs(tmpdir());
  const freeGiB = (fs.bavail * fs.bsize) / 1024 ** 3;
  bigEnabled = freeGiB > 6;
  if (!bigEnabled) bigNote = `big-model test skipped: WW_BIG_TEST=1 but only ${freeGiB.toFixed(1)} GiB free in ${tmpdir()}`;
}
describeVariant(BIG, bigEnabled, bigNote);
