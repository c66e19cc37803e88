/**
 * onnxruntime-node sessions for evaluation. `device: auto` tries the CUDA execution provider and
 * falls back to CPU, saying which ran and why; `cuda` insists (failure is an error); `cpu` never
 * tries CUDA. Models load by path so onnxruntime resolves external data next to the file.
 *
 * Before an `auto` attempt we look for the CUDA provider library beside the binding of the
 * onnxruntime-node actually in use (src/runtime/ort.ts: the committed CPU copy in dist, or the
 * `onnxruntime-path` / $WW_ONNXRUNTIME_PATH CUDA build): a CPU-only install lacks it, and asking
 * onnxruntime to load it anyway prints a native error log on every CPU run.
 * A runtime that cannot be found at all stays a RUNTIME_MISSING error (it names where it looked);
 * it is not relabelled as a SESSION failure of the model.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ort from 'onnxruntime-node';
import { WwError } from '../errors.js';
import { requireOnnxRuntime } from '../runtime/ort.js';
import type { DeviceRequest, DeviceUsed, GraphOptimizationLevel } from './types.js';

export interface SessionRequest {
  device: DeviceRequest;
  /** intraOpNumThreads; 0 = onnxruntime's default. */
  threads: number;
  graphOptimizationLevel: GraphOptimizationLevel;
  /**
   * With `auto`: skip the attempt when the CUDA provider library is absent (default true). false
   * always attempts, which exercises the real fallback path.
   */
  probeCudaLibrary?: boolean;
  /**
   * onnxruntime's own log level for this session (0 verbose .. 4 fatal; default 4): its failures
   * reach the user as WwError messages, so its native error log would only say the same twice.
   */
  logSeverityLevel?: 0 | 1 | 2 | 3 | 4;
}

export interface EvalSession {
  readonly session: ort.InferenceSession;
  readonly device: DeviceUsed;
  readonly deviceNote: string;
  readonly modelPath: string;
}

/**
 * Where the CUDA provider library would be for this platform: beside the binding of the
 * onnxruntime-node package in use (default: the one src/runtime/ort.ts loads, which is what
 * `import 'onnxruntime-node'` resolves to in dist). Throws RUNTIME_MISSING when there is none.
 */
export function cudaProviderLibraryPath(runtimeDir: string = requireOnnxRuntime().dir): string {
  const file = process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so';
  return join(runtimeDir, 'bin', 'napi-v6', process.platform, process.arch, file);
}

function baseOptions(req: SessionRequest): ort.InferenceSession.SessionOptions {
  const options: ort.InferenceSession.SessionOptions = {
    graphOptimizationLevel: req.graphOptimizationLevel,
    logSeverityLevel: req.logSeverityLevel ?? 4,
  };
  if (req.threads > 0) options.intraOpNumThreads = req.threads;
  return options;
}

async function create(modelPath: string, options: ort.InferenceSession.SessionOptions): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(modelPath, options);
}

function isRuntimeMissing(err: unknown): err is WwError {
  return WwError.is(err, 'RUNTIME_MISSING');
}

function sessionError(modelPath: string, device: string, err: unknown): WwError {
  // No runtime at all is not the model's fault: keep the lookup's own error and message.
  if (isRuntimeMissing(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new WwError('SESSION', `onnxruntime could not load ${modelPath} on ${device}: ${reason}`, { file: modelPath, device }, { cause: err });
}

/** Opens an inference session on the requested device. */
export async function openSession(modelPath: string, req: SessionRequest): Promise<EvalSession> {
  const path = resolve(modelPath);
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new WwError('MODEL_NOT_FOUND', `model ${path} not found`, { file: path });
  }
  if (!Number.isInteger(req.threads) || req.threads < 0) {
    throw new WwError('INPUT_INVALID', `threads must be a non-negative integer, got ${req.threads}`, { threads: req.threads });
  }
  const cpuOptions = { ...baseOptions(req), executionProviders: ['cpu'] };

  if (req.device === 'cpu') {
    try {
      return { session: await create(path, cpuOptions), device: 'cpu', deviceNote: 'cpu requested', modelPath: path };
    } catch (err) {
      throw sessionError(path, 'cpu', err);
    }
  }

  const cudaOptions = { ...baseOptions(req), executionProviders: ['cuda', 'cpu'] };
  if (req.device === 'cuda') {
    try {
      return { session: await create(path, cudaOptions), device: 'cuda', deviceNote: 'cuda requested', modelPath: path };
    } catch (err) {
      throw sessionError(path, 'cuda (requested with --device cuda; use auto to fall back to cpu)', err);
    }
  }

  // auto
  let why: string;
  const lib = cudaProviderLibraryPath();
  if ((req.probeCudaLibrary ?? true) && !existsSync(lib)) {
    why = `onnxruntime-node has no CUDA execution provider installed (${lib} absent; on a CUDA machine install onnxruntime-node with ONNXRUNTIME_NODE_INSTALL=cuda12 and pass its folder as onnxruntime-path)`;
  } else {
    try {
      return { session: await create(path, cudaOptions), device: 'cuda', deviceNote: 'auto: cuda execution provider loaded', modelPath: path };
    } catch (err) {
      if (isRuntimeMissing(err)) throw err;
      why = `the CUDA execution provider failed to load: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  try {
    const session = await create(path, cpuOptions);
    return { session, device: 'cpu', deviceNote: `auto: cuda unavailable, fell back to cpu (${why})`, modelPath: path };
  } catch (err) {
    throw sessionError(path, 'cpu', err);
  }
}
