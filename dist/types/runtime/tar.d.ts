export interface TarEntry {
    /** POSIX path as stored, e.g. `package/dist/index.js`. */
    readonly path: string;
    readonly type: 'file' | 'directory';
    readonly mode: number;
    readonly data: Uint8Array;
}
/** Refuses names that could land outside the extraction folder. */
export declare function assertSafeEntryPath(path: string): void;
/** All file and directory entries, in archive order. */
export declare function readTar(archive: Uint8Array): TarEntry[];
