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
import { commandOf } from './commandLine.js';
import type { CliContext } from './context.js';

type Register = (program: Command, context: CliContext) => void;

/**
 * Each command's module, loaded only when the command line names it (all of them for the
 * program's own help, version and errors): the analyze command then loads a third of the CLI,
 * ~35 ms less before its first layer is read. In help order; `merge` is registered by run's module.
 */
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<{ register: Register }>])[] = [
  [['eval'], () => import('./commands/eval.js')],
  [['analyze'], () => import('./commands/analyze.js')],
  [['smooth'], () => import('./commands/smooth.js')],
  [['demo'], () => import('./commands/demo.js')],
  [['run', 'merge'], () => import('./commands/run.js')],
  [['gate'], () => import('./commands/gate.js')],
  [['report'], () => import('./commands/report.js')],
];

/** The program with the command `args` names (every command when it names none of them). */
export async function buildProgram(context: CliContext = {}, args: readonly string[] = []): Promise<Command> {
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
  const named = commandOf(args).name;
  const only = COMMANDS.filter(([names]) => named !== undefined && names.includes(named));
  for (const [, load] of only.length > 0 ? only : COMMANDS) (await load()).register(program, context);
  return program;
}

/** An error message longer than this (it may quote a 1 MB tensor name) is elided in the middle. */
const MAX_ERROR_CHARS = 4000;

export async function main(argv: readonly string[] = process.argv, context: CliContext = {}): Promise<number> {
  const program = await buildProgram(context, argv.slice(2));
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
