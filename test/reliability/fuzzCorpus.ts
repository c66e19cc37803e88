/**
 * Seeds and mutators for the reader fuzz suite. Seeds are small valid models built here (ONNX
 * with inline raw/typed data, external data, float16/bfloat16, Gemm transB; safetensors F32/F16/
 * BF16 with metadata). Mutators work on bytes (bit flips, insert/delete, truncation, long varints,
 * spliced duplicates) and on structure (re-encoded TensorProtos / safetensors headers with huge,
 * negative or mismatched sizes, wrong dtypes, duplicate and self-referencing names, external-data
 * location tricks). Every mutation is drawn from a seeded PRNG, so a case is reproducible by its
 * (seed, index).
 */
import { encodeModel, encodeNode, ONNX_DTYPE, type ModelSpec, type NodeSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { encodeSafetensors } from '../../src/model/safetensors.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { mulberry32 } from '../../src/util/prng.js';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for fuzzing. */
export const makeRng: (seed: number) => Rng = mulberry32;
export const int = (r: Rng, n: number): number => Math.floor(r() * n);
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const seq = (n: number, f: (i: number) => number) => Float32Array.from({ length: n }, (_, i) => f(i));

/** A fuzz input: the model file (name + bytes) and any side files in the same folder. */
export interface FuzzCase {
  readonly kind: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly sideFiles?: ReadonlyMap<string, Uint8Array>;
  /** Side entries that are symlinks: name -> target (absolute, may be outside the folder). */
  readonly symlinks?: ReadonlyMap<string, 'outside' | 'self' | 'dir'>;
}

// ---------------------------------------------------------------------------------- ONNX seeds

export function onnxSpec(opts: { external?: boolean; half?: boolean } = {}): ModelSpec {
  const ext = opts.external ? { externalFile: 'weights.bin' } : {};
  const inits: TensorSpec[] = [
    { name: 'model.layers.0.mlp.up_proj.weight', type: 'float32', dims: [12, 16], data: seq(192, (i) => Math.sin(i) * 0.1), ...ext },
    { name: 'model.layers.0.self_attn.o_proj.weight', type: 'float32', dims: [10, 16], data: seq(160, (i) => Math.cos(i * 0.7)), ...ext },
    { name: 'bias', type: 'float32', dims: [10], data: seq(10, (i) => i) },
    { name: 'typed_w', type: 'float32', dims: [10, 11], data: seq(110, (i) => (i % 7) - 3), encoding: 'typed' },
    { name: 'lm_head.weight', type: 'float32', dims: [11, 12], data: seq(132, (i) => (i * 37) % 11), ...ext },
  ];
  const nodes: NodeSpec[] = [
    { opType: 'MatMul', inputs: ['x', 'model.layers.0.mlp.up_proj.weight'], outputs: ['h1'], name: 'up' },
    { opType: 'Gemm', inputs: ['h1', 'model.layers.0.self_attn.o_proj.weight', 'bias'], outputs: ['h2'], name: 'o_proj', attributes: { transB: { int: 1 } } },
    { opType: 'MatMul', inputs: ['h2', 'typed_w'], outputs: ['h3'], name: 'typed' },
    { opType: 'MatMul', inputs: ['h3', 'lm_head.weight'], outputs: ['logits'], name: 'head' },
  ];
  if (opts.half) {
    inits.push(
      { name: 'half_w', type: 'float16', dims: [12, 12], data: Uint16Array.from({ length: 144 }, (_, i) => 0x3c00 + (i % 64)) },
      { name: 'bf_w', type: 'bfloat16', dims: [12, 10], data: Uint16Array.from({ length: 120 }, (_, i) => 0x3f80 - (i % 32)) },
    );
    nodes.push(
      { opType: 'Cast', inputs: ['half_w'], outputs: ['half32'], attributes: { to: { int: 1 } } },
      { opType: 'MatMul', inputs: ['logits', 'half32'], outputs: ['h5'], name: 'half' },
      { opType: 'Cast', inputs: ['bf_w'], outputs: ['bf32'], attributes: { to: { int: 1 } } },
      { opType: 'MatMul', inputs: ['h5', 'bf32'], outputs: ['h6'], name: 'bf' },
    );
  }
  return {
    nodes,
    initializers: inits,
    inputs: [{ name: 'x', type: 'float32', shape: ['batch', 16] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 12] }],
    metadata: { producer_note: 'fuzz seed' },
  };
}

