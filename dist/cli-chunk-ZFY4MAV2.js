/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/eval/convention.ts
var DEFAULT_CONTEXT = 256;
var DEFAULT_MAX_TOKENS = 16384;
function describeConvention(r) {
  return `context ${r.context}, stride ${r.stride}, ${r.tokensScored} of ${r.tokensTotal} tokens scored`;
}

export {
  DEFAULT_CONTEXT,
  DEFAULT_MAX_TOKENS,
  describeConvention
};
