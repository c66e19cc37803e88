/**
 * The run checks each model's header before its first heavy stage (src/engine/readCheck.ts): a
 * matrix too large to read whole (TENSOR_TOO_LARGE) or a layer whose stored length is not that of
 * its dims fails in seconds, naming the tensor, instead of when the analysis or the smoothing
 * reaches it after the other layers. The huge tensor is declared in the header, its external data a
 * sparse file (no disk blocks, nothing allocated): float64 [50000, 12000] is 4.8e9 bytes, over the
 * 2^32 one read holds, yet within WeightWatcher's size rules (N <= 50000, M <= 15000), so the
 * analysis would read it. That the analyze stage is never entered is seen through the real stages
 * with analyze and smooth replaced by recorders.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/config/load.js';
import { overridesFromInputs } from '../../src/config/inputs.js';
import type { Plan } from '../../src/config/plan.js';
import { analyzeModel } from '../../src/engine/analyze.js';
import { makePipeline, type Stages } from '../../src/engine/pipeline.js';
import { defaultStages } from '../../src/engine/stages.js';
import { encodeNode, encodeTensor, encodeValueInfo } from '../../src/model/onnxBuilder.js';
import { openModel } from '../../src/model/open.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { codeOf } from '../helpers/errors.js';
import { runCliInProcess } from '../helpers/cli.js';
import { gaussian, mulberry32 } from '../helpers/random.js';

const root = mkdtempSync(join(tmpdir(), 'ww-readcheck-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BIG = 'blocks.0.mlp.big';
const SMALL = 'blocks.0.mlp.small';
const [BIG_ROWS, BIG_COLS] = [50_000, 12_000];

interface Spec {
  /** Declared dims of the big float64 weight (external, sparse). */
  readonly big?: readonly [number, number];
  /** Bytes of raw_data given for the small [16, 24] float32 weight (default: the right 1536). */
  readonly smallBytes?: number;
}

/**
 * x [1,16] -> MatMul(small [16,24]) -> y [1,24]; and, when `big` is set, x2 -> MatMul(big) -> z.
 * Nodes, the small tensor and the value infos come from the builder; the big TensorProto is written
 * by hand, since the builder encodes data it is given and 4.8 GB is not given here.
 */
function model(name: string, spec: Spec): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const normal = gaussian(mulberry32(7));
  const smallData = Float32Array.from({ length: 16 * 24 }, () => normal());
  const graph = new ProtoWriter();
  graph.message(1, encodeNode({ opType: 'MatMul', name: '/blocks.0/mlp/small/MatMul', inputs: ['x', SMALL], outputs: ['y'] }));
  if (spec.big) graph.message(1, encodeNode({ opType: 'MatMul', name: '/blocks.0/mlp/big/MatMul', inputs: ['x2', BIG], outputs: ['z'] }));
  // The first output named logits is the head's: fed by neither product, so both are mlp layers.
  graph.message(1, encodeNode({ opType: 'Identity', name: 'passthrough', inputs: ['x'], outputs: ['logits'] }));
  graph.string(2, 'g');
  const small = spec.smallBytes === undefined ? encodeTensor({ name: SMALL, type: 'float32', dims: [16, 24], data: smallData }) : smallWithBytes(spec.smallBytes);
  graph.message(5, small);
  if (spec.big) {
    const [rows, cols] = spec.big;
    const bytes = rows * cols * 8;
    const t = new ProtoWriter().varint(1, rows).varint(1, cols).varint(2, 11).string(8, BIG); // 11: DOUBLE
    const entry = (k: string, v: string) => t.message(13, new ProtoWriter().string(1, k).string(2, v));
    entry('location', 'big.bin');
    entry('offset', '0');
    entry('length', String(bytes));
    t.varint(14, 1);
    graph.message(5, t);
    writeFileSync(join(dir, 'big.bin'), '');
    truncateSync(join(dir, 'big.bin'), bytes); // sparse: no blocks written
  }
  graph.message(11, encodeValueInfo({ name: 'x', type: 'float32', shape: [1, 16] }));
  graph.message(12, encodeValueInfo({ name: 'logits', type: 'float32', shape: [1, 16] }));
  graph.message(12, encodeValueInfo({ name: 'y', type: 'float32', shape: [1, 24] }));
  if (spec.big) {
    graph.message(11, encodeValueInfo({ name: 'x2', type: 'float64', shape: [1, spec.big[0]] }));
    graph.message(12, encodeValueInfo({ name: 'z', type: 'float64', shape: [1, spec.big[1]] }));
  }
  const m = new ProtoWriter().varint(1, 8).message(7, graph).message(8, new ProtoWriter().varint(2, 17));
  const file = join(dir, 'model.onnx');
  writeFileSync(file, m.finish());
  return file;
}

/** The small weight with `n` bytes of raw_data where [16, 24] float32 needs 1536. */
function smallWithBytes(n: number): ProtoWriter {
  return new ProtoWriter().varint(1, 16).varint(1, 24).varint(2, 1).string(8, SMALL).bytes(9, new Uint8Array(n));
}

function planOf(inputs: Record<string, string>): Plan {
  return buildPlan({ file: {}, filePath: null, overrides: overridesFromInputs((k) => inputs[k] ?? ''), overridesSource: 'test inputs', defaultCommentKey: 'test', cwd: root });
}

