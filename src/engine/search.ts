/**
 * `method: auto` on a real model: candidate ranks per selected layer from its spectrum, the
 * perplexity objective over one reusable onnxruntime session (src/eval/candidateSession.ts: the
 * searched weights are feeds), the greedy guarded search (src/smooth/search/greedy.ts), and the
 * plan that smooths each layer to its chosen rank. W'_k is the same truncated SVD (same engine,
 * seed and input values) that the writer computes afterwards, so the model written is the model
 * measured.
 */
import { WwError } from '../errors.js';
import { openCandidateSession, type WeightValues } from '../eval/candidateSession.js';
import type { DeviceRequest, EvalWindow } from '../eval/types.js';
import type { LinalgEngine } from '../linalg/engine.js';
import { encodeFromFloat64 } from '../model/dtype.js';
import type { DenseLayer, ModelWeights, WeightDType } from '../model/types.js';
import { smoothMatrix } from '../smooth/apply.js';
import { resolveRank, rankEffect } from '../smooth/rules.js';
import type { SpectrumAnalyzer } from '../smooth/run.js';
import { paramsAt, searchLayer } from '../smooth/search/candidates.js';
import { greedySearch } from '../smooth/search/greedy.js';
import type { Assignment, Budget, Objective, Scope, SearchLayer, SearchProgress, SearchReport, SearchResult } from '../smooth/search/types.js';
import type { PlannedLayer, SmoothPlanConfig } from '../smooth/types.js';

/** Screening scores this share of the windows (at least MIN_SCREEN_WINDOWS), spread over the text. */
export const DEFAULT_SCREEN_FRACTION = 1 / 8;
const MIN_SCREEN_WINDOWS = 4;
/** Screening admits a candidate up to this share of the budget; the rest absorbs screen/full disagreement. */
export const DEFAULT_SCREEN_MARGIN = 0.75;
export const DEFAULT_SEARCH_MAX_EVALS = 300;

export interface SearchSetup {
  readonly tokens: readonly number[];
  readonly context: number;
  readonly stride: number;
  readonly maxTokens: number;
  readonly device: DeviceRequest;
  readonly batchSize: number;
  readonly budget: Budget;
  readonly maxEvals: number;
  /** Infinity: no time bound. */
  readonly maxSeconds: number;
  readonly screenFraction?: number;
  readonly screenMargin?: number;
  readonly onProgress?: (p: SearchProgress) => void;
}

export interface RankSearch {
  readonly result: SearchResult;
  readonly layers: readonly SearchLayer[];
  /** The plan to write: searched layers at their chosen rank; those kept at full rank are left out. */
  readonly planned: readonly PlannedLayer[];
  readonly screen: { readonly windows: number; readonly tokens: number };
  readonly full: { readonly windows: number; readonly tokens: number };
  readonly notes: readonly string[];
}

/** Every n-th window, evenly over the text: screening sees the same kinds of text as the full run. */
export function screeningWindows(windows: readonly EvalWindow[], fraction: number): EvalWindow[] {
  const n = Math.min(windows.length, Math.max(MIN_SCREEN_WINDOWS, Math.ceil(fraction * windows.length)));
  return Array.from({ length: n }, (_, i) => windows[Math.floor((i * windows.length) / n)]!);
}

/** Overrides that name a method keep their rule under `auto`: those layers are fixed, not searched. */
function explicitOverride(p: PlannedLayer, config: SmoothPlanConfig): boolean {
  const m = /^overrides\[(\d+)\]/.exec(p.ruleSource);
  return m !== null && (config.overrides?.[Number(m[1])]?.method ?? null) !== null;
}

const toFeed = (values: ArrayLike<number>, dtype: WeightDType): WeightValues => {
  const bytes = encodeFromFloat64(values, dtype);
  return dtype === 'float32' ? new Float32Array(bytes.buffer) : dtype === 'float64' ? new Float64Array(bytes.buffer) : new Uint16Array(bytes.buffer);
};

