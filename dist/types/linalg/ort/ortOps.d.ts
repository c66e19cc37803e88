import { type GraphSpec } from './onnxGraph.js';
import { type NativeGate } from './nativeGate.js';
export type Device = 'cpu' | 'cuda';
export type Logger = (line: string) => void;
declare const GRAPHS: {
    /** C = A B^T */
    readonly gemmNT: {
        readonly nodes: readonly [{
            readonly op: "Gemm";
            readonly inputs: readonly ["A", "B"];
            readonly outputs: readonly ["C"];
            readonly intAttrs: {
                readonly transB: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 11;
            readonly shape: readonly ["m", "k"];
        }, {
            readonly name: "B";
            readonly type: 11;
            readonly shape: readonly ["n", "k"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** C = A B */
    readonly matmul: {
        readonly nodes: readonly [{
            readonly op: "MatMul";
            readonly inputs: readonly ["A", "B"];
            readonly outputs: readonly ["C"];
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 11;
            readonly shape: readonly ["m", "k"];
        }, {
            readonly name: "B";
            readonly type: 11;
            readonly shape: readonly ["k", "n"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** C = A B in float32 (subspace filtering, where float32 rounding is harmless) */
    readonly matmul32: {
        readonly nodes: readonly [{
            readonly op: "MatMul";
            readonly inputs: readonly ["A", "B"];
            readonly outputs: readonly ["C"];
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 1;
            readonly shape: readonly ["m", "k"];
        }, {
            readonly name: "B";
            readonly type: 1;
            readonly shape: readonly ["k", "n"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 1;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** C = A B^T in float32 (the short-side Gram that only shapes the top-k subspace) */
    readonly gemmNT32: {
        readonly nodes: readonly [{
            readonly op: "Gemm";
            readonly inputs: readonly ["A", "B"];
            readonly outputs: readonly ["C"];
            readonly intAttrs: {
                readonly transB: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 1;
            readonly shape: readonly ["m", "k"];
        }, {
            readonly name: "B";
            readonly type: 1;
            readonly shape: readonly ["n", "k"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 1;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** float64 -> float32 (native and threaded: a JS loop over a whole layer costs ~50 ms) */
    readonly cast32: {
        readonly nodes: readonly [{
            readonly op: "Cast";
            readonly inputs: readonly ["A"];
            readonly outputs: readonly ["C"];
            readonly intAttrs: {
                readonly to: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 1;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** C = A^T B */
    readonly gemmTN: {
        readonly nodes: readonly [{
            readonly op: "Gemm";
            readonly inputs: readonly ["A", "B"];
            readonly outputs: readonly ["C"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "A";
            readonly type: 11;
            readonly shape: readonly ["k", "m"];
        }, {
            readonly name: "B";
            readonly type: 11;
            readonly shape: readonly ["k", "n"];
        }];
        readonly outputs: readonly [{
            readonly name: "C";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /**
     * One band-reduction step: A22 = S[b:, b:]; with Q = I - V T V^T,
     * out = Q^T A22 Q = A22 - [V Z][Z V]^T, Z = Y - 1/2 V (T^T V^T Y), Y = A22 V T.
     */
    readonly bandStep: {
        readonly nodes: readonly [{
            readonly op: "Slice";
            readonly inputs: readonly ["S", "starts", "ends"];
            readonly outputs: readonly ["A22"];
        }, {
            readonly op: "MatMul";
            readonly inputs: readonly ["A22", "V"];
            readonly outputs: readonly ["X"];
        }, {
            readonly op: "MatMul";
            readonly inputs: readonly ["X", "T"];
            readonly outputs: readonly ["Y"];
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["V", "Y"];
            readonly outputs: readonly ["W1"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["T", "W1"];
            readonly outputs: readonly ["M"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["V", "M", "Y"];
            readonly outputs: readonly ["Z"];
            readonly floatAttrs: {
                readonly alpha: -0.5;
                readonly beta: 1;
            };
        }, {
            readonly op: "Concat";
            readonly inputs: readonly ["V", "Z"];
            readonly outputs: readonly ["Lm"];
            readonly intAttrs: {
                readonly axis: 1;
            };
        }, {
            readonly op: "Concat";
            readonly inputs: readonly ["Z", "V"];
            readonly outputs: readonly ["Rm"];
            readonly intAttrs: {
                readonly axis: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["Lm", "Rm", "A22"];
            readonly outputs: readonly ["OUT"];
            readonly intAttrs: {
                readonly transB: 1;
            };
            readonly floatAttrs: {
                readonly alpha: -1;
                readonly beta: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "S";
            readonly type: 11;
            readonly shape: readonly ["s", "s"];
        }, {
            readonly name: "starts";
            readonly type: 7;
            readonly shape: readonly [2];
        }, {
            readonly name: "ends";
            readonly type: 7;
            readonly shape: readonly [2];
        }, {
            readonly name: "V";
            readonly type: 11;
            readonly shape: readonly ["m", "b"];
        }, {
            readonly name: "T";
            readonly type: 11;
            readonly shape: readonly ["b", "b"];
        }];
        readonly outputs: readonly [{
            readonly name: "OUT";
            readonly type: 11;
            readonly shape: readonly ["m", "m"];
        }];
    };
    /** Z of one panel (two-panel groups): X = A_rows Vpad - Lc (Rc^T V); Y = X T; Z = Y - 1/2 V T^T V^T Y. */
    readonly panelZ: {
        readonly nodes: readonly [{
            readonly op: "MatMul";
            readonly inputs: readonly ["Arows", "Vpad"];
            readonly outputs: readonly ["X0"];
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["Rc", "V"];
            readonly outputs: readonly ["RV"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["Lc", "RV", "X0"];
            readonly outputs: readonly ["X"];
            readonly floatAttrs: {
                readonly alpha: -1;
                readonly beta: 1;
            };
        }, {
            readonly op: "MatMul";
            readonly inputs: readonly ["X", "T"];
            readonly outputs: readonly ["Y"];
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["V", "Y"];
            readonly outputs: readonly ["W1"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["T", "W1"];
            readonly outputs: readonly ["M"];
            readonly intAttrs: {
                readonly transA: 1;
            };
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["V", "M", "Y"];
            readonly outputs: readonly ["Z"];
            readonly floatAttrs: {
                readonly alpha: -0.5;
                readonly beta: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "Arows";
            readonly type: 11;
            readonly shape: readonly ["m", "s"];
        }, {
            readonly name: "Vpad";
            readonly type: 11;
            readonly shape: readonly ["s", "b"];
        }, {
            readonly name: "V";
            readonly type: 11;
            readonly shape: readonly ["m", "b"];
        }, {
            readonly name: "T";
            readonly type: 11;
            readonly shape: readonly ["b", "b"];
        }, {
            readonly name: "Lc";
            readonly type: 11;
            readonly shape: readonly ["m", "c"];
        }, {
            readonly name: "Rc";
            readonly type: 11;
            readonly shape: readonly ["m", "c"];
        }];
        readonly outputs: readonly [{
            readonly name: "Z";
            readonly type: 11;
            readonly shape: readonly ["m", "b"];
        }];
    };
    /** OUT = P - L R^T (small corrections of a panel by the pending update) */
    readonly lowRankFix: {
        readonly nodes: readonly [{
            readonly op: "Gemm";
            readonly inputs: readonly ["L", "R", "P"];
            readonly outputs: readonly ["OUT"];
            readonly intAttrs: {
                readonly transB: 1;
            };
            readonly floatAttrs: {
                readonly alpha: -1;
                readonly beta: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "P";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }, {
            readonly name: "L";
            readonly type: 11;
            readonly shape: readonly ["m", "c"];
        }, {
            readonly name: "R";
            readonly type: 11;
            readonly shape: readonly ["n", "c"];
        }];
        readonly outputs: readonly [{
            readonly name: "OUT";
            readonly type: 11;
            readonly shape: readonly ["m", "n"];
        }];
    };
    /** OUT = S[r0:r1, c0:c1] - L R^T: a panel group's trailing update, whole or one block row of it */
    readonly groupUpdate: {
        readonly nodes: readonly [{
            readonly op: "Slice";
            readonly inputs: readonly ["S", "starts", "ends"];
            readonly outputs: readonly ["A"];
        }, {
            readonly op: "Gemm";
            readonly inputs: readonly ["L", "R", "A"];
            readonly outputs: readonly ["OUT"];
            readonly intAttrs: {
                readonly transB: 1;
            };
            readonly floatAttrs: {
                readonly alpha: -1;
                readonly beta: 1;
            };
        }];
        readonly inputs: readonly [{
            readonly name: "S";
            readonly type: 11;
            readonly shape: readonly ["s", "s"];
        }, {
            readonly name: "starts";
            readonly type: 7;
            readonly shape: readonly [2];
        }, {
            readonly name: "ends";
            readonly type: 7;
            readonly shape: readonly [2];
        }, {
            readonly name: "L";
            readonly type: 11;
            readonly shape: readonly ["h", "c"];
        }, {
            readonly name: "R";
            readonly type: 11;
            readonly shape: readonly ["n", "c"];
        }];
        readonly outputs: readonly [{
            readonly name: "OUT";
            readonly type: 11;
            readonly shape: readonly ["h", "n"];
        }];
    };
};
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
export declare function chebyshevFilterGraph(degree: number): GraphSpec;
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
export declare class OrtOps {
    private readonly ort;
    private readonly threads;
    private readonly provider;
    private readonly gate;
    readonly device: Device;
    private readonly sessions;
    private readonly scratchBuffers;
    private constructor();
    /**
     * Loads onnxruntime-node and checks the requested device by creating a first session. 'cuda'
     * that cannot start falls back to 'cpu' with one log line. Returns null when onnxruntime-node
     * itself is unavailable (the caller then uses wasm only).
     */
    static create(opts: OrtOpsOptions): Promise<OrtOps | null>;
    private session;
    private sessionFor;
    /**
     * A float64 work array of `length` elements that this engine keeps for the next call of the same
     * name (the ESD's p x p ping-pong matrices): fresh 32 MiB arrays per layer cost more in page
     * faults (zeroed pages, unmapped at each collection) than their computation does. Not zeroed:
     * callers overwrite every element they read. Valid until the next `scratch` of that name.
     */
    scratch(name: string, length: number): Float64Array;
    private tensor;
    /** C (m x n) = A (m x k) B^T (B is n x k); `out` (length m*n) receives C when given. */
    gemmNT(A: Float64Array, m: number, k: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array>;
    /** C (m x n) = A (m x k) B (k x n). */
    matmul(A: Float64Array, m: number, k: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array>;
    /** C (m x n) = A (m x k) B (k x n) in float32. */
    matmul32(A: Float32Array, m: number, k: number, B: Float32Array, n: number): Promise<Float32Array>;
    /** C (m x n) = A (m x k) B^T in float32 (B is n x k); `out` receives C when given. */
    gemmNT32(A: Float32Array, m: number, k: number, B: Float32Array, n: number, out?: Float32Array): Promise<Float32Array>;
    /** A Chebyshev filter round in float32 (see chebyshevFilterGraph): returns Y_degree (p x l). */
    chebyshevFilter32(G: Float32Array, p: number, Q: Float64Array, GQ: Float64Array, l: number, first: {
        a: number;
        ac: number;
    }, steps: readonly ChebyshevStep[]): Promise<Float64Array>;
    /** A (m x n, float64) rounded to float32. */
    cast32(A: Float64Array, m: number, n: number): Promise<Float32Array>;
    /** C (m x n) = A^T B with A (k x m), B (k x n). */
    gemmTN(A: Float64Array, k: number, m: number, B: Float64Array, n: number, out?: Float64Array): Promise<Float64Array>;
    /** One band-reduction update (see GRAPHS.bandStep); writes the (s-b) x (s-b) result into out. */
    bandStep(S: Float64Array, s: number, V: Float64Array, T: Float64Array, b: number, out: Float64Array): Promise<void>;
    /** Z (m x b) of a panel inside a group; Arows = rows of S (m x s), Vpad = V with zero rows on top. */
    panelZ(Arows: Float64Array, m: number, s: number, Vpad: Float64Array, V: Float64Array, T: Float64Array, b: number, Lc: Float64Array, Rc: Float64Array, c: number): Promise<Float64Array>;
    /** P (m x n) - L (m x c) R (n x c)^T */
    lowRankFix(P: Float64Array, m: number, n: number, L: Float64Array, R: Float64Array, c: number): Promise<Float64Array>;
    /** out ((s-o) x (s-o)) = S[o:, o:] - L R^T with L, R ((s-o) x c). */
    groupUpdate(S: Float64Array, s: number, o: number, L: Float64Array, R: Float64Array, c: number, out: Float64Array): Promise<void>;
    /**
     * groupUpdate computing only the lower triangle, in block rows (lowerBlockRows), then mirrored:
     * (nb + 1) / (2 nb) of the full product's flops for nb block rows.
     */
    groupUpdateLower(S: Float64Array, s: number, o: number, L: Float64Array, R: Float64Array, c: number, out: Float64Array, blockRows?: number): Promise<void>;
    /** blk ((r1-r0) x r1) = S[o+r0 : o+r1, o : o+r1] - L[r0:r1] R[0:r1]^T. */
    private groupUpdateRows;
    dispose(): Promise<void>;
}
export {};
