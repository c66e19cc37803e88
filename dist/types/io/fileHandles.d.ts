/**
 * Read handles kept open per file for the life of a model reader, shared by concurrent reads.
 * The entry is the pending open, not the handle: two reads that start before the first open
 * settles get the same handle (caching the handle itself opened the file twice and leaked one
 * descriptor to the garbage collector, which Node 24 reports as DEP0137 on stderr).
 */
import { type FileHandle } from 'node:fs/promises';
export declare class FileHandles {
    private readonly opening;
    /** `onError` turns a failed open into the caller's error; the failure is not cached. */
    get(file: string, onError?: (err: Error) => Error): Promise<FileHandle>;
    /** Closes every handle opened so far (waiting for opens still in flight). */
    closeAll(): Promise<void>;
}
