/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  InvalidArgumentError
} from "./cli-chunk-CMOYHSJF.js";
import {
  parseDecimal
} from "./cli-chunk-N7WT4SIP.js";

// src/cli/options.ts
import { resolve } from "node:path";
function integer(min) {
  return (value) => {
    const n = parseDecimal(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got '${value}'`);
    return n;
  };
}
async function checkLatePaths(writes, reads = []) {
  const { checkWritableFile, regularFile } = await import("./cli-paths-XZKIT3QN.js");
  for (const [file, what] of writes) if (file !== void 0) await checkWritableFile(resolve(file), what);
  for (const [file, what] of reads) if (file !== void 0) await regularFile(resolve(file), what, "MODEL_NOT_FOUND");
}

export {
  integer,
  checkLatePaths
};