export function onnxSeed(opts: { external?: boolean; half?: boolean }): FuzzCase {
  const { model, externalFiles } = encodeModel(onnxSpec(opts));
  return { kind: `onnx${opts.external ? '-ext' : ''}${opts.half ? '-half' : ''}`, fileName: 'model.onnx', bytes: model, sideFiles: externalFiles };
}

// ------------------------------------------------------------------------- safetensors seeds

export function safetensorsSeed(): FuzzCase {
  const f32 = new Uint8Array(seq(12 * 16, (i) => Math.sin(i)).buffer);
  const f16 = new Uint8Array(Uint16Array.from({ length: 10 * 12 }, (_, i) => 0x3c00 + (i % 100)).buffer);
  const bf16 = new Uint8Array(Uint16Array.from({ length: 11 * 10 }, (_, i) => 0xbf80 + (i % 50)).buffer);
  const i64 = new Uint8Array(BigInt64Array.from([1n, 2n, 3n, 4n]).buffer);
  const bytes = encodeSafetensors(
    [
      { name: 'model.layers.0.mlp.up_proj.weight', dtype: 'F32', shape: [12, 16], data: f32 },
      { name: 'model.layers.0.self_attn.q_proj.weight', dtype: 'F16', shape: [10, 12], data: f16 },
      { name: 'model.layers.1.mlp.down_proj.weight', dtype: 'BF16', shape: [11, 10], data: bf16 },
      { name: 'position_ids', dtype: 'I64', shape: [4], data: i64 },
    ],
    { format: 'pt' },
  );
  return { kind: 'safetensors', fileName: 'model.safetensors', bytes };
}

// --------------------------------------------------------------------------- byte mutators

function varintBytes(v: bigint): number[] {
  const out: number[] = [];
  let u = BigInt.asUintN(64, v);
  while (u >= 128n) {
    out.push(Number(u & 0x7fn) | 0x80);
    u >>= 7n;
  }
  out.push(Number(u));
  return out;
}

const HUGE_VARINTS: readonly bigint[] = [0xffffffffffffffffn, 1n << 62n, 1n << 53n, (1n << 53n) + 1n, 1n << 32n, 0x7fffffffn, 1n << 31n, 1n << 40n];

export function mutateBytes(r: Rng, src: Uint8Array): { op: string; bytes: Uint8Array } {
  const b = Uint8Array.from(src);
  const n = b.length;
  const at = () => int(r, Math.max(1, n));
  switch (int(r, 10)) {
    case 0: {
      const flips = 1 + int(r, 4);
      for (let i = 0; i < flips; i++) {
        const p = at();
        b[p] = b[p]! ^ (1 << int(r, 8));
      }
      return { op: 'bitflip', bytes: b };
    }
    case 1: {
      const p = at();
      const ins = Uint8Array.from({ length: 1 + int(r, 8) }, () => int(r, 256));
      return { op: 'insert', bytes: concat(b.subarray(0, p), ins, b.subarray(p)) };
    }
    case 2: {
      const p = at();
      return { op: 'delete', bytes: concat(b.subarray(0, p), b.subarray(Math.min(n, p + 1 + int(r, 16)))) };
    }
    case 3:
      return { op: 'truncate', bytes: b.slice(0, int(r, n)) };
    case 4: {
      const p = at();
      const v = varintBytes(pick(r, HUGE_VARINTS));
      for (let i = 0; i < v.length && p + i < n; i++) b[p + i] = v[i]!;
      return { op: 'huge-varint', bytes: b };
    }
    case 5: {
      const p = at();
      const len = 10 + int(r, 6); // over-long varint run
      return { op: 'long-varint', bytes: concat(b.subarray(0, p), new Uint8Array(len).fill(0xff), b.subarray(p)) };
    }
    case 6: {
      const s = at();
      const e = Math.min(n, s + 1 + int(r, 64));
      const p = at();
      return { op: 'splice-dup', bytes: concat(b.subarray(0, p), b.subarray(s, e), b.subarray(p)) };
    }
    case 7: {
      const p = at();
      for (let i = 0; i < 1 + int(r, 8) && p + i < n; i++) b[p + i] = int(r, 256);
      return { op: 'random-bytes', bytes: b };
    }
    case 8: {
      // Byte that is probably a length prefix or dim: nudge it.
      const p = at();
      b[p] = (b[p]! + pick(r, [1, -1, 2, 127, 128])) & 0xff;
      return { op: 'nudge', bytes: b };
    }
    default: {
      const p = at();
      b[p] = pick(r, [0x00, 0x7f, 0x80, 0xff]);
      return { op: 'boundary-byte', bytes: b };
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ------------------------------------------------------------------ ONNX structure mutators

interface RawInit {
  name: string;
  dataType: number;
  dims: (number | bigint)[];
  raw?: Uint8Array;
  typedFloats?: number[];
  external?: [string, string][];
  dataLocation?: number;
}

function encodeRawTensor(t: RawInit): ProtoWriter {
  const w = new ProtoWriter();
  for (const d of t.dims) w.varint(1, d);
  w.varint(2, t.dataType);
  w.string(8, t.name);
  if (t.raw) w.bytes(9, t.raw);
  if (t.typedFloats) w.packedFloats(4, t.typedFloats);
  for (const [k, v] of t.external ?? []) w.message(13, new ProtoWriter().string(1, k).string(2, v));
  if (t.dataLocation !== undefined) w.varint(14, t.dataLocation);
  return w;
}

function valueInfo(name: string, elemType: number, dims: (number | string)[]): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of dims) shape.message(1, typeof d === 'number' ? new ProtoWriter().varint(1, d) : new ProtoWriter().string(2, d));
  return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, new ProtoWriter().varint(1, elemType).message(2, shape)));
}

