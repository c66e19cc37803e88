/** Most elements (and most stored bytes) one matrix read may have. */
export declare const MAX_MATRIX_ELEMENTS: number;
/** Throws TENSOR_TOO_LARGE when a `rows` x `cols` matrix of `elemBytes`-byte values cannot be read whole. */
export declare function assertMatrixFits(tensor: string, rows: number, cols: number, elemBytes: number, where: string): void;
