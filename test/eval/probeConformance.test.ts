/**
 * Conformance on ../shared (skipped with a notice when absent): stories260K on a multiple-choice set
 * made here from tinystories_val_64k.txt. acc, acc_norm and exact match must equal, exactly, an
 * independent computation written below with onnxruntime-node and @huggingface/tokenizers called
 * directly, one sequence at a time (no project code): lm-evaluation-harness's convention, where
 * whole = encode(prompt + choice), context = encode(prompt), continuation = whole[len(context):],
 * and the model sees context ++ continuation.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import * as ort from 'onnxruntime-node';
import { Tokenizer } from '@huggingface/tokenizers';
import { evaluateProbe } from '../../src/engine/probe.js';
import { sharedPath } from '../helpers/shared.js';

const model = sharedPath('models', 'stories260K', 'model.onnx');
const text = sharedPath('data', 'tinystories_val_64k.txt');

type Item = { prompt: string; choices: string[]; answer: number } | { prompt: string; target: string };

/** Every 7th sentence of 6+ words: prompt = its first 3..5 words; choices = next word and 3 words of other sentences. */
function makeItems(corpus: string, count: number): Item[] {
  const sentences = corpus
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim().split(/\s+/))
    .filter((w) => w.length >= 6);
  const items: Item[] = [];
  for (let i = 0; items.length < count && i < sentences.length; i += 7) {
    const words = sentences[i]!;
    const k = 3 + (i % 3);
    const prompt = words.slice(0, k).join(' ');
    if (items.length % 5 === 4) {
      items.push({ prompt, target: ' ' + words.slice(k, k + 2).join(' ') });
      continue;
    }
    const right = words[k]!;
    const others = [1, 2, 3].map((d) => sentences[(i + d * 13) % sentences.length]![(d + i) % 5]!).filter((w) => w !== right);
    if (others.length < 3) continue;
    const answer = i % 4;
    const choices = others.map((w) => ' ' + w);
    choices.splice(answer, 0, ' ' + right);
    items.push({ prompt, choices, answer });
  }
  return items;
}

function logSoftmaxAt(row: Float32Array, offset: number, vocab: number, target: number): { lp: number; top: number } {
  let max = -Infinity;
  let top = 0;
  for (let j = 0; j < vocab; j++) {
    const x = row[offset + j]!;
    if (x > max) {
      max = x;
      top = j;
    }
  }
  let sum = 0;
  for (let j = 0; j < vocab; j++) sum += Math.exp(row[offset + j]! - max);
  return { lp: row[offset + target]! - max - Math.log(sum), top };
}

describe.skipIf(!model || !text)('stories260K probe set from tinystories_val_64k.txt (../shared)', () => {
  it('acc, acc_norm and exact match equal onnxruntime + tokenizer called directly', async () => {
    const items = makeItems(await readFile(text!, 'utf8'), 80);
    const dir = await mkdtemp(join(tmpdir(), 'ww-probe-'));
    const file = join(dir, 'items.jsonl');
    await writeFile(file, items.map((i) => JSON.stringify(i)).join('\n') + '\n');

    // The independent computation.
    const folder = dirname(model!);
    const tokenizer = new Tokenizer(JSON.parse(await readFile(join(folder, 'tokenizer.json'), 'utf8')), JSON.parse(await readFile(join(folder, 'tokenizer_config.json'), 'utf8')));
    const encode = (s: string): number[] => tokenizer.encode(s, { add_special_tokens: true }).ids.slice();
    const session = await ort.InferenceSession.create(model!, { executionProviders: ['cpu'] });
    const score = async (prompt: string, cont: string): Promise<{ lp: number; greedy: boolean }> => {
      const context = encode(prompt);
      const continuation = encode(prompt + cont).slice(context.length);
      const ids = [...context, ...continuation].slice(0, -1);
      const feeds = {
        input_ids: new ort.Tensor('int64', BigInt64Array.from(ids.map(BigInt)), [1, ids.length]),
        attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), [1, ids.length]),
      };
      const out = await session.run(feeds);
      const logits = out['logits']!.data as Float32Array;
      const vocab = out['logits']!.dims[2]!;
      let lp = 0;
      let greedy = true;
      continuation.forEach((t, j) => {
        const r = logSoftmaxAt(logits, (context.length - 1 + j) * vocab, vocab, t);
        lp += r.lp;
        if (r.top !== t) greedy = false;
      });
      return { lp, greedy };
    };
    let acc = 0;
    let accNorm = 0;
    let exact = 0;
    let choiceItems = 0;
    const predicted: (number | null)[] = [];
    for (const item of items) {
      if ('target' in item) {
        if ((await score(item.prompt, item.target)).greedy) exact++;
        predicted.push(null);
        continue;
      }
      choiceItems++;
      const lps: number[] = [];
      for (const c of item.choices) lps.push((await score(item.prompt, c)).lp);
      const norm = lps.map((lp, i) => lp / [...item.choices[i]!].length);
      const pick = lps.indexOf(Math.max(...lps));
      predicted.push(pick);
      if (pick === item.answer) acc++;
      if (norm.indexOf(Math.max(...norm)) === item.answer) accNorm++;
    }
    await session.release();

    const r = await evaluateProbe({ modelPath: model!, probeFile: file, options: { device: 'cpu' }, perItem: true });
    expect(r.items).toBe(80);
    expect(r.choiceItems).toBe(choiceItems);
    expect(r.acc).toBe(acc / choiceItems);
    expect(r.acc_norm).toBe(accNorm / choiceItems);
    expect(r.exactMatch).toBe(exact / (80 - choiceItems));
    expect(r.perItem!.map((p) => p.predicted)).toEqual(predicted);
    // Not a degenerate set: the model is right on some items and wrong on others.
    expect(acc).toBeGreaterThan(choiceItems / 4);
    expect(acc).toBeLessThan(choiceItems);
    console.log(
      `[conformance] stories260K probe: acc ${r.acc!.toFixed(4)} acc_norm ${r.acc_norm!.toFixed(4)} exact ${r.exactMatch!.toFixed(4)} (${r.items} items, ${r.sequences} sequences, ${r.itemsPerSecond.toFixed(0)} items/s)`,
    );
  });
});
