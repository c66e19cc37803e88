/**
 * Builds the smoothing plan from a SmoothPlanConfig and a model's dense-layer list: validates the
 * rules (RANK_OUT_OF_RANGE / CONFIG_INVALID), resolves the selection (SELECTION_EMPTY / NOT_DENSE),
 * applies per-layer overrides (first match wins), and fixes k wherever the shape alone decides it.
 * No weight is read.
 */
import { WwError } from '../errors.js';
import type { DenseLayer, SkippedTensor } from '../model/types.js';
import { assertLayerFits } from '../model/limits.js';
import { checkSelectorCount } from '../util/pattern.js';
import { describeRule, parseRule, staticRank } from './rules.js';
import { asList, compileSelector, lastBlock, selectLayers, selectorMatches, type Selector } from './select.js';
import type { PlannedLayer, RankRule, SmoothPlan, SmoothPlanConfig } from './types.js';

interface CompiledOverride {
  readonly selector: Selector;
  readonly rule: RankRule | null; // null: skip
  readonly source: string;
}

export function buildPlan(
  model: { readonly layers: readonly DenseLayer[]; readonly skipped: readonly SkippedTensor[] },
  config: SmoothPlanConfig,
): SmoothPlan {
  // Rules first: a bad k must fail before selection messages or any work.
  const baseRule = parseRule(config, 'smooth');
  checkSelectorCount(config.overrides?.length ?? 0, { key: 'smooth.overrides' }, 'overrides');
  const overrides: CompiledOverride[] = (config.overrides ?? []).map((o, i) => {
    const where = `smooth.overrides[${i}]`;
    const items = asList(o.layers);
    if (items.length === 0) throw new WwError('CONFIG_INVALID', `${where}.layers: an override needs at least one layer selector`, { key: `${where}.layers` });
    const selector = compileSelector(items, `${where}.layers`);
    return { selector, rule: o.skip ? null : parseRule(o, where, config), source: `overrides[${i}] (${items.join(', ')})` };
  });

  const selection = selectLayers(model, config);
  const notes = [...selection.notes];
  const maxBlock = lastBlock(model.layers);
  const used = new Set<number>();
  const layers: PlannedLayer[] = [];
  for (const layer of selection.layers) {
    const i = overrides.findIndex((o) => selectorMatches(o.selector, layer, maxBlock));
    const o = i >= 0 ? overrides[i]! : null;
    if (i >= 0) used.add(i);
    if (o && o.rule === null) {
      notes.push(`${layer.name}: skipped by ${o.source}`);
      continue;
    }
    const rule = o?.rule ?? baseRule;
    // Before any work: a matrix too large to read would otherwise fail after the analysis.
    assertLayerFits(layer, 'smoothing plan');
    const k = staticRank(rule, layer.storedShape[0], layer.storedShape[1]);
    layers.push({ layer, rule, ruleSource: o ? o.source : 'default', k });
  }
  overrides.forEach((o, i) => {
    if (!used.has(i)) notes.push(`${o.source} matches no selected layer (overrides change the rule of selected layers; they do not add layers)`);
  });
  if (layers.length === 0) {
    throw new WwError('SELECTION_EMPTY', `every selected layer is skipped by an override: nothing to smooth`, { layers: selection.layers.map((l) => l.name) });
  }
  return { layers, factorize: config.factorize ?? false, notes };
}

/** One line per planned layer, for dry runs and logs: name, stored shape, rule, k. */
export function formatPlan(plan: SmoothPlan): string {
  const rows = plan.layers.map((p) => {
    const [r, c] = p.layer.storedShape;
    const k = p.k === null ? 'k decided from the spectrum' : `k=${p.k}`;
    return `${p.layer.name}  ${r}x${c} ${p.layer.dtype}  ${describeRule(p.rule)}  ${k}${p.ruleSource === 'default' ? '' : `  [${p.ruleSource}]`}`;
  });
  return rows.join('\n');
}
