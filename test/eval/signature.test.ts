/**
 * Signature reading from metadata alone (the shapes onnxruntime reports), for layouts the built
 * models do not cover: undeclared shapes, fp16 past, a fixed past length, config fallbacks.
 */
import { describe, it, expect } from 'vitest';
import { buildFeeds, readSignature, type ModelConfigHints, type ValueInfo } from '../../src/eval/signature.js';
import { WwError } from '../../src/errors.js';

const noHints: ModelConfigHints = { numKvHeads: null, headDim: null, maxPositions: null };
const logits: ValueInfo = { name: 'logits', isTensor: true, type: 'float32', shape: ['b', 's', 32] };

describe('readSignature', () => {
  it('undeclared shapes ([]) take the usual layout', () => {
    const sig = readSignature(
      [
        { name: 'input_ids', isTensor: true, type: 'int64', shape: [] },
        { name: 'attention_mask', isTensor: true, type: 'int64', shape: [] },
        { name: 'position_ids', isTensor: true, type: 'int64', shape: [] },
      ],
      [logits],
      noHints,
    );
    expect(sig.fixedSeqLen).toBeNull();
    const feeds = buildFeeds(sig, [Int32Array.from([5, 6, 7])], 3);
    expect(feeds['position_ids']!.dims).toEqual([1, 3]);
    expect(Array.from(feeds['position_ids']!.data as BigInt64Array, Number)).toEqual([0, 1, 2]);
    expect(Array.from(feeds['input_ids']!.data as BigInt64Array, Number)).toEqual([5, 6, 7]);
  });

  it('fp16 Optimum past with heads/head_dim from config; use_cache_branch false', () => {
    const sig = readSignature(
      [
        { name: 'input_ids', isTensor: true, type: 'int64', shape: ['batch', 'seq'] },
        { name: 'past_key_values.0.key', isTensor: true, type: 'float16', shape: ['batch', 'num_kv', 'past', 'head_dim'] },
        { name: 'use_cache_branch', isTensor: true, type: 'bool', shape: [1] },
      ],
      [{ name: 'present.0.key', isTensor: true, type: 'float16', shape: ['batch', 3, 'total', 5] }, { ...logits, type: 'float16' }],
      { numKvHeads: 3, headDim: 5, maxPositions: null },
    );
    expect(sig.logitsType).toBe('float16');
    const feeds = buildFeeds(sig, [Int32Array.from([1, 2]), Int32Array.from([3, 4])], 2);
    expect(feeds['past_key_values.0.key']!.dims).toEqual([2, 3, 0, 5]);
    expect(feeds['past_key_values.0.key']!.type).toBe('float16');
    expect(feeds['use_cache_branch']!.type).toBe('bool');
    expect(Array.from(feeds['use_cache_branch']!.data as Uint8Array)).toEqual([0]);
  });

  it('a fixed past length cannot be fed empty; a non-tensor input is refused', () => {
    const fixedPast = () =>
      readSignature(
        [
          { name: 'input_ids', isTensor: true, type: 'int64', shape: ['b', 's'] },
          { name: 'past_3', isTensor: true, type: 'float32', shape: [2, 'b', 4, 16, 8] },
        ],
        [logits],
        noHints,
      );
    expect(fixedPast).toThrow(WwError);
    expect(fixedPast).toThrow(/'past_3'.*fixed at 16/);
    expect(() => readSignature([{ name: 'input_ids', isTensor: false }], [logits], noHints)).toThrow(/'input_ids'.*not a tensor/);
    expect(() => readSignature([{ name: 'input_ids', isTensor: true, type: 'float32', shape: ['b', 's'] }], [logits], noHints)).toThrow(/int64 or int32/);
  });

  it('no logits-like output is refused by name', () => {
    const inputs: ValueInfo[] = [{ name: 'input_ids', isTensor: true, type: 'int64', shape: ['b', 's'] }];
    expect(() => readSignature(inputs, [{ name: 'hidden', isTensor: true, type: 'float32', shape: ['b', 8] }], noHints)).toThrow(/no logits output/);
  });
});
