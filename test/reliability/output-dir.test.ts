/**
 * One run's outputs are one unit (issue 14, case 6): a second run cannot share an output-dir
 * that a live run holds (main: run A reported run B's smoothed model), a killed run's lock and
 * temp files are cleaned up by the next run (main: *.tmp up to 92 MB stayed forever), and the
 * outputs of an earlier run are removed before a new one starts (main: a failed or smooth=false
 * run left the previous report.json, comment.md and smoothed.onnx in place), never the input model.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimOutputDir, LOCK_NAME } from '../../src/io/outputDir.js';
import { tempPathFor } from '../../src/io/atomic.js';
import { codeOf } from '../helpers/errors.js';

const fresh = () => mkdtemp(join(tmpdir(), 'ww-outdir-'));

describe('claimOutputDir', () => {
  it('a second claim while the first run holds the folder is OUTPUT_BUSY; after release it succeeds', async () => {
    const dir = await fresh();
    const release = await claimOutputDir(dir);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(true);
    expect(await codeOf(claimOutputDir(dir))).toBe('OUTPUT_BUSY');
    await release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    const again = await claimOutputDir(dir);
    await again();
  });
  it('the lock of a process that is gone (SIGKILL) is taken over', async () => {
    const dir = await fresh();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    await writeFile(join(dir, LOCK_NAME), JSON.stringify({ pid: dead, host: hostname() }));
    const release = await claimOutputDir(dir);
    await release();
  });
  it("removes temp files a killed run left, in output-dir and downloads/, and nothing else that is not a run's output", async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'downloads'));
    const leftovers = [tempPathFor(join(dir, 'smoothed.onnx')).replace(`.${process.pid}.`, '.999999.'), tempPathFor(join(dir, 'downloads', 'model.onnx'))];
    for (const f of leftovers) await writeFile(f, 'partial');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeFile(join(dir, 'downloads', 'model.onnx'), 'cached model');
    await writeFile(join(dir, 'ww-smooth-partial-1-of-2.json'), '{}');
    const release = await claimOutputDir(dir);
    await release();
    expect((await readdir(dir)).sort()).toEqual(['downloads', 'notes.txt', 'ww-smooth-partial-1-of-2.json']);
    expect(await readdir(join(dir, 'downloads'))).toEqual(['model.onnx']);
  });
  it("removes an earlier run's report.json, comment.md, summary.md and smoothed model, but never the input model", async () => {
    const dir = await fresh();
    for (const f of ['report.json', 'comment.md', 'summary.md', 'smoothed.safetensors', 'smoothed.onnx']) await writeFile(join(dir, f), 'old');
    const release = await claimOutputDir(dir, { keep: [join(dir, 'smoothed.onnx')] });
    await release();
    expect(await readdir(dir)).toEqual(['smoothed.onnx']);
  });
  it('shard jobs keep what is there (removeStaleOutputs false) but still clean temp files', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'report.json'), 'other');
    await writeFile(tempPathFor(join(dir, 'x.bin')).replace(`.${process.pid}.`, '.999998.'), 'partial');
    const release = await claimOutputDir(dir, { removeStaleOutputs: false });
    await release();
    expect(await readdir(dir)).toEqual(['report.json']);
  });
});
