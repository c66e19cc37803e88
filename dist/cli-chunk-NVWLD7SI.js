/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);
import {
  DTYPE_BYTES,
  decodeToFloat64,
  encodeFromFloat64,
  float16ToNumber,
  float32View,
  numberToFloat16
} from "./cli-chunk-JVBZG5TV.js";
import {
  modulePathFromTensorName
} from "./cli-chunk-FADXTKAR.js";
import {
  ProtoWriter,
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_VARINT,
  matrix
} from "./cli-chunk-YNVCIOJB.js";
import {
  isInside
} from "./cli-chunk-CMMSJIGO.js";
import {
  WwError
} from "./cli-chunk-VV6HVIHU.js";

// src/model/onnx.ts
import { open as open2, realpath, stat } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";

// src/io/fileHandles.ts
import { open } from "node:fs/promises";
var FileHandles = class {
  opening = /* @__PURE__ */ new Map();
  /** `onError` turns a failed open into the caller's error; the failure is not cached. */
  get(file, onError = (e) => e) {
    let h = this.opening.get(file);
    if (!h) {
      h = open(file, "r").catch((e) => {
        this.opening.delete(file);
        throw onError(e);
      });
      this.opening.set(file, h);
    }
    return h;
  }
  /** Closes every handle opened so far (waiting for opens still in flight). */
  async closeAll() {
    const pending = [...this.opening.values()];
    this.opening.clear();
    const settled = await Promise.allSettled(pending);
    await Promise.all(settled.flatMap((s) => s.status === "fulfilled" ? [s.value.close()] : []));
  }
};

// src/model/protobuf.ts
var ProtobufError = class extends Error {
  constructor(message, truncated) {
    super(message);
    this.truncated = truncated;
    this.name = "ProtobufError";
  }
  truncated;
};
var textDecoder = new TextDecoder("utf-8", { fatal: false });
var ProtoReader = class _ProtoReader {
  constructor(buf, start = 0, end = buf.length) {
    this.buf = buf;
    if (start < 0 || end > buf.length || start > end) throw new ProtobufError(`bad window ${start}..${end} of ${buf.length}`, false);
    this.pos = start;
    this.end = end;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  buf;
  pos;
  end;
  view;
  get done() {
    return this.pos >= this.end;
  }
  /** Reads a field tag; returns field number and wire type. */
  tag() {
    const key = this.varint();
    const wire = key % 8;
    const field = Math.floor(key / 8);
    if (field === 0) throw new ProtobufError(`field number 0 at byte ${this.pos}`, false);
    if (wire !== 0 && wire !== 1 && wire !== 2 && wire !== 5) {
      throw new ProtobufError(`unsupported wire type ${wire} for field ${field}`, false);
    }
    return { field, wire };
  }
  /**
   * Unsigned varint as a number. Values above 2^53 lose precision; negative int64 (10-byte
   * varints) come out as large positive numbers: use `varintBig`/`int64` where sign matters.
   */
  varint() {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError("varint runs past the end of the message", true);
      const b = this.buf[this.pos++];
      result += (b & 127) * mul;
      if ((b & 128) === 0) return result;
      mul *= 128;
    }
    throw new ProtobufError("varint longer than 10 bytes", false);
  }
  /** Unsigned 64-bit varint as BigInt (exact). */
  varintBig() {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new ProtobufError("varint runs past the end of the message", true);
      const b = this.buf[this.pos++];
      result |= BigInt(b & 127) << shift;
      if ((b & 128) === 0) return BigInt.asUintN(64, result);
      shift += 7n;
    }
    throw new ProtobufError("varint longer than 10 bytes", false);
  }
  /** Signed int64 (two's complement varint) as a number; exact within +-2^53. */
  int64() {
    const start = this.pos;
    const v = this.varint();
    if (v <= Number.MAX_SAFE_INTEGER) return v;
    this.pos = start;
    return Number(BigInt.asIntN(64, this.varintBig()));
  }
  /** Length of a length-delimited field, checked against the message end. */
  length() {
    const n = this.varint();
    if (this.pos + n > this.end) {
      throw new ProtobufError(`length-delimited field of ${n} bytes runs past the end of the message`, true);
    }
    return n;
  }
  /** Length-delimited payload as a view (no copy). */
  bytes() {
    const n = this.length();
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string() {
    return textDecoder.decode(this.bytes());
  }
  /** Sub-reader over the next length-delimited payload. */
  sub() {
    const n = this.length();
    const r = new _ProtoReader(this.buf, this.pos, this.pos + n);
    this.pos += n;
    return r;
  }
  fixed32() {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  float() {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
  fixed64() {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }
  double() {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  /** Skips the payload of a field whose tag was just read. */
  skip(wire) {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.pos += 8;
        return;
      case WIRE_LEN: {
        const n = this.length();
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
  repeatedInt64(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64());
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64());
    } else throw new ProtobufError(`int64 field with wire type ${wire}`, false);
  }
  /** Repeated int32/uint32/enum/bool, packed or not. int32 negatives are sign-extended varints. */
  repeatedInt32(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      while (!r.done) out.push(r.int64() | 0);
    } else if (wire === WIRE_VARINT) {
      out.push(this.int64() | 0);
    } else throw new ProtobufError(`int32 field with wire type ${wire}`, false);
  }
  /** Repeated float (fixed32), packed or not. */
  repeatedFloat(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 4 !== 0) throw new ProtobufError("packed float field length is not a multiple of 4", false);
      while (!r.done) out.push(r.float());
    } else if (wire === WIRE_FIXED32) {
      out.push(this.float());
    } else throw new ProtobufError(`float field with wire type ${wire}`, false);
  }
  /** Repeated double (fixed64), packed or not. */
  repeatedDouble(wire, out) {
    if (wire === WIRE_LEN) {
      const r = this.sub();
      if ((r.end - r.pos) % 8 !== 0) throw new ProtobufError("packed double field length is not a multiple of 8", false);
      while (!r.done) out.push(r.double());
    } else if (wire === WIRE_FIXED64) {
      out.push(this.double());
    } else throw new ProtobufError(`double field with wire type ${wire}`, false);
  }
  need(n) {
    if (this.pos + n > this.end) throw new ProtobufError(`fixed-size field runs past the end of the message`, true);
  }
};

