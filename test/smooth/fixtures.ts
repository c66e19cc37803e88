/** Dense-layer lists shaped like a small Llama export, for selection and plan tests (no weights). */
import type { DenseLayer, LayerRole, SkippedTensor } from '../../src/model/types.js';

export function layer(index: number, name: string, role: LayerRole, block: number | null, shape: [number, number] = [64, 172], extra: Partial<DenseLayer> = {}): DenseLayer {
  return {
    index,
    name,
    format: 'onnx',
    dtype: 'float32',
    storedShape: shape,
    inFeatures: shape[0],
    outFeatures: shape[1],
    storedTransposed: false,
    consumers: [{ node: `/model/${name.replace(/\.weight$/, '')}/MatMul`, opType: 'MatMul', domain: '', inputIndex: 1 }],
    via: [],
    block,
    role,
    ...extra,
  };
}

/** 3 blocks x (q,k,v,o, gate,up,down) + lm_head + embedding. */
export function llamaLike(blocks = 3): { layers: DenseLayer[]; skipped: SkippedTensor[] } {
  const layers: DenseLayer[] = [];
  let i = 0;
  layers.push(layer(i++, 'model.embed_tokens.weight', 'embedding', null, [512, 64]));
  for (let b = 0; b < blocks; b++) {
    for (const p of ['q', 'k', 'v', 'o']) layers.push(layer(i++, `model.layers.${b}.self_attn.${p}_proj.weight`, 'attention', b, [64, 64]));
    layers.push(layer(i++, `model.layers.${b}.mlp.gate_proj.weight`, 'mlp', b, [64, 172]));
    layers.push(layer(i++, `model.layers.${b}.mlp.up_proj.weight`, 'mlp', b, [64, 172]));
    layers.push(layer(i++, `model.layers.${b}.mlp.down_proj.weight`, 'mlp', b, [172, 64]));
  }
  layers.push(layer(i++, 'lm_head.weight', 'head', null, [64, 512]));
  const skipped: SkippedTensor[] = [{ name: 'model.layers.9.mlp.qweight', reason: 'quantized weight of MatMulNBits', opType: 'MatMulNBits' }];
  return { layers, skipped };
}
