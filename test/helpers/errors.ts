/**
 * The WwError code a call ends with: 'ok' when it succeeds, `not a WwError: ...` for anything
 * else thrown (so a raw TypeError fails the comparison visibly). Takes a promise or a function.
 */
import { WwError } from '../../src/errors.js';

export function codeOfSync(f: () => unknown): string {
  try {
    f();
    return 'ok';
  } catch (e) {
    return describe(e);
  }
}

export async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
    return 'ok';
  } catch (e) {
    return describe(e);
  }
}

function describe(e: unknown): string {
  return e instanceof WwError ? e.code : `not a WwError: ${String(e)}`;
}