function encodeRawModel(nodes: NodeSpec[], inits: RawInit[], metadata: [string, string][] = []): Uint8Array {
  const g = new ProtoWriter();
  for (const n of nodes) g.message(1, encodeNode(n));
  g.string(2, 'g');
  for (const t of inits) g.message(5, encodeRawTensor(t));
  g.message(11, valueInfo('x', 1, ['batch', 16]));
  g.message(12, valueInfo('logits', 1, ['batch', 12]));
  const m = new ProtoWriter().varint(1, 8).message(7, g).message(8, new ProtoWriter().varint(2, 17));
  for (const [k, v] of metadata) m.message(14, new ProtoWriter().string(1, k).string(2, v));
  return m.finish();
}

const DIM_TRICKS: readonly (number | bigint)[][] = [
  [1 << 20, 1 << 20], [2 ** 31, 2 ** 31], [2 ** 40, 16], [-1, 16], [-12, -16], [0, 16], [12, 0], [16], [12, 16, 1], [],
  [Number.MAX_SAFE_INTEGER, 1], [0xffffffffffffffffn, 2n], [1n << 62n, 4n], [12, 15], [13, 16], [192, 1], [3, 64],
];
const DTYPE_CODES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 99, 1 << 20];
const LOCATION_TRICKS = [
  '../weights.bin', '/etc/passwd', 'sub/../../weights.bin', '..\\weights.bin', 'C:\\weights.bin', '', '.', './',
  'model.onnx', 'weights.bin/', 'missing.bin', 'link-out', 'link-self', 'link-dir', 'weights.bin\0', 'sub', '~/weights.bin',
  'weights.bin?x', '%2e%2e/weights.bin', 'a/'.repeat(40) + 'w',
];
const NUMBER_TRICKS = ['0', '1', '-1', '1e3', '0x10', ' 8', '18446744073709551616', '9007199254740993', 'NaN', '', '768', '767', '999999999999'];
const NAME_TRICKS = [
  '', 'x', 'logits', 'h1', 'model.layers.0.mlp.up_proj.weight', '\u0000', '../../etc/passwd', '@org/team <img src=x onerror=alert(1)>',
  'a'.repeat(5000), '\ud800', '__proto__', 'constructor',
];

