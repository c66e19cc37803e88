/**
 * How the engine finds onnxruntime-node at run time (see docs/runtime.md for the decision).
 *
 * No bundler can inline the native addon, so dist/ ships a pruned copy of the pinned package for
 * the GitHub-hosted Linux runners in dist/node_modules/ (x64 and arm64), and everything else
 * resolves in this order:
 *   1. an explicit folder: the `onnxruntime-path` action input / `--onnxruntime-path` /
 *      $WW_ONNXRUNTIME_PATH (a CUDA build installed on a self-hosted GPU runner, say);
 *   2. ordinary Node resolution from this file: dist/node_modules/ in the action, the project's
 *      node_modules/ in a source checkout or an npm install of the CLI;
 *   3. each folder of $NODE_PATH;
 *   4. a copy an earlier run downloaded into the runner's tool cache;
 *   5. (async `ensureOnnxRuntime` only) download the pinned tarballs from the npm registry,
 *      verify their sha512 integrity, extract the files for this platform into the tool cache,
 *      and save that folder with the cache hooks the caller passes (the action: @actions/cache).
 * A candidate counts only if it holds the addon for this platform/arch, so a package with the
 * wrong binaries falls through to the next one instead of crashing inside `require`.
 *
 * The loaded module is kept for the life of the process (a native addon cannot be loaded twice
 * sensibly); this is the one piece of process-wide state in the engine, on purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type * as OrtNamespace from 'onnxruntime-node';
import { WwError } from '../errors.js';
import type { DownloadOptions } from '../io/download.js';
import { bindingFile, ORT_PIN } from './layout.js';
import { checkRuntimePlatform, hasOrtBinary, unsupportedPlatformMessage } from './platform.js';

export type OrtModule = typeof OrtNamespace;

/** Where the loaded runtime came from. */
export type RuntimeSource = 'explicit' | 'resolved' | 'node-path' | 'tool-cache' | 'downloaded' | 'cache-restored';

export interface LoadedRuntime {
  readonly ort: OrtModule;
  /** Root folder of the onnxruntime-node package that was loaded. */
  readonly dir: string;
  readonly version: string;
  readonly source: RuntimeSource;
}

/** Persists the tool-cache folder across runs (the action passes @actions/cache). */
export interface RuntimeCache {
  /** Restores `dir` for `key`; true on a hit. Must not throw for a miss or an unavailable service. */
  restore(dir: string, key: string): Promise<boolean>;
  /** Saves `dir` under `key`. Failures are the hook's to report; they never fail the run. */
  save(dir: string, key: string): Promise<void>;
}

export interface RuntimeOptions {
  /** Folder of an onnxruntime-node package (its package.json inside). Overrides $WW_ONNXRUNTIME_PATH. */
  explicitPath?: string;
  /** Root of the tool cache. Default $RUNNER_TOOL_CACHE, else ~/.cache/ww-smooth/tool-cache. */
  toolCacheRoot?: string;
  /** Allow step 5 (download). Default true unless $WW_ONNXRUNTIME_DOWNLOAD is '0' (offline runners, tests). */
  allowDownload?: boolean;
  cache?: RuntimeCache;
  log?: (message: string) => void;
  /** For tests: another platform/arch or pin, and download settings (a test server's CA, no retries). */
  platform?: string;
  arch?: string;
  pin?: typeof ORT_PIN;
  download?: Pick<DownloadOptions, 'ca' | 'retries' | 'backoffMs' | 'idleTimeoutMs' | 'signal' | 'sleep'>;
}

interface Candidate {
  readonly dir: string;
  readonly source: RuntimeSource;
}

let loaded: LoadedRuntime | undefined;
let configured: RuntimeOptions = {};

/** Sets the options the synchronous loader (used by `import 'onnxruntime-node'` in dist) follows. */
export function configureOnnxRuntime(options: RuntimeOptions): void {
  configured = { ...options };
}

/**
 * The platform check of src/runtime/platform.ts with the onnxruntime-path configured here (the
 * CLI's --onnxruntime-path): callers run it before any work when perplexity will be measured.
 */
export function checkConfiguredPlatform(): void {
  checkRuntimePlatform({ explicitPath: configured.explicitPath ?? null });
}

/** The explicit runtime folder configureOnnxRuntime was given, if any (worker threads follow it too). */
export function configuredRuntimePath(): string | undefined {
  return configured.explicitPath;
}

/** The runtime already loaded in this process, if any. */
export function loadedOnnxRuntime(): LoadedRuntime | undefined {
  return loaded;
}

export function toolCacheRoot(options: RuntimeOptions = {}): string {
  return resolve(options.toolCacheRoot ?? process.env['RUNNER_TOOL_CACHE'] ?? join(homedir(), '.cache', 'ww-smooth', 'tool-cache'));
}

/** Tool-cache folder of the pinned version for one platform (holds node_modules/onnxruntime-node). */
export function toolCacheDir(options: RuntimeOptions = {}): string {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  return join(toolCacheRoot(options), 'ww-smooth-onnxruntime-node', pin.version, `${platform}-${arch}`);
}

function packageVersion(dir: string): string | null {
  try {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    return pkg.name === 'onnxruntime-node' && typeof pkg.version === 'string' ? pkg.version : null;
  } catch {
    return null;
  }
}

