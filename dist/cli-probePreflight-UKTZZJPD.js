/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import "./cli-chunk-4E3GJSB2.js";

// src/engine/probePreflight.ts
async function checkProbe(plan, model) {
  const probeFile = plan.eval.probe;
  if (!probeFile) return;
  const { readProbeFile } = await import("./cli-probeItems-PLRDZVMI.js");
  const set = readProbeFile(probeFile, plan.eval.probeMaxItems);
  if (model !== null && !/\.onnx$/i.test(model)) return;
  const given = plan.eval.tokenizer;
  if (!given && model === null) return;
  const [{ loadTokenizer, tokenizerFolder }, { encodeProbe }] = await Promise.all([import("./cli-tokenizer-4KHCFA5A.js"), import("./cli-probeEncode-OJZKMYG4.js")]);
  encodeProbe(set, await loadTokenizer(tokenizerFolder(given, model)));
}
export {
  checkProbe
};
