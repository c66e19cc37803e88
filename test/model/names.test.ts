/**
 * Readable layer names: the module path from the consuming node's name (torch.onnx / Optimum
 * naming), shown where the tensor name is opaque, matched by selectors, and the source of block
 * and role; a tied lm_head (MatMul on the Transpose of the embedding) is one head layer.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { openOnnx } from '../../src/model/onnx.js';
import { isOpaqueTensorName, layerLabel } from '../../src/model/names.js';
import { parseLayerSpec } from '../../src/engine/analyze.js';
import { selectLayers } from '../../src/smooth/select.js';

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-names-'));
  const w = (name: string, dims: [number, number]): TensorSpec => ({ name, type: 'float32', dims, data: Float32Array.from({ length: dims[0] * dims[1] }, (_, i) => Math.sin(i + name.length)) });
  // torch.onnx.export style: opaque weight names, module paths in node names; the lm_head is tied.
  path = await writeModelFiles(dir, 'opaque.onnx', {
    nodes: [
      { opType: 'Gather', name: '/model/embed_tokens/Gather', inputs: ['model.embed_tokens.weight', 'ids'], outputs: ['h0'] },
      { opType: 'MatMul', name: '/model/layers.0/self_attn/q_proj/MatMul', inputs: ['h0', 'onnx::MatMul_1333'], outputs: ['q'] },
      { opType: 'MatMul', name: '/model/layers.3/mlp/down_proj/MatMul', inputs: ['q', 'onnx::MatMul_1400'], outputs: ['h1'] },
      { opType: 'Transpose', name: '/lm_head/Transpose', inputs: ['model.embed_tokens.weight'], outputs: ['embT'], attributes: { perm: { ints: [1, 0] } } },
      { opType: 'MatMul', name: '/lm_head/MatMul', inputs: ['h1', 'embT'], outputs: ['logits'] },
    ],
    initializers: [w('model.embed_tokens.weight', [10, 4]), w('onnx::MatMul_1333', [4, 4]), w('onnx::MatMul_1400', [4, 4])],
    inputs: [{ name: 'ids', type: 'int64', shape: [1, 3] }],
    outputs: [{ name: 'logits', type: 'float32', shape: [1, 3, 10] }],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readable names', () => {
  it('opaque tensor names are recognised; readable ones are left as they are', () => {
    for (const n of ['onnx::MatMul_1333', 'model.layers.0.mlp.up_proj.weight_B4', 'attn_Wq', 'MatMul_12', 'val_33']) expect(isOpaqueTensorName(n), n).toBe(true);
    for (const n of ['model.layers.0.mlp.up_proj.weight', 'transformer.h.0.attn.c_attn.weight', 'lm_head.weight']) expect(isOpaqueTensorName(n), n).toBe(false);
    expect(layerLabel({ name: 'onnx::MatMul_1333', module: 'model.layers.0.self_attn.q_proj' })).toBe('model.layers.0.self_attn.q_proj (onnx::MatMul_1333)');
    expect(layerLabel({ name: 'lm_head.weight', module: 'lm_head' })).toBe('lm_head.weight');
    expect(layerLabel({ name: 'onnx::MatMul_9', module: null })).toBe('onnx::MatMul_9');
  });

  it('module, block and role come from the node names; the tied lm_head is one head layer on the embedding', async () => {
    const m = await openOnnx(path);
    try {
      expect(m.layers.map((l) => [l.name, l.module, l.block, l.role])).toEqual([
        ['onnx::MatMul_1333', 'model.layers.0.self_attn.q_proj', 0, 'attention'],
        ['onnx::MatMul_1400', 'model.layers.3.mlp.down_proj', 3, 'mlp'],
        ['model.embed_tokens.weight', 'lm_head', null, 'head'],
      ]);
      const head = m.layers[2]!;
      expect([head.storedTransposed, head.inFeatures, head.outFeatures, head.via]).toEqual([true, 4, 10, ['Transpose']]);
    } finally {
      await m.close();
    }
  });

  it('--layers and smooth.layers selectors match the module path as well as the tensor name', async () => {
    const m = await openOnnx(path);
    try {
      const pick = (spec: string) => m.layers.filter(parseLayerSpec(spec)).map((l) => l.name);
      expect(pick('model.layers.3.mlp.down_proj')).toEqual(['onnx::MatMul_1400']);
      expect(pick('model.layers.*.self_attn.*')).toEqual(['onnx::MatMul_1333']);
      expect(pick('/q_proj/')).toEqual(['onnx::MatMul_1333']);
      expect(pick('onnx::MatMul_1400')).toEqual(['onnx::MatMul_1400']);
      const sel = selectLayers(m, { layers: ['model.layers.*.mlp.*'], roles: ['mlp'] });
      expect(sel.layers.map((l) => l.name)).toEqual(['onnx::MatMul_1400']);
    } finally {
      await m.close();
    }
  });
});
