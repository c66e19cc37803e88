/**
 * Head and base matched layer by layer, on hand-built snapshots: module path first (whatever the
 * tensors are called), then tensor name, then the name without a quantizer's suffix; ambiguous keys
 * and different dimensions are not matched; what is left is listed on each side. The changes are
 * differences of hand-chosen numbers.
 */
import { describe, it, expect } from 'vitest';
import { compareWithBase, matchLayers } from '../../src/report/baseMatch.js';
import { newlyOutside } from '../../src/gate/rules.js';
import { DEFAULT_GATE_RULES } from '../../src/config/plan.js';
import { snapshotOf } from '../../src/report/snapshot.js';
import type { LayerSnapshot } from '../../src/report/types.js';
import type { QuantizationInfo } from '../../src/model/types.js';

const Q4: QuantizationInfo = { op: 'MatMulNBits', bits: 4, blockSize: 32, symmetric: true };
const INT8: QuantizationInfo = { op: 'MatMulInteger', bits: 8, blockSize: null, symmetric: true };

function L(index: number, name: string, o: { module?: string; alpha?: number | null; logNorm?: number; shape?: [number, number]; q?: QuantizationInfo } = {}): LayerSnapshot {
  const alpha = o.alpha === undefined ? 3 : o.alpha;
  return {
    index,
    name,
    shape: o.shape ?? [64, 32],
    alpha,
    fit: alpha === null ? 'failed' : 'success',
    warning: '',
    ...(o.module ? { module: o.module } : {}),
    ...(o.q ? { quantization: o.q } : {}),
    ...(o.logNorm !== undefined ? { logNorm: o.logNorm } : {}),
  };
}

describe('matching head and base layers', () => {
  it('pairs by module path first, even when the tensor names cross (q4 `onnx::MatMul_7_Q4` vs fp32 `onnx::MatMul_101`)', () => {
    // Tensor names that would pair q with k by name stem: the module path must win.
    const base = [L(0, 'onnx::MatMul_101', { module: 'model.layers.0.self_attn.q_proj' }), L(1, 'onnx::MatMul_102', { module: 'model.layers.0.self_attn.k_proj' })];
    const head = [L(0, 'onnx::MatMul_102_Q4', { module: 'model.layers.0.self_attn.q_proj', q: Q4, shape: [32, 64] }), L(1, 'onnx::MatMul_101_Q4', { module: 'model.layers.0.self_attn.k_proj', q: Q4, shape: [32, 64] })];
    const m = matchLayers(head, base);
    expect(m.pairs.map((p) => [p.head.name, p.base.name, p.by])).toEqual([
      ['onnx::MatMul_102_Q4', 'onnx::MatMul_101', 'module'],
      ['onnx::MatMul_101_Q4', 'onnx::MatMul_102', 'module'],
    ]);
    expect(m.unmatchedHead).toEqual([]);
    expect(m.unmatchedBase).toEqual([]);
  });

  it('falls back to the tensor name, then to the name without the quantizer suffix, and lists the rest on both sides', () => {
    const base = [
      L(0, 'w_a'), // no module on either side: same tensor name
      L(1, 'onnx::MatMul_5'), // head has onnx::MatMul_5_Q4: the stem
      L(2, 'model.layers.1.mlp.up_proj.weight'), // module read from the readable name: model.layers.1.mlp.up_proj
      L(3, 'base_only', { module: 'model.layers.9.mlp.extra' }),
      L(4, 'model.layers.2.mlp.down_proj.weight', { shape: [64, 64] }), // same module, other dimensions: not a pair
    ];
    const head = [
      L(0, 'w_a', { q: INT8 }),
      L(1, 'onnx::MatMul_5_Q4', { q: Q4 }),
      L(2, 'model.layers.1.mlp.up_proj.weight_Q4', { q: Q4, shape: [32, 64] }),
      L(3, 'head_only', { module: 'lm_head' }),
      L(4, 'model.layers.2.mlp.down_proj.weight_Q4', { q: Q4 }),
    ];
    const m = matchLayers(head, base);
    expect(m.pairs.map((p) => [p.head.name, p.base.name, p.by])).toEqual([
      ['w_a', 'w_a', 'name'],
      ['onnx::MatMul_5_Q4', 'onnx::MatMul_5', 'stem'],
      ['model.layers.1.mlp.up_proj.weight_Q4', 'model.layers.1.mlp.up_proj.weight', 'module'],
    ]);
    expect(m.unmatchedHead.map((l) => l.name)).toEqual(['head_only', 'model.layers.2.mlp.down_proj.weight_Q4']);
    expect(m.unmatchedBase.map((l) => l.name)).toEqual(['base_only', 'model.layers.2.mlp.down_proj.weight']);
  });

  it('does not pair by a module path that several layers share (a weight split in two), and falls through to names', () => {
    const base = [L(0, 'a', { module: 'model.shared' }), L(1, 'b', { module: 'model.shared' })];
    const head = [L(0, 'b', { module: 'model.shared' }), L(1, 'c', { module: 'model.shared' })];
    const m = matchLayers(head, base);
    expect(m.pairs.map((p) => [p.head.name, p.base.name, p.by])).toEqual([['b', 'b', 'name']]);
    expect(m.unmatchedHead.map((l) => l.name)).toEqual(['c']);
    expect(m.unmatchedBase.map((l) => l.name)).toEqual(['a']);
  });
});

