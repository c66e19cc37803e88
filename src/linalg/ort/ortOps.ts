/**
 * onnxruntime-node as a float64 matrix-product engine for the level-3 parts of the numeric engine:
 * the short-side Gram (lower block rows, so about 5/8 of the full product), the two-sided block
 * update of the band reduction, and the products of the truncated SVD. Sessions are small graphs
 * built in code (./onnxGraph.ts), created once per engine and reused (dynamic shapes).
 *
 * Float64 tensors throughout: results stay float64-accurate on every execution provider, and the
 * CUDA provider's TF32 mode (on by default for float32 GEMMs on Ampere+) cannot apply.
 * onnxruntime-node is imported lazily; without it (or when it fails to load) the engine uses wasm.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { encodeModel, OnnxType, type GraphSpec } from './onnxGraph.js';
import { ungated, type NativeGate } from './nativeGate.js';
import { lowerBlockRows, mirrorLower, putLowerBlockRow } from '../matrix.js';

type Ort = typeof import('onnxruntime-node');
type Session = Pick<import('onnxruntime-node').InferenceSession, 'run' | 'release'>;

export type Device = 'cpu' | 'cuda';
export type Logger = (line: string) => void;

const D = OnnxType.double;

const GRAPHS = {
  /** C = A B^T */
  gemmNT: {
    nodes: [{ op: 'Gemm', inputs: ['A', 'B'], outputs: ['C'], intAttrs: { transB: 1 } }],
    inputs: [{ name: 'A', type: D, shape: ['m', 'k'] }, { name: 'B', type: D, shape: ['n', 'k'] }],
    outputs: [{ name: 'C', type: D, shape: ['m', 'n'] }],
  },
  /** C = A B */
  matmul: {
    nodes: [{ op: 'MatMul', inputs: ['A', 'B'], outputs: ['C'] }],
    inputs: [{ name: 'A', type: D, shape: ['m', 'k'] }, { name: 'B', type: D, shape: ['k', 'n'] }],
    outputs: [{ name: 'C', type: D, shape: ['m', 'n'] }],
  },
  /** C = A B in float32 (subspace filtering, where float32 rounding is harmless) */
  matmul32: {
    nodes: [{ op: 'MatMul', inputs: ['A', 'B'], outputs: ['C'] }],
    inputs: [{ name: 'A', type: OnnxType.float, shape: ['m', 'k'] }, { name: 'B', type: OnnxType.float, shape: ['k', 'n'] }],
    outputs: [{ name: 'C', type: OnnxType.float, shape: ['m', 'n'] }],
  },
  /** C = A B^T in float32 (the short-side Gram that only shapes the top-k subspace) */
  gemmNT32: {
    nodes: [{ op: 'Gemm', inputs: ['A', 'B'], outputs: ['C'], intAttrs: { transB: 1 } }],
    inputs: [{ name: 'A', type: OnnxType.float, shape: ['m', 'k'] }, { name: 'B', type: OnnxType.float, shape: ['n', 'k'] }],
    outputs: [{ name: 'C', type: OnnxType.float, shape: ['m', 'n'] }],
  },
  /** float64 -> float32 (native and threaded: a JS loop over a whole layer costs ~50 ms) */
  cast32: {
    nodes: [{ op: 'Cast', inputs: ['A'], outputs: ['C'], intAttrs: { to: OnnxType.float } }],
    inputs: [{ name: 'A', type: D, shape: ['m', 'n'] }],
    outputs: [{ name: 'C', type: OnnxType.float, shape: ['m', 'n'] }],
  },
  /** C = A^T B */
  gemmTN: {
    nodes: [{ op: 'Gemm', inputs: ['A', 'B'], outputs: ['C'], intAttrs: { transA: 1 } }],
    inputs: [{ name: 'A', type: D, shape: ['k', 'm'] }, { name: 'B', type: D, shape: ['k', 'n'] }],
    outputs: [{ name: 'C', type: D, shape: ['m', 'n'] }],
  },
  /**
   * One band-reduction step: A22 = S[b:, b:]; with Q = I - V T V^T,
   * out = Q^T A22 Q = A22 - [V Z][Z V]^T, Z = Y - 1/2 V (T^T V^T Y), Y = A22 V T.
   */
  bandStep: {
    nodes: [
      { op: 'Slice', inputs: ['S', 'starts', 'ends'], outputs: ['A22'] },
      { op: 'MatMul', inputs: ['A22', 'V'], outputs: ['X'] },
      { op: 'MatMul', inputs: ['X', 'T'], outputs: ['Y'] },
      { op: 'Gemm', inputs: ['V', 'Y'], outputs: ['W1'], intAttrs: { transA: 1 } },
      { op: 'Gemm', inputs: ['T', 'W1'], outputs: ['M'], intAttrs: { transA: 1 } },
      { op: 'Gemm', inputs: ['V', 'M', 'Y'], outputs: ['Z'], floatAttrs: { alpha: -0.5, beta: 1 } },
      { op: 'Concat', inputs: ['V', 'Z'], outputs: ['Lm'], intAttrs: { axis: 1 } },
      { op: 'Concat', inputs: ['Z', 'V'], outputs: ['Rm'], intAttrs: { axis: 1 } },
      { op: 'Gemm', inputs: ['Lm', 'Rm', 'A22'], outputs: ['OUT'], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } },
    ],
    inputs: [
      { name: 'S', type: D, shape: ['s', 's'] },
      { name: 'starts', type: OnnxType.int64, shape: [2] },
      { name: 'ends', type: OnnxType.int64, shape: [2] },
      { name: 'V', type: D, shape: ['m', 'b'] },
      { name: 'T', type: D, shape: ['b', 'b'] },
    ],
    outputs: [{ name: 'OUT', type: D, shape: ['m', 'm'] }],
  },
  /** Z of one panel (two-panel groups): X = A_rows Vpad - Lc (Rc^T V); Y = X T; Z = Y - 1/2 V T^T V^T Y. */
  panelZ: {
    nodes: [
      { op: 'MatMul', inputs: ['Arows', 'Vpad'], outputs: ['X0'] },
      { op: 'Gemm', inputs: ['Rc', 'V'], outputs: ['RV'], intAttrs: { transA: 1 } },
      { op: 'Gemm', inputs: ['Lc', 'RV', 'X0'], outputs: ['X'], floatAttrs: { alpha: -1, beta: 1 } },
      { op: 'MatMul', inputs: ['X', 'T'], outputs: ['Y'] },
      { op: 'Gemm', inputs: ['V', 'Y'], outputs: ['W1'], intAttrs: { transA: 1 } },
      { op: 'Gemm', inputs: ['T', 'W1'], outputs: ['M'], intAttrs: { transA: 1 } },
      { op: 'Gemm', inputs: ['V', 'M', 'Y'], outputs: ['Z'], floatAttrs: { alpha: -0.5, beta: 1 } },
    ],
    inputs: [
      { name: 'Arows', type: D, shape: ['m', 's'] },
      { name: 'Vpad', type: D, shape: ['s', 'b'] },
      { name: 'V', type: D, shape: ['m', 'b'] },
      { name: 'T', type: D, shape: ['b', 'b'] },
      { name: 'Lc', type: D, shape: ['m', 'c'] },
      { name: 'Rc', type: D, shape: ['m', 'c'] },
    ],
    outputs: [{ name: 'Z', type: D, shape: ['m', 'b'] }],
  },
  /** OUT = P - L R^T (small corrections of a panel by the pending update) */
  lowRankFix: {
    nodes: [{ op: 'Gemm', inputs: ['L', 'R', 'P'], outputs: ['OUT'], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } }],
    inputs: [
      { name: 'P', type: D, shape: ['m', 'n'] },
      { name: 'L', type: D, shape: ['m', 'c'] },
      { name: 'R', type: D, shape: ['n', 'c'] },
    ],
    outputs: [{ name: 'OUT', type: D, shape: ['m', 'n'] }],
  },
  /** OUT = S[r0:r1, c0:c1] - L R^T: a panel group's trailing update, whole or one block row of it */
  groupUpdate: {
    nodes: [
      { op: 'Slice', inputs: ['S', 'starts', 'ends'], outputs: ['A'] },
      { op: 'Gemm', inputs: ['L', 'R', 'A'], outputs: ['OUT'], intAttrs: { transB: 1 }, floatAttrs: { alpha: -1, beta: 1 } },
    ],
    inputs: [
      { name: 'S', type: D, shape: ['s', 's'] },
      { name: 'starts', type: OnnxType.int64, shape: [2] },
      { name: 'ends', type: OnnxType.int64, shape: [2] },
      { name: 'L', type: D, shape: ['h', 'c'] },
      { name: 'R', type: D, shape: ['n', 'c'] },
    ],
    outputs: [{ name: 'OUT', type: D, shape: ['h', 'n'] }],
  },
} as const satisfies Record<string, GraphSpec>;

