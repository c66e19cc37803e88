/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/linalg/matrix.ts
function exactFloat32(d) {
  const f = new Float32Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const v = d[i];
    f[i] = v;
    if (f[i] !== v && v === v) return null;
  }
  return f;
}
function matrix(rows, cols, data) {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`matrix: rows and cols must be non-negative integers, got ${rows}x${cols}`);
  }
  const d = data ?? new Float64Array(rows * cols);
  if (d.length !== rows * cols) {
    throw new RangeError(`matrix: data has ${d.length} elements, expected ${rows}x${cols}=${rows * cols}`);
  }
  return { rows, cols, data: d };
}
function transposeInto(src, rows, cols, dst) {
  const TILE = 64;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = Math.min(rows, r0 + TILE);
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = Math.min(cols, c0 + TILE);
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) dst[c * rows + r] = src[r * cols + c];
    }
  }
}
function firstNonFinite(values) {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}
function mirrorLower(A, n) {
  const TILE = 64;
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    for (let j0 = i0; j0 < n; j0 += TILE) {
      const j1 = Math.min(n, j0 + TILE);
      for (let i = i0; i < i1; i++) for (let j = Math.max(j0, i + 1); j < j1; j++) A[i * n + j] = A[j * n + i];
    }
  }
}
function lowerBlockRows(n, blockRows) {
  const blocks = Math.max(1, Math.round(n / blockRows));
  return Array.from({ length: blocks }, (_, i) => ({ r0: Math.floor(n * i / blocks), r1: Math.floor(n * (i + 1) / blocks) }));
}
function putLowerBlockRow(out, n, blk, r0, r1) {
  for (let r = 0; r < r1 - r0; r++) out.set(blk.subarray(r * r1, r * r1 + r0 + r + 1), (r0 + r) * n);
}

// src/util/protoWriter.ts
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var textEncoder = new TextEncoder();
function encodeVarint(v) {
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new RangeError(`varint must be an integer, got ${v}`);
    if (v < 0 || v > Number.MAX_SAFE_INTEGER) return encodeVarint(BigInt(v));
    const out2 = [];
    while (v >= 128) {
      out2.push(v % 128 | 128);
      v = Math.floor(v / 128);
    }
    out2.push(v);
    return Uint8Array.from(out2);
  }
  let u = BigInt.asUintN(64, v);
  const out = [];
  while (u >= 128n) {
    out.push(Number(u & 0x7fn) | 128);
    u >>= 7n;
  }
  out.push(Number(u));
  return Uint8Array.from(out);
}
function encodeTag(field, wire) {
  return encodeVarint(field * 8 + wire);
}
var ProtoWriter = class {
  chunks = [];
  size = 0;
  get byteLength() {
    return this.size;
  }
  /** Appends already-encoded bytes (e.g. a copied field span). */
  raw(bytes) {
    if (bytes.length > 0) {
      this.chunks.push(bytes);
      this.size += bytes.length;
    }
    return this;
  }
  tag(field, wire) {
    return this.raw(encodeTag(field, wire));
  }
  /** Varint field (uint64/int64/int32/enum/bool). Negative values use 10-byte two's complement. */
  varint(field, v) {
    return this.tag(field, WIRE_VARINT).raw(encodeVarint(v));
  }
  bytes(field, payload) {
    return this.tag(field, WIRE_LEN).raw(encodeVarint(payload.length)).raw(payload);
  }
  string(field, s) {
    return this.bytes(field, textEncoder.encode(s));
  }
  /** Nested message field from another writer (its chunks are moved, not copied). */
  message(field, inner) {
    this.tag(field, WIRE_LEN).raw(encodeVarint(inner.size));
    for (const c of inner.chunks) this.raw(c);
    return this;
  }
  fixed32(field, v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }
  float(field, v) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return this.tag(field, WIRE_FIXED32).raw(b);
  }
  fixed64(field, v) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt.asUintN(64, v), true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }
  double(field, v) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    return this.tag(field, WIRE_FIXED64).raw(b);
  }
  /** Packed repeated varints (int32/int64/uint64/bool/enum). */
  packedVarints(field, values) {
    if (values.length === 0) return this;
    const parts = [];
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const e = encodeVarint(values[i]);
      parts.push(e);
      n += e.length;
    }
    this.tag(field, WIRE_LEN).raw(encodeVarint(n));
    for (const p of parts) this.raw(p);
    return this;
  }
  /** Packed repeated float (fixed32 little-endian). */
  packedFloats(field, values) {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 4);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat32(i * 4, values[i], true);
    return this.bytes(field, b);
  }
  /** Packed repeated double (fixed64 little-endian). */
  packedDoubles(field, values) {
    if (values.length === 0) return this;
    const b = new Uint8Array(values.length * 8);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < values.length; i++) dv.setFloat64(i * 8, values[i], true);
    return this.bytes(field, b);
  }
  /** The chunks, in order, for streaming the message out without concatenating it. */
  parts() {
    return this.chunks;
  }
  finish() {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (const c of this.chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }
};

export {
  WIRE_VARINT,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_FIXED32,
  encodeVarint,
  encodeTag,
  ProtoWriter,
  exactFloat32,
  matrix,
  transposeInto,
  firstNonFinite,
  mirrorLower,
  lowerBlockRows,
  putLowerBlockRow
};