/** The real stages, with the heavy ones recording that they were entered (and failing if they were). */
function recordingStages(entered: string[]): Stages {
  const real = defaultStages();
  return {
    ...real,
    resolveModel: real.resolveModel.bind(real),
    checkReads: real.checkReads!.bind(real),
    analyze: async (m) => {
      entered.push(`analyze ${m.path}`);
      throw new Error('the analyze stage was entered');
    },
    smooth: async () => {
      entered.push('smooth');
      throw new Error('the smooth stage was entered');
    },
  };
}

const bigModel = model('big', { big: [BIG_ROWS, BIG_COLS] });
const plainModel = model('plain', {});
const corruptModel = model('corrupt', { smallBytes: 1000 });

describe('run: the header is checked before the analyze stage is entered', () => {
  it('a selected matrix too large to read whole is TENSOR_TOO_LARGE naming it and the limit, the analyze stage never entered', async () => {
    const entered: string[] = [];
    const plan = planOf({ model: bigModel, 'output-dir': join(root, 'out-big') });
    const err = await makePipeline(recordingStages(entered))({ plan, version: 'test' }).then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(await codeOf(Promise.reject(err))).toBe('TENSOR_TOO_LARGE');
    // 50000 x 12000 x 8 bytes = 4.8e9 = 4.47 GiB; the limit is 2^32 bytes = 4 GiB.
    expect(err.message).toContain(`tensor ${BIG} is [50000,12000] (4.5 GiB stored)`);
    expect(err.message).toContain('(4 GiB / 4294967296 elements)');
    expect(entered).toEqual([]);
  });

  it('the same model with that tensor excluded passes the check and goes on to the analyze stage', async () => {
    const entered: string[] = [];
    const plan = planOf({ model: bigModel, 'exclude-layers': BIG, 'output-dir': join(root, 'out-excluded') });
    const err = await makePipeline(recordingStages(entered))({ plan, version: 'test' }).then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(err.message).toBe('the analyze stage was entered');
    expect(entered).toEqual([`analyze ${bigModel}`]);
  });

  it('an analyze-only run (smooth: false) is not refused: the analysis sets the layer aside (TOO_LARGE) with its reason', async () => {
    // Not smoothed: a smoothed copy would hold the big tensor's 4.8 GB too.
    const plan = planOf({ model: bigModel, smooth: 'false', 'output-dir': join(root, 'out-analyze-only') });
    const stages = defaultStages();
    try {
      const report = await makePipeline(stages)({ plan, version: 'test' });
      const analysis = report.stages.analyze as { skipped: { name: string; reason: { code: string; message: string } }[] };
      const skip = analysis.skipped.find((s) => s.name === BIG);
      expect(skip?.reason.code).toBe('TOO_LARGE');
      expect(skip?.reason.message).toBe('[50000,12000] float64 is 4.5 GiB, more than one matrix read holds (4 GiB / 4294967296 elements); not analysed');
      expect(report.spectral.original.layers.map((l) => l.name)).toEqual([SMALL]);
    } finally {
      await stages.dispose?.();
    }
  }, 120_000);

  it('a base model whose layer has the wrong stored length is MODEL_CORRUPT before the analysis of either model', async () => {
    const entered: string[] = [];
    const plan = planOf({ model: plainModel, 'base-model': corruptModel, 'output-dir': join(root, 'out-base') });
    const err = await makePipeline(recordingStages(entered))({ plan, version: 'test' }).then(() => new Error('no error'), (e: unknown) => e as Error);
    expect(await codeOf(Promise.reject(err))).toBe('MODEL_CORRUPT');
    expect(err.message).toContain(`tensor ${SMALL} has 1000 bytes of data, expected 1536 for float32[16,24]`);
    expect(entered).toEqual([]);
  });
});

describe('CLI and library entries check the header before the first read', () => {
  it('analyzeModel: a corrupt layer fails before any layer is read', async () => {
    const w = await openModel(corruptModel);
    const reads: string[] = [];
    try {
      const counted = { ...w, readMatrix: (l: Parameters<typeof w.readMatrix>[0]) => (reads.push(l.name), w.readMatrix(l)) };
      const err = analyzeModel(counted, { engine: { name: 'unused', gramEigenvalues: () => Promise.reject(new Error('unused')), truncatedSvd: () => Promise.reject(new Error('unused')), dispose: async () => {} } });
      expect(await codeOf(err)).toBe('MODEL_CORRUPT');
      expect(reads).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('ww-smooth analyze lists the big layer as skipped (TOO_LARGE) and analyses the other', async () => {
    const r = await runCliInProcess(['analyze', bigModel, '--format', 'json', '--no-progress', '--no-randomize']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { layers: { name: string }[]; skipped: { name: string; reason: { code: string } }[] };
    expect(report.layers.map((l) => l.name)).toEqual([SMALL]);
    expect(report.skipped.find((s) => s.name === BIG)?.reason.code).toBe('TOO_LARGE');
  }, 60_000);

  it('ww-smooth run refuses the big layer before analysing', async () => {
    const refused = await runCliInProcess(['run', bigModel, '--out-dir', join(root, 'cli-big')]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`error[TENSOR_TOO_LARGE]: smoothing plan: tensor ${BIG} is [50000,12000]`);
    expect(refused.stderr).not.toMatch(/analyzed \d+ layers/);
  }, 60_000);

  it('ww-smooth smooth refuses a corrupt selected layer before smoothing any', async () => {
    const r = await runCliInProcess(['smooth', corruptModel, '--method', 'rank', '--k', '2', '--out', join(root, 'corrupt-out.onnx'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`error[MODEL_CORRUPT]: `);
    expect(r.stderr).toContain(`tensor ${SMALL} has 1000 bytes of data, expected 1536`);
  });
});
