/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  pairedCounts,
  pairedDelta
} from "./cli-chunk-BLFIWMYW.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/eval/probeCompare.ts
var MAX_FLIPS_SHOWN = 5;
function compareProbe(a, b) {
  const pa = a.perItem;
  const pb = b.perItem;
  if (!pa || !pb || a.sha256 !== b.sha256 || pa.length !== pb.length || pa.some((r, i) => r.line !== pb[i].line)) {
    throw new WwError("INPUT_INVALID", "probe results compare item by item only when both scored the same items of the same file", { a: a.sha256, b: b.sha256 });
  }
  const paired = pairedDelta(pairedCounts(pa.map((r) => r.correct), pb.map((r) => r.correct)));
  const flip = (r, after) => ({ line: r.line, excerpt: r.excerpt, before: r.correct, after });
  const gainedItems = pa.flatMap((r, i) => !r.correct && pb[i].correct ? [flip(r, true)] : []);
  const lostItems = pa.flatMap((r, i) => r.correct && !pb[i].correct ? [flip(r, false)] : []);
  return {
    ...paired,
    flipped: [...gainedItems.slice(0, MAX_FLIPS_SHOWN), ...lostItems.slice(0, MAX_FLIPS_SHOWN)],
    gained: gainedItems.length,
    lost: lostItems.length
  };
}

export {
  compareProbe
};