export type GraphName = keyof typeof GRAPHS;

/** One step of a scaled Chebyshev recurrence: Y_next = a (G Y) - ac Y - b Y_prev. */
export interface ChebyshevStep {
  readonly a: number;
  readonly ac: number;
  readonly b: number;
}

/**
 * A whole Chebyshev filter round as one float32 graph, so the p x l block never returns to
 * JavaScript between products (measured: the per-step JS loops and conversions cost ~1.5 ms per
 * product at 2048 x 180, a quarter of the product itself):
 *   Y1 = a1 GQ - ac1 Q;  Y_j = a_j (G Y_{j-1}) - ac_j Y_{j-1} - b_j Y_{j-2}  (j = 2..degree).
 * The coefficients are scalar inputs, so one session serves every interval; one graph per degree.
 * The block enters and leaves as float64 (converted in JavaScript: onnxruntime's Cast measured slower).
 */
export function chebyshevFilterGraph(degree: number): GraphSpec {
  const F = OnnxType.float;
  const scalar = (name: string) => ({ name, type: F, shape: [] as number[] });
  const nodes: GraphSpec['nodes'][number][] = [
    { op: 'Mul', inputs: ['GQ', 'a1'], outputs: ['t1a'] },
    { op: 'Mul', inputs: ['Q', 'ac1'], outputs: ['t1b'] },
    { op: 'Sub', inputs: ['t1a', 't1b'], outputs: [degree === 1 ? 'Y' : 'Y1'] },
  ];
  const inputs = [
    { name: 'G', type: F, shape: ['p', 'p'] },
    { name: 'Q', type: F, shape: ['p', 'l'] },
    { name: 'GQ', type: F, shape: ['p', 'l'] },
    scalar('a1'),
    scalar('ac1'),
  ];
  for (let j = 2; j <= degree; j++) {
    const cur = `Y${j - 1}`;
    const prev = j === 2 ? 'Q' : `Y${j - 2}`;
    inputs.push(scalar(`a${j}`), scalar(`ac${j}`), scalar(`b${j}`));
    nodes.push(
      { op: 'MatMul', inputs: ['G', cur], outputs: [`g${j}`] },
      { op: 'Mul', inputs: [`g${j}`, `a${j}`], outputs: [`u${j}`] },
      { op: 'Mul', inputs: [cur, `ac${j}`], outputs: [`v${j}`] },
      { op: 'Mul', inputs: [prev, `b${j}`], outputs: [`w${j}`] },
      { op: 'Sub', inputs: [`u${j}`, `v${j}`], outputs: [`x${j}`] },
      { op: 'Sub', inputs: [`x${j}`, `w${j}`], outputs: [j === degree ? 'Y' : `Y${j}`] },
    );
  }
  return { nodes, inputs, outputs: [{ name: 'Y', type: F, shape: ['p', 'l'] }] };
}

