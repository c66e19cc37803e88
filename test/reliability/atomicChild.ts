/**
 * Child process for the kill-mid-write tests (faults.test.ts): writes a large file to argv[3]
 * with the writer named in argv[2], slowly enough to be killed in the middle, and prints
 * `writing` once the first chunk is out.
 *   io-stream:   src/io/atomic.ts writeFileAtomic with a chunk generator (~192 MiB)
 *   report-json: src/report/json.ts writeReportJson with a large report (~120 MB of JSON)
 */
import { writeFileAtomic } from '../../src/io/atomic.js';

const [mode, dest] = process.argv.slice(2) as [string, string];

async function* chunks(): AsyncGenerator<Uint8Array> {
  const chunk = new Uint8Array(1 << 20).fill(0x5a);
  for (let i = 0; i < 192; i++) {
    if (i === 1) process.stdout.write('writing\n');
    yield chunk;
    await new Promise((r) => setTimeout(r, 5));
  }
}

if (mode === 'io-stream') {
  await writeFileAtomic(dest, chunks());
} else if (mode === 'report-json') {
  const { writeReportJson } = await import('../../src/report/json.js');
  const layers = Array.from({ length: 1_000_000 }, (_, i) => ({ index: i, name: `model.layers.${i}.mlp.down_proj.weight`, alpha: 3.14159, shape: [4096, 11008] }));
  process.stdout.write('writing\n');
  await writeReportJson(dest, { layers } as never);
}
process.stdout.write('done\n');
