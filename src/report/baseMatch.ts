/**
 * Head and base matched layer by layer. Two exports of one model rarely agree on tensor names: a
 * q4 file names its weights `..._Q4` (MatMulNBits inputs), the fp32 file `onnx::MatMul_123`, and a
 * re-export renumbers them. The module path (from the consuming node's name, or from a readable
 * tensor name) is what stays, so it is tried first, then the tensor name, then the tensor name
 * without a quantizer's suffix. A key shared by several layers on one side is ambiguous and not
 * used; a pair must have the same matrix dimensions (a MatMulNBits layer stores W^T, so the two
 * dimensions are compared unordered). What is left is listed as unmatched on each side, so the
 * comparison never silently drops a layer.
 */
import { modulePathFromTensorName, tensorStem } from '../model/names.js';
import type { QuantizationInfo } from '../model/types.js';
import type { BaseComparison, LayerComparison, LayerSnapshot, MatchKey, UnmatchedLayer } from './types.js';

export interface LayerPair {
  readonly head: LayerSnapshot;
  readonly base: LayerSnapshot;
  readonly by: MatchKey;
}

export interface LayerMatch {
  readonly pairs: readonly LayerPair[];
  readonly unmatchedHead: readonly LayerSnapshot[];
  readonly unmatchedBase: readonly LayerSnapshot[];
}

/** The module path a layer is matched by: its consumer's, else one read from a readable tensor name. */
export function moduleKey(l: LayerSnapshot): string | null {
  return l.module || modulePathFromTensorName(l.name);
}

const KEYS: ReadonlyArray<readonly [MatchKey, (l: LayerSnapshot) => string | null]> = [
  ['module', moduleKey],
  ['name', (l) => l.name],
  ['stem', (l) => tensorStem(l.name)],
];

function sameDims(a: LayerSnapshot, b: LayerSnapshot): boolean {
  const [x, y] = [[...a.shape].sort((p, q) => p - q), [...b.shape].sort((p, q) => p - q)];
  return x[0] === y[0] && x[1] === y[1];
}

/** Layers by key, keeping only keys that name exactly one layer. */
function uniqueBy(layers: readonly LayerSnapshot[], key: (l: LayerSnapshot) => string | null): Map<string, LayerSnapshot> {
  const seen = new Map<string, LayerSnapshot | null>();
  for (const l of layers) {
    const k = key(l);
    if (k) seen.set(k, seen.has(k) ? null : l);
  }
  return new Map([...seen].filter((e): e is [string, LayerSnapshot] => e[1] !== null));
}

/** The last match per head array: the renderers ask for the same one several times per comment. */
const memo = new WeakMap<readonly LayerSnapshot[], { readonly base: readonly LayerSnapshot[]; readonly match: LayerMatch }>();

/** Matches head layers to base layers: module path first, then tensor name, then the name without a quantizer's suffix. */
export function matchLayers(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[]): LayerMatch {
  const hit = memo.get(head);
  if (hit && hit.base === base) return hit.match;
  const match = matchOnce(head, base);
  memo.set(head, { base, match });
  return match;
}

function matchOnce(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[]): LayerMatch {
  let h = [...head];
  let b = [...base];
  const pairs: LayerPair[] = [];
  for (const [by, key] of KEYS) {
    const hs = uniqueBy(h, key);
    const bs = uniqueBy(b, key);
    const used = new Set<LayerSnapshot>();
    for (const [k, hl] of hs) {
      const bl = bs.get(k);
      if (!bl || !sameDims(hl, bl)) continue;
      pairs.push({ head: hl, base: bl, by });
      used.add(hl).add(bl);
    }
    h = h.filter((l) => !used.has(l));
    b = b.filter((l) => !used.has(l));
  }
  pairs.sort((x, y) => x.head.index - y.head.index);
  return { pairs, unmatchedHead: h, unmatchedBase: b };
}

function change(a: number | null | undefined, b: number | null | undefined): number | null {
  return a !== null && a !== undefined && b !== null && b !== undefined && Number.isFinite(a) && Number.isFinite(b) ? a - b : null;
}

const alphaOf = (l: LayerSnapshot): number | null => (l.fit === 'success' ? l.alpha : null);

function sameScheme(a: QuantizationInfo | undefined, b: QuantizationInfo | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.op === b.op && a.bits === b.bits && a.blockSize === b.blockSize && a.symmetric === b.symmetric;
}

const unmatched = (l: LayerSnapshot): UnmatchedLayer => ({ name: l.name, module: moduleKey(l), shape: l.shape });

/** The layer-by-layer comparison report.json carries and the comment renders (changes are head − base). */
export function compareWithBase(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[]): BaseComparison {
  const m = matchLayers(head, base);
  const layers: LayerComparison[] = m.pairs.map(({ head: h, base: b, by }) => ({
    head: h.name,
    base: b.name,
    module: moduleKey(h) ?? moduleKey(b),
    by,
    alpha: { head: alphaOf(h), base: alphaOf(b), change: change(alphaOf(h), alphaOf(b)) },
    logNorm: { head: h.logNorm ?? null, base: b.logNorm ?? null, change: change(h.logNorm, b.logNorm) },
    quantization: { head: h.quantization ?? null, base: b.quantization ?? null },
  }));
  const qHead = m.pairs.some((p) => p.head.quantization);
  const qBase = m.pairs.some((p) => p.base.quantization);
  return {
    quantized: qHead && qBase ? 'both' : qHead ? 'head' : qBase ? 'base' : 'neither',
    quantizationDiffers: m.pairs.some((p) => !sameScheme(p.head.quantization, p.base.quantization)),
    layers,
    unmatchedHead: m.unmatchedHead.map(unmatched),
    unmatchedBase: m.unmatchedBase.map(unmatched),
  };
}

/** The matched base layer per head layer name (for the table's Δ column, the charts and the gate). */
export function baseLayerByHeadName(head: readonly LayerSnapshot[], base: readonly LayerSnapshot[] | undefined): Map<string, LayerSnapshot> {
  if (!base) return new Map();
  return new Map(matchLayers(head, base).pairs.map((p) => [p.head.name, p.base]));
}
