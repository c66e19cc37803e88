/**
 * Model resolution in the real stages: a model URL may carry credentials or a signed query string;
 * neither may reach an error message (which the action prints and comments) or the report.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStages } from '../../src/engine/stages.js';

describe('defaultStages().resolveModel with a URL', () => {
  it('refuses an unpinned URL without echoing its secrets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-stages-'));
    const err = await defaultStages()
      .resolveModel('https://user:s3cret@127.0.0.1:9/m.onnx?sig=TOPSECRET', null, dir)
      .catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).not.toMatch(/s3cret|TOPSECRET/);
  });

  it('a failed download names the host but not the credentials or the signed query', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-stages-'));
    const err = await defaultStages()
      .resolveModel('https://user:s3cret@127.0.0.1:9/m.onnx?sig=TOPSECRET', 'a'.repeat(64), dir)
      .catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toContain('127.0.0.1');
    expect((err as Error).message).not.toMatch(/s3cret|TOPSECRET/);
  }, 120_000);
});
