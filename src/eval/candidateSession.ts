/**
 * Repeated perplexity of one model with some of its weights replaced: the smoothing search's
 * evaluator. The chosen initializers become graph inputs (src/model/weightInputs.ts), one
 * onnxruntime session is opened once, and every measurement feeds the current values of those
 * weights (a candidate W' is a feed, not a new file). Windows are those of the perplexity
 * convention; a measurement may score a subset of them (screening) or all (the full text), in
 * batches of equal-length windows.
 *
 * The session loads a copy of the model's structure written to a temporary folder, or, when the
 * model has external data, beside the original under a hidden temporary name (onnxruntime resolves
 * external data only inside the loaded file's folder); the original is never modified.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { WwError } from '../errors.js';
import { scanOnnx } from '../model/onnx.js';
import type { DenseLayer } from '../model/types.js';
import { weightsAsInputs } from '../model/weightInputs.js';
import { scoreWindows } from './perplexity.js';
import { createRunner, resolveVocabSize } from './runner.js';
import { openSession, type EvalSession } from './session.js';
import { checkContext, sessionSignature } from './signature.js';
import type { DeviceRequest, EvalWindow } from './types.js';
import { autoBatchSize, planWindows } from './windows.js';

/** Values of one fed weight in its stored layout and dtype (float16: raw half bits). */
export type WeightValues = Float32Array | Float64Array | Uint16Array;

export interface CandidateSessionRequest {
  readonly modelPath: string;
  /** The weights that become feeds (float32, float16 or float64 storage). */
  readonly layers: readonly DenseLayer[];
  readonly tokens: readonly number[];
  readonly context: number;
  readonly stride: number;
  readonly maxTokens: number;
  /** 0: chosen from the context and the vocabulary (as a plain evaluation does). */
  readonly batchSize: number;
  readonly device: DeviceRequest;
  readonly threads?: number;
}

export interface Measurement {
  readonly perplexity: number;
  readonly nllSum: number;
  readonly tokensScored: number;
  readonly seconds: number;
}

export interface CandidateSession {
  /** Windows of the whole text under the convention (what a full measurement scores). */
  readonly windows: readonly EvalWindow[];
  readonly tokensScored: number;
  readonly deviceNote: string;
  /** Perplexity with `weights` fed (every layer of the request must be given), on `windows` (default all). */
  measure(weights: ReadonlyMap<string, WeightValues>, windows?: readonly EvalWindow[]): Promise<Measurement>;
  release(): Promise<void>;
}

const ORT_TYPE = { float32: 'float32', float16: 'float16', float64: 'float64' } as const;

export async function openCandidateSession(req: CandidateSessionRequest): Promise<CandidateSession> {
  const onnx = await scanOnnx(req.modelPath);
  for (const l of req.layers) {
    if (!(l.dtype in ORT_TYPE)) {
      throw new WwError('UNSUPPORTED_DTYPE', `${req.modelPath}: weight ${l.name} is ${l.dtype}; the search feeds float32, float16 or float64 weights only`, { file: req.modelPath, tensor: l.name });
    }
  }
  const bytes = await weightsAsInputs(onnx, new Set(req.layers.map((l) => l.name)));
  // onnxruntime resolves external data only inside the loaded model's folder (links are followed
  // and refused when they lead out), so a model with external data gets its copy beside the
  // original, under a hidden temporary name removed afterwards; others get a temporary folder.
  const external = onnx.initializers.some((t) => t.data.kind === 'external');
  const dir = external ? null : await mkdtemp(join(tmpdir(), 'ww-smooth-search-'));
  const path = dir ? join(dir, 'model.onnx') : join(dirname(onnx.path), `.ww-smooth-search-${process.pid}-${randomBytes(6).toString('hex')}.onnx`);
  const cleanup = (): Promise<void> => (dir ? rm(dir, { recursive: true, force: true }) : rm(path, { force: true }));
  let evalSession: EvalSession | null = null;
  try {
    await writeFile(path, bytes, { flag: 'wx' });
    evalSession = await openSession(path, { device: req.device, threads: req.threads ?? 0, graphOptimizationLevel: 'all' });
    const session = evalSession.session;
    const fed = new Set(req.layers.map((l) => l.name));
    // The signature is the decoder's: the weight inputs are ours, not the model's.
    const decoderView = { inputMetadata: session.inputMetadata.filter((i) => !fed.has(i.name)), outputMetadata: session.outputMetadata } as unknown as ort.InferenceSession;
    const signature = await sessionSignature(decoderView, req.modelPath);
    checkContext(signature, req.context, req.modelPath);
    const plan = planWindows(req.tokens.length, req.context, req.stride, req.maxTokens);
    if (plan.tokensScored === 0) throw new WwError('EVAL_TEXT_EMPTY', `the evaluation text has ${req.tokens.length} token(s); at least 2 are needed to score one`, { tokens: req.tokens.length });
    const shapes: Shapes = new Map(req.layers.map((l) => [l.name, { dims: [l.storedShape[0], l.storedShape[1]], type: ORT_TYPE[l.dtype as keyof typeof ORT_TYPE] }]));
    const own = evalSession;
    const vocab = await resolveVocabSize(own, signature, shapesFeeds(shapes, null));
    const batchSize = signature.fixedBatch ?? (req.batchSize > 0 ? req.batchSize : autoBatchSize(req.context, vocab));
    return {
      windows: plan.windows,
      tokensScored: plan.tokensScored,
      deviceNote: own.deviceNote,
      async measure(weights, windows = plan.windows) {
        const runner = createRunner(own, signature, vocab, shapesFeeds(shapes, weights));
        const s = await scoreWindows(req.tokens, windows, runner, batchSize);
        return { perplexity: Math.exp(s.nllSum / s.tokensScored), nllSum: s.nllSum, tokensScored: s.tokensScored, seconds: s.seconds };
      },
      async release() {
        await own.session.release();
        await cleanup();
      },
    };
  } catch (err) {
    await evalSession?.session.release();
    await cleanup();
    throw err;
  }
}

type Shapes = ReadonlyMap<string, { readonly dims: number[]; readonly type: 'float32' | 'float16' | 'float64' }>;

/** Weight feeds; with `weights` null, zero-filled (enough for the vocabulary probe). */
function shapesFeeds(shapes: Shapes, weights: ReadonlyMap<string, WeightValues> | null): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (const [name, { dims, type }] of shapes) {
    const size = dims[0]! * dims[1]!;
    const given = weights?.get(name);
    if (weights && !given) throw new Error(`candidate session: no values for weight ${name}`);
    const data = given ?? (type === 'float32' ? new Float32Array(size) : type === 'float64' ? new Float64Array(size) : new Uint16Array(size));
    if (data.length !== size) throw new Error(`candidate session: ${name} has ${data.length} values, expected ${size}`);
    feeds[name] = new ort.Tensor(type, data, dims);
  }
  return feeds;
}

