/**
 * Report files on disk. Writes go through src/io/atomic.ts (temp file in the same folder, fsync,
 * rename, temp removed on failure or signal), so a killed run never leaves a half-written
 * report.json, comment.md or summary.md.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { writeFileAtomic as writeAtomic } from '../io/atomic.js';
import { makeFolder } from '../io/paths.js';
import { markNonFinite } from './nonFinite.js';
import type { RunReport } from './types.js';
import runSchema from './run-schema.json' with { type: 'json' };

/** Writes `data` to `file` atomically, creating the file's folder first if needed. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await makeFolder(path.dirname(path.resolve(file)), `folder of ${path.basename(file)}`);
  await writeAtomic(file, data);
}

/**
 * Writes the report as JSON that run-schema.json (and so readRunReport) accepts: a tensor name
 * longer than the schema's name limit (a model file can hold a 1 MB name) is shortened the one
 * way capText does, instead of writing a report that cannot be read back as a baseline; a NaN or
 * infinite perplexity keeps what it was (src/report/nonFinite.ts).
 */
export async function writeReportJson(file: string, report: RunReport): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(capReportStrings(markNonFinite(report)), null, 2) + '\n');
}

const defs = (runSchema as { $defs: Record<string, { maxLength?: number }> }).$defs;
/** Length limits of run-schema.json's string kinds. */
export const MAX_NAME_CHARS = defs['name']!.maxLength!;
export const MAX_TEXT_CHARS = defs['text']!.maxLength!;

/**
 * `text` cut to at most `max` characters: the start, then `…[N chars, sha256 XXXXXXXXXXXX]`, so
 * two long names that share their start stay distinct. Shorter text is returned as it is.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const suffix = `…[${text.length} chars, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 12)}]`;
  let keep = max - suffix.length;
  if (/[\uD800-\uDBFF]/.test(text[keep - 1] ?? '')) keep--; // never split a surrogate pair
  return text.slice(0, keep) + suffix;
}

/** Property names run-schema.json types as `name` or `text` (found from the schema itself). */
function keysOfKind(): { names: Set<string>; texts: Set<string> } {
  const names = new Set<string>();
  const texts = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, unknown> }).properties;
    for (const [key, sub] of Object.entries(props ?? {})) {
      const ref = JSON.stringify(sub);
      if (ref.includes('"#/$defs/name"')) names.add(key);
      else if (ref.includes('"#/$defs/text"')) texts.add(key);
    }
    Object.values(node).forEach(visit);
  };
  visit(runSchema);
  return { names, texts };
}

let kinds: { names: Set<string>; texts: Set<string> } | null = null;

/** A copy of `report` with every name and text field within the schema's length limits. */
export function capReportStrings<T>(report: T): T {
  kinds ??= keysOfKind();
  const { names, texts } = kinds;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return names.has(key) ? capText(v, MAX_NAME_CHARS) : texts.has(key) ? capText(v, MAX_TEXT_CHARS) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(report, '') as T;
}
