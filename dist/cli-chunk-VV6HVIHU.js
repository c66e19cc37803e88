/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/errors.ts
var WwError = class _WwError extends Error {
  code;
  /** Extra structured facts (file, tensor, key, expected, received) for the JSON report. */
  details;
  constructor(code, message, details = {}, options) {
    super(message, options);
    this.name = "WwError";
    this.code = code;
    this.details = details;
  }
  static is(err, code) {
    return err instanceof _WwError && (code === void 0 || err.code === code);
  }
};
function formatError(err) {
  if (err instanceof WwError) return `error[${err.code}]: ${err.message}`;
  if (err instanceof Error) return `error: ${err.message}`;
  return `error: ${String(err)}`;
}

export {
  WwError,
  formatError
};
