/**
 * What `import ... from 'onnxruntime-node'` becomes inside the dist bundles (scripts/build.mjs
 * redirects the specifier here). Engine code keeps its ordinary static import; in dist each export
 * is a thin proxy that loads the runtime on first use through src/runtime/ort.ts. Two things follow:
 * a run that never touches onnxruntime (analyze, smooth) does not need it at all, and a missing or
 * broken runtime surfaces as WwError RUNTIME_MISSING naming where it looked, at the first use,
 * instead of a module-link crash with a stack trace before the action can report anything.
 * The export list is checked against the real package at build time.
 */
import type * as Ort from 'onnxruntime-node';
import { requireOnnxRuntime } from './ort.js';

type OrtModule = typeof Ort;

function real(): OrtModule {
  return requireOnnxRuntime().ort;
}

/** A stand-in for a class or function export that forwards every use to the loaded one. */
function lazyFunction<K extends keyof OrtModule>(key: K): OrtModule[K] {
  const target = function () {} as unknown as object;
  const load = () => real()[key] as unknown as (...args: unknown[]) => unknown;
  return new Proxy(target, {
    get(_t, prop) {
      const fn = load();
      const value = Reflect.get(fn, prop, fn) as unknown;
      // Static methods (InferenceSession.create, Tensor.fromImage, Symbol.hasInstance) run on the real class.
      return typeof value === 'function' && prop !== 'prototype' ? (value as (...a: unknown[]) => unknown).bind(fn) : value;
    },
    has: (_t, prop) => Reflect.has(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(load()),
    apply: (_t, thisArg, args: unknown[]) => Reflect.apply(load(), thisArg, args),
    construct: (_t, args: unknown[]) => Reflect.construct(load(), args) as object,
  }) as unknown as OrtModule[K];
}

/** A stand-in for an object export (`env`). */
function lazyObject<K extends keyof OrtModule>(key: K): OrtModule[K] {
  const load = () => real()[key] as unknown as object;
  return new Proxy({} as object, {
    get: (_t, prop) => Reflect.get(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    has: (_t, prop) => Reflect.has(load(), prop),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, prop) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), prop);
      return d === undefined ? undefined : { ...d, configurable: true };
    },
  }) as unknown as OrtModule[K];
}

export const InferenceSession = lazyFunction('InferenceSession');
export const Tensor = lazyFunction('Tensor');
export const env = lazyObject('env');
export const listSupportedBackends = lazyFunction('listSupportedBackends');
export const registerBackend = lazyFunction('registerBackend');
export const TRACE = lazyFunction('TRACE');
export const TRACE_FUNC_BEGIN = lazyFunction('TRACE_FUNC_BEGIN');
export const TRACE_FUNC_END = lazyFunction('TRACE_FUNC_END');
export const TRACE_EVENT_BEGIN = lazyFunction('TRACE_EVENT_BEGIN');
export const TRACE_EVENT_END = lazyFunction('TRACE_EVENT_END');

/** The names above; scripts/build.mjs fails when the real package exports a different set. */
export const ORT_EXPORT_NAMES = [
  'InferenceSession',
  'Tensor',
  'env',
  'listSupportedBackends',
  'registerBackend',
  'TRACE',
  'TRACE_FUNC_BEGIN',
  'TRACE_FUNC_END',
  'TRACE_EVENT_BEGIN',
  'TRACE_EVENT_END',
] as const;

const ortDefault = {
  InferenceSession,
  Tensor,
  env,
  listSupportedBackends,
  registerBackend,
  TRACE,
  TRACE_FUNC_BEGIN,
  TRACE_FUNC_END,
  TRACE_EVENT_BEGIN,
  TRACE_EVENT_END,
};
export default ortDefault;
