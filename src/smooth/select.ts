/**
 * Layer selection for smoothing, resolved against a model's dense-layer list without reading any
 * weight. A selector list holds items of four kinds (the grammar of `smooth.layers` in
 * src/config/schema.json):
 *   - name glob: `model.layers.*.mlp.*` (`*` any run of characters, dots included; `?` one character),
 *     matched against the whole tensor name, the name without a trailing `.weight`, and the names
 *     of the nodes that consume the weight (exported ONNX graphs often have anonymous initializers);
 *   - `/regex/flags`: searched in the same strings;
 *   - `blocks:SPEC` (SPEC "3", "3-5", "last:2" = the last 2 blocks of the model), or bare `last:N`;
 *   - `role:NAME` (attention, mlp, head, embedding, other).
 * A layer matches a list when it matches every KIND present (names AND blocks AND roles) and any
 * item within a kind. Exclusions drop a layer that matches any one exclude item on its own.
 * The head and the embedding are never selected by default, by a wildcard or by blocks: only by
 * `role:head` / `roles: [head]` or by an exact tensor name (LASER never touches lm_head).
 */
import { WwError } from '../errors.js';
import { checkSelectorCount, compileNamePattern, quoteList, splitPatternList, type NameMatcher } from '../util/pattern.js';
import type { DenseLayer, LayerRole, SkippedTensor } from '../model/types.js';

export const DEFAULT_ROLES: readonly LayerRole[] = ['attention', 'mlp', 'other'];
export const ALL_ROLES: readonly LayerRole[] = ['attention', 'mlp', 'head', 'embedding', 'other'];
const PROTECTED_ROLES: readonly LayerRole[] = ['head', 'embedding'];

/** A compiled name pattern. `exact` is true for a plain name without wildcards. */
export type NamePattern = NameMatcher;

/** Compiles a glob (`*`, `?`) or a `/regex/flags` pattern (src/util/pattern.ts); a bad or unsafe regex is CONFIG_INVALID. */
export function compilePattern(text: string, key = 'layers'): NamePattern {
  return compileNamePattern(text, { key });
}

/** The strings a name pattern is matched against. */
export function layerKeys(layer: Pick<DenseLayer, 'name' | 'consumers' | 'module'>): string[] {
  const keys = [layer.name];
  if (layer.module) keys.push(layer.module);
  if (layer.name.endsWith('.weight')) keys.push(layer.name.slice(0, -'.weight'.length));
  for (const c of layer.consumers) if (c.node) keys.push(c.node);
  return keys;
}

/** A block spec: explicit indices, or "the last N blocks" (resolved against the model). */
export type BlockSpec = { readonly kind: 'indices'; readonly set: ReadonlySet<number> } | { readonly kind: 'last'; readonly n: number };

/** Parses "3", "3-5", "0,2,4-6", "last:2" (comma-separated parts are unioned). */
export function parseBlockSpec(spec: string, key = 'blocks'): BlockSpec[] {
  const bad = (why: string): WwError =>
    new WwError('CONFIG_INVALID', `${key}: '${spec}' ${why} (expected e.g. "3", "3-5", "0,2,4-6" or "last:2")`, { key, received: spec });
  const out: BlockSpec[] = [];
  const parts = spec.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) throw bad('has an empty part');
  for (const part of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^last:(\d+)$/.exec(part))) {
      const n = Number(m[1]);
      if (n < 1) throw bad('asks for the last 0 blocks');
      out.push({ kind: 'last', n });
    } else if ((m = /^(\d+)(?:-(\d+))?$/.exec(part))) {
      const lo = Number(m[1]);
      const hi = m[2] === undefined ? lo : Number(m[2]);
      if (hi < lo) throw bad(`has a range ${lo}-${hi} that runs backwards`);
      const set = new Set<number>();
      for (let b = lo; b <= hi; b++) set.add(b);
      out.push({ kind: 'indices', set });
    } else {
      throw bad(`has an unreadable part '${part}'`);
    }
  }
  return out;
}

