#!/usr/bin/env node
/**
 * `npm run build`: writes dist/ from src/ and node_modules/, byte-for-byte the same on every run
 * (no timestamps, no absolute paths, sorted file lists), so scripts/check-dist.sh can demand that a
 * rebuild changes nothing.
 *
 *   dist/index.js      the action (src/action/index.ts), ESM, everything bundled except onnxruntime;
 *                      only action.yml names it
 *   dist/cli.js        the `ww-smooth` executable (src/cli/bin.ts, package.json "bin"), with a shebang,
 *   dist/cli-*.js      and the chunks it loads (esbuild code splitting: the CLI, and each command's
 *                      code, loaded only when it runs); everything bundled except onnxruntime
 *   dist/lib.js        the library (src/index.ts), same, side-effect free (package.json "exports")
 *   dist/layer-worker.js  the analyze stage's worker thread (src/engine/layerWorker.ts), built with
 *                      every entry above: each of them starts it from its own folder
 *   dist/types/        its declarations (tsc -p tsconfig.lib.json), "types" of the export
 *   dist/THIRD_PARTY_NOTICES  licence of every third-party package the files above carry
 *                      (scripts/notices.mjs), from the esbuild metafile and the runtime copy
 *   dist/package.json  {"type":"module"} so the bundles are ESM even without the repo's package.json
 *   dist/node_modules/onnxruntime-node, dist/node_modules/onnxruntime-common
 *                      the pinned runtime, pruned to what `require` loads, with the native
 *                      binaries of BUNDLED_PLATFORMS only (see docs/runtime.md)
 *   dist/runtime-manifest.json  version, integrity and sha256 + size of every runtime file
 *
 * Inside the bundles, `import ... from 'onnxruntime-node'` is redirected to
 * src/runtime/ortModule.ts, which loads the runtime lazily via src/runtime/ort.ts.
 *
 * Options: --entries=action,cli (default both), --outdir=DIR (default dist).
 */
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { packageDirOf, renderNotices } from './notices.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.find((a) => a.startsWith('--outdir='));
/** Output folder: dist/ unless --outdir= says otherwise (scripts/check-dist.sh builds elsewhere to compare). */
const dist = outArg ? resolve(outArg.slice('--outdir='.length)) : join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

/** Keep in step with BUNDLED_PLATFORMS in src/runtime/layout.ts (a test compares them). */
export const BUNDLED_PLATFORMS = ['linux/x64', 'linux/arm64'];

const ENTRIES = {
  action: { in: 'src/action/index.ts', out: 'index.js', shebang: false },
  // split: dist/cli.js plus chunks dist/cli-<name>-<hash>.js beside it (import.meta.url-relative
  // paths, such as dist/layer-worker.js, then hold in every chunk)
  cli: { in: 'src/cli/bin.ts', out: 'cli.js', shebang: true, split: true },
  lib: { in: 'src/index.ts', out: 'lib.js', shebang: false, types: true },
  worker: { in: 'src/engine/layerWorker.ts', out: 'layer-worker.js', shebang: false },
};

const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function fail(message) {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
}

