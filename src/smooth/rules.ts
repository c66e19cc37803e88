/**
 * Rank rules: turn the user's rule fields into a validated RankRule (before any work), and a rule
 * plus a layer's shape (and, for detX / mp / tail, its spectrum counts) into k.
 * k > 0 keeps the top k components; k < 0 removes the top |k| (negative percent, as WeightWatcher).
 */
import { WwError } from '../errors.js';
import { SMOOTH_METHODS, type RankRule, type RuleConfig, type SmoothMethod } from './types.js';

/** WeightWatcher's SVDSmoothing default for method='svd'. */
export const DEFAULT_PERCENT = 0.8;
export const DEFAULT_METHOD: SmoothMethod = 'detX';

/** Counts from the layer's spectrum that the spectrum rules read. */
export interface SpectrumCounts {
  readonly detX_num: number | null;
  readonly num_spikes: number | null;
  readonly num_pl_spikes: number | null;
}

export function needsSpectrum(rule: RankRule): boolean {
  return rule.method === 'detX' || rule.method === 'mp' || rule.method === 'tail';
}

export function describeRule(rule: RankRule): string {
  switch (rule.method) {
    case 'percent':
      return `percent ${rule.percent}`;
    case 'rank-fraction':
      return `rank-fraction rho=${rule.rho}`;
    case 'rank':
      return `rank ${rule.k}`;
    default:
      return rule.method;
  }
}

/**
 * Validates rule fields; `where` names the config key for messages (e.g. `overrides[1]`).
 * Out-of-range values throw RANK_OUT_OF_RANGE, a missing or unknown parameter CONFIG_INVALID.
 */
export function parseRule(cfg: RuleConfig, where: string, inherited?: RuleConfig): RankRule {
  const method = cfg.method ?? inherited?.method ?? DEFAULT_METHOD;
  if (!(SMOOTH_METHODS as readonly string[]).includes(method)) {
    throw new WwError('CONFIG_INVALID', `${where}: unknown smoothing method '${method}' (expected one of ${SMOOTH_METHODS.join(', ')})`, {
      key: `${where}.method`,
      received: method,
    });
  }
  // The method's parameter: its named field, else `value`, at this level, then inherited
  // (`value` is inherited only for the same method: 0.5 means different things per method).
  const sameMethod = inherited !== undefined && (inherited.method ?? DEFAULT_METHOD) === method;
  const pick = (key: 'k' | 'percent' | 'rho'): number | undefined =>
    cfg[key] ?? cfg.value ?? inherited?.[key] ?? (sameMethod ? inherited?.value : undefined) ?? undefined;
  const checkNumber = (key: string, v: number): void => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new WwError('RANK_OUT_OF_RANGE', `${where}: ${key} must be a finite number, got ${String(v)}`, { key: `${where}.${key}`, received: v });
    }
  };
  switch (method) {
    case 'rank': {
      const k = pick('k');
      if (k === undefined) throw new WwError('CONFIG_INVALID', `${where}: method 'rank' needs k (the number of components to keep)`, { key: `${where}.k` });
      checkNumber('k', k);
      if (!Number.isInteger(k) || k < 0) {
        throw new WwError('RANK_OUT_OF_RANGE', `${where}: k must be an integer >= 0, got ${k}`, { key: `${where}.k`, received: k });
      }
      return { method, k };
    }
    case 'percent': {
      const percent = pick('percent') ?? DEFAULT_PERCENT;
      checkNumber('percent', percent);
      if (Math.abs(percent) > 1) {
        throw new WwError('RANK_OUT_OF_RANGE', `${where}: percent must be a fraction in [-1, 1] (0.8 keeps 80% of the components), got ${percent}`, {
          key: `${where}.percent`,
          received: percent,
        });
      }
      return { method, percent };
    }
    case 'rank-fraction': {
      const rho = pick('rho');
      if (rho === undefined) throw new WwError('CONFIG_INVALID', `${where}: method 'rank-fraction' needs rho (fraction of min(m, n) to keep)`, { key: `${where}.rho` });
      checkNumber('rho', rho);
      if (!(rho > 0 && rho <= 1)) {
        throw new WwError('RANK_OUT_OF_RANGE', `${where}: rho must be in (0, 1], got ${rho}`, { key: `${where}.rho`, received: rho });
      }
      return { method, rho };
    }
    default:
      return { method } as RankRule;
  }
}

/**
 * k from the shape alone, or null for the spectrum rules. Uses the same float arithmetic as
 * WeightWatcher (`int(percent * M)`, truncation toward zero) and LASER (`int(rho * min(m, n))`).
 */
export function staticRank(rule: RankRule, rows: number, cols: number): number | null {
  const m = Math.min(rows, cols);
  switch (rule.method) {
    case 'rank':
      return rule.k;
    case 'percent':
      return Math.trunc(rule.percent * m) + 0; // + 0 turns -0 into 0
    case 'rank-fraction':
      return Math.floor(rule.rho * m);
    default:
      return null;
  }
}

/** The spectrum count a spectrum rule reads. */
export function countName(rule: RankRule): keyof SpectrumCounts | null {
  return rule.method === 'detX' ? 'detX_num' : rule.method === 'mp' ? 'num_spikes' : rule.method === 'tail' ? 'num_pl_spikes' : null;
}

/**
 * k for any rule. Spectrum rules read their count; null when the fit behind it failed (e.g. no
 * power-law tail could be fitted), in which case the layer is left unchanged.
 */
export function resolveRank(rule: RankRule, rows: number, cols: number, counts: SpectrumCounts | null): number | null {
  const s = staticRank(rule, rows, cols);
  if (s !== null) return s;
  const v = counts?.[countName(rule)!];
  return v === null || v === undefined || !Number.isInteger(v) || v < 0 ? null : v;
}

/** What a k means for a layer of this shape. */
export type RankEffect = 'keep-top' | 'remove-top' | 'unchanged-zero' | 'unchanged-full';

export function rankEffect(k: number, rows: number, cols: number): RankEffect {
  const m = Math.min(rows, cols);
  if (k === 0) return 'unchanged-zero';
  if (k >= m) return 'unchanged-full';
  return k > 0 ? 'keep-top' : 'remove-top';
}
