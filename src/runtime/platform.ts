/**
 * Which platforms the pinned onnxruntime-node has a native binary for, and the error for the
 * others, given before any work: onnxruntime-node 1.30 ships no darwin/x64 (Intel macOS) build, so
 * without this check a run there would analyse and smooth first and then stop with
 * RUNTIME_MISSING when it reaches the perplexity. A test keeps ORT_BINARY_PLATFORMS equal to the
 * installed package's bin/napi-v6 folders.
 */
import { WwError } from '../errors.js';
import { ORT_PIN } from './layout.js';

/** platform/arch pairs with bin/napi-v6/<platform>/<arch>/onnxruntime_binding.node in the pinned package. */
export const ORT_BINARY_PLATFORMS: readonly string[] = ['darwin/arm64', 'linux/arm64', 'linux/x64', 'win32/arm64', 'win32/x64'];

export function hasOrtBinary(platform: string = process.platform, arch: string = process.arch): boolean {
  return ORT_BINARY_PLATFORMS.includes(`${platform}/${arch}`);
}

/** The sentence of options for a platform without a binary (also used when a lookup finds nothing). */
export function unsupportedPlatformMessage(platform: string = process.platform, arch: string = process.arch, version: string = ORT_PIN.version): string {
  return (
    `onnxruntime-node ${version} is not available for ${platform}/${arch}: the package has native binaries only for ${ORT_BINARY_PLATFORMS.join(', ')}, ` +
    'so perplexity cannot be measured here. Options: run on one of those platforms (GitHub-hosted ubuntu-latest, ubuntu-24.04-arm, ' +
    'macos-latest or windows-latest runners); or pass onnxruntime-path (--onnxruntime-path, $WW_ONNXRUNTIME_PATH) pointing at an ' +
    `onnxruntime-node package built for ${platform}/${arch}; or leave eval-text empty (--eval-text / --text unset): analysis and ` +
    'smoothing do not need onnxruntime.'
  );
}

/**
 * Throws RUNTIME_MISSING when perplexity will be measured on a platform the pinned onnxruntime-node
 * has no binary for, unless an explicit onnxruntime folder was given (its own binary is checked
 * when it is loaded).
 */
export function checkRuntimePlatform(opts: { readonly explicitPath?: string | null; readonly platform?: string; readonly arch?: string } = {}): void {
  const explicit = opts.explicitPath ?? process.env['WW_ONNXRUNTIME_PATH'];
  if (explicit !== undefined && explicit !== null && explicit !== '') return;
  const platform = opts.platform ?? process.platform;
  const arch = opts.arch ?? process.arch;
  if (!hasOrtBinary(platform, arch)) {
    throw new WwError('RUNTIME_MISSING', unsupportedPlatformMessage(platform, arch), { platform, arch, supported: ORT_BINARY_PLATFORMS });
  }
}