/**
 * onnxruntime-node loads its CUDA provider from libonnxruntime_providers_cuda.so next to its
 * binding; without it a CUDA session cannot start (and onnxruntime prints its own error first).
 * 'absent' only when the package folder was found and the library is not in it; 'unknown' when
 * the package cannot be located this way (e.g. dist loads it from the tool cache): then just try.
 */
function cudaProviderFiles(): 'present' | 'absent' | 'unknown' {
  let bin: string;
  try {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('onnxruntime-node');
    bin = path.join(path.dirname(entry), '..', 'bin', 'napi-v6', process.platform, process.arch);
    if (!fs.existsSync(bin)) return 'unknown';
  } catch {
    return 'unknown';
  }
  const lib = process.platform === 'win32' ? 'onnxruntime_providers_cuda.dll' : 'libonnxruntime_providers_cuda.so';
  return fs.existsSync(path.join(bin, lib)) ? 'present' : 'absent';
}

export interface OrtOpsOptions {
  readonly device: Device;
  /**
   * onnxruntime intra-op threads: a number, or a function asked before every call (a worker of the
   * layer pool takes the cores other workers leave idle). Each count has its own sessions; the
   * kernels split rows and columns between threads, never a dot product, so every count gives the
   * same bits.
   */
  readonly threads: number | (() => number);
  readonly logger: Logger;
  /** test hook: the execution provider tried for device 'cuda' */
  readonly gpuProvider?: string;
  /** set in a worker thread: every call into onnxruntime's native code passes it (./nativeGate.ts) */
  readonly gate?: NativeGate;
}

