/**
 * Option value parsers shared by the CLI commands (commander `argParser`s): a bad value is a
 * usage error naming what was expected, raised before any work starts.
 */
import { InvalidArgumentError } from 'commander';
import { parseDecimal } from '../util/decimal.js';

/** A whole number >= `min` written in plain digits (no sign, exponent or fraction). */
export function integer(min: number): (value: string) => number {
  return (value) => {
    const n = parseDecimal(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}, got '${value}'`);
    return n;
  };
}
