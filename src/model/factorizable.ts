/**
 * Which weights the ONNX writer can replace by two MatMuls (a factorized W = A @ B). Shared by the
 * writer (which refuses the rest) and the smoothing planner (which says why before any work).
 */
import type { DenseLayer } from './types.js';

/**
 * Why a layer's weight cannot be replaced by two MatMuls, or null when it can: the writer splits
 * only a weight read directly (no Cast/Transpose) as input 1 of standard ONNX MatMul nodes.
 */
export function factorizationBlocker(layer: Pick<DenseLayer, 'format' | 'consumers' | 'via' | 'storedTransposed' | 'quantization'>): string | null {
  if (layer.format !== 'onnx') return 'safetensors holds weights only, not a graph to split';
  if (layer.quantization) return `it is stored quantized (${layer.quantization.op}, ${layer.quantization.bits}-bit): float factors would not keep its format, so it is written back requantized`;
  const bad = layer.consumers.find((c) => c.opType !== 'MatMul' || c.domain !== '' || c.inputIndex !== 1);
  if (bad) return `it is used by ${bad.opType}${bad.domain ? ` (${bad.domain})` : ''} node ${bad.node}, not only by MatMul`;
  const inSub = layer.consumers.find((c) => c.subgraph !== undefined);
  if (inSub) return `its MatMul ${inSub.node} sits in the subgraph ${inSub.subgraph}; only main-graph nodes are split`;
  if (layer.via.length > 0) return `a ${layer.via.join('/')} stands between the weight and its MatMul`;
  if (layer.storedTransposed) return 'it is stored transposed';
  return null;
}
