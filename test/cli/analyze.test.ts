import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import schema from '../../src/report/analyze-schema.json' with { type: 'json' };
import { runCliInProcess } from '../helpers/cli.js';

let dir: string;
let modelPath: string;

function weights(n: number, seed: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => ((Math.sin(i * 12.9898 + seed) * 43758.5453) % 1) * 0.2);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-analyze-cli-'));
  const nan = weights(24 * 16, 3);
  nan[5] = Number.NaN;
  modelPath = await writeModelFiles(dir, 'm.onnx', {
    nodes: [
      { opType: 'MatMul', inputs: ['x', 'model.layers.0.mlp.up_proj.weight'], outputs: ['h1'], name: 'up' },
      { opType: 'MatMul', inputs: ['h1', 'model.layers.0.mlp.down_proj.weight'], outputs: ['h2'], name: 'down' },
      { opType: 'MatMul', inputs: ['h2', 'model.layers.1.mlp.up_proj.weight'], outputs: ['h3'], name: 'up1' },
      { opType: 'MatMul', inputs: ['h3', 'small.weight'], outputs: ['y'], name: 'small' },
    ],
    initializers: [
      { name: 'model.layers.0.mlp.up_proj.weight', type: 'float32', dims: [16, 40], data: weights(640, 1) },
      { name: 'model.layers.0.mlp.down_proj.weight', type: 'float32', dims: [40, 24], data: weights(960, 2) },
      { name: 'model.layers.1.mlp.up_proj.weight', type: 'float32', dims: [24, 16], data: nan },
      { name: 'small.weight', type: 'float32', dims: [16, 4], data: weights(64, 4) },
    ],
    inputs: [{ name: 'x', type: 'float32', shape: ['b', 16] }],
    outputs: [{ name: 'y', type: 'float32', shape: ['b', 4] }],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ww-smooth analyze', () => {
  it('prints a table, writes a schema-valid JSON report, lists failed and skipped layers', async () => {
    const json = join(dir, 'report.json');
    const r = await runCliInProcess(['analyze', modelPath, '--json', json, '--no-progress', '--seed', '3']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/model\.layers\.0\.mlp\.up_proj\.weight/);
    expect(r.stdout).toMatch(/failed: NON_FINITE/);
    expect(r.stdout).toMatch(/skipped: MIN_EVALS/);
    const report = JSON.parse(await readFile(json, 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.layers).toHaveLength(3);
    // found in a worker (the pool reads float32 weights shared, unscanned here), named as before
    const nanLayer = report.layers.find((l: { name: string }) => l.name === 'model.layers.1.mlp.up_proj.weight');
    expect(nanLayer.reason).toEqual({ code: 'NON_FINITE', message: 'model.layers.1.mlp.up_proj.weight: weight [0, 5] is NaN (NaN/Inf); layer not analysed' });
    expect(report.options.seed).toBe(3);
    expect(report.layers[0].metrics.alpha).toBeTypeOf('number');
    // the schema rejects what it should
    expect(validate({ ...report, schemaVersion: 2 })).toBe(false);
    const bad = structuredClone(report);
    bad.layers[0].metrics.warning = 'bad';
    expect(validate(bad)).toBe(false);
  });

  it('--format md and json, --layers glob and range, --no-randomize', async () => {
    const md = await runCliInProcess(['analyze', modelPath, '--format', 'md', '--layers', '*.down_proj.*', '--no-progress']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^\| #/);
    expect(md.stdout).toContain(' model.layers.0.mlp.down_proj.weight ');
    const js = await runCliInProcess(['analyze', modelPath, '--format', 'json', '--layers', '0:1', '--no-randomize', '--no-progress']);
    const rep = JSON.parse(js.stdout);
    expect(rep.layers.map((l: { name: string }) => l.name)).toEqual(['model.layers.0.mlp.up_proj.weight']);
    expect(rep.layers[0].metrics.rand_distance).toBeUndefined();
    expect(rep.options.randomize).toBe(false);
  });

  it('bad input: an empty selection, a missing file, a non-ONNX file give a specific error and exit 1', async () => {
    const none = await runCliInProcess(['analyze', modelPath, '--layers', 'nothing.*', '--no-progress']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/error\[SELECTION_EMPTY\]/);
    const missing = await runCliInProcess(['analyze', join(dir, 'nope.onnx'), '--no-progress']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^error\[/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
