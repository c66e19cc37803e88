/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  mulberry32
} from "./cli-chunk-UVQN2SPB.js";

// src/eval/bootstrap.ts
var DEFAULT_BOOTSTRAP = { resamples: 2e3, seed: 20240611, level: 0.95 };
function pairedBootstrap(a, b, opts = {}) {
  const n = a.length;
  if (n < 2 || b.length !== n) return null;
  for (let i = 0; i < n; i++) {
    if (a[i].tokens !== b[i].tokens) return null;
    if (!Number.isFinite(a[i].nllSum) || !Number.isFinite(b[i].nllSum)) return null;
  }
  const level = opts.level ?? DEFAULT_BOOTSTRAP.level;
  const resamples = opts.resamples ?? DEFAULT_BOOTSTRAP.resamples;
  const seed = opts.seed ?? DEFAULT_BOOTSTRAP.seed;
  const random = mulberry32(seed);
  const relative = new Float64Array(resamples);
  const absolute = new Float64Array(resamples);
  let above = 0;
  for (let r = 0; r < resamples; r++) {
    let nllA = 0;
    let nllB = 0;
    let tokens = 0;
    for (let j = 0; j < n; j++) {
      const i = Math.floor(random() * n);
      nllA += a[i].nllSum;
      nllB += b[i].nllSum;
      tokens += a[i].tokens;
    }
    const pa = Math.exp(nllA / tokens);
    const pb = Math.exp(nllB / tokens);
    relative[r] = pb / pa - 1;
    absolute[r] = pb - pa;
    if (pb > pa) above++;
  }
  relative.sort();
  absolute.sort();
  const tail = (1 - level) / 2;
  return {
    level,
    relativeLow: quantile(relative, tail),
    relativeHigh: quantile(relative, 1 - tail),
    absoluteLow: quantile(absolute, tail),
    absoluteHigh: quantile(absolute, 1 - tail),
    probabilityIncrease: above / resamples,
    resamples,
    seed,
    windows: n
  };
}
function deltaInterval(a, b, opts = {}) {
  if (!a.windowScores || !b.windowScores) return null;
  if (a.tokensTotal !== b.tokensTotal || a.context !== b.context || a.stride !== b.stride) return null;
  return pairedBootstrap(a.windowScores, b.windowScores, opts);
}
function quantile(sorted, q) {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
function perplexityDelta(a, b, opts = {}) {
  const absolute = b.perplexity - a.perplexity;
  const relative = absolute / a.perplexity;
  const ci = deltaInterval(a, b, opts);
  return ci ? { absolute, relative, ci } : { absolute, relative };
}

export {
  DEFAULT_BOOTSTRAP,
  deltaInterval,
  perplexityDelta
};
