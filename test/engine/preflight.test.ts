/**
 * Validate first: the checks that run before any stage (and so before any weight is read) give a
 * specific error for each mistake a user makes with paths and files.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPlan, type ConfigFile } from '../../src/config/load.js';
import { githubContextWarnings, preflight } from '../../src/engine/preflight.js';
import { runPipeline } from '../../src/engine/pipeline.js';
import { WwError } from '../../src/errors.js';
import { decodeEvalText } from '../../src/eval/text.js';
import { tinyTokenizerJson, writeDecoder } from '../eval/fixtures.js';

const table = (vocab: number) => Float64Array.from({ length: vocab * vocab }, (_, i) => (i % 7) / 7);

async function setup(vocab: number, withTokenizer = true) {
  const model = await writeDecoder({ vocab, table: table(vocab) }, withTokenizer ? { 'tokenizer.json': tinyTokenizerJson() } : {});
  const dir = path.dirname(model);
  writeFileSync(path.join(dir, 'eval.txt'), 'a b c\nab c\n');
  return { model, dir };
}

const planOf = (cwd: string, cfg: ConfigFile) =>
  buildPlan({ file: {}, filePath: null, overrides: cfg, overridesSource: 'command line', defaultCommentKey: 'k', cwd });

async function failure(p: Promise<unknown>): Promise<WwError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(WwError);
  return e as WwError;
}

describe('preflight', () => {
  it('passes a complete plan: model, tokenizer that fits the logits, UTF-8 eval text, writable output-dir', async () => {
    const { model, dir } = await setup(8);
    await expect(preflight(planOf(dir, { model, eval: { text: 'eval.txt' }, report: { 'output-dir': 'out' } }), { cwd: dir })).resolves.toBeUndefined();
  });

  it('a missing eval text, base model or tokenizer is named', async () => {
    const { model, dir } = await setup(8);
    expect((await failure(preflight(planOf(dir, { model, eval: { text: 'evl.txt' } }), { cwd: dir }))).message).toMatch(/eval text .*evl\.txt does not exist/);
    expect((await failure(preflight(planOf(dir, { model, 'base-model': 'base.onnx' }), { cwd: dir }))).code).toBe('MODEL_NOT_FOUND');
    const bare = await setup(8, false);
    expect((await failure(preflight(planOf(bare.dir, { model: bare.model, eval: { text: 'eval.txt' } }), { cwd: bare.dir }))).code).toBe('TOKENIZER_MISSING');
  });

  it('a binary or non-UTF-8 eval text is a clear error with the offset', async () => {
    const { model, dir } = await setup(8);
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x61, 0x62, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x61, 0x20, 0xe9, 0x74, 0xe9]));
    const bin = await failure(preflight(planOf(dir, { model, eval: { text: 'bin.txt' } }), { cwd: dir }));
    expect(bin.code).toBe('EVAL_TEXT_INVALID');
    expect(bin.message).toMatch(/is binary \(a NUL byte at offset 2\)/);
    const latin = await failure(preflight(planOf(dir, { model, eval: { text: 'latin1.txt' } }), { cwd: dir }));
    expect(latin.message).toMatch(/is not UTF-8 \(invalid byte 0xe9 at offset 2\)/);
    expect(decodeEvalText(new TextEncoder().encode('héllo ✓'), 'x')).toBe('héllo ✓');
  });

  it("a tokenizer whose ids do not fit the model's logits is TOKENIZER_MISMATCH", async () => {
    const { model, dir } = await setup(6); // the tokenizer emits ids 0..7
    const e = await failure(preflight(planOf(dir, { model, eval: { text: 'eval.txt' } }), { cwd: dir }));
    expect(e.code).toBe('TOKENIZER_MISMATCH');
    expect(e.message).toMatch(/ids up to 7, but the model's output logits scores only 6 tokens/);
  });

  it('an output-dir that cannot be created is an IO error', async () => {
    const { model, dir } = await setup(8);
    writeFileSync(path.join(dir, 'afile'), 'x');
    expect((await failure(preflight(planOf(dir, { model, report: { 'output-dir': 'afile/out' } }), { cwd: dir }))).code).toBe('IO');
  });

  it('runPipeline reports a binary eval text before any stage runs', async () => {
    const { model, dir } = await setup(8);
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3]));
    const plan = planOf(dir, { model, eval: { text: 'bin.txt' }, report: { 'output-dir': path.join(dir, 'out') } });
    const logged: string[] = [];
    const e = await failure(runPipeline({ plan, version: 't', log: (m) => logged.push(m) }));
    expect(e.code).toBe('EVAL_TEXT_INVALID');
    expect(logged).toEqual([]); // not even the model was resolved (hashed)
  });
});

describe('githubContextWarnings', () => {
  it('warns when a PR comment is wanted but there is no token, and not otherwise', () => {
    expect(githubContextWarnings({ commentMode: 'update', hasToken: false, eventName: 'pull_request', prNumber: 3 })).toEqual([
      'comment: update on pull request #3, but there is no github-token, so no comment will be posted (set github-token, or comment: off)',
    ]);
    expect(githubContextWarnings({ commentMode: 'update', hasToken: true, eventName: 'pull_request', prNumber: 3 })).toEqual([]);
    expect(githubContextWarnings({ commentMode: 'off', hasToken: false, eventName: 'pull_request', prNumber: 3 })).toEqual([]);
    expect(githubContextWarnings({ commentMode: 'update', hasToken: false, eventName: 'push', prNumber: null })).toEqual([]);
  });
});
