/**
 * How large one weight matrix may be. A matrix is read whole (its stored bytes in one buffer, then
 * decoded to float64), and a JavaScript typed array holds at most `buffer.constants.MAX_LENGTH`
 * elements (2^32 on 64-bit Node): past that, `new Uint8Array(n)` throws a bare RangeError
 * ("Invalid typed array length") after the analysis has already run. The check names the tensor
 * and runs where the shape is first known: when smoothing is planned, and before any read.
 */
import { constants } from 'node:buffer';
import { WwError } from '../errors.js';

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

/** Throws TENSOR_TOO_LARGE when a `rows` x `cols` matrix of `elemBytes`-byte values cannot be read whole. */
export function assertMatrixFits(tensor: string, rows: number, cols: number, elemBytes: number, where: string): void {
  const elements = rows * cols;
  const bytes = elements * elemBytes;
  if (elements <= MAX_MATRIX_ELEMENTS && bytes <= MAX_MATRIX_ELEMENTS) return;
  throw new WwError(
    'TENSOR_TOO_LARGE',
    `${where}: tensor ${tensor} is [${rows},${cols}] (${(bytes / GIB).toFixed(1)} GiB stored), larger than one matrix this tool can hold (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB / ${MAX_MATRIX_ELEMENTS} elements); leave it out of the selection (smooth.exclude / --exclude)`,
    { tensor, rows, cols, bytes, limit: MAX_MATRIX_ELEMENTS },
  );
}
