/** The version written into reports (and compared across shard partials) is package.json's. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TOOL_VERSION } from '../../src/action/version.js';

describe('TOOL_VERSION', () => {
  it('equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});