// src/model/fileCursor.ts
var DEFAULT_WINDOW = 1 << 20;
var FileCursor = class {
  constructor(fh, size, window = DEFAULT_WINDOW) {
    this.fh = fh;
    this.size = size;
    this.buf = new Uint8Array(window);
  }
  fh;
  size;
  /** Absolute file position of the next byte to decode. */
  pos = 0;
  buf;
  bufStart = 0;
  bufLen = 0;
  /** Makes bytes [pos, pos+n) available in the window (fewer at end of file). Returns how many are. */
  async fill(n) {
    const want = Math.min(n, this.size - this.pos);
    if (this.pos >= this.bufStart && this.pos + want <= this.bufStart + this.bufLen) return want;
    if (this.buf.length < want) this.buf = new Uint8Array(want);
    const len = Math.min(this.buf.length, this.size - this.pos);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(this.buf, got, len - got, this.pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.bufStart = this.pos;
    this.bufLen = got;
    return Math.min(want, got);
  }
  /** Decodes a varint at pos (must end before `limit`). */
  async varint(limit) {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const v = this.decode(() => r.varint(), limit);
    this.pos = this.bufStart + r.pos;
    return v;
  }
  async tag(limit) {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const t = this.decode(() => r.tag(), limit);
    this.pos = this.bufStart + r.pos;
    return t;
  }
  /** Length prefix of a length-delimited field, checked against `limit`. */
  async length(limit) {
    const n = await this.varint(limit);
    if (this.pos + n > limit) {
      throw new ProtobufError(`field of ${n} bytes at byte ${this.pos} runs past its end (${limit})`, limit >= this.size);
    }
    return n;
  }
  /** Returns a copy of the next n bytes and advances. */
  async bytes(n) {
    const got = await this.fill(n);
    if (got < n) throw new ProtobufError(`file ends inside a field at byte ${this.pos}`, true);
    const start = this.pos - this.bufStart;
    const out = this.buf.slice(start, start + n);
    this.pos += n;
    return out;
  }
  /** Skips a field payload of the given wire type (tag already read). */
  async skip(wire, limit) {
    switch (wire) {
      case 0:
        await this.varint(limit);
        return;
      case 1:
        this.advance(8, limit);
        return;
      case 2: {
        const n = await this.length(limit);
        this.pos += n;
        return;
      }
      case 5:
        this.advance(4, limit);
        return;
    }
  }
  /** Runs a decode step; running out of bytes counts as truncation only when the limit is the end of the file. */
  decode(step, limit) {
    try {
      return step();
    } catch (e) {
      if (e instanceof ProtobufError) throw new ProtobufError(`${e.message} (at byte ${this.pos})`, e.truncated && limit >= this.size);
      throw e;
    }
  }
  advance(n, limit) {
    if (this.pos + n > limit) throw new ProtobufError(`field runs past its end at byte ${this.pos}`, limit >= this.size);
    this.pos += n;
  }
};

// src/model/onnxBuilder.ts
var ONNX_DTYPE = {
  float32: 1,
  uint8: 2,
  int8: 3,
  int32: 6,
  int64: 7,
  bool: 9,
  float16: 10,
  float64: 11,
  bfloat16: 16,
  uint4: 21,
  int4: 22
};
var ELEM_SIZE = {
  float32: 4,
  uint8: 1,
  int8: 1,
  int32: 4,
  int64: 8,
  bool: 1,
  float16: 2,
  float64: 8,
  bfloat16: 2,
  uint4: 0.5,
  int4: 0.5
};
function tensorByteLength(type, count) {
  return Math.ceil(count * ELEM_SIZE[type]);
}
var EXPECTED_ARRAY = {
  float32: Float32Array,
  float16: Uint16Array,
  bfloat16: Uint16Array,
  float64: Float64Array,
  int64: BigInt64Array,
  int32: Int32Array,
  bool: Uint8Array,
  uint8: Uint8Array,
  int8: Int8Array,
  uint4: Uint8Array,
  int4: Uint8Array
};
function tensorDataBytes(t) {
  const want = EXPECTED_ARRAY[t.type];
  if (!Object.prototype.isPrototypeOf.call(want.prototype, t.data)) {
    throw new TypeError(`tensor ${t.name}: type ${t.type} needs its data as ${want.name}, got ${t.data.constructor.name}`);
  }
  const count = t.dims.reduce((a, b) => a * b, 1);
  const items = ELEM_SIZE[t.type] < 1 ? tensorByteLength(t.type, count) : count;
  if (t.data.length !== items) {
    throw new RangeError(`tensor ${t.name}: dims [${t.dims.join(",")}] need ${items} ${ELEM_SIZE[t.type] < 1 ? "packed bytes" : "elements"}, data has ${t.data.length}`);
  }
  return new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
}
function encodeTensor(t, external) {
  const data = tensorDataBytes(t);
  const w = new ProtoWriter();
  for (const d of t.dims) w.varint(1, d);
  w.varint(2, ONNX_DTYPE[t.type]);
  if (t.externalFile !== void 0) {
    if (!external) throw new Error(`tensor ${t.name}: external data requested but no sink given`);
    const offset = external(t.externalFile, data);
    w.string(8, t.name);
    const entry = (key, value) => w.message(13, new ProtoWriter().string(1, key).string(2, value));
    entry("location", t.externalFile);
    entry("offset", String(offset));
    entry("length", String(data.length));
    w.varint(14, 1);
    return w;
  }
  if (t.encoding === "typed") {
    encodeTypedData(w, t);
    w.string(8, t.name);
  } else {
    w.string(8, t.name);
    w.bytes(9, data);
  }
  return w;
}
function encodeTypedData(w, t) {
  switch (t.type) {
    case "float32":
      w.packedFloats(4, t.data);
      return;
    case "float64":
      w.packedDoubles(10, t.data);
      return;
    case "int64":
      w.packedVarints(7, t.data);
      return;
    default: {
      const vals = [];
      for (let i = 0; i < t.data.length; i++) vals.push(Number(t.data[i]));
      w.packedVarints(5, vals);
    }
  }
}
function encodeAttribute(name, v, external) {
  const w = new ProtoWriter().string(1, name);
  if ("int" in v) w.varint(3, v.int).varint(20, 2);
  else if ("float" in v) w.float(2, v.float).varint(20, 1);
  else if ("ints" in v) {
    for (const i of v.ints) w.varint(8, i);
    w.varint(20, 7);
  } else if ("floats" in v) {
    for (const f of v.floats) w.float(7, f);
    w.varint(20, 6);
  } else if ("string" in v) w.string(4, v.string).varint(20, 3);
  else if ("graph" in v) w.message(6, encodeGraph(v.graph, external)).varint(20, 5);
  else w.message(5, encodeTensor(v.tensor, external)).varint(20, 4);
  return w;
}
function encodeNode(n, external) {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  if (n.name !== void 0) w.string(3, n.name);
  w.string(4, n.opType);
  for (const [k, v] of Object.entries(n.attributes ?? {})) w.message(5, encodeAttribute(k, v, external));
  if (n.domain !== void 0 && n.domain !== "") w.string(7, n.domain);
  return w;
}
function encodeValueInfo(v) {
  const shape = new ProtoWriter();
  for (const d of v.shape) {
    const dim = new ProtoWriter();
    if (typeof d === "number") dim.varint(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tensorType = new ProtoWriter().varint(1, ONNX_DTYPE[v.type]).message(2, shape);
  const type = new ProtoWriter().message(1, tensorType);
  return new ProtoWriter().string(1, v.name).message(2, type);
}
function encodeGraph(g, external) {
  const graph = new ProtoWriter();
  for (const n of g.nodes) graph.message(1, encodeNode(n, external));
  graph.string(2, g.name ?? "graph");
  for (const t of g.initializers) graph.message(5, encodeTensor(t, external));
  for (const i of g.inputs) graph.message(11, encodeValueInfo(i));
  for (const o of g.outputs) graph.message(12, encodeValueInfo(o));
  return graph;
}

// src/model/limits.ts
import { constants } from "node:buffer";
var MAX_MATRIX_ELEMENTS = constants.MAX_LENGTH;
var GIB = 1024 ** 3;
function assertReadFits(bytes, what) {
  if (bytes <= MAX_MATRIX_ELEMENTS) return;
  throw new WwError("TENSOR_TOO_LARGE", `${what}: ${(bytes / GIB).toFixed(1)} GiB of data, larger than one tensor this tool can read whole (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB); leave it out of the selection (smooth.exclude / --exclude)`, {
    what,
    bytes,
    limit: MAX_MATRIX_ELEMENTS
  });
}
function matrixFits(rows, cols, elemBytes) {
  const elements = rows * cols;
  return elements <= MAX_MATRIX_ELEMENTS && elements * elemBytes <= MAX_MATRIX_ELEMENTS;
}
function assertMatrixFits(tensor, rows, cols, elemBytes, where) {
  if (matrixFits(rows, cols, elemBytes)) return;
  const bytes = rows * cols * elemBytes;
  throw new WwError(
    "TENSOR_TOO_LARGE",
    `${where}: tensor ${tensor} is [${rows},${cols}] (${(bytes / GIB).toFixed(1)} GiB stored), larger than one matrix this tool can hold (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB / ${MAX_MATRIX_ELEMENTS} elements); leave it out of the selection (smooth.exclude / --exclude)`,
    { tensor, rows, cols, bytes, limit: MAX_MATRIX_ELEMENTS }
  );
}
function assertLayerFits(layer, where = "model header") {
  assertMatrixFits(layer.name, layer.storedShape[0], layer.storedShape[1], DTYPE_BYTES[layer.dtype], where);
}
function layerTooLarge(layer) {
  const [rows, cols] = layer.storedShape;
  if (matrixFits(rows, cols, DTYPE_BYTES[layer.dtype])) return null;
  return `[${rows},${cols}] ${layer.dtype} is ${(rows * cols * DTYPE_BYTES[layer.dtype] / GIB).toFixed(1)} GiB, more than one matrix read holds (${(MAX_MATRIX_ELEMENTS / GIB).toFixed(0)} GiB / ${MAX_MATRIX_ELEMENTS} elements)`;
}

// src/model/quant.ts
function rint(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
var elementCount = (dims) => dims.reduce((a, b) => a * b, 1);
var isFloatScale = (t) => t.elemType === "float32" || t.elemType === "float16";
var isInt8 = (t) => t.elemType === "int8" || t.elemType === "uint8";
var isInt4 = (t) => t.elemType === "int4" || t.elemType === "uint4";
var bitsOf = (t) => isInt4(t) ? 4 : 8;
function matMulNBitsRecipe(node, lookup) {
  const attr = (k) => node.attributes.get(k)?.i;
  const K = attr("K");
  const N = attr("N");
  const bits = attr("bits") ?? 4;
  const blockSize = attr("block_size");
  if (K === void 0 || N === void 0 || blockSize === void 0 || K < 1 || N < 1 || blockSize < 16 || (blockSize & blockSize - 1) !== 0) {
    return { reason: `MatMulNBits ${node.name}: attributes K, N and a power-of-two block_size >= 16 are required (got K=${K}, N=${N}, block_size=${blockSize})` };
  }
  if (bits !== 4 && bits !== 8) return { reason: `MatMulNBits ${node.name}: ${bits}-bit weights are not decoded (4 and 8 are)` };
  const b = lookup(node.inputs[1]);
  const scales = lookup(node.inputs[2]);
  if (!b || b.elemType !== "uint8") return { reason: `MatMulNBits ${node.name}: B is not a uint8 initializer` };
  if (!scales || !isFloatScale(scales)) return { reason: `MatMulNBits ${node.name}: scales are not a float32/float16 initializer` };
  const nBlocks = Math.ceil(K / blockSize);
  const blob = blockSize * bits / 8;
  if (elementCount(b.dims) !== N * nBlocks * blob) return { reason: `MatMulNBits ${node.name}: B has ${elementCount(b.dims)} bytes, expected N*n_blocks*blob = ${N * nBlocks * blob}` };
  if (elementCount(scales.dims) !== N * nBlocks) return { reason: `MatMulNBits ${node.name}: scales have ${elementCount(scales.dims)} values, expected ${N * nBlocks}` };
  let zeroPoints = null;
  if (node.inputs[3]) {
    zeroPoints = lookup(node.inputs[3]);
    if (!zeroPoints) return { reason: `MatMulNBits ${node.name}: zero_points are not an initializer` };
    if (zeroPoints.elemType === "uint8") {
      if (elementCount(zeroPoints.dims) !== N * Math.ceil(nBlocks * bits / 8)) return { reason: `MatMulNBits ${node.name}: zero_points have ${elementCount(zeroPoints.dims)} bytes, expected ${N * Math.ceil(nBlocks * bits / 8)}` };
    } else if (zeroPoints.elemType === scales.elemType) {
      if (bits !== 4) return { reason: `MatMulNBits ${node.name}: ${zeroPoints.elemType} zero points with ${bits}-bit weights are not decoded: onnxruntime's CPU kernel runs float zero points with 4-bit weights only` };
      if (elementCount(zeroPoints.dims) !== N * nBlocks) return { reason: `MatMulNBits ${node.name}: ${zeroPoints.elemType} zero_points have ${elementCount(zeroPoints.dims)} values, expected N*n_blocks = ${N * nBlocks}` };
    } else {
      return { reason: `MatMulNBits ${node.name}: zero_points are ${zeroPoints.elemType ?? `ONNX type ${zeroPoints.dataType}`}; packed uint8 or the scales' type (${scales.elemType}) is expected` };
    }
  }
  let gIdx = null;
  if (node.inputs[4]) {
    gIdx = lookup(node.inputs[4]);
    if (!gIdx || gIdx.elemType !== "int32" || elementCount(gIdx.dims) !== K) return { reason: `MatMulNBits ${node.name}: g_idx must be an int32 initializer of K = ${K} values` };
    if (zeroPoints?.elemType === "uint8") return { reason: `MatMulNBits ${node.name}: g_idx with packed uint8 zero points is not decoded: onnxruntime's CPU kernel ignores those zero points (it uses 8), so the weights it runs differ from the operator specification's; g_idx without zero points is decoded` };
  }
  return { recipe: { op: "MatMulNBits", b, scales, zeroPoints, gIdx, K, N, bits, blockSize }, storedShape: [N, K], storedTransposed: true };
}
function linearRecipe(op, nodeName, q, scale, zp, axisHint, blockSize) {
  const types = op === "DequantizeLinear" ? "int8/uint8/int4/uint4" : "int8/uint8";
  if (!q || q.dims.length !== 2 || !(isInt8(q) || op === "DequantizeLinear" && isInt4(q))) return { reason: `${op} ${nodeName}: the weight is not a 2-D ${types} initializer${q ? ` (${q.elemType ?? `ONNX type ${q.dataType}`}[${q.dims.join(",")}])` : ""}` };
  if (!scale || !isFloatScale(scale)) return { reason: `${op} ${nodeName}: the weight scale is not a float32/float16 initializer` };
  if (zp && zp.elemType !== q.elemType) return { reason: `${op} ${nodeName}: zero point type ${zp.elemType} differs from the weight's ${q.elemType}` };
  const [rows, cols] = q.dims;
  const n = elementCount(scale.dims);
  const axis = axisHint < 0 ? axisHint + 2 : axisHint;
  let recipe;
  if (blockSize !== null && blockSize > 0) {
    const want = axis === 0 ? Math.ceil(rows / blockSize) * cols : rows * Math.ceil(cols / blockSize);
    if (scale.dims.length !== 2 || n !== want) return { reason: `${op} ${nodeName}: blocked scale has ${n} values, expected ${want}` };
    recipe = { op, q, scale, zeroPoint: zp, axis, blockSize };
  } else if (n === 1) {
    recipe = { op, q, scale, zeroPoint: zp, axis: null, blockSize: null };
  } else if (scale.dims.length === 1 && (axis === 0 || axis === 1) && n === (axis === 0 ? rows : cols)) {
    recipe = { op, q, scale, zeroPoint: zp, axis, blockSize: null };
  } else {
    return { reason: `${op} ${nodeName}: scale of shape [${scale.dims.join(",")}] is neither per-tensor nor per-axis for a [${rows},${cols}] weight` };
  }
  if (zp && elementCount(zp.dims) !== n) return { reason: `${op} ${nodeName}: zero point has ${elementCount(zp.dims)} values, the scale ${n}` };
  return { recipe, storedShape: [rows, cols], storedTransposed: false };
}
function dequantizeLinearRecipe(node, lookup) {
  const q = lookup(node.inputs[0]);
  const scale = lookup(node.inputs[1]);
  const zp = node.inputs[2] ? lookup(node.inputs[2]) : null;
  if (node.inputs[2] && !zp) return { reason: `DequantizeLinear ${node.name}: zero point is not an initializer` };
  if (q && q.elemType === null) return { reason: `DequantizeLinear ${node.name}: ONNX type ${q.dataType} weights (float8 and others) are not decoded; int8, uint8, int4 and uint4 are` };
  const blockSize = node.attributes.get("block_size")?.i ?? 0;
  return linearRecipe("DequantizeLinear", node.name, q, scale, zp, node.attributes.get("axis")?.i ?? 1, blockSize > 0 ? blockSize : null);
}
function qLinearMatMulRecipe(node, lookup) {
  return linearRecipe("QLinearMatMul", node.name, lookup(node.inputs[3]), lookup(node.inputs[4]), node.inputs[5] ? lookup(node.inputs[5]) : null, 1, null);
}
function matMulIntegerRecipe(node, lookup, consumersOf, producerOf) {
  const q = lookup(node.inputs[1]);
  const zp = node.inputs[3] ? lookup(node.inputs[3]) : null;
  const out = node.outputs[0] ?? "";
  const cast = consumersOf(out).find((n) => n.opType === "Cast");
  const mul = cast ? consumersOf(cast.outputs[0] ?? "").find((n) => n.opType === "Mul") : void 0;
  let scale = null;
  if (mul && cast) {
    for (const input of mul.inputs) {
      if (input === cast.outputs[0]) continue;
      scale = lookup(input);
      const s = scale ? null : producerOf(input);
      if (s && s.opType === "Mul") scale = s.inputs.map((i) => lookup(i)).find((t) => t !== null) ?? null;
    }
  }
  if (!scale) return { reason: `MatMulInteger ${node.name}: no weight scale found (expected MatMulInteger -> Cast -> Mul by Mul(x_scale, w_scale), as quantize_dynamic writes it)` };
  return linearRecipe("MatMulInteger", node.name, q, scale, zp, 1, null);
}
function quantizationInfo(r, zeroPointValues2) {
  if (r.op === "MatMulNBits") {
    const mid2 = 1 << r.bits - 1;
    const symmetric2 = zeroPointValues2 === null || Array.from(zeroPointValues2).every((z) => z === mid2);
    return { op: r.op, bits: r.bits, blockSize: r.blockSize, symmetric: symmetric2 };
  }
  const mid = r.q.elemType === "uint8" ? 128 : r.q.elemType === "uint4" ? 8 : 0;
  const symmetric = zeroPointValues2 === null || Array.from(zeroPointValues2).every((z) => z === mid);
  return { op: r.op, bits: bitsOf(r.q), blockSize: r.blockSize, symmetric };
}
function dequantizedType(r) {
  return r.op === "MatMulNBits" ? r.scales.elemType : r.scale.elemType;
}
var roundToType = (dtype) => dtype === "float16" ? (v) => float16ToNumber(numberToFloat16(v)) : Math.fround;
var roundingOf = (r) => r.op === "DequantizeLinear" && dequantizedType(r) === "float16" ? (v) => float16ToNumber(numberToFloat16(v)) : Math.fround;
async function nbitsFloatZeroPoints(r, read) {
  const zp = r.zeroPoints;
  return zp && zp.elemType !== "uint8" ? decodeToFloat64(await read(zp), zp.elemType) : null;
}
var floatZeroDequant = (q, s, zp) => Math.fround(Math.fround(q * s) + Math.fround(-s * zp));
function nbitsZeroPoints(r, zpBytes) {
  const nBlocks = Math.ceil(r.K / r.blockSize);
  const out = new Uint8Array(r.N * nBlocks).fill(1 << r.bits - 1);
  if (zpBytes === null) return out;
  const perRow = Math.ceil(nBlocks * r.bits / 8);
  for (let n = 0; n < r.N; n++) {
    for (let b = 0; b < nBlocks; b++) {
      out[n * nBlocks + b] = r.bits === 8 ? zpBytes[n * perRow + b] : zpBytes[n * perRow + (b >> 1)] >> (b & 1) * 4 & 15;
    }
  }
  return out;
}
function intValues(t, bytes) {
  if (isInt4(t)) {
    const out2 = new Int16Array(elementCount(t.dims));
    for (let i = 0; i < out2.length; i++) {
      const nibble = bytes[i >> 1] >> (i & 1) * 4 & 15;
      out2[i] = t.elemType === "int4" ? nibble << 28 >> 28 : nibble;
    }
    return out2;
  }
  const out = new Int16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = t.elemType === "int8" ? bytes[i] << 24 >> 24 : bytes[i];
  return out;
}
function intBytes(t, values) {
  if (!isInt4(t)) return Uint8Array.from(values, (v) => v & 255);
  const out = new Uint8Array(Math.ceil(values.length / 2));
  for (let i = 0; i < values.length; i++) out[i >> 1] |= (values[i] & 15) << (i & 1) * 4;
  return out;
}
function intRange(t) {
  switch (t.elemType) {
    case "int8":
      return [-128, 127];
    case "int4":
      return [-8, 7];
    case "uint4":
      return [0, 15];
    default:
      return [0, 255];
  }
}
function scaleIndex(r, i, j, cols) {
  if (r.axis === null) return 0;
  if (r.blockSize === null) return r.axis === 0 ? i : j;
  return r.axis === 0 ? Math.floor(i / r.blockSize) * cols + j : i * Math.ceil(cols / r.blockSize) + Math.floor(j / r.blockSize);
}
async function zeroPointValues(r, read) {
  if (r.op === "MatMulNBits") return r.zeroPoints ? await nbitsFloatZeroPoints(r, read) ?? nbitsZeroPoints(r, await read(r.zeroPoints)) : null;
  return r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
}
async function dequantize(r, read) {
  const round = roundingOf(r);
  if (r.op === "MatMulNBits") {
    const b = await read(r.b);
    const scales = decodeToFloat64(await read(r.scales), dequantizedType(r));
    const floatZps = await nbitsFloatZeroPoints(r, read);
    const zps = floatZps ?? nbitsZeroPoints(r, r.zeroPoints ? await read(r.zeroPoints) : null);
    const gIdx = r.gIdx ? new Int32Array((await read(r.gIdx)).slice().buffer) : null;
    const nBlocks = Math.ceil(r.K / r.blockSize);
    const blob = r.blockSize * r.bits / 8;
    const out2 = new Float64Array(r.N * r.K);
    for (let n = 0; n < r.N; n++) {
      for (let k = 0; k < r.K; k++) {
        const block = Math.floor(k / r.blockSize);
        const sb = gIdx ? gIdx[k] : block;
        const within = k - block * r.blockSize;
        const byte = b[n * nBlocks * blob + block * blob + (r.bits === 8 ? within : within >> 1)];
        const q2 = r.bits === 8 ? byte : byte >> (within & 1) * 4 & 15;
        const at = n * nBlocks + sb;
        out2[n * r.K + k] = floatZps ? floatZeroDequant(q2, scales[at], floatZps[at]) : round((q2 - zps[at]) * scales[at]);
      }
    }
    return { rows: r.N, cols: r.K, data: out2 };
  }
  const [rows, cols] = r.q.dims;
  const q = intValues(r.q, await read(r.q));
  const scale = decodeToFloat64(await read(r.scale), dequantizedType(r));
  const zp = r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const s = scaleIndex(r, i, j, cols);
      out[i * cols + j] = round((q[i * cols + j] - (zp ? zp[s] : 0)) * scale[s]);
    }
  }
  return { rows, cols, data: out };
}
function quantizeNBits(values, o) {
  const round = Math.fround;
  let num = 0;
  let den = 0;
  const account = (v, deq) => {
    num += (deq - v) ** 2;
    den += v * v;
  };
  const nBlocks = Math.ceil(o.K / o.blockSize);
  const blob = o.blockSize * o.bits / 8;
  const qmax = (1 << o.bits) - 1;
  const mid = 1 << o.bits - 1;
  const symmetric = o.symmetric;
  const fixed = o.fixedZeroPoints ?? null;
  const scaleRound = roundToType(o.scaleType);
  const b = new Uint8Array(o.N * nBlocks * blob);
  const scales = new Float64Array(o.N * nBlocks);
  const zps = fixed ?? new Uint8Array(o.N * nBlocks);
  const gIdx = o.gIdx;
  for (let n = 0; n < o.N; n++) {
    const lo = new Float64Array(nBlocks).fill(0);
    const hi = new Float64Array(nBlocks).fill(0);
    const amax = new Float64Array(nBlocks).fill(0);
    for (let k = 0; k < o.K; k++) {
      const g = gIdx ? gIdx[k] : Math.floor(k / o.blockSize);
      const v = values[n * o.K + k];
      lo[g] = Math.min(lo[g], v);
      hi[g] = Math.max(hi[g], v);
      if (Math.abs(v) > Math.abs(amax[g])) amax[g] = v;
    }
    for (let g = 0; g < nBlocks; g++) {
      let s;
      let z;
      if (fixed) {
        z = fixed[n * nBlocks + g];
        const up = hi[g] > 0 && qmax - z > 0 ? hi[g] / (qmax - z) : 0;
        const down = lo[g] < 0 && z > 0 ? -lo[g] / z : 0;
        s = scaleRound(Math.max(up, down));
      } else if (symmetric) {
        s = scaleRound(amax[g] / -mid);
        z = mid;
      } else {
        s = scaleRound((hi[g] - lo[g]) / qmax);
        z = s === 0 ? mid : Math.min(qmax, Math.max(0, rint(-lo[g] / s)));
      }
      scales[n * nBlocks + g] = s;
      if (!fixed) zps[n * nBlocks + g] = z;
    }
    for (let k = 0; k < o.K; k++) {
      const block = Math.floor(k / o.blockSize);
      const g = gIdx ? gIdx[k] : block;
      const s = scales[n * nBlocks + g];
      const z = zps[n * nBlocks + g];
      const v = values[n * o.K + k];
      let q;
      if (fixed) {
        q = Math.min(qmax, Math.max(0, rint(s === 0 ? z : v / s + z)));
        account(v, floatZeroDequant(q, s, z));
      } else {
        q = s === 0 ? z : Math.min(qmax, Math.max(0, rint(v / s) + z));
        account(v, round((q - z) * s));
      }
      const within = k - block * o.blockSize;
      const at = n * nBlocks * blob + block * blob + (o.bits === 8 ? within : within >> 1);
      if (o.bits === 8) b[at] = q;
      else b[at] |= q << (within & 1) * 4;
    }
    for (let k = o.K; k < nBlocks * o.blockSize; k++) {
      const block = Math.floor(k / o.blockSize);
      const within = k - block * o.blockSize;
      const z = fixed ? Math.min(qmax, Math.max(0, rint(fixed[n * nBlocks + block]))) : zps[n * nBlocks + block];
      const at = n * nBlocks * blob + block * blob + (o.bits === 8 ? within : within >> 1);
      if (o.bits === 8) b[at] = z;
      else b[at] |= z << (within & 1) * 4;
    }
  }
  const perRow = Math.ceil(nBlocks * o.bits / 8);
  const packed = new Uint8Array(fixed ? 0 : o.N * perRow);
  for (let n = 0; n < (fixed ? 0 : o.N); n++) {
    for (let g = 0; g < nBlocks; g++) {
      if (o.bits === 8) packed[n * perRow + g] = zps[n * nBlocks + g];
      else packed[n * perRow + (g >> 1)] |= zps[n * nBlocks + g] << (g & 1) * 4;
    }
  }
  return { b, scales: encodeFromFloat64(scales, o.scaleType), zeroPoints: packed, error: den > 0 ? Math.sqrt(num / den) : 0 };
}
async function requantize(r, values, read) {
  const round = roundingOf(r);
  let num = 0;
  let den = 0;
  const account = (v, deq) => {
    num += (deq - v) ** 2;
    den += v * v;
  };
  const tensors = /* @__PURE__ */ new Map();
  if (r.op === "MatMulNBits") {
    const gIdx = r.gIdx ? new Int32Array((await read(r.gIdx)).slice().buffer) : null;
    const fixedZeroPoints = await nbitsFloatZeroPoints(r, read);
    const q = quantizeNBits(values, { N: r.N, K: r.K, bits: r.bits, blockSize: r.blockSize, scaleType: dequantizedType(r), symmetric: r.zeroPoints === null, gIdx, fixedZeroPoints });
    tensors.set(r.b, q.b);
    tensors.set(r.scales, q.scales);
    if (r.zeroPoints && !fixedZeroPoints) tensors.set(r.zeroPoints, q.zeroPoints);
    return { tensors, error: q.error };
  } else {
    const [rows, cols] = r.q.dims;
    const scale = decodeToFloat64(await read(r.scale), dequantizedType(r));
    const zp = r.zeroPoint ? intValues(r.zeroPoint, await read(r.zeroPoint)) : null;
    const [qmin, qmax] = intRange(r.q);
    const out = new Int16Array(rows * cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const s = scaleIndex(r, i, j, cols);
        const z = zp ? zp[s] : 0;
        const v = values[i * cols + j];
        const q = scale[s] === 0 ? z : Math.min(qmax, Math.max(qmin, rint(v / scale[s]) + z));
        account(v, round((q - z) * scale[s]));
        out[i * cols + j] = q;
      }
    }
    tensors.set(r.q, intBytes(r.q, out));
  }
  return { tensors, error: den > 0 ? Math.sqrt(num / den) : 0 };
}

// src/model/layers.ts
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float32", "float16", "bfloat16", "float64"]);
var QUANTIZED_OPS = /* @__PURE__ */ new Set([
  "MatMulNBits",
  "QLinearMatMul",
  "MatMulInteger",
  "DynamicQuantizeMatMul",
  "MatMulIntegerToFloat",
  "QGemm",
  "QAttention",
  "MatMulFpQ4",
  "MatMulBnb4",
  "QOrderedMatMul",
  "QLinearConv",
  "DequantizeLinear",
  "GatherBlockQuantized",
  "DynamicQuantizeLSTM",
  "QLinearAdd"
]);
function denseUsages(node, isConst) {
  const ms = node.domain === "com.microsoft";
  const attr = (k) => node.attributes.get(k)?.i ?? 0;
  if (node.domain === "" && node.opType === "MatMul") {
    if (node.inputs.length >= 2 && isConst(node.inputs[1])) return [{ inputIndex: 1, opTransposed: false }];
    if (node.inputs.length >= 2 && isConst(node.inputs[0])) return [{ inputIndex: 0, opTransposed: true }];
    return [];
  }
  if (node.domain === "" && node.opType === "Gemm" || ms && node.opType === "FusedMatMul") {
    if (node.inputs.length >= 2 && isConst(node.inputs[1])) return [{ inputIndex: 1, opTransposed: attr("transB") === 1 }];
    if (node.inputs.length >= 2 && isConst(node.inputs[0])) return [{ inputIndex: 0, opTransposed: attr("transA") !== 1 }];
    return [];
  }
  if (ms && node.opType === "Attention" && node.inputs.length >= 2) return [{ inputIndex: 1, opTransposed: false }];
  return [];
}
function resolveName(name, scope) {
  for (let s = scope; s !== null; s = s.parent) {
    const p = s.producer.get(name);
    if (p) return { node: p, scope: s };
    const t = s.inits.get(name);
    if (t) return { init: t };
    if (s.formalInputs.has(name)) return null;
  }
  return null;
}
function makeScope(graph, parent, path, isMain) {
  const producer = /* @__PURE__ */ new Map();
  const consumers = /* @__PURE__ */ new Map();
  for (const n of graph.nodes) {
    for (const o of n.outputs) producer.set(o, n);
    for (const i of n.inputs) {
      if (i === "") continue;
      let l = consumers.get(i);
      if (!l) consumers.set(i, l = []);
      l.push(n);
    }
  }
  const formalInputs = new Set(isMain ? [] : graph.inputs.map((i) => i.name));
  return { graph, inits: new Map(graph.initializers.map((t) => [t.name, t])), producer, consumers, formalInputs, parent, path };
}
function traceToInitializer(name, scope) {
  const via = [];
  let flips = 0;
  for (let hop = 0; hop < 8; hop++) {
    const r = resolveName(name, scope);
    if (r === null) return null;
    if ("init" in r) return { tensor: r.init, via: via.reverse(), flips };
    const p = r.node;
    scope = r.scope;
    if (p.domain === "" && p.opType === "DequantizeLinear") return { quantizedBy: p, scope, via: [...via.reverse(), "DequantizeLinear"], flips };
    if (p.domain !== "" || p.opType !== "Transpose" && p.opType !== "Cast" || p.inputs.length < 1) return null;
    if (p.opType === "Transpose") {
      const perm = p.attributes.get("perm")?.ints;
      if (perm === void 0 || perm.length === 2 && perm[0] === 1 && perm[1] === 0) flips++;
      else if (!(perm.length === 2 && perm[0] === 0 && perm[1] === 1)) return null;
    }
    via.push(p.opType);
    name = p.inputs[0];
  }
  return null;
}
function initializerUses(model) {
  const uses = /* @__PURE__ */ new Map();
  for (const { scope } of walkGraphs(model)) {
    for (const node of scope.graph.nodes) {
      node.inputs.forEach((name, input) => {
        const r = name === "" ? null : resolveName(name, scope);
        if (r === null || !("init" in r)) return;
        let l = uses.get(r.init);
        if (!l) uses.set(r.init, l = []);
        l.push({ node, input, scopePath: scope.path });
      });
    }
  }
  return uses;
}
function walkGraphs(model) {
  const main = makeScope({ name: "", nodes: model.nodes, initializers: model.initializers, inputs: model.inputs, outputs: model.outputs }, null, "", true);
  const out = [];
  const visit = (scope, parentNode) => {
    out.push({ scope, parentNode });
    for (const n of scope.graph.nodes) {
      for (const a of n.attributes.values()) {
        (a.graphs ?? []).forEach((g, gi) => {
          const label = `${n.name || `${n.opType}#${n.index}`}/${a.name}${(a.graphs?.length ?? 0) > 1 ? `[${gi}]` : ""}`;
          visit(makeScope(g, scope, scope.path ? `${scope.path}/${label}` : label, false), n);
        });
      }
    }
  };
  visit(main, null);
  return out;
}
var BLOCK_RE = /(?:^|[^a-z0-9])(?:layers?|h|blocks?|blk|encoder\.layer|decoder\.layer)[._/-](\d+)(?=$|[^0-9])/i;
function guessBlock(names) {
  for (const n of names) {
    const m = BLOCK_RE.exec(n);
    if (m) return Number(m[1]);
  }
  return null;
}
var ROLE_PATTERNS = [
  ["head", /lm_head|(?:^|[^a-z])classifier(?:$|[^a-z])/i],
  ["embedding", /embed|(?:^|[^a-z])(?:wte|wpe)(?:$|[^a-z])/i],
  ["attention", /[qkvo]_proj|out_proj|attn|attention|qkv|(?:^|[^a-z])(?:query|key|value|wq|wk|wv|wo)(?:$|[^a-z])/i],
  ["mlp", /mlp|fc1|fc2|(?:gate|up|down)_proj|c_fc|ffn|dense_h_to_4h|dense_4h_to_h|feed_?forward|fullyconnect|(?:^|[^a-z])w[123](?:$|[^a-z0-9])/i]
];
function guessRole(names) {
  for (const n of names) {
    for (const [role, re] of ROLE_PATTERNS) if (re.test(n)) return role;
  }
  return null;
}
function valuesFeeding(targets, producer, maxHops = 8) {
  const reach = new Set(targets);
  let frontier = [...targets];
  for (let hop = 0; hop < maxHops && frontier.length > 0; hop++) {
    const next = [];
    for (const v of frontier) {
      const p = producer.get(v);
      if (!p || p.opType === "MatMul" || p.opType === "Gemm" || p.opType === "Attention") continue;
      for (const i of p.inputs) {
        if (i === "" || reach.has(i)) continue;
        reach.add(i);
        next.push(i);
      }
    }
    frontier = next;
  }
  return reach;
}
function modulePathOf(nodeName) {
  if (!nodeName.includes("/")) return null;
  const parts = nodeName.split("/").filter((p) => p !== "");
  if (parts.length < 2) return null;
  return parts.slice(0, -1).join(".");
}
function moduleOf(nodes) {
  for (const n of nodes) {
    const m = modulePathOf(n.name);
    if (m !== null) return m;
  }
  return null;
}
var DENSE_OP_TYPES = /* @__PURE__ */ new Set(["MatMul", "Gemm", "FusedMatMul", "Attention"]);
function discoverOnnxLayers(model) {
  const graphs = walkGraphs(model);
  const logitOutputs = model.outputs.filter((o) => /logits/i.test(o.name)).map((o) => o.name);
  const mainTargets = new Set(logitOutputs.length > 0 ? logitOutputs : model.outputs.slice(0, 1).map((o) => o.name));
  const feeding = /* @__PURE__ */ new Map();
  const feedingOf = (scope) => {
    let f = feeding.get(scope);
    if (!f) feeding.set(scope, f = valuesFeeding(headTargets.get(scope) ?? /* @__PURE__ */ new Set(), scope.producer));
    return f;
  };
  const feedsHead = (scope, values) => values.some((v) => feedingOf(scope).has(v));
  const headTargets = /* @__PURE__ */ new Map();
  for (const { scope, parentNode } of graphs) {
    if (parentNode === null || scope.parent === null) {
      headTargets.set(scope, mainTargets);
      continue;
    }
    const shift = parentNode.opType === "Loop" ? 1 : 0;
    const targets = /* @__PURE__ */ new Set();
    scope.graph.outputs.forEach((o, i) => {
      const outerValue = parentNode.outputs[i - shift];
      if (outerValue !== void 0 && feedsHead(scope.parent, [outerValue])) targets.add(o.name);
    });
    headTargets.set(scope, targets);
  }
  const scopeOf = /* @__PURE__ */ new Map();
  const definitions = /* @__PURE__ */ new Map();
  for (const { scope } of graphs) {
    for (const t of scope.graph.initializers) {
      scopeOf.set(t, scope);
      definitions.set(t.name, (definitions.get(t.name) ?? 0) + 1);
    }
  }
  const layerName = (t) => {
    const path = scopeOf.get(t)?.path ?? "";
    return path !== "" && (definitions.get(t.name) ?? 0) > 1 ? `${t.name}@${path}` : t.name;
  };
  const shadowed = (t) => {
    for (let s = scopeOf.get(t)?.parent ?? null; s !== null; s = s.parent) {
      if (s.inits.has(t.name) || s.producer.has(t.name) || s.graph.inputs.some((i) => i.name === t.name)) return s.path === "" ? "the main graph" : `the subgraph ${s.path}`;
    }
    return null;
  };
  const drafts = /* @__PURE__ */ new Map();
  const drafted = /* @__PURE__ */ new Set();
  const skipped = /* @__PURE__ */ new Map();
  const skip = (name, reason, opType) => {
    if (!skipped.has(name) && !drafted.has(name)) skipped.set(name, opType === void 0 ? { name, reason } : { name, reason, opType });
  };
  const addDraft = (t, consumer, node, via, storedTransposed, feedsHead2, quant) => {
    const d = drafts.get(t);
    if (d) {
      d.consumers.push(consumer);
      d.consumerNodes.push(node);
      d.feedsHead ||= feedsHead2;
      return;
    }
    const name = layerName(t);
    if (skipped.has(name)) return;
    const outer = shadowed(t);
    if (outer !== null) {
      skip(name, `initializer ${t.name} of the subgraph ${scopeOf.get(t).path} shadows a value of that name in ${outer}; runtimes differ on which of the two the subgraph's nodes read (onnxruntime reads the outer one from a nested subgraph), so it is neither analysed nor rewritten. Give it its own name`, node.opType);
      return;
    }
    drafted.add(name);
    drafts.set(t, { tensor: t, consumers: [consumer], consumerNodes: [node], via, storedTransposed, feedsHead: feedsHead2, ...quant });
  };
  let denseOps = 0;
  let nonConstantWeight = 0;
  let quantizedUndecoded = 0;
  for (const { scope } of graphs) {
    const isConst = (name) => traceToInitializer(name, scope) !== null;
    for (const node of scope.graph.nodes) {
      const lookup = (name) => {
        if (!name) return null;
        const r = resolveName(name, scope);
        return r !== null && "init" in r ? r.init : null;
      };
      const decodable = node.opType === "MatMulNBits" ? node.domain === "com.microsoft" : node.domain === "" && (node.opType === "MatMulInteger" || node.opType === "QLinearMatMul");
      if (decodable) {
        const res = node.opType === "MatMulNBits" ? matMulNBitsRecipe(node, lookup) : node.opType === "QLinearMatMul" ? qLinearMatMulRecipe(node, lookup) : matMulIntegerRecipe(node, lookup, (v) => scope.consumers.get(v) ?? [], (v) => scope.producer.get(v));
        const weightInput = node.opType === "QLinearMatMul" ? 3 : 1;
        if ("reason" in res) {
          quantizedUndecoded++;
          const t = lookup(node.inputs[weightInput]);
          skip(t ? layerName(t) : node.inputs[weightInput] ?? node.name, res.reason, node.opType);
          continue;
        }
        const main = res.recipe.op === "MatMulNBits" ? res.recipe.b : res.recipe.q;
        addDraft(main, { node: node.name, opType: node.opType, domain: node.domain, inputIndex: weightInput, ...scope.path ? { subgraph: scope.path } : {} }, node, [], res.storedTransposed, feedsHead(scope, node.outputs), { recipe: res.recipe, quantShape: res.storedShape });
        continue;
      }
      if (node.opType === "DequantizeLinear") continue;
      if (QUANTIZED_OPS.has(node.opType)) {
        let counted = false;
        for (const input of node.inputs) {
          const tr = input === "" ? null : traceToInitializer(input, scope);
          if (tr && "tensor" in tr && tr.tensor.dims.length >= 2) {
            if (!counted && node.opType !== "DequantizeLinear") quantizedUndecoded++;
            counted = true;
            skip(layerName(tr.tensor), `quantized weight of ${node.opType} (node ${node.name || node.index}); quantized layers are not analysed`, node.opType);
          }
        }
        continue;
      }
      if (DENSE_OP_TYPES.has(node.opType) && (node.domain === "" || node.domain === "com.microsoft")) denseOps++;
      const usages = denseUsages(node, isConst);
      if (usages.length === 0 && DENSE_OP_TYPES.has(node.opType)) nonConstantWeight++;
      for (const usage of usages) {
        const tr = traceToInitializer(node.inputs[usage.inputIndex], scope);
        if (tr === null) continue;
        if ("quantizedBy" in tr) {
          const q = tr.quantizedBy;
          const dqScope = tr.scope;
          const dqLookup = (name) => {
            if (!name) return null;
            const r = resolveName(name, dqScope);
            return r !== null && "init" in r ? r.init : null;
          };
          const res = dequantizeLinearRecipe(q, dqLookup);
          if ("reason" in res) {
            quantizedUndecoded++;
            const qt = dqLookup(q.inputs[0]);
            skip(qt ? layerName(qt) : q.inputs[0] ?? q.name, res.reason, "DequantizeLinear");
            continue;
          }
          const consumer2 = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex, ...scope.path ? { subgraph: scope.path } : {} };
          const transposed = usage.opTransposed !== (tr.flips % 2 === 1);
          addDraft(res.recipe.op === "MatMulNBits" ? res.recipe.b : res.recipe.q, consumer2, node, tr.via, transposed, feedsHead(scope, node.outputs), { recipe: res.recipe, quantShape: res.storedShape });
          continue;
        }
        const t = tr.tensor;
        if (t.dims.length !== 2) {
          skip(layerName(t), `weight of ${node.opType} has ${t.dims.length} dims [${t.dims.join(",")}], not a 2-D matrix`, node.opType);
          continue;
        }
        if (t.elemType === null || !FLOAT_TYPES.has(t.elemType)) {
          skip(layerName(t), `UNSUPPORTED_DTYPE: weight of ${node.opType} is ${t.elemType ?? `ONNX type ${t.dataType}`}; only float32/float16/bfloat16/float64 weights are analysed`, node.opType);
          continue;
        }
        const consumer = { node: node.name, opType: node.opType, domain: node.domain, inputIndex: usage.inputIndex, ...scope.path ? { subgraph: scope.path } : {} };
        addDraft(t, consumer, node, tr.via, usage.opTransposed !== (tr.flips % 2 === 1), feedsHead(scope, node.outputs), {});
      }
    }
  }
  const layers = [];
  const recipes = /* @__PURE__ */ new Map();
  const tensors = /* @__PURE__ */ new Map();
  for (const d of drafts.values()) {
    const [rows, cols] = d.quantShape ?? d.tensor.dims;
    const name = layerName(d.tensor);
    if (d.recipe) recipes.set(name, d.recipe);
    tensors.set(name, d.tensor);
    const module = moduleOf(d.consumerNodes) ?? modulePathFromTensorName(d.tensor.name);
    const names = [d.tensor.name, ...module ? [module] : [], ...d.consumerNodes.map((n) => n.name), ...d.consumerNodes.flatMap((n) => n.outputs)];
    let role;
    if (d.feedsHead) role = "head";
    else if (d.consumerNodes.some((n) => n.opType === "Attention")) role = "attention";
    else role = guessRole(names) ?? "other";
    layers.push({
      index: layers.length,
      name,
      module,
      format: "onnx",
      dtype: d.recipe ? dequantizedType(d.recipe) : d.tensor.elemType,
      storedShape: [rows, cols],
      inFeatures: d.storedTransposed ? cols : rows,
      outFeatures: d.storedTransposed ? rows : cols,
      storedTransposed: d.storedTransposed,
      consumers: d.consumers,
      via: d.via,
      ...scopeOf.get(d.tensor)?.path ? { storedIn: scopeOf.get(d.tensor).path } : {},
      block: guessBlock(names),
      role
    });
  }
  return {
    layers,
    recipes,
    tensors,
    skipped: [...skipped.values()],
    census: { denseOps, nonConstantWeight, quantizedUndecoded, subgraphs: graphs.length - 1 }
  };
}