export class OrtOps {
  readonly device: Device;
  private readonly sessions = new Map<string, Session>();
  private readonly scratchBuffers = new Map<string, Float64Array>();

  private constructor(
    private readonly ort: Ort,
    device: Device,
    private readonly threads: number | (() => number),
    private readonly provider: string,
    private readonly gate: NativeGate,
  ) {
    this.device = device;
  }

  /**
   * Loads onnxruntime-node and checks the requested device by creating a first session. 'cuda'
   * that cannot start falls back to 'cpu' with one log line. Returns null when onnxruntime-node
   * itself is unavailable (the caller then uses wasm only).
   */
  static async create(opts: OrtOpsOptions): Promise<OrtOps | null> {
    let ort: Ort;
    try {
      ort = (await import('onnxruntime-node')) as Ort;
    } catch (e) {
      opts.logger(`linalg: onnxruntime-node not available (${(e as Error).message.split('\n')[0]}); using wasm kernels only`);
      return null;
    }
    if (opts.device === 'cuda' && (opts.gpuProvider ?? 'cuda') === 'cuda' && cudaProviderFiles() === 'absent') {
      opts.logger(
        'linalg: CUDA execution provider unavailable (onnxruntime-node was installed without its CUDA libraries: reinstall with ONNXRUNTIME_NODE_INSTALL=cuda12); falling back to CPU',
      );
    } else if (opts.device === 'cuda') {
      const gpu = new OrtOps(ort, 'cuda', opts.threads, opts.gpuProvider ?? 'cuda', opts.gate ?? ungated);
      try {
        await gpu.session('matmul');
        return gpu;
      } catch (e) {
        opts.logger(`linalg: CUDA execution provider unavailable (${(e as Error).message.split('\n')[0]?.trim()}); falling back to CPU`);
      }
    }
    const cpu = new OrtOps(ort, 'cpu', opts.threads, 'cpu', opts.gate ?? ungated);
    try {
      await cpu.session('matmul');
    } catch (e) {
      opts.logger(`linalg: onnxruntime CPU session failed (${(e as Error).message.split('\n')[0]}); using wasm kernels only`);
      return null;
    }
    return cpu;
  }

  private async session(name: GraphName): Promise<Session> {
    return this.sessionFor(name, GRAPHS[name]);
  }

  private async sessionFor(name: string, spec: GraphSpec): Promise<Session> {
    const threads = typeof this.threads === 'number' ? this.threads : Math.max(1, Math.floor(this.threads()));
    const key = `${name}/${threads}`;
    const have = this.sessions.get(key);
    if (have) return have;
    const options: import('onnxruntime-node').InferenceSession.SessionOptions = {
      executionProviders: [this.provider],
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      // A provider that cannot start is reported once by OrtOps.create, not by onnxruntime's log.
      logSeverityLevel: 4,
      // No arena: the trailing-matrix intermediates (p^2 doubles) are returned to the OS after each run,
      // which keeps peak memory near 2.3 matrix copies for a 4096x11008 layer (no time difference measured at 2048x5632).
      enableCpuMemArena: false,
      // Several small sessions share two cores with the wasm threads: spinning pools would fight.
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    };
    // Every call into native code passes the gate (a worker's counts them, ./nativeGate.ts), so the thread can be stopped safely.
    const gate = this.gate;
    const created = await gate(() => this.ort.InferenceSession.create(encodeModel(spec), options));
    const s: Session = { run: ((feeds: never, fetches?: never) => gate(() => created.run(feeds, fetches))) as Session['run'], release: () => gate(() => created.release()) };
    this.sessions.set(key, s);
    return s;
  }

  /**
   * A float64 work array of `length` elements that this engine keeps for the next call of the same
   * name (the ESD's p x p ping-pong matrices): fresh 32 MiB arrays per layer cost more in page
   * faults (zeroed pages, unmapped at each collection) than their computation does. Not zeroed:
   * callers overwrite every element they read. Valid until the next `scratch` of that name.
   */
  scratch(name: string, length: number): Float64Array {
    const have = this.scratchBuffers.get(name);
    if (have && have.length >= length) return have.subarray(0, length);
    const fresh = new Float64Array(length);
    this.scratchBuffers.set(name, fresh);
    return fresh;
  }

