/**
 * The shard partition: `i/n` parsing, the cost model against hand-computed values, LPT on a small
 * case worked out by hand, determinism (input order does not matter), exact cover, and the balance
 * on a Llama-7B-shaped layer list (32 blocks x [4 x 4096x4096, 3 x 4096x11008] + lm_head).
 */
import { describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import { balanceOf, layerCost, parseShard, partitionLayers, shardLayers, type ShardLayer } from '../../src/shard/partition.js';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/3', 'x')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ', 'x')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/3', '4/3', '3', 'a/b', '1/0', '-1/2', '1/257', ''])('refuses %j naming the input', (text) => {
    expect(() => parseShard(text, 'input shard')).toThrowError(/input shard: .* is not a shard; expected i\/n/);
    try {
      parseShard(text, 'input shard');
    } catch (e) {
      expect(WwError.is(e, 'INPUT_INVALID')).toBe(true);
    }
  });
});

describe('layerCost', () => {
  it('is N*M^2 + M^3 with N the long side', () => {
    expect(layerCost(2, 3)).toBe(3 * 4 + 8); // N=3, M=2
    expect(layerCost(3, 2)).toBe(20);
    expect(layerCost(4096, 11008)).toBe(11008 * 4096 ** 2 + 4096 ** 3);
  });
});

const L = (name: string, index: number, rows: number, cols: number): ShardLayer => ({ name, index, rows, cols });

describe('partitionLayers (LPT)', () => {
  it('matches a hand-worked assignment', () => {
    // Costs: a 10x10 -> 2000, b 10x10 -> 2000, c 5x10 -> 375, d 5x5 -> 250, e 4x4 -> 128
    const layers = [L('e', 0, 4, 4), L('a', 1, 10, 10), L('c', 2, 5, 10), L('b', 3, 10, 10), L('d', 4, 5, 5)];
    // Sorted: a(2000) b(2000) c(375) d(250) e(128) (a before b by name).
    // a->0 (2000,0); b->1 (2000,2000); c->0 (2375,2000); d->1 (2375,2250); e->1 (2375,2378).
    const parts = partitionLayers(layers, 2);
    expect(parts.map((p) => p.map((l) => l.name))).toEqual([['a', 'c'], ['e', 'b', 'd']]);
  });
  it('is independent of input order and covers every layer exactly once', () => {
    const layers = Array.from({ length: 40 }, (_, i) => L(`layer${i}`, i, 16 + ((i * 7) % 13) * 8, 32 + ((i * 5) % 11) * 16));
    const shuffled = [...layers].reverse();
    for (const n of [1, 2, 3, 7, 40, 50]) {
      const a = partitionLayers(layers, n).map((p) => p.map((l) => l.name));
      const b = partitionLayers(shuffled, n).map((p) => p.map((l) => l.name));
      expect(b).toEqual(a);
      const all = a.flat();
      expect(all.length).toBe(40);
      expect(new Set(all).size).toBe(40);
      for (let i = 1; i <= n; i++) expect(shardLayers(layers, { index: i, count: n }).map((l) => l.name)).toEqual(a[i - 1]);
    }
  });
  it('refuses duplicate layer names', () => {
    expect(() => partitionLayers([L('w', 0, 4, 4), L('w', 1, 4, 4)], 2)).toThrowError(/appears twice/);
  });
});

describe('balance on a Llama-shaped model', () => {
  // Llama-2-7B: per block q,k,v,o 4096x4096 and gate,up 4096x11008, down 11008x4096; plus lm_head 4096x32000.
  const layers: ShardLayer[] = [];
  for (let b = 0; b < 32; b++) {
    for (const p of ['q', 'k', 'v', 'o']) layers.push(L(`model.layers.${b}.self_attn.${p}_proj.weight`, layers.length, 4096, 4096));
    layers.push(L(`model.layers.${b}.mlp.gate_proj.weight`, layers.length, 4096, 11008));
    layers.push(L(`model.layers.${b}.mlp.up_proj.weight`, layers.length, 4096, 11008));
    layers.push(L(`model.layers.${b}.mlp.down_proj.weight`, layers.length, 11008, 4096));
  }
  it.each([false, true])('largest shard within 20%% of the mean for n = 2..16 (with lm_head: %s)', (head) => {
    const list = head ? [...layers, L('lm_head.weight', layers.length, 4096, 32000)] : layers;
    const rows: string[] = [];
    for (let n = 2; n <= 16; n++) {
      const b = balanceOf(partitionLayers(list, n));
      rows.push(`n=${n}: max/mean - 1 = ${(b.imbalance * 100).toFixed(3)}%`);
      expect(b.imbalance).toBeLessThanOrEqual(0.2);
      expect(b.imbalance).toBeGreaterThanOrEqual(0);
    }
    console.log(`partition imbalance, ${list.length} Llama-7B layers${head ? ' incl. lm_head' : ''}:\n  ${rows.join('\n  ')}`);
  });
});

describe('ww-smooth analyze --shard', () => {
  it('analyses exactly the shard\'s layers, and the shards together analyse every layer once', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { vi } = await import('vitest');
    const { runAnalyze } = await import('../../src/cli/commands/analyze.js');
    const { writeShardTestModel } = await import('./models.js');
    const model = await writeShardTestModel(mkdtempSync(path.join(tmpdir(), 'ww-analyze-shard-')));
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const seen: string[] = [];
      for (let i = 1; i <= 3; i++) {
        const r = await runAnalyze(model, { format: 'json', randomize: false, mpFit: true, detx: true, progress: false, shard: `${i}/3` });
        const names = r.layers.map((l) => l.name);
        expect(names.length).toBeGreaterThan(0);
        seen.push(...names);
      }
      expect(seen.length).toBe(10);
      expect(new Set(seen).size).toBe(10);
    } finally {
      spy.mockRestore();
    }
  }, 30_000);
});