/** A compiled selector list (see the file comment for the grammar). */
export interface Selector {
  readonly names: readonly NamePattern[];
  readonly blocks: readonly BlockSpec[];
  readonly roles: readonly LayerRole[];
  /** The items as given, for messages. */
  readonly text: readonly string[];
}

export function compileSelector(items: readonly string[], key: string): Selector {
  checkSelectorCount(items.length, { key });
  const names: NamePattern[] = [];
  const blocks: BlockSpec[] = [];
  const roles: LayerRole[] = [];
  for (const raw of items) {
    const item = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^roles?:(.+)$/.exec(item))) {
      for (const r of m[1]!.split('|').map((s) => s.trim())) {
        if (!(ALL_ROLES as readonly string[]).includes(r)) {
          throw new WwError('CONFIG_INVALID', `${key}: unknown role '${r}' in '${item}' (expected ${ALL_ROLES.join(', ')})`, { key, received: item });
        }
        roles.push(r as LayerRole);
      }
    } else if ((m = /^blocks?:(.+)$/.exec(item))) {
      blocks.push(...parseBlockSpec(m[1]!, key));
    } else if (/^last:\d+$/.test(item)) {
      blocks.push(...parseBlockSpec(item, key));
    } else {
      names.push(compilePattern(item, key));
    }
  }
  return { names, blocks, roles, text: items };
}

/** Largest block index in the model, -1 when no layer has one. */
export function lastBlock(layers: readonly Pick<DenseLayer, 'block'>[]): number {
  let max = -1;
  for (const l of layers) if (l.block !== null && l.block > max) max = l.block;
  return max;
}

function blockMatches(specs: readonly BlockSpec[], block: number | null, maxBlock: number): boolean {
  if (block === null) return false;
  return specs.some((s) => (s.kind === 'indices' ? s.set.has(block) : block > maxBlock - s.n && block <= maxBlock));
}

export function nameMatch(names: readonly NamePattern[], layer: Pick<DenseLayer, 'name' | 'consumers' | 'module'>): NamePattern | null {
  const keys = layerKeys(layer);
  for (const p of names) if (keys.some((k) => p.test(k))) return p;
  return null;
}

/** Whether a layer matches the selector: every kind present, any item within a kind. */
export function selectorMatches(sel: Selector, layer: DenseLayer, maxBlock: number): boolean {
  if (sel.names.length && !nameMatch(sel.names, layer)) return false;
  if (sel.blocks.length && !blockMatches(sel.blocks, layer.block, maxBlock)) return false;
  if (sel.roles.length && !sel.roles.includes(layer.role)) return false;
  return true;
}

/** Whether any single item of the selector matches (exclusion semantics). */
export function selectorMatchesAnyItem(sel: Selector, layer: DenseLayer, maxBlock: number): boolean {
  return !!nameMatch(sel.names, layer) || blockMatches(sel.blocks, layer.block, maxBlock) || sel.roles.includes(layer.role);
}

export interface SelectionCriteria {
  readonly layers?: string | readonly string[] | null;
  readonly blocks?: string | null;
  readonly roles?: readonly LayerRole[] | null;
  readonly exclude?: string | readonly string[] | null;
}

export interface Selection {
  readonly layers: readonly DenseLayer[];
  readonly notes: readonly string[];
}

/**
 * A selector field as a list. A string is split at commas (as the config loader does), except a
 * /regex/, which may contain commas.
 */
export function asList(v: string | readonly string[] | null | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v !== 'string') return v.map((s) => s.trim()).filter((s) => s.length > 0);
  return splitPatternList(v);
}

/**
 * Resolves the selection. Throws SELECTION_EMPTY when nothing is selected and NOT_DENSE when a
 * name pattern matches no dense layer but does match a tensor that is not dense (e.g. a quantized
 * MatMulNBits weight).
 */
