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

import { WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, type WireType } from '../util/protoWriter.js';

// The writer half lives in src/util/protoWriter.ts (the numeric engine's small compute graphs use
// it too, and src/linalg must not import src/model); re-exported here for the model's writers.
export { encodeTag, encodeVarint, ProtoWriter, varintSize, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT, type WireType } from '../util/protoWriter.js';

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
