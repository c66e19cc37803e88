/**
 * Big-model fixtures and the child process that measures them.
 * `writeBigModel(dir, layers)` writes an ONNX model whose weights live in one external data file,
 * generated and written in 4 MiB chunks (never whole in memory), so the test can build models
 * larger than the process could comfortably hold. Values come from a seeded integer hash, cheap
 * enough for GB-sized files.
 * As a script (`node --import tsx test/reliability/bigModel.ts <phase> <model> [out]`) it runs one
 * phase in a fresh process and prints `RESULT <json>` with process.resourceUsage().maxRSS:
 *   analyze: openModel + analyzeModel (maxEvals lowered so the big layers are over the limit)
 *   smooth:  smoothModel on the small layers only; the big ones are copied into the output
 *   read:    readMatrix of one named layer (the reader's own peak for a big matrix)
 */
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { encodeNode } from '../../src/model/onnxBuilder.js';

export interface BigLayer {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
}

/** Deterministic pseudo-random float32 in [-0.5, 0.5) for element i of layer `salt`. */
function fillChunk(out: Float32Array, start: number, salt: number): void {
  for (let i = 0; i < out.length; i++) {
    let x = Math.imul((start + i) ^ salt, 0x9e3779b1);
    x ^= x >>> 15;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    out[i] = (x >>> 8) / 16777216 - 0.5;
  }
}

/** Writes `model.onnx` + `weights.bin` into dir; a chain of MatMuls x @ W0 @ W1 ... . Returns the model path. */
export async function writeBigModel(dir: string, layers: readonly BigLayer[]): Promise<string> {
  const data = await open(join(dir, 'weights.bin'), 'w');
  const g = new ProtoWriter();
  let offset = 0;
  const chunk = new Float32Array(1 << 20);
  try {
    for (const [li, l] of layers.entries()) {
      const n = l.rows * l.cols;
      for (let done = 0; done < n; done += chunk.length) {
        const part = chunk.subarray(0, Math.min(chunk.length, n - done));
        fillChunk(part, done, li * 7919 + 1);
        await data.write(new Uint8Array(part.buffer, 0, part.byteLength), 0, part.byteLength, offset + done * 4);
      }
      const t = new ProtoWriter().varint(1, l.rows).varint(1, l.cols).varint(2, 1).string(8, l.name);
      for (const [k, v] of [['location', 'weights.bin'], ['offset', String(offset)], ['length', String(n * 4)]]) t.message(13, new ProtoWriter().string(1, k!).string(2, v!));
      t.varint(14, 1);
      g.message(1, encodeNode({ opType: 'MatMul', inputs: [li === 0 ? 'x' : `h${li - 1}`, l.name], outputs: [`h${li}`], name: `mm${li}` }));
      g.message(5, t);
      offset += n * 4;
    }
    await data.sync();
  } finally {
    await data.close();
  }
  g.string(2, 'big');
  const model = new ProtoWriter().varint(1, 8).message(7, g).message(8, new ProtoWriter().varint(2, 17)).finish();
  const path = join(dir, 'model.onnx');
  await (await import('node:fs/promises')).writeFile(path, model);
  return path;
}

async function main(): Promise<void> {
  const [phase, modelPath, arg] = process.argv.slice(2) as [string, string, string | undefined];
  const t0 = performance.now();
  let result: Record<string, unknown> = {};
  if (phase === 'analyze') {
    const { openModel } = await import('../../src/model/open.js');
    const { analyzeModel } = await import('../../src/engine/analyze.js');
    const { getEngine } = await import('../../src/linalg/engine.js');
    const w = await openModel(modelPath);
    const engine = await getEngine();
    const r = await analyzeModel(w, { engine, analyze: { maxEvals: Number(arg ?? 2048), randomize: false } });
    await engine.dispose();
    await w.close();
    result = {
      analyzed: r.layers.map((l) => ({ name: l.name, status: l.status, alpha: l.metrics?.alpha ?? null })),
      skipped: r.skipped.map((s) => ({ name: s.name, reason: s.reason })),
    };
  } else if (phase === 'smooth') {
    const { smoothModel } = await import('../../src/engine/smooth.js');
    const r = await smoothModel({ modelPath, outPath: arg!, plan: { method: 'rank', value: 16, layers: ['small.*'] } });
    result = { layers: r.layers.map((l) => ({ name: l.name, action: l.action, k: l.k })) };
  } else if (phase === 'read') {
    const { openModel } = await import('../../src/model/open.js');
    const w = await openModel(modelPath);
    const layer = w.layers.find((l) => l.name === arg)!;
    const m = await w.readMatrix(layer);
    let sum = 0;
    for (let i = 0; i < m.data.length; i += 4099) sum += m.data[i]!;
    await w.close();
    result = { rows: m.rows, cols: m.cols, probe: sum };
  }
  process.stdout.write(`RESULT ${JSON.stringify({ ...result, seconds: (performance.now() - t0) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

if (process.argv[1]?.endsWith('bigModel.ts')) {
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(2);
  });
}
