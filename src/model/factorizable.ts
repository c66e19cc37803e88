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
export function factorizationBlocker(layer: Pick<DenseLayer, 'format' | 'consumers' | 'via' | 'storedTransposed' | 'quantization' | 'storedIn'>): string | null {
  if (layer.format !== 'onnx') return 'safetensors holds weights only, not a graph to split';
  if (layer.quantization) return `it is stored quantized (${layer.quantization.op}, ${layer.quantization.bits}-bit): float factors would not keep its format, so it is written back requantized`;
  const bad = layer.consumers.find((c) => c.opType !== 'MatMul' || c.domain !== '' || c.inputIndex !== 1);
  if (bad) return `it is used by ${bad.opType}${bad.domain ? ` (${bad.domain})` : ''} node ${bad.node}, not only by MatMul`;
  if (layer.storedIn !== undefined) return `it is an initializer of the subgraph ${layer.storedIn}; the factors are written to the main graph only`;
  if (layer.via.length > 0) return `a ${layer.via.join('/')} stands between the weight and its MatMul`;
  if (layer.storedTransposed) return 'it is stored transposed';
  return null;
}