/** Files needed at run time; mirrors isRuntimeFile() in src/runtime/layout.ts. */
function isRuntimeFile(pkg, rel) {
  if (rel === 'package.json') return true;
  if (rel.endsWith('.map') || rel.endsWith('.d.ts')) return false;
  if (pkg === 'onnxruntime-node') {
    if (/^dist\/[^/]+\.js$/.test(rel)) return true;
    return BUNDLED_PLATFORMS.some((p) => rel.startsWith(`bin/napi-v6/${p}/`));
  }
  return rel.startsWith('dist/cjs/');
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** The pinned versions from package-lock.json must be what src/runtime/ort-pin.json says. */
function checkPin() {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const pin = JSON.parse(readFileSync(join(root, 'src/runtime/ort-pin.json'), 'utf8'));
  for (const name of ['onnxruntime-node', 'onnxruntime-common']) {
    const locked = lock.packages[`node_modules/${name}`];
    const pinned = pin.packages[name];
    if (!locked || locked.version !== pinned.version || locked.integrity !== pinned.integrity) {
      fail(`src/runtime/ort-pin.json is out of date for ${name}: package-lock.json has ${locked?.version} ${locked?.integrity}; update the pin (version, tarball, integrity)`);
    }
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
    if (installed !== pinned.version) fail(`node_modules/${name} is ${installed}, package-lock.json pins ${pinned.version}: run npm ci`);
  }
  return pin;
}

/** The shim must export exactly what the real package does (loaded here, on the build machine). */
function checkShimExports() {
  const real = Object.keys(require('onnxruntime-node')).sort();
  const shimSource = readFileSync(join(root, 'src/runtime/ortModule.ts'), 'utf8');
  const listed = [...shimSource.matchAll(/^export const (\w+) = lazy(?:Function|Object)\(/gm)].map((m) => m[1]).sort();
  if (JSON.stringify(real) !== JSON.stringify(listed)) {
    fail(`src/runtime/ortModule.ts exports [${listed.join(', ')}] but onnxruntime-node exports [${real.join(', ')}]`);
  }
}

const redirectOnnxRuntime = {
  name: 'redirect-onnxruntime',
  setup(build) {
    const shim = join(root, 'src/runtime/ortModule.ts');
    build.onResolve({ filter: /^onnxruntime-(node|common)$/ }, () => ({ path: shim }));
    // A stray .node import would otherwise fail later with a confusing loader error.
    build.onResolve({ filter: /\.node$/ }, (args) => ({ errors: [{ text: `native addon ${args.path} cannot be bundled; load it through src/runtime/ort.ts` }] }));
  },
};

async function bundle(entry) {
  const cjsInterop = "import { createRequire as __wwCreateRequire } from 'node:module';\nconst require = __wwCreateRequire(import.meta.url);";
  const result = await esbuild.build({
    absWorkingDir: root,
    ...(entry.split
      ? { entryPoints: { [entry.out.replace(/\.js$/, '')]: entry.in }, outdir: dist, splitting: true, entryNames: '[name]', chunkNames: `${entry.out.replace(/\.js$/, '')}-[name]-[hash]` }
      : { entryPoints: [entry.in], outfile: join(dist, entry.out) }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    // Bundled CommonJS dependencies call require(); an ESM bundle has none unless we make one.
    banner: { js: `/*! ${project.name} ${project.version} | ${project.license} (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */\n${cjsInterop}` },
    mainFields: ['module', 'main'],
    conditions: ['node', 'import'],
    legalComments: 'eof',
    sourcemap: false,
    minify: false,
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [redirectOnnxRuntime],
    metafile: true,
    write: true,
  });
  if (result.errors.length > 0) fail(`esbuild failed for ${entry.in}`);
  if (entry.shebang) {
    // esbuild keeps a shebang the entry file has (src/cli/bin.ts does); add one if it does not.
    const out = join(dist, entry.out);
    const text = readFileSync(out, 'utf8');
    if (!text.startsWith('#!')) writeFileSync(out, '#!/usr/bin/env node\n' + text);
    chmodSync(out, 0o755);
  }
  return result;
}

/** dist/types/: declarations of the library entry, emitted by tsc (sorted, LF, no paths of this machine). */
function emitTypes() {
  const tsc = require.resolve('typescript/bin/tsc');
  try {
    // --noCheck: emit only (same declarations, half the time); `npm run typecheck` is the type check.
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.lib.json'), '--noCheck', '--outDir', join(dist, 'types')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    fail(`tsc -p tsconfig.lib.json failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

/** Package folders each output file carries, from the build's metafile: Map<dir, Set<dist file>>. */
function addBundledPackages(usage, metafile) {
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    const file = `dist/${relative(dist, resolve(root, output)).split(sep).join('/')}`;
    for (const input of Object.keys(inputs)) {
      const dir = packageDirOf(input);
      if (dir === null) continue;
      if (!usage.has(dir)) usage.set(dir, new Set());
      usage.get(dir).add(file);
    }
  }
}

/** What the pruned runtime's native library carries besides onnxruntime's own code. */
function onnxRuntimeNativeNote(pin) {
  return [
    `onnxruntime ${pin.version} native libraries (dist/node_modules/onnxruntime-node/bin/**: libonnxruntime.so.1,`,
    'onnxruntime_binding.node), Copyright (c) Microsoft Corporation, MIT License (text above, under',
    'onnxruntime-node). These binaries are built from https://github.com/microsoft/onnxruntime and',
    'statically include third-party components (protobuf, abseil, Eigen, flatbuffers, re2, onnx and',
    `others) listed with their licences in ThirdPartyNotices.txt of the v${pin.version} source tree:`,
    `https://github.com/microsoft/onnxruntime/blob/v${pin.version}/ThirdPartyNotices.txt`,
    'The npm package does not include that file; the release workflow (.github/workflows/release.yml)',
    'attaches it, fetched for this exact version, to every release next to this file.',
  ].join('\n');
}

function copyRuntime(pin) {
  const manifest = { version: pin.version, platforms: BUNDLED_PLATFORMS, packages: {} };
  for (const name of ['onnxruntime-node', 'onnxruntime-common']) {
    const src = join(root, 'node_modules', name);
    const dest = join(dist, 'node_modules', name);
    const files = {};
    for (const file of walk(src)) {
      const rel = relative(src, file).split(sep).join('/');
      if (!isRuntimeFile(name, rel)) continue;
      mkdirSync(dirname(join(dest, rel)), { recursive: true });
      copyFileSync(file, join(dest, rel));
      const bytes = readFileSync(file);
      files[rel] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }
    manifest.packages[name] = { version: pin.packages[name].version, integrity: pin.packages[name].integrity, files };
  }
  for (const platform of BUNDLED_PLATFORMS) {
    const rel = `bin/napi-v6/${platform}/onnxruntime_binding.node`;
    if (!manifest.packages['onnxruntime-node'].files[rel]) fail(`node_modules/onnxruntime-node has no ${rel}: reinstall it (npm ci)`);
  }
  writeFileSync(join(dist, 'runtime-manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function main() {
  const arg = process.argv.find((a) => a.startsWith('--entries='));
  const wanted = arg ? arg.slice('--entries='.length).split(',') : Object.keys(ENTRIES);
  // The analyze stage of every entry starts dist/layer-worker.js beside it.
  if (!wanted.includes('worker')) wanted.push('worker');
  for (const w of wanted) {
    if (!(w in ENTRIES)) fail(`unknown entry ${w} (known: ${Object.keys(ENTRIES).join(', ')})`);
    if (!existsSync(join(root, ENTRIES[w].in))) fail(`entry ${ENTRIES[w].in} does not exist`);
  }
  const pin = checkPin();
  checkShimExports();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module', private: true }, null, 2) + '\n');
  const sizes = [];
  const usage = new Map();
  for (const w of wanted) {
    const result = await bundle(ENTRIES[w]);
    addBundledPackages(usage, result.metafile);
    if (ENTRIES[w].types) emitTypes();
    sizes.push(`dist/${ENTRIES[w].out} ${(statSync(join(dist, ENTRIES[w].out)).size / 1024).toFixed(0)} KiB`);
  }
  const manifest = copyRuntime(pin);
  for (const name of Object.keys(manifest.packages)) usage.set(`node_modules/${name}`, new Set([`dist/node_modules/${name}`]));
  try {
    writeFileSync(join(dist, 'THIRD_PARTY_NOTICES'), renderNotices(root, usage, project, onnxRuntimeNativeNote(pin)));
  } catch (err) {
    fail(err.message);
  }
  let runtimeBytes = 0;
  for (const p of Object.values(manifest.packages)) for (const f of Object.values(p.files)) runtimeBytes += f.bytes;
  process.stdout.write(`build: ${sizes.map((x) => x.replace('dist/', relative(root, dist) + '/')).join(', ')}; dist/node_modules (onnxruntime ${pin.version}, ${BUNDLED_PLATFORMS.join(' + ')}) ${(runtimeBytes / 1e6).toFixed(1)} MB\n`);
}

await main();
