/**
 * Sessions as the dist bundle runs them: `import 'onnxruntime-node'` is redirected to the lazy
 * src/runtime/ortModule.ts (as scripts/build.mjs does), so onnxruntime comes from the runtime
 * lookup. Two contracts: the CUDA provider probe looks beside the runtime actually in use (here a
 * package folder passed as onnxruntime-path), not beside the project's own node_modules copy; and
 * a runtime that cannot be found is RUNTIME_MISSING, not relabelled as the model's SESSION error.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WwError } from '../../src/errors.js';
import { cudaProviderLibraryPath, openSession } from '../../src/eval/session.js';
import { bindingFile } from '../../src/runtime/layout.js';
import { configureOnnxRuntime, loadedOnnxRuntime, resetOnnxRuntimeForTests } from '../../src/runtime/ort.js';
import { writeDecoder } from './fixtures.js';

vi.mock('onnxruntime-node', async () => await import('../../src/runtime/ortModule.js'));

const base = { threads: 1, graphOptimizationLevel: 'all' as const };
const realRuntimeDir = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));

/**
 * An onnxruntime-node package folder of its own (as a CUDA build installed elsewhere would be):
 * its entry forwards to the real package so sessions still run, and it has no CUDA provider library.
 */
function separateRuntime(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ww-ort-elsewhere-')), 'onnxruntime-node');
  mkdirSync(join(dir, dirname(bindingFile(process.platform, process.arch))), { recursive: true });
  writeFileSync(join(dir, bindingFile(process.platform, process.arch)), ''); // presence is what the lookup checks
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'onnxruntime-node', version: '1.30.0', main: 'index.js' }));
  writeFileSync(join(dir, 'index.js'), `module.exports = require(${JSON.stringify(realRuntimeDir)});\n`);
  return dir;
}

afterEach(() => resetOnnxRuntimeForTests());

describe('CUDA provider probe', () => {
  it('looks beside the runtime in use (onnxruntime-path), not the bundled/node_modules copy', async () => {
    resetOnnxRuntimeForTests();
    const elsewhere = separateRuntime();
    configureOnnxRuntime({ explicitPath: elsewhere });
    const expectedLib = join(elsewhere, dirname(bindingFile(process.platform, process.arch)), process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so');
    expect(cudaProviderLibraryPath()).toBe(expectedLib);

    const model = await writeDecoder({ vocab: 4, table: new Float64Array(16) });
    const s = await openSession(model, { ...base, device: 'auto' });
    expect(loadedOnnxRuntime()?.dir).toBe(elsewhere);
    expect(s.device).toBe('cpu');
    expect(s.deviceNote).toContain(`${expectedLib} absent`);
    expect(s.deviceNote).not.toContain(realRuntimeDir);
    await s.session.release();
  });
});

describe('a missing runtime stays RUNTIME_MISSING', () => {
  for (const device of ['cpu', 'cuda', 'auto'] as const) {
    it(`device ${device}: the lookup's error (naming the path), not SESSION`, async () => {
      resetOnnxRuntimeForTests();
      const nowhere = join(tmpdir(), 'ww-no-such-runtime');
      configureOnnxRuntime({ explicitPath: nowhere });
      const model = await writeDecoder({ vocab: 4, table: new Float64Array(16) });
      const err = await openSession(model, { ...base, device }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WwError);
      expect((err as WwError).code).toBe('RUNTIME_MISSING');
      expect((err as WwError).message).toContain(nowhere);
    });
  }
});
