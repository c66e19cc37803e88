/**
 * The quantization audit end to end: `ww-smooth run <q model> --base-model <fp32 model>` on two
 * models the test builds. The fp32 file names its weights `onnx::MatMul_10x`; its quantized variant
 * stores two of them as MatMulNBits 4-bit (block 32, K = 48 leaves a padded block) under crossed
 * names (q_proj's weight is called `onnx::MatMul_102_Q4`, up_proj's `onnx::MatMul_101_Q4`, same
 * dimensions, so a name match would pair them wrongly), one as the MatMulInteger pattern of
 * quantize_dynamic (int8), drops one layer and adds an lm_head. report.json must pair the layers by
 * module path, list the unmatched ones on each side, and give each pair's alpha and log_norm change
 * as numpy computes them from the dequantized weights (dequantized from the operator specifications,
 * WeightWatcher's fit transcribed in wwNumpy.ts). The comment must show the audit.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelFiles, type ModelSpec, type TensorSpec } from '../../src/model/onnxBuilder.js';
import { quantizeNBits } from '../../src/model/quant.js';
import type { RunReport } from '../../src/report/types.js';
import { spawnCli } from '../helpers/cli.js';
import { NUMPY_DEQUANT } from '../helpers/numpyDequant.js';
import { findNumpyPython, runPython } from '../helpers/python.js';
import { quantizeInt8Symmetric } from '../helpers/quantizeModel.js';
import { lcg } from '../smooth/models.js';
import { WW_NUMPY } from '../spectral/wwNumpy.js';

const HAVE_NUMPY = findNumpyPython() !== null;
const K = 48;
const BLOCK = 32;
const rnd = lcg(1234);

/** A [K, N] float32 weight with a decaying spectrum (a few strong directions over noise), so the fits are not degenerate. */
function weight(N: number): Float32Array {
  const r = 4;
  const u = Array.from({ length: K * r }, () => rnd());
  const v = Array.from({ length: r * N }, () => rnd());
  return Float32Array.from({ length: K * N }, (_, i) => {
    const [k, n] = [Math.floor(i / N), i % N];
    let s = rnd() * 0.3;
    for (let j = 0; j < r; j++) s += (u[k * r + j]! * v[j * N + n]!) / (j + 1);
    return s;
  });
}

const W = { q: weight(40), up: weight(40), down: weight(24), extra: weight(24), head: weight(24) };

function transposed(w: Float32Array, N: number): Float64Array {
  const t = new Float64Array(N * K);
  for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) t[n * K + k] = w[k * N + n]!;
  return t;
}

const x = { name: 'x', type: 'float32' as const, shape: [2, K] };
const y = (name: string, N: number) => ({ name, type: 'float32' as const, shape: [2, N] });

function fp32Spec(): ModelSpec {
  const mm = (module: string, w: string, out: string) => ({ opType: 'MatMul', name: `/model/layers.0/${module}/MatMul`, inputs: ['x', w], outputs: [out] });
  return {
    nodes: [mm('self_attn/q_proj', 'onnx::MatMul_101', 'y_q'), mm('mlp/up_proj', 'onnx::MatMul_102', 'y_up'), mm('mlp/down_proj', 'onnx::MatMul_103', 'y_down'), mm('mlp/extra', 'onnx::MatMul_104', 'y_extra')],
    initializers: [
      { name: 'onnx::MatMul_101', type: 'float32', dims: [K, 40], data: W.q },
      { name: 'onnx::MatMul_102', type: 'float32', dims: [K, 40], data: W.up },
      { name: 'onnx::MatMul_103', type: 'float32', dims: [K, 24], data: W.down },
      { name: 'onnx::MatMul_104', type: 'float32', dims: [K, 24], data: W.extra },
    ],
    inputs: [x],
    outputs: [y('y_q', 40), y('y_up', 40), y('y_down', 24), y('y_extra', 24)],
  };
}

interface Q4Tensors {
  readonly b: TensorSpec;
  readonly scales: TensorSpec;
}

