/**
 * `ww-smooth eval --probe` through the CLI entry on the committed demo. The demo model is a neural
 * bigram model (each position sees only its own token), so log p(next | prev) is one row of its
 * logits for a single-token input: every choice's score is a sum of those entries, computed here
 * from one onnxruntime call and the demo generator's own word splitter (not the engine).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { encodeLine, vocabulary } from '../../examples/demo/generate.js';
import { makeProbeItems } from '../../examples/demo/probe.js';
import { runCliInProcess } from '../helpers/cli.js';
import { repoRoot } from '../helpers/shared.js';

afterEach(() => {
  process.exitCode = undefined;
});

const demo = join(repoRoot, 'examples', 'demo');
const model = join(demo, 'model.onnx');
const probeFile = join(demo, 'probe.jsonl');

type Item = { prompt: string; choices: string[]; answer: number } | { prompt: string; target: string };

/** log-softmax rows of the demo model for every previous token (float64 from float32 logits). */
async function bigramLogProbs(V: number): Promise<Float64Array[]> {
  const session = await ort.InferenceSession.create(model);
  const out = await session.run({ input_ids: new ort.Tensor('int64', BigInt64Array.from({ length: V }, (_, i) => BigInt(i)), [V, 1]) });
  await session.release();
  const logits = out['logits']!.data as Float32Array;
  return Array.from({ length: V }, (_, a) => {
    const row = Float64Array.from(logits.subarray(a * V, a * V + V));
    const max = Math.max(...row);
    const lse = max + Math.log(row.reduce((s, x) => s + Math.exp(x - max), 0));
    return row.map((x) => x - lse);
  });
}

describe('ww-smooth eval --probe (demo)', () => {
  it('the committed probe.jsonl is what examples/demo/probe.ts makes from eval.txt', () => {
    const made = makeProbeItems(readFileSync(join(demo, 'eval.txt'), 'utf8'));
    expect(readFileSync(probeFile, 'utf8')).toBe(made.map((i) => JSON.stringify(i)).join('\n') + '\n');
  });

  it('acc, acc_norm and exact match equal the bigram computation; --json has the probe block', async () => {
    const vocab = vocabulary();
    const lp = await bigramLogProbs(vocab.length);
    const items = readFileSync(probeFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Item);
    const score = (prompt: string, cont: string): { sum: number; greedy: boolean } => {
      const ctx = encodeLine(prompt, vocab);
      const all = [...ctx, ...encodeLine(prompt + cont, vocab).slice(ctx.length)];
      let sum = 0;
      let greedy = true;
      for (let p = ctx.length; p < all.length; p++) {
        const row = lp[all[p - 1]!]!;
        sum += row[all[p]!]!;
        if (row.indexOf(Math.max(...row)) !== all[p]) greedy = false;
      }
      return { sum, greedy };
    };
    let acc = 0;
    let accNorm = 0;
    let exact = 0;
    let mc = 0;
    for (const item of items) {
      if ('target' in item) {
        if (score(item.prompt, item.target).greedy) exact++;
        continue;
      }
      mc++;
      const s = item.choices.map((c) => score(item.prompt, c).sum);
      const n = s.map((x, i) => x / [...item.choices[i]!].length);
      if (s.indexOf(Math.max(...s)) === item.answer) acc++;
      if (n.indexOf(Math.max(...n)) === item.answer) accNorm++;
    }

    const dir = await mkdtemp(join(tmpdir(), 'ww-probe-cli-'));
    const jsonFile = join(dir, 'out.json');
    const r = await runCliInProcess(['eval', model, '--probe', probeFile, '--device', 'cpu', '--no-progress', '--json', jsonFile]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = JSON.parse(await readFile(jsonFile, 'utf8')) as { probe: { items: number; acc: number; acc_norm: number; exactMatch: number; perItem?: unknown } };
    expect(written.probe.items).toBe(items.length);
    expect(written.probe.acc).toBe(acc / mc);
    expect(written.probe.acc_norm).toBe(accNorm / mc);
    expect(written.probe.exactMatch).toBe(exact / (items.length - mc));
    expect(written.probe.perItem).toBeUndefined();
    expect(r.stdout).toContain(`acc ${((acc / mc) * 100).toFixed(1)}%`);
    // The probe measures something: the grammar rules two of four choices out.
    expect(acc / mc).toBeGreaterThan(0.5);
  });

  it('--compare reports both and the paired change; the same model changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-probe-cli-'));
    const jsonFile = join(dir, 'cmp.json');
    const r = await runCliInProcess(['eval', model, '--compare', model, '--probe', probeFile, '--per-item', '--device', 'cpu', '--no-progress', '--json', jsonFile]);
    expect(r.status).toBe(0);
    const c = JSON.parse(await readFile(jsonFile, 'utf8')) as {
      probe: { a: { accuracy: number; perItem: unknown[] }; b: { accuracy: number }; delta: { delta: number; gained: number; lost: number; counts: Record<string, number> } };
    };
    expect(c.probe.a.perItem).toHaveLength(197);
    expect(c.probe.delta.delta).toBe(0);
    expect(c.probe.delta.gained + c.probe.delta.lost).toBe(0);
    expect(c.probe.delta.counts['onlyA']).toBe(0);
    expect(r.stdout).toMatch(/probe delta \(b - a\): \+0\.0 pts/);
  });

  it('a bad probe file exits 1 with error[PROBE_INVALID] naming the line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ww-probe-cli-'));
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"prompt": "The cat", "choices": [" sees", " dog"], "answer": 0}\n{"prompt": "The", "choices": [" cat"], "answer": 0}\n');
    const r = await runCliInProcess(['eval', model, '--probe', bad, '--device', 'cpu']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error\[PROBE_INVALID\]: .*bad\.jsonl line 2: "choices" has 1 entry/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
