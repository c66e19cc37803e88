/**
 * Minimal protobuf wire-format reader and writer, enough for ONNX's ModelProto family.
 *
 * Why our own: ONNX files are read lazily (byte offsets of each tensor's data are recorded and
 * large `raw_data` fields are skipped without being copied), and the writer re-encodes only the
 * messages it changes while copying every other byte span verbatim. A generated-code library
 * would decode and re-encode the whole model.
 *
 * Wire types: 0 varint, 1 fixed64, 2 length-delimited, 5 fixed32 (groups 3/4 are rejected).
 * Varints are decoded as JS numbers when they fit in 2^53 and as BigInt on request; negative
 * int64 values (10-byte two's complement varints) are handled by the BigInt paths.
 */
import { type WireType } from '../util/protoWriter.js';
export { encodeTag, encodeVarint, ProtoWriter, varintSize, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, type WireType } from '../util/protoWriter.js';
/** Thrown for malformed or truncated protobuf bytes; callers wrap it in a WwError with file context. */
export declare class ProtobufError extends Error {
    /** true when the bytes simply ended early (a truncated file), false when they are malformed. */
    readonly truncated: boolean;
    constructor(message: string, 
    /** true when the bytes simply ended early (a truncated file), false when they are malformed. */
    truncated: boolean);
}
/** Sequential reader over an in-memory protobuf message (or a window of a larger buffer). */
export declare class ProtoReader {
    readonly buf: Uint8Array;
    pos: number;
    readonly end: number;
    private view;
    constructor(buf: Uint8Array, start?: number, end?: number);
    get done(): boolean;
    /** Reads a field tag; returns field number and wire type. */
    tag(): {
        field: number;
        wire: WireType;
    };
    /**
     * Unsigned varint as a number. Values above 2^53 lose precision; negative int64 (10-byte
     * varints) come out as large positive numbers: use `varintBig`/`int64` where sign matters.
     */
    varint(): number;
    /** Unsigned 64-bit varint as BigInt (exact). */
    varintBig(): bigint;
    /** Signed int64 (two's complement varint) as a number; exact within +-2^53. */
    int64(): number;
    /** Length of a length-delimited field, checked against the message end. */
    length(): number;
    /** Length-delimited payload as a view (no copy). */
    bytes(): Uint8Array;
    string(): string;
    /** Sub-reader over the next length-delimited payload. */
    sub(): ProtoReader;
    fixed32(): number;
    float(): number;
    fixed64(): bigint;
    double(): number;
    /** Skips the payload of a field whose tag was just read. */
    skip(wire: WireType): void;
    /** Reads a repeated int64 element, packed (wire 2) or not (wire 0), appending to `out`. */
    repeatedInt64(wire: WireType, out: number[]): void;
    /** Repeated int32/uint32/enum/bool, packed or not. int32 negatives are sign-extended varints. */
    repeatedInt32(wire: WireType, out: number[]): void;
    /** Repeated float (fixed32), packed or not. */
    repeatedFloat(wire: WireType, out: number[]): void;
    /** Repeated double (fixed64), packed or not. */
    repeatedDouble(wire: WireType, out: number[]): void;
    private need;
}
