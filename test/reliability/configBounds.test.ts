/**
 * A pull request's config is bounded before it is parsed or matched: the file at most
 * MAX_CONFIG_BYTES (a 34 MB one took 14 s and 1.5 GB to parse), and every selector list and the
 * overrides at most MAX_SELECTOR_ITEMS items (each is tried on every layer); a regular file (not a
 * FIFO or a device), and the action's default config inside the workspace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionSettings } from '../../src/action/inputs.js';
import { MAX_CONFIG_BYTES, readConfigFile } from '../../src/config/load.js';
import { MAX_SELECTOR_ITEMS } from '../../src/util/pattern.js';
import type { WwError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ww-config-bounds-'));
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as WwError);
const list = (n: number) => Array.from({ length: n }, (_, i) => `    - "model.layers.${i}.mlp.*"`).join('\n');

describe('config bounds', () => {
  it('a config file over 1 MiB is refused by its size, before it is parsed', async () => {
    const file = join(dir, 'big.yml');
    writeFileSync(file, '');
    truncateSync(file, MAX_CONFIG_BYTES + 1);
    const err = await failure(readConfigFile(file));
    expect(err?.code).toBe('CONFIG_INVALID');
    expect(err?.message).toBe(`config file ${file} is 1048577 bytes, more than the 1048576 a config may have`);
  });
  it(`${MAX_SELECTOR_ITEMS} layer selectors are accepted, one more is refused naming the key`, async () => {
    const ok = join(dir, 'ok.yml');
    writeFileSync(ok, `smooth:\n  layers:\n${list(MAX_SELECTOR_ITEMS)}\n`);
    expect(await failure(readConfigFile(ok))).toBeNull();
    const over = join(dir, 'over.yml');
    writeFileSync(over, `smooth:\n  exclude:\n${list(MAX_SELECTOR_ITEMS + 1)}\n`);
    const err = await failure(readConfigFile(over));
    expect(err?.code).toBe('CONFIG_INVALID');
    expect(err?.message).toMatch(/\/smooth\/exclude/);
  });
  it(`${MAX_SELECTOR_ITEMS} overrides are accepted, more are refused`, async () => {
    const overrides = (n: number) => `smooth:\n  overrides:\n${Array.from({ length: n }, (_, i) => `    - layers: "model.layers.${i}.*"\n      skip: true`).join('\n')}\n`;
    const ok = join(dir, 'overrides-ok.yml');
    writeFileSync(ok, overrides(MAX_SELECTOR_ITEMS));
    expect(await failure(readConfigFile(ok))).toBeNull();
    const file = join(dir, 'overrides.yml');
    writeFileSync(file, overrides(MAX_SELECTOR_ITEMS + 1));
    const err = await failure(readConfigFile(file));
    expect(err?.code).toBe('CONFIG_INVALID');
    expect(err?.message).toMatch(/\/smooth\/overrides/);
  });
});

describe('the config file is a regular file inside the workspace', () => {
  it.each([
    ['a symlink to /dev/zero (read forever: main ended with "Invalid string length")', (f: string) => symlinkSync('/dev/zero', f), 'is a character device'],
    ['a FIFO (the read blocks)', (f: string) => execFileSync('mkfifo', [f]), 'is a FIFO'],
  ])('%s is SPECIAL_FILE before any read', async (_what, make, kind) => {
    const ws = mkdtempSync(join(tmpdir(), 'ww-config-special-'));
    const file = join(ws, '.ww-smooth.yml');
    make(file);
    const err = await failure(readConfigFile(file));
    expect(err?.code).toBe('SPECIAL_FILE');
    expect(err?.message).toBe(`config file: ${file} ${kind}${kind === 'is a FIFO' ? ' (named pipe)' : ''}; expected a regular file`);
  });
  it("the action's default .ww-smooth.yml committed as a symlink out of the workspace is PATH_ESCAPE, its content never read", async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ww-config-ws-'));
    const outside = join(mkdtempSync(join(tmpdir(), 'ww-config-secret-')), 'secret.yml');
    writeFileSync(outside, 'model: TOPSECRET\n');
    symlinkSync(outside, join(ws, '.ww-smooth.yml'));
    const saved = { ...process.env };
    process.env['INPUT_MODEL'] = 'm.onnx';
    try {
      const err = await failure(readActionSettings(ws, 'k'));
      expect(err?.code).toBe('PATH_ESCAPE');
      expect(err?.message).toMatch(/^config file: .*\.ww-smooth\.yml resolves to .*secret\.yml, outside /);
      expect(err?.message).not.toContain('TOPSECRET');
    } finally {
      process.env = saved;
    }
  });
});
