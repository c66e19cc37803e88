/**
 * The one name matcher of the project: globs go through minimatch, `/regex/flags` through one
 * parser. Used for layer selectors (`smooth.layers`, `analyze --layers`), model globs and the
 * partial reports of a merge (the file walk itself is src/io/glob.ts).
 *
 * Untrusted text picks the pattern (a pull request edits the config), so the matcher must stay
 * bounded whatever it is given:
 *  - minimatch runs with brace expansion and extglobs off (`{1..1000000}` and `+(a|+(b))`
 *    would otherwise expand or backtrack), comments and negation off;
 *  - a `/regex/` loses the stateful `g` / `y` flags (RegExp.test with `g` skips every other
 *    match), and is refused (CONFIG_INVALID) when it can backtrack catastrophically: a
 *    repeated group that itself holds a repetition or an alternation (`(a+)+`, `(a|ab)*`),
 *    back-references, or more than MAX_UNBOUNDED unbounded repetitions (`.*a.*b.*c` is cubic
 *    in the name length). What is left runs in time polynomial of low degree in the name.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { WwError, type WwErrorCode } from '../errors.js';

/** Longest pattern accepted (a selector is written by hand). */
export const MAX_PATTERN_LENGTH = 1000;
/** Unbounded repetitions (`*`, `+`, `{n,}`) a regex may hold. */
export const MAX_UNBOUNDED = 2;

/**
 * Most items in one selector list (layers, exclude, one override's layers, --layers) and most
 * overrides: each item is tried on every layer, so 100,000 of them against 2,000 layers took
 * 4 minutes before the first stage. Configs written by hand hold a handful.
 */
export const MAX_SELECTOR_ITEMS = 256;

const BASE_OPTIONS: MinimatchOptions = { nobrace: true, noext: true, nocomment: true, nonegate: true, dot: true, optimizationLevel: 2 };

export interface NameMatcher {
  readonly text: string;
  /** A plain name without any wildcard (matches itself only). */
  readonly exact: boolean;
  test(candidate: string): boolean;
}

export interface PatternErrorContext {
  /** Config key or option named in messages, e.g. `smooth.layers` or `--layers`. */
  readonly key: string;
  readonly code?: WwErrorCode;
}

/** Shortens untrusted text for a message: at most `max` characters, the middle elided. */
export function elide(text: string, max = 120): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 5) / 2);
  return `${text.slice(0, half)} ... ${text.slice(text.length - half)}`;
}

/** Throws when a list holds more than MAX_SELECTOR_ITEMS `what` (selectors, overrides). */
export function checkSelectorCount(count: number, ctx: PatternErrorContext, what = 'selectors'): void {
  if (count <= MAX_SELECTOR_ITEMS) return;
  throw new WwError(ctx.code ?? 'CONFIG_INVALID', `${ctx.key}: ${count} ${what}, more than ${MAX_SELECTOR_ITEMS}; select with globs, /regex/, blocks: or roles: instead of listing layers one by one`, { key: ctx.key, count, limit: MAX_SELECTOR_ITEMS });
}

/** Items of untrusted text quoted for a message: the first few, each elided, and how many more. */
export function quoteList(items: readonly string[], max = 8): string {
  const shown = items.slice(0, max).map((t) => `'${elide(t)}'`);
  return items.length > max ? `${shown.join(', ')} and ${items.length - max} more` : shown.join(', ');
}

/** `/body/flags` → its parts; null when the text is not a regex literal. */
function regexLiteral(text: string): { body: string; flags: string } | null {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(text);
  return m ? { body: m[1]!, flags: m[2]! } : null;
}

