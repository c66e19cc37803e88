/**
 * safetensors: a file laid out by hand byte for byte, files from the encoder, sharded models,
 * header validation, and the writer (replaced tensors re-encoded, everything else identical).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSafetensors, openSafetensors, writeSmoothedSafetensors } from '../../src/model/safetensors.js';
import { openModel } from '../../src/model/open.js';
import { matrix } from '../../src/linalg/matrix.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ww-st-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = (a: Float32Array | Uint16Array | Float64Array | Int8Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

function fixture() {
  return [
    { name: 'model.layers.10.mlp.down_proj.weight', dtype: 'F32', shape: [2, 3], data: bytesOf(Float32Array.from([1, 2, 3, 4, 5, 6])) },
    { name: 'model.layers.2.self_attn.q_proj.weight', dtype: 'F16', shape: [2, 2], data: bytesOf(Uint16Array.from([0x3c00, 0xc000, 0x0001, 0x7bff])) },
    { name: 'model.layers.2.input_layernorm.weight', dtype: 'F32', shape: [2], data: bytesOf(Float32Array.from([1, 1])) },
    { name: 'lm_head.weight', dtype: 'BF16', shape: [3, 2], data: bytesOf(Uint16Array.from([0x3f80, 0xc040, 0, 0x4049, 0x3f80, 0x3f80])) },
    { name: 'model.embed_tokens.weight', dtype: 'F64', shape: [2, 2], data: bytesOf(Float64Array.from([0.1, 0.2, 0.3, 0.4])) },
    { name: 'quant.weight', dtype: 'I8', shape: [2, 2], data: bytesOf(Int8Array.from([1, 2, 3, 4])) },
  ];
}

describe('safetensors reader', () => {
  it('reads a file laid out by hand', async () => {
    const header = '{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}';
    const h = Buffer.from(header);
    const file = Buffer.alloc(8 + h.length + 16);
    file.writeBigUInt64LE(BigInt(h.length), 0);
    h.copy(file, 8);
    [0.5, -1, 2, 4].forEach((v, i) => file.writeFloatLE(v, 8 + h.length + 4 * i));
    const p = join(dir, 'hand.safetensors');
    await writeFile(p, file);
    const w = await openModel(p);
    expect(w.format).toBe('safetensors');
    expect(w.layers).toHaveLength(1);
    expect(w.layers[0]).toMatchObject({ name: 'w', dtype: 'float32', storedShape: [2, 2], storedTransposed: true });
    expect(Array.from((await w.readMatrix(w.layers[0]!)).data)).toEqual([0.5, -1, 2, 4]);
    expect((await w.readMatrix(w.layers[0]!)).data32).toBeUndefined();
    expect(Array.from((await w.readMatrix(w.layers[0]!, { keepFloat32: true })).data32!)).toEqual([0.5, -1, 2, 4]);
    const shared = (await w.readFloat32Shared!(w.layers[0]!))!;
    expect(shared.data32.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect([shared.rows, shared.cols, ...shared.data32]).toEqual([2, 2, 0.5, -1, 2, 4]);
    await w.close();
  });

  it('lists 2-D float tensors in natural name order, PyTorch [out, in] layout, roles and blocks', async () => {
    const p = join(dir, 'model.safetensors');
    await writeFile(p, encodeSafetensors(fixture(), { format: 'pt' }));
    const w = await openSafetensors(p);
    try {
      expect(w.layers.map((l) => l.name)).toEqual([
        'lm_head.weight', 'model.embed_tokens.weight', 'model.layers.2.self_attn.q_proj.weight', 'model.layers.10.mlp.down_proj.weight',
      ]);
      const down = w.layers[3]!;
      expect([down.inFeatures, down.outFeatures, down.storedTransposed, down.block, down.role]).toEqual([3, 2, true, 10, 'mlp']);
      expect(w.layers.map((l) => l.role)).toEqual(['head', 'embedding', 'attention', 'mlp']);
      expect(w.skipped).toEqual([{ name: 'quant.weight', reason: expect.stringMatching(/UNSUPPORTED_DTYPE.*I8/) }]);
      expect(Array.from((await w.readMatrix(w.layers[2]!)).data)).toEqual([1, -2, 2 ** -24, 65504]);
      expect(Array.from((await w.readMatrix(w.layers[0]!)).data)).toEqual([1, -3, 0, 3.140625, 1, 1]);
      expect(Array.from((await w.readMatrix(w.layers[1]!)).data)).toEqual([0.1, 0.2, 0.3, 0.4]);
      expect(Array.from((await w.readMatrix(down)).data)).toEqual([1, 2, 3, 4, 5, 6]);
      // shared float32 only where float32 is stored (F16 and BF16: read with readMatrix)
      expect(await w.readFloat32Shared!(w.layers[2]!)).toBeNull();
      expect(await w.readFloat32Shared!(w.layers[0]!)).toBeNull();
    } finally {
      await w.close();
    }
  });

  it('reads a sharded model through its index (file or folder)', async () => {
    const sub = join(dir, 'sharded');
    await mkdir(sub);
    const t = fixture();
    await writeFile(join(sub, 'model-00001-of-00002.safetensors'), encodeSafetensors(t.slice(0, 3)));
    await writeFile(join(sub, 'model-00002-of-00002.safetensors'), encodeSafetensors(t.slice(3, 5)));
    const weight_map = Object.fromEntries(t.slice(0, 5).map((x, i) => [x.name, `model-0000${i < 3 ? 1 : 2}-of-00002.safetensors`]));
    await writeFile(join(sub, 'model.safetensors.index.json'), JSON.stringify({ metadata: { total_size: 1 }, weight_map }));
    const w = await openModel(sub);
    expect(w.path).toBe(join(sub, 'model.safetensors.index.json'));
    expect(w.layers.map((l) => l.name)).toEqual(['lm_head.weight', 'model.embed_tokens.weight', 'model.layers.2.self_attn.q_proj.weight', 'model.layers.10.mlp.down_proj.weight']);
    expect(Array.from((await w.readMatrix(w.layers[0]!)).data)).toEqual([1, -3, 0, 3.140625, 1, 1]);
    expect(Array.from((await w.readMatrix(w.layers[3]!)).data)).toEqual([1, 2, 3, 4, 5, 6]);
    await w.close();
  });
});

describe('safetensors header validation', () => {
  const write = async (name: string, bytes: Uint8Array) => {
    const p = join(dir, name);
    await writeFile(p, bytes);
    return p;
  };
  const withHeader = (header: string, dataBytes: number) => {
    const h = Buffer.from(header);
    const f = Buffer.alloc(8 + h.length + dataBytes);
    f.writeBigUInt64LE(BigInt(h.length), 0);
    h.copy(f, 8);
    return f;
  };

  it.each([
    ['header length beyond the file', () => { const f = Buffer.alloc(20); f.writeBigUInt64LE(1000n, 0); f[8] = 0x7b; return f; }, 'MODEL_TRUNCATED'],
    ['implausible header length', () => { const f = Buffer.alloc(20); f.writeBigUInt64LE(2n ** 62n, 0); return f; }, 'MODEL_CORRUPT'],
    ['offsets past the data', () => withHeader('{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', 4), 'MODEL_TRUNCATED'],
    ['byte count not matching the shape', () => withHeader('{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}', 8), 'MODEL_CORRUPT'],
    ['offsets backwards', () => withHeader('{"w":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}', 8), 'MODEL_CORRUPT'],
    ['unknown dtype', () => withHeader('{"w":{"dtype":"F7","shape":[2],"data_offsets":[0,8]}}', 8), 'UNSUPPORTED_DTYPE'],
    ['header not JSON', () => withHeader('{"w":', 0), 'MODEL_CORRUPT'],
    ['file shorter than 8 bytes', () => Buffer.from([1, 2, 3]), 'MODEL_TRUNCATED'],
  ])('%s', async (_label, make, code) => {
    const p = await write(`bad-${code}-${Math.random().toString(36).slice(2)}.safetensors`, make());
    await expect(openModel(p)).rejects.toMatchObject({ code });
  });

  it('a shard path escaping the folder is refused', async () => {
    const sub = join(dir, 'escape');
    await mkdir(sub);
    await writeFile(join(dir, 'outside.safetensors'), encodeSafetensors(fixture().slice(0, 1)));
    await writeFile(join(sub, 'model.safetensors.index.json'), JSON.stringify({ weight_map: { 'model.layers.10.mlp.down_proj.weight': '../outside.safetensors' } }));
    await expect(openModel(sub)).rejects.toMatchObject({ code: 'PATH_ESCAPE' });
  });
});

describe('writeSmoothedSafetensors', () => {
  it('re-encodes replaced tensors in their dtype and keeps every other byte', async () => {
    const src = join(dir, 'w-in.safetensors');
    await writeFile(src, encodeSafetensors(fixture(), { format: 'pt', keep: 'me' }));
    const before = await readFile(src);
    const mtime = (await stat(src)).mtimeMs;
    const out = join(dir, 'w-out.safetensors');
    // fp16: 1/3 -> 0x3555 (RNE, hand-computed); 65520 -> inf 0x7c00 (tie to even overflows)
    const q = matrix(2, 2, Float64Array.from([1 / 3, 65520, -0.5, 0]));
    await writeSmoothedSafetensors(src, out, new Map([['model.layers.2.self_attn.q_proj.weight', { kind: 'dense', values: q }]]));
    const after = await readFile(out);
    expect(await readFile(src)).toEqual(before);
    expect((await stat(src)).mtimeMs).toBe(mtime);
    expect(after.length).toBe(before.length);
    const w = await openSafetensors(out);
    const e = w.tensors.get('model.layers.2.self_attn.q_proj.weight')!.entry;
    expect(Array.from(new Uint16Array(after.buffer.slice(after.byteOffset + e.start, after.byteOffset + e.end)))).toEqual([0x3555, 0x7c00, 0xb800, 0x0000]);
    // Everything outside the replaced range is identical (header with __metadata__ and key order included).
    const diff: number[] = [];
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) diff.push(i);
    expect(diff.every((i) => i >= e.start && i < e.end)).toBe(true);
    await w.close();
  });

  it('refuses to overwrite the input and handles sharded models into a new folder', async () => {
    const src = join(dir, 'w-in.safetensors');
    const rep = new Map([['model.layers.10.mlp.down_proj.weight', { kind: 'dense' as const, values: matrix(2, 3, Float64Array.from([6, 5, 4, 3, 2, 1])) }]]);
    await expect(writeSmoothedSafetensors(src, src, rep)).rejects.toMatchObject({ code: 'OUTPUT_IS_INPUT' });
    const outIdx = join(dir, 'sharded-out', 'model.safetensors.index.json');
    await mkdir(join(dir, 'sharded-out'));
    const written = await writeSmoothedSafetensors(join(dir, 'sharded', 'model.safetensors.index.json'), outIdx, rep);
    expect(written).toHaveLength(3);
    const w = await openModel(join(dir, 'sharded-out'));
    const l = w.layers.find((x) => x.name === 'model.layers.10.mlp.down_proj.weight')!;
    expect(Array.from((await w.readMatrix(l)).data)).toEqual([6, 5, 4, 3, 2, 1]);
    const other = w.layers.find((x) => x.name === 'lm_head.weight')!;
    expect(Array.from((await w.readMatrix(other)).data)).toEqual([1, -3, 0, 3.140625, 1, 1]);
    await w.close();
  });
});
