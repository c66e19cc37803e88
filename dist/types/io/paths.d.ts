export interface ResolveInsideOptions {
    /** Default true: a missing target is an error (`missingCode`, default IO). false: allowed (outputs). */
    readonly mustExist?: boolean;
    /** Error code when the target is missing and mustExist is true. */
    readonly missingCode?: 'IO' | 'EXTERNAL_DATA_MISSING' | 'MODEL_NOT_FOUND' | 'TOKENIZER_MISSING' | 'CONFIG_NOT_FOUND';
}
/** True when `child` (absolute, normalised) is `root` itself or lies below it. */
export declare function isInside(root: string, child: string): boolean;
/** Real path of `p`, or of its nearest existing ancestor with the missing tail appended. */
export declare function realpathOrAncestor(p: string): Promise<{
    real: string;
    exists: boolean;
}>;
/**
 * Resolves `relativePath` inside `root` and returns its real (symlink-free) absolute path.
 * `what` names the path for messages, e.g. `external data location of tensor w` or `output path`.
 */
export declare function resolveInside(root: string, relativePath: string, what: string, opts?: ResolveInsideOptions): Promise<string>;
/**
 * Refuses a FIFO, device or socket at `file` (symlinks followed; stat never opens, so it cannot
 * block). A missing file passes: the caller reports it in its own words.
 */
export declare function refuseSpecialFile(file: string, what: string): Promise<void>;
/** Checks that `file` is an existing regular file (symlinks followed), else SPECIAL_FILE / the caller's missing code. */
export declare function regularFile(file: string, what: string, missingCode?: 'IO' | 'MODEL_NOT_FOUND'): Promise<void>;
/**
 * Checks that a user-supplied path (absolute or relative to cwd) lies inside `root` (e.g. the
 * workspace), following symlinks. Returns its real path (or the would-be real path if missing).
 */
export declare function assertInside(root: string, userPath: string, what: string): Promise<string>;
/**
 * Creates folder `dir` (and its parents) for `what` (e.g. "output-dir", "download folder"). A
 * file where a folder must be (EEXIST / ENOTDIR from mkdir) is an IO error naming that file.
 */
export declare function makeFolder(dir: string, what: string): Promise<void>;
/**
 * Checks, before any work, that `file` can be written for `what` (e.g. "--json file"): it is not a
 * folder, and its nearest existing ancestor is a folder (not a file that would block mkdir).
 */
export declare function checkWritableFile(file: string, what: string): Promise<void>;
