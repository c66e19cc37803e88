/**
 * "Nothing found" is not a pass: a model in which layer discovery found no dense layer is an error
 * that says what was seen (MatMul/Gemm nodes, how many read no constant weight, quantized ops that
 * could not be decoded, subgraphs walked, skipped tensors), so a layout we do not read yet fails
 * loudly instead of reporting an empty table.
 */
import { WwError } from '../errors.js';
import type { ModelWeights } from './types.js';

export function requireDenseLayers(model: Pick<ModelWeights, 'path' | 'format' | 'layers' | 'skipped' | 'census'>): void {
  if (model.layers.length > 0) return;
  const c = model.census;
  const seen = c
    ? `${c.denseOps} MatMul/Gemm node(s), ${c.nonConstantWeight} of them with a weight computed at run time (not an initializer), ` +
      `${c.quantizedUndecoded} quantized op(s) whose weight could not be decoded, ${c.subgraphs} subgraph(s) walked`
    : 'no 2-D float tensor';
  const skipped = model.skipped.slice(0, 3).map((s) => `${s.name.slice(0, 120)}: ${s.reason}`);
  throw new WwError(
    'NO_DENSE_LAYERS',
    `${model.path}: no dense layer to analyse: ${seen}; ${model.skipped.length} tensor(s) skipped${skipped.length ? ` (${skipped.join('; ')})` : ''}`,
    { file: model.path, format: model.format, ...(c ?? {}), skipped: model.skipped.length },
  );
}
