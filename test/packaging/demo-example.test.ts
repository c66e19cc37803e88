/**
 * The committed demo (examples/demo) is what `npm run demo` and the end-to-end test run on, so it
 * must be what its generator says it is:
 * - the committed files come out of examples/demo/generate.ts again (text and tokenizer byte for
 *   byte, weights to float32 rounding, since Math.tanh/exp may differ in the last bit between
 *   Node versions);
 * - onnxruntime (an independent implementation of the forward pass, in float32) reproduces the
 *   generator's float64 reference perplexity;
 * - @huggingface/tokenizers (the library the engine uses) encodes eval.txt to the ids the
 *   generator's own word splitter produced;
 * - it is small and has the dense MatMul layers the spectral stage needs.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { Tokenizer } from '@huggingface/tokenizers';
import { DEMO_CONTEXT, encodeText, generateDemo, vocabulary } from '../../examples/demo/generate.js';
import { repoRoot } from '../helpers/shared.js';

const demoDir = join(repoRoot, 'examples', 'demo');
const committed = (name: string) => readFileSync(join(demoDir, name));
const reference = JSON.parse(committed('reference.json').toString('utf8')) as {
  vocabSize: number;
  windowed: { perplexity: number; tokensScored: number; context: number };
  allPositions: { perplexity: number; tokensScored: number };
};

/** Logits of every vocabulary token (one call, batch of V single-token sequences). */
async function allLogits(modelPath: string, V: number): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(modelPath);
  const ids = BigInt64Array.from({ length: V }, (_, i) => BigInt(i));
  const out = await session.run({ input_ids: new ort.Tensor('int64', ids, [V, 1]) });
  await session.release();
  return out['logits']!.data as Float32Array;
}

describe('examples/demo', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ww-demo-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('regenerates from its generator (text/tokenizer exact, weights to float32 rounding)', async () => {
    await generateDemo(tmp);
    for (const name of ['eval.txt', 'tokenizer.json']) {
      expect(readFileSync(join(tmp, name)).equals(committed(name)), `${name} differs from a fresh generation`).toBe(true);
    }
    const fresh = readFileSync(join(tmp, 'model.onnx'));
    const old = committed('model.onnx');
    expect(fresh.length).toBe(old.length);
    if (!fresh.equals(old)) {
      // Same structure and size, so only weight values differ: the two models must compute the same function.
      const a = await allLogits(join(tmp, 'model.onnx'), reference.vocabSize);
      const b = await allLogits(join(demoDir, 'model.onnx'), reference.vocabSize);
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      expect(worst).toBeLessThan(1e-3);
    }
    const ref = JSON.parse(readFileSync(join(tmp, 'reference.json'), 'utf8')) as typeof reference;
    expect(ref.windowed.perplexity).toBeCloseTo(reference.windowed.perplexity, 6);
  }, 60_000);

  it('@huggingface/tokenizers encodes eval.txt to the ids the generator intended', () => {
    const tok = new Tokenizer(JSON.parse(committed('tokenizer.json').toString('utf8')), {});
    const text = committed('eval.txt').toString('utf8');
    const viaLibrary: number[] = [];
    for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
      viaLibrary.push(...tok.encode(line, { add_special_tokens: true }).ids);
    }
    const viaGenerator = encodeText(text, vocabulary());
    expect(viaLibrary.length).toBe(viaGenerator.length);
    expect(viaLibrary).toEqual(viaGenerator);
    expect(viaLibrary).not.toContain(0); // no [UNK]: eval text uses the language's words only
    // An unknown word maps to [UNK] = 0 rather than being dropped.
    expect(tok.encode('the zebra sees', { add_special_tokens: true }).ids).toEqual([vocabulary().indexOf('the'), 0, vocabulary().indexOf('sees')]);
  });

  it('onnxruntime reproduces the reference perplexity computed by the generator', async () => {
    const session = await ort.InferenceSession.create(join(demoDir, 'model.onnx'));
    expect(session.inputNames).toEqual(['input_ids']);
    const ids = encodeText(committed('eval.txt').toString('utf8'), vocabulary());
    const V = reference.vocabSize;
    // Whole text in one call: the model has no positional state, so this scores every position.
    const out = await session.run({ input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]) });
    const logits = out['logits']!.data as Float32Array;
    expect(out['logits']!.dims).toEqual([1, ids.length, V]);
    let nllAll = 0;
    let nllWindowed = 0;
    let nWindowed = 0;
    for (let p = 1; p < ids.length; p++) {
      const row = logits.subarray((p - 1) * V, p * V);
      let max = -Infinity;
      for (const x of row) max = Math.max(max, x);
      let z = 0;
      for (const x of row) z += Math.exp(x - max);
      const nll = -(row[ids[p]!]! - max - Math.log(z));
      nllAll += nll;
      if (p % DEMO_CONTEXT !== 0) {
        nllWindowed += nll;
        nWindowed++;
      }
    }
    expect(nWindowed).toBe(reference.windowed.tokensScored);
    expect(Math.exp(nllAll / (ids.length - 1)) / reference.allPositions.perplexity - 1).toBeLessThan(1e-5);
    expect(Math.abs(Math.exp(nllWindowed / nWindowed) / reference.windowed.perplexity - 1)).toBeLessThan(1e-5);
    await session.release();
  });

  it('is small and has at least two dense MatMul weights of 16x16 or more', () => {
    const total = ['model.onnx', 'tokenizer.json', 'eval.txt', 'reference.json', 'generate.ts'].reduce((s, f) => s + statSync(join(demoDir, f)).size, 0);
    expect(total).toBeLessThan(1024 * 1024);
    const model = committed('model.onnx').toString('latin1');
    for (const name of ['input_proj.weight', 'mlp.fc1.weight', 'lm_head.weight']) expect(model).toContain(name);
    expect(reference.vocabSize).toBeGreaterThanOrEqual(16);
  });
});