describe('the comparison report.json carries', () => {
  it('gives head − base alpha and log_norm per layer, the quantized side, and the unmatched layers', () => {
    const base = [L(0, 'onnx::MatMul_1', { module: 'm.q', alpha: 3.25, logNorm: 1.5 }), L(1, 'onnx::MatMul_2', { module: 'm.k', alpha: null, logNorm: 0.75 }), L(2, 'x', { module: 'm.gone' })];
    const head = [L(0, 'q_Q4', { module: 'm.q', alpha: 3.75, logNorm: 1.25, q: Q4 }), L(1, 'k_Q4', { module: 'm.k', alpha: 2.5, logNorm: 1, q: Q4 })];
    const c = compareWithBase(head, base);
    expect(c.quantized).toBe('head');
    expect(c.quantizationDiffers).toBe(true);
    expect(c.layers[0]).toEqual({ head: 'q_Q4', base: 'onnx::MatMul_1', module: 'm.q', by: 'module', alpha: { head: 3.75, base: 3.25, change: 0.5 }, logNorm: { head: 1.25, base: 1.5, change: -0.25 }, quantization: { head: Q4, base: null } });
    expect(c.layers[1]!.alpha).toEqual({ head: 2.5, base: null, change: null }); // a failed fit has no change
    expect(c.layers[1]!.logNorm.change).toBe(0.25);
    expect(c.unmatchedHead).toEqual([]);
    expect(c.unmatchedBase).toEqual([{ name: 'x', module: 'm.gone', shape: [64, 32] }]);
    expect(compareWithBase(base.slice(0, 2), head).quantized).toBe('base');
    expect(compareWithBase(base, base).quantizationDiffers).toBe(false);
    const int8Base = [L(0, 'q_int8', { module: 'm.q', q: INT8 })];
    expect(compareWithBase(head, int8Base)).toMatchObject({ quantized: 'both', quantizationDiffers: true });
  });

  it('the alpha.new-outside-range rule compares each head layer with the base layer it matches, not by tensor name', () => {
    // q4 layer q leaves the band (3 -> 7); k was outside already (7 -> 7): one new layer outside.
    const base = snapshotOf([L(0, 'onnx::MatMul_1', { module: 'm.q', alpha: 3 }), L(1, 'onnx::MatMul_2', { module: 'm.k', alpha: 7 })]);
    const head = snapshotOf([L(0, 'q_Q4', { module: 'm.q', alpha: 7 }), L(1, 'k_Q4', { module: 'm.k', alpha: 7 })]);
    expect(newlyOutside(head, base, DEFAULT_GATE_RULES)).toEqual(['q_Q4']);
  });
});
