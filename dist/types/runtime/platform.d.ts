/** platform/arch pairs with bin/napi-v6/<platform>/<arch>/onnxruntime_binding.node in the pinned package. */
export declare const ORT_BINARY_PLATFORMS: readonly string[];
export declare function hasOrtBinary(platform?: string, arch?: string): boolean;
/** The sentence of options for a platform without a binary (also used when a lookup finds nothing). */
export declare function unsupportedPlatformMessage(platform?: string, arch?: string, version?: string): string;
/**
 * Throws RUNTIME_MISSING when perplexity will be measured on a platform the pinned onnxruntime-node
 * has no binary for, unless an explicit onnxruntime folder was given (its own binary is checked
 * when it is loaded).
 */
export declare function checkRuntimePlatform(opts?: {
    readonly explicitPath?: string | null;
    readonly platform?: string;
    readonly arch?: string;
}): void;
