import { type RuntimePackage } from './layout.js';
import type { RuntimeOptions } from './ort.js';
/** Written last into the tool-cache folder; its presence means the folder is complete. */
export declare const PROVENANCE_FILE = "ww-smooth-provenance.json";
export interface Provenance {
    readonly version: string;
    readonly platform: string;
    readonly arch: string;
    readonly packages: readonly {
        name: RuntimePackage;
        tarball: string;
        integrity: string;
        bytes: number;
        files: number;
    }[];
}
/** Upper bound on one runtime tarball (onnxruntime-node 1.30.0 is 113.5 MB with every platform's binaries). */
export declare const MAX_TARBALL_BYTES: number;
/**
 * Makes `dir` (the tool-cache folder for this version and platform) hold a usable runtime:
 * restore from the cache hook, else download + verify + extract + save. Returns the package folder.
 */
export declare function installPinnedRuntime(options: RuntimeOptions, dir: string): Promise<{
    dir: string;
    source: 'downloaded' | 'cache-restored';
}>;
/** Reads the provenance marker of a tool-cache folder (null when absent). */
export declare function readProvenance(dir: string): Promise<Provenance | null>;
