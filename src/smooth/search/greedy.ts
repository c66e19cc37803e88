/**
 * The guarded search: the strongest rank reduction whose full-text objective stays within the
 * budget. Layers are tried in the order of a weights-only score (least spectral energy discarded
 * first); for each layer a binary search over its candidate ranks finds the most aggressive one
 * the screening measurement admits, given the reductions already kept (laserRMT's accept/revert,
 * with screening on a subset of the windows). The kept set is then confirmed on the whole text; if
 * it is over the budget, the layer that cost the most on screening is reverted and the set
 * confirmed again, until it holds. Why this design: docs/smoothing-search.md.
 *
 * Pure over an `Objective`, so it is tested with closed-form objectives and reused by other ones.
 */
import { paramsAt } from './candidates.js';
import type { Assignment, Budget, Objective, Scope, SearchLayer, SearchLimits, SearchProgress, SearchResult, SearchStep, StepDecision } from './types.js';

export interface GreedyOptions {
  /** Reductions applied in every measurement but never searched or reverted (explicit overrides). */
  readonly fixed?: Assignment;
  readonly onProgress?: (p: SearchProgress) => void;
  /** Clock in milliseconds (tests). */
  readonly now?: () => number;
}

/** The largest value allowed for `share` of the budget above `base`. */
export function budgetLimit(base: number, budget: Budget, share = 1): number {
  const allowance = budget.kind === 'relative' ? base * budget.value : budget.value;
  return base + share * allowance;
}

/** Binary-search steps to settle a layer with n candidates. */
const stepsFor = (n: number): number => (n === 0 ? 0 : Math.ceil(Math.log2(n + 1)));

