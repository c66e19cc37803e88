/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/shard/partition.ts
var MAX_SHARDS = 256;
function parseShard(text, source) {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1 && count <= MAX_SHARDS) || !(index >= 1 && index <= count)) {
    throw new WwError("INPUT_INVALID", `${source}: "${text}" is not a shard; expected i/n with 1 <= i <= n <= ${MAX_SHARDS} (e.g. 2/4, or \${{ matrix.shard }}/4 in a matrix job)`, {
      input: source,
      value: text
    });
  }
  return { index, count };
}
var formatShard = (s) => `${s.index}/${s.count}`;
function layerCost(rows, cols) {
  const N = Math.max(rows, cols);
  const M = Math.min(rows, cols);
  return N * M * M + M * M * M;
}
function partitionLayers(layers, count) {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`shard count must be a positive integer, got ${count}`);
  const seen = /* @__PURE__ */ new Set();
  for (const l of layers) {
    if (seen.has(l.name)) throw new WwError("SHARD", `layer name ${l.name} appears twice in the model's layer list; cannot shard by name`, { layer: l.name });
    seen.add(l.name);
  }
  const costed = layers.map((layer) => ({ layer, cost: layerCost(layer.rows, layer.cols) }));
  costed.sort((a, b) => b.cost - a.cost || (a.layer.name < b.layer.name ? -1 : a.layer.name > b.layer.name ? 1 : 0));
  const loads = new Array(count).fill(0);
  const shards = Array.from({ length: count }, () => []);
  for (const { layer, cost } of costed) {
    let best = 0;
    for (let s = 1; s < count; s++) if (loads[s] < loads[best]) best = s;
    loads[best] += cost;
    shards[best].push(layer);
  }
  for (const s of shards) s.sort((a, b) => a.index - b.index);
  return shards;
}
function shardLayers(layers, shard) {
  return partitionLayers(layers, shard.count)[shard.index - 1];
}

export {
  parseShard,
  formatShard,
  shardLayers
};
