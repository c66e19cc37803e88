/**
 * Reading the command line before the CLI's parser is loaded (./bin.ts, ./main.ts): which command
 * it names, so only that command's code is loaded, and whether that command will analyse layers
 * on a worker pool, so its threads start first. Imports nothing.
 */

/** The command a command line names (the first word past the global options), if any. */
export function commandOf(args: readonly string[]): { readonly name: string | undefined; readonly rest: readonly string[] } {
  // global options before the command: only --onnxruntime-path takes a value
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) i += args[i] === '--onnxruntime-path' ? 2 : 1;
  return { name: args[i], rest: args.slice(i + 1) };
}

/**
 * Whether a command line will analyse layers on a pool: the `analyze` or `run` command, not on
 * `--device cuda`. A wrong guess costs only the threads' start-up (they are stopped at the end).
 */
export function commandWantsLayerWorkers(args: readonly string[]): boolean {
  const { name, rest } = commandOf(args);
  if (name !== 'analyze' && name !== 'run') return false;
  const device = rest.indexOf('--device');
  return !(rest.includes('--device=cuda') || (device >= 0 && rest[device + 1] === 'cuda'));
}
