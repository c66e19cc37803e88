/**
 * The bench's Llama decoder graph (bench/llmDecoder.ts) is a real decoder: a small instance (2 blocks,
 * 4 query heads sharing 2 key/value heads, RoPE, SwiGLU) run by onnxruntime must give the logits of
 * an independent numpy implementation of Hugging Face's LlamaForCausalLM forward (float64,
 * rotate-half RoPE, repeat_kv, causal softmax), and our evaluator must give numpy's perplexity on it
 * under the README's window convention (windows [s, s + context), each scoring s+1 .. end-1).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, describe, expect, it } from 'vitest';
import { decoderModelSpec, decoderWeights, type DecoderDims } from '../../bench/llmDecoder.js';
import { evaluatePerplexity } from '../../src/engine/evaluate.js';
import { writeModelFiles } from '../../src/model/onnxBuilder.js';
import { mulberry32 } from '../../src/util/prng.js';
import { findNumpyPython, runPython } from '../helpers/python.js';

const dims: DecoderDims = { vocab: 37, hidden: 16, heads: 4, kvHeads: 2, headDim: 4, ffn: 24, blocks: 2, maxPositions: 32, ropeTheta: 10000, eps: 1e-5 };

const weightList = decoderWeights(dims);
const weights = weightList.map((w, i) => {
  const u = mulberry32(1000 + i);
  const n = w.dims.reduce((a, b) => a * b, 1);
  // norm weights around 1 (so a missing multiply shows), the rest uniform with fan-in scale
  if (w.kind === 'norm') return Float32Array.from({ length: n }, () => 0.7 + 0.6 * u());
  const scale = w.kind === 'embedding' ? 1 : 1.5 / Math.sqrt(w.dims[0]!);
  return Float32Array.from({ length: n }, () => (2 * u() - 1) * scale);
});

const NUMPY_LLAMA = `
d = inp['dims']
W = {w['name']: np.array(w['data'], dtype=np.float64).reshape(w['dims']) for w in inp['weights']}
H, KV, hd = d['heads'], d['kvHeads'], d['headDim']

def rms(x, w):
    return x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + d['eps']) * w

def rope(x, S):  # x [S, heads, hd]
    inv = d['ropeTheta'] ** (-np.arange(0, hd, 2) / hd)
    ang = np.outer(np.arange(S), inv)
    emb = np.concatenate([ang, ang], axis=-1)
    cos, sin = np.cos(emb)[:, None, :], np.sin(emb)[:, None, :]
    rot = np.concatenate([-x[..., hd // 2:], x[..., :hd // 2]], axis=-1)
    return x * cos + rot * sin

def forward(ids):
    S = len(ids)
    h = W['model.embed_tokens.weight'][ids]
    mask = np.triu(np.full((S, S), -np.inf), 1)
    for b in range(d['blocks']):
        p = f'model.layers.{b}'
        x = rms(h, W[p + '.input_layernorm.weight'])
        q = rope((x @ W[p + '.self_attn.q_proj.weight']).reshape(S, H, hd), S)
        k = rope((x @ W[p + '.self_attn.k_proj.weight']).reshape(S, KV, hd), S)
        v = (x @ W[p + '.self_attn.v_proj.weight']).reshape(S, KV, hd)
        k = np.repeat(k, H // KV, axis=1)  # repeat_kv: query head i reads kv head i // group
        v = np.repeat(v, H // KV, axis=1)
        out = np.zeros((S, H, hd))
        for i in range(H):
            s = q[:, i, :] @ k[:, i, :].T / np.sqrt(hd) + mask
            e = np.exp(s - s.max(axis=-1, keepdims=True))
            out[:, i, :] = (e / e.sum(axis=-1, keepdims=True)) @ v[:, i, :]
        h = h + out.reshape(S, H * hd) @ W[p + '.self_attn.o_proj.weight']
        y = rms(h, W[p + '.post_attention_layernorm.weight'])
        g = y @ W[p + '.mlp.gate_proj.weight']
        h = h + ((g / (1 + np.exp(-g))) * (y @ W[p + '.mlp.up_proj.weight'])) @ W[p + '.mlp.down_proj.weight']
    return rms(h, W['model.norm.weight']) @ W['lm_head.weight']

logits = [forward(np.array(r)).tolist() for r in inp['rows']]
toks, ctx = inp['tokens'], inp['context']
nll, n = 0.0, 0
for s in range(0, len(toks), ctx):
    win = np.array(toks[s:s + ctx])
    if len(win) < 2:
        continue
    L = forward(win)
    for p in range(1, len(win)):
        row = L[p - 1]
        m = row.max()
        nll += m + np.log(np.exp(row - m).sum()) - row[win[p]]
        n += 1
print(json.dumps({'logits': logits, 'ppl': float(np.exp(nll / n)), 'scored': n}))
`;

const haveNumpy = findNumpyPython() !== null;

describe.skipIf(!haveNumpy)('Llama decoder graph of the LLM eval bench against numpy', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-llama-decoder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const modelPath = await writeModelFiles(dir, 'model.onnx', decoderModelSpec(dims, (_w, i) => weights[i]!));
  const u = mulberry32(7);
  const rows = [Array.from({ length: 11 }, () => Math.floor(u() * dims.vocab)), Array.from({ length: 11 }, () => Math.floor(u() * dims.vocab))];
  const tokens = Array.from({ length: 45 }, () => Math.floor(u() * dims.vocab));
  const context = 8;
  const ref = runPython<{ logits: number[][][]; ppl: number; scored: number }>(NUMPY_LLAMA, {
    dims,
    weights: weightList.map((w, i) => ({ name: w.name, dims: w.dims, data: Array.from(weights[i]!) })),
    rows,
    tokens,
    context,
  });

  it('logits of a batch of two windows match numpy (float32 graph vs float64 reference)', async () => {
    const session = await ort.InferenceSession.create(modelPath);
    try {
      const ids = new ort.Tensor('int64', BigInt64Array.from(rows.flat().map(BigInt)), [2, 11]);
      const out = (await session.run({ input_ids: ids }))['logits']!;
      expect(out.dims).toEqual([2, 11, dims.vocab]);
      const got = out.data as Float32Array;
      const want = ref.logits.flat(2);
      const scale = Math.max(...want.map(Math.abs));
      let err = 0;
      want.forEach((x, i) => (err = Math.max(err, Math.abs(got[i]! - x))));
      // float32 rounding through two blocks: 3.4e-7 of the logits' scale; a wrong head mapping or RoPE layout is O(1)
      expect(scale).toBeGreaterThan(1);
      expect(err / scale).toBeLessThan(1e-6);
    } finally {
      await session.release();
    }
  });

  it('ww-smooth eval on it gives numpy perplexity under the window convention', async () => {
    const r = await evaluatePerplexity({ modelPath, ids: tokens, options: { device: 'cpu', context, maxTokens: 0, batchSize: 3 } });
    expect(r.tokensScored).toBe(ref.scored);
    // float32 logits against numpy's float64 forward: 3e-9 relative
    expect(Math.abs(r.perplexity / ref.ppl - 1)).toBeLessThan(2e-8);
  });
});
