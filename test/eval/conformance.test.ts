/**
 * Conformance on ../shared (skipped with a notice when absent): stories260K on
 * tinystories_val_64k.txt at context 256 must reproduce the measurement in its PROVENANCE.md
 * (4.1748; 28,541 tokens, 28,429 scored), and tiny-random-gpt2/past.onnx (int32 ids, past_N
 * inputs, com.microsoft ops, no tokenizer) must run from an ids file.
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { sharedPath } from '../helpers/shared.js';
import { markovTokens } from './fixtures.js';

const stories = sharedPath('models', 'stories260K', 'model.onnx');
const text = sharedPath('data', 'tinystories_val_64k.txt');
const gpt2 = sharedPath('models', 'tiny-random-gpt2', 'past.onnx');

describe.skipIf(!stories || !text)('stories260K on tinystories_val_64k.txt (../shared)', () => {
  it('context 256: perplexity 4.1748 within 1%, 28,541 tokens, 28,429 scored', async () => {
    const r = await evaluatePerplexity({ modelPath: stories!, textFile: text!, options: { context: 256, maxTokens: 0, device: 'cpu' } });
    expect(r.tokensTotal).toBe(28541);
    expect(r.tokensScored).toBe(28429);
    expect(r.windows).toBe(112);
    expect(Math.abs(r.perplexity / 4.1748 - 1)).toBeLessThan(0.01);
    console.log(`[conformance] stories260K ppl ${r.perplexity.toFixed(6)} (${r.tokensScored} tokens, ${Math.round(r.tokensPerSecond)} tokens/s)`);
  });
});

describe.skipIf(!gpt2)('tiny-random-gpt2/past.onnx from an ids file (../shared)', () => {
  it('int32 ids, past_N inputs, contrib ops: a finite perplexity of the order of its vocabulary (1000)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-gpt2-'));
    const idsFile = join(dir, 'ids.json');
    await writeFile(idsFile, JSON.stringify(markovTokens(700, 1000, 99)));
    const r = await evaluatePerplexity({ modelPath: gpt2!, idsFile, options: { context: 128, stride: 64, device: 'cpu' } });
    expect(r.vocabSize).toBe(1000);
    expect(r.tokensScored).toBe(699);
    expect(Number.isFinite(r.perplexity)).toBe(true);
    // Random weights (std 0.02): logits nearly flat, so perplexity close to the vocabulary size.
    expect(r.perplexity).toBeGreaterThan(500);
    expect(r.perplexity).toBeLessThan(2000);
  });
});