export async function searchRanks(args: {
  readonly model: Pick<ModelWeights, 'path' | 'readMatrix'>;
  readonly planned: readonly PlannedLayer[];
  readonly config: SmoothPlanConfig;
  readonly engine: LinalgEngine;
  readonly analyze: SpectrumAnalyzer;
  readonly seed: number;
  readonly knownSpectrum?: (layer: string) => Float64Array | undefined;
  readonly setup: SearchSetup;
}): Promise<RankSearch> {
  const { model, engine, seed, setup } = args;
  const notes: string[] = [];
  const searched: { planned: PlannedLayer; layer: SearchLayer }[] = [];
  const fixed = new Map<string, number>();
  const original = new Map<string, WeightValues>();
  const exposed: DenseLayer[] = [];
  for (const p of args.planned) {
    const l = p.layer;
    if (l.dtype === 'bfloat16') {
      notes.push(`${l.name}: bfloat16 weights cannot be fed to onnxruntime from JavaScript; left out of the search`);
      continue;
    }
    const [rows, cols] = l.storedShape;
    const W = await model.readMatrix(l, { keepFloat32: true });
    const known = args.knownSpectrum?.(l.name);
    const evals = known && known.length === Math.min(rows, cols) ? known : await engine.gramEigenvalues(W);
    const summary = args.analyze(evals, rows, cols);
    if (explicitOverride(p, args.config)) {
      const k = resolveRank(p.rule, rows, cols, summary);
      if (k === null || rankEffect(k, rows, cols).startsWith('unchanged')) continue;
      fixed.set(l.name, k);
    } else {
      searched.push({ planned: p, layer: searchLayer({ name: l.name, rows, cols, inFeatures: l.inFeatures, outFeatures: l.outFeatures }, evals, summary) });
    }
    original.set(l.name, toFeed(W.data, l.dtype));
    exposed.push(l);
  }
  if (exposed.length === 0) throw new WwError('SELECTION_EMPTY', 'method auto: no selected layer can be searched', {});

  const session = await openCandidateSession({
    modelPath: model.path,
    layers: exposed,
    tokens: setup.tokens,
    context: setup.context,
    stride: setup.stride,
    maxTokens: setup.maxTokens,
    batchSize: setup.batchSize,
    device: setup.device,
  });
  try {
    const screen = screeningWindows(session.windows, setup.screenFraction ?? DEFAULT_SCREEN_FRACTION);
    const screenTokens = screen.reduce((s, w) => s + (w.end - w.scoreFrom), 0);
    const byName = new Map(exposed.map((l) => [l.name, l] as const));
    // W'_k per layer: the last two ranks asked for (the kept one and the one on trial).
    const cache = new Map<string, Map<number, WeightValues>>();
    const smoothed = async (name: string, k: number): Promise<WeightValues> => {
      const forLayer = cache.get(name) ?? new Map<number, WeightValues>();
      cache.set(name, forLayer);
      const hit = forLayer.get(k);
      if (hit) {
        forLayer.delete(k);
        forLayer.set(k, hit);
        return hit;
      }
      const layer = byName.get(name)!;
      const W = await model.readMatrix(layer, { keepFloat32: true });
      const values = toFeed((await smoothMatrix(W, k, engine, seed)).values.data, layer.dtype);
      forLayer.set(k, values);
      if (forLayer.size > 2) forLayer.delete(forLayer.keys().next().value!);
      return values;
    };
    const objective: Objective = {
      name: 'perplexity',
      cost: { screen: screenTokens / session.tokensScored, full: 1 },
      async measure(assignment: Assignment, scope: Scope) {
        const feeds = new Map<string, WeightValues>();
        for (const l of exposed) {
          const k = assignment.get(l.name);
          feeds.set(l.name, k === undefined ? original.get(l.name)! : await smoothed(l.name, k));
        }
        return (await session.measure(feeds, scope === 'screen' ? screen : undefined)).perplexity;
      },
    };
    const result = await greedySearch(
      searched.map((s) => s.layer),
      objective,
      { budget: setup.budget, screenMargin: setup.screenMargin ?? DEFAULT_SCREEN_MARGIN, maxEvals: setup.maxEvals, maxSeconds: setup.maxSeconds },
      { fixed, ...(setup.onProgress ? { onProgress: setup.onProgress } : {}) },
    );
    if (result.stopped) notes.push(`screening stopped early (${result.stopped === 'time' ? 'time bound reached' : `search-max-evals = ${setup.maxEvals} reached`}); layers not tried keep their weights`);
    const searchedNames = new Set(searched.map((s) => s.layer.name));
    // Layers the search left at full rank drop out of the plan (the search report lists them).
    const planned = args.planned.flatMap((p): PlannedLayer[] => {
      if (!searchedNames.has(p.layer.name)) return [p];
      const k = result.chosen.get(p.layer.name);
      return k === undefined ? [] : [{ ...p, rule: { method: 'rank', k }, ruleSource: 'auto', k }];
    });
    return {
      result,
      layers: searched.map((s) => s.layer),
      planned,
      screen: { windows: screen.length, tokens: screenTokens },
      full: { windows: session.windows.length, tokens: session.tokensScored },
      notes,
    };
  } finally {
    await session.release();
  }
}

/** The report.json view of a search (src/smooth/search/types.ts SearchReport). */
export function searchReport(rs: RankSearch, setup: SearchSetup, fileBytes: SearchReport['fileBytes']): SearchReport {
  const { result } = rs;
  const last = result.steps[result.steps.length - 1];
  const paramsBefore = rs.layers.reduce((s, l) => s + l.params, 0);
  let paramsKept = 0;
  let rankRemoved = 0;
  for (const l of rs.layers) {
    const k = result.chosen.get(l.name);
    paramsKept += paramsAt(l, k);
    if (k !== undefined) rankRemoved += l.fullRank - k;
  }
  return {
    objective: result.objective,
    budget: setup.budget,
    screenMargin: setup.screenMargin ?? DEFAULT_SCREEN_MARGIN,
    screen: rs.screen,
    full: rs.full,
    original: result.original,
    final: result.final,
    finalRelative: result.finalRelative,
    evals: result.evals,
    stopped: result.stopped,
    seconds: result.seconds,
    layers: rs.layers.map((l) => ({
      name: l.name,
      fullRank: l.fullRank,
      chosenK: result.chosen.get(l.name) ?? null,
      candidates: l.candidates.map((c) => ({ k: c.k, rules: c.rules, discardedEnergy: c.discardedEnergy })),
    })),
    steps: result.steps,
    totals: { layersReduced: rs.layers.filter((l) => result.chosen.has(l.name)).length, rankRemoved, paramsBefore, paramsKept },
    fileBytes,
    notes: [
      ...rs.notes,
      ...(result.finalRelative < 0 ? [`the chosen reductions lowered perplexity (${(result.finalRelative * 100).toFixed(2)}% on the whole text): LASER's effect`] : []),
      ...(last && last.decision === 'reverted' ? ['screening admitted more than the whole text allowed: the costliest layers were reverted until the budget held'] : []),
    ],
  };
}
