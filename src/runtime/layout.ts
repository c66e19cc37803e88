/**
 * Which files of onnxruntime-node and onnxruntime-common a `require('onnxruntime-node')` needs,
 * for one platform. The same rule prunes the copy committed next to dist/ (scripts/build.mjs keeps
 * an identical list; test/packaging/runtime-layout.test.ts checks they agree) and picks the files
 * out of a downloaded npm tarball. Everything else in the packages (sources, type declarations,
 * source maps, the install script and its NuGet/axios helpers, other platforms' binaries, ESM
 * builds) is never loaded at run time.
 */
import ortPin from './ort-pin.json' with { type: 'json' };

export type RuntimePackage = 'onnxruntime-node' | 'onnxruntime-common';

/** The pinned version and registry tarballs (from package-lock.json; a test keeps them equal). */
export interface OrtPin {
  readonly version: string;
  readonly packages: Readonly<Record<RuntimePackage, { readonly version: string; readonly tarball: string; readonly integrity: string }>>;
}

export const ORT_PIN: OrtPin = ortPin as OrtPin;

/** Platforms whose binaries are committed under dist/node_modules (the GitHub-hosted Linux runners). */
export const BUNDLED_PLATFORMS: readonly string[] = ['linux/x64', 'linux/arm64'];

/** Folder of the native addon inside an onnxruntime-node package, relative to its root. */
export function binaryDir(platform: string = process.platform, arch: string = process.arch): string {
  return `bin/napi-v6/${platform}/${arch}`;
}

/** Path of the addon itself, relative to the package root. */
export function bindingFile(platform: string = process.platform, arch: string = process.arch): string {
  return `${binaryDir(platform, arch)}/onnxruntime_binding.node`;
}

/**
 * true when `relPath` (POSIX separators, relative to the package root) is needed at run time on
 * `platform/arch`.
 */
export function isRuntimeFile(pkg: RuntimePackage, relPath: string, platform: string = process.platform, arch: string = process.arch): boolean {
  if (relPath === 'package.json') return true;
  if (relPath.endsWith('.map') || relPath.endsWith('.d.ts')) return false;
  if (pkg === 'onnxruntime-node') {
    if (/^dist\/[^/]+\.js$/.test(relPath)) return true;
    return relPath.startsWith(binaryDir(platform, arch) + '/');
  }
  return relPath.startsWith('dist/cjs/');
}
