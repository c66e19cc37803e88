/**
 * The probe file's part of "validate first" (src/engine/preflight.ts): the items are read,
 * checked and encoded with the tokenizer the run will use, so a malformed line or a choice that
 * adds no token is PROBE_INVALID, naming the line, before any weight is read, not after minutes
 * of analysis and smoothing.
 */
import type { Plan } from '../config/plan.js';

/** `model`: the local original model file, or null for a URL or glob (its folder is not known yet). */
export async function checkProbe(plan: Plan, model: string | null): Promise<void> {
  const probeFile = plan.eval.probe;
  if (!probeFile) return;
  const { readProbeFile } = await import('../eval/probeItems.js');
  const set = readProbeFile(probeFile, plan.eval.probeMaxItems);
  if (model !== null && !/\.onnx$/i.test(model)) return; // probes run on ONNX models only; the report says so
  const given = plan.eval.tokenizer;
  if (!given && model === null) return;
  const [{ loadTokenizer, tokenizerFolder }, { encodeProbe }] = await Promise.all([import('../eval/tokenizer.js'), import('../eval/probeEncode.js')]);
  encodeProbe(set, await loadTokenizer(tokenizerFolder(given, model!)));
}
