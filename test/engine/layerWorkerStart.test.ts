import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { LayerPool } from '../../src/engine/layerPool.js';
import { commandWantsLayerWorkers } from '../../src/cli/commandLine.js';
import { layerWorkerCount, layerWorkerScript, MAX_LAYER_WORKERS, StartedLayerWorkers } from '../../src/engine/layerWorkerStart.js';

describe('commandWantsLayerWorkers', () => {
  it('starts workers for analyze and run, past the global options, and not for other commands or CUDA', () => {
    expect(commandWantsLayerWorkers(['analyze', 'm.onnx'])).toBe(true);
    expect(commandWantsLayerWorkers(['run', 'm.onnx', '--eval-text', 't.txt'])).toBe(true);
    expect(commandWantsLayerWorkers(['--onnxruntime-path', '/opt/ort', 'analyze', 'm.onnx'])).toBe(true);
    expect(commandWantsLayerWorkers(['--onnxruntime-path=/opt/ort', 'run', 'm.onnx'])).toBe(true);
    // the value of --onnxruntime-path is not the command
    expect(commandWantsLayerWorkers(['--onnxruntime-path', 'analyze', 'eval', 'm.onnx'])).toBe(false);
    for (const args of [[], ['--version'], ['eval', 'm.onnx'], ['smooth', 'm.onnx'], ['gate', 'r.json'], ['merge', 'p/'], ['report', 'r.json']]) {
      expect(commandWantsLayerWorkers(args)).toBe(false);
    }
    expect(commandWantsLayerWorkers(['run', 'm.onnx', '--device', 'cuda'])).toBe(false);
    expect(commandWantsLayerWorkers(['run', 'm.onnx', '--device=cuda'])).toBe(false);
    expect(commandWantsLayerWorkers(['run', 'm.onnx', '--device', 'cpu'])).toBe(true);
  });
});

describe('layerWorkerCount', () => {
  it('is the request, else WW_ANALYZE_WORKERS (digits only), else the cores; at most 8', () => {
    const cores = Math.min(MAX_LAYER_WORKERS, os.availableParallelism());
    expect(layerWorkerCount(3, { WW_ANALYZE_WORKERS: '5' })).toBe(3);
    expect(layerWorkerCount(undefined, { WW_ANALYZE_WORKERS: '1' })).toBe(1);
    expect(layerWorkerCount(undefined, { WW_ANALYZE_WORKERS: '2x' })).toBe(cores);
    expect(layerWorkerCount(undefined, {})).toBe(cores);
    expect(layerWorkerCount(40, {})).toBe(MAX_LAYER_WORKERS);
  });
});

describe('StartedLayerWorkers', () => {
  it('hands its threads to the pool that starts next, which then computes with them', async () => {
    const started = StartedLayerWorkers.start(2);
    const pool = await LayerPool.create({ workers: 2, started });
    expect(pool).not.toBeNull();
    try {
      expect(started.take(2)).toEqual([]); // all adopted
      const r = await pool!.esd({ rows: 3, cols: 4, data: Float64Array.from([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0]) });
      expect(Array.from(r.evals)).toEqual([1, 4, 9]);
    } finally {
      await pool!.dispose();
      await started.release();
    }
  }, 60_000);

  it('goes on with the first worker when a later one cannot start, with one log line', async () => {
    const { script, eval: isEval } = layerWorkerScript();
    const good = new Worker(script, { eval: isEval });
    // fails on the pool's first message (its init or the kernels), as a worker whose engine cannot load
    const broken = new Worker('require("node:worker_threads").parentPort.once("message", () => { throw new Error("no engine here"); });', { eval: true });
    const started = { take: () => [good, broken], release: async () => {} } as unknown as StartedLayerWorkers;
    const logs: string[] = [];
    const pool = await LayerPool.create({ workers: 2, started, logger: (l) => logs.push(l) });
    expect(pool).not.toBeNull();
    try {
      const W = { rows: 3, cols: 4, data: Float64Array.from([1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 3, 0]) };
      const both = await Promise.all([pool!.esd(W), pool!.esd(W)]); // both on the one worker left
      for (const r of both) expect(Array.from(r.evals)).toEqual([1, 4, 9]);
      expect(logs.filter((l) => /worker thread .* while starting; going on with the others/.test(l))).toHaveLength(1);
    } finally {
      await pool!.dispose();
    }
  }, 60_000);

  it('stops the threads no pool took, and starts none below two', async () => {
    const started = StartedLayerWorkers.start(2);
    await started.release();
    expect(started.take(2)).toEqual([]);
    expect(StartedLayerWorkers.start(1).take(1)).toEqual([]);
  }, 60_000);
});
