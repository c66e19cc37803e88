/**
 * Task-probe throughput (items per second) with onnxruntime-node, best of `repeats` runs: the
 * demo's probe set (examples/demo/probe.jsonl, 197 items, made by examples/demo/probe.ts) on the
 * demo model, and, when ../shared is present, stories260K on 4-way multiple-choice items made here
 * from tinystories_val_64k.txt (prompt = a line's first 8 words, choices = the next word and the
 * 9th word of the next three lines). The items are encoded once; only scoring is timed.
 *
 * Run alone: `node --import tsx bench/probe.ts`; bench/run.ts prints `probeBenchLine()`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateProbeItems, prepareProbe } from '../src/engine/probe.js';
import type { ProbeResult } from '../src/eval/probe.js';
import { sharedPath } from '../test/helpers/shared.js';

const demo = fileURLToPath(new URL('../examples/demo/', import.meta.url));

async function bestOf(repeats: number, model: string, probeFile: string): Promise<ProbeResult> {
  const probe = await prepareProbe({ probeFile }, model);
  let best: ProbeResult | null = null;
  for (let i = 0; i < repeats; i++) {
    const r = await evaluateProbeItems(model, probe, { device: 'cpu' }, false);
    if (best === null || r.seconds < best.seconds) best = r;
  }
  return best!;
}

function storiesItems(text: string, count: number): string {
  const lines = text.split('\n').map((l) => l.trim().split(/\s+/)).filter((w) => w.length > 9);
  const items: string[] = [];
  for (let i = 0; i + 3 < lines.length && items.length < count; i += 4) {
    const choices = [lines[i]![8]!, lines[i + 1]![8]!, lines[i + 2]![8]!, lines[i + 3]![8]!].map((w) => ` ${w}`);
    items.push(JSON.stringify({ prompt: lines[i]!.slice(0, 8).join(' '), choices, answer: 0 }));
  }
  return items.join('\n') + '\n';
}

export async function benchProbe(repeats = 3): Promise<{ model: string; r: ProbeResult }[]> {
  const out = [{ model: 'demo', r: await bestOf(repeats, join(demo, 'model.onnx'), join(demo, 'probe.jsonl')) }];
  const stories = sharedPath('models', 'stories260K', 'model.onnx');
  const text = sharedPath('data', 'tinystories_val_64k.txt');
  if (stories && text) {
    const dir = await mkdtemp(join(tmpdir(), 'ww-bench-probe-'));
    try {
      const file = join(dir, 'items.jsonl');
      await writeFile(file, storiesItems(await readFile(text, 'utf8'), 200));
      out.push({ model: 'stories260K', r: await bestOf(repeats, stories, file) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/** One line per model: items/s, sequences, accuracy. */
export async function probeBenchLine(repeats = 3): Promise<string> {
  const rows = await benchProbe(repeats);
  return rows
    .map(({ model, r }) => `task probes, ${model}: ${r.itemsPerSecond.toFixed(0)} items/s (${r.items} items, ${r.sequences} sequences, ${r.tokensScored} tokens scored in ${r.seconds.toFixed(3)} s, ${r.device}; accuracy ${(r.accuracy * 100).toFixed(1)}%)`)
    .join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && /bench[\\/]probe\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  probeBenchLine().then((line) => console.log(line));
}
