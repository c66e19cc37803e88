/**
 * What we write, we can read (issue 14, case 5): a report with a non-finite perplexity and a
 * tensor name over the schema's 4096-character limit is written by writeReportJson and read back
 * by readRunReport (main: the name was written whole and the file failed the schema on read, so
 * it could not serve as a baseline).
 */
import { describe, it, expect } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capText, MAX_NAME_CHARS, writeReportJson } from '../../src/report/json.js';
import { readRunReport } from '../../src/report/read.js';
import { report, snapshot } from './fixtures.js';

describe('writeReportJson output reads back', () => {
  it('a 1 MB tensor name and a NaN perplexity', async () => {
    const long = 'w'.repeat(1_000_000);
    const twin = 'w'.repeat(999_999) + 'x'; // same start: must stay a different name
    const r = report({ original: snapshot([3, 4], [long, twin]), smoothed: snapshot([3.5, 4.5], [long, twin]), pSmoothed: Number.NaN });
    const file = join(await mkdtemp(join(tmpdir(), 'ww-rt-')), 'report.json');
    await writeReportJson(file, r);
    const back = await readRunReport(file);
    const names = back.spectral.original.layers.map((l) => l.name);
    expect(names.every((n) => n.length <= MAX_NAME_CHARS)).toBe(true);
    expect(names[0]).not.toBe(names[1]);
    expect(names[0]).toMatch(/^w+…\[1000000 chars, sha256 [0-9a-f]{12}\]$/);
    expect(back.smoothing!.layers[0]!.name).toBe(names[0]);
    expect(back.perplexity.smoothed!.perplexity).toBeNaN();
  });
  it('capText keeps short text and a surrogate pair whole', () => {
    expect(capText('abc', 10)).toBe('abc');
    const s = 'a'.repeat(50) + '😀'.repeat(100);
    const c = capText(s, 80);
    expect(c.length).toBeLessThanOrEqual(80);
    expect(c).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
