/**
 * Sharding of a model's dense layers over n jobs (GitHub Actions matrix jobs): parses `i/n`,
 * estimates each layer's cost from its shape, and partitions the layers so the jobs finish at about
 * the same time. Pure and deterministic: every job (and the merge job) computes the same partition
 * from the same layer list, without talking to the others.
 *
 * Cost model: for W of N x M (N >= M), the spectrum costs the Gram product W^T W (N*M^2 flops,
 * up to a constant) plus the symmetric eigensolver (M^3, up to a constant); smoothing adds a
 * truncated SVD and a second spectrum of the same order. So cost = N*M^2 + M^3, shape only (the
 * partition depends on the model, not on the smoothing plan, so `analyze --shard` and `run --shard`
 * split alike).
 *
 * Partition: greedy LPT (longest processing time first): layers sorted by cost, descending, ties
 * by name; each goes to the shard with the least load so far (ties: the lowest shard). Graham's
 * bound: the largest load is at most 4/3 of the optimum; on transformer layer lists, with many
 * layers of a few shapes, it is within a few percent of the mean.
 */
import { WwError } from '../errors.js';

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  readonly index: number;
  readonly count: number;
}

/** A layer as the partition sees it. */
export interface ShardLayer {
  readonly name: string;
  /** Position in the model's layer list (processing order within a shard). */
  readonly index: number;
  readonly rows: number;
  readonly cols: number;
}

export const MAX_SHARDS = 256;

/** Parses `i/n` (1 <= i <= n <= 256). `source` names the input or flag in the message. */
export function parseShard(text: string, source: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1 && count <= MAX_SHARDS) || !(index >= 1 && index <= count)) {
    throw new WwError('INPUT_INVALID', `${source}: "${text}" is not a shard; expected i/n with 1 <= i <= n <= ${MAX_SHARDS} (e.g. 2/4, or \${{ matrix.shard }}/4 in a matrix job)`, {
      input: source,
      value: text,
    });
  }
  return { index, count };
}

export const formatShard = (s: ShardSpec): string => `${s.index}/${s.count}`;

/** Estimated cost of one layer: N*M^2 + M^3 with N = max(rows, cols), M = min(rows, cols). */
export function layerCost(rows: number, cols: number): number {
  const N = Math.max(rows, cols);
  const M = Math.min(rows, cols);
  return N * M * M + M * M * M;
}

/**
 * Partitions `layers` into `count` shards (greedy LPT on layerCost). Returns, per shard, its layers
 * in model order. Layer names must be unique.
 */
export function partitionLayers<T extends ShardLayer>(layers: readonly T[], count: number): T[][] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shard count must be a positive integer, got ${count}`);
  const seen = new Set<string>();
  for (const l of layers) {
    if (seen.has(l.name)) throw new WwError('SHARD', `layer name ${l.name} appears twice in the model's layer list; cannot shard by name`, { layer: l.name });
    seen.add(l.name);
  }
  const costed = layers.map((layer) => ({ layer, cost: layerCost(layer.rows, layer.cols) }));
  costed.sort((a, b) => b.cost - a.cost || (a.layer.name < b.layer.name ? -1 : a.layer.name > b.layer.name ? 1 : 0));
  const loads = new Array<number>(count).fill(0);
  const shards: T[][] = Array.from({ length: count }, () => []);
  for (const { layer, cost } of costed) {
    let best = 0;
    for (let s = 1; s < count; s++) if (loads[s]! < loads[best]!) best = s;
    loads[best]! += cost;
    shards[best]!.push(layer);
  }
  for (const s of shards) s.sort((a, b) => a.index - b.index);
  return shards;
}

/** The layers of one shard (model order). */
export function shardLayers<T extends ShardLayer>(layers: readonly T[], shard: ShardSpec): T[] {
  return partitionLayers(layers, shard.count)[shard.index - 1]!;
}

export interface Balance {
  /** Estimated cost per shard. */
  readonly loads: readonly number[];
  readonly mean: number;
  readonly max: number;
  /** max / mean - 1 (0 = perfectly balanced). */
  readonly imbalance: number;
}

export function balanceOf(shards: readonly (readonly ShardLayer[])[]): Balance {
  const loads = shards.map((s) => s.reduce((sum, l) => sum + layerCost(l.rows, l.cols), 0));
  const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
  const max = Math.max(...loads);
  return { loads, mean, max, imbalance: mean > 0 ? max / mean - 1 : 0 };
}
