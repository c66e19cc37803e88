/**
 * Raw errors become specific WwErrors naming the file and what was expected (issue 14, case 7),
 * raised before the work where the problem can be known early. On main each of these ended in a
 * bare `RangeError: Invalid typed array length` (a matrix past what one typed array holds), an
 * `EEXIST ... mkdir` (a file where a folder must be), an `EISDIR` (a folder given as a file), or an
 * `ENOENT` / `ENOTDIR` after all the computation (an output in a missing or blocked folder, a
 * --compare model or --baseline-report that is missing). Each case runs the CLI in process on a
 * hostile input and checks the code, the message, and that no work was done first.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadVerified } from '../../src/io/download.js';
import { openModel } from '../../src/model/open.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { runCliInProcess } from '../helpers/cli.js';
import { codeOf } from '../helpers/errors.js';
import { DEMO_DIR, writeShardTestModel } from '../shard/models.js';

const d = mkdtempSync(join(tmpdir(), 'ww-raw-errors-'));
let model = '';
const demo = join(DEMO_DIR, 'model.onnx');
const text = join(DEMO_DIR, 'eval.txt');
const aFile = join(d, 'afile');
const aFolder = join(d, 'folder.json');

/** A MatMul whose float32 weight [rows, cols] lives in a sparse external file (nothing is allocated on disk). */
function sparseModel(rows: number, cols: number): string {
  const sub = join(d, `sparse-${rows}x${cols}`);
  mkdirSync(sub, { recursive: true });
  const bytes = rows * cols * 4;
  const tensor = new ProtoWriter().varint(1, rows).varint(1, cols).varint(2, 1).string(8, 'blocks.0.mlp.w');
  const entry = (k: string, v: string) => tensor.message(13, new ProtoWriter().string(1, k).string(2, v));
  entry('location', 'w.bin');
  entry('offset', '0');
  entry('length', String(bytes));
  tensor.varint(14, 1);
  const node = new ProtoWriter().string(1, 'x').string(1, 'blocks.0.mlp.w').string(2, 'y').string(4, 'MatMul').string(3, '/blocks.0/mlp/MatMul');
  const graph = new ProtoWriter().message(1, node).string(2, 'g').message(5, tensor);
  const m = new ProtoWriter().varint(1, 8).message(7, graph).message(8, new ProtoWriter().varint(2, 17));
  writeFileSync(join(sub, 'w.bin'), '');
  truncateSync(join(sub, 'w.bin'), bytes);
  writeFileSync(join(sub, 'm.onnx'), m.finish());
  return join(sub, 'm.onnx');
}

beforeAll(async () => {
  model = await writeShardTestModel(join(d, 'model'));
  writeFileSync(aFile, 'a file, not a folder');
  mkdirSync(aFolder);
  mkdirSync(join(d, 'tokdir', 'tokenizer.json'), { recursive: true });
}, 60_000);

const cli = (...args: string[]) => runCliInProcess(args);

