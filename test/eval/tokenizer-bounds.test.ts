/**
 * Bounded tokenization (issue 14, case 3): the eval text is tokenized only as far as
 * max-eval-tokens can use (tokensNeeded, checked against the window rule by hand), a single huge
 * line costs what its start costs, and a tokenizer.json with an absurd token id is refused from
 * the JSON instead of walked (main: added token id 1e9 took 46 s in get_vocab).
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTokenizer, MAX_TOKEN_ID, MAX_TOKENIZER_FILE_BYTES, tokenizeText } from '../../src/eval/tokenizer.js';
import { tokensNeeded } from '../../src/eval/windows.js';
import { codeOf } from '../helpers/errors.js';
import { tinyTokenizerJson } from './fixtures.js';

async function tokenizerDir(json: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ww-tokb-'));
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(json));
  return dir;
}

const special = (id: unknown, content: string) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });

describe('tokensNeeded: where the last scored window ends', () => {
  // stride = context c: each window scores c - 1 tokens (its first is context only); m scored
  // tokens take k = floor(m / (c - 1)) full windows and r = m mod (c - 1) more: end k*c + (r ? r + 1 : 0).
  const closedForm = (m: number, c: number): number => {
    const k = Math.floor(m / (c - 1));
    const r = m % (c - 1);
    return k * c + (r > 0 ? r + 1 : 0);
  };
  it.each([
    [256, 256],
    [16384, 256],
    [255, 256],
    [10, 2],
    [1000, 7],
  ])('maxTokens %i, context %i (stride = context) -> closed form', (m, c) => {
    expect(tokensNeeded(m, c, c)).toBe(closedForm(m, c));
  });
  it('stride < context: the first window scores c - 1, each later one stride tokens', () => {
    // c 8, s 4, m 10: [0,8) scores 7, the next window scores from 8 and needs 3 more -> ends at 11.
    expect(tokensNeeded(10, 8, 4)).toBe(11);
  });
  it('unknown context: the bound for the smallest context (2 * m + 1); 0: no limit', () => {
    expect(tokensNeeded(100)).toBe(201);
    expect(tokensNeeded(100)).toBeGreaterThanOrEqual(tokensNeeded(100, 2, 2));
    expect(tokensNeeded(0, 256, 256)).toBe(Infinity);
  });
});

describe('tokenizeText stops at the limit', () => {
  it('many lines: exactly the first `limit` ids of the whole text', async () => {
    const tok = await loadTokenizer(await tokenizerDir(tinyTokenizerJson()));
    const text = Array.from({ length: 500 }, (_, i) => ['ab c', 'abc b', 'a b c'][i % 3]).join('\n');
    const all = tokenizeText(text, tok);
    expect(tokenizeText(text, tok, 'text', 37)).toEqual(all.slice(0, 37));
    expect(tokenizeText(text, tok, 'text', all.length + 10)).toEqual(all);
  });
  it('one 20 MB line with a limit of 258 ids: the same ids as the start of the line, in bounded time (main: minutes, GBs)', async () => {
    const tok = await loadTokenizer(await tokenizerDir(tinyTokenizerJson()));
    const unit = 'abc ab c a b ';
    const huge = unit.repeat(Math.ceil(20e6 / unit.length));
    const short = unit.repeat(200); // ~1,000 tokens: small enough to encode whole
    const expected = tok.encodeLine(short).slice(0, 258);
    const t0 = performance.now();
    const ids = tokenizeText(huge, tok, 'text', 258);
    const ms = performance.now() - t0;
    expect(ids).toEqual(expected);
    console.log(`[tokenize] 20 MB line, limit 258: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5000);
  });
});

describe('absurd token ids are refused from the JSON', () => {
  it.each([
    ['an added token with id 1e9', (j: Record<string, unknown>) => (j['added_tokens'] as unknown[]).push(special(1e9, '<evil>'))],
    ['an added token with id -1', (j: Record<string, unknown>) => (j['added_tokens'] as unknown[]).push(special(-1, '<evil>'))],
    ['an added token with id 1.5', (j: Record<string, unknown>) => (j['added_tokens'] as unknown[]).push(special(1.5, '<evil>'))],
    ['a vocab id over the cap', (j: Record<string, unknown>) => (((j['model'] as Record<string, unknown>)['vocab'] as Record<string, number>)['zz'] = MAX_TOKEN_ID + 1)],
  ])('%s -> INPUT_INVALID at once', async (_, mutate) => {
    const json = tinyTokenizerJson();
    mutate(json);
    const dir = await tokenizerDir(json);
    const t0 = performance.now();
    expect(await codeOf(loadTokenizer(dir))).toBe('INPUT_INVALID');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('vocabSize still counts added tokens above the model vocabulary', async () => {
    const json = tinyTokenizerJson();
    (json['added_tokens'] as unknown[]).push(special(40, '<pad>'));
    expect((await loadTokenizer(await tokenizerDir(json))).vocabSize).toBe(41);
  });
});

describe('the tokenizer files are bounded in size', () => {
  it(`a tokenizer.json over ${MAX_TOKENIZER_FILE_BYTES} bytes is refused before it is read (3,000,000 merges, 96 MB: 55 s and 3.3 GB)`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-tokb-'));
    const file = join(dir, 'tokenizer.json');
    await writeFile(file, '');
    await truncate(file, MAX_TOKENIZER_FILE_BYTES + 1); // sparse: nothing to parse is ever read
    const err = await loadTokenizer(dir).then(() => null, (e: unknown) => e as Error);
    expect(await codeOf(Promise.reject(err))).toBe('INPUT_INVALID');
    expect(err?.message).toBe(`${file} is 67108865 bytes, more than the 67108864 a tokenizer file may have`);
  });
  it('a small one is read (and here fails as JSON, not as too large)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-tokb-'));
    await writeFile(join(dir, 'tokenizer.json'), '{"version": 1,');
    const err = await loadTokenizer(dir).then(() => null, (e: unknown) => e as Error);
    expect(err?.message).toMatch(/is not valid JSON/);
  });
});