/** A structurally altered ONNX model (valid protobuf, hostile content). */
export function mutateOnnxStructure(r: Rng): FuzzCase {
  const f32 = (n: number) => new Uint8Array(seq(n, (i) => Math.sin(i)).buffer);
  const inits: RawInit[] = [
    { name: 'w1', dataType: 1, dims: [12, 16], raw: f32(192) },
    { name: 'w2', dataType: 1, dims: [10, 16], external: [['location', 'weights.bin'], ['offset', '0'], ['length', '640']], dataLocation: 1 },
    { name: 'w3', dataType: 1, dims: [16, 12], typedFloats: Array.from(seq(192, (i) => i)) },
  ];
  const nodes: NodeSpec[] = [
    { opType: 'MatMul', inputs: ['x', 'w1'], outputs: ['h1'], name: 'mm1' },
    { opType: 'Gemm', inputs: ['h1', 'w2'], outputs: ['h2'], name: 'gemm', attributes: { transB: { int: 1 } } },
    { opType: 'MatMul', inputs: ['h2', 'w3'], outputs: ['logits'], name: 'mm3' },
  ];
  const side = new Map<string, Uint8Array>([['weights.bin', f32(160)]]);
  const symlinks = new Map<string, 'outside' | 'self' | 'dir'>([['link-out', 'outside'], ['link-self', 'self'], ['link-dir', 'dir']]);
  const target = pick(r, inits);
  let op: string;
  switch (int(r, 9)) {
    case 0:
      target.dims = pick(r, DIM_TRICKS);
      op = 'dims';
      break;
    case 1:
      target.dataType = pick(r, DTYPE_CODES);
      op = 'dtype';
      break;
    case 2: {
      const loc = pick(r, LOCATION_TRICKS);
      const t = inits[1]!;
      t.external = [['location', loc], ['offset', '0'], ['length', '640']];
      op = 'location';
      break;
    }
    case 3: {
      const t = inits[1]!;
      t.external = [['location', 'weights.bin'], [pick(r, ['offset', 'length']), pick(r, NUMBER_TRICKS)], ...(r() < 0.5 ? [[pick(r, ['offset', 'length']), pick(r, NUMBER_TRICKS)] as [string, string]] : [])];
      if (r() < 0.3) t.dims = pick(r, DIM_TRICKS);
      op = 'ext-numbers';
      break;
    }
    case 4: {
      // Duplicate or colliding names: two initializers with one name, initializer named like a node output.
      const a = pick(r, inits);
      a.name = pick(r, [...inits.map((i) => i.name), ...NAME_TRICKS]);
      if (r() < 0.5) inits.push({ ...pick(r, inits), dims: pick(r, DIM_TRICKS) });
      op = 'names';
      break;
    }
    case 5: {
      // Self-referencing / cyclic graphs: a node consuming its own output, Transpose cycles, long chains.
      const kind = int(r, 3);
      if (kind === 0) nodes.push({ opType: 'MatMul', inputs: ['loop', 'w1'], outputs: ['loop'], name: 'self' });
      else if (kind === 1) {
        nodes.push({ opType: 'Transpose', inputs: ['tb'], outputs: ['ta'] }, { opType: 'Transpose', inputs: ['ta'], outputs: ['tb'] });
        nodes.push({ opType: 'MatMul', inputs: ['x', 'ta'], outputs: ['h9'], name: 'cyc' });
      } else {
        let prev = 'w1';
        for (let i = 0; i < 30; i++) {
          nodes.push({ opType: pick(r, ['Transpose', 'Cast']), inputs: [prev], outputs: [`c${i}`] });
          prev = `c${i}`;
        }
        nodes.push({ opType: 'MatMul', inputs: ['x', prev], outputs: ['h9'], name: 'chain' });
      }
      op = 'cycles';
      break;
    }
    case 6: {
      // Raw data length disagrees with dims.
      const t = inits[0]!;
      t.raw = f32(pick(r, [0, 1, 191, 193, 384]));
      op = 'raw-length';
      break;
    }
    case 7: {
      // Data both inline and external, or external marker without entries.
      const t = pick(r, inits);
      if (r() < 0.5) t.dataLocation = pick(r, [1, 2, 7]);
      else t.external = [];
      if (r() < 0.5) t.raw = f32(192);
      op = 'storage';
      break;
    }
    default: {
      // Side file: truncated, empty, or huge declared with a small file.
      const len = pick(r, [0, 1, 639, 641]);
      side.set('weights.bin', f32(160).slice(0, Math.min(640, len)));
      op = 'side-file';
    }
  }
  const nameMeta: [string, string][] = r() < 0.2 ? [[pick(r, NAME_TRICKS), pick(r, NAME_TRICKS)]] : [];
  return { kind: `onnx-struct-${op}`, fileName: 'model.onnx', bytes: encodeRawModel(nodes, inits, nameMeta), sideFiles: side, symlinks };
}

