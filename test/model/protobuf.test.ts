/** Wire-format checks against byte patterns from the protobuf encoding spec (hand-computed). */
import { describe, it, expect } from 'vitest';
import { ProtoReader, ProtoWriter, ProtobufError, encodeVarint, varintSize } from '../../src/model/protobuf.js';

describe('protobuf varints', () => {
  it('encodes the spec examples', () => {
    expect(Array.from(encodeVarint(1))).toEqual([0x01]);
    expect(Array.from(encodeVarint(150))).toEqual([0x96, 0x01]);
    expect(Array.from(encodeVarint(300))).toEqual([0xac, 0x02]);
    // -1 as int64: ten bytes, 0xff x9 then 0x01
    expect(Array.from(encodeVarint(-1))).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(varintSize(-1)).toBe(10);
    expect(varintSize(2 ** 35)).toBe(6);
  });

  it('round-trips 64-bit values exactly through BigInt', () => {
    for (const v of [0n, 127n, 128n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 64n - 1n]) {
      const r = new ProtoReader(encodeVarint(v));
      expect(r.varintBig()).toBe(v);
      expect(r.done).toBe(true);
    }
    expect(new ProtoReader(encodeVarint(-5)).int64()).toBe(-5);
    expect(new ProtoReader(encodeVarint(-(2 ** 40))).int64()).toBe(-(2 ** 40));
    expect(new ProtoReader(encodeVarint(2 ** 52 + 3)).int64()).toBe(2 ** 52 + 3);
  });

  it('reports truncation and malformed varints', () => {
    expect(() => new ProtoReader(Uint8Array.from([0x96])).varint()).toThrow(ProtobufError);
    try {
      new ProtoReader(Uint8Array.from([0x96])).varint();
    } catch (e) {
      expect((e as ProtobufError).truncated).toBe(true);
    }
    const eleven = new Uint8Array(11).fill(0x80);
    expect(() => new ProtoReader(eleven).varint()).toThrow(/longer than 10/);
  });
});

describe('protobuf messages', () => {
  it('writes tag/length/payload as the spec shows (field 2 string "testing")', () => {
    const bytes = new ProtoWriter().string(2, 'testing').finish();
    expect(Array.from(bytes)).toEqual([0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67]);
  });

  it('reads back every wire type, packed and unpacked repeated fields', () => {
    const inner = new ProtoWriter().varint(1, 42);
    const w = new ProtoWriter()
      .varint(1, 7)
      .fixed32(2, 0xdeadbeef)
      .double(3, Math.PI)
      .float(4, 1.5)
      .message(5, inner)
      .packedVarints(6, [1, 300, -2])
      .varint(6, 9)
      .packedFloats(7, [0.5, -0.25])
      .float(7, 2)
      .packedDoubles(8, [1e-300, 3])
      .fixed64(9, 2n ** 60n);
    const r = new ProtoReader(w.finish());
    const ints: number[] = [];
    const floats: number[] = [];
    const doubles: number[] = [];
    while (!r.done) {
      const { field, wire } = r.tag();
      switch (field) {
        case 1: expect(r.varint()).toBe(7); break;
        case 2: expect(r.fixed32()).toBe(0xdeadbeef); break;
        case 3: expect(r.double()).toBe(Math.PI); break;
        case 4: expect(r.float()).toBe(1.5); break;
        case 5: { const s = r.sub(); s.tag(); expect(s.varint()).toBe(42); break; }
        case 6: r.repeatedInt64(wire, ints); break;
        case 7: r.repeatedFloat(wire, floats); break;
        case 8: r.repeatedDouble(wire, doubles); break;
        case 9: expect(r.fixed64()).toBe(2n ** 60n); break;
        default: throw new Error('unexpected field');
      }
    }
    expect(ints).toEqual([1, 300, -2, 9]);
    expect(floats).toEqual([0.5, -0.25, 2]);
    expect(doubles).toEqual([1e-300, 3]);
  });

  it('skips unknown fields and refuses lengths past the end', () => {
    const bytes = new ProtoWriter().bytes(3, new Uint8Array(5)).varint(4, 1).finish();
    const r = new ProtoReader(bytes);
    r.skip(r.tag().wire);
    expect(r.tag().field).toBe(4);
    const bad = Uint8Array.from([0x1a, 0x10, 0x00]); // field 3, length 16, 1 byte present
    const r2 = new ProtoReader(bad);
    r2.tag();
    expect(() => r2.bytes()).toThrow(/past the end/);
    expect(() => new ProtoReader(Uint8Array.from([0x0b])).tag()).toThrow(/wire type 3/); // group start
  });
});
