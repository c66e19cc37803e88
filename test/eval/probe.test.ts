/**
 * Task probes on closed-form models: a bigram table (logits[b, s] = table[input_ids[b, s]]) with the
 * small BPE tokenizer of fixtures.ts (a, b, c; merges a b -> ab, ab c -> abc; BOS <s> = 1). Every
 * choice's log-likelihood is then a sum of log-softmax entries of the table, computed here by hand.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { evaluateProbe, evaluateProbeItems, prepareProbe } from '../../src/engine/probe.js';
import { parseProbeItems, readProbeFile } from '../../src/eval/probeItems.js';
import { charLength, encodeProbe, moveTrailingSpace } from '../../src/eval/probeEncode.js';
import { scoreSequences, type ProbeSequence } from '../../src/eval/probe.js';
import type { LogitsBlock, WindowRunner } from '../../src/eval/perplexity.js';
import { loadTokenizer } from '../../src/eval/tokenizer.js';
import { mulberry32 } from '../helpers/random.js';
import { thrownWwError } from '../helpers/plan.js';
import { quantizedTable, tinyTokenizerJson, writeDecoder } from './fixtures.js';

const V = 8; // <unk> <s> </s> a b c ab abc
const ID = { bos: 1, a: 3, b: 4, c: 5, ab: 6, abc: 7 } as const;

/** log p(next | prev) under the bigram table, float64, by hand. */
function logProb(table: ArrayLike<number>, prev: number, next: number): number {
  const row = Array.from({ length: V }, (_, j) => table[prev * V + j]!);
  const max = Math.max(...row);
  return row[next]! - (max + Math.log(row.reduce((s, x) => s + Math.exp(x - max), 0)));
}

async function bigramModel(table: ArrayLike<number>, opts: { bos?: boolean; mask?: boolean; positions?: boolean } = {}): Promise<string> {
  return writeDecoder(
    {
      vocab: V,
      table,
      ...(opts.mask ? { attentionMask: true } : {}),
      ...(opts.positions ? { positionTable: { positions: 64, data: quantizedTable(64, V, 5, 16) } } : {}),
    },
    { 'tokenizer.json': tinyTokenizerJson(opts.bos ?? true) },
  );
}

