/**
 * A model with no dense layer is an error naming what was seen (MatMul/Gemm nodes, how many read a
 * computed weight, quantized ops not decoded, subgraphs), from analyze, smooth and the CLI's
 * analyze / smooth / run, with a non-zero exit. Counts are those of the graph the test builds.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { openOnnx } from '../../src/model/onnx.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { smoothModel } from '../../src/engine/smooth.js';
import { jsEngine } from '../../src/linalg/engine.js';
import { runCliInProcess } from '../helpers/cli.js';

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-census-'));
  // Two MatMuls of activations (attention scores), one inside an If branch; no weight anywhere.
  path = await writeModelFiles(dir, 'noweights.onnx', {
    nodes: [
      { opType: 'MatMul', name: '/attn/MatMul', inputs: ['q', 'k'], outputs: ['s'] },
      {
        opType: 'If', name: '/branch/If', inputs: ['flag'], outputs: ['y'],
        attributes: {
          then_branch: { graph: { name: 't', nodes: [{ opType: 'MatMul', name: '/t/MatMul', inputs: ['s', 'k'], outputs: ['yt'] }], initializers: [], inputs: [], outputs: [{ name: 'yt', type: 'float32', shape: [2, 2] }] } },
          else_branch: { graph: { name: 'e', nodes: [{ opType: 'Identity', inputs: ['s'], outputs: ['ye'] }], initializers: [], inputs: [], outputs: [{ name: 'ye', type: 'float32', shape: [2, 2] }] } },
        },
      },
    ],
    initializers: [],
    inputs: [{ name: 'q', type: 'float32', shape: [2, 2] }, { name: 'k', type: 'float32', shape: [2, 2] }, { name: 'flag', type: 'bool', shape: [1] }],
    outputs: [{ name: 'y', type: 'float32', shape: [2, 2] }],
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SAYS = /no dense layer to analyse: 2 MatMul\/Gemm node\(s\), 2 of them with a weight computed at run time \(not an initializer\), 0 quantized op\(s\) whose weight could not be decoded, 2 subgraph\(s\) walked/;

describe('no dense layer', () => {
  it('analyze and smooth fail with NO_DENSE_LAYERS and the counts', async () => {
    const m = await openOnnx(path);
    try {
      expect(m.census).toEqual({ denseOps: 2, nonConstantWeight: 2, quantizedUndecoded: 0, subgraphs: 2 });
      await expect(analyzeModel(m, { engine: jsEngine() })).rejects.toMatchObject({ code: 'NO_DENSE_LAYERS', message: expect.stringMatching(SAYS) });
    } finally {
      await m.close();
    }
    await expect(smoothModel({ modelPath: path, outPath: join(dir, 's.onnx'), plan: { method: 'rank', k: 1 }, engine: jsEngine() })).rejects.toMatchObject({ code: 'NO_DENSE_LAYERS' });
  });

  it('the CLI exits non-zero from analyze, smooth and run, saying so', async () => {
    for (const args of [['analyze', path], ['smooth', path, '--out', join(dir, 'cli.onnx'), '--k', '1'], ['run', path, '--out-dir', join(dir, 'run'), '--quiet']]) {
      const r = await runCliInProcess(args);
      expect(r.status, args.join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(/error\[NO_DENSE_LAYERS\]/);
      expect(r.stderr).toMatch(SAYS);
    }
  });
});
