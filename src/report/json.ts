/**
 * Atomic file output for reports: write a temp file in the same folder, then rename, so a killed
 * run never leaves a half-written report.json.
 */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { RunReport } from './types.js';

export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export async function writeReportJson(file: string, report: RunReport): Promise<void> {
  await writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
}
