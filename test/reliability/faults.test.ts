/**
 * Faults. (1) A run killed (SIGKILL) in the middle of writing leaves the destination as it was
 * (the old complete file), never half-written; SIGTERM also removes the temp file. (2) Service
 * trouble never fails the gate by itself: cache save failure on the default branch, a corrupted
 * cached baseline, a comment API that keeps answering 5xx, a 429 whose Retry-After is honoured;
 * (3) `timeout-minutes` bounds the whole run with a TIMEOUT error after the pipeline hangs;
 * (4) the Deadline / withTimeout helpers of src/io/deadline.ts.
 * test/action/main.test.ts covers restore failure, 403, and a 502/429-with-Retry-After-0 retry;
 * test/eval/session.test.ts covers the CUDA -> CPU fallback (probe and real onnxruntime failure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/action/main.js';
import type { CacheApi } from '../../src/action/cache.js';
import type { Pipeline } from '../../src/engine/pipeline.js';
import { WwError } from '../../src/errors.js';
import { evaluateGate } from '../../src/gate/rules.js';
import { Deadline, withTimeout } from '../../src/io/deadline.js';
import { withAtomicOutput, writeFileAtomic } from '../../src/io/atomic.js';
import { measurements } from '../report/fixtures.js';
import { FakeGitHub } from '../action/fakeGitHub.js';
import { setActionEnv, useActionSandbox } from '../helpers/actionEnv.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function killMidWrite(mode: string, dest: string, signal: NodeJS.Signals): Promise<{ killed: boolean; tempBytesAtKill: number }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'atomicChild.ts'), mode, dest], { cwd: path.join(here, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] });
    let killed = false;
    let tempBytesAtKill = 0;
    const prefix = `.${path.basename(dest)}.`;
    // Kill as soon as the temp file has data: that is "mid-write" for certain.
    const poll = setInterval(() => {
      for (const f of readdirSync(path.dirname(dest))) {
        if (!f.startsWith(prefix)) continue;
        const size = statSync(path.join(path.dirname(dest), f), { throwIfNoEntry: false })?.size ?? 0;
        if (size > 0 && !killed) {
          tempBytesAtKill = size;
          killed = child.kill(signal);
          clearInterval(poll);
        }
      }
    }, 1);
    child.on('close', () => {
      clearInterval(poll);
      resolve({ killed, tempBytesAtKill });
    });
  });
}

describe('a killed run leaves no half-written output', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ww-kill-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['io-stream', 'SIGKILL'],
    ['io-stream', 'SIGTERM'],
    ['report-json', 'SIGKILL'],
  ] as const)('%s writer, %s mid-write: destination is still the old complete file', async (mode, signal) => {
    const dest = path.join(dir, `${mode}-${signal}.out`);
    await writeFile(dest, 'old complete content\n');
    const { killed, tempBytesAtKill } = await killMidWrite(mode, dest, signal);
    expect(killed).toBe(true);
    expect(tempBytesAtKill).toBeGreaterThan(0);
    expect(await readFile(dest, 'utf8')).toBe('old complete content\n');
    const temps = readdirSync(dir).filter((f) => f.startsWith(`.${mode}-${signal}.out.`));
    // SIGKILL cannot run cleanup: a hidden temp may remain (never the destination itself).
    // SIGTERM goes through src/io/atomic.ts's handler, which removes it.
    if (signal === 'SIGTERM') expect(temps).toEqual([]);
    // And a temp was really being written (the kill hit mid-write, not before or after).
    if (signal === 'SIGKILL') expect(temps.length).toBe(1);
  }, 60_000);

  it('a writer that fails leaves no temp file and the old destination', async () => {
    const dest = path.join(dir, 'fail.out');
    await writeFile(dest, 'old');
    await expect(
      withAtomicOutput(dest, async (tmp) => {
        await writeFile(tmp, 'partial');
        throw new Error('disk on fire');
      }),
    ).rejects.toThrow('disk on fire');
    expect(readFileSync(dest, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.startsWith('.fail.out.'))).toEqual([]);
    await writeFileAtomic(dest, 'new');
    expect(readFileSync(dest, 'utf8')).toBe('new');
  });

  it('writing into a missing folder is an IO error naming the file', async () => {
    await expect(writeFileAtomic(path.join(dir, 'no', 'such', 'x'), 'a')).rejects.toMatchObject({ code: 'IO' });
  });
});

describe('deadline helpers', () => {
  it('withTimeout rejects with TIMEOUT naming the work, and aborts its signal', async () => {
    let aborted = false;
    const t0 = Date.now();
    const err = await withTimeout((signal) => new Promise((_, reject) => signal.addEventListener('abort', () => {
      aborted = true;
      reject(new Error('stopped'));
    })), 100, 'analysing layer 3').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WwError);
    expect((err as WwError).code).toBe('TIMEOUT');
    expect((err as WwError).message).toMatch(/analysing layer 3 ran past its time limit/);
    expect(aborted).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('withTimeout passes results and errors through', async () => {
    expect(await withTimeout(Promise.resolve(7), 1000, 'x')).toBe(7);
    await expect(withTimeout(Promise.reject(new Error('boom')), 1000, 'x')).rejects.toThrow('boom');
  });
  it('Deadline: remaining/check with an injected clock; 0 minutes means no limit; bad values refused', () => {
    let now = 1000;
    const d = new Deadline(5000, 'the run', () => now);
    expect(d.remaining()).toBe(5000);
    now = 4000;
    expect(d.remaining()).toBe(2000);
    d.check('layer 1');
    now = 7000;
    expect(() => d.check('layer 2')).toThrow(/the run ran past its time limit of 5.000 s \(while layer 2\)/);
    d.dispose();
    expect(Deadline.fromMinutes(0).remaining()).toBe(Infinity);
    expect(Deadline.fromMinutes('').remaining()).toBe(Infinity);
    expect(() => Deadline.fromMinutes('-1')).toThrow(/timeout-minutes/);
    expect(() => Deadline.fromMinutes('ten')).toThrow(/timeout-minutes/);
  });
});

// ------------------------------------------------------------------------- the action shell

const TOKEN = 'ghs_reliabilityTOKEN0987654321';
const gh = new FakeGitHub();
let dir: string;
let stdout: string[];
const summaryFile = path.join(mkdtempSync(path.join(tmpdir(), 'ww-rel-summary-')), 'summary.md');

const okPipeline: Pipeline = async (req) => {
  const m = measurements();
  return { ...m, verdict: evaluateGate(m, req.plan.gate) };
};

function setup(inputs: Record<string, string>, event: { name?: string; payload?: unknown; ref?: string } = {}): void {
  setActionEnv({ dir, summaryFile, apiUrl: gh.url, token: TOKEN, inputs, event });
}
const warnings = () => stdout.filter((l) => l.startsWith('::warning')).join('\n');
const errors = () => stdout.filter((l) => l.startsWith('::error')).join('\n');
const outputsText = () => readFileSync(path.join(dir, 'output.txt'), 'utf8');

describe('service faults never fail the gate by themselves (action run())', () => {
  useActionSandbox('ww-rel-action-', gh, (box) => ({ dir, stdout } = box));

  it('cache save failure on a push to the default branch: warning, step passes, report written', async () => {
    setup({}, { name: 'push', ref: 'refs/heads/main', payload: { repository: { default_branch: 'main' } } });
    const cache: CacheApi = { isFeatureAvailable: () => true, restoreCache: async () => undefined, saveCache: async () => Promise.reject(new Error('Cache service responded with 500')) };
    await run({ pipeline: okPipeline, cache });
    expect(process.exitCode).toBeUndefined();
    expect(warnings()).toMatch(/Could not save the baseline.*Cache service responded with 500/);
    expect(existsSync(path.join(dir, 'out', 'report.json'))).toBe(true);
    expect(outputsText()).toMatch(/passed<<[^\n]+\ntrue/);
  });

  it('a corrupted cached baseline is a warning and "no baseline", not a failure', async () => {
    setup({});
    const cache: CacheApi = {
      isFeatureAvailable: () => true,
      restoreCache: async (paths, key) => {
        writeFileSync(path.join(process.cwd(), paths[0]!, 'baseline.json'), '{"schemaVersion":1, "spectral": tru');
        return key;
      },
      saveCache: async () => 0,
    };
    // restoreCache writes into the folder it restores: create it like the toolkit would.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, '.ww-smooth-baseline'), { recursive: true });
    let note = '';
    await run({
      pipeline: async (req) => {
        const got = await req.baseline!({ source: 's', path: '', sha256: 'e'.repeat(64), bytes: 1, format: 'onnx' }, 'c'.repeat(64));
        note = 'none' in got ? got.none : 'found';
        const m = measurements();
        return { ...m, verdict: evaluateGate(m, req.plan.gate) };
      },
      cache,
    });
    expect(process.exitCode).toBeUndefined();
    expect(note).toMatch(/could not be read/);
    expect(warnings()).toMatch(/Could not restore the baseline/);
  });

  it('a comment API answering 503 every time: retried, then a warning; summary and outputs written, step passes', async () => {
    setup({});
    gh.failures = [{ method: 'GET', path: /\/comments$/, status: 503 }];
    await run({ pipeline: okPipeline, cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 }, retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 } });
    expect(process.exitCode).toBeUndefined();
    expect(gh.requests.filter((r) => r.method === 'GET' && /\/comments$/.test(r.path)).length).toBe(3);
    expect(warnings()).toMatch(/Could not post the PR comment/);
    expect(readFileSync(summaryFile, 'utf8')).toContain('ww-smooth gate: passed');
    expect(outputsText()).toMatch(/passed<<[^\n]+\ntrue/);
  });

  it('a 429 with Retry-After: 1 is honoured (waits ~1 s), then the comment is posted', async () => {
    setup({});
    gh.failures = [{ method: 'POST', path: /\/comments$/, status: 429, headers: { 'retry-after': '1' }, times: 1 }];
    const t0 = Date.now();
    await run({ pipeline: okPipeline, cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 }, retry: { retries: 3, baseDelayMs: 5, maxDelayMs: 5000 } });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(gh.comments.get(7)).toHaveLength(1);
    expect(process.exitCode).toBeUndefined();
  });

  it('timeout-minutes bounds the whole run: a pipeline that never ends fails with TIMEOUT, quickly', async () => {
    setup({ 'timeout-minutes': '0.01' }); // 0.6 s
    const t0 = Date.now();
    await run({ pipeline: () => new Promise(() => undefined), cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 } });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(process.exitCode).toBe(1);
    expect(errors()).toMatch(/TIMEOUT/);
  });

  it('an invalid timeout-minutes is an input error', async () => {
    setup({ 'timeout-minutes': 'soon' });
    await run({ pipeline: okPipeline, cache: { isFeatureAvailable: () => false, restoreCache: async () => undefined, saveCache: async () => 0 } });
    expect(process.exitCode).toBe(1);
    expect(errors()).toMatch(/timeout-minutes/);
  });
});
