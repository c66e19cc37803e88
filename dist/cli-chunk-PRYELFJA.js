/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  requireOnnxRuntime
} from "./cli-chunk-ZECIIAAG.js";

// src/runtime/ortModule.ts
function real() {
  return requireOnnxRuntime().ort;
}
function lazyFunction(key) {
  const target = function() {
  };
  const load = () => real()[key];
  return new Proxy(target, {
    get(_t, prop) {
      const fn = load();
      const value = Reflect.get(fn, prop, fn);
      return typeof value === "function" && prop !== "prototype" ? value.bind(fn) : value;
    },
    has: (_t, prop) => Reflect.has(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(load()),
    apply: (_t, thisArg, args) => Reflect.apply(load(), thisArg, args),
    construct: (_t, args) => Reflect.construct(load(), args)
  });
}
function lazyObject(key) {
  const load = () => real()[key];
  return new Proxy({}, {
    get: (_t, prop) => Reflect.get(load(), prop),
    set: (_t, prop, value) => Reflect.set(load(), prop, value),
    has: (_t, prop) => Reflect.has(load(), prop),
    ownKeys: () => Reflect.ownKeys(load()),
    getOwnPropertyDescriptor: (_t, prop) => {
      const d = Reflect.getOwnPropertyDescriptor(load(), prop);
      return d === void 0 ? void 0 : { ...d, configurable: true };
    }
  });
}
var InferenceSession = lazyFunction("InferenceSession");
var Tensor = lazyFunction("Tensor");
var env = lazyObject("env");
var listSupportedBackends = lazyFunction("listSupportedBackends");
var registerBackend = lazyFunction("registerBackend");
var TRACE = lazyFunction("TRACE");
var TRACE_FUNC_BEGIN = lazyFunction("TRACE_FUNC_BEGIN");
var TRACE_FUNC_END = lazyFunction("TRACE_FUNC_END");
var TRACE_EVENT_BEGIN = lazyFunction("TRACE_EVENT_BEGIN");
var TRACE_EVENT_END = lazyFunction("TRACE_EVENT_END");
var ORT_EXPORT_NAMES = [
  "InferenceSession",
  "Tensor",
  "env",
  "listSupportedBackends",
  "registerBackend",
  "TRACE",
  "TRACE_FUNC_BEGIN",
  "TRACE_FUNC_END",
  "TRACE_EVENT_BEGIN",
  "TRACE_EVENT_END"
];
var ortDefault = {
  InferenceSession,
  Tensor,
  env,
  listSupportedBackends,
  registerBackend,
  TRACE,
  TRACE_FUNC_BEGIN,
  TRACE_FUNC_END,
  TRACE_EVENT_BEGIN,
  TRACE_EVENT_END
};
var ortModule_default = ortDefault;

export {
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
  ORT_EXPORT_NAMES,
  ortModule_default
};
