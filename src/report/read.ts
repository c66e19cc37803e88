/** Reading a report.json back (CLI gate/report, baselines from files), with a clear error for anything else. */
import { readFile } from 'node:fs/promises';
import { WwError } from '../errors.js';
import { RUN_REPORT_SCHEMA_VERSION, type RunReport } from './types.js';

export async function readRunReport(file: string): Promise<RunReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new WwError('INPUT_INVALID', code === 'ENOENT' ? `report file ${file} does not exist` : `cannot read report file ${file}: ${(err as Error).message}`, { file });
  }
  let data: Partial<RunReport> | null;
  try {
    data = JSON.parse(text) as Partial<RunReport> | null;
  } catch (err) {
    throw new WwError('INPUT_INVALID', `report file ${file} is not JSON: ${(err as Error).message}`, { file });
  }
  if (!data || data.schemaVersion !== RUN_REPORT_SCHEMA_VERSION || !data.spectral || !data.model || !data.perplexity) {
    throw new WwError('INPUT_INVALID', `report file ${file} is not a ww-smooth run report (schemaVersion ${RUN_REPORT_SCHEMA_VERSION}, from \`ww-smooth run\` or the action)`, { file });
  }
  return data as RunReport;
}
