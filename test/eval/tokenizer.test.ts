/**
 * Tokenisation under the convention with a tokenizer.json written here (BPE over a/b/c with two
 * merges, so ids are known by hand), special tokens per tokenizer_config.json, and pre-tokenised
 * ids from JSON and from .npy files written by numpy.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkIdsInVocab, evalLines, loadTokenizer, readIdsFile, tokenizeText } from '../../src/eval/tokenizer.js';
import { WwError, type WwErrorCode } from '../../src/errors.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { tinyTokenizerJson } from './fixtures.js';

async function tokenizerDir(json: Record<string, unknown>, config?: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ww-tok-'));
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(json));
  if (config) await writeFile(join(dir, 'tokenizer_config.json'), JSON.stringify(config));
  return dir;
}

async function errorCode(f: () => unknown): Promise<WwErrorCode | string> {
  try {
    await f();
  } catch (e) {
    return e instanceof WwError ? e.code : `not a WwError: ${String(e)}`;
  }
  return 'no error';
}

const TEXT = '  ab c \r\n\r\n\tabc\n   \n b a  \n';

describe('evalLines', () => {
  it('splits at \\n and \\r\\n, trims, drops empty lines', () => {
    expect(evalLines(TEXT)).toEqual(['ab c', 'abc', 'b a']);
    expect(evalLines('x\r\ny')).toEqual(['x', 'y']);
    expect(evalLines(' \n\t\r\n')).toEqual([]);
  });
});

describe('loadTokenizer + tokenizeText', () => {
  let withBos: string;
  beforeAll(async () => {
    withBos = await tokenizerDir(tinyTokenizerJson(true), { bos_token: '<s>', eos_token: '</s>' });
  });

  it('encodes each line with the post-processor BOS and concatenates (ids by hand)', async () => {
    const tok = await loadTokenizer(withBos);
    expect(tok.vocabSize).toBe(8);
    expect(tok.bosId).toBe(1);
    expect(tokenizeText(TEXT, tok)).toEqual([1, 6, 5, 1, 7, 1, 4, 3]);
  });

  it('add_bos_token false in tokenizer_config removes the BOS the template adds', async () => {
    const dir = await tokenizerDir(tinyTokenizerJson(true), { add_bos_token: false, bos_token: '<s>' });
    expect(tokenizeText(TEXT, await loadTokenizer(dir))).toEqual([6, 5, 7, 4, 3]);
  });

  it('add_bos_token / add_eos_token true add them when the template does not', async () => {
    const dir = await tokenizerDir(tinyTokenizerJson(false), { add_bos_token: true, add_eos_token: true, bos_token: '<s>', eos_token: { content: '</s>' } });
    expect(tokenizeText('abc\nc', await loadTokenizer(dir))).toEqual([1, 7, 2, 1, 5, 2]);
  });

  it('no tokenizer_config: the template alone decides', async () => {
    const plain = await tokenizerDir(tinyTokenizerJson(false));
    expect(tokenizeText(TEXT, await loadTokenizer(plain))).toEqual([6, 5, 7, 4, 3]);
  });

  it('errors: missing tokenizer.json, empty text, a BOS asked for but not in the vocabulary', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'ww-tok-'));
    expect(await errorCode(() => loadTokenizer(empty))).toBe('TOKENIZER_MISSING');
    const tok = await loadTokenizer(withBos);
    expect(await errorCode(() => tokenizeText('  \n \r\n', tok))).toBe('EVAL_TEXT_EMPTY');
    const badBos = await tokenizerDir(tinyTokenizerJson(false), { add_bos_token: true, bos_token: '<bos>' });
    expect(await errorCode(() => loadTokenizer(badBos))).toBe('INPUT_INVALID');
    const broken = await mkdtemp(join(tmpdir(), 'ww-tok-'));
    await writeFile(join(broken, 'tokenizer.json'), '{ not json');
    expect(await errorCode(() => loadTokenizer(broken))).toBe('INPUT_INVALID');
  });

  it('tokenizer.json / tokenizer_config.json symlinked out of the folder: PATH_ESCAPE, nothing read', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'ww-tok-outside-'));
    // Valid tokenizer files outside: without the check the links would load fine.
    await writeFile(join(outside, 'tokenizer.json'), JSON.stringify(tinyTokenizerJson(true)));
    await writeFile(join(outside, 'tokenizer_config.json'), JSON.stringify({ bos_token: '<s>' }));
    const linkJson = await mkdtemp(join(tmpdir(), 'ww-tok-'));
    await symlink(join(outside, 'tokenizer.json'), join(linkJson, 'tokenizer.json'));
    expect(await errorCode(() => loadTokenizer(linkJson))).toBe('PATH_ESCAPE');
    const linkConfig = await tokenizerDir(tinyTokenizerJson(true));
    await symlink(join(outside, 'tokenizer_config.json'), join(linkConfig, 'tokenizer_config.json'));
    expect(await errorCode(() => loadTokenizer(linkConfig))).toBe('PATH_ESCAPE');
    // A symlink that stays in the folder is fine; a loop is a classified error, not a crash.
    const inside = await mkdtemp(join(tmpdir(), 'ww-tok-'));
    await writeFile(join(inside, 'real.json'), JSON.stringify(tinyTokenizerJson(true)));
    await symlink('real.json', join(inside, 'tokenizer.json'));
    expect((await loadTokenizer(inside)).vocabSize).toBe(8);
    const loop = await mkdtemp(join(tmpdir(), 'ww-tok-'));
    await symlink('tokenizer.json', join(loop, 'tokenizer.json'));
    expect(await errorCode(() => loadTokenizer(loop))).toMatch(/^(INPUT_INVALID|TOKENIZER_MISSING|PATH_ESCAPE)$/);
    // A missing folder is TOKENIZER_MISSING with the hint.
    await expect(loadTokenizer(join(outside, 'nope'))).rejects.toThrow(/no tokenizer\.json in .*--tokenizer DIR/);
  });
});

describe('pre-tokenised ids', () => {
  it('reads a JSON array', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-ids-'));
    const p = join(dir, 'ids.json');
    await writeFile(p, '[5, 0, 17, 3]');
    expect(readIdsFile(p)).toEqual([5, 0, 17, 3]);
  });

  it.skipIf(!findNumpyPython())('reads int32 and int64 .npy written by numpy (1-D and 2-D)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-ids-'));
    const ids = [0, 1, 2, 999, 65535, 70000];
    runPython(
      `np.save(inp['d'] + '/a.npy', np.array(inp['ids'], dtype=np.int32))
np.save(inp['d'] + '/b.npy', np.array(inp['ids'], dtype=np.int64).reshape(2, 3))
np.save(inp['d'] + '/c.npy', np.array(inp['ids'], dtype=np.float32))
print(json.dumps(True))`,
      { d: dir, ids },
    );
    expect(readIdsFile(join(dir, 'a.npy'))).toEqual(ids);
    expect(readIdsFile(join(dir, 'b.npy'))).toEqual(ids);
    expect(await errorCode(() => readIdsFile(join(dir, 'c.npy')))).toBe('INPUT_INVALID');
  });

  it('errors: empty list, non-integers, missing file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-ids-'));
    await writeFile(join(dir, 'empty.json'), '[]');
    await writeFile(join(dir, 'bad.json'), '[1, 2.5]');
    await writeFile(join(dir, 'obj.json'), '{"ids": [1]}');
    expect(await errorCode(() => readIdsFile(join(dir, 'empty.json')))).toBe('EVAL_TEXT_EMPTY');
    expect(await errorCode(() => readIdsFile(join(dir, 'bad.json')))).toBe('INPUT_INVALID');
    expect(await errorCode(() => readIdsFile(join(dir, 'obj.json')))).toBe('INPUT_INVALID');
    expect(await errorCode(() => readIdsFile(join(dir, 'nope.json')))).toBe('INPUT_INVALID');
  });
});

describe('checkIdsInVocab', () => {
  it('names the largest id and the vocabulary size', () => {
    expect(() => checkIdsInVocab([1, 2, 3], 4, 'x')).not.toThrow();
    try {
      checkIdsInVocab([1, 9, 3, 4], 4, 'text.txt');
      expect.unreachable();
    } catch (e) {
      expect((e as WwError).code).toBe('TOKENIZER_MISMATCH');
      expect((e as WwError).message).toMatch(/token id 9 .*vocabulary of 4/);
      expect((e as WwError).details).toMatchObject({ maxId: 9, vocabSize: 4 });
    }
  });
});
