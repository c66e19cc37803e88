/**
 * Hostile-input corpus (issue 14): seeded, generated cases per category, each run through the
 * code a pull request reaches, with the outcome counted and printed by category (so CI logs show
 * what was exercised). Categories: symlinks (out of the workspace, loops, chains), special files
 * (FIFO, character device), hostile names (control characters, markers, huge), selectors (nested
 * quantifiers, alternation under repetition, back-references, brace bombs), each required to end
 * in the expected WwError code or a safe result within a time bound.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultStages } from '../../src/engine/stages.js';
import { resolveInside } from '../../src/io/paths.js';
import { escapeMarkdown, escapeTerminal } from '../../src/report/escape.js';
import { compileNamePattern } from '../../src/util/pattern.js';
import { mulberry32 } from '../../src/util/prng.js';
import { codeOf, codeOfSync } from '../helpers/errors.js';

const SEED = Number(process.env['WW_FUZZ_SEED'] ?? 20240611);
const rng = mulberry32(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const counts = new Map<string, Map<string, number>>();
const count = (category: string, outcome: string): void => {
  const m = counts.get(category) ?? new Map<string, number>();
  m.set(outcome, (m.get(outcome) ?? 0) + 1);
  counts.set(category, m);
};

let tmp: string;
let ws: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'ww-corpus-'));
  ws = path.join(tmp, 'ws');
  await mkdir(path.join(ws, 'in'), { recursive: true });
  await writeFile(path.join(tmp, 'secret.onnx'), 'x');
  await writeFile(path.join(ws, 'in', 'ok.onnx'), 'x');
});
afterAll(async () => {
  const lines = [...counts].map(([c, m]) => `  ${c.padEnd(16)} ${[...m].map(([o, n]) => `${o} ${n}`).join(', ')}`);
  console.log(`hostile corpus seed ${SEED}, counts by category:\n${lines.join('\n')}`);
  await rm(tmp, { recursive: true, force: true });
});

describe('hostile corpus', () => {
  it('symlinks: chains and loops that leave the workspace are PATH_ESCAPE, ones that stay are followed', async () => {
    for (let i = 0; i < 40; i++) {
      const depth = 1 + Math.floor(rng() * 4);
      const kind = pick(['out', 'in', 'loop'] as const);
      const names = Array.from({ length: depth }, (_, d) => `l${i}_${d}.onnx`);
      const target = kind === 'out' ? path.join(tmp, 'secret.onnx') : kind === 'in' ? path.join(ws, 'in', 'ok.onnx') : path.join(ws, names[0]!);
      for (let d = depth - 1; d >= 0; d--) await symlink(d === depth - 1 ? target : path.join(ws, names[d + 1]!), path.join(ws, names[d]!));
      const code = await codeOf(resolveInside(ws, names[0]!, 'model'));
      expect(code).toBe(kind === 'in' ? 'ok' : 'PATH_ESCAPE');
      count('symlinks', `${kind}:${code}`);
    }
  });
  it('special files: FIFOs and devices as the model are SPECIAL_FILE before any open', async () => {
    for (let i = 0; i < 12; i++) {
      const kind = pick(['fifo', 'dev-zero', 'dev-null', 'fifo-link'] as const);
      const p = path.join(ws, `special${i}.onnx`);
      if (kind === 'fifo') execFileSync('mkfifo', [p]);
      else if (kind === 'fifo-link') {
        execFileSync('mkfifo', [`${p}.pipe`]);
        await symlink(`${p}.pipe`, p);
      } else await symlink(kind === 'dev-zero' ? '/dev/zero' : '/dev/null', p);
      const code = await codeOf(defaultStages().resolveModel(p, null, path.join(ws, 'out')));
      expect(code).toBe('SPECIAL_FILE');
      count('special files', `${kind}:${code}`);
    }
  });
  it('hostile names: escaped output never holds a control character, a line break or a marker', () => {
    const parts = ['\u001b[2J', '\r', '\n', '\u0000', '\u202e', '<!-- ww-smooth-comment key=x -->', '## h', '`', '|', '@user', '#1', 'a'.repeat(5000), 'ok'];
    for (let i = 0; i < 300; i++) {
      const name = Array.from({ length: 1 + Math.floor(rng() * 6) }, () => pick(parts)).join('');
      const term = escapeTerminal(name);
      const md = escapeMarkdown(term);
      expect(term).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
      expect(md).not.toMatch(/\n|<!--/);
      count('hostile names', 'escaped');
    }
  });
  it('selectors: catastrophic regexes are refused, brace bombs are literal, each in under 50 ms', () => {
    const atoms = ['a', '.', '\\d', '[a-z]', 'x'];
    const quant = ['+', '*', '{2,}', '{1,9}'];
    for (let i = 0; i < 200; i++) {
      const a = pick(atoms);
      const kind = pick(['nested', 'alternation', 'backref', 'brace', 'safe'] as const);
      const text =
        kind === 'nested' ? `/(${a}${pick(quant)})${pick(quant)}$/`
        : kind === 'alternation' ? `/(${a}|${a}${a})${pick(quant)}$/`
        : kind === 'backref' ? `/(${a})\\1${pick(quant)}/`
        : kind === 'brace' ? `{${'a,'.repeat(20)}b}{1..100000}*`
        : `/^model\\.layers\\.${Math.floor(rng() * 30)}\\.${pick(['mlp', 'self_attn'])}\\./`;
      const t0 = performance.now();
      const code = codeOfSync(() => compileNamePattern(text, { key: 'smooth.layers' }).test('a'.repeat(4000) + '!'));
      expect(performance.now() - t0).toBeLessThan(50);
      expect(code).toBe(kind === 'nested' || kind === 'alternation' || kind === 'backref' ? 'CONFIG_INVALID' : 'ok');
      count('selectors', `${kind}:${code}`);
    }
  });
});