// ----------------------------------------------------------- safetensors structure mutators

const ST_DTYPES = ['F32', 'F16', 'BF16', 'F64', 'I64', 'I8', 'U8', 'BOOL', 'F8_E4M3', 'F4', 'X', 'f32', '', 'F32 '];

export function mutateSafetensorsStructure(r: Rng): FuzzCase {
  const data = new Uint8Array(seq(12 * 16 + 10 * 12, (i) => Math.cos(i)).buffer);
  const entries: Record<string, unknown>[] = [
    { name: 'a.weight', dtype: 'F32', shape: [12, 16], data_offsets: [0, 768] },
    { name: 'b.weight', dtype: 'F32', shape: [10, 12], data_offsets: [768, 1248] },
  ];
  let metadata: unknown = { format: 'pt' };
  let extra = '';
  let op: string;
  const e = pick(r, entries);
  switch (int(r, 8)) {
    case 0:
      e['dtype'] = pick(r, ST_DTYPES);
      op = 'dtype';
      break;
    case 1:
      e['shape'] = pick(r, [[1e9, 1e9], [2 ** 53, 2], [-12, -16], [12.5, 16], [12], [12, 16, 1], [], [0, 0], ['12', 16], null, [192, 1], [16, 12], [2 ** 31, 2 ** 31]]);
      op = 'shape';
      break;
    case 2:
      e['data_offsets'] = pick(r, [[768, 0], [0, 2 ** 60], [0, 1e300], [-1, 767], [0, 767], [1, 769], [0, 1249], [0], [0, 768, 9], null, [0, '768'], [2 ** 53, 2 ** 53 + 768]]);
      op = 'offsets';
      break;
    case 3:
      // Duplicate keys in the JSON (last wins in JSON.parse), overlapping tensors, a tensor named __metadata__.
      extra = pick(r, [
        `,"a.weight":{"dtype":"F32","shape":[16,12],"data_offsets":[0,768]}`,
        `,"c.weight":{"dtype":"F32","shape":[12,16],"data_offsets":[0,768]}`,
        `,"__metadata__":{"dtype":"F32","shape":[12,16],"data_offsets":[0,768]}`,
        `,"__proto__":{"dtype":"F32","shape":[12,16],"data_offsets":[0,768]}`,
        `,"../../etc/passwd":{"dtype":"F32","shape":[12,16],"data_offsets":[0,768]}`,
        `,"x":${'['.repeat(20000)}${']'.repeat(20000)}`,
        `,"y":{"dtype":{"dtype":"F32"},"shape":[12,16],"data_offsets":[0,768]}`,
      ]);
      op = 'keys';
      break;
    case 4:
      metadata = pick(r, [null, 1, [], { a: 1 }, { a: { b: 'c' } }, 'text', { ['x'.repeat(100000)]: 'y' }]);
      op = 'metadata';
      break;
    case 5:
      e['name'] = pick(r, NAME_TRICKS);
      op = 'name';
      break;
    case 6:
      delete e[pick(r, ['dtype', 'shape', 'data_offsets'])];
      op = 'missing-key';
      break;
    default:
      op = 'header-len';
  }
  const parts: string[] = [];
  if (metadata !== undefined) parts.push(`"__metadata__":${JSON.stringify(metadata)}`);
  for (const en of entries) {
    const { name, ...rest } = en;
    parts.push(`${JSON.stringify(name)}:${JSON.stringify(rest)}`);
  }
  const header = new TextEncoder().encode(`{${parts.join(',')}${extra}}`);
  let declared = BigInt(header.length);
  if (op === 'header-len') declared = pick(r, [0n, 1n, BigInt(header.length - 1), BigInt(header.length + 1), BigInt(header.length + data.length + 9), 1n << 63n, 0xffffffffffffffffn, 99_999_999n]);
  const out = new Uint8Array(8 + header.length + data.length);
  new DataView(out.buffer).setBigUint64(0, declared, true);
  out.set(header, 8);
  out.set(data, 8 + header.length);
  return { kind: `st-struct-${op}`, fileName: 'model.safetensors', bytes: out };
}

/** Element type code of float32 (for assertions). */
export const FLOAT32_CODE = ONNX_DTYPE.float32;
