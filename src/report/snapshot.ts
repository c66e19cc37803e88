/** Spectral snapshots (the gate's view of one model) built from per-layer results. */
import type { LayerSnapshot, SpectralSnapshot } from './types.js';

/** Builds a snapshot from per-layer results (means over successful fits; WW's alpha<2 / >6 labels). */
export function snapshotOf(layers: readonly LayerSnapshot[]): SpectralSnapshot {
  const ok = layers.filter((l) => l.fit === 'success' && l.alpha !== null && Number.isFinite(l.alpha));
  return {
    layers,
    meanAlpha: ok.length ? ok.reduce((s, l) => s + (l.alpha as number), 0) / ok.length : null,
    overTrained: layers.filter((l) => l.warning === 'over-trained').length,
    underTrained: layers.filter((l) => l.warning === 'under-trained').length,
    failedFits: layers.filter((l) => l.fit === 'failed').length,
  };
}

