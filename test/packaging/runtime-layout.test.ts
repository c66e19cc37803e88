/**
 * The pruned onnxruntime-node that dist/ ships (docs/runtime.md): the pin agrees with
 * package-lock.json, scripts/build.mjs and src/runtime/layout.ts agree on the platforms and the
 * file rule, a build copies exactly the files the rule selects and they are byte-identical to the
 * installed package, and the committed size stays what docs/runtime.md states.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_PLATFORMS, isRuntimeFile, ORT_PIN } from '../../src/runtime/layout.js';
import { repoRoot } from '../helpers/shared.js';
import { listFiles } from '../helpers/files.js';


const out = mkdtempSync(join(tmpdir(), 'ww-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pruned runtime in dist/', () => {
  it('ort-pin.json matches package-lock.json', () => {
    const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string; integrity: string }> };
    for (const name of ['onnxruntime-node', 'onnxruntime-common'] as const) {
      const entry = lock.packages[`node_modules/${name}`]!;
      expect(ORT_PIN.packages[name].version).toBe(entry.version);
      expect(ORT_PIN.packages[name].integrity).toBe(entry.integrity);
      expect(ORT_PIN.packages[name].tarball).toBe(`https://registry.npmjs.org/${name}/-/${name}-${entry.version}.tgz`);
    }
  });

  it('scripts/build.mjs ships the platforms src/runtime/layout.ts expects', () => {
    const script = readFileSync(join(repoRoot, 'scripts', 'build.mjs'), 'utf8');
    const m = /export const BUNDLED_PLATFORMS = (\[[^\]]*\]);/.exec(script);
    expect(m).not.toBeNull();
    expect(JSON.parse(m![1]!.replace(/'/g, '"'))).toEqual([...BUNDLED_PLATFORMS]);
  });

  it('a build copies exactly the runtime files, byte-identical, and is deterministic', () => {
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), `--outdir=${join(out, 'a')}`, '--entries=cli'], { cwd: repoRoot });
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), `--outdir=${join(out, 'b')}`, '--entries=cli'], { cwd: repoRoot });
    execFileSync('diff', ['-r', join(out, 'a'), join(out, 'b')]); // throws on any difference
    let bytes = 0;
    const perPlatform: Record<string, number> = {};
    for (const pkg of ['onnxruntime-node', 'onnxruntime-common'] as const) {
      const installed = join(repoRoot, 'node_modules', pkg);
      const expected = listFiles(installed)
        .map((p) => relative(installed, p).split('\\').join('/'))
        .filter((rel) => BUNDLED_PLATFORMS.some((pa) => isRuntimeFile(pkg, rel, pa.split('/')[0], pa.split('/')[1])))
        .sort();
      const shipped = join(out, 'a', 'node_modules', pkg);
      const got = listFiles(shipped).map((p) => relative(shipped, p).split('\\').join('/')).sort();
      expect(got).toEqual(expected);
      for (const rel of got) {
        expect(readFileSync(join(shipped, rel)).equals(readFileSync(join(installed, rel))), rel).toBe(true);
        const size = statSync(join(shipped, rel)).size;
        bytes += size;
        const plat = /^bin\/napi-v6\/([^/]+\/[^/]+)\//.exec(rel)?.[1] ?? 'js';
        perPlatform[plat] = (perPlatform[plat] ?? 0) + size;
      }
    }
    // Nothing the runtime does not load: no sources, maps, type declarations, install scripts.
    expect(listFiles(join(out, 'a', 'node_modules')).filter((p) => /\.(map|ts)$|script[\\/]install/.test(p))).toEqual([]);
    console.log(`[packaging] dist/node_modules: ${(bytes / 1e6).toFixed(1)} MB`, Object.fromEntries(Object.entries(perPlatform).map(([k, v]) => [k, `${(v / 1e6).toFixed(2)} MB`])));
    // docs/runtime.md states about 72 MB (46 MB linux/x64 + 25.5 MB linux/arm64 + 0.1 MB JS).
    expect(bytes).toBeGreaterThan(60e6);
    expect(bytes).toBeLessThan(80e6);
    const manifest = JSON.parse(readFileSync(join(out, 'a', 'runtime-manifest.json'), 'utf8')) as { version: string; platforms: string[] };
    expect(manifest.version).toBe(ORT_PIN.version);
    expect(manifest.platforms).toEqual([...BUNDLED_PLATFORMS]);
  }, 60_000);

  it('the bundled CLI starts with a shebang and is executable', () => {
    const cli = join(out, 'a', 'cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });
});
