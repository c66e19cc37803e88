/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/spectral/summary.ts
var SUMMARY_METRICS = ["log_norm", "alpha", "alpha_weighted", "log_alpha_norm", "log_spectral_norm", "stable_rank", "mp_softrank"];
function means(rows) {
  const out = {};
  for (const key of SUMMARY_METRICS) {
    let sum = 0;
    let n = 0;
    for (const r of rows) {
      const v = r[key];
      if (typeof v === "number" && !Number.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    out[key] = n > 0 ? sum / n : null;
  }
  return out;
}
function summarize(rows) {
  const ok = rows.filter((r) => r.status === "success");
  return {
    ww: means(rows),
    successful: means(ok),
    layers: rows.length,
    failedFits: rows.length - ok.length,
    overTrained: rows.filter((r) => r.warning === "over-trained").length,
    underTrained: rows.filter((r) => r.warning === "under-trained").length
  };
}

export {
  summarize
};
