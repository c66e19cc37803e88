export interface DownloadOptions {
    readonly url: string;
    /** Expected sha256 of the content, 64 hex digits. This or `integrity` is required: an unpinned URL is refused. */
    readonly sha256?: string;
    /** Expected content as an SRI integrity string (`sha512-<base64>`; sha384 and sha256 also accepted). */
    readonly integrity?: string;
    /** Says where a pin came from in a mismatch message (e.g. "package-lock.json"). Default "the pin". */
    readonly pinSource?: string;
    /** Destination file; reused without a request when it already has the pinned hash. */
    readonly dest: string;
    /** Upper bound on the body size in bytes. */
    readonly maxBytes: number;
    /** Retries after the first attempt (default 3). */
    readonly retries?: number;
    /** First backoff delay; doubles each retry (default 1000 ms). */
    readonly backoffMs?: number;
    /** Longest wait honoured from a Retry-After header (default 60 s). */
    readonly maxRetryAfterMs?: number;
    /** No bytes for this long ends the attempt (default 60 s). */
    readonly idleTimeoutMs?: number;
    /** Whole-attempt limit (default: none beyond the idle timeout). */
    readonly attemptTimeoutMs?: number;
    readonly maxRedirects?: number;
    /** Extra trusted CA certificates (PEM), e.g. a test server's self-signed certificate. */
    readonly ca?: string | Buffer;
    /** Aborts the whole download (e.g. the run's Deadline). */
    readonly signal?: AbortSignal;
    readonly log?: (message: string) => void;
    /** Injected for tests: how to wait between attempts. */
    readonly sleep?: (ms: number) => Promise<void>;
}
export interface DownloadResult {
    readonly path: string;
    readonly bytes: number;
    /** The verified digest, as pinned: sha256 hex, or the SRI string. */
    readonly digest: string;
    /** Requests made (0 when the destination already held the pinned content). */
    readonly attempts: number;
    readonly cached: boolean;
}
export declare function sha256OfFile(file: string): Promise<string>;
/**
 * A model source fit for reports and logs: URLs lose user:password@, the query and the fragment
 * (signed URLs carry tokens there); anything that is not a URL is returned as it is.
 */
export declare function redactUrl(source: string): string;
/** Downloads `opts.url` to `opts.dest`, verified; see the file comment for the rules. */
export declare function downloadVerified(opts: DownloadOptions): Promise<DownloadResult>;
