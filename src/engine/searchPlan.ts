/**
 * From the run's Plan to the smoothing search (`method: auto`): the search setup (eval windows,
 * budget, limits), the rule config the smoothing stage reads (auto is not a rank rule), the
 * fallback when perplexity cannot be measured, and the progress line with its ETA.
 */
import type { Plan, SmoothPlan } from '../config/plan.js';
import { DEFAULT_CONTEXT } from '../eval/convention.js';
import type { SmoothPlanConfig } from '../smooth/types.js';
import type { SearchProgress } from '../smooth/search/types.js';
import { DEFAULT_SEARCH_MAX_EVALS, type SearchSetup } from './search.js';

/** Used when neither smooth.budget nor the gate's warn level gives one: the default warn level. */
const FALLBACK_BUDGET = { kind: 'relative', value: 0.02 } as const;

export function searchSetupOf(plan: Plan, tokens: readonly number[], onProgress?: (p: SearchProgress) => void): SearchSetup {
  return {
    tokens,
    context: plan.eval.context ?? DEFAULT_CONTEXT,
    stride: plan.eval.stride ?? plan.eval.context ?? DEFAULT_CONTEXT,
    maxTokens: plan.eval.maxTokens,
    device: plan.eval.device,
    batchSize: 0,
    budget: plan.smooth.budget ?? plan.gate.perplexityIncrease.warn ?? FALLBACK_BUDGET,
    maxEvals: plan.smooth.searchMaxEvals ?? DEFAULT_SEARCH_MAX_EVALS,
    maxSeconds: plan.smooth.searchMaxSeconds ?? Infinity,
    ...(onProgress ? { onProgress } : {}),
  };
}

/** The smoothing stage's rule fields: under auto the rule is chosen per layer by the search (detX stands in). */
export function ruleConfigOf(smooth: SmoothPlan): SmoothPlanConfig {
  return { ...smooth, method: smooth.method === 'auto' ? 'detX' : smooth.method } as SmoothPlanConfig;
}

/** auto without a measurable perplexity (a safetensors model) smooths with detX, and says why. */
export function autoUnavailable(plan: Plan, why: string): Plan {
  return { ...plan, smooth: { ...plan.smooth, method: 'detX', methodReason: `detX: method auto needs a perplexity to guard the search, and ${why}` } };
}

/**
 * Progress of the search as log lines with an ETA: one per tenth of the expected steps or 15 s,
 * whichever comes first, and the confirmation.
 */
export function searchProgressLog(write: (line: string) => void): (p: SearchProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    const tenth = Math.max(1, Math.round(p.expectedSteps / 10));
    if (p.step % tenth !== 0 && now - last < 15_000 && p.decision !== 'within-budget') return;
    last = now;
    const eta = p.etaSeconds === null ? '' : `, ETA ${Math.round(p.etaSeconds)} s`;
    write(`smoothing search: step ${p.step}/${p.expectedSteps}${p.layer ? ` ${p.layer} k=${p.k}` : ''} ${p.decision} (perplexity ${p.value.toFixed(4)})${eta}`);
  };
}
