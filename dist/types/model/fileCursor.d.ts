/**
 * Buffered forward reader over a file for streaming protobuf scans. It decodes tags and varints
 * from a window of the file and can skip large fields (raw_data of a multi-GB tensor) without
 * reading them, so scanning a model costs memory proportional to its structure, not its weights.
 */
import type { FileHandle } from 'node:fs/promises';
import { type WireType } from './protobuf.js';
export declare class FileCursor {
    private readonly fh;
    readonly size: number;
    /** Absolute file position of the next byte to decode. */
    pos: number;
    private buf;
    private bufStart;
    private bufLen;
    constructor(fh: FileHandle, size: number, window?: number);
    /** Makes bytes [pos, pos+n) available in the window (fewer at end of file). Returns how many are. */
    private fill;
    /** Decodes a varint at pos (must end before `limit`). */
    varint(limit: number): Promise<number>;
    tag(limit: number): Promise<{
        field: number;
        wire: WireType;
    }>;
    /** Length prefix of a length-delimited field, checked against `limit`. */
    length(limit: number): Promise<number>;
    /** Returns a copy of the next n bytes and advances. */
    bytes(n: number): Promise<Uint8Array>;
    /** Skips a field payload of the given wire type (tag already read). */
    skip(wire: WireType, limit: number): Promise<void>;
    /** Runs a decode step; running out of bytes counts as truncation only when the limit is the end of the file. */
    private decode;
    advance(n: number, limit: number): void;
}
