/**
 * The fast LinalgEngine: WebAssembly SIMD kernels on `threads` threads (worker_threads on one
 * shared memory), with onnxruntime-node doing the large float64 products when it loads (CPU, or
 * the CUDA execution provider when `device: 'cuda'` and it starts; otherwise one log line and CPU).
 *
 * Gram eigenvalues: short-side Gram (onnxruntime, or the wasm GEMM), dense -> band (bandwidth 24-32)
 * with per-panel Householder QR and trailing updates delayed over groups of 4-8 panels (onnxruntime;
 * per panel, in place, in wasm-only mode), band -> tridiagonal bulge chasing, implicit QL. Float64 throughout:
 * eigenvalues agree with LAPACK's to ~1e-14 * lambda_max.
 * Truncated SVD: seeded Chebyshev-filtered subspace iteration on the short-side Gram
 * (./chebyshevSvd.ts), or block Krylov on W (./truncatedSvd.ts).
 * Jobs are serialised (one wasm memory per engine).
 */
import os from 'node:os';
import type { LinalgEngine, TopEigenvaluesOptions, TruncatedSvdOptions } from './engine.js';
import type { Float32Matrix, Matrix, Svd } from './matrix.js';
import { ortDenseOps, wasmDenseOps } from './denseOps.js';
import { OrtOps, type Device, type Logger, type OrtOpsOptions } from './ort/ortOps.js';
import type { NativeGate } from './ort/nativeGate.js';
import { gramEigenvaluesOrt, gramEigenvaluesOrtBand } from './ort/ortEsd.js';
import { krylovTruncatedSvd, type KrylovOptions } from './truncatedSvd.js';
import { chebyshevTopEigenvalues32, chebyshevTruncatedSvd, type ChebyshevOptions, type GramFn } from './chebyshevSvd.js';
import { gramOrt } from './ort/ortEsd.js';
import { provideKernelModule, WasmRuntime } from './wasm/runtime.js';
import { DEFAULT_BAND } from './wasm/spectrum.js';
import { gramEigenvaluesWasm, gramWasm } from './wasm/wasmEsd.js';
import { shuffleElementsWasm } from './wasm/shuffle.js';

export interface FastEngineOptions {
  /** 'auto' and 'cpu' use onnxruntime's CPU provider; 'cuda' tries the CUDA provider first. */
  readonly device?: 'auto' | 'cpu' | 'cuda';
  /** threads for wasm and onnxruntime (default os.availableParallelism()) */
  readonly threads?: number;
  /** onnxruntime's intra-op threads when they differ from `threads`: a number, or asked before every call (OrtOpsOptions.threads) */
  readonly ortThreads?: number | (() => number);
  /** where the one-line notices go (CUDA fallback, onnxruntime missing); default: none */
  readonly logger?: Logger;
  /** false: wasm kernels only, even when onnxruntime-node is installed */
  readonly useOrt?: boolean;
  /** band reduction: 'wasm' (in-place, threaded) or 'ort' (block updates in onnxruntime) */
  readonly bandUpdates?: 'wasm' | 'ort';
  /** band reduction's bandwidth (default: 32; with onnxruntime, by size: ortEsd.ts bandShape) */
  readonly bandwidth?: number;
  /** panels per delayed trailing update when onnxruntime runs the band reduction (default: bandShape's) */
  readonly bandGroups?: number;
  /**
   * top-k SVD method: 'gram-chebyshev' (default: Chebyshev-filtered subspace iteration on the
   * short-side Gram) or 'krylov' (block Krylov on W itself: no p x p Gram in memory)
   */
  readonly svdMethod?: 'gram-chebyshev' | 'krylov';
  readonly chebyshev?: Omit<ChebyshevOptions, 'seed'>;
  readonly krylov?: Omit<KrylovOptions, 'seed'>;
  /** the wasm kernels compiled by another thread (or on their way from it), instead of compiling them here */
  readonly kernels?: PromiseLike<WebAssembly.Module | undefined>;
  /** in a worker thread: every call into onnxruntime's native code passes it (./ort/nativeGate.ts) */
  readonly nativeGate?: NativeGate;
  /** test hook: replaces the onnxruntime loader (e.g. to simulate a missing CUDA provider) */
  readonly createOrt?: (opts: OrtOpsOptions) => Promise<OrtOps | null>;
  /** test hook: the execution provider tried for device 'cuda' (default 'cuda') */
  readonly gpuProvider?: string;
}

