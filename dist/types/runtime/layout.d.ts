export type RuntimePackage = 'onnxruntime-node' | 'onnxruntime-common';
/** The pinned version and registry tarballs (from package-lock.json; a test keeps them equal). */
export interface OrtPin {
    readonly version: string;
    readonly packages: Readonly<Record<RuntimePackage, {
        readonly version: string;
        readonly tarball: string;
        readonly integrity: string;
    }>>;
}
export declare const ORT_PIN: OrtPin;
/** Platforms whose binaries are committed under dist/node_modules (the GitHub-hosted Linux runners). */
export declare const BUNDLED_PLATFORMS: readonly string[];
/** Folder of the native addon inside an onnxruntime-node package, relative to its root. */
export declare function binaryDir(platform?: string, arch?: string): string;
/** Path of the addon itself, relative to the package root. */
export declare function bindingFile(platform?: string, arch?: string): string;
/**
 * true when `relPath` (POSIX separators, relative to the package root) is needed at run time on
 * `platform/arch`.
 */
export declare function isRuntimeFile(pkg: RuntimePackage, relPath: string, platform?: string, arch?: string): boolean;
