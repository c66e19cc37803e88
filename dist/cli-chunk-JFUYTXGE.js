/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/smooth/types.ts
var SMOOTH_METHODS = ["detX", "percent", "rank-fraction", "mp", "tail", "rank"];
function parseMethodSpec(text) {
  const m = /^([A-Za-z-]+)(?::\s*(-?[0-9.eE+-]+))?$/.exec(text.trim());
  if (!m) return null;
  if (m[2] === void 0) return { name: m[1], value: null };
  const value = Number(m[2]);
  return Number.isFinite(value) ? { name: m[1], value } : null;
}

export {
  SMOOTH_METHODS,
  parseMethodSpec
};
