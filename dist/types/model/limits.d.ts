import type { DenseLayer } from './types.js';
/** Most elements (and most stored bytes) one matrix read may have. */
export declare const MAX_MATRIX_ELEMENTS: number;
/**
 * Throws TENSOR_TOO_LARGE when `bytes` (one tensor's data, read whole) cannot be held in one
 * buffer. Readers call it after checking the size against the tensor's dims (a mismatch is a
 * corrupt file, not a large one) and before allocating.
 */
export declare function assertReadFits(bytes: number, what: string): void;
/** Throws TENSOR_TOO_LARGE when a `rows` x `cols` matrix of `elemBytes`-byte values cannot be read whole. */
export declare function assertMatrixFits(tensor: string, rows: number, cols: number, elemBytes: number, where: string): void;
/**
 * Throws TENSOR_TOO_LARGE when a dense layer cannot be read as one matrix: its stored values
 * (counted in the layer's dtype; a quantized layer's decoded type) or its element count past the
 * limit. From the layer list alone, so it runs before any read.
 */
export declare function assertLayerFits(layer: Pick<DenseLayer, 'name' | 'storedShape' | 'dtype'>, where?: string): void;
/** Why `assertLayerFits` would fail, in a few words for a skipped layer's reason; null when the layer fits. */
export declare function layerTooLarge(layer: Pick<DenseLayer, 'storedShape' | 'dtype'>): string | null;
