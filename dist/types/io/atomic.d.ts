/** A temp path next to `dest`: hidden, unique, recognisable (`.NAME.<pid>.<random>.tmp`). */
export declare function tempPathFor(dest: string): string;
/** True for a name tempPathFor makes (`.NAME.<pid>.<12 hex>.tmp`): what a killed run can leave. */
export declare function isTempFileName(name: string): boolean;
/**
 * Runs `write(tmpPath)` to produce the file, then fsyncs and renames it to `dest`. `write` may
 * create the temp file any way it likes (stream, FileHandle, another library). Returns write's value.
 */
export declare function withAtomicOutput<T>(dest: string, write: (tmpPath: string) => Promise<T>): Promise<T>;
/** Data for writeFileAtomic: bytes, text, or chunks produced one at a time (large outputs). */
export type AtomicData = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
/** Writes `data` to `dest` atomically (temp file in the same folder + fsync + rename). */
export declare function writeFileAtomic(dest: string, data: AtomicData): Promise<void>;
/** Temp files this process has not finished yet (for tests and diagnostics). */
export declare function pendingTempFiles(): readonly string[];
