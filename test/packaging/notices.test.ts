/**
 * scripts/notices.mjs, on a node_modules tree laid out by the test: a package's own licence files
 * are reproduced verbatim, a package with none gets the standard MIT text with the copyright line
 * of its main file (else its author), a scoped/nested package is found by its innermost
 * node_modules folder, and a package whose licence text cannot be known fails the build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { packageDirOf, renderNotices } from '../../scripts/notices.mjs';

const root = mkdtempSync(join(tmpdir(), 'ww-notices-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

const project = { name: 'demo', version: '1.2.3', license: 'MIT' };
type Render = (root: string, usage: Map<string, Set<string>>, project: object, extra?: string) => string;
const render = renderNotices as Render;

describe('THIRD_PARTY_NOTICES', () => {
  it('maps bundled files to their package folder', () => {
    expect(packageDirOf('node_modules/a/lib/x.js')).toBe('node_modules/a');
    expect(packageDirOf('node_modules/@s/b/dist/y.js')).toBe('node_modules/@s/b');
    expect(packageDirOf('node_modules/@s/b/node_modules/c/index.js')).toBe('node_modules/@s/b/node_modules/c');
    expect(packageDirOf('src/cli/main.ts')).toBeNull();
  });

  it('reproduces licence files, synthesises MIT with the copyright line, and lists where each ships', () => {
    write('node_modules/a/package.json', JSON.stringify({ name: 'a', version: '1.0.0', license: 'ISC' }));
    write('node_modules/a/LICENSE', 'ISC License\r\n\r\nCopyright (c) A people\r\n');
    write('node_modules/@s/b/package.json', JSON.stringify({ name: '@s/b', version: '2.0.0', license: 'MIT', main: 'dist/index.js' }));
    write('node_modules/@s/b/dist/index.js', '"use strict";\n// Copyright (c) B Corporation. All rights reserved.\n');
    write('node_modules/c/package.json', JSON.stringify({ name: 'c', version: '3.0.0', license: 'MIT', author: { name: 'C Person' } }));
    const usage = new Map([
      ['node_modules/c', new Set(['dist/lib.js'])],
      ['node_modules/a', new Set(['dist/index.js', 'dist/cli.js'])],
      ['node_modules/@s/b', new Set(['dist/node_modules/b'])],
    ]);
    const text = render(root, usage, project, 'native part: see there');
    expect(text.startsWith('THIRD-PARTY SOFTWARE NOTICES for demo 1.2.3\n')).toBe(true);
    // Sorted by package name, each with its own text.
    expect(text.indexOf('\n@s/b 2.0.0\n')).toBeLessThan(text.indexOf('\na 1.0.0\n'));
    expect(text.indexOf('\na 1.0.0\n')).toBeLessThan(text.indexOf('\nc 3.0.0\n'));
    expect(text).toContain('a 1.0.0\nLicense: ISC\nShipped in: dist/cli.js, dist/index.js\n\nISC License\n\nCopyright (c) A people\n');
    expect(text).toContain('MIT License\n\nCopyright (c) B Corporation. All rights reserved.\n\nPermission is hereby granted');
    expect(text).toContain('MIT License\n\nCopyright (c) C Person\n\nPermission is hereby granted');
    expect(text).toContain('copyright line from package.json "author"');
    expect(text.trimEnd().endsWith('native part: see there')).toBe(true);
    // Deterministic: the same input gives the same bytes whatever the map's order.
    expect(render(root, new Map([...usage].reverse()), project, 'native part: see there')).toBe(text);
  });

  it('fails for a package whose licence text it cannot know', () => {
    write('node_modules/d/package.json', JSON.stringify({ name: 'd', version: '4.0.0', license: 'Apache-2.0' }));
    write('node_modules/e/package.json', JSON.stringify({ name: 'e', version: '5.0.0', license: 'MIT' }));
    const usage = new Map([
      ['node_modules/d', new Set(['dist/lib.js'])],
      ['node_modules/e', new Set(['dist/lib.js'])],
    ]);
    expect(() => render(root, usage, project)).toThrow(/node_modules\/d ships no licence file and declares "Apache-2.0".*node_modules\/e ships no licence file and names no copyright holder/);
  });
});
