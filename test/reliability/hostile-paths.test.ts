/**
 * Hostile pull requests, file-system side (issue 14, cases 1-3 and 8): what a PR controls (the
 * config file, committed symlinks, FIFOs, globs) must not read or write outside the workspace,
 * block the run, or walk without bound. Each case names what today's main did wrong.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildPlanConfined, type ConfigFile } from '../../src/config/load.js';
import { overridesFromInputs } from '../../src/config/inputs.js';
import { codeOf } from '../helpers/errors.js';
import { defaultStages } from '../../src/engine/stages.js';
import { expandGlob, walk } from '../../src/io/glob.js';
import { findPartialFiles } from '../../src/shard/partial.js';

let tmp: string;
let ws: string;
let outside: string;


// resolveModel reads names and hashes only: any bytes make a model file here.
const modelBytes = new Uint8Array([8, 7, 18, 0]);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'ww-hostile-'));
  ws = path.join(tmp, 'ws');
  outside = path.join(tmp, 'outside');
  await mkdir(path.join(ws, 'models', 'a', 'b'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(ws, 'models', 'a', 'b', 'm.onnx'), modelBytes);
  await writeFile(path.join(outside, 'private.onnx'), modelBytes);
  await symlink(path.join(outside, 'private.onnx'), path.join(ws, 'models', 'leak.onnx'));
  // A symlink loop inside the tree the model glob walks.
  await symlink('..', path.join(ws, 'models', 'a', 'loop'));
  execFileSync('mkfifo', [path.join(ws, 'fifo.onnx')]);
  await symlink('/dev/zero', path.join(ws, 'zero.onnx'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const planOpts = (file: ConfigFile, inputs: Record<string, string> = {}) => ({
  file,
  filePath: path.join(ws, '.ww-smooth.yml'),
  overrides: overridesFromInputs((name) => inputs[name] ?? ''),
  overridesSource: 'action inputs',
  defaultCommentKey: 'k',
  cwd: ws,
});

describe('config model and base-model stay in the workspace (main: not confined)', () => {
  it.each([
    ['model ..', { model: '../outside/private.onnx' }],
    ['model absolute', { model: '/etc/hostname' }],
    ['model symlink out', { model: 'models/leak.onnx' }],
    ['base-model ..', { model: 'models/a/b/m.onnx', 'base-model': '../outside/private.onnx' }],
    ['base-model symlink out', { model: 'models/a/b/m.onnx', 'base-model': 'models/leak.onnx' }],
    ['model glob rooted at /', { model: '/**/private.onnx' }],
    ['model glob matching a symlink out', { model: 'models/*.onnx' }],
  ] as const)('%s -> PATH_ESCAPE', async (_, file) => {
    expect(await codeOf(buildPlanConfined(planOpts(file as ConfigFile)))).toBe('PATH_ESCAPE');
  });
  it('a model inside, and a model anywhere given as an action input, are accepted', async () => {
    expect(await codeOf(buildPlanConfined(planOpts({ model: 'models/a/b/m.onnx' })))).toBe('ok');
    expect(await codeOf(buildPlanConfined(planOpts({ model: '../outside/private.onnx' }, { model: path.join(outside, 'private.onnx') })))).toBe('ok');
  });
});

describe('model resolution: globs and special files', () => {
  it('models/**/m.onnx finds the file two folders down (main: "matched 0 files"), through a symlink loop without following it', async () => {
    const t0 = Date.now();
    const model = await defaultStages().resolveModel(path.join(ws, 'models', '**', 'm.onnx'), null, path.join(ws, 'out'));
    expect(model.path).toBe(path.join(ws, 'models', 'a', 'b', 'm.onnx'));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it('a glob walk stops at its entry cap and never descends into a symlinked folder', async () => {
    const kinds: string[] = [];
    for await (const e of walk(path.join(ws, 'models'), { what: 'test' })) kinds.push(`${e.rel}:${e.kind}`);
    expect(kinds).toContain('a/loop:symlink');
    expect(kinds.some((k) => k.startsWith('a/loop/'))).toBe(false);
    expect(await codeOf(expandGlob('**/*', { cwd: ws, what: 'test', maxEntries: 3 }))).toBe('INPUT_INVALID');
  });
  it.each([
    ['a FIFO', 'fifo.onnx'],
    ['a symlink to /dev/zero', 'zero.onnx'],
  ])('a model that is %s is SPECIAL_FILE before any open (main: blocks / hashes forever)', async (_, name) => {
    expect(await codeOf(defaultStages().resolveModel(path.join(ws, name), null, path.join(ws, 'out')))).toBe('SPECIAL_FILE');
  });
  it('merge: a partial folder with a symlink loop and a manifest symlinked out', async () => {
    const dir = path.join(ws, 'partials');
    await mkdir(path.join(dir, 'a'), { recursive: true });
    await writeFile(path.join(dir, 'a', 'ww-smooth-partial-1-of-2.json'), '{}');
    await symlink('..', path.join(dir, 'a', 'loop'));
    expect(await findPartialFiles([dir], ws)).toEqual([path.join(dir, 'a', 'ww-smooth-partial-1-of-2.json')]);
    expect(await findPartialFiles(['partials/**/ww-smooth-partial-*.json'], ws)).toEqual([path.join(dir, 'a', 'ww-smooth-partial-1-of-2.json')]);
    await writeFile(path.join(outside, 'ww-smooth-partial-2-of-2.json'), '{}');
    await symlink(path.join(outside, 'ww-smooth-partial-2-of-2.json'), path.join(dir, 'ww-smooth-partial-2-of-2.json'));
    expect(await codeOf(findPartialFiles([dir], ws))).toBe('PATH_ESCAPE');
  });
});

describe('downloads stay in the work folder (main: written through a committed symlink)', () => {
  const url = 'https://127.0.0.1:9/model.onnx';
  const pin = 'a'.repeat(64);
  it('a committed downloads -> /outside link is PATH_ESCAPE before any request, nothing written outside', async () => {
    const work = path.join(ws, 'report1');
    await mkdir(work);
    await symlink(outside, path.join(work, 'downloads'));
    const before = await readdir(outside);
    expect(await codeOf(defaultStages().resolveModel(url, pin, work))).toBe('PATH_ESCAPE');
    expect(await readdir(outside)).toEqual(before);
  });
  it('a committed downloads/model.onnx -> /dev/zero is refused instead of hashed forever', async () => {
    const work = path.join(ws, 'report2');
    await mkdir(path.join(work, 'downloads'), { recursive: true });
    await symlink('/dev/zero', path.join(work, 'downloads', 'model.onnx'));
    expect(await codeOf(defaultStages().resolveModel(url, pin, work))).toBe('PATH_ESCAPE');
  });
  it('a URL whose file name is not a model is MODEL_FORMAT before any request (main: after the write)', async () => {
    const work = path.join(ws, 'report3');
    expect(await codeOf(defaultStages().resolveModel('https://127.0.0.1:9/evil.sh', pin, work))).toBe('MODEL_FORMAT');
    expect(existsSync(path.join(work, 'downloads', 'evil.sh'))).toBe(false);
  });
});
