/**
 * No import cycle between the folders of src/ (DESIGN.md: data flows one way). The checker
 * (scripts/import-cycles.mjs) is first shown to find cycles in a synthetic tree, direct and
 * through a third folder, type-only and dynamic imports included, and to ignore comments.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared.js';

const script = join(repoRoot, 'scripts', 'import-cycles.mjs');
const work = mkdtempSync(join(tmpdir(), 'ww-cycles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(root: string): { status: number | null; cycles: string[]; stderr: string } {
  const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  const cycles = [...r.stderr.matchAll(/^import-cycles: (.+)$/gm)].map((m) => m[1]!);
  return { status: r.status, cycles, stderr: r.stderr };
}

function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe('folder import cycles', () => {
  it('finds a direct cycle, a three-folder cycle through type-only and dynamic imports, and ignores comments', () => {
    const root = tree('cyclic', {
      'errors.ts': 'export const e = 1;\n',
      'a/x.ts': "import { y } from '../b/y.js';\nimport { e } from '../errors.js';\nexport const x = y + e;\n",
      'b/y.ts': "export const y = 1;\nexport async function f() { return import('../a/x.js'); }\n",
      'c/p.ts': "import type { Q } from '../d/q.js';\nexport type P = Q;\n",
      'd/q.ts': "export { r } from '../e/r.js';\nexport type Q = number;\n",
      'e/r.ts': "// import { p } from '../f/p.js';\nimport type { P } from '../c/p.js';\nexport const r: P = 1;\n",
      'f/p.ts': "/* import { r } from '../e/r.js'; */\nimport { r } from '../e/r.js';\nexport const p = r;\n",
    });
    const r = check(root);
    expect(r.status).toBe(1);
    expect(r.cycles).toEqual(['a <-> b', 'c <-> d <-> e']);
    expect(r.stderr).toContain('a -> b (a/x.ts)');
  });

  it('passes a layered tree', () => {
    const root = tree('layered', {
      'a/x.ts': "import { y } from '../b/y.js';\nexport const x = y;\n",
      'b/y.ts': "import { z } from './z.js';\nexport const y = z;\n",
      'b/z.ts': 'export const z = 1;\n',
    });
    expect(check(root)).toMatchObject({ status: 0, cycles: [] });
  });

  it('src/ has none', () => {
    const r = check(join(repoRoot, 'src'));
    expect(r.cycles, r.stderr).toEqual([]);
    expect(r.status).toBe(0);
  });
});
