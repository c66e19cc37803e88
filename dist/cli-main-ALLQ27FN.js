/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  TOOL_VERSION
} from "./cli-chunk-AS4CLWWJ.js";
import {
  escapeTerminal
} from "./cli-chunk-WB4XQW7T.js";
import {
  elide
} from "./cli-chunk-WRW5N32G.js";
import {
  Command
} from "./cli-chunk-CMOYHSJF.js";
import {
  commandOf
} from "./cli-chunk-DWJMK4L4.js";
import {
  configureOnnxRuntime
} from "./cli-chunk-ZECIIAAG.js";
import "./cli-chunk-235QKKHE.js";
import {
  WwError,
  formatError
} from "./cli-chunk-VV6HVIHU.js";
import "./cli-chunk-4E3GJSB2.js";

// src/cli/main.ts
import * as path from "node:path";
var COMMANDS = [
  [["eval"], () => import("./cli-eval-NMHN2YC3.js")],
  [["analyze"], () => import("./cli-analyze-R2F4JSGG.js")],
  [["smooth"], () => import("./cli-smooth-6FQ4Y4ML.js")],
  [["demo"], () => import("./cli-demo-6JLCO5HA.js")],
  [["run", "merge"], () => import("./cli-run-CHNGQSO7.js")],
  [["gate"], () => import("./cli-gate-BB5O6DIL.js")],
  [["report"], () => import("./cli-report-3YF5W4KC.js")]
];
async function buildProgram(context = {}, args = []) {
  const program = new Command();
  program.name("ww-smooth").description("WeightWatcher spectral metrics, SVD smoothing (LASER) and perplexity gates for ONNX/safetensors models").version(TOOL_VERSION).option("--onnxruntime-path <dir>", "folder of an installed onnxruntime-node (e.g. a CUDA build); overrides $WW_ONNXRUNTIME_PATH").showHelpAfterError().exitOverride().hook("preAction", (root) => {
    const dir = root.opts().onnxruntimePath;
    if (dir) configureOnnxRuntime({ explicitPath: path.resolve(dir), log: (line) => process.stderr.write(`${line}
`) });
  });
  const named = commandOf(args).name;
  const only = COMMANDS.filter(([names]) => named !== void 0 && names.includes(named));
  for (const [, load] of only.length > 0 ? only : COMMANDS) (await load()).register(program, context);
  return program;
}
var MAX_ERROR_CHARS = 4e3;
async function main(argv = process.argv, context = {}) {
  const program = await buildProgram(context, argv.slice(2));
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (err) {
    const code = err.exitCode;
    if (code !== void 0 && !(err instanceof WwError)) return code;
    process.stderr.write(escapeTerminal(elide(formatError(err), MAX_ERROR_CHARS)) + "\n");
    if (process.env["WW_DEBUG"] && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    return 1;
  }
}
export {
  buildProgram,
  main
};
