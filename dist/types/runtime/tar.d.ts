export interface TarHeader {
    /** POSIX path as stored, e.g. `package/dist/index.js`. */
    readonly path: string;
    readonly type: 'file' | 'directory';
    readonly mode: number;
    readonly size: number;
}
export interface TarEntry extends TarHeader {
    readonly data: Uint8Array;
}
/** What a chunk of archive completes: an entry starts, some of its bytes, or it ends. */
export type TarEvent = {
    readonly kind: 'entry';
    readonly header: TarHeader;
} | {
    readonly kind: 'data';
    readonly bytes: Uint8Array;
} | {
    readonly kind: 'end';
};
/** Refuses names that could land outside the extraction folder. */
export declare function assertSafeEntryPath(path: string): void;
/** Incremental tar reader: feed chunks in order with push(), then call finish(). */
export declare class TarParser {
    private pending;
    /** Bytes of the current entry's data still to come, then its padding to the block boundary. */
    private dataLeft;
    private padLeft;
    /** The current entry: a file/folder (events go out) or a pax/long-name record (kept here). */
    private current;
    private meta;
    private longPath;
    private offset;
    private ended;
    push(chunk: Uint8Array): TarEvent[];
    /** Throws when the archive stopped inside an entry (a truncated tarball). */
    finish(): void;
    private header;
    private closeEntry;
}
/** All file and directory entries of an archive held in memory, in archive order. */
export declare function readTar(archive: Uint8Array): TarEntry[];