export async function createFastEngine(opts: FastEngineOptions = {}): Promise<LinalgEngine & { readonly device: Device | 'none' }> {
  const threads = Math.max(1, Math.floor(opts.threads ?? os.availableParallelism()));
  const logger = opts.logger ?? (() => {});
  let ort: OrtOps | null = null;
  if (opts.useOrt !== false) {
    const device: Device = opts.device === 'cuda' ? 'cuda' : 'cpu';
    const create = opts.createOrt ?? OrtOps.create;
    ort = await create({ device, threads: typeof opts.ortThreads === 'function' ? opts.ortThreads : Math.max(1, Math.floor(opts.ortThreads ?? threads)), logger, ...(opts.gpuProvider ? { gpuProvider: opts.gpuProvider } : {}), ...(opts.nativeGate ? { gate: opts.nativeGate } : {}) });
  }
  // after onnxruntime: a worker meanwhile receives the kernels its pool compiled (provideKernelModule)
  const kernels = await opts.kernels;
  if (kernels) provideKernelModule(kernels);
  const rt = await WasmRuntime.create(threads);
  const dense = ort ? ortDenseOps(ort) : wasmDenseOps(rt);
  const gram: GramFn = async (X, p, q) => {
    if (!ort) return gramWasm(rt, X, p, q);
    const G = new Float64Array(p * p);
    await gramOrt(ort, X, p, q, G);
    return G;
  };
  const bandwidth = opts.bandwidth ?? DEFAULT_BAND;
  const bandUpdates = opts.bandUpdates ?? 'ort';
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };
  const name = `wasm-simd(${threads} thread${threads > 1 ? 's' : ''})${ort ? `+onnxruntime-${ort.device}` : ''}`;
  return {
    name,
    device: ort ? ort.device : 'none',
    gramEigenvalues(W: Matrix): Promise<Float64Array> {
      return serial(async () => {
        if (!ort) return gramEigenvaluesWasm(rt, W, bandwidth);
        // the onnxruntime band reduction picks its band for the size (bandShape) unless told
        return bandUpdates === 'ort' ? gramEigenvaluesOrtBand(ort, rt, W, opts.bandwidth, opts.bandGroups) : gramEigenvaluesOrt(ort, rt, W, bandwidth);
      });
    },
    truncatedSvd(W: Matrix, k: number, o?: TruncatedSvdOptions): Promise<Svd> {
      const seed = o?.seed ?? 0;
      return serial(() =>
        opts.svdMethod === 'krylov'
          ? krylovTruncatedSvd(dense, rt, W, k, { ...opts.krylov, seed })
          : chebyshevTruncatedSvd(dense, gram, rt, W, k, { ...opts.chebyshev, seed }),
      );
    },
    topGramEigenvalues32(W: Float32Matrix, k: number, o?: TopEigenvaluesOptions): Promise<Float64Array> {
      const seed = o?.seed ?? 0;
      return serial(async () => {
        const tolerance = o?.tolerance !== undefined ? { tolerance: o.tolerance } : {};
        const fast = await chebyshevTopEigenvalues32(dense, rt, W, k, { ...opts.chebyshev, ...tolerance, seed });
        if (fast) return fast;
        // no float32 path (wasm only) or a small matrix: the truncated SVD's values, squared
        const { S } = await chebyshevTruncatedSvd(dense, gram, rt, { rows: W.rows, cols: W.cols, data: Float64Array.from(W.data32), data32: W.data32 }, k, { ...opts.chebyshev, seed });
        return S.map((x) => x * x);
      });
    },
    shuffleElements<T extends Float32Array | Float64Array>(values: T, state: Int32Array): Promise<T> {
      return serial(async () => shuffleElementsWasm(rt, values, state));
    },
    async dispose() {
      await serial(async () => {
        await ort?.dispose();
        await rt.dispose();
      });
    },
  };
}
