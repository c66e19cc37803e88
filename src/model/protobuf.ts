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

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;
export type WireType = 0 | 1 | 2 | 5;

/** Thrown for malformed or truncated protobuf bytes; callers wrap it in a WwError with file context. */
export class ProtobufError extends Error {
  constructor(
    message: string,
    /** true when the bytes simply ended early (a truncated file), false when they are malformed. */
    readonly truncated: boolean,
  ) {
    super(message);
    this.name = 'ProtobufError';
  }
}

const textDecoder = new TextDecoder('utf-8', { fatal: false });
const textEncoder = new TextEncoder();

/** Sequential reader over an in-memory protobuf message (or a window of a larger buffer). */
export class ProtoReader {
  pos: number;
  readonly end: number;
  private view: DataView;

  constructor(
    readonly buf: Uint8Array,
    start = 0,
    end = buf.length,
  ) {
    if (start < 0 || end > buf.length || start > end) throw new ProtobufError(`bad window ${start}..${end} of ${buf.length}`, false);
    this.pos = start;
    this.end = end;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads a field tag; returns field number and wire type. */
  tag(): { field: number; wire: WireType } {
    const key = this.varint();
    const wire = key % 8;
    const field = Math.floor(key / 8);
    if (field === 0) throw new ProtobufError(`field number 0 at byte ${this.pos}`, false);
    if (wire !== 0 && wire !== 1 && wire !== 2 && wire !== 5) {
      throw new ProtobufError(`unsupported wire type ${wire} for field ${field}`, false);
    }
    return { field, wire: wire as WireType };
  }

  /**
   * Unsigned varint as a number. Values above 2^53 lose precision; negative int64 (10-byte
   * varints) come out as large positive numbers: use `varintBig`/`int64` where sign matters.
   */
  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError('varint runs past the end of the message', true);
      const b = this.buf[this.pos++]!;
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
    throw new ProtobufError('varint longer than 10 bytes', false);
  }

  /** Unsigned 64-bit varint as BigInt (exact). */
  varintBig(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError('varint runs past the end of the message', true);
      const b = this.buf[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return BigInt.asUintN(64, result);
      shift += 7n;
    }
    throw new ProtobufError('varint longer than 10 bytes', false);
  }

  /** Signed int64 (two's complement varint) as a number; exact within +-2^53. */
  int64(): number {
    const start = this.pos;
    const v = this.varint();
    if (v <= Number.MAX_SAFE_INTEGER) return v;
    this.pos = start;
    return Number(BigInt.asIntN(64, this.varintBig()));
  }

  /** Length of a length-delimited field, checked against the message end. */
  length(): number {
    const n = this.varint();
    if (this.pos + n > this.end) {
      throw new ProtobufError(`length-delimited field of ${n} bytes runs past the end of the message`, true);
    }
    return n;
  }

  /** Length-delimited payload as a view (no copy). */
  bytes(): Uint8Array {
    const n = this.length();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    return textDecoder.decode(this.bytes());
  }

  /** Sub-reader over the next length-delimited payload. */
  sub(): ProtoReader {
    const n = this.length();
    const r = new ProtoReader(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return r;
  }

  fixed32(): number {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  float(): number {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  fixed64(): bigint {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }

  double(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** Skips the payload of a field whose tag was just read. */
  skip(wire: WireType): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.pos += 8;
        return;
      case WIRE_LEN: {
        const n = this.length(); // read first: `pos += length()` would use the pos before the length
        this.pos += n;
        return;
      }
      case WIRE_FIXED32:
        this.need(4);
        this.pos += 4;
        return;
    }
  }

  /** Reads a repeated int64 element, packed (wire 2) or not (wire 0), appending to `out`. */
  repeatedInt64(wire: WireType, out: number[]): void {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64());
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64());
    } else throw new ProtobufError(`int64 field with wire type ${wire}`, false);
  }

  /** Repeated int32/uint32/enum/bool, packed or not. int32 negatives are sign-extended varints. */
  repeatedInt32(wire: WireType, out: number[]): void {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64() | 0);
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64() | 0);
    } else throw new ProtobufError(`int32 field with wire type ${wire}`, false);
  }

  /** Repeated float (fixed32), packed or not. */
  repeatedFloat(wire: WireType, out: number[]): void {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 4 !== 0) throw new ProtobufError('packed float field length is not a multiple of 4', false);
      while (!r.done) out.push(r.float());
    } else if (wire === WIRE_FIXED32) {
      out.push(this.float());
    } else throw new ProtobufError(`float field with wire type ${wire}`, false);
  }

  /** Repeated double (fixed64), packed or not. */
  repeatedDouble(wire: WireType, out: number[]): void {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 8 !== 0) throw new ProtobufError('packed double field length is not a multiple of 8', false);
      while (!r.done) out.push(r.double());
    } else if (wire === WIRE_FIXED64) {
      out.push(this.double());
    } else throw new ProtobufError(`double field with wire type ${wire}`, false);
  }

  private need(n: number): void {
    if (this.pos + n > this.end) throw new ProtobufError(`fixed-size field runs past the end of the message`, true);
  }
}

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
