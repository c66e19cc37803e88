/**
 * Raw output (issue 14, case 7): tensor names are the model file's, so the CLI shows them with
 * control characters escaped (table) or Markdown-escaped (--format md: no injected heading, no
 * forged comment marker); number flags are decimal only (main: `--context 0x10` meant 16).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { overridesFromInputs } from '../../src/config/inputs.js';
import { parseDecimal } from '../../src/util/decimal.js';
import { gaussianArray } from '../helpers/random.js';
import { runCliInProcess } from '../helpers/cli.js';
import { codeOfSync } from '../helpers/errors.js';

const HOSTILE = [
  'evil\u001b[2J\u001b[31mred',
  'cr\rover\u0000nul',
  'x\n## Injected heading\n<!-- ww-smooth-comment key=o/r/gate -->',
  'bidi\u202eexe.onnx',
];
let model: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ww-names-'));
  let x = 'x';
  const nodes = HOSTILE.map((name, i) => {
    const out = `h${i}`;
    const n = { opType: 'MatMul', inputs: [x, name], outputs: [out] };
    x = out;
    return n;
  });
  model = await writeModelFiles(dir, 'names.onnx', {
    nodes,
    initializers: HOSTILE.map((name, i) => ({ name, type: 'float32' as const, dims: [16, 16], data: Float32Array.from(gaussianArray(256, 10 + i)) })),
    inputs: [{ name: 'x', type: 'float32', shape: ['b', 16] }],
    outputs: [{ name: x, type: 'float32', shape: ['b', 16] }],
  });
});

describe('ww-smooth analyze shows hostile names safely', () => {
  it('table: no ESC, CR, NUL or bidi override reaches stdout; the names are shown escaped', async () => {
    const r = await runCliInProcess(['analyze', model, '--no-progress', '--no-randomize']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000\u001b\r\u202e]/);
    expect(r.stdout).toContain('evil\\x1b[2J\\x1b[31mred');
    expect(r.stdout).toContain('cr\\x0dover\\x00nul');
    expect(r.stdout).toContain('bidi\\u{202e}exe.onnx');
  });
  it('--format md: one table row per layer, no heading and no comment marker', async () => {
    const r = await runCliInProcess(['analyze', model, '--format', 'md', '--no-progress', '--no-randomize']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\s*#/.test(l))).toEqual([]);
    expect(r.stdout).not.toContain('<!--');
    expect(lines.filter((l) => l.startsWith('|')).length).toBe(2 + HOSTILE.length);
  });
});

describe('decimal numbers only', () => {
  it.each(['0x10', '0b11', '0o7', 'Infinity', ' 16', '1_000', ''])('%j is not a number', (raw) => {
    expect(Number.isNaN(parseDecimal(raw))).toBe(true);
  });
  it.each([['16', 16], ['-0.5', -0.5], ['1e3', 1000], ['.5', 0.5]])('%s -> %d', (raw, n) => {
    expect(parseDecimal(raw)).toBe(n);
  });
  it('the context input / --context flag refuses 0x10 (main: 16)', () => {
    expect(codeOfSync(() => overridesFromInputs((name) => (name === 'context' ? '0x10' : '')))).toBe('INPUT_INVALID');
  });
  it('ww-smooth eval --context 0x10 is a usage error', async () => {
    const r = await runCliInProcess(['eval', model, '--context', '0x10', '--text', 'a b']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/0x10/);
  });
});