/** Candidates of steps 1-4, in order, with why each was or was not usable. */
export function listCandidates(options: RuntimeOptions = {}): { usable: Candidate[]; notes: string[] } {
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const notes: string[] = [];
  const usable: Candidate[] = [];
  const consider = (dir: string, source: RuntimeSource, label: string): void => {
    const version = packageVersion(dir);
    if (version === null) {
      notes.push(`${label}: no onnxruntime-node package.json in ${dir}`);
      return;
    }
    if (!existsSync(join(dir, bindingFile(platform, arch)))) {
      notes.push(`${label}: ${dir} (onnxruntime-node ${version}) has no ${bindingFile(platform, arch)}`);
      return;
    }
    usable.push({ dir, source });
  };

  const explicit = options.explicitPath ?? process.env['WW_ONNXRUNTIME_PATH'];
  if (explicit !== undefined && explicit !== '') {
    const dir = resolve(explicit);
    // Accept the package folder itself or a folder with node_modules/onnxruntime-node in it.
    const pkgDir = packageVersion(dir) !== null ? dir : join(dir, 'node_modules', 'onnxruntime-node');
    consider(pkgDir, 'explicit', 'onnxruntime-path');
    // An explicit path that does not work is an error, not a reason to silently use another copy.
    if (usable.length === 0) {
      throw new WwError('RUNTIME_MISSING', `onnxruntime-path ${JSON.stringify(explicit)} is not usable: ${notes.join('; ')}`, { path: explicit });
    }
    return { usable, notes };
  }

  try {
    const pkgJson = createRequire(import.meta.url).resolve('onnxruntime-node/package.json');
    consider(resolve(pkgJson, '..'), 'resolved', 'node resolution');
  } catch {
    notes.push(`node resolution: onnxruntime-node not found from ${new URL('.', import.meta.url).pathname}`);
  }
  for (const entry of (process.env['NODE_PATH'] ?? '').split(delimiter).filter((p) => p !== '')) {
    consider(join(resolve(entry), 'onnxruntime-node'), 'node-path', 'NODE_PATH');
  }
  consider(join(toolCacheDir(options), 'node_modules', 'onnxruntime-node'), 'tool-cache', 'tool cache');
  return { usable, notes };
}

function requireFrom(candidate: Candidate): LoadedRuntime {
  const version = packageVersion(candidate.dir) ?? 'unknown';
  try {
    const ort = createRequire(join(candidate.dir, 'package.json'))(candidate.dir) as OrtModule;
    return { ort, dir: candidate.dir, version, source: candidate.source };
  } catch (err) {
    throw new WwError(
      'RUNTIME_MISSING',
      `onnxruntime-node ${version} in ${candidate.dir} failed to load on ${process.platform}/${process.arch}: ${(err as Error).message}`,
      { dir: candidate.dir },
      { cause: err },
    );
  }
}

function missingMessage(notes: readonly string[], options: RuntimeOptions): string {
  const pin = options.pin ?? ORT_PIN;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (pin === ORT_PIN && !hasOrtBinary(platform, arch)) return `${unsupportedPlatformMessage(platform, arch)} Looked at: ${notes.join('; ')}.`;
  return (
    `onnxruntime-node ${pin.version} is not available for ${options.platform ?? process.platform}/${options.arch ?? process.arch}. Looked at: ` +
    notes.join('; ') +
    `. Fix: restore the files under dist/node_modules/onnxruntime-node (a checkout of the action's tag has them), ` +
    `install it (npm install onnxruntime-node@${pin.version}) and pass its folder as onnxruntime-path, ` +
    `or let the action download it (needs network access to the npm registry).`
  );
}

/**
 * Loads onnxruntime-node synchronously from steps 1-4. Throws WwError RUNTIME_MISSING (naming
 * every place it looked) when none is usable. This is what `import 'onnxruntime-node'` runs in dist.
 */
export function requireOnnxRuntime(options: RuntimeOptions = configured): LoadedRuntime {
  if (loaded) return loaded;
  const { usable, notes } = listCandidates(options);
  const first = usable[0];
  if (!first) throw new WwError('RUNTIME_MISSING', missingMessage(notes, options), { looked: notes });
  loaded = requireFrom(first);
  return loaded;
}

/**
 * Loads onnxruntime-node, downloading the pinned version into the tool cache when steps 1-4 find
 * nothing (restoring it from `cache` first and saving it there after). Logs where it came from.
 */
export async function ensureOnnxRuntime(options: RuntimeOptions = configured): Promise<LoadedRuntime> {
  if (loaded) return loaded;
  const log = options.log ?? (() => {});
  const { usable, notes } = listCandidates(options);
  let candidate = usable[0];
  if (!candidate) {
    const allowDownload = options.allowDownload ?? process.env['WW_ONNXRUNTIME_DOWNLOAD'] !== '0';
    if (!allowDownload) throw new WwError('RUNTIME_MISSING', missingMessage(notes, options), { looked: notes });
    // The pinned tarball has no binary for this platform: say so instead of downloading it for nothing.
    if ((options.pin ?? ORT_PIN) === ORT_PIN) checkRuntimePlatform({ explicitPath: null, platform: options.platform, arch: options.arch });
    const { installPinnedRuntime } = await import('./download.js');
    candidate = await installPinnedRuntime(options, toolCacheDir(options));
  }
  loaded = requireFrom(candidate);
  log(`onnxruntime-node ${loaded.version} loaded from ${loaded.dir} (${loaded.source})`);
  return loaded;
}

/** Forgets the loaded module. Tests only: the native addon itself stays in the process. */
export function resetOnnxRuntimeForTests(): void {
  loaded = undefined;
  configured = {};
}