export function selectLayers(
  model: { readonly layers: readonly DenseLayer[]; readonly skipped: readonly SkippedTensor[] },
  criteria: SelectionCriteria,
): Selection {
  const notes: string[] = [];
  const include = compileSelector(asList(criteria.layers), 'layers');
  const blockField = criteria.blocks ? parseBlockSpec(criteria.blocks, 'blocks') : [];
  for (const r of criteria.roles ?? []) {
    if (!ALL_ROLES.includes(r)) {
      throw new WwError('CONFIG_INVALID', `roles: unknown role '${String(r)}' (expected ${ALL_ROLES.join(', ')})`, { key: 'roles', received: r });
    }
  }
  const sel: Selector = {
    names: include.names,
    blocks: [...include.blocks, ...blockField],
    roles: [...include.roles, ...(criteria.roles ?? [])],
    text: include.text,
  };
  const exclude = compileSelector(asList(criteria.exclude), 'exclude');
  const maxBlock = lastBlock(model.layers);

  for (const p of sel.names) {
    if (model.layers.some((l) => layerKeys(l).some((k) => p.test(k)))) continue;
    const hit = model.skipped.find((s) => p.test(s.name) || (s.name.endsWith('.weight') && p.test(s.name.slice(0, -7))));
    if (hit) {
      throw new WwError('NOT_DENSE', `layers: '${p.text}' selects tensor '${hit.name}', which is not a dense weight that can be smoothed: ${hit.reason}`, {
        tensor: hit.name,
        reason: hit.reason,
        pattern: p.text,
      });
    }
  }

  const roleGiven = sel.roles.length > 0;
  const selected: DenseLayer[] = [];
  for (const layer of model.layers) {
    if (sel.names.length && !nameMatch(sel.names, layer)) continue;
    if (sel.blocks.length && !blockMatches(sel.blocks, layer.block, maxBlock)) continue;
    if (roleGiven ? !sel.roles.includes(layer.role) : !DEFAULT_ROLES.includes(layer.role)) {
      const exact = sel.names.find((p) => p.exact && layerKeys(layer).some((k) => p.test(k)));
      if (!exact) {
        const hit = nameMatch(sel.names, layer);
        if (hit && !roleGiven && PROTECTED_ROLES.includes(layer.role)) {
          notes.push(`'${layer.name}' (${layer.role}) matches '${hit.text}' but is left out: the ${layer.role} is smoothed only when named exactly or selected with role:${layer.role}`);
        }
        continue;
      }
    }
    if (selectorMatchesAnyItem(exclude, layer, maxBlock)) continue;
    selected.push(layer);
  }

  const skippedHits = sel.names.length ? model.skipped.filter((s) => sel.names.some((p) => p.test(s.name))) : [];
  if (skippedHits.length) notes.push(`not dense, left unchanged: ${skippedHits.map((s) => `${s.name} (${s.reason})`).join(', ')}`);

  if (selected.length === 0) {
    const what = [
      sel.text.length ? `layers ${quoteList(sel.text)}` : null,
      criteria.blocks ? `blocks '${criteria.blocks}'` : null,
      `roles ${(roleGiven ? sel.roles : DEFAULT_ROLES).join('/')}`,
      exclude.text.length ? `excluding ${quoteList(exclude.text)}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const examples = model.layers.slice(0, 3).map((l) => `${l.name} (${l.role}${l.block === null ? '' : `, block ${l.block}`})`);
    throw new WwError(
      'SELECTION_EMPTY',
      `no dense layer matches the selection (${what}); the model has ${model.layers.length} dense layer(s)${examples.length ? `, e.g. ${examples.join('; ')}` : ''}${notes.length ? `. ${notes.join('. ')}` : ''}`,
      { layers: sel.text, blocks: criteria.blocks ?? null, roles: roleGiven ? [...sel.roles] : [...DEFAULT_ROLES], exclude: exclude.text },
    );
  }
  return { layers: selected, notes };
}
