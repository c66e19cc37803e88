/**
 * Which weights the ONNX writer can replace by two MatMuls (a factorized W = A @ B). Shared by the
 * writer (which refuses the rest) and the smoothing planner (which says why before any work). The
 * MatMuls may sit in subgraphs (If branches of a merged decoder): each is split where it is.
 */
import type { DenseLayer } from './types.js';
/**
 * Why a layer's weight cannot be replaced by two MatMuls, or null when it can: the writer splits
 * only a main-graph weight read directly (no Cast/Transpose) as input 1 of standard ONNX MatMul nodes.
 */
export declare function factorizationBlocker(layer: Pick<DenseLayer, 'format' | 'consumers' | 'via' | 'storedTransposed' | 'quantization' | 'storedIn'>): string | null;