/** A comma-separated list of patterns; a single /regex/ (which may contain commas) stays whole. */
export function splitPatternList(text: string): string[] {
  const t = text.trim();
  if (isRegexLiteral(t)) return [t];
  return t
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** True when `text` is written as a `/regex/flags` literal. */
export function isRegexLiteral(text: string): boolean {
  return regexLiteral(text) !== null;
}

/**
 * Why a regex body can backtrack catastrophically, or null. A small scanner over the source:
 * it tracks groups and character classes, counts unbounded quantifiers, and flags a quantified
 * group whose contents hold a quantifier or an alternation.
 */
export function catastrophicReason(body: string): string | null {
  interface Group {
    hasQuantifier: boolean;
    hasAlternation: boolean;
  }
  const stack: Group[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  let inClass = false;
  // The group just closed, waiting to see whether a quantifier follows it.
  let closed: Group | null = null;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const top = stack[stack.length - 1]!;
    if (ch === '\\') {
      const next = body[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'it uses a back-reference';
      i++;
      closed = null;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    const quant = quantifierAt(body, i);
    if (quant) {
      if (quant.unbounded) unbounded++;
      if (closed && quant.repeats && (closed.hasQuantifier || closed.hasAlternation)) {
        return closed.hasQuantifier ? 'a repeated group contains another repetition (nested quantifiers such as (a+)+)' : 'a repeated group contains an alternation (such as (a|ab)*)';
      }
      top.hasQuantifier = true;
      i += quant.length - 1;
      if (body[i + 1] === '?' || body[i + 1] === '+') i++; // lazy / possessive suffix
      closed = null;
      continue;
    }
    closed = null;
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      // Group prefixes (?: (?= (?! (?<= (?<! (?<name> are not quantifiers.
      const prefix = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(body.slice(i + 1, i + 64));
      if (prefix) i += prefix[0].length;
    }
    else if (ch === ')') {
      if (stack.length > 1) {
        const g = stack.pop()!;
        const parent = stack[stack.length - 1]!;
        parent.hasQuantifier ||= g.hasQuantifier;
        closed = g;
      }
    } else if (ch === '|') top.hasAlternation = true;
  }
  if (unbounded > MAX_UNBOUNDED) return `it holds ${unbounded} unbounded repetitions (at most ${MAX_UNBOUNDED}; each one multiplies the work by the name length)`;
  return null;
}

/** A quantifier starting at `i` (`*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`), or null. */
function quantifierAt(s: string, i: number): { length: number; unbounded: boolean; repeats: boolean } | null {
  const ch = s[i];
  if (ch === '*' || ch === '+') return { length: 1, unbounded: true, repeats: true };
  if (ch === '?') return { length: 1, unbounded: false, repeats: false };
  if (ch !== '{') return null;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
  if (!m) return null;
  const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
  return { length: m[0].length, unbounded: max === Infinity, repeats: max > 1 };
}

/**
 * Compiles a `/regex/flags` literal: `g` and `y` are dropped (they make `test` stateful), other
 * flags are kept when JavaScript knows them; a pattern that can backtrack catastrophically is refused.
 */
export function compileRegexLiteral(text: string, ctx: PatternErrorContext): RegExp {
  const lit = regexLiteral(text);
  const code = ctx.code ?? 'CONFIG_INVALID';
  if (!lit) throw new WwError(code, `${ctx.key}: ${JSON.stringify(elide(text))} is not a /regex/flags literal`, { key: ctx.key });
  checkLength(text, ctx);
  const flags = [...new Set(lit.flags.replace(/[gy]/g, ''))].join('');
  const why = catastrophicReason(lit.body);
  if (why) {
    throw new WwError(code, `${ctx.key}: regular expression ${elide(text)} is refused: ${why}; write it without nesting (e.g. /a+$/ for /(a+)+$/) or use a glob`, { key: ctx.key, received: elide(text) });
  }
  try {
    return new RegExp(lit.body, flags);
  } catch (err) {
    throw new WwError(code, `${ctx.key}: '${elide(text)}' is not a valid regular expression: ${(err as Error).message}`, { key: ctx.key, received: elide(text) });
  }
}

function checkLength(text: string, ctx: PatternErrorContext): void {
  if (text.length > MAX_PATTERN_LENGTH) {
    throw new WwError(ctx.code ?? 'CONFIG_INVALID', `${ctx.key}: pattern of ${text.length} characters is longer than ${MAX_PATTERN_LENGTH}: ${elide(text)}`, { key: ctx.key, length: text.length });
  }
}

/** Stand-in for `/` in names: layer globs treat a name as one string, so `*` crosses `/`. */
const SLASH = '\u2215';

/**
 * A name pattern for layer and tensor names: `/regex/flags` (searched in the name), else a glob
 * matched against the whole name where `*` is any run of characters (also `.` and `/`) and `?`
 * one character; `[`, `]` and `\` are literal (tensor names contain them). No wildcard: exact.
 */
export function compileNamePattern(text: string, ctx: PatternErrorContext): NameMatcher {
  if (isRegexLiteral(text)) {
    const rx = compileRegexLiteral(text, ctx);
    return { text, exact: false, test: (s) => rx.test(s) };
  }
  if (text.length === 0) throw new WwError(ctx.code ?? 'CONFIG_INVALID', `${ctx.key}: empty layer pattern`, { key: ctx.key });
  checkLength(text, ctx);
  const exact = !/[*?]/.test(text);
  if (exact) return { text, exact, test: (s) => s === text };
  const glob = text.replace(/[[\]\\]/g, (c) => `\\${c}`).replaceAll('/', SLASH).replace(/\*+/g, '*');
  const mm = new Minimatch(glob, BASE_OPTIONS);
  return { text, exact, test: (s) => mm.match(s.replaceAll('/', SLASH)) };
}

/** True when a path pattern holds a wildcard (`*`, `?`, `[...]`). */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** A path glob (minimatch semantics: `*` within one segment, `**` any number of segments). */
export function compilePathGlob(pattern: string, ctx: PatternErrorContext): (relativePosixPath: string) => boolean {
  checkLength(pattern, ctx);
  const mm = new Minimatch(pattern, BASE_OPTIONS);
  return (p) => mm.match(p);
}
