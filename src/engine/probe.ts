/**
 * Probe accuracy of one model (README "Task probes"), as the CLI's `eval --probe` and the
 * pipeline call it. Same order and error contract as perplexity (src/engine/evaluate.ts): the
 * items are read, checked and encoded before any session opens; then the session and its
 * signature, the context limit and the vocabulary are checked before any item runs.
 */
import { dirname, resolve } from 'node:path';
import { WwError } from '../errors.js';
import { scoreProbe, summarizeProbe, type ProbeResult } from '../eval/probe.js';
import { encodeProbe, type EncodedProbe } from '../eval/probeEncode.js';
import { readProbeFile } from '../eval/probeItems.js';
import { createRunner, resolveVocabSize } from '../eval/runner.js';
import { openSession } from '../eval/session.js';
import { checkContext, sessionSignature } from '../eval/signature.js';
import { checkIdsInVocab, loadTokenizer } from '../eval/tokenizer.js';
import type { EvalOptions } from '../eval/types.js';
import { DEFAULT_CONTEXT } from '../eval/convention.js';
import { autoBatchSize, sessionRequestOf } from './evaluate.js';

export interface ProbeFileRequest {
  readonly probeFile: string;
  /** Folder with tokenizer.json (default: the model's folder). */
  readonly tokenizerDir?: string;
  /** Items scored (default PROBE_LIMITS.defaultMaxItems). */
  readonly maxItems?: number;
}

/** Reads, checks and encodes a probe file with the model's (or the given) tokenizer. */
export async function prepareProbe(req: ProbeFileRequest, modelPath: string): Promise<EncodedProbe> {
  const set = readProbeFile(req.probeFile, req.maxItems);
  const tokenizer = await loadTokenizer(req.tokenizerDir ?? dirname(resolve(modelPath)));
  return encodeProbe(set, tokenizer);
}

/** Every token id of the encoded items (for the vocabulary check). */
function allIds(probe: EncodedProbe): number[] {
  const ids: number[] = [];
  for (const item of probe.items) {
    for (const req of item.kind === 'choice' ? item.requests : [item.request]) ids.push(...req.context, ...req.continuation);
  }
  return ids;
}

/**
 * Scores encoded items with one model. `perItem` keeps each item's outcome and scores in the
 * result (the pipeline pairs models item by item; the CLI prints them on request).
 */
export async function evaluateProbeItems(modelPath: string, probe: EncodedProbe, options: Partial<EvalOptions> = {}, perItem = true): Promise<ProbeResult> {
  if (probe.items.length === 0) throw new WwError('PROBE_INVALID', `${probe.source} holds no probe item`, { file: probe.source });
  const evalSession = await openSession(modelPath, sessionRequestOf(options));
  try {
    const signature = await sessionSignature(evalSession.session, evalSession.modelPath);
    const context = options.context ?? Math.min(DEFAULT_CONTEXT, signature.maxContext?.tokens ?? DEFAULT_CONTEXT);
    checkContext(signature, context, evalSession.modelPath);
    const vocabSize = await resolveVocabSize(evalSession, signature);
    checkIdsInVocab(allIds(probe), vocabSize, probe.source);
    const batchSize = signature.fixedBatch ?? (options.batchSize !== undefined && options.batchSize > 0 ? options.batchSize : autoBatchSize(context, vocabSize));
    const runner = createRunner(evalSession, signature, vocabSize);
    const scored = await scoreProbe(probe, runner, { maxLength: context, batchSize });
    const summary = summarizeProbe(scored.perItem);
    return {
      ...summary,
      itemsTotal: probe.itemsTotal,
      source: probe.source,
      sha256: probe.sha256,
      model: evalSession.modelPath,
      device: evalSession.device,
      deviceNote: evalSession.deviceNote,
      context,
      sequences: scored.sequences,
      tokensScored: scored.tokensScored,
      seconds: scored.seconds,
      itemsPerSecond: scored.seconds > 0 ? summary.items / scored.seconds : 0,
      ...(perItem ? { perItem: scored.perItem } : {}),
    };
  } finally {
    await evalSession.session.release();
  }
}

/** Reads a probe file and scores it with one model. */
export async function evaluateProbe(req: ProbeFileRequest & { modelPath: string; options?: Partial<EvalOptions>; perItem?: boolean }): Promise<ProbeResult> {
  const probe = await prepareProbe(req, req.modelPath);
  return evaluateProbeItems(req.modelPath, probe, req.options, req.perItem ?? false);
}