async function probeFile(model: string, lines: unknown[]): Promise<string> {
  const file = join(dirname(model), 'items.jsonl');
  await writeFile(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

const thrown = thrownWwError;

describe('probe items (JSONL)', () => {
  it('reads both kinds, skips blank lines, keeps the first max-items and counts the rest', () => {
    const text = ['{"prompt":"p","choices":[" x"," y"],"answer":1,"id":"q1"}', '', '{"prompt":"q","target":" z"}', '{"prompt":"r","choices":["a","b","c"],"answer":0}'].join('\n');
    const set = parseProbeItems(text, 'set.jsonl', 2);
    expect(set.itemsTotal).toBe(3);
    expect(set.items).toEqual([
      { kind: 'choice', line: 1, prompt: 'p', choices: [' x', ' y'], answer: 1 },
      { kind: 'exact', line: 3, prompt: 'q', target: ' z' },
    ]);
    expect(set.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['not json', '{"prompt": "x", ', /set\.jsonl line 2: not valid JSON/],
    ['an array', '[1, 2]', /line 2: expected a JSON object/],
    ['no prompt', '{"choices": [" a", " b"], "answer": 0}', /line 2: "prompt" must be a string, got nothing/],
    ['one choice', '{"prompt": "x", "choices": [" a"], "answer": 0}', /line 2: "choices" has 1 entry; expected 2 to 32/],
    ['answer out of range', '{"prompt": "x", "choices": [" a", " b"], "answer": 2}', /line 2: "answer" must be the index \(0 to 1\)/],
    ['fractional answer', '{"prompt": "x", "choices": [" a", " b"], "answer": 0.5}', /line 2: "answer" must be the index/],
    ['empty choice', '{"prompt": "x", "choices": [" a", ""], "answer": 0}', /line 2: choice 1 must be a non-empty string/],
    ['unknown key', '{"prompt": "x", "choices": [" a", " b"], "answer": 0, "label": 1}', /line 2: unknown key\(s\) "label"/],
    ['empty target', '{"prompt": "x", "target": ""}', /line 2: "target" must be a non-empty string/],
    ['neither kind', '{"prompt": "x"}', /line 2: "choices" must be an array of strings \(or give "target"/],
  ])('%s: PROBE_INVALID naming the line', (_, bad, message) => {
    const err = thrown(() => parseProbeItems(`{"prompt":"ok","target":" y"}\n${bad}\n`, 'set.jsonl'));
    expect(err.code).toBe('PROBE_INVALID');
    expect(err.message).toMatch(message);
    expect(err.details).toMatchObject({ file: 'set.jsonl', line: 2 });
  });

  it('an empty file and an over-long line are refused', () => {
    expect(thrown(() => parseProbeItems('\n\n', 'e.jsonl')).message).toMatch(/e\.jsonl holds no probe item/);
    const long = JSON.stringify({ prompt: 'x'.repeat(70_000), target: ' y' });
    expect(thrown(() => parseProbeItems(long, 'l.jsonl')).message).toMatch(/l\.jsonl line 1: \d+ characters; a probe line may hold at most 65536/);
  });

  it('a missing file, a folder and a FIFO are refused before anything is read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-probe-files-'));
    expect(thrown(() => readProbeFile(join(dir, 'none.jsonl'))).message).toMatch(/none\.jsonl not found \(or not a regular file\)/);
    expect(thrown(() => readProbeFile(dir)).code).toBe('PROBE_INVALID');
    const fifo = join(dir, 'fifo.jsonl');
    if (spawnSync('mkfifo', [fifo]).status === 0) expect(thrown(() => readProbeFile(fifo)).message).toMatch(/not a regular file/);
  });

  it('acc_norm counts characters as Python does (code points)', () => {
    expect(charLength(' 😀é')).toBe(3);
    expect(moveTrailingSpace('The cat  ', 'sat')).toEqual(['The cat', '  sat']);
    expect(moveTrailingSpace('The cat', ' sat')).toEqual(['The cat', ' sat']);
  });
});

describe('tokenization under the harness convention (bigram model, BPE a/b/c with BOS)', () => {
  it('leading space, no leading space, multi-token choice, merge across the prompt end, BOS and an empty prompt', async () => {
    const dir = dirname(await bigramModel(quantizedTable(V, V, 1)));
    const tok = await loadTokenizer(dir);
    const enc = (prompt: string, choices: string[]) =>
      encodeProbe(parseProbeItems(JSON.stringify({ prompt, choices, answer: 0 }), 'p.jsonl'), tok).items[0]!;
    const reqs = (prompt: string, choices: string[]) => {
      const item = enc(prompt, choices);
      return item.kind === 'choice' ? item.requests.map((r) => [r.context, r.continuation]) : [];
    };
    // " b": whole [<s>, a, b], context [<s>, a]; " b c" two tokens; " ab" one merged token.
    expect(reqs('a', [' b', ' b c', ' ab'])).toEqual([
      [[ID.bos, ID.a], [ID.b]],
      [[ID.bos, ID.a], [ID.b, ID.c]],
      [[ID.bos, ID.a], [ID.ab]],
    ]);
    // "b c" without a space: "ab c" -> [<s>, ab, c]; whole[2:] = [c], fed after the context [<s>, a].
    expect(reqs('a', ['b c', ' c'])).toEqual([
      [[ID.bos, ID.a], [ID.c]],
      [[ID.bos, ID.a], [ID.c]],
    ]);
    // A trailing space of the prompt moves to the choice: same requests as prompt "a", choice " b".
    expect(reqs('a ', ['b', 'c'])).toEqual([
      [[ID.bos, ID.a], [ID.b]],
      [[ID.bos, ID.a], [ID.c]],
    ]);
    // Empty prompt: the context is BOS alone.
    expect(reqs('', ['a', 'b'])).toEqual([
      [[ID.bos], [ID.a]],
      [[ID.bos], [ID.b]],
    ]);
    // "ab" + "c" = "abc": one token, nothing after the context [<s>, ab].
    const merged = thrown(() => enc('ab', ['c', ' c']));
    expect(merged.code).toBe('PROBE_INVALID');
    expect(merged.message).toMatch(/p\.jsonl line 1: choice 0 "c" adds no token after the prompt's 2/);

    const noBos = await loadTokenizer(dirname(await bigramModel(quantizedTable(V, V, 1), { bos: false })));
    const empty = thrown(() => encodeProbe(parseProbeItems('{"prompt":"","choices":["a","b"],"answer":0}', 'n.jsonl'), noBos));
    expect(empty.message).toMatch(/n\.jsonl line 1: the prompt encodes to no token and the tokenizer adds no BOS/);
  });
});

describe('probe scores on a bigram model equal the hand computation', () => {
  it('scores, acc, acc_norm and exact match', async () => {
    const table = quantizedTable(V, V, 7);
    // Make the case acc != acc_norm: after "a", " b" (1 char + space) is likelier in total than
    // " b c" (4 chars), but per character " b c" wins when log p(c | b) is close to 0.
    table[ID.b * V + ID.c] = 4;
    const model = await bigramModel(table);
    const items = [
      { prompt: 'a', choices: [' b', ' b c', ' c'], answer: 1 },
      { prompt: 'a b', choices: [' c', ' a', ' ab'], answer: 2 },
      { prompt: '', choices: ['a', 'b', 'c'], answer: 0 },
      { prompt: 'a', target: ' b c' },
      { prompt: 'c', target: ' a' },
    ];
    const r = await evaluateProbe({ modelPath: model, probeFile: await probeFile(model, items), options: { device: 'cpu' }, perItem: true });

    const lp = (prev: number, next: number) => logProb(table, prev, next);
    const expected: number[][] = [
      [lp(ID.a, ID.b), lp(ID.a, ID.b) + lp(ID.b, ID.c), lp(ID.a, ID.c)],
      [lp(ID.b, ID.c), lp(ID.b, ID.a), lp(ID.b, ID.ab)],
      [lp(ID.bos, ID.a), lp(ID.bos, ID.b), lp(ID.bos, ID.c)],
      [lp(ID.a, ID.b) + lp(ID.b, ID.c)],
      [lp(ID.c, ID.a)],
    ];
    r.perItem!.forEach((it, i) => it.scores.forEach((s, j) => expect(s).toBeCloseTo(expected[i]![j]!, 5)));

    const first = (xs: number[]) => xs.indexOf(Math.max(...xs));
    const chars = [[2, 4, 2], [2, 2, 3], [1, 1, 1]];
    const right = [0, 1, 2].map((i) => first(expected[i]!) === (items[i] as { answer: number }).answer);
    const rightNorm = [0, 1, 2].map((i) => first(expected[i]!.map((s, j) => s / chars[i]![j]!)) === (items[i] as { answer: number }).answer);
    expect(first(expected[0]!)).not.toBe(first(expected[0]!.map((s, j) => s / chars[0]![j]!))); // the case is real
    const argmaxRow = (prev: number) => first(Array.from({ length: V }, (_, j) => table[prev * V + j]!));
    const exact = [argmaxRow(ID.a) === ID.b && argmaxRow(ID.b) === ID.c, argmaxRow(ID.c) === ID.a];

    expect(r.items).toBe(5);
    expect(r.choiceItems).toBe(3);
    expect(r.exactItems).toBe(2);
    expect(r.acc).toBe(right.filter(Boolean).length / 3);
    expect(r.acc_norm).toBe(rightNorm.filter(Boolean).length / 3);
    expect(r.exactMatch).toBe(exact.filter(Boolean).length / 2);
    expect(r.perItem!.map((p) => p.correct)).toEqual([...right, ...exact]);
    expect(argmaxRow(ID.b)).toBe(ID.c); // table[b][c] = 4 is the largest entry of row b
    expect(r.correct).toBe([...right, ...exact].filter(Boolean).length);
    expect(r.accuracy).toBe(r.correct / 5);
  });

  it('batched and padded (mask, positions) equals one sequence at a time', async () => {
    const table = quantizedTable(V, V, 11);
    const model = await bigramModel(table, { mask: true, positions: true });
    const rand = mulberry32(3);
    const words = [' a', ' b', ' c', ' ab', ' abc'];
    const word = () => words[Math.floor(rand() * words.length)]!;
    const items = Array.from({ length: 40 }, (_, i) =>
      i % 4 === 3
        ? { prompt: Array.from({ length: 1 + (i % 7) }, word).join('').trim(), target: word() + word() }
        : { prompt: Array.from({ length: 1 + (i % 9) }, word).join('').trim(), choices: [word(), word() + word(), word() + word() + word()], answer: i % 3 },
    );
    const file = await probeFile(model, items);
    const batched = await evaluateProbe({ modelPath: model, probeFile: file, options: { device: 'cpu', batchSize: 7 }, perItem: true });
    const single = await evaluateProbe({ modelPath: model, probeFile: file, options: { device: 'cpu', batchSize: 1 }, perItem: true });
    expect(batched.perItem).toEqual(single.perItem);
    expect(batched.acc).toBe(single.acc);
    expect(batched.sequences).toBe(30 * 3 + 10);
  });

  it('truncates from the left to the context, and refuses a continuation longer than it', async () => {
    const table = quantizedTable(V, V, 13);
    const model = await bigramModel(table);
    const probe = await prepareProbe({ probeFile: await probeFile(model, [{ prompt: 'a b c a b', choices: [' c', ' a'], answer: 0 }]) }, model);
    // context 3: [<s> a b c a b c] keeps its last 4 tokens [c a b c]; the score is still log p(c | b).
    const r = await evaluateProbeItems(model, probe, { device: 'cpu', context: 3 });
    expect(r.perItem![0]!.scores[0]).toBeCloseTo(logProb(table, ID.b, ID.c), 5);
    const long = await prepareProbe({ probeFile: await probeFile(model, [{ prompt: 'a', choices: [' b c a b', ' c'], answer: 0 }]) }, model);
    await expect(evaluateProbeItems(model, long, { device: 'cpu', context: 3 })).rejects.toMatchObject({ code: 'PROBE_INVALID', message: expect.stringMatching(/line 1: its continuation has 4 tokens; at most 3/) });
  });

  it('ids outside the model vocabulary are TOKENIZER_MISMATCH before any item runs', async () => {
    const model = await writeDecoder({ vocab: 6, table: quantizedTable(6, 6, 2) }, { 'tokenizer.json': tinyTokenizerJson(true) });
    await expect(evaluateProbe({ modelPath: model, probeFile: await probeFile(model, [{ prompt: 'a', choices: [' ab', ' c'], answer: 0 }]), options: { device: 'cpu' } })).rejects.toMatchObject({
      code: 'TOKENIZER_MISMATCH',
    });
  });
});

describe('scoreSequences', () => {
  it('sorts by length, returns results in input order, and reads float16 logits', async () => {
    const vocab = 4;
    const calls: number[][] = [];
    // A fake runner: logits row at position t of a row = [t, 0, -t, id], as float64 numbers.
    const runner: WindowRunner = {
      vocabSize: vocab,
      async run(rows, length): Promise<LogitsBlock> {
        calls.push(rows.map((r) => r.length));
        const data = new Float64Array(rows.length * length * vocab);
        rows.forEach((row, b) => {
          for (let t = 0; t < length; t++) data.set([t, 0, -t, row[t] ?? 0], (b * length + t) * vocab);
        });
        return { data, type: 'float64', dims: [rows.length, length, vocab] };
      },
    };
    const seqs: ProbeSequence[] = [
      { tokens: [1, 3], from: 1 },
      { tokens: [2, 0, 1, 3], from: 2 },
      { tokens: [3, 0, 0], from: 1 },
    ];
    const out = await scoreSequences(seqs, runner, 2);
    expect(calls).toEqual([[3, 2], [1]]);
    const lsm = (row: number[], j: number) => row[j]! - Math.log(row.reduce((s, x) => s + Math.exp(x), 0));
    expect(out[0]!.logprob).toBeCloseTo(lsm([0, 0, 0, 1], 3), 12);
    expect(out[1]!.logprob).toBeCloseTo(lsm([1, 0, -1, 0], 1) + lsm([2, 0, -2, 1], 3), 12);
    expect(out[2]!.logprob).toBeCloseTo(lsm([0, 0, 0, 3], 0) + lsm([1, 0, -1, 0], 0), 12);
    expect(out.map((s) => s.greedy)).toEqual([true, false, false]);
  });
});
