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
export const ungated: NativeGate = (call) => call();

const STOP = 0;
const IN_NATIVE = 1;

/** The shared state of one worker's gate: [stop, calls in native code]. */
export function gateState(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** The worker's side: a call made once STOP is up never starts (its promise stays pending; the thread is about to stop). */
export function workerGate(state: Int32Array): NativeGate {
  return async <T>(call: () => Promise<T>): Promise<T> => {
    Atomics.add(state, IN_NATIVE, 1);
    if (Atomics.load(state, STOP) !== 0) {
      leave(state);
      return new Promise<T>(() => {});
    }
    try {
      return await call();
    } finally {
      leave(state);
    }
  };
}

function leave(state: Int32Array): void {
  Atomics.sub(state, IN_NATIVE, 1);
  Atomics.notify(state, IN_NATIVE);
}

/**
 * The stopper's side, blocking (for a process 'exit' handler, where nothing asynchronous runs):
 * raises STOP and waits until the worker is out of native code. True when it is; false after
 * `timeoutMs` (one native call is one matrix product, seconds at most).
 */
export function closeGateSync(state: Int32Array, timeoutMs: number): boolean {
  Atomics.store(state, STOP, 1);
  const end = performance.now() + timeoutMs;
  for (;;) {
    const n = Atomics.load(state, IN_NATIVE);
    if (n === 0) return true;
    const left = end - performance.now();
    if (left <= 0) return false;
    Atomics.wait(state, IN_NATIVE, n, left);
  }
}

/** The stopper's side, without blocking the thread: looks again every few milliseconds. */
export async function closeGate(state: Int32Array, timeoutMs: number): Promise<boolean> {
  Atomics.store(state, STOP, 1);
  const end = performance.now() + timeoutMs;
  while (Atomics.load(state, IN_NATIVE) !== 0) {
    if (performance.now() >= end) return false;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return true;
}
