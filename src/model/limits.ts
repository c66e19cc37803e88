/**
 * How large one weight matrix may be. A matrix is read whole (its stored bytes in one buffer, then
 * decoded to float64), and a JavaScript typed array holds at most `buffer.constants.MAX_LENGTH`
 * elements (2^32 on 64-bit Node): past that, `new Uint8Array(n)` throws a bare RangeError
 * ("Invalid typed array length") after the analysis has already run. The check names the tensor
 * and runs where the shape is first known, from the layer list, before any read: when smoothing
 * is planned, when the run checks its model before the first stage (src/engine/readCheck.ts),
 * and when the analysis sets aside a layer it cannot read (skipped as TOO_LARGE).
 */
import { constants } from 'node:buffer';
import { WwError } from '../errors.js';
import { DTYPE_BYTES } from './dtype.js';
import type { DenseLayer } from './types.js';

/** Most elements (and most stored bytes) one matrix read may have. */
export const MAX_MATRIX_ELEMENTS = constants.MAX_LENGTH;

const GIB = 1024 ** 3;

/**
 * Throws TENSOR_TOO_LARGE when `bytes` (one tensor's data, read whole) cannot be held in one
 * buffer. Readers call it after checking the size against the tensor's dims (a mismatch is a
 * corrupt file, not a large one) and before allocating.
 */
export function assertReadFits(bytes: number, what: string): void {
  if (bytes <= MAX_MATRIX_ELEMENTS) return;
  throw new WwError('TENSOR_TOO_LARGE', `${what}: ${(bytes / GIB).toFixed(1)} GiB of data, larger than one tensor this tool can read whole (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB); leave it out of the selection (smooth.exclude / --exclude)`, {
    what,
    bytes,
    limit: MAX_MATRIX_ELEMENTS,
  });
}

/** Whether a `rows` x `cols` matrix of `elemBytes`-byte values can be read whole (elements and stored bytes within the limit). */
function matrixFits(rows: number, cols: number, elemBytes: number): boolean {
  const elements = rows * cols;
  return elements <= MAX_MATRIX_ELEMENTS && elements * elemBytes <= MAX_MATRIX_ELEMENTS;
}

/** Throws TENSOR_TOO_LARGE when a `rows` x `cols` matrix of `elemBytes`-byte values cannot be read whole. */
export function assertMatrixFits(tensor: string, rows: number, cols: number, elemBytes: number, where: string): void {
  if (matrixFits(rows, cols, elemBytes)) return;
  const bytes = rows * cols * elemBytes;
  throw new WwError(
    'TENSOR_TOO_LARGE',
    `${where}: tensor ${tensor} is [${rows},${cols}] (${(bytes / GIB).toFixed(1)} GiB stored), larger than one matrix this tool can hold (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB / ${MAX_MATRIX_ELEMENTS} elements); leave it out of the selection (smooth.exclude / --exclude)`,
    { tensor, rows, cols, bytes, limit: MAX_MATRIX_ELEMENTS },
  );
}

/**
 * Throws TENSOR_TOO_LARGE when a dense layer cannot be read as one matrix: its stored values
 * (counted in the layer's dtype; a quantized layer's decoded type) or its element count past the
 * limit. From the layer list alone, so it runs before any read.
 */
export function assertLayerFits(layer: Pick<DenseLayer, 'name' | 'storedShape' | 'dtype'>, where = 'model header'): void {
  assertMatrixFits(layer.name, layer.storedShape[0], layer.storedShape[1], DTYPE_BYTES[layer.dtype], where);
}

/** Why `assertLayerFits` would fail, in a few words for a skipped layer's reason; null when the layer fits. */
export function layerTooLarge(layer: Pick<DenseLayer, 'storedShape' | 'dtype'>): string | null {
  const [rows, cols] = layer.storedShape;
  if (matrixFits(rows, cols, DTYPE_BYTES[layer.dtype])) return null;
  return `[${rows},${cols}] ${layer.dtype} is ${((rows * cols * DTYPE_BYTES[layer.dtype]) / GIB).toFixed(1)} GiB, more than one matrix read holds (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB / ${MAX_MATRIX_ELEMENTS} elements)`;
}