export async function greedySearch(layers: readonly SearchLayer[], objective: Objective, limits: SearchLimits, opts: GreedyOptions = {}): Promise<SearchResult> {
  const now = opts.now ?? (() => performance.now());
  const t0 = now();
  const fixed = opts.fixed ?? new Map<string, number>();
  const steps: SearchStep[] = [];
  const evals = { screen: 0, full: 0 };
  const seconds = { screen: 0, full: 0 };
  const ordered = [...layers].filter((l) => l.candidates.length > 0).sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(layers.map((l) => [l.name, l] as const));
  let expectedSteps = 2 + (fixed.size > 0 ? 1 : 0) + ordered.reduce((s, l) => s + stepsFor(l.candidates.length), 0) + 1;

  const measure = async (assignment: Assignment, scope: Scope): Promise<number> => {
    const t = now();
    const v = await objective.measure(assignment, scope);
    evals[scope]++;
    seconds[scope] += (now() - t) / 1000;
    return v;
  };
  const eta = (screensLeft: number): number | null => {
    if (evals.screen === 0 || evals.full === 0) return null;
    return screensLeft * (seconds.screen / evals.screen) + seconds.full / evals.full;
  };
  const totals = (a: Assignment): { paramsKept: number; rankRemoved: number } => {
    let paramsKept = 0;
    let rankRemoved = 0;
    for (const l of layers) {
      const k = a.get(l.name);
      paramsKept += paramsAt(l, k);
      if (k !== undefined && k < l.fullRank) rankRemoved += l.fullRank - k;
    }
    return { paramsKept, rankRemoved };
  };
  const record = (s: Omit<SearchStep, 'step' | 'paramsKept' | 'rankRemoved' | 'relative'>, a: Assignment, base: number, screensLeft: number): void => {
    const step: SearchStep = { step: steps.length + 1, ...s, relative: (s.value - base) / base, ...totals(a) };
    steps.push(step);
    opts.onProgress?.({ step: step.step, expectedSteps, layer: s.layer, k: s.k, decision: s.decision, value: s.value, etaSeconds: eta(screensLeft) });
  };
  const none = new Map<string, number>();
  let screensLeft = ordered.reduce((s, l) => s + stepsFor(l.candidates.length), 0);

  const original = { screen: await measure(none, 'screen'), full: 0 };
  record({ phase: 'baseline', scope: 'screen', layer: null, k: null, rules: [], value: original.screen, decision: 'baseline', lowered: false }, none, original.screen, screensLeft);
  original.full = await measure(none, 'full');
  record({ phase: 'baseline', scope: 'full', layer: null, k: null, rules: [], value: original.full, decision: 'baseline', lowered: false }, none, original.full, screensLeft);

  const screenLimit = budgetLimit(original.screen, limits.budget, limits.screenMargin);
  const current = new Map(fixed);
  let currentScreen = original.screen;
  if (fixed.size > 0) {
    currentScreen = await measure(current, 'screen');
    record({ phase: 'screen', scope: 'screen', layer: null, k: null, rules: ['overrides'], value: currentScreen, decision: currentScreen <= screenLimit ? 'accepted' : 'rejected', lowered: currentScreen < original.screen }, current, original.screen, screensLeft);
  }
  // What each kept layer added on screening: the revert order if the confirmation fails.
  const cost = new Map<string, number>();
  let stopped: SearchResult['stopped'] = null;
  let tried = 0;
  const reserveSeconds = (): number => 2 * (evals.full > 0 ? seconds.full / evals.full : 0);

  outer: for (const layer of ordered) {
    let lo = 0;
    let hi = layer.candidates.length - 1;
    let best: { k: number; value: number } | null = null;
    let budgetSteps = stepsFor(layer.candidates.length);
    while (lo <= hi) {
      if (tried >= limits.maxEvals) {
        stopped = 'max-evals';
      } else if ((now() - t0) / 1000 + reserveSeconds() > limits.maxSeconds) {
        stopped = 'time';
      }
      if (stopped) {
        if (best) current.set(layer.name, best.k);
        break outer;
      }
      const mid = (lo + hi) >> 1;
      const c = layer.candidates[mid]!;
      const trial = new Map(current).set(layer.name, c.k);
      const value = await measure(trial, 'screen');
      tried++;
      const ok = value <= screenLimit;
      budgetSteps--;
      screensLeft--;
      record({ phase: 'screen', scope: 'screen', layer: layer.name, k: c.k, rules: c.rules, value, decision: ok ? 'accepted' : 'rejected', lowered: value < currentScreen }, trial, original.screen, screensLeft);
      if (ok) {
        best = { k: c.k, value };
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    // The binary search may settle in fewer steps than planned.
    screensLeft -= Math.max(0, budgetSteps);
    expectedSteps -= Math.max(0, budgetSteps);
    if (best) {
      current.set(layer.name, best.k);
      cost.set(layer.name, best.value - currentScreen);
      currentScreen = best.value;
    }
  }
  if (stopped) expectedSteps = steps.length + 1;

  // Confirmation on the whole text; revert the costliest kept layer while over the budget.
  const fullLimit = budgetLimit(original.full, limits.budget);
  let final = current.size === 0 ? original.full : await measure(current, 'full');
  let decision: StepDecision = final <= fullLimit ? 'within-budget' : 'over-budget';
  if (current.size > 0) record({ phase: 'confirm', scope: 'full', layer: null, k: null, rules: [], value: final, decision, lowered: final < original.full }, current, original.full, 0);
  while (decision === 'over-budget') {
    const candidates = [...cost.entries()].filter(([name]) => current.has(name) && !fixed.has(name));
    if (candidates.length === 0) break;
    candidates.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [name] = candidates[0]!;
    const k = current.get(name)!;
    current.delete(name);
    expectedSteps++;
    final = current.size === 0 ? original.full : await measure(current, 'full');
    decision = final <= fullLimit ? 'within-budget' : 'over-budget';
    record({ phase: 'revert', scope: 'full', layer: name, k, rules: byName.get(name)?.candidates.find((c) => c.k === k)?.rules ?? [], value: final, decision: 'reverted', lowered: false }, current, original.full, 0);
  }
  return {
    objective: objective.name,
    chosen: current,
    steps,
    original,
    final,
    finalRelative: (final - original.full) / original.full,
    evals: { screen: evals.screen, full: evals.full, fullEquivalents: evals.screen * objective.cost.screen + evals.full * objective.cost.full },
    stopped,
    seconds: (now() - t0) / 1000,
  };
}