function q4(name: string, w: Float32Array, N: number): Q4Tensors {
  const q = quantizeNBits(transposed(w, N), { N, K, bits: 4, blockSize: BLOCK, scaleType: 'float32', symmetric: true, gIdx: null });
  const nb = Math.ceil(K / BLOCK);
  return { b: { name, type: 'uint8', dims: [N, nb, BLOCK / 2], data: q.b }, scales: { name: `${name}_scales`, type: 'float32', dims: [N * nb], data: new Float32Array(q.scales.slice().buffer) } };
}

const Q = { q: q4('onnx::MatMul_102_Q4', W.q, 40), up: q4('onnx::MatMul_101_Q4', W.up, 40), head: q4('onnx::MatMul_200_Q4', W.head, 24) };
const I8 = quantizeInt8Symmetric(Float64Array.from(W.down));

function quantSpec(): ModelSpec {
  const nbits = (name: string, t: Q4Tensors, N: number, out: string) => ({
    opType: 'MatMulNBits',
    domain: 'com.microsoft',
    name,
    inputs: ['x', t.b.name, t.scales.name],
    outputs: [out],
    attributes: { K: { int: K }, N: { int: N }, bits: { int: 4 }, block_size: { int: BLOCK } },
  });
  return {
    nodes: [
      nbits('/model/layers.0/self_attn/q_proj/MatMulNBits', Q.q, 40, 'y_q'),
      nbits('/model/layers.0/mlp/up_proj/MatMulNBits', Q.up, 40, 'y_up'),
      { opType: 'DynamicQuantizeLinear', inputs: ['x'], outputs: ['xq', 'xs', 'xzp'] },
      { opType: 'MatMulInteger', name: '/model/layers.0/mlp/down_proj/MatMul_quant', inputs: ['xq', 'onnx::MatMul_103_quantized', 'xzp', 'onnx::MatMul_103_zero_point'], outputs: ['d_i'] },
      { opType: 'Cast', inputs: ['d_i'], outputs: ['d_f'], attributes: { to: { int: 1 } } },
      { opType: 'Mul', inputs: ['xs', 'onnx::MatMul_103_scale'], outputs: ['d_s'] },
      { opType: 'Mul', inputs: ['d_f', 'd_s'], outputs: ['y_down'] },
      nbits('/lm_head/MatMulNBits', Q.head, 24, 'logits'),
    ],
    initializers: [
      Q.q.b, Q.q.scales, Q.up.b, Q.up.scales, Q.head.b, Q.head.scales,
      { name: 'onnx::MatMul_103_quantized', type: 'int8', dims: [K, 24], data: I8.q },
      { name: 'onnx::MatMul_103_scale', type: 'float32', dims: [], data: Float32Array.from([I8.scale]) },
      { name: 'onnx::MatMul_103_zero_point', type: 'int8', dims: [], data: Int8Array.from([0]) },
    ],
    inputs: [x],
    outputs: [y('y_q', 40), y('y_up', 40), y('y_down', 24), y('logits', 24)],
    opsets: [{ domain: '', version: 21 }, { domain: 'com.microsoft', version: 1 }],
    irVersion: 10,
  };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ww-audit-'));
  await writeModelFiles(dir, 'model.onnx', fp32Spec());
  await writeModelFiles(dir, 'model_quantized.onnx', quantSpec());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const arr = (t: TensorSpec) => Array.from(t.data as ArrayLike<number>);

describe.skipIf(!HAVE_NUMPY)('quantization audit: a quantized variant against its fp32 model', () => {
  it('pairs layers by module path across renamed tensors, lists the unmatched ones, and gives the numpy deltas', () => {
    const run = spawnCli(['run', 'model_quantized.onnx', '--base-model', 'model.onnx', '--no-smooth', '--out-dir', 'out', '--quiet'], dir);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status); // the gate may warn or fail on alphas; the run itself must not error
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as RunReport;
    const cmp = report.baseComparison!;
    expect(cmp.quantized).toBe('head');
    expect(cmp.quantizationDiffers).toBe(true);
    expect(cmp.layers.map((l) => [l.module, l.head, l.base, l.by])).toEqual([
      ['model.layers.0.self_attn.q_proj', 'onnx::MatMul_102_Q4', 'onnx::MatMul_101', 'module'],
      ['model.layers.0.mlp.up_proj', 'onnx::MatMul_101_Q4', 'onnx::MatMul_102', 'module'],
      ['model.layers.0.mlp.down_proj', 'onnx::MatMul_103_quantized', 'onnx::MatMul_103', 'module'],
    ]);
    expect(cmp.layers.map((l) => l.quantization.head?.op)).toEqual(['MatMulNBits', 'MatMulNBits', 'MatMulInteger']);
    expect(cmp.unmatchedHead).toEqual([{ name: 'onnx::MatMul_200_Q4', module: 'lm_head', shape: [24, 48] }]);
    expect(cmp.unmatchedBase).toEqual([{ name: 'onnx::MatMul_104', module: 'model.layers.0.mlp.extra', shape: [48, 24] }]);

    // numpy: float weights as stored, quantized ones dequantized from the specs; WeightWatcher's fit on each.
    const want = runPython<Array<{ alpha: [number, number]; logNorm: [number, number] }>>(
      WW_NUMPY +
        NUMPY_DEQUANT +
        `
def stats(w):
    ev = np.linalg.svd(np.asarray(w, dtype=np.float64), compute_uv=False) ** 2
    return wwfit(ev)['alpha'], float(np.log10(np.sum(ev)))
out = []
for p in inp:
    f = np.array(p['float'], dtype=np.float32).astype(np.float64).reshape(${K}, p['N'])
    if p['kind'] == 'q4':
        d = nbits(p['b'], p['scales'], None, ${K}, p['N'], 4, ${BLOCK}, 'float32')
    else:
        d = linear(p['q'], 'int8', [${K}, p['N']], p['scale'], [0], 1, None)
    (a0, l0), (a1, l1) = stats(f), stats(d)
    out.append(dict(alpha=[float(a1), float(a0)], logNorm=[l1, l0]))
print(json.dumps(out))
`,
      [
        { kind: 'q4', float: Array.from(W.q), N: 40, b: arr(Q.q.b), scales: arr(Q.q.scales) },
        { kind: 'q4', float: Array.from(W.up), N: 40, b: arr(Q.up.b), scales: arr(Q.up.scales) },
        { kind: 'int8', float: Array.from(W.down), N: 24, q: Array.from(I8.q), scale: [I8.scale] },
      ],
    );
    cmp.layers.forEach((l, i) => {
      const w = want[i]!;
      expect(l.alpha.head, `${l.module} alpha (quantized)`).toBeCloseTo(w.alpha[0], 9);
      expect(l.alpha.base, `${l.module} alpha (float)`).toBeCloseTo(w.alpha[1], 9);
      expect(l.alpha.change, `${l.module} Δ alpha`).toBeCloseTo(w.alpha[0] - w.alpha[1], 9);
      expect(l.logNorm.change, `${l.module} Δ log_norm`).toBeCloseTo(w.logNorm[0] - w.logNorm[1], 11);
      expect(l.logNorm.change).not.toBe(0); // quantization changed the weights
    });

    const md = spawnCli(['report', join('out', 'report.json')], dir);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('### Quantization audit: did quantizing damage a layer?');
    expect(md.stdout).toContain('**Float** (base model): 3 float layers · **quantized** (head model): MatMulNBits 4-bit, block 32, symmetric (2 layers); MatMulInteger 8-bit, symmetric (1 layer). 3 layers matched (3 by module path)');
    expect(md.stdout).toContain('head only (1): `lm_head (onnx::MatMul_200_Q4)`; base only (1): `model.layers.0.mlp.extra (onnx::MatMul_104)`');
  }, 120_000);
});