describe('Invalid array length: a matrix past what one typed array holds is TENSOR_TOO_LARGE naming it', () => {
  // 65536 x 32768 float32 = 8 GiB of stored data, over the 4 GiB (2^32 elements) a typed array takes.
  it('smooth refuses it when planning, before any layer is read', async () => {
    const big = sparseModel(65536, 32768);
    const r = await cli('smooth', big, '--method', 'rank', '--k', '2', '--out', join(d, 'big-out.onnx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[TENSOR_TOO_LARGE\]: smoothing plan: tensor blocks\.0\.mlp\.w is \[65536,32768\] \(8\.0 GiB stored\), larger than one matrix/);
    expect(r.stderr).not.toMatch(/smoothing 1 layer/);
    expect(existsSync(join(d, 'big-out.onnx'))).toBe(false);
  });
  it('reading it as a matrix (analysis with the size limits raised) is refused before any allocation', async () => {
    const w = await openModel(sparseModel(65536, 32768));
    try {
      expect(await codeOf(w.readMatrix(w.layers[0]!))).toBe('TENSOR_TOO_LARGE');
    } finally {
      await w.close();
    }
  });
});

describe('EEXIST / ENOTDIR: a file where a folder must be is an IO error naming that file', () => {
  it.each([
    ['run --out-dir', ['run', '<model>', '--out-dir', aFile, '--quiet'], new RegExp(`output-dir ${aFile} cannot be created: ${aFile} is a file, not a folder`)],
    ['run --out-dir below a file', ['run', '<model>', '--out-dir', join(aFile, 'sub'), '--quiet'], new RegExp(`${aFile} is a file, not a folder`)],
    ['analyze --json', ['analyze', '<model>', '--json', join(aFile, 'x.json')], new RegExp(`--json file ${aFile}/x\\.json cannot be written: ${aFile} is a file`)],
    ['smooth --out', ['smooth', '<model>', '--method', 'rank', '--k', '2', '--out', join(aFile, 's.onnx')], new RegExp(`output model ${aFile}/s\\.onnx cannot be written: ${aFile} is a file`)],
    ['smooth --json', ['smooth', '<model>', '--method', 'rank', '--k', '2', '--out', join(d, 's1.onnx'), '--json', join(aFile, 'r.json')], /--json file .* cannot be written/],
    ['run --json', ['run', '<model>', '--out-dir', join(d, 'r1'), '--json', join(aFile, 'j.json')], /--json file .* cannot be written/],
  ])('%s', async (_what, args, message) => {
    const r = await cli(...args.map((a) => (a === '<model>' ? model : a)));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[IO\]: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|analyzed \d+ layers|smoothing \d+ layer/); // no raw errno, no work first
  });
  it('a download below a file is refused before any request', async () => {
    const err = await downloadVerified({ url: 'https://127.0.0.1:9/m.onnx', sha256: 'a'.repeat(64), dest: join(aFile, 'downloads', 'm.onnx'), maxBytes: 10, retries: 0 }).catch((e: unknown) => e);
    expect(await codeOf(Promise.reject(err))).toBe('IO');
    expect((err as Error).message).toContain(`download folder ${aFile}/downloads cannot be created: ${aFile} is a file, not a folder`);
  });
});

describe('EISDIR: a folder where a file is expected names it and what was expected', () => {
  it.each([
    ['analyze --json', ['analyze', '<model>', '--json', aFolder], 'IO', /--json file .*folder\.json is a folder; expected a file path to write/],
    ['smooth --out', ['smooth', '<model>', '--method', 'rank', '--k', '2', '--out', join(d, 'folder.onnx')], 'IO', /output model .*folder\.onnx is a folder/],
    ['run --config', ['run', '<model>', '--out-dir', join(d, 'r2'), '--config', aFolder], 'CONFIG_INVALID', /config file .*folder\.json is a folder; expected a YAML or JSON file/],
    ['run --baseline-report', ['run', '<model>', '--out-dir', join(d, 'r3'), '--baseline-report', aFolder], 'INPUT_INVALID', /report file .*folder\.json is a folder; expected a report\.json file/],
    ['gate', ['gate', aFolder], 'INPUT_INVALID', /report file .*folder\.json is a folder/],
    ['eval --tokenizer (tokenizer.json a folder)', ['eval', demo, '--text', text, '--tokenizer', join(d, 'tokdir')], 'TOKENIZER_MISSING', /tokdir\/tokenizer\.json is a folder; expected a JSON file/],
    ['eval --ids', ['eval', demo, '--ids', aFolder], 'INPUT_INVALID', /ids file .*folder\.json is a folder; expected a \.npy file/],
    ['eval --compare', ['eval', demo, '--text', text, '--tokenizer', DEMO_DIR, '--compare', aFolder], 'MODEL_FORMAT', /--compare model: .*folder\.json is a folder; expected a file/],
  ])('%s', async (_what, args, code, message) => {
    if (args.includes(join(d, 'folder.onnx'))) mkdirSync(join(d, 'folder.onnx'), { recursive: true });
    const r = await cli(...args.map((a) => (a === '<model>' ? model : a)));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error[${code}]: `);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/EISDIR|analyzed \d+ layers|smoothing \d+ layer|windows/);
  });
});

describe('ENOENT after all the computation: late paths are checked (or made) first', () => {
  it('smooth --out in a folder that does not exist yet: the folder is made, the model written', async () => {
    const out = join(d, 'missing', 'deeper', 's.onnx');
    const r = await cli('smooth', model, '--method', 'rank', '--k', '2', '--out', out);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
  it('eval --compare with a missing second model fails before the first is evaluated', async () => {
    const r = await cli('eval', demo, '--text', text, '--tokenizer', DEMO_DIR, '--compare', join(d, 'missing.onnx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[MODEL_NOT_FOUND\]: --compare model: .*missing\.onnx does not exist/);
    expect(r.stderr).not.toMatch(/windows/);
  });
  it('run --baseline-report that is missing fails before the analysis', async () => {
    const r = await cli('run', model, '--out-dir', join(d, 'r4'), '--baseline-report', join(d, 'missing.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[INPUT_INVALID\]: report file .*missing\.json does not exist/);
    expect(r.stderr).not.toMatch(/analyzed \d+ layers/);
  });
});
