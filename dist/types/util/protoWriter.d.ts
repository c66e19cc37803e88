/**
 * The protobuf wire-format writer (ONNX's ModelProto family and the numeric engine's compute
 * graphs): field encoders over a list of byte chunks, so large payloads are referenced, not
 * copied, until `finish`. The reader is src/model/protobuf.ts, which re-exports this module.
 */
export declare const WIRE_VARINT = 0;
export declare const WIRE_FIXED64 = 1;
export declare const WIRE_LEN = 2;
export declare const WIRE_FIXED32 = 5;
export type WireType = 0 | 1 | 2 | 5;
/** Number of bytes of a varint encoding of a non-negative integer (number or bigint). */
export declare function varintSize(v: number | bigint): number;
/** Encodes a varint into a fresh byte array. Negative numbers are encoded as 64-bit two's complement. */
export declare function encodeVarint(v: number | bigint): Uint8Array;
export declare function encodeTag(field: number, wire: WireType): Uint8Array;
/**
 * Builds a message as a list of byte chunks (large payloads are referenced, not copied, until
 * `finish`). Nested messages: build them with their own writer and pass the writer to `message`.
 */
export declare class ProtoWriter {
    private chunks;
    private size;
    get byteLength(): number;
    /** Appends already-encoded bytes (e.g. a copied field span). */
    raw(bytes: Uint8Array): this;
    tag(field: number, wire: WireType): this;
    /** Varint field (uint64/int64/int32/enum/bool). Negative values use 10-byte two's complement. */
    varint(field: number, v: number | bigint): this;
    bytes(field: number, payload: Uint8Array): this;
    string(field: number, s: string): this;
    /** Nested message field from another writer (its chunks are moved, not copied). */
    message(field: number, inner: ProtoWriter): this;
    fixed32(field: number, v: number): this;
    float(field: number, v: number): this;
    fixed64(field: number, v: bigint): this;
    double(field: number, v: number): this;
    /** Packed repeated varints (int32/int64/uint64/bool/enum). */
    packedVarints(field: number, values: ArrayLike<number | bigint>): this;
    /** Packed repeated float (fixed32 little-endian). */
    packedFloats(field: number, values: ArrayLike<number>): this;
    /** Packed repeated double (fixed64 little-endian). */
    packedDoubles(field: number, values: ArrayLike<number>): this;
    /** The chunks, in order, for streaming the message out without concatenating it. */
    parts(): readonly Uint8Array[];
    finish(): Uint8Array;
}
