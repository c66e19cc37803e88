/**
 * The cached baseline is read like any report: validated against src/report/run-schema.json. A
 * report from an older tool, or one damaged in the cache, is "no baseline" with the reason, not a
 * comparison against garbage and not a failure.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreBaseline, type CacheApi } from '../../src/action/cache.js';
import { report as fixtureReport } from '../report/fixtures.js';

function cacheHolding(text: string): CacheApi {
  return {
    isFeatureAvailable: () => true,
    restoreCache: async (paths, key) => {
      const dir = path.join(process.cwd(), paths[0]!);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'baseline.json'), text);
      return key;
    },
    saveCache: async () => 0,
  };
}

const args = (workspace: string, cache: CacheApi) => ({ cache, workspace, modelSource: 'm.onnx', configHash: 'c'.repeat(64), modelSha256: 'e'.repeat(64) });

describe('restoreBaseline validates the cached report', () => {
  it('a report with another schema version is refused with the path (the action then warns: no baseline)', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'ww-cache-'));
    const err = await restoreBaseline(args(ws, cacheHolding(JSON.stringify({ schemaVersion: 2, verdict: { status: 'maybe' } })))).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('INPUT_INVALID');
    expect((err as Error).message).toMatch(/schemaVersion/);
  });

  it('a valid report is found and read back unchanged', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'ww-cache-'));
    const cached = fixtureReport();
    const got = await restoreBaseline(args(ws, cacheHolding(JSON.stringify(cached))));
    expect(got.found).toBe(true);
    expect(got.found && got.report.verdict).toEqual(cached.verdict);
    expect(got.found && got.exact).toBe(true);
  });
});
