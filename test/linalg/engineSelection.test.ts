/**
 * Engine selection and device fallback: getEngine picks the wasm engine (with onnxruntime when it
 * loads), `backend: 'js'` gives the reference, and `device: 'cuda'` without a usable CUDA provider
 * falls back to the CPU with exactly one log line. Also checks that the embedded wasm matches the
 * sha256 recorded by wasm/build.sh.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createFastEngine } from '../../src/linalg/fastEngine.js';
import { getEngine } from '../../src/linalg/engine.js';
import { KERNELS_WASM_BASE64, KERNELS_WASM_SHA256 } from '../../src/linalg/wasm/generated/kernelsWasm.js';
import { withSpectrum } from './fixtures.js';

const W = withSpectrum(30, 20, Array.from({ length: 20 }, (_, i) => 20 - i), 9);
const expected = Array.from({ length: 20 }, (_, i) => (i + 1) ** 2);

function maxErr(got: Float64Array): number {
  return Math.max(...Array.from(got, (v, i) => Math.abs(v - expected[i]!)));
}

describe('engine selection', () => {
  it('getEngine() returns the wasm engine with onnxruntime on CPU and correct eigenvalues', async () => {
    const lines: string[] = [];
    const engine = await getEngine({ logger: (l) => lines.push(l), threads: 2 });
    try {
      expect(engine.name).toMatch(/^wasm-simd\(2 threads\)\+onnxruntime-cpu$/);
      expect(maxErr(await engine.gramEigenvalues(W))).toBeLessThan(1e-10 * 400);
      expect(lines).toEqual([]);
    } finally {
      await engine.dispose();
    }
  });

  it("backend 'js' gives the plain-JS reference, backend 'wasm' the engine without onnxruntime", async () => {
    const js = await getEngine({ backend: 'js' });
    expect(js.name).toBe('js');
    const wasm = await getEngine({ backend: 'wasm', threads: 1 });
    try {
      expect(wasm.name).toBe('wasm-simd(1 thread)');
      expect(maxErr(await wasm.gramEigenvalues(W))).toBeLessThan(1e-10 * 400);
    } finally {
      await wasm.dispose();
    }
  });

  it("device 'cuda' without the CUDA provider falls back to CPU with one log line", async () => {
    const lines: string[] = [];
    const engine = await createFastEngine({ device: 'cuda', threads: 2, logger: (l) => lines.push(l) });
    try {
      if (engine.device === 'cuda') {
        console.log('CUDA provider present on this machine: fallback not exercised by this case');
        return;
      }
      expect(engine.device).toBe('cpu');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/CUDA execution provider unavailable .*falling back to CPU/);
      expect(maxErr(await engine.gramEigenvalues(W))).toBeLessThan(1e-10 * 400);
    } finally {
      await engine.dispose();
    }
  });

  it('a GPU provider that fails to start is reported once and the CPU is used (any machine)', async () => {
    const lines: string[] = [];
    const engine = await createFastEngine({ device: 'cuda', threads: 2, gpuProvider: 'no-such-provider', logger: (l) => lines.push(l) });
    try {
      expect(engine.device).toBe('cpu');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^linalg: CUDA execution provider unavailable \(.+\); falling back to CPU$/);
      const svd = await engine.truncatedSvd(W, 3, { seed: 1 });
      expect(Array.from(svd.S).map((s) => Number(s.toFixed(9)))).toEqual([20, 19, 18]);
    } finally {
      await engine.dispose();
    }
  });

  it('without onnxruntime the engine still works on wasm alone', async () => {
    const engine = await createFastEngine({ threads: 2, createOrt: async () => null });
    try {
      expect(engine.name).toBe('wasm-simd(2 threads)');
      expect(engine.device).toBe('none');
      expect(maxErr(await engine.gramEigenvalues(W))).toBeLessThan(1e-10 * 400);
    } finally {
      await engine.dispose();
    }
  });

  it('the embedded wasm is the one wasm/build.sh recorded', () => {
    const bytes = Buffer.from(KERNELS_WASM_BASE64, 'base64');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(KERNELS_WASM_SHA256);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  });
});
