/**
 * Options of the `ww-smooth` program itself: --version, and --onnxruntime-path, which points every
 * command at an installed onnxruntime-node (e.g. a CUDA build) the way the action's input does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';

describe('ww-smooth global options', () => {
  it('--version prints package.json version', () => {
    const r = spawnCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('--onnxruntime-path that holds no runtime fails eval with RUNTIME_MISSING naming the folder', () => {
    const bogus = join(repoRoot, 'examples');
    const demo = join(repoRoot, 'examples', 'demo');
    const r = spawnCli(['--onnxruntime-path', bogus, 'eval', join(demo, 'model.onnx'), '--text', join(demo, 'eval.txt'), '--no-progress']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[RUNTIME_MISSING\]/);
    expect(r.stderr).toContain(bogus);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
  });
});
