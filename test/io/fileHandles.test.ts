/**
 * FileHandles (src/io/fileHandles.ts): concurrent reads of one file share one handle, so none is
 * left for the garbage collector to close (Node 24 prints DEP0137 for that); closeAll closes what
 * was opened; a failed open is reported through the caller's error and not remembered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileHandles } from '../../src/io/fileHandles.js';

const dir = mkdtempSync(join(tmpdir(), 'ww-handles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('FileHandles', () => {
  it('gives concurrent callers the same handle and closes it once', async () => {
    const file = join(dir, 'a.bin');
    writeFileSync(file, Buffer.from([1, 2, 3]));
    const handles = new FileHandles();
    const [a, b] = await Promise.all([handles.get(file), handles.get(file)]);
    expect(a).toBe(b);
    expect(a.fd).toBeGreaterThanOrEqual(0);
    await handles.closeAll();
    expect(a.fd).toBe(-1); // closed explicitly
    const again = await handles.get(file);
    expect(again).not.toBe(a);
    await handles.closeAll();
  });

  it('maps a failed open to the caller error and retries on the next call', async () => {
    const file = join(dir, 'later.bin');
    const handles = new FileHandles();
    await expect(handles.get(file, (e) => new Error(`wrapped: ${e.message}`))).rejects.toThrow(/^wrapped: ENOENT/);
    writeFileSync(file, 'x');
    const h = await handles.get(file);
    expect(h.fd).toBeGreaterThanOrEqual(0);
    await handles.closeAll();
  });
});
