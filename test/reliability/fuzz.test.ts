/**
 * Reader fuzzing: at least 10,000 mutated ONNX / safetensors inputs (see fuzzCorpus.ts), each
 * opened with openModel, its layers listed and every layer read. Every case must end in `ok`
 * (with a consistent result) or a WwError with a reader code, within a per-case time bound, with
 * no allocation larger than 64 MiB (inputs are < 100 kB) and bounded peak RSS. Runs in a child
 * process so a hang (even a synchronous one) is caught by a stall watchdog and named by its case.
 * WW_FUZZ_CASES / WW_FUZZ_SEED override the defaults; the outcome table is printed.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { FuzzSummary } from './fuzzRunner.js';

const here = dirname(fileURLToPath(import.meta.url));
const CASES = Number(process.env['WW_FUZZ_CASES'] ?? 12_000);
const SEED = Number(process.env['WW_FUZZ_SEED'] ?? 20240611);
const STALL_MS = 20_000;
const PER_CASE_MS = 2_000;
const MAX_RSS_MIB = 400;

function runFuzz(seed: number, cases: number): Promise<{ summary: FuzzSummary | null; stalledAt: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'fuzzRunner.ts'), '--seed', String(seed), '--cases', String(cases)], {
      cwd: join(here, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = -1;
    let buf = '';
    let summary: FuzzSummary | null = null;
    let stderr = '';
    let stalledAt: number | null = null;
    let lastProgress = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress > STALL_MS) {
        stalledAt = last;
        child.kill('SIGKILL');
      }
    }, 1000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      buf += d;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('.')) {
          last = Number(line.slice(1));
          lastProgress = Date.now();
        } else if (line.startsWith('RESULT ')) summary = JSON.parse(line.slice(7)) as FuzzSummary;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => (stderr += d));
    child.on('close', () => {
      clearInterval(watchdog);
      resolve({ summary, stalledAt, stderr });
    });
  });
}

describe('reader fuzzing (ONNX + safetensors)', () => {
  it(`runs ${CASES} mutated models: no crash, no hang, no unclassified error, bounded time and memory`, async () => {
    const { summary, stalledAt, stderr } = await runFuzz(SEED, CASES);
    expect(stalledAt, `fuzz case ${stalledAt} hung (rerun: node --import tsx test/reliability/fuzzRunner.ts --seed ${SEED} --only ${stalledAt})`).toBeNull();
    expect(summary, `runner ended without a result:\n${stderr}`).not.toBeNull();
    const s = summary!;
    const rows = Object.entries(s.outcomes).sort((a, b) => b[1] - a[1]);
    console.log(
      `fuzz seed ${s.seed}: ${s.cases} cases in ${s.seconds.toFixed(1)} s, slowest case ${s.maxCaseMs.toFixed(1)} ms ` +
        `(#${s.slowestCase?.index} ${s.slowestCase?.op}), peak RSS ${s.maxRssMiB.toFixed(0)} MiB\n` +
        rows.map(([k, v]) => `  ${k.padEnd(24)} ${v}`).join('\n') +
        '\n  by family: ' + JSON.stringify(s.byFamily),
    );
    const failures = s.failures.map((f) => `#${f.index} ${f.op}: ${f.outcome}: ${f.message}`).join('\n');
    expect(s.cases).toBe(CASES);
    expect(failures, 'crashes / hangs / unclassified errors / inconsistent results').toBe('');
    const bad = rows.filter(([k]) => k.startsWith('crash') || k.startsWith('unclassified') || k === 'hang' || k === 'invalid-result');
    expect(bad).toEqual([]);
    // Both valid results and each kind of refusal are exercised (a fuzzer that only ever hits one path tests little).
    for (const code of ['ok', 'MODEL_CORRUPT', 'MODEL_TRUNCATED', 'PATH_ESCAPE', 'EXTERNAL_DATA_SHORT', 'EXTERNAL_DATA_MISSING', 'UNSUPPORTED_DTYPE']) {
      expect(s.outcomes[code] ?? 0, `outcome ${code} never reached`).toBeGreaterThan(CASES >= 5000 ? 10 : 0);
    }
    expect(s.maxCaseMs).toBeLessThan(PER_CASE_MS);
    expect(s.maxRssMiB).toBeLessThan(MAX_RSS_MIB);
  }, 240_000);
});
