/**
 * Report files on disk. Writes go through src/io/atomic.ts (temp file in the same folder, fsync,
 * rename, temp removed on failure or signal), so a killed run never leaves a half-written
 * report.json, comment.md or summary.md.
 */
import { mkdir } from 'node:fs/promises';
import * as path from 'node:path';
import { writeFileAtomic as writeAtomic } from '../io/atomic.js';
import type { RunReport } from './types.js';

/** Writes `data` to `file` atomically, creating the file's folder first if needed. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeAtomic(file, data);
}

export async function writeReportJson(file: string, report: RunReport): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
