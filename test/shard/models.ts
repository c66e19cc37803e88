/**
 * A small decoder for the sharding tests, built with the project's ONNX builder: OneHot over the
 * demo tokenizer's 49-token vocabulary -> input_proj [49, 32] -> 4 blocks of mlp up [32, 48] / down
 * [48, 32] (tanh between) -> lm_head [32, 49]. Ten dense layers of three shapes, so a 3-way
 * partition has something to balance, and a real perplexity on examples/demo/eval.txt.
 */
import * as path from 'node:path';
import { writeModelFiles, type ModelSpec, type NodeSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { weights } from '../smooth/models.js';

export const VOCAB = 49;
export const HIDDEN = 32;
export const FF = 48;
export const BLOCKS = 4;
export const DEMO_DIR = path.resolve(__dirname, '../../examples/demo');

export function shardTestSpec(seedBase = 10): ModelSpec {
  const initializers: TensorSpec[] = [
    { name: 'onehot.depth', type: 'int64', dims: [1], data: BigInt64Array.from([BigInt(VOCAB)]) },
    { name: 'onehot.values', type: 'float32', dims: [2], data: Float32Array.from([0, 1]) },
  ];
  const nodes: NodeSpec[] = [{ opType: 'OneHot', name: 'onehot', inputs: ['input_ids', 'onehot.depth', 'onehot.values'], outputs: ['x0'], attributes: { axis: { int: -1 } } }];
  let seed = seedBase;
  let cur = 'x0';
  const dense = (name: string, rows: number, cols: number, act: boolean): void => {
    const values = weights(rows, cols, seed++).map((v) => v * 1.5);
    initializers.push({ name, type: 'float32', dims: [rows, cols], data: Float32Array.from(values) });
    const mm = `${name}/mm`;
    nodes.push({ opType: 'MatMul', name: `${name}/MatMul`, inputs: [cur, name], outputs: [mm] });
    if (act) {
      nodes.push({ opType: 'Tanh', name: `${name}/Tanh`, inputs: [mm], outputs: [`${name}/act`] });
      cur = `${name}/act`;
    } else cur = mm;
  };
  dense('input_proj.weight', VOCAB, HIDDEN, true);
  for (let b = 0; b < BLOCKS; b++) {
    dense(`model.layers.${b}.mlp.up_proj.weight`, HIDDEN, FF, true);
    dense(`model.layers.${b}.mlp.down_proj.weight`, FF, HIDDEN, true);
  }
  dense('lm_head.weight', HIDDEN, VOCAB, false);
  nodes.push({ opType: 'Identity', name: 'logits', inputs: [cur], outputs: ['logits'] });
  return {
    nodes,
    initializers,
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch', 'sequence'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 'sequence', VOCAB] }],
  } as ModelSpec;
}

export async function writeShardTestModel(dir: string, seedBase = 10): Promise<string> {
  return writeModelFiles(dir, 'model.onnx', shardTestSpec(seedBase));
}
