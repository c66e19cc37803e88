/**
 * The runtime lookup (src/runtime/ort.ts): which onnxruntime-node folder wins, and what a user sees
 * when none is usable. The bundled-dist case (dist/node_modules) is exercised end to end in
 * test/e2e/action.test.ts; here the candidates are folders the test lays out.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WwError } from '../../src/errors.js';
import { ensureOnnxRuntime, listCandidates, requireOnnxRuntime, resetOnnxRuntimeForTests } from '../../src/runtime/ort.js';
import { ORT_PIN } from '../../src/runtime/layout.js';
import { repoRoot } from '../helpers/shared.js';

const work = mkdtempSync(join(tmpdir(), 'ww-runtime-'));
afterAll(() => {
  resetOnnxRuntimeForTests();
  rmSync(work, { recursive: true, force: true });
});

describe('onnxruntime-node lookup', () => {
  it('in a source checkout, node resolution finds the installed package for this platform', () => {
    const { usable } = listCandidates({ toolCacheRoot: join(work, 'empty') });
    expect(usable[0]).toEqual({ dir: join(repoRoot, 'node_modules', 'onnxruntime-node'), source: 'resolved' });
  });

  it('an explicit folder wins, as the package folder or as a folder holding node_modules/', () => {
    const fake = join(work, 'explicit');
    mkdirSync(join(fake, 'node_modules'), { recursive: true });
    cpSync(join(repoRoot, 'node_modules', 'onnxruntime-node', 'package.json'), join(fake, 'node_modules', 'onnxruntime-node', 'package.json'));
    const bin = `bin/napi-v6/${process.platform}/${process.arch}`;
    mkdirSync(join(fake, 'node_modules', 'onnxruntime-node', bin), { recursive: true });
    cpSync(join(repoRoot, 'node_modules', 'onnxruntime-node', bin, 'onnxruntime_binding.node'), join(fake, 'node_modules', 'onnxruntime-node', bin, 'onnxruntime_binding.node'));
    expect(listCandidates({ explicitPath: fake }).usable).toEqual([{ dir: join(fake, 'node_modules', 'onnxruntime-node'), source: 'explicit' }]);
    expect(listCandidates({ explicitPath: join(fake, 'node_modules', 'onnxruntime-node') }).usable[0]?.source).toBe('explicit');
  });

  it('an explicit folder that does not hold a usable runtime is an error, not a silent fallback', () => {
    const err = (() => {
      try {
        listCandidates({ explicitPath: join(work, 'nowhere') });
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(WwError.is(err, 'RUNTIME_MISSING')).toBe(true);
    expect((err as Error).message).toContain('nowhere');
  });

  it('a platform with no binary anywhere gets RUNTIME_MISSING naming every place looked and the fixes', async () => {
    resetOnnxRuntimeForTests();
    const options = { platform: 'sunos', arch: 'sparc', toolCacheRoot: join(work, 'tc'), allowDownload: false };
    expect(() => requireOnnxRuntime(options)).toThrow(WwError);
    const err = await ensureOnnxRuntime(options).catch((e: unknown) => e);
    expect(WwError.is(err, 'RUNTIME_MISSING')).toBe(true);
    const msg = (err as Error).message;
    expect(msg).toContain(`onnxruntime-node ${ORT_PIN.version} is not available for sunos/sparc`);
    expect(msg).toContain('has no bin/napi-v6/sunos/sparc/onnxruntime_binding.node');
    expect(msg).toContain('tool cache');
    expect(msg).toContain('onnxruntime-path');
  });

  it('loads the resolved runtime and reports where it came from', async () => {
    resetOnnxRuntimeForTests();
    const logs: string[] = [];
    const got = await ensureOnnxRuntime({ toolCacheRoot: join(work, 'tc'), log: (m) => logs.push(m), allowDownload: false });
    expect(got.source).toBe('resolved');
    expect(got.version).toBe(ORT_PIN.version);
    expect(typeof got.ort.InferenceSession.create).toBe('function');
    expect(logs[0]).toContain(`onnxruntime-node ${ORT_PIN.version} loaded from ${got.dir} (resolved)`);
  });
});
