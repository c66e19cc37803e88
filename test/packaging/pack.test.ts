/**
 * The npm package as a user gets it: `npm pack` of the repository (its committed dist/, which
 * .ci/run's check-dist proves current), the tarball installed into an empty prefix outside the
 * clone with the user's npm (no npm_* settings of this repository, no CUDA download), then:
 *   - the tarball holds what package.json "files" promises and nothing of the action's own entry,
 *     the sources or the tests;
 *   - `ww-smooth analyze | run | eval` from that prefix work on a model this test builds (ten dense
 *     layers, the demo tokenizer), and eval's perplexity is the one the source tree computes;
 *   - `import('ww-smooth-action')` prints nothing, keeps the process alive and exits it normally,
 *     loads no onnxruntime, starts no worker, leaves nothing behind, and exposes the engine;
 *   - README's library example typechecks against the shipped declarations.
 * Needs the npm registry or npm's cache (the dependencies of the tarball); .ci/run has both.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { DEMO_DIR, writeShardTestModel } from '../shard/models.js';
import { repoRoot } from '../helpers/shared.js';

const work = mkdtempSync(join(tmpdir(), 'ww-pack-'));
const prefix = join(work, 'prefix');
const modelDir = join(work, 'model');
const bin = join(prefix, 'node_modules', '.bin', 'ww-smooth');
let tarball = '';
let packedFiles: string[] = [];
let model = '';

/** The environment of a user's shell: none of the npm_* settings `npm test` passes down. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  // README: on npm versions that still run dependency install scripts, this keeps
  // onnxruntime-node's postinstall from downloading CUDA libraries (npm >= 11.10 blocks it anyway).
  env['ONNXRUNTIME_NODE_INSTALL'] = 'skip';
  return env;
}

function npm(args: string[], cwd: string): string {
  const npmCli = join(process.execPath, '..', process.platform === 'win32' ? 'npm.cmd' : 'npm');
  const exe = existsSync(npmCli) ? npmCli : 'npm';
  return execFileSync(exe, args, { cwd, env: userEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

function ww(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(bin, args, { cwd: modelDir, env: { ...userEnv(), WW_ONNXRUNTIME_DOWNLOAD: '0' }, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(() => {
  mkdirSync(prefix, { recursive: true });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], repoRoot)) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path).sort();
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], prefix);
}, 240_000);

beforeAll(async () => {
  model = await writeShardTestModel(modelDir);
  copyFileSync(join(DEMO_DIR, 'tokenizer.json'), join(modelDir, 'tokenizer.json'));
  copyFileSync(join(DEMO_DIR, 'eval.txt'), join(modelDir, 'eval.txt'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm package', () => {
  it('ships the CLI, the library with its types, the licences and the schema; not the action entry, sources or tests', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/THIRD_PARTY_NOTICES', 'dist/cli.js', 'dist/lib.js', 'dist/types/index.d.ts', 'src/config/schema.json']) {
      expect(packedFiles).toContain(f);
    }
    const unexpected = packedFiles.filter((f) => !(f.startsWith('dist/') || ['package.json', 'README.md', 'LICENSE', 'src/config/schema.json'].includes(f)));
    expect(unexpected).toEqual([]);
    expect(packedFiles).not.toContain('dist/index.js');
    // the CLI's chunks (esbuild code splitting, scripts/build.mjs), every one dist/cli.js can load
    expect(packedFiles.filter((f) => /^dist\/cli-[\w-]+\.js$/.test(f)).length).toBeGreaterThan(5);
    expect(packedFiles.filter((f) => f.startsWith('dist/node_modules/'))).toEqual([]);
    const installed = join(prefix, 'node_modules', 'ww-smooth-action');
    const notices = readFileSync(join(installed, 'dist', 'THIRD_PARTY_NOTICES'), 'utf8');
    // Every package the CLI bundles is named in the notices (commander is the CLI's own).
    expect(notices).toMatch(/^commander \d+\.\d+\.\d+$/m);
    expect(notices).toMatch(/^onnxruntime-node 1\.30\.0$/m);
  });

  it('installs with one runtime dependency and its bin on PATH', () => {
    const pkg = JSON.parse(readFileSync(join(prefix, 'node_modules', 'ww-smooth-action', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['onnxruntime-node']);
    expect(existsSync(bin)).toBe(true);
    // No CUDA provider library was fetched by onnxruntime-node's install script.
    const ortBin = join(prefix, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6', 'linux', 'x64');
    if (existsSync(ortBin)) expect(readdirSync(ortBin).filter((f) => f.includes('cuda'))).toEqual([]);
  });

  it('ww-smooth analyze works outside the clone', () => {
    const r = ww(['analyze', model, '--json', 'analyze.json', '--no-randomize']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(modelDir, 'analyze.json'), 'utf8')) as { layers: { status: string; metrics: { alpha: number } | null }[] };
    // The model has 1 + 4 x 2 + 1 dense layers (test/shard/models.ts).
    expect(report.layers).toHaveLength(10);
    for (const l of report.layers) expect([l.status, Number.isFinite(l.metrics?.alpha)]).toEqual(['analyzed', true]);
  }, 120_000);

  it('ww-smooth eval gives the perplexity the source tree computes', async () => {
    const r = ww(['eval', model, '--text', 'eval.txt', '--context', '64', '--max-tokens', '512', '--device', 'cpu', '--no-progress', '--json', 'eval.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const packaged = JSON.parse(readFileSync(join(modelDir, 'eval.json'), 'utf8')) as { perplexity: number; tokens: number };
    const source = await evaluatePerplexity({ modelPath: model, textFile: join(modelDir, 'eval.txt'), options: { context: 64, maxTokens: 512, device: 'cpu' } });
    expect(Math.abs(packaged.perplexity / source.perplexity - 1)).toBeLessThan(1e-9);
  }, 120_000);

  it('ww-smooth run writes the smoothed model and the report, exit status from the verdict', () => {
    const r = ww(['run', model, '--eval-text', 'eval.txt', '--context', '64', '--max-eval-tokens', '512', '--method', 'rank:2', '--max-perplexity-increase', '10000%', '--warn-perplexity-increase', '10000%', '--out-dir', 'out', '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ww-smooth gate (pass|warn)/);
    const report = JSON.parse(readFileSync(join(modelDir, 'out', 'report.json'), 'utf8')) as { smoothing: { layers: { k: number }[] } };
    expect(report.smoothing.layers.length).toBeGreaterThan(0);
    expect(report.smoothing.layers.every((l) => l.k === 2)).toBe(true);
    expect(existsSync(join(modelDir, 'out', 'smoothed.onnx'))).toBe(true);
  }, 120_000);

  it("import('ww-smooth-action') has no side effect", () => {
    // Inside the prefix: bare specifiers resolve upwards from the importing file, as in a dependent project.
    const probe = join(prefix, 'probe');
    mkdirSync(probe, { recursive: true });
    const script = [
      "import { createRequire } from 'node:module';",
      "import { readdirSync } from 'node:fs';",
      "const m = await import('ww-smooth-action');",
      "const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /onnxruntime/.test(f));",
      "const names = ['openModel', 'getEngine', 'analyzeModel', 'smoothModel', 'evaluatePerplexity', 'runPipeline', 'buildPlan', 'renderReport'];",
      'await new Promise((r) => setImmediate(r));',
      // Timers, sockets, workers, child processes or watchers the import left running (CloseReq: the loader's own file closes).
      "const running = process.getActiveResourcesInfo().filter((r) => r !== 'CloseReq');",
      "process.stdout.write(JSON.stringify({ missing: names.filter((n) => typeof m[n] !== 'function'), version: m.VERSION, loaded, running, files: readdirSync('.') }));",
    ].join('\n');
    writeFileSync(join(probe, 'probe.mjs'), script);
    const r = spawnSync(process.execPath, [join(probe, 'probe.mjs')], { cwd: probe, env: { ...userEnv(), NODE_PATH: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { missing: string[]; version: string; loaded: string[]; running: string[]; files: string[] };
    expect(out).toEqual({ missing: [], version: JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version, loaded: [], running: [], files: ['probe.mjs'] });
  }, 60_000);

  it("README's library example typechecks against the shipped declarations", () => {
    // The ```ts block of README "## Library", as a consumer module of the installed package.
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const library = readme.slice(readme.indexOf('\n## Library\n'));
    const example = /```ts\n([\s\S]*?)```/.exec(library)?.[1];
    expect(example).toContain("from 'ww-smooth-action'");
    const consumer = join(prefix, 'consumer.mts');
    writeFileSync(consumer, `${example!}export {};\n`);
    const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
    const typesDir = join(repoRoot, 'node_modules', '@types');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--typeRoots', typesDir, '--types', 'node', consumer], { cwd: prefix, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
