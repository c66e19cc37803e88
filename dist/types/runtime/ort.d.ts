import type * as OrtNamespace from 'onnxruntime-node';
import type { DownloadOptions } from '../io/download.js';
import { ORT_PIN } from './layout.js';
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
/** Sets the options the synchronous loader (used by `import 'onnxruntime-node'` in dist) follows. */
export declare function configureOnnxRuntime(options: RuntimeOptions): void;
/**
 * The platform check of src/runtime/platform.ts with the onnxruntime-path configured here (the
 * CLI's --onnxruntime-path): callers run it before any work when perplexity will be measured.
 */
export declare function checkConfiguredPlatform(): void;
/** The explicit runtime folder configureOnnxRuntime was given, if any (worker threads follow it too). */
export declare function configuredRuntimePath(): string | undefined;
/** The runtime already loaded in this process, if any. */
export declare function loadedOnnxRuntime(): LoadedRuntime | undefined;
export declare function toolCacheRoot(options?: RuntimeOptions): string;
/** Tool-cache folder of the pinned version for one platform (holds node_modules/onnxruntime-node). */
export declare function toolCacheDir(options?: RuntimeOptions): string;
/** Candidates of steps 1-4, in order, with why each was or was not usable. */
export declare function listCandidates(options?: RuntimeOptions): {
    usable: Candidate[];
    notes: string[];
};
/**
 * Loads onnxruntime-node synchronously from steps 1-4. Throws WwError RUNTIME_MISSING (naming
 * every place it looked) when none is usable. This is what `import 'onnxruntime-node'` runs in dist.
 */
export declare function requireOnnxRuntime(options?: RuntimeOptions): LoadedRuntime;
/**
 * Loads onnxruntime-node, downloading the pinned version into the tool cache when steps 1-4 find
 * nothing (restoring it from `cache` first and saving it there after). Logs where it came from.
 */
export declare function ensureOnnxRuntime(options?: RuntimeOptions): Promise<LoadedRuntime>;
/** Forgets the loaded module. Tests only: the native addon itself stays in the process. */
export declare function resetOnnxRuntimeForTests(): void;
export {};
