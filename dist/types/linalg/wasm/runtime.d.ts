export type ParallelKernel = 'gemm_nn' | 'gemm_nt' | 'mirror_lower' | 'band_to_tridiag_mt';
interface KernelExports {
    gemm_nn(M: number, N: number, K: number, alpha: number, A: number, lda: number, B: number, ldb: number, beta: number, C: number, ldc: number, tid: number, nth: number): void;
    gemm_nt(M: number, N: number, K: number, alpha: number, A: number, lda: number, B: number, ldb: number, beta: number, C: number, ldc: number, lower: number, tid: number, nth: number): void;
    mirror_lower(n: number, A: number, lda: number, tid: number, nth: number): void;
    panel_qr(m: number, b: number, P: number, ldp: number, R: number, T: number, work: number): void;
    band_to_tridiag(n: number, b: number, AB: number, ld: number, d: number, e: number, work: number): void;
    band_to_tridiag_mt(n: number, b: number, AB: number, ld: number, work: number, progress: number, tid: number, nth: number): void;
    band_extract(n: number, AB: number, ld: number, d: number, e: number): void;
    tql(n: number, d: number, e: number, V: number, ldv: number): number;
    sym_eig_topk(n: number, A: number, k: number, vals: number, Y: number, work: number): number;
    chol_inv_upper(n: number, A: number, L: number, Li: number, Rinv: number, tiny: number, ratio: number): number;
    xo_count(n: number, count: number, state: number, bits: number): void;
    xo_scatter_f32(n: number, src: number, dst: number, fill: number, state: number, bits: number): void;
    xo_scatter_f64(n: number, src: number, dst: number, fill: number, state: number, bits: number): void;
    fisher_yates_f32(n: number, d: number, state: number): void;
    fisher_yates_f64(n: number, d: number, state: number): void;
    __heap_base: WebAssembly.Global;
}
/**
 * The kernels compiled elsewhere (the layer pool's main thread compiles them once, while its workers
 * start, and posts the module: one compilation instead of one per worker). Used by the next
 * WasmRuntime.create in this thread.
 */
export declare function provideKernelModule(module: WebAssembly.Module): void;
/**
 * kernelModule on V8's background compiler threads: this thread goes on (the layer pool's main
 * thread reads the first layer meanwhile). The optimizing tier is held until the compilation has
 * finished, since the flags are read by the compile jobs, not only when they are queued.
 */
export declare function kernelModuleAsync(): Promise<WebAssembly.Module>;
/** Byte offsets of named float64 arrays inside the wasm memory for one job. */
export type Layout<K extends string> = Record<K, number>;
export declare class WasmRuntime {
    readonly threads: number;
    readonly memory: WebAssembly.Memory;
    readonly k: KernelExports;
    private readonly workers;
    private readonly ctrlByte;
    private readonly heapStart;
    private constructor();
    static create(threads: number): Promise<WasmRuntime>;
    /** Lays out float64 arrays (sizes in elements) after the control block, growing memory as needed. */
    layout<K extends string>(sizes: Record<K, number>): Layout<K>;
    /** A float64 view of `length` elements at byte offset `ptr` (valid until the next grow). */
    f64(ptr: number, length: number): Float64Array;
    /** Runs a row-parallel kernel on all threads and returns when every share is done. */
    parallel(kernel: ParallelKernel, args: readonly number[], threads?: number): void;
    dispose(): Promise<void>;
}
export {};
