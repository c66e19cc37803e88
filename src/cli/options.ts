/**
 * Option value parsers shared by the CLI commands (commander `argParser`s): a bad value is a
 * usage error naming what was expected, raised before any work starts.
 */
import { InvalidArgumentError } from 'commander';
import { resolve } from 'node:path';
import { parseDecimal } from '../util/decimal.js';

/** A whole number >= `min` written in plain digits (no sign, exponent or fraction). */
export function integer(min: number): (value: string) => number {
  return (value) => {
    const n = parseDecimal(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got '${value}'`);
    return n;
  };
}

/**
 * Checks, before any work, the paths a command uses only at its end: the files it writes (a
 * folder, or a file where a folder must be, fails there; main failed with ENOENT/EISDIR after all
 * the computation) and files it reads late (a second model). `[path | undefined, what]` pairs.
 */
export async function checkLatePaths(writes: ReadonlyArray<readonly [string | undefined, string]>, reads: ReadonlyArray<readonly [string | undefined, string]> = []): Promise<void> {
  const { checkWritableFile, regularFile } = await import('../io/paths.js');
  for (const [file, what] of writes) if (file !== undefined) await checkWritableFile(resolve(file), what);
  for (const [file, what] of reads) if (file !== undefined) await regularFile(resolve(file), what, 'MODEL_NOT_FOUND');
}
