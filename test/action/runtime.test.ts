/**
 * The action makes onnxruntime available (docs/runtime.md: configureOnnxRuntime, then
 * ensureOnnxRuntime with the onnxruntime-path input and the Actions cache hooks) right before the
 * first perplexity, never when no perplexity is measured, and a failure there fails the step with
 * RUNTIME_MISSING and a readable message, not a stack trace. The real orchestration (makePipeline)
 * runs over fake stages, so the test sees exactly when the pipeline asks for the runtime.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, type RuntimeSetup } from '../../src/action/main.js';
import { makePipeline, type Stages } from '../../src/engine/pipeline.js';
import { WwError } from '../../src/errors.js';
import type { RuntimeOptions } from '../../src/runtime/ort.js';
import { resetOnnxRuntimeForTests } from '../../src/runtime/ort.js';
import { ppl, snapshot } from '../report/fixtures.js';

let dir: string;
let savedEnv: NodeJS.ProcessEnv;
let stdout: string[];
let events: string[];

function fakeStages(): Stages {
  return {
    resolveModel: async (source) => ({ source, path: path.join(dir, 'model.onnx'), sha256: 'a'.repeat(64), bytes: 1, format: 'onnx' }),
    analyze: async () => ({ snapshot: snapshot([3, 4]), report: {} }),
    smooth: async () => {
      throw new Error('smoothing is off in these tests');
    },
    tokenize: async () => {
      events.push('tokenize');
      return { tokens: [1, 2, 3], source: 'eval.txt' };
    },
    perplexity: async () => {
      events.push('perplexity');
      return ppl(10);
    },
    perplexityUnavailable: (_model, plan) => (plan.eval.text ? '' : 'no eval-text given: perplexity not measured'),
  };
}

function recordingRuntime(fail?: unknown): RuntimeSetup & { options: RuntimeOptions[] } {
  const options: RuntimeOptions[] = [];
  return {
    options,
    configure(o) {
      events.push('configure');
      options.push(o);
    },
    async ensure(o) {
      events.push('ensure');
      options.push(o);
      if (fail !== undefined) throw fail;
    },
  };
}

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries({ model: 'model.onnx', smooth: 'false', cache: 'false', comment: 'off', 'output-dir': path.join(dir, 'out'), ...inputs })) {
    process.env[`INPUT_${k.toUpperCase()}`] = v;
  }
}

const errors = () => stdout.filter((l) => l.startsWith('::error'));

beforeEach(() => {
  savedEnv = { ...process.env };
  dir = mkdtempSync(path.join(tmpdir(), 'ww-action-runtime-'));
  writeFileSync(path.join(dir, 'eval.txt'), 'some text\n');
  writeFileSync(path.join(dir, 'summary.md'), '');
  writeFileSync(path.join(dir, 'output.txt'), '');
  Object.assign(process.env, {
    GITHUB_WORKSPACE: dir,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    GITHUB_OUTPUT: path.join(dir, 'output.txt'),
  });
  stdout = [];
  events = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => (stdout.push(String(c)), true));
});
afterEach(() => {
  process.env = savedEnv;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  resetOnnxRuntimeForTests();
});

describe('onnxruntime setup in the action', () => {
  it('configures and ensures the runtime once, before the first perplexity, with onnxruntime-path and the cache hooks', async () => {
    setInputs({ 'eval-text': 'eval.txt', 'base-model': 'base.onnx', 'onnxruntime-path': 'ort-cuda' });
    const runtime = recordingRuntime();
    await run({ pipeline: makePipeline(fakeStages()), runtime });
    expect(errors()).toEqual([]);
    // base and original are both measured, the runtime is prepared once, before either.
    expect(events).toEqual(['configure', 'ensure', 'tokenize', 'perplexity', 'perplexity']);
    expect(runtime.options).toHaveLength(2);
    for (const o of runtime.options) {
      expect(o.explicitPath).toBe(path.join(dir, 'ort-cuda'));
      expect(typeof o.cache?.restore).toBe('function');
      expect(typeof o.cache?.save).toBe('function');
      expect(typeof o.log).toBe('function');
    }
  });

  it('without onnxruntime-path the lookup chooses (no explicit path)', async () => {
    setInputs({ 'eval-text': 'eval.txt' });
    const runtime = recordingRuntime();
    await run({ pipeline: makePipeline(fakeStages()), runtime });
    expect(errors()).toEqual([]);
    expect(runtime.options[0]!.explicitPath).toBeUndefined();
  });

  it('is not attempted when no perplexity is measured (no eval-text)', async () => {
    setInputs({});
    const runtime = recordingRuntime();
    await run({ pipeline: makePipeline(fakeStages()), runtime });
    expect(errors()).toEqual([]);
    expect(events).toEqual([]);
  });

  it('a failed download fails the step with RUNTIME_MISSING naming the cause, before any perplexity', async () => {
    setInputs({ 'eval-text': 'eval.txt' });
    const cause = new WwError('DOWNLOAD', 'could not download the onnxruntime-node 1.30.0 tarball: HTTP 503', {});
    await run({ pipeline: makePipeline(fakeStages()), runtime: recordingRuntime(cause) });
    expect(events).toEqual(['configure', 'ensure']);
    expect(process.exitCode).toBe(1);
    const line = errors().join('\n');
    expect(line).toContain('error[RUNTIME_MISSING]');
    expect(line).toContain('HTTP 503');
    expect(line).toContain('onnxruntime-path');
    expect(line).not.toMatch(/\n\s+at /);
  });

  it('an unexpected crash inside the setup is reported the same way', async () => {
    setInputs({ 'eval-text': 'eval.txt' });
    await run({ pipeline: makePipeline(fakeStages()), runtime: recordingRuntime(new TypeError('tar stream ended early')) });
    expect(process.exitCode).toBe(1);
    expect(errors().join('\n')).toMatch(/error\[RUNTIME_MISSING\].*tar stream ended early/);
  });

  it('on a platform with no onnxruntime binary (Intel macOS) it stops before any analysis, with the options', async () => {
    setInputs({ 'eval-text': 'eval.txt' });
    const stages = fakeStages();
    const analyze = stages.analyze.bind(stages);
    stages.analyze = async (...args) => (events.push('analyze'), analyze(...args));
    const real = { platform: process.platform, arch: process.arch };
    Object.defineProperty(process, 'platform', { value: 'darwin', configurable: true });
    Object.defineProperty(process, 'arch', { value: 'x64', configurable: true });
    try {
      await run({ pipeline: makePipeline(stages), runtime: recordingRuntime() });
    } finally {
      Object.defineProperty(process, 'platform', { value: real.platform, configurable: true });
      Object.defineProperty(process, 'arch', { value: real.arch, configurable: true });
    }
    expect(events).toEqual([]);
    expect(process.exitCode).toBe(1);
    expect(errors().join('\n')).toMatch(/error\[RUNTIME_MISSING\].*darwin\/x64.*onnxruntime-path/);
  });

  it('on such a platform, a run without eval-text (analysis and smoothing only) is not stopped', async () => {
    setInputs({});
    const real = process.platform;
    Object.defineProperty(process, 'platform', { value: 'freebsd', configurable: true });
    try {
      await run({ pipeline: makePipeline(fakeStages()), runtime: recordingRuntime() });
    } finally {
      Object.defineProperty(process, 'platform', { value: real, configurable: true });
    }
    expect(errors()).toEqual([]);
  });

  it('with the real setup, an unusable onnxruntime-path is RUNTIME_MISSING naming the folder', async () => {
    setInputs({ 'eval-text': 'eval.txt', 'onnxruntime-path': 'no-such-runtime' });
    await run({ pipeline: makePipeline(fakeStages()) });
    expect(events).toEqual([]);
    expect(process.exitCode).toBe(1);
    const line = errors().join('\n');
    expect(line).toContain('error[RUNTIME_MISSING]');
    expect(line).toContain(path.join(dir, 'no-such-runtime'));
  });
});
