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
export declare const MAX_SHARDS = 256;
/** Parses `i/n` (1 <= i <= n <= 256). `source` names the input or flag in the message. */
export declare function parseShard(text: string, source: string): ShardSpec;
export declare const formatShard: (s: ShardSpec) => string;
/** Estimated cost of one layer: N*M^2 + M^3 with N = max(rows, cols), M = min(rows, cols). */
export declare function layerCost(rows: number, cols: number): number;
/**
 * Partitions `layers` into `count` shards (greedy LPT on layerCost). Returns, per shard, its layers
 * in model order. Layer names must be unique.
 */
export declare function partitionLayers<T extends ShardLayer>(layers: readonly T[], count: number): T[][];
/** The layers of one shard (model order). */
export declare function shardLayers<T extends ShardLayer>(layers: readonly T[], shard: ShardSpec): T[];
export interface Balance {
    /** Estimated cost per shard. */
    readonly loads: readonly number[];
    readonly mean: number;
    readonly max: number;
    /** max / mean - 1 (0 = perfectly balanced). */
    readonly imbalance: number;
}
export declare function balanceOf(shards: readonly (readonly ShardLayer[])[]): Balance;
