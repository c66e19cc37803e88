/**
 * Reading a report.json back (CLI gate/report, baselines from files, the action's `report:` input)
 * with a clear error for anything else. In the fork-safe workflow_run recipe the file comes from an
 * artifact an untrusted fork run uploaded, so it is validated against src/report/run-schema.json
 * (types, enums, string and array bounds) before anything renders or gates it; an error names the
 * JSON path, the offending value (truncated) and what was expected.
 */
import { stat, readFile } from 'node:fs/promises';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { WwError } from '../errors.js';
import analyzeSchema from './analyze-schema.json' with { type: 'json' };
import runSchema from './run-schema.json' with { type: 'json' };
import { restoreNonFinite } from './nonFinite.js';
import type { RunReport } from './types.js';
import { valueAtPointer as valueAt } from '../util/jsonPointer.js';

/** Larger files are refused unread: a real report of a 100000-layer model stays well below this. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** At most this many problems are listed in one error message. */
const MAX_LISTED_ERRORS = 5;
/** Values and keys quoted in messages are cut to this many characters. */
const MAX_QUOTED_CHARS = 80;

let validator: ValidateFunction<RunReport> | null = null;

/** The compiled schema, built on first use (commands that never read a report never pay for it). */
function runReportValidator(): ValidateFunction<RunReport> {
  if (!validator) {
    // allErrors stays off: a hostile file with millions of bad items must not make millions of errors.
    const ajv = new Ajv2020({ strict: true, allErrors: false });
    ajv.addSchema(analyzeSchema);
    validator = ajv.compile<RunReport>(runSchema);
  }
  return validator;
}

export async function readRunReport(file: string): Promise<RunReport> {
  let text: string;
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw new WwError('INPUT_INVALID', `report file ${file} is a folder; expected a report.json file`, { file });
    const size = st.size;
    if (size > MAX_REPORT_BYTES) {
      throw new WwError('INPUT_INVALID', `report file ${file} is ${size} bytes, more than a ww-smooth run report can be (${MAX_REPORT_BYTES})`, { file, size });
    }
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof WwError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new WwError('INPUT_INVALID', code === 'ENOENT' ? `report file ${file} does not exist` : `cannot read report file ${file}: ${(err as Error).message}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new WwError('INPUT_INVALID', `report file ${file} is not JSON: ${(err as Error).message}`, { file });
  }
  return validateRunReport(data, `report file ${file}`);
}

/**
 * Checks parsed JSON against run-schema.json and returns it typed, or throws INPUT_INVALID naming
 * `source` (e.g. "report file out/report.json") and each problem: "/verdict/status: "maybe" must be
 * one of "pass", "warn", "fail"".
 */
export function validateRunReport(data: unknown, source: string): RunReport {
  const validate = runReportValidator();
  if (validate(data)) return restoreNonFinite(data);
  const problems = describeErrors(validate.errors ?? [], data);
  const version = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>)['schemaVersion'] : undefined;
  const what = version === 1 ? 'is not a valid ww-smooth run report' : 'is not a ww-smooth run report (schemaVersion 1, from `ww-smooth run` or the action)';
  throw new WwError('INPUT_INVALID', `${source} ${what}: ${problems.join('; ')}`, { source, errors: problems });
}

/** One line per problem: "<JSON pointer>: <value> <what was expected>". */
function describeErrors(errors: readonly ErrorObject[], data: unknown): string[] {
  // The branch errors of anyOf/if/propertyNames say more than their summary error.
  const summaries = new Set(['anyOf', 'if', 'propertyNames']);
  let list = errors.filter((e) => !summaries.has(e.keyword));
  if (list.length === 0) list = [...errors];
  // A nullable field (anyOf null | X) fails both branches: fold "must be null" into the other branch's error.
  const isNullBranch = (e: ErrorObject): boolean => e.keyword === 'type' && (e.params as { type: unknown }).type === 'null';
  const nullable = new Set(list.filter(isNullBranch).map((e) => e.instancePath));
  const others = list.filter((e) => !isNullBranch(e));
  if (others.length > 0) list = others;
  const lines: string[] = [];
  for (const e of list) {
    const at = printable(e.instancePath || '/');
    let line: string;
    if (e.keyword === 'additionalProperties') {
      line = `${at}: unknown key ${quote((e.params as { additionalProperty: string }).additionalProperty)}`;
    } else if (e.keyword === 'required') {
      line = `${at}: missing key ${quote((e.params as { missingProperty: string }).missingProperty)}`;
    } else if (e.propertyName !== undefined) {
      line = `${at}: key ${quote(e.propertyName)} ${expectation(e)}`;
    } else {
      const orNull = e.keyword === 'type' && nullable.has(e.instancePath) ? ' or null' : '';
      line = `${at}: ${describeValue(valueAt(data, e.instancePath))} ${expectation(e)}${orNull}`;
    }
    if (!lines.includes(line)) lines.push(line);
  }
  if (lines.length > MAX_LISTED_ERRORS) return [...lines.slice(0, MAX_LISTED_ERRORS), `and ${lines.length - MAX_LISTED_ERRORS} more`];
  return lines;
}

function expectation(e: ErrorObject): string {
  switch (e.keyword) {
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    case 'type':
      return `must be ${String((e.params as { type: string | string[] }).type).split(',').join(' or ')}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}

/** A short, safe rendering of a value from an untrusted file (long strings and big objects cut). */
function describeValue(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `array of ${v.length} items`;
  if (v !== null && typeof v === 'object') {
    const keys = Object.keys(v);
    return keys.length === 0 ? 'object {}' : `object with keys ${keys.slice(0, 5).map(quote).join(', ')}${keys.length > 5 ? ', ...' : ''}`;
  }
  return v === undefined ? 'nothing' : String(v);
}

function quote(s: string): string {
  return s.length > MAX_QUOTED_CHARS ? `${JSON.stringify(s.slice(0, MAX_QUOTED_CHARS))}... (${s.length} characters)` : JSON.stringify(s);
}

/** A JSON pointer from an untrusted file as one short line (its keys are the file's). */
function printable(pointer: string): string {
  const escaped = JSON.stringify(pointer).slice(1, -1);
  return escaped.length > 2 * MAX_QUOTED_CHARS ? `${escaped.slice(0, 2 * MAX_QUOTED_CHARS)}...` : escaped;
}

