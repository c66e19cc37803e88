/**
 * Option value parsers shared by the CLI commands (commander `argParser`s): a bad value is a
 * usage error naming what was expected, raised before any work starts.
 */
import { InvalidArgumentError } from 'commander';

/** A whole number >= `min` written in plain digits (no sign, exponent or fraction). */
export function integer(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got '${value}'`);
    return n;
  };
}
