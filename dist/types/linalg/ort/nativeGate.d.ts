/**
 * Why this exists: a worker thread stopped while it is inside onnxruntime-node's native code
 * (`worker.terminate()`, or the process exiting with the worker busy) aborts the whole process with
 * `terminate called after throwing an instance of 'Napi::Error'`: the binding's result conversion
 * meets a terminating isolate and throws a C++ exception nothing catches (onnxruntime-node 1.30,
 * measured: 15 of 15 exits with a busy worker). Stopped anywhere else (JavaScript, wasm, idle), a
 * worker stops cleanly.
 *
 * So each worker counts its calls into onnxruntime in a shared Int32Array, and whoever stops it
 * first raises STOP and then waits until the count is 0. A worker raises its count before it looks
 * at STOP (and backs out when STOP is up), so with sequentially consistent atomics either the worker
 * sees STOP or the stopper sees the count: no call can start unseen.
 */
/** Runs one call into native code (a session's create, run or release) under the gate. */
export type NativeGate = <T>(call: () => Promise<T>) => Promise<T>;
/** The gate of a thread nobody stops (the main thread): the call, as it is. */
export declare const ungated: NativeGate;
/** The shared state of one worker's gate: [stop, calls in native code]. */
export declare function gateState(): Int32Array;
/** The worker's side: a call made once STOP is up never starts (its promise stays pending; the thread is about to stop). */
export declare function workerGate(state: Int32Array): NativeGate;
/**
 * The stopper's side, blocking (for a process 'exit' handler, where nothing asynchronous runs):
 * raises STOP and waits until the worker is out of native code. True when it is; false after
 * `timeoutMs` (one native call is one matrix product, seconds at most).
 */
export declare function closeGateSync(state: Int32Array, timeoutMs: number): boolean;
/** The stopper's side, without blocking the thread: looks again every few milliseconds. */
export declare function closeGate(state: Int32Array, timeoutMs: number): Promise<boolean>;
