/**
 * `ww-smooth` command line: a thin shell over the engine, the same one the action uses, so a
 * CI verdict can be reproduced on a laptop. Each command lives in src/cli/commands/<name>.ts and
 * exports `register(program, context)`. Errors print as `error[CODE]: message` (no stack) and exit 1.
 * The executable is ./bin.ts, which calls `main`.
 */
import * as path from 'node:path';
import { Command } from 'commander';
import { TOOL_VERSION } from '../action/version.js';
import { formatError, WwError } from '../errors.js';
import { escapeTerminal } from '../report/escape.js';
import { elide } from '../util/pattern.js';
import { configureOnnxRuntime } from '../runtime/ort.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerAnalyze } from './commands/analyze.js';
import { register as registerSmooth } from './commands/smooth.js';
import { register as registerDemo } from './commands/demo.js';
import { register as registerRun } from './commands/run.js';
import { register as registerGate } from './commands/gate.js';
import { register as registerReport } from './commands/report.js';
import type { CliContext } from './context.js';

export function buildProgram(context: CliContext = {}): Command {
  const program = new Command();
  program
    .name('ww-smooth')
    .description('WeightWatcher spectral metrics, SVD smoothing (LASER) and perplexity gates for ONNX/safetensors models')
    .version(TOOL_VERSION)
    .option('--onnxruntime-path <dir>', 'folder of an installed onnxruntime-node (e.g. a CUDA build); overrides $WW_ONNXRUNTIME_PATH')
    .showHelpAfterError()
    .exitOverride()
    .hook('preAction', (root) => {
      const dir = root.opts<{ onnxruntimePath?: string }>().onnxruntimePath;
      if (dir) configureOnnxRuntime({ explicitPath: path.resolve(dir), log: (line) => process.stderr.write(`${line}\n`) });
    });
  // Commands register themselves below (one import per command file).
  registerEval(program);
  registerAnalyze(program, context);
  registerSmooth(program);
  registerDemo(program);
  registerRun(program, context);
  registerGate(program);
  registerReport(program);
  return program;
}

/** An error message longer than this (it may quote a 1 MB tensor name) is elided in the middle. */
const MAX_ERROR_CHARS = 4000;

export async function main(argv: readonly string[] = process.argv, context: CliContext = {}): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    // commander's own exits (help, version, usage errors) carry exitCode.
    const code = (err as { exitCode?: number; code?: string }).exitCode;
    if (code !== undefined && !(err instanceof WwError)) return code;
    // Messages quote names from the input: one bounded line, control characters escaped.
    process.stderr.write(escapeTerminal(elide(formatError(err), MAX_ERROR_CHARS)) + '\n');
    if (process.env['WW_DEBUG'] && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
    return 1;
  }
}
