export declare const LOCK_NAME = ".ww-smooth.lock";
export interface ClaimOptions {
    /** Local files the run reads (the model): never removed. */
    readonly keep?: readonly string[];
    /** Shard jobs keep what is in the folder (their partials are named per shard). */
    readonly removeStaleOutputs?: boolean;
}
/**
 * Claims `dir` for this run (see the file comment). Returns the release function; the lock is
 * also removed if the process exits first.
 */
export declare function claimOutputDir(dir: string, opts?: ClaimOptions): Promise<() => Promise<void>>;
/**
 * Runs `work` with `dir` claimed (lock taken, leftovers removed; see claimOutputDir), released
 * when `work` settles. Nested calls for the same folder within one run reuse the outer claim.
 */
export declare function withClaimedOutputDir<T>(dir: string, opts: ClaimOptions, work: () => Promise<T>): Promise<T>;
