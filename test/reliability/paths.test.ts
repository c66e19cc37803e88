/**
 * Path safety. (1) src/io/paths.ts resolveInside/assertInside: `..`, absolute, Windows-style,
 * NUL, symlinks (file and folder) pointing out, outputs whose parent folder is a symlink out,
 * and what must still work (plain names, nested folders, symlinks that stay inside). (2) The
 * model readers on real files: an external-data `location` with `..`, absolute, or a symlink out
 * of the model's folder, and a sharded safetensors index naming a shard outside, are refused with
 * PATH_ESCAPE before any byte of the target is read. (3) The other untrusted paths the run takes
 * from a PR's config file (tokenizer folder, output dir, config path) checked with the helpers the
 * loaders are to call (see the call-site list in the reliability report).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WwError } from '../../src/errors.js';
import { assertInside, resolveInside } from '../../src/io/paths.js';
import { writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';
import { encodeSafetensors } from '../../src/model/safetensors.js';
import { openModel } from '../../src/model/open.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { encodeNode } from '../../src/model/onnxBuilder.js';

let root: string; // <tmp>/root: the folder things must stay in
let outside: string; // <tmp>/outside: a sibling with a secret file
let tmp: string;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof WwError) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ww-paths-'));
  root = join(tmp, 'root');
  outside = join(tmp, 'outside');
  await mkdir(join(root, 'sub'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret.bin'), new Uint8Array(4096).fill(0x41));
  await writeFile(join(root, 'sub', 'data.bin'), new Uint8Array(64));
  await symlink(join(outside, 'secret.bin'), join(root, 'link-out.bin'));
  await symlink(outside, join(root, 'dir-out'));
  await symlink(join(root, 'sub', 'data.bin'), join(root, 'link-in.bin'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('accepts plain and nested names and symlinks that stay inside', async () => {
    expect(await resolveInside(root, 'sub/data.bin', 'data')).toBe(join(root, 'sub', 'data.bin'));
    expect(await resolveInside(root, './sub/./data.bin', 'data')).toBe(join(root, 'sub', 'data.bin'));
    expect(await resolveInside(root, 'link-in.bin', 'data')).toBe(join(root, 'sub', 'data.bin'));
  });
  it.each([
    ['../outside/secret.bin'],
    ['sub/../../outside/secret.bin'],
    ['..'],
    ['..\\outside\\secret.bin'],
    ['/etc/passwd'],
    ['\\\\server\\share\\x'],
    ['C:\\Windows\\x'],
    ['c:relative'],
    ['data\0.bin'],
    [''],
  ])('refuses %j with PATH_ESCAPE', async (p) => {
    expect(await code(resolveInside(root, p, 'external data'))).toBe('PATH_ESCAPE');
  });
  it('refuses a symlink whose target is outside, and a path through a symlinked folder', async () => {
    expect(await code(resolveInside(root, 'link-out.bin', 'external data'))).toBe('PATH_ESCAPE');
    expect(await code(resolveInside(root, 'dir-out/secret.bin', 'external data'))).toBe('PATH_ESCAPE');
  });
  it('for outputs (mustExist false): a new file inside is fine, one under a symlinked folder out is not', async () => {
    expect(await resolveInside(root, 'new/deeper/out.onnx', 'output', { mustExist: false })).toBe(join(root, 'new', 'deeper', 'out.onnx'));
    expect(await code(resolveInside(root, 'dir-out/new.onnx', 'output', { mustExist: false }))).toBe('PATH_ESCAPE');
    expect(await code(resolveInside(root, 'missing.bin', 'data', { missingCode: 'EXTERNAL_DATA_MISSING' }))).toBe('EXTERNAL_DATA_MISSING');
  });
  it('the message names what and where', async () => {
    await expect(resolveInside(root, '../x', 'tokenizer folder')).rejects.toThrow(/tokenizer folder: "\.\.\/x" contains "\.\."/);
  });
});

describe('external data and shards cannot escape the model folder (readers)', () => {
  const f32 = (n: number) => Float32Array.from({ length: n }, (_, i) => i + 1);
  const modelWith = async (dir: string, location: string): Promise<string> => {
    // Built with the project's writer first (valid), then the location rewritten at the protobuf level.
    const spec: ModelSpec = {
      nodes: [{ opType: 'MatMul', inputs: ['x', 'w'], outputs: ['y'], name: 'mm' }],
      initializers: [{ name: 'w', type: 'float32', dims: [16, 16], data: f32(256), externalFile: 'weights.bin' }],
      inputs: [{ name: 'x', type: 'float32', shape: [1, 16] }],
      outputs: [{ name: 'y', type: 'float32', shape: [1, 16] }],
    };
    await writeModelFiles(dir, 'model.onnx', spec);
    const t = new ProtoWriter().varint(1, 16).varint(1, 16).varint(2, 1).string(8, 'w');
    for (const [k, v] of [['location', location], ['offset', '0'], ['length', '1024']] as const) t.message(13, new ProtoWriter().string(1, k).string(2, v));
    t.varint(14, 1);
    const g = new ProtoWriter().message(1, encodeNode(spec.nodes[0]!)).string(2, 'g').message(5, t);
    await writeFile(join(dir, 'model.onnx'), new ProtoWriter().varint(1, 8).message(7, g).message(8, new ProtoWriter().varint(2, 17)).finish());
    return join(dir, 'model.onnx');
  };

  it('control: a location inside the folder opens and reads', async () => {
    const dir = join(tmp, 'm-ok');
    const w = await openModel(await modelWith(dir, 'weights.bin'));
    expect(w.layers.map((l) => l.name)).toEqual(['w']);
    expect((await w.readMatrix(w.layers[0]!)).data[255]).toBe(256);
    await w.close();
  });
  it.each([
    ['dotdot', '../outside/secret.bin'],
    ['nested dotdot', 'sub/../../outside/secret.bin'],
    ['absolute', 'ABS'],
    ['symlink out', 'link-out.bin'],
    ['through symlinked folder', 'dir-out/secret.bin'],
  ])('%s location -> PATH_ESCAPE', async (_label, location) => {
    const dir = join(tmp, `m-${_label.replace(/\W/g, '')}`);
    await mkdir(dir, { recursive: true });
    await symlink(join(outside, 'secret.bin'), join(dir, 'link-out.bin')).catch(() => undefined);
    await symlink(outside, join(dir, 'dir-out')).catch(() => undefined);
    const loc = location === 'ABS' ? join(outside, 'secret.bin') : location;
    expect(await code(openModel(await modelWith(dir, loc)))).toBe('PATH_ESCAPE');
  });
  it('a sharded safetensors index naming a shard outside (.., absolute, symlink) -> PATH_ESCAPE', async () => {
    const shard = encodeSafetensors([{ name: 'w', dtype: 'F32', shape: [16, 16], data: new Uint8Array(f32(256).buffer) }]);
    await writeFile(join(outside, 'shard.safetensors'), shard);
    for (const [i, file] of ['../outside/shard.safetensors', join(outside, 'shard.safetensors'), 'link.safetensors'].entries()) {
      const dir = join(tmp, `st-${i}`);
      await mkdir(dir, { recursive: true });
      await symlink(join(outside, 'shard.safetensors'), join(dir, 'link.safetensors'));
      await writeFile(join(dir, 'model.safetensors.index.json'), JSON.stringify({ weight_map: { w: file } }));
      expect(await code(openModel(join(dir, 'model.safetensors.index.json'))), file).toBe('PATH_ESCAPE');
    }
  });
});

describe('paths a PR can name through its config: tokenizer, output, config', () => {
  it('tokenizer folder: tokenizer.json symlinked out of the folder is refused', async () => {
    const tok = join(root, 'tok');
    await mkdir(tok);
    await symlink(join(outside, 'secret.bin'), join(tok, 'tokenizer.json'));
    expect(await code(resolveInside(tok, 'tokenizer.json', 'tokenizer', { missingCode: 'TOKENIZER_MISSING' }))).toBe('PATH_ESCAPE');
    expect(await code(assertInside(root, join(root, '..', 'outside'), 'tokenizer'))).toBe('PATH_ESCAPE');
  });
  it('output dir / output file: must stay in the workspace, also through a symlinked folder', async () => {
    expect(await assertInside(root, join(root, 'ww-smooth-report', 'smoothed.onnx'), 'output-dir')).toBe(join(root, 'ww-smooth-report', 'smoothed.onnx'));
    expect(await code(assertInside(root, join(root, '..', 'outside', 'x.onnx'), 'output-dir'))).toBe('PATH_ESCAPE');
    expect(await code(assertInside(root, join(root, 'dir-out', 'x.onnx'), 'output-dir'))).toBe('PATH_ESCAPE');
    expect(await code(assertInside(root, '/etc/cron.d/x', 'output-dir'))).toBe('PATH_ESCAPE');
  });
  it('config path: relative names inside the workspace only', async () => {
    await writeFile(join(root, 'ww-smooth.yml'), 'model: m.onnx\n');
    expect(await resolveInside(root, 'ww-smooth.yml', 'config', { missingCode: 'CONFIG_NOT_FOUND' })).toBe(join(root, 'ww-smooth.yml'));
    expect(await code(resolveInside(root, '../outside/secret.bin', 'config'))).toBe('PATH_ESCAPE');
    expect(await code(resolveInside(root, 'nope.yml', 'config', { missingCode: 'CONFIG_NOT_FOUND' }))).toBe('CONFIG_NOT_FOUND');
  });
});

describe('symlink loops are classified errors', () => {
  it('resolveInside on a looping symlink gives PATH_ESCAPE, not a raw ELOOP', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ww-loop-'));
    await symlink('a', join(root, 'b'));
    await symlink('b', join(root, 'a'));
    const err = await resolveInside(root, 'a', 'test path').catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('PATH_ESCAPE');
  });
});
