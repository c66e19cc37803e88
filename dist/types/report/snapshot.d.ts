/** Spectral snapshots (the gate's view of one model) built from per-layer results. */
import type { LayerSnapshot, SpectralSnapshot } from './types.js';
/** Builds a snapshot from per-layer results (means over successful fits; WW's alpha<2 / >6 labels). */
export declare function snapshotOf(layers: readonly LayerSnapshot[]): SpectralSnapshot;