// src/model/onnx.ts
var ELEM_BY_CODE = new Map(
  Object.entries(ONNX_DTYPE).map(([k, v]) => [v, k])
);
var MODEL_FIELDS_LEN = /* @__PURE__ */ new Set([2, 3, 4, 6, 7, 8, 14, 20, 25, 26]);
var MODEL_FIELDS_VARINT = /* @__PURE__ */ new Set([1, 5]);
function elemTypeOf(code) {
  return ELEM_BY_CODE.get(code) ?? null;
}
function elementCount2(dims) {
  return dims.reduce((a, b) => a * b, 1);
}
var textDecoder2 = new TextDecoder();
async function resolveExternalLocation(rootReal, location, modelPath) {
  const details = { file: modelPath, location };
  if (location === "") throw new WwError("MODEL_CORRUPT", `${modelPath}: external data with an empty location`, details);
  if (isAbsolute(location) || /^[a-zA-Z]:/.test(location) || location.startsWith("\\") || location.startsWith("/")) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" is absolute; it must be relative to the model's folder`, details);
  }
  if (location.split(/[\\/]/).some((s) => s === "..")) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" contains ".."; it must stay inside the model's folder`, details);
  }
  const candidate = resolve(rootReal, location);
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    throw new WwError("EXTERNAL_DATA_MISSING", `${modelPath}: external data file "${location}" not found (looked for ${candidate})`, details);
  }
  if (!isInside(rootReal, real)) {
    throw new WwError("PATH_ESCAPE", `${modelPath}: external data location "${location}" resolves to ${real}, outside the model's folder ${rootReal}`, details);
  }
  return real;
}
function protoError(path, e, what) {
  return e.truncated ? new WwError("MODEL_TRUNCATED", `${path}: file ends early while reading ${what} (${e.message}); the .onnx file is truncated`, { file: path }) : new WwError("MODEL_CORRUPT", `${path}: malformed protobuf in ${what}: ${e.message}`, { file: path });
}
async function scanTensor(c, end, label) {
  const t = { name: "", dataType: 0, dims: [], rawOffset: null, rawLength: 0, typed: false, external: /* @__PURE__ */ new Map(), dataLocation: 0 };
  while (c.pos < end) {
    const { field, wire } = await c.tag(end);
    if (field === 9 && wire === 2) {
      t.rawLength = await c.length(end);
      t.rawOffset = c.pos;
      c.pos += t.rawLength;
    } else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      t.typed = true;
      await c.skip(wire, end);
    } else if (field === 1 && wire === 0) {
      if (t.dims.length >= MAX_TENSOR_DIMS) throw new WwError("MODEL_TOO_LARGE", `${t.name ? `tensor ${elideName(t.name)}` : label} has more than ${MAX_TENSOR_DIMS} dims`, { tensor: elideName(t.name || label), limit: MAX_TENSOR_DIMS });
      t.dims.push(await readInt64(c, end));
    } else if (field === 1 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      inMemory(() => {
        while (!r.done) t.dims.push(r.int64());
      });
    } else if (field === 2 && wire === 0) {
      t.dataType = await c.varint(end);
    } else if (field === 8 && wire === 2) {
      t.name = textDecoder2.decode(await c.bytes(await c.length(end)));
    } else if (field === 13 && wire === 2) {
      const r = new ProtoReader(await c.bytes(await c.length(end)));
      t.external.set(...inMemory(() => readStringEntry(r)));
    } else if (field === 14 && wire === 0) {
      t.dataLocation = await c.varint(end);
    } else {
      await c.skip(wire, end);
    }
  }
  return t;
}
function readStringEntry(r) {
  let key = "";
  let value = "";
  while (!r.done) {
    const tg = r.tag();
    if (tg.field === 1 && tg.wire === 2) key = r.string();
    else if (tg.field === 2 && tg.wire === 2) value = r.string();
    else r.skip(tg.wire);
  }
  return [key, value];
}
async function readInt64(c, end) {
  const start = c.pos;
  const v = await c.varint(end);
  if (v <= Number.MAX_SAFE_INTEGER) return v;
  c.pos = start;
  const r = new ProtoReader(await c.bytes(Math.min(10, end - start)));
  const signed = r.int64();
  c.pos = start + r.pos;
  return signed;
}
var MAX_SUBGRAPH_DEPTH = 32;
var MAX_GRAPH_NODES = 1e6;
var MAX_TENSOR_DIMS = 64;
function parseAttribute(r, ctx) {
  let name = "";
  let type = 0;
  let i;
  let f;
  let s;
  const ints = [];
  const floats = [];
  let nested = false;
  const graphs = [];
  while (!r.done) {
    const { field, wire } = r.tag();
    if ((field === 6 || field === 11) && wire === 2) {
      nested = true;
      graphs.push(parseSubgraph(r.sub(), ctx));
    } else if (field === 1 && wire === 2) name = r.string();
    else if (field === 20 && wire === 0) type = r.varint();
    else if (field === 2 && wire === 5) f = r.float();
    else if (field === 3 && wire === 0) i = r.int64();
    else if (field === 4 && wire === 2) s = r.string();
    else if (field === 7) r.repeatedFloat(wire, floats);
    else if (field === 8) r.repeatedInt64(wire, ints);
    else if (field === 5 || field === 6 || field === 10 || field === 11) {
      nested = true;
      r.skip(wire);
    } else r.skip(wire);
  }
  const a = { name, type };
  if (i !== void 0) a.i = i;
  if (f !== void 0) a.f = f;
  if (s !== void 0) a.s = s;
  if (ints.length) a.ints = ints;
  if (floats.length) a.floats = floats;
  if (nested) a.nested = true;
  if (graphs.length) a.graphs = graphs;
  return a;
}
function parseSubgraph(r, ctx) {
  if (ctx.depth >= MAX_SUBGRAPH_DEPTH) throw new ProtobufError(`subgraphs nested deeper than ${MAX_SUBGRAPH_DEPTH} levels`, false);
  const inner = { ...ctx, depth: ctx.depth + 1 };
  const nodes = [];
  const initializers = [];
  const inputs = [];
  const outputs = [];
  let name = "";
  while (!r.done) {
    const start = r.pos;
    const { field, wire } = r.tag();
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    const sub = r.sub();
    const span = { field, wire, start: ctx.base + start, contentStart: ctx.base + sub.pos, end: ctx.base + sub.end };
    switch (field) {
      case 1:
        nodes.push(parseNodeFrom(sub, nodes.length, span, inner));
        break;
      case 2:
        name = textDecoder2.decode(sub.buf.subarray(sub.pos, sub.end));
        break;
      case 5:
        ctx.pending.push({ raw: parseTensorInMemory(sub, ctx.base), span, into: initializers });
        break;
      case 11:
        inputs.push(parseValueInfoFrom(sub));
        break;
      case 12:
        outputs.push(parseValueInfoFrom(sub));
        break;
      default:
        break;
    }
  }
  return { name, nodes, initializers, inputs, outputs };
}
function parseTensorInMemory(r, base) {
  const t = { name: "", dataType: 0, dims: [], rawOffset: null, rawLength: 0, typed: false, external: /* @__PURE__ */ new Map(), dataLocation: 0 };
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 9 && wire === 2) {
      const sub = r.sub();
      t.rawOffset = base + sub.pos;
      t.rawLength = sub.end - sub.pos;
    } else if (field === 4 || field === 5 || field === 7 || field === 10 || field === 11) {
      t.typed = true;
      r.skip(wire);
    } else if (field === 1) r.repeatedInt64(wire, t.dims);
    else if (field === 2 && wire === 0) t.dataType = r.varint();
    else if (field === 8 && wire === 2) t.name = r.string();
    else if (field === 13 && wire === 2) t.external.set(...readStringEntry(r.sub()));
    else if (field === 14 && wire === 0) t.dataLocation = r.varint();
    else r.skip(wire);
  }
  return t;
}
function parseNode(bytes, index, span, g) {
  return parseNodeFrom(new ProtoReader(bytes), index, span, { base: span.contentStart, pending: g.pending, depth: 0, count: g.count });
}
function parseNodeFrom(r, index, span, ctx) {
  if (++ctx.count.nodes > MAX_GRAPH_NODES) {
    throw new WwError("MODEL_TOO_LARGE", `more than ${MAX_GRAPH_NODES} nodes in the graph and its subgraphs; this tool holds the whole graph in memory (about 1 KB a node)`, { limit: MAX_GRAPH_NODES });
  }
  const inputs = [];
  const outputs = [];
  let name = "";
  let opType = "";
  let domain = "";
  const attributes = /* @__PURE__ */ new Map();
  while (!r.done) {
    const { field, wire } = r.tag();
    if (wire !== 2) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        inputs.push(r.string());
        break;
      case 2:
        outputs.push(r.string());
        break;
      case 3:
        name = r.string();
        break;
      case 4:
        opType = r.string();
        break;
      case 5: {
        const a = parseAttribute(r.sub(), ctx);
        attributes.set(a.name, a);
        break;
      }
      case 7:
        domain = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  if (domain === "ai.onnx") domain = "";
  return { index, name, opType, domain, inputs, outputs, attributes, span };
}
function parseValueInfo(bytes) {
  return parseValueInfoFrom(new ProtoReader(bytes));
}
function parseValueInfoFrom(r) {
  let name = "";
  let elemType = 0;
  let shape = null;
  while (!r.done) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === 2) name = r.string();
    else if (field === 2 && wire === 2) {
      const type = r.sub();
      while (!type.done) {
        const t = type.tag();
        if (t.field !== 1 || t.wire !== 2) {
          type.skip(t.wire);
          continue;
        }
        const tensorType = type.sub();
        while (!tensorType.done) {
          const tt = tensorType.tag();
          if (tt.field === 1 && tt.wire === 0) elemType = tensorType.varint();
          else if (tt.field === 2 && tt.wire === 2) {
            shape = [];
            const sh = tensorType.sub();
            while (!sh.done) {
              const st = sh.tag();
              if (st.field !== 1 || st.wire !== 2) {
                sh.skip(st.wire);
                continue;
              }
              const dim = sh.sub();
              let d = null;
              while (!dim.done) {
                const dt = dim.tag();
                if (dt.field === 1 && dt.wire === 0) d = dim.int64();
                else if (dt.field === 2 && dt.wire === 2) d = dim.string();
                else dim.skip(dt.wire);
              }
              shape.push(d);
            }
          } else tensorType.skip(tt.wire);
        }
      }
    } else r.skip(wire);
  }
  return { name, elemType, shape };
}
async function scanOnnx(path) {
  const abs = resolve(path);
  let fh;
  try {
    fh = await open2(abs, "r");
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw new WwError("MODEL_NOT_FOUND", `model file not found: ${abs}`, { file: abs });
    throw new WwError("IO", `cannot open ${abs}: ${e.message}`, { file: abs });
  }
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new WwError("MODEL_FORMAT", `${abs} is not a file`, { file: abs });
    const dir = await realpath(dirname(abs));
    return await scanOpen(fh, abs, dir, st.size);
  } finally {
    await fh.close();
  }
}
async function scanOpen(fh, path, dir, size) {
  if (size === 0) throw new WwError("MODEL_FORMAT", `${path} is empty, not an ONNX model`, { file: path });
  const st = {
    modelFields: [],
    graph: { graphFields: [], nodes: [], raws: [], inputs: [], outputs: [], pending: [], count: { nodes: 0 } },
    opsets: [],
    metadata: /* @__PURE__ */ new Map(),
    irVersion: 0,
    producerName: "",
    graphField: null,
    where: "ModelProto"
  };
  await scanModelFields(new FileCursor(fh, size), path, size, st);
  const graphField = st.graphField;
  if (graphField === null) throw new WwError("MODEL_FORMAT", `${path} has no graph: not an ONNX model`, { file: path });
  const g = st.graph;
  const initializers = [];
  const resolved = /* @__PURE__ */ new Map();
  const locate = (location) => {
    let file = resolved.get(location);
    if (!file) resolved.set(location, file = resolveExternalLocation(dir, location, path));
    return file;
  };
  for (const { raw, span } of g.raws) initializers.push(await resolveTensor(path, raw, span, locate));
  for (const p of g.pending) p.into.push(await resolveTensor(path, p.raw, p.span, locate));
  checkDuplicateInitializers(path, initializers);
  const all = [...initializers, ...g.pending.flatMap((p) => p.into)];
  await checkExternalSizes(path, [...new Set(all)]);
  return {
    path,
    dir,
    fileSize: size,
    irVersion: st.irVersion,
    producerName: st.producerName,
    opsets: st.opsets,
    metadata: st.metadata,
    modelFields: st.modelFields,
    graphField,
    graphFields: g.graphFields,
    nodes: g.nodes,
    initializers,
    inputs: g.inputs,
    outputs: g.outputs,
    usesExternalData: all.some((t) => t.data.kind === "external")
  };
}
async function scanModelFields(c, path, size, st) {
  try {
    while (c.pos < size) {
      const start = c.pos;
      const { field, wire } = await c.tag(size);
      if (st.modelFields.length === 0 && !(MODEL_FIELDS_LEN.has(field) && wire === 2 || MODEL_FIELDS_VARINT.has(field) && wire === 0)) {
        throw new WwError("MODEL_FORMAT", `${path} does not start like an ONNX ModelProto (first field ${field}, wire type ${wire})`, { file: path });
      }
      if (wire !== 2) {
        const contentStart = c.pos;
        if (field === 1 && wire === 0) st.irVersion = await c.varint(size);
        else await c.skip(wire, size);
        st.modelFields.push({ field, wire, start, contentStart, end: c.pos });
        continue;
      }
      const len = await c.length(size);
      const span = { field, wire, start, contentStart: c.pos, end: c.pos + len };
      if (field === 7) {
        if (st.graphField !== null) throw new WwError("MODEL_CORRUPT", `${path}: more than one graph in the ModelProto`, { file: path });
        st.graphField = span;
        st.where = "GraphProto";
        await scanGraph(c, span.end, st.graph, (w) => st.where = w);
        st.where = "ModelProto";
      } else if (field === 8 || field === 14 || field === 2) {
        readSmallModelField(field, await c.bytes(len), st);
      }
      c.pos = span.end;
      st.modelFields.push(span);
    }
  } catch (e) {
    if (WwError.is(e, "MODEL_TOO_LARGE") && e.details.file === void 0) throw new WwError("MODEL_TOO_LARGE", `${path}: ${e.message}`, { ...e.details, file: path });
    if (e instanceof ProtobufError) {
      if (st.graphField === null && !e.truncated) {
        throw new WwError("MODEL_FORMAT", `${path} is not an ONNX model (${e.message})`, { file: path });
      }
      throw protoError(path, e, st.where);
    }
    throw e;
  }
}
function readSmallModelField(field, bytes, st) {
  const r = new ProtoReader(bytes);
  if (field === 2) {
    st.producerName = textDecoder2.decode(r.buf);
    return;
  }
  let a = "";
  let b = field === 8 ? 0 : "";
  inMemory(() => {
    while (!r.done) {
      const t = r.tag();
      if (t.field === 1 && t.wire === 2) a = r.string();
      else if (t.field === 2 && field === 8 && t.wire === 0) b = r.int64();
      else if (t.field === 2 && field === 14 && t.wire === 2) b = r.string();
      else r.skip(t.wire);
    }
  });
  if (field === 8) st.opsets.push({ domain: a === "ai.onnx" ? "" : a, version: b });
  else st.metadata.set(a, b);
}
function inMemory(step) {
  try {
    return step();
  } catch (e) {
    if (e instanceof ProtobufError && e.truncated) throw new ProtobufError(`malformed sub-message: ${e.message}`, false);
    throw e;
  }
}
async function resolveTensor(path, raw, span, locate) {
  if (raw.dims.length > MAX_TENSOR_DIMS) {
    throw new WwError("MODEL_TOO_LARGE", `${path}: initializer ${elideName(raw.name)} has ${raw.dims.length} dims, more than ${MAX_TENSOR_DIMS}`, { file: path, tensor: elideName(raw.name), limit: MAX_TENSOR_DIMS });
  }
  if (!raw.dims.every((d) => Number.isSafeInteger(d) && d >= 0) || !Number.isSafeInteger(elementCount2(raw.dims))) {
    throw new WwError("MODEL_CORRUPT", `${path}: initializer ${raw.name} has invalid dims [${raw.dims.join(",")}]`, { file: path, tensor: raw.name });
  }
  const elemType = elemTypeOf(raw.dataType);
  let data;
  if (raw.dataLocation === 1 || raw.external.size > 0) {
    const location = raw.external.get("location") ?? "";
    const offset = parseExternalInt(path, raw.name, "offset", raw.external.get("offset"), 0);
    const lenText = raw.external.get("length");
    const length = lenText === void 0 ? null : parseExternalInt(path, raw.name, "length", lenText, 0);
    const file = await locate(location);
    data = { kind: "external", location, offset, length, file };
  } else if (raw.rawOffset !== null) {
    data = { kind: "raw", offset: raw.rawOffset, length: raw.rawLength };
  } else if (raw.typed) {
    data = { kind: "typed" };
  } else {
    data = { kind: "none" };
  }
  return { name: raw.name, dataType: raw.dataType, elemType, dims: raw.dims, data, span };
}
function checkDuplicateInitializers(path, tensors) {
  const seen = /* @__PURE__ */ new Set();
  for (const t of tensors) {
    if (seen.has(t.name)) {
      throw new WwError("MODEL_CORRUPT", `${path}: two initializers are named ${elideName(t.name)}; onnxruntime would use the first and ignore the second. Give each initializer its own name`, { file: path, tensor: elideName(t.name) });
    }
    seen.add(t.name);
  }
}
function elideName(name, max = 200) {
  return name.length <= max ? name : `${name.slice(0, max)}... (${name.length} characters)`;
}
function parseExternalInt(path, tensor, key, text, dflt) {
  if (text === void 0) return dflt;
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v)) {
    throw new WwError("MODEL_CORRUPT", `${path}: tensor ${tensor} has external data ${key} "${text}", expected a non-negative integer`, { file: path, tensor, key });
  }
  return v;
}
function expectedByteLength(t) {
  return t.elemType === null ? null : tensorByteLength(t.elemType, elementCount2(t.dims));
}
async function checkExternalSizes(path, tensors) {
  const sizes = /* @__PURE__ */ new Map();
  for (const t of tensors) {
    if (t.data.kind !== "external") continue;
    let size = sizes.get(t.data.file);
    if (size === void 0) {
      const st = await stat(t.data.file);
      if (!st.isFile()) throw new WwError("EXTERNAL_DATA_MISSING", `${path}: external data "${t.data.location}" is not a file`, { file: path, location: t.data.location });
      size = st.size;
      sizes.set(t.data.file, size);
    }
    const need = t.data.length ?? expectedByteLength(t) ?? 0;
    if (t.data.offset + need > size) {
      throw new WwError(
        "EXTERNAL_DATA_SHORT",
        `${path}: tensor ${t.name} needs bytes ${t.data.offset}..${t.data.offset + need} of "${t.data.location}", which has only ${size} bytes`,
        { file: path, tensor: t.name, location: t.data.location, offset: t.data.offset, length: need, size }
      );
    }
  }
}
async function scanGraph(c, end, g, setWhere) {
  while (c.pos < end) {
    const start = c.pos;
    const { field, wire } = await c.tag(end);
    if (wire !== 2) {
      const contentStart2 = c.pos;
      await c.skip(wire, end);
      g.graphFields.push({ field, wire, start, contentStart: contentStart2, end: c.pos });
      continue;
    }
    const len = await c.length(end);
    const contentStart = c.pos;
    const fieldEnd = contentStart + len;
    const span = { field, wire, start, contentStart, end: fieldEnd };
    switch (field) {
      case 1:
        setWhere(`node #${g.nodes.length}`);
        {
          const b = await c.bytes(len);
          g.nodes.push(inMemory(() => parseNode(b, g.nodes.length, span, g)));
        }
        break;
      case 5:
        setWhere(`initializer #${g.raws.length}`);
        g.raws.push({ raw: await scanTensor(c, fieldEnd, `initializer #${g.raws.length}`), span });
        break;
      case 11:
        {
          const b = await c.bytes(len);
          g.inputs.push(inMemory(() => parseValueInfo(b)));
        }
        break;
      case 12:
        {
          const b = await c.bytes(len);
          g.outputs.push(inMemory(() => parseValueInfo(b)));
        }
        break;
      default:
        c.pos = fieldEnd;
    }
    setWhere("GraphProto");
    c.pos = fieldEnd;
    g.graphFields.push(span);
  }
}
async function readExactly(fh, offset, length, what, shared = false) {
  assertReadFits(length, what);
  const out = new Uint8Array(shared ? new SharedArrayBuffer(length) : new ArrayBuffer(length));
  let got = 0;
  while (got < length) {
    const { bytesRead } = await fh.read(out, got, length - got, offset + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  if (got < length) throw new WwError("MODEL_TRUNCATED", `${what}: expected ${length} bytes at offset ${offset}, file ended after ${got}`, { offset, length });
  return out;
}
var OnnxTensorReader = class {
  constructor(model) {
    this.model = model;
  }
  model;
  handles = new FileHandles();
  handle(file) {
    return this.handles.get(file, (e) => new WwError("EXTERNAL_DATA_MISSING", `cannot open ${file}: ${e.message}`, { file }));
  }
  /**
   * Little-endian element bytes of a tensor (raw_data layout), whatever the storage. Checks the
   * byte count against dims and type.
   */
  async readBytes(t, opts) {
    const m = this.model;
    const want = this.check(t);
    const shared = opts?.shared === true;
    let bytes;
    switch (t.data.kind) {
      case "raw":
        bytes = await readExactly(await this.handle(m.path), t.data.offset, want, `${m.path} tensor ${t.name}`, shared);
        break;
      case "external": {
        const h = await this.handle(t.data.file);
        try {
          bytes = await readExactly(h, t.data.offset, want, `${t.data.file} tensor ${t.name}`, shared);
        } catch (e) {
          if (WwError.is(e, "MODEL_TRUNCATED")) throw new WwError("EXTERNAL_DATA_SHORT", e.message, { ...e.details, tensor: t.name, location: t.data.location });
          throw e;
        }
        break;
      }
      case "typed":
        bytes = await this.readTyped(t);
        if (bytes.length !== want) throw corruptLength(m.path, t, bytes.length, want);
        break;
      case "none":
        bytes = new Uint8Array(0);
        break;
    }
    if (shared && !(bytes.buffer instanceof SharedArrayBuffer)) {
      const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
      copy.set(bytes);
      bytes = copy;
    }
    return bytes;
  }
  /**
   * What the header alone says about reading `t`, checked without reading a byte: its type has a
   * known size (UNSUPPORTED_DTYPE), its stored length matches dims and type (MODEL_CORRUPT), and
   * the bytes fit one buffer (TENSOR_TOO_LARGE). Returns the byte count. External data files were
   * checked to exist and be long enough when the model was scanned.
   */
  check(t) {
    const want = this.storedLength(t);
    assertReadFits(want, `${t.data.kind === "external" ? t.data.file : this.model.path} tensor ${t.name}`);
    return want;
  }
  /** The byte count of `t` from dims and type, checked against its stored length (typed fields: after the read). */
  storedLength(t) {
    const want = this.wantBytes(t);
    const stored = t.data.kind === "raw" ? t.data.length : t.data.kind === "external" ? t.data.length ?? want : t.data.kind === "none" ? 0 : want;
    if (stored !== want) throw corruptLength(this.model.path, t, stored, want);
    return want;
  }
  /** Bytes the tensor's data must have; UNSUPPORTED_DTYPE for a type this tool cannot size. */
  wantBytes(t) {
    if (t.elemType === null) {
      const m = this.model;
      throw new WwError("UNSUPPORTED_DTYPE", `${m.path}: tensor ${t.name} has ONNX data type ${t.dataType}, which this tool does not read`, { file: m.path, tensor: t.name, dataType: t.dataType });
    }
    return tensorByteLength(t.elemType, elementCount2(t.dims));
  }
  /**
   * The bytes readBytes returns, with the same checks, in pieces of at most `chunkBytes`: raw_data
   * and external data are read piece by piece, so copying a tensor of any size holds one piece in
   * memory. Typed fields (small in practice) come as one piece. Each piece is a view of one reused
   * buffer, valid until the next piece is asked for.
   */
  async *readChunks(t, chunkBytes) {
    if (t.data.kind !== "raw" && t.data.kind !== "external") {
      yield await this.readBytes(t);
      return;
    }
    const m = this.model;
    const want = this.storedLength(t);
    const external = t.data.kind === "external";
    const file = t.data.kind === "external" ? t.data.file : m.path;
    const start = t.data.offset;
    const h = await this.handle(file);
    const buf = new Uint8Array(Math.max(1, Math.min(chunkBytes, want)));
    let done = 0;
    while (done < want) {
      const n = Math.min(buf.length, want - done);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await h.read(buf, got, n - got, start + done + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      if (got < n) {
        const message = `${file} tensor ${t.name}: expected ${want} bytes at offset ${start}, file ended after ${done + got}`;
        if (external) throw new WwError("EXTERNAL_DATA_SHORT", message, { offset: start, length: want, tensor: t.name, location: t.data.kind === "external" ? t.data.location : "" });
        throw new WwError("MODEL_TRUNCATED", message, { offset: start, length: want });
      }
      yield buf.subarray(0, n);
      done += n;
    }
  }
  async readTyped(t) {
    const { contentStart, end } = t.span;
    const msg = await readExactly(await this.handle(this.model.path), contentStart, end - contentStart, `${this.model.path} tensor ${t.name}`);
    const r = new ProtoReader(msg);
    const nums = [];
    const bigs = [];
    try {
      while (!r.done) {
        const { field, wire } = r.tag();
        if (field === 4) r.repeatedFloat(wire, nums);
        else if (field === 10) r.repeatedDouble(wire, nums);
        else if (field === 5) r.repeatedInt32(wire, nums);
        else if (field === 7) {
          if (wire === 2) {
            const s = r.sub();
            while (!s.done) bigs.push(BigInt.asIntN(64, s.varintBig()));
          } else bigs.push(BigInt.asIntN(64, r.varintBig()));
        } else r.skip(wire);
      }
    } catch (e) {
      if (e instanceof ProtobufError) throw protoError(this.model.path, e, `tensor ${t.name}`);
      throw e;
    }
    const et = t.elemType;
    switch (et) {
      case "float32":
        return new Uint8Array(Float32Array.from(nums).buffer);
      case "float64":
        return new Uint8Array(Float64Array.from(nums).buffer);
      case "int32":
        return new Uint8Array(Int32Array.from(nums).buffer);
      case "int64":
        return new Uint8Array(BigInt64Array.from(bigs).buffer);
      case "float16":
      case "bfloat16":
        return new Uint8Array(Uint16Array.from(nums, (v) => v & 65535).buffer);
      case "int8":
        return new Uint8Array(Int8Array.from(nums).buffer);
      case "uint8":
      case "bool":
      // int4/uint4 in int32_data: one packed byte (two values) per int32.
      case "int4":
      case "uint4":
        return Uint8Array.from(nums);
    }
  }
  close() {
    return this.handles.closeAll();
  }
};
function corruptLength(path, t, got, want) {
  return new WwError("MODEL_CORRUPT", `${path}: tensor ${t.name} has ${got} bytes of data, expected ${want} for ${t.elemType}[${t.dims.join(",")}]`, { file: path, tensor: t.name, bytes: got, expected: want });
}
async function openOnnx(path) {
  const model = await scanOnnx(path);
  const found = discoverOnnxLayers(model);
  const { skipped, census, recipes } = found;
  const byName = /* @__PURE__ */ new Map();
  for (const { scope } of walkGraphs(model).reverse()) for (const t of scope.graph.initializers) byName.set(t.name, t);
  const reader = new OnnxTensorReader(model);
  const tensor = (name) => {
    const t = byName.get(name);
    if (!t) throw new WwError("TENSOR_NOT_FOUND", `${model.path}: no initializer named ${name}`, { file: model.path, tensor: name });
    return t;
  };
  const readT = (t) => reader.readBytes(t);
  const tensorOf = (layer) => {
    return found.tensors.get(layer.name) ?? tensor(layer.name);
  };
  const layers = [];
  for (const l of found.layers) {
    const r = recipes.get(l.name);
    layers.push(r ? { ...l, quantization: quantizationInfo(r, await zeroPointValues(r, readT)) } : l);
  }
  const checkFloatMatrix = (layer) => {
    const t = tensorOf(layer);
    if (t.dims.length !== 2 || t.elemType === null || !(t.elemType in DTYPE_BYTES)) {
      throw new WwError("UNSUPPORTED_DTYPE", `${model.path}: tensor ${t.name} is ${t.elemType ?? `ONNX type ${t.dataType}`}[${t.dims.join(",")}], not a 2-D float matrix`, { file: model.path, tensor: t.name });
    }
    reader.check(t);
    return t;
  };
  const recipeOf = (layer) => {
    const r = recipes.get(layer.name);
    if (!r) throw new WwError("NOT_DENSE", `${model.path}: ${layer.name} is not a quantized layer`, { file: model.path, tensor: layer.name });
    return r;
  };
  return {
    format: "onnx",
    path: model.path,
    layers,
    recipes,
    requantize: (layer, values) => requantize(recipeOf(layer), values.data, readT),
    skipped,
    census,
    onnx: model,
    readTensorBytes: async (name) => reader.readBytes(tensor(name)),
    readTensorChunks: (t, chunkBytes) => reader.readChunks(t, chunkBytes),
    tensorOf,
    async readMatrix(layer, opts) {
      const recipe = recipes.get(layer.name);
      if (recipe) {
        const d = await dequantize(recipe, readT);
        const m2 = matrix(d.rows, d.cols, d.data);
        return opts?.keepFloat32 ? { ...m2, data32: Float32Array.from(d.data) } : m2;
      }
      const t = checkFloatMatrix(layer);
      const bytes = await reader.readBytes(t);
      const [rows, cols] = t.dims;
      const m = matrix(rows, cols, decodeToFloat64(bytes, t.elemType));
      return opts?.keepFloat32 && t.elemType === "float32" ? { ...m, data32: float32View(bytes) } : m;
    },
    async readFloat32Shared(layer) {
      if (recipes.has(layer.name)) return null;
      const t = checkFloatMatrix(layer);
      if (t.elemType !== "float32") return null;
      const bytes = await reader.readBytes(t, { shared: true });
      const [rows, cols] = t.dims;
      return { rows, cols, data32: new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) };
    },
    checkRead(layer) {
      assertLayerFits(layer);
      const recipe = recipes.get(layer.name);
      if (!recipe) {
        checkFloatMatrix(layer);
        return;
      }
      for (const v of Object.values(recipe)) if (isTensor(v)) reader.check(v);
    },
    close: () => reader.close()
  };
}
function isTensor(v) {
  return typeof v === "object" && v !== null && "span" in v && "dims" in v && "data" in v;
}

export {
  FileHandles,
  ProtoReader,
  FileCursor,
  ONNX_DTYPE,
  encodeNode,
  encodeValueInfo,
  assertReadFits,
  assertLayerFits,
  layerTooLarge,
  initializerUses,
  walkGraphs,
  guessBlock,
  guessRole,
  elemTypeOf,
  elementCount2 as elementCount,
  resolveExternalLocation,
  MAX_GRAPH_NODES,
  MAX_TENSOR_DIMS,
  scanOnnx,
  expectedByteLength,
  readExactly,
  OnnxTensorReader,
  openOnnx
};
