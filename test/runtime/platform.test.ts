/**
 * Platforms without an onnxruntime-node binary (src/runtime/platform.ts): the list is the pinned
 * package's own bin/napi-v6 folders, the error names the platform and the options, and the
 * download fallback is not attempted for a platform whose tarball has no binary.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import { ensureOnnxRuntime, resetOnnxRuntimeForTests } from '../../src/runtime/ort.js';
import { checkRuntimePlatform, hasOrtBinary, ORT_BINARY_PLATFORMS } from '../../src/runtime/platform.js';
import { repoRoot } from '../helpers/shared.js';

const work = mkdtempSync(join(tmpdir(), 'ww-platform-'));
afterAll(() => {
  resetOnnxRuntimeForTests();
  rmSync(work, { recursive: true, force: true });
});

function thrown(f: () => unknown): WwError {
  try {
    f();
  } catch (err) {
    if (err instanceof WwError) return err;
    throw err;
  }
  throw new Error('did not throw');
}

describe('onnxruntime platforms', () => {
  it('ORT_BINARY_PLATFORMS is what the installed onnxruntime-node ships', () => {
    const bin = join(repoRoot, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6');
    const shipped = readdirSync(bin)
      .flatMap((p) => readdirSync(join(bin, p)).map((a) => `${p}/${a}`))
      .filter((pa) => existsSync(join(bin, pa, 'onnxruntime_binding.node')))
      .sort();
    expect([...ORT_BINARY_PLATFORMS]).toEqual(shipped);
    expect(hasOrtBinary('darwin', 'x64')).toBe(false);
  });

  it('darwin/x64 gets RUNTIME_MISSING naming the platform and the three ways out', () => {
    const err = thrown(() => checkRuntimePlatform({ platform: 'darwin', arch: 'x64', explicitPath: null }));
    expect(err.code).toBe('RUNTIME_MISSING');
    expect(err.message).toContain('darwin/x64');
    expect(err.message).toContain('macos-latest');
    expect(err.message).toContain('onnxruntime-path');
    expect(err.message).toContain('eval-text');
    expect(() => checkRuntimePlatform({ platform: 'linux', arch: 'x64', explicitPath: null })).not.toThrow();
    expect(() => checkRuntimePlatform({ platform: 'freebsd', arch: 'x64', explicitPath: null })).toThrow(/freebsd\/x64/);
  });

  it('an explicit onnxruntime folder is left to the loader (it may be a build for this platform)', () => {
    expect(() => checkRuntimePlatform({ platform: 'darwin', arch: 'x64', explicitPath: '/opt/ort-darwin-x64' })).not.toThrow();
  });

  it('ensureOnnxRuntime does not download a tarball that has no binary for the platform', async () => {
    // An already-aborted download: were the platform check skipped, the error would be DOWNLOAD (cancelled).
    const download = { signal: AbortSignal.abort(), retries: 0 };
    const err = await ensureOnnxRuntime({ platform: 'darwin', arch: 'x64', toolCacheRoot: join(work, 'tc'), allowDownload: true, download }).catch((e: unknown) => e);
    expect(WwError.is(err, 'RUNTIME_MISSING')).toBe(true);
    expect((err as Error).message).toContain('darwin/x64');
    expect(existsSync(join(work, 'tc'))).toBe(false);
  });
});
