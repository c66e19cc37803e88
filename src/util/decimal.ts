/**
 * Numbers typed by people (CLI flags, action inputs): decimal only. `Number()` alone also takes
 * `0x10`, `0b11`, `0o7`, `Infinity` and surrounding blanks, so `--context 0x10` meant 16; these
 * give NaN for anything but a plain decimal (`12`, `-0.5`, `1e3`, `.5`).
 */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value of a plain decimal number, else NaN. */
export function parseDecimal(raw: string): number {
  return DECIMAL.test(raw) ? Number(raw) : Number.NaN;
}
