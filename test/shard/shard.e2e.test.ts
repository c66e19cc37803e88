/**
 * Sharding end to end with the real engine, through the CLI (`run`, `run --shard i/3`, `merge`),
 * on a ten-layer decoder built by the test: the merged run's report.json equals the single-job
 * run's apart from timing fields, and the smoothed model has the same bytes. Then the merge's
 * refusals: missing and duplicated shards, another model, another config, another shard count, a
 * corrupted tensor blob.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCommand, type Flags } from '../../src/cli/commands/run.js';
import { WwError } from '../../src/errors.js';
import { partialFromJson, type PartialReport } from '../../src/shard/partial.js';
import type { RunReport } from '../../src/report/types.js';
import { DEMO_DIR, writeShardTestModel } from './models.js';

const TIMING_KEY = /^(seconds|totalSeconds|readSeconds|eigenSeconds|metricsSeconds|tokensPerSecond|timings|createdAt)$/;

/** The report without timing fields (the only things allowed to differ). */
function withoutTimings(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutTimings);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).filter(([k]) => !TIMING_KEY.test(k)).map(([k, x]) => [k, withoutTimings(x)]));
  }
  return v;
}

const silent = { stdout: () => {}, stderr: () => {} };

describe('shard 1/3, 2/3, 3/3 + merge = single job', () => {
  let dir: string;
  let model: string;
  let common: Flags;
  const shardDir = (i: number, n = 3): string => path.join(dir, n === 3 ? 'shards' : 'other-count', `shard-${i}-of-${n}`);

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ww-shard-'));
    model = await writeShardTestModel(path.join(dir, 'model'));
    common = {
      evalText: path.join(DEMO_DIR, 'eval.txt'),
      tokenizer: path.join(DEMO_DIR, 'tokenizer.json'),
      context: '64',
      maxEvalTokens: '1024',
      method: 'rank-fraction:0.5',
      comment: 'off',
      quiet: true,
    };
    // Single job, then moved aside so the merge writes to the very same output folder.
    expect(await runCommand({ ...common, outDir: path.join(dir, 'out') }, { model, deps: silent })).toBe(0);
    renameSync(path.join(dir, 'out'), path.join(dir, 'single'));
    for (let i = 1; i <= 3; i++) {
      expect(await runCommand({ ...common, outDir: shardDir(i), shard: `${i}/3` }, { model, deps: silent })).toBe(0);
    }
  }, 120_000);

  it('each shard covers a disjoint share and together they cover all ten layers', () => {
    const partials = [1, 2, 3].map((i) => partialFromJson(readFileSync(path.join(shardDir(i), `ww-smooth-partial-${i}-of-3.json`), 'utf8')) as PartialReport);
    const all = partials.flatMap((p) => p.layers);
    expect(new Set(all).size).toBe(10);
    expect(all.length).toBe(10);
    for (const p of partials) {
      expect(p.layers.length).toBeGreaterThan(0);
      expect(p.analyze.layers.map((l) => l.name).sort()).toEqual([...p.layers].sort());
      expect(p.smooth!.tensors.length).toBe(p.smooth!.layers.filter((l) => l.action !== 'unchanged').length);
    }
  });

  it('merge gives the single job\'s report (apart from timings) and a byte-identical smoothed model', async () => {
    const code = await runCommand({ ...common, model, outDir: path.join(dir, 'out') }, { merge: [path.join(dir, 'shards')], deps: silent });
    expect(code).toBe(0);
    const single = JSON.parse(readFileSync(path.join(dir, 'single', 'report.json'), 'utf8')) as RunReport;
    const merged = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8')) as RunReport;
    // The comparison is not vacuous: perplexity measured, layers smoothed, rules evaluated.
    expect(single.perplexity.smoothed!.perplexity).toBeGreaterThan(1);
    expect(single.smoothing!.layers.length).toBeGreaterThanOrEqual(8);
    expect(single.spectral.original.layers.length).toBe(10);
    expect(Object.keys(merged.timings)).toContain('merge-assemble');
    expect(withoutTimings(merged)).toEqual(withoutTimings(single));
    const a = readFileSync(path.join(dir, 'single', 'smoothed.onnx'));
    const b = readFileSync(path.join(dir, 'out', 'smoothed.onnx'));
    expect(b.length).toBe(a.length);
    expect(Buffer.compare(a, b)).toBe(0);
  }, 60_000);

  const mergeError = async (sources: string[], extra: Flags = {}, modelPath = model): Promise<WwError> => {
    const err = await runCommand({ ...common, model: modelPath, outDir: path.join(dir, 'refused'), ...extra }, { merge: sources, deps: silent }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WwError);
    expect((err as WwError).code).toBe('SHARD');
    return err as WwError;
  };

  it('refuses a missing shard, naming it and every layer it held', async () => {
    const err = await mergeError([shardDir(1), shardDir(3)]);
    const lost = (partialFromJson(readFileSync(path.join(shardDir(2), 'ww-smooth-partial-2-of-3.json'), 'utf8')) as PartialReport).layers;
    expect(err.message).toContain('missing shard(s) 2/3');
    for (const l of lost) expect(err.message).toContain(l);
    expect(err.details['missingLayers']).toEqual(lost);
  });

  it('refuses a shard given twice (duplicated layers listed)', async () => {
    const copy = path.join(dir, 'dup');
    cpSync(shardDir(2), copy, { recursive: true });
    const err = await mergeError([path.join(dir, 'shards'), copy]);
    expect(err.message).toMatch(/shard 2\/3 given 2 times/);
    expect(err.message).toMatch(/covered more than once/);
  });

  it('refuses partials of another model', async () => {
    const other = await writeShardTestModel(path.join(dir, 'other'), 99);
    const err = await mergeError([path.join(dir, 'shards')], {}, other);
    expect(err.message).toMatch(/is from model sha256 [0-9a-f]{12}…, this model is/);
  });

  it('refuses partials made with another smoothing config', async () => {
    const err = await mergeError([path.join(dir, 'shards')], { method: 'rank-fraction:0.25' });
    expect(err.message).toMatch(/config hash/);
  });

  it('refuses a mix of shard counts', async () => {
    expect(await runCommand({ ...common, outDir: shardDir(2, 2), shard: '2/2' }, { model, deps: silent })).toBe(0);
    const err = await mergeError([shardDir(1), shardDir(2), shardDir(2, 2)]);
    expect(err.message).toMatch(/disagree on the shard count: 2 \(ww-smooth-partial-2-of-2.json\) vs 3/);
  }, 30_000);

  it.each([
    ['an analysed layer whose metrics are null (main: accepted)', (p: Record<string, any>) => (p['analyze'].layers[0].metrics = null), /\/analyze\/layers\/0\/metrics/],
    ['a tensor part with a negative offset', (p: Record<string, any>) => (p['smooth'].tensors[0].parts[0].offset = -8), /offset/],
    ['a layer list that is not an array of names', (p: Record<string, any>) => (p['layers'] = 'all'), /\/layers/],
  ])('refuses a partial with %s against partial-schema.json', async (_, mutate, where) => {
    const bad = path.join(dir, `schema-${Math.random().toString(36).slice(2)}`);
    cpSync(path.join(dir, 'shards'), bad, { recursive: true });
    const file = path.join(bad, 'shard-1-of-3', 'ww-smooth-partial-1-of-3.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    mutate(data);
    writeFileSync(file, JSON.stringify(data));
    const err = await mergeError([bad]);
    expect(err.message).toMatch(/not a valid ww-smooth partial report/);
    expect(err.message).toMatch(where);
  });

  it('refuses a corrupted tensor blob before writing anything', async () => {
    const bad = path.join(dir, 'corrupt');
    cpSync(path.join(dir, 'shards'), bad, { recursive: true });
    const blob = path.join(bad, 'shard-2-of-3', 'ww-smooth-partial-2-of-3.bin');
    const bytes = readFileSync(blob);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
    writeFileSync(blob, bytes);
    const err = await mergeError([bad]);
    expect(err.message).toMatch(/does not match its sha256/);
    const refused = path.join(dir, 'refused');
    expect(existsSync(refused) ? readdirSync(refused).filter((f) => f.endsWith('.onnx')) : []).toEqual([]);
  });
});