  private tensor(data: Float64Array, dims: readonly number[]) {
    return new this.ort.Tensor('float64', data, dims);
  }

  /** C (m x n) = A (m x k) B^T (B is n x k); `out` (length m*n) receives C when given. */
  async gemmNT(A: Float64Array, m: number, k: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array> {
    const s = await this.session('gemmNT');
    const fetches = out ? { C: this.tensor(out, [m, n]) } : undefined;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [n, k]) }, fetches as never);
    return r['C']!.data as Float64Array;
  }

  /** C (m x n) = A (m x k) B (k x n). */
  async matmul(A: Float64Array, m: number, k: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array> {
    const s = await this.session('matmul');
    const fetches = out ? { C: this.tensor(out, [m, n]) } : undefined;
    const r = await s.run({ A: this.tensor(A, [m, k]), B: this.tensor(B, [k, n]) }, fetches as never);
    return r['C']!.data as Float64Array;
  }

  /** C (m x n) = A (m x k) B (k x n) in float32. */
  async matmul32(A: Float32Array, m: number, k: number, B: Float32Array, n: number): Promise<Float32Array> {
    const s = await this.session('matmul32');
    const r = await s.run({ A: new this.ort.Tensor('float32', A, [m, k]), B: new this.ort.Tensor('float32', B, [k, n]) });
    return r['C']!.data as Float32Array;
  }

  /** C (m x n) = A (m x k) B^T in float32 (B is n x k); `out` receives C when given. */
  async gemmNT32(A: Float32Array, m: number, k: number, B: Float32Array, n: number, out?: Float32Array): Promise<Float32Array> {
    const s = await this.session('gemmNT32');
    const fetches = out ? { C: new this.ort.Tensor('float32', out, [m, n]) } : undefined;
    const r = await s.run({ A: new this.ort.Tensor('float32', A, [m, k]), B: new this.ort.Tensor('float32', B, [n, k]) }, fetches as never);
    return r['C']!.data as Float32Array;
  }

  /** A Chebyshev filter round in float32 (see chebyshevFilterGraph): returns Y_degree (p x l). */
  async chebyshevFilter32(G: Float32Array, p: number, Q: Float64Array, GQ: Float64Array, l: number, first: { a: number; ac: number }, steps: readonly ChebyshevStep[]): Promise<Float64Array> {
    const degree = steps.length + 1;
    const s = await this.sessionFor(`chebyshev${degree}`, chebyshevFilterGraph(degree));
    const f = (v: number) => new this.ort.Tensor('float32', Float32Array.of(v), []);
    const feeds: Record<string, import('onnxruntime-node').Tensor> = {
      G: new this.ort.Tensor('float32', G, [p, p]),
      Q: new this.ort.Tensor('float32', new Float32Array(Q), [p, l]),
      GQ: new this.ort.Tensor('float32', new Float32Array(GQ), [p, l]),
      a1: f(first.a),
      ac1: f(first.ac),
    };
    steps.forEach((st, i) => {
      feeds[`a${i + 2}`] = f(st.a);
      feeds[`ac${i + 2}`] = f(st.ac);
      feeds[`b${i + 2}`] = f(st.b);
    });
    const r = await s.run(feeds);
    return new Float64Array(r['Y']!.data as Float32Array);
  }

  /** A (m x n, float64) rounded to float32. */
  async cast32(A: Float64Array, m: number, n: number): Promise<Float32Array> {
    const s = await this.session('cast32');
    const r = await s.run({ A: this.tensor(A, [m, n]) });
    return r['C']!.data as Float32Array;
  }

  /** C (m x n) = A^T B with A (k x m), B (k x n). */
  async gemmTN(A: Float64Array, k: number, m: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array> {
    const s = await this.session('gemmTN');
    const fetches = out ? { C: this.tensor(out, [m, n]) } : undefined;
    const r = await s.run({ A: this.tensor(A, [k, m]), B: this.tensor(B, [k, n]) }, fetches as never);
    return r['C']!.data as Float64Array;
  }

  /** One band-reduction update (see GRAPHS.bandStep); writes the (s-b) x (s-b) result into out. */
  async bandStep(S: Float64Array, s: number, V: Float64Array, T: Float64Array, b: number, out: Float64Array): Promise<void> {
    const sess = await this.session('bandStep');
    const m = s - b;
    const i64 = (a: number, c: number) => new this.ort.Tensor('int64', BigInt64Array.from([BigInt(a), BigInt(c)]), [2]);
    await sess.run(
      { S: this.tensor(S.subarray(0, s * s), [s, s]), starts: i64(b, b), ends: i64(s, s), V: this.tensor(V, [m, b]), T: this.tensor(T, [b, b]) },
      { OUT: this.tensor(out.subarray(0, m * m), [m, m]) } as never,
    );
  }

  /** Z (m x b) of a panel inside a group; Arows = rows of S (m x s), Vpad = V with zero rows on top. */
  async panelZ(Arows: Float64Array, m: number, s: number, Vpad: Float64Array, V: Float64Array, T: Float64Array, b: number, Lc: Float64Array, Rc: Float64Array, c: number): Promise<Float64Array> {
    const sess = await this.session('panelZ');
    const r = await sess.run({
      Arows: this.tensor(Arows, [m, s]),
      Vpad: this.tensor(Vpad, [s, b]),
      V: this.tensor(V, [m, b]),
      T: this.tensor(T, [b, b]),
      Lc: this.tensor(Lc, [m, c]),
      Rc: this.tensor(Rc, [m, c]),
    });
    return r['Z']!.data as Float64Array;
  }

  /** P (m x n) - L (m x c) R (n x c)^T */
  async lowRankFix(P: Float64Array, m: number, n: number, L: Float64Array, R: Float64Array, c: number): Promise<Float64Array> {
    const sess = await this.session('lowRankFix');
    const r = await sess.run({ P: this.tensor(P, [m, n]), L: this.tensor(L, [m, c]), R: this.tensor(R, [n, c]) });
    return r['OUT']!.data as Float64Array;
  }

  /** out ((s-o) x (s-o)) = S[o:, o:] - L R^T with L, R ((s-o) x c). */
  async groupUpdate(S: Float64Array, s: number, o: number, L: Float64Array, R: Float64Array, c: number, out: Float64Array): Promise<void> {
    const m = s - o;
    await this.groupUpdateRows(this.tensor(S.subarray(0, s * s), [s, s]), o, 0, m, L, R, c, out.subarray(0, m * m));
  }

  /**
   * groupUpdate computing only the lower triangle, in block rows (lowerBlockRows), then mirrored:
   * (nb + 1) / (2 nb) of the full product's flops for nb block rows.
   */
  async groupUpdateLower(S: Float64Array, s: number, o: number, L: Float64Array, R: Float64Array, c: number, out: Float64Array, blockRows = 256): Promise<void> {
    const m = s - o;
    const rows = lowerBlockRows(m, blockRows);
    if (rows.length === 1) return this.groupUpdate(S, s, o, L, R, c, out);
    const tmp = new Float64Array(Math.ceil(m / rows.length + 1) * m);
    const Sin = this.tensor(S.subarray(0, s * s), [s, s]);
    for (const { r0, r1 } of rows) {
      const blk = tmp.subarray(0, (r1 - r0) * r1);
      await this.groupUpdateRows(Sin, o, r0, r1, L, R, c, blk);
      putLowerBlockRow(out, m, blk, r0, r1);
    }
    mirrorLower(out, m);
  }

  /** blk ((r1-r0) x r1) = S[o+r0 : o+r1, o : o+r1] - L[r0:r1] R[0:r1]^T. */
  private async groupUpdateRows(S: import('onnxruntime-node').Tensor, o: number, r0: number, r1: number, L: Float64Array, R: Float64Array, c: number, blk: Float64Array): Promise<void> {
    const sess = await this.session('groupUpdate');
    const i64 = (a: number, d: number) => new this.ort.Tensor('int64', BigInt64Array.from([BigInt(a), BigInt(d)]), [2]);
    await sess.run(
      { S, starts: i64(o + r0, o), ends: i64(o + r1, o + r1), L: this.tensor(L.subarray(r0 * c, r1 * c), [r1 - r0, c]), R: this.tensor(R.subarray(0, r1 * c), [r1, c]) },
      { OUT: this.tensor(blk, [r1 - r0, r1]) } as never,
    );
  }

  async dispose(): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.release()));
    this.sessions.clear();
    this.scratchBuffers.clear();
  }
}
