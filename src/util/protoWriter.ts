/**
 * The protobuf wire-format writer (ONNX's ModelProto family and the numeric engine's compute
 * graphs): field encoders over a list of byte chunks, so large payloads are referenced, not
 * copied, until `finish`. The reader is src/model/protobuf.ts, which re-exports this module.
 */

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;
export type WireType = 0 | 1 | 2 | 5;

const textEncoder = new TextEncoder();

/** Number of bytes of a varint encoding of a non-negative integer (number or bigint). */
export function varintSize(v: number | bigint): number {
  if (typeof v === 'number') {
    if (v < 0) return 10;
    let n = 1;
    while (v >= 128) {
      v = Math.floor(v / 128);
      n++;
    }
    return n;
  }
  let u = BigInt.asUintN(64, v);
  let n = 1;
  while (u >= 128n) {
    u >>= 7n;
    n++;
  }
  return n;
}

/** Encodes a varint into a fresh byte array. Negative numbers are encoded as 64-bit two's complement. */
export function encodeVarint(v: number | bigint): Uint8Array {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new RangeError(`varint must be an integer, got ${v}`);
    if (v < 0 || v > Number.MAX_SAFE_INTEGER) return encodeVarint(BigInt(v));
    const out: number[] = [];
    while (v >= 128) {
      out.push((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
    return Uint8Array.from(out);
  }
  let u = BigInt.asUintN(64, v);
  const out: number[] = [];
  while (u >= 128n) {
    out.push(Number(u & 0x7fn) | 0x80);
    u >>= 7n;
  }
  out.push(Number(u));
  return Uint8Array.from(out);
}

export function encodeTag(field: number, wire: WireType): Uint8Array {
  return encodeVarint(field * 8 + wire);
}

/**
 * Builds a message as a list of byte chunks (large payloads are referenced, not copied, until
 * `finish`). Nested messages: build them with their own writer and pass the writer to `message`.
 */
export class ProtoWriter {
  private chunks: Uint8Array[] = [];
  private size = 0;

  get byteLength(): number {
    return this.size;
  }

  /** Appends already-encoded bytes (e.g. a copied field span). */
  raw(bytes: Uint8Array): this {
    if (bytes.length > 0) {
      this.chunks.push(bytes);
      this.size += bytes.length;
    }
    return this;
  }

  tag(field: number, wire: WireType): this {
    return this.raw(encodeTag(field, wire));
  }

  /** Varint field (uint64/int64/int32/enum/bool). Negative values use 10-byte two's complement. */
  varint(field: number, v: number | bigint): this {
    return this.tag(field, WIRE_VARINT).raw(encodeVarint(v));
  }

  bytes(field: number, payload: Uint8Array): this {
    return this.tag(field, WIRE_LEN).raw(encodeVarint(payload.length)).raw(payload);
  }

  string(field: number, s: string): this {
    return this.bytes(field, textEncoder.encode(s));
  }

  /** Nested message field from another writer (its chunks are moved, not copied). */
  message(field: number, inner: ProtoWriter): this {
    this.tag(field, WIRE_LEN).raw(encodeVarint(inner.size));
    for (const c of inner.chunks) this.raw(c);
    return this;
  }

  fixed32(field: number, v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }

  float(field: number, v: number): this {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }

  fixed64(field: number, v: bigint): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }

  double(field: number, v: number): this {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }

  /** Packed repeated varints (int32/int64/uint64/bool/enum). */
  packedVarints(field: number, values: ArrayLike<number | bigint>): this {
    if (values.length === 0) return this;
    const parts: Uint8Array[] = [];
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const e = encodeVarint(values[i]!);
      parts.push(e);
      n += e.length;
    }
    this.tag(field, WIRE_LEN).raw(encodeVarint(n));
    for (const p of parts) this.raw(p);
    return this;
  }

  /** Packed repeated float (fixed32 little-endian). */
  packedFloats(field: number, values: ArrayLike<number>): this {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 4);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat32(i * 4, values[i]!, true);
    return this.bytes(field, b);
  }

  /** Packed repeated double (fixed64 little-endian). */
  packedDoubles(field: number, values: ArrayLike<number>): this {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 8);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat64(i * 8, values[i]!, true);
    return this.bytes(field, b);
  }

  /** The chunks, in order, for streaming the message out without concatenating it. */
  parts(): readonly Uint8Array[] {
    return this.chunks;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }
}
