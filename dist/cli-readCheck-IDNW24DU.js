/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  DEFAULT_ANALYZE_OPTIONS,
  analysisReads
} from "./cli-chunk-PFLMH677.js";
import "./cli-chunk-FXALURX7.js";
import "./cli-chunk-37YEADYB.js";
import {
  buildPlan,
  ruleConfigOf
} from "./cli-chunk-EOVJGASD.js";
import "./cli-chunk-PGRIZON2.js";
import "./cli-chunk-JFUYTXGE.js";
import "./cli-chunk-T5TIHXIB.js";
import "./cli-chunk-BLFIWMYW.js";
import "./cli-chunk-2GYAVEAP.js";
import "./cli-chunk-ZFY4MAV2.js";
import "./cli-chunk-UVQN2SPB.js";
import {
  openModel
} from "./cli-chunk-TL5GPFJR.js";
import "./cli-chunk-WRW5N32G.js";
import "./cli-chunk-GB5BUAGV.js";
import "./cli-chunk-E5QLBCM3.js";
import "./cli-chunk-PRYELFJA.js";
import "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import "./cli-chunk-NVWLD7SI.js";
import "./cli-chunk-JVBZG5TV.js";
import "./cli-chunk-FADXTKAR.js";
import "./cli-chunk-YNVCIOJB.js";
import "./cli-chunk-VV3OXSPZ.js";
import "./cli-chunk-HZ6U64MK.js";
import "./cli-chunk-CMMSJIGO.js";
import "./cli-chunk-VYQTZBYA.js";
import "./cli-chunk-IBKWP2IV.js";
import "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/engine/readCheck.ts
async function checkModelReads(file, plan, opts) {
  const weights = await openModel(file);
  try {
    analysisReads(weights, opts.only, DEFAULT_ANALYZE_OPTIONS);
    if (opts.smoothed && plan.smooth.enabled) {
      for (const planned of buildPlan(weights, ruleConfigOf(plan.smooth)).layers) weights.checkRead(planned.layer);
    }
  } finally {
    await weights.close();
  }
}
export {
  checkModelReads
};
