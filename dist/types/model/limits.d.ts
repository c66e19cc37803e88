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
