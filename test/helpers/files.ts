/** Listing files in tests (extracted runtimes, packaged dist folders). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir` (recursively), as paths joined onto `dir`; folders themselves are not listed. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}
