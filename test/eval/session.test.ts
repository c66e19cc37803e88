/**
 * Device selection. This machine's onnxruntime-node has no CUDA provider, so `auto` must fall back
 * to CPU and say why, and `cuda` must fail with a SESSION error; on a CUDA machine the CUDA
 * expectations flip and those cases are skipped.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { cudaProviderLibraryPath, openSession } from '../../src/eval/session.js';
import { WwError } from '../../src/errors.js';
import { writeDecoder } from './fixtures.js';

const cudaInstalled = (() => {
  const lib = cudaProviderLibraryPath();
  return lib !== null && existsSync(lib);
})();
const base = { threads: 1, graphOptimizationLevel: 'all' as const };

describe.skipIf(cudaInstalled)('sessions without a CUDA provider', async () => {
  const model = await writeDecoder({ vocab: 4, table: new Float64Array(16) });

  it('cpu: runs on cpu', async () => {
    const s = await openSession(model, { ...base, device: 'cpu' });
    expect(s.device).toBe('cpu');
    expect(s.session.inputNames).toEqual(['input_ids']);
    await s.session.release();
  });

  it('auto: falls back to cpu and says the provider library is absent', async () => {
    const s = await openSession(model, { ...base, device: 'auto' });
    expect(s.device).toBe('cpu');
    expect(s.deviceNote).toMatch(/cuda unavailable, fell back to cpu.*libonnxruntime_providers_cuda|onnxruntime_providers_cuda/);
    await s.session.release();
  });

  it('auto without the library probe: onnxruntime really fails to load CUDA, and we fall back', async () => {
    const s = await openSession(model, { ...base, device: 'auto', probeCudaLibrary: false });
    expect(s.device).toBe('cpu');
    expect(s.deviceNote).toMatch(/the CUDA execution provider failed to load: .+/);
    await s.session.release();
  });

  it('cuda: a SESSION error naming the model and the device', async () => {
    const err = await openSession(model, { ...base, device: 'cuda' }).catch((e: unknown) => e);
    expect(WwError.is(err, 'SESSION')).toBe(true);
    expect((err as WwError).message).toContain(model);
    expect((err as WwError).message).toContain('cuda');
  });
});

describe('session errors', () => {
  it('a missing model is MODEL_NOT_FOUND; a file that is not ONNX is SESSION', async () => {
    const missing = await openSession('/nonexistent/model.onnx', { ...base, device: 'cpu' }).catch((e: unknown) => e);
    expect(WwError.is(missing, 'MODEL_NOT_FOUND')).toBe(true);
    const notOnnx = await openSession(new URL(import.meta.url).pathname, { ...base, device: 'cpu' }).catch((e: unknown) => e);
    expect(WwError.is(notOnnx, 'SESSION')).toBe(true);
  });

  it('threads must be a non-negative integer', async () => {
    const model = await writeDecoder({ vocab: 4, table: new Float64Array(16) });
    const err = await openSession(model, { ...base, device: 'cpu', threads: -1 }).catch((e: unknown) => e);
    expect(WwError.is(err, 'INPUT_INVALID')).toBe(true);
  });
});
