/**
 * The pipeline's probe step (README "Task probes"): the probe file is read and encoded once, with
 * the tokenizer the eval text uses, then original, smoothed and base are scored on the same items
 * and paired item by item. A base known only from a restored report pairs with that report's
 * original when it scored the same file (same sha256), else the comparison is skipped, saying why.
 *
 * The stage functions are injectable like the pipeline's own (`ProbeStages`); when the caller's
 * stages have none, the real ones (onnxruntime) are loaded here, lazily.
 */
import type { Plan } from '../config/plan.js';
import type { ProbeResult } from '../eval/probe.js';
import { compareProbe } from '../eval/probeCompare.js';
import type { EncodedProbe } from '../eval/probeEncode.js';
import type { ProbeSection } from '../report/probeTypes.js';
import type { ModelIdentity } from '../report/types.js';

export interface ProbeStages {
  /** Reads and encodes plan.eval.probe (tokenizer: plan.eval.tokenizer, else the original model's folder). */
  prepareProbe(original: ModelIdentity, plan: Plan): Promise<EncodedProbe>;
  /** Scores the encoded items with one model; the result keeps its per-item outcomes. */
  probe(modelPath: string, plan: Plan, probe: EncodedProbe): Promise<ProbeResult>;
}

/** The real probe stages: src/engine/probe.ts with the plan's eval settings. */
export async function defaultProbeStages(): Promise<ProbeStages> {
  const [{ evaluateProbeItems, prepareProbe }, { tokenizerFolder }] = await Promise.all([import('./probe.js'), import('../eval/tokenizer.js')]);
  return {
    prepareProbe(original, plan) {
      const tokenizerDir = tokenizerFolder(plan.eval.tokenizer, original.path);
      return prepareProbe({ probeFile: plan.eval.probe!, tokenizerDir, ...(plan.eval.probeMaxItems ? { maxItems: plan.eval.probeMaxItems } : {}) }, original.path);
    },
    probe: (modelPath, plan, probe) => evaluateProbeItems(modelPath, probe, { ...(plan.eval.context !== null ? { context: plan.eval.context } : {}), device: plan.eval.device }),
  };
}

/** Where the base's probe comes from: a base model measured in this run, or a restored report. */
export type ProbeBase = { readonly model: ModelIdentity } | { readonly report: ProbeSection | undefined } | null;

export interface ProbeStepInput {
  readonly stages: Partial<ProbeStages>;
  readonly plan: Plan;
  readonly model: ModelIdentity;
  /** The smoothed model written by this run, or null. */
  readonly smoothedPath: string | null;
  readonly base: ProbeBase;
  readonly timed: <T>(name: string, f: () => Promise<T>) => Promise<T>;
  /** Makes onnxruntime available (the pipeline's beforePerplexity, awaited at most once overall). */
  readonly before: () => Promise<void>;
  readonly log: (message: string) => void;
}

const ONNX_ONLY = 'task probes need ONNX models';

/** Runs the probe step; undefined when the plan has no probe file. */
export async function measureProbes(input: ProbeStepInput): Promise<ProbeSection | undefined> {
  const { plan, model, timed, log } = input;
  if (!plan.eval.probe) return undefined;
  const source = plan.eval.probe;
  if (model.format !== 'onnx') {
    return { source, sha256: '', original: null, smoothed: null, base: null, smoothedVsOriginal: null, headVsBase: null, note: `${ONNX_ONLY}; ${model.path} is ${model.format}` };
  }
  const real = input.stages.prepareProbe && input.stages.probe ? null : await defaultProbeStages();
  const prepare = input.stages.prepareProbe ?? real!.prepareProbe;
  const score = input.stages.probe ?? real!.probe;
  await input.before();
  const items = await timed('probe-prepare', () => prepare(model, plan));
  const notes: string[] = [];
  const original = await timed('probe-original', () => score(model.path, plan, items));
  log(`probe original: accuracy ${(original.accuracy * 100).toFixed(1)}% on ${original.items} items`);
  const smoothed = input.smoothedPath ? await timed('probe-smoothed', () => score(input.smoothedPath!, plan, items)) : null;
  if (smoothed) log(`probe smoothed: accuracy ${(smoothed.accuracy * 100).toFixed(1)}%`);

  let base: ProbeResult | null = null;
  const from = input.base;
  if (from && 'model' in from) {
    if (from.model.format === 'onnx') base = await timed('probe-base', () => score(from.model.path, plan, items));
    else notes.push(`base not probed: ${ONNX_ONLY}`);
  } else if (from && 'report' in from) {
    const restored = from.report?.original ?? null;
    if (!restored) notes.push('the baseline report has no probe result');
    else if (restored.sha256 !== items.sha256 || !restored.perItem) notes.push('the baseline report probed a different item set (sha256 differs): no head-vs-base comparison');
    else base = restored;
  }
  return {
    source,
    sha256: items.sha256,
    original,
    smoothed,
    base,
    smoothedVsOriginal: smoothed ? compareProbe(original, smoothed) : null,
    headVsBase: base ? compareProbe(base, original) : null,
    note: notes.join('; '),
  };
}
