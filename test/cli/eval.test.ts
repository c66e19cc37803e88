/**
 * `ww-smooth eval` through the CLI entry: the printed perplexity and the --json file agree with the
 * value computed here, --compare prints the delta, and bad input exits 1 with `error[CODE]`.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PerplexityResult } from '../../src/eval/types.js';
import type { PerplexityComparison } from '../../src/engine/evaluate.js';
import { runCliInProcess } from '../helpers/cli.js';
import { markovTokens, quantizedTable, referenceNll, referenceScoring, writeDecoder } from '../eval/fixtures.js';

afterEach(() => {
  process.exitCode = undefined;
});

const V = 10;
const ids = markovTokens(300, V, 8);
const table = quantizedTable(V, V, 9);
function expectedPpl(t: Float64Array, context: number, stride: number): number {
  const scored = referenceScoring(ids.length, context, stride);
  const sum = scored.reduce((s, { p }) => s + referenceNll(Array.from(t.subarray(ids[p - 1]! * V, ids[p - 1]! * V + V)), ids[p]!), 0);
  return Math.exp(sum / scored.length);
}

describe('ww-smooth eval', async () => {
  const model = await writeDecoder({ vocab: V, table });
  const idsFile = join(dirname(model), 'ids.json');
  await writeFile(idsFile, JSON.stringify(ids));

  it('prints the perplexity and writes --json', async () => {
    const jsonFile = join(dirname(model), 'out.json');
    const r = await runCliInProcess(['eval', model, '--ids', idsFile, '--context', '32', '--stride', '8', '--device', 'cpu', '--threads', '1', '--json', jsonFile]);
    expect(r.status).toBe(0);
    const want = expectedPpl(table, 32, 8);
    expect(r.stdout).toContain(`perplexity ${want.toFixed(4)}`);
    const written = JSON.parse(await readFile(jsonFile, 'utf8')) as PerplexityResult;
    expect(Math.abs(written.perplexity / want - 1)).toBeLessThan(1e-12);
    expect(written.context).toBe(32);
    expect(written.stride).toBe(8);
    expect(r.stderr).toMatch(/100%/); // progress: a bar on a terminal, lines in a log
  });

  it('--compare prints both and the delta; --no-progress keeps stderr quiet', async () => {
    const tableB = quantizedTable(V, V, 10);
    const other = await writeDecoder({ vocab: V, table: tableB });
    const jsonFile = join(dirname(model), 'cmp.json');
    const r = await runCliInProcess(['eval', model, '--compare', other, '--ids', idsFile, '--context', '50', '--device', 'cpu', '--no-progress', '--json', jsonFile]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const pa = expectedPpl(table, 50, 50);
    const pb = expectedPpl(tableB, 50, 50);
    const c = JSON.parse(await readFile(jsonFile, 'utf8')) as PerplexityComparison;
    expect(c.delta.absolute).toBeCloseTo(pb - pa, 10);
    expect(c.delta.relative).toBeCloseTo((pb - pa) / pa, 10);
    expect(r.stdout).toContain('delta (b - a):');
  });

  it('bad input exits 1 with error[CODE] and no stack', async () => {
    const noInput = await runCliInProcess(['eval', model, '--device', 'cpu']);
    expect(noInput.status).toBe(1);
    expect(noInput.stderr).toContain('error[INPUT_INVALID]');
    const noTokenizer = await runCliInProcess(['eval', model, '--text', idsFile, '--device', 'cpu']);
    expect(noTokenizer.status).toBe(1);
    expect(noTokenizer.stderr).toContain('error[TOKENIZER_MISSING]');
    expect(noTokenizer.stderr).not.toMatch(/\n\s+at /);
    const badContext = await runCliInProcess(['eval', model, '--ids', idsFile, '--context', 'many']);
    expect(badContext.status).not.toBe(0);
    const badDevice = await runCliInProcess(['eval', model, '--ids', idsFile, '--device', 'tpu']);
    expect(badDevice.status).not.toBe(0);
  });
});
