/**
 * Builds the embedded demo: a synthetic language, its tokenizer, a tiny neural language model
 * trained on it, and held-out evaluation text. Everything comes from this script and two seeds,
 * so the example is reproducible and owes nothing to a downloaded model or corpus.
 *
 *   node --import tsx examples/demo/generate.ts [outDir]      (default: examples/demo)
 *
 * Writes:
 *   model.onnx        input_ids int64 [batch, sequence] -> logits float32 [batch, sequence, vocab]:
 *                     OneHot -> MatMul input_proj (V x H) -> Tanh -> MatMul mlp.fc1 (H x H) -> Tanh ->
 *                     MatMul lm_head (H x V): three dense MatMul layers (the first two smoothed by default; lm_head is a head) for the spectral analysis and
 *                     the smoothing to work on. Each position sees only its own token (a neural
 *                     bigram model), so its perplexity can be computed independently (reference.json).
 *   tokenizer.json    WordPiece over whole words (every word of the language is one token; an
 *                     unknown word becomes [UNK]), lowercase + whitespace/punctuation split; loads in
 *                     Hugging Face tokenizers and @huggingface/tokenizers alike.
 *   eval.txt          held-out sentences (seed 2), one or two per line.
 *   reference.json    perplexity of eval.txt computed here in float64 from the float32 weights,
 *                     for the window convention of README "Perplexity convention".
 *
 * Training: full-batch Adam on the cross-entropy of next-token prediction over the bigram counts
 * of a 6,000-line training corpus (seed 1; not committed, it is regenerated on demand).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeModelFiles, type ModelSpec } from '../../src/model/onnxBuilder.js';
import { mulberry32 } from '../../src/util/prng.js';

export const DEMO_SEEDS = { train: 1, eval: 2, init: 3 } as const;
export const DEMO_HIDDEN = 64;
export const DEMO_CONTEXT = 64;
const TRAIN_LINES = 6000;
const EVAL_LINES = 400;
const TRAIN_STEPS = 1200;

/** mulberry32: a tiny seeded PRNG, deterministic on every platform. */
export const rng = mulberry32;

// The language: a small phrase-structure grammar with Zipf-like word choice.
export const WORDS = {
  det: ['the', 'a', 'every', 'some', 'no'],
  adj: ['small', 'quiet', 'red', 'old', 'bright', 'clever', 'happy', 'cold'],
  noun: ['cat', 'dog', 'bird', 'river', 'tree', 'child', 'robot', 'teacher', 'garden', 'house', 'city', 'song'],
  name: ['alice', 'bob', 'carol', 'dave'],
  verb: ['sees', 'likes', 'finds', 'follows', 'builds', 'paints', 'hears', 'carries'],
  adv: ['quickly', 'slowly', 'often', 'today'],
  prep: ['near', 'under', 'behind', 'with'],
  conj: ['and', 'but'],
  punct: ['.'],
} as const;

function pick<T>(r: () => number, items: readonly T[]): T {
  // Zipf-like: weight 1/(i+1).
  let total = 0;
  for (let i = 0; i < items.length; i++) total += 1 / (i + 1);
  let u = r() * total;
  for (let i = 0; i < items.length; i++) {
    u -= 1 / (i + 1);
    if (u <= 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

function nounPhrase(r: () => number): string[] {
  if (r() < 0.2) return [pick(r, WORDS.name)];
  const np: string[] = [pick(r, WORDS.det)];
  if (r() < 0.45) np.push(pick(r, WORDS.adj));
  np.push(pick(r, WORDS.noun));
  return np;
}

function clause(r: () => number): string[] {
  const out: string[] = [...nounPhrase(r), pick(r, WORDS.verb)];
  const u = r();
  if (u < 0.6) out.push(...nounPhrase(r));
  else if (u < 0.8) out.push(pick(r, WORDS.adv));
  else out.push(pick(r, WORDS.prep), ...nounPhrase(r));
  return out;
}

function sentence(r: () => number): string[] {
  const s = clause(r);
  if (r() < 0.25) s.push(pick(r, WORDS.conj), ...clause(r));
  s.push('.');
  return s;
}

/** `lines` lines of text, one or two sentences each. */
export function generateText(seed: number, lines: number): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const words = sentence(r);
    if (r() < 0.3) words.push(...sentence(r));
    // Capitalised first word and no space before '.', as text would be written.
    const text = words.join(' ').replace(/ \./g, '.');
    out.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  return out.join('\n') + '\n';
}

/** Vocabulary: [UNK] = 0, then every word of the grammar in a fixed order. */
export function vocabulary(): string[] {
  const words = new Set<string>();
  for (const list of Object.values(WORDS)) for (const w of list) words.add(w);
  return ['[UNK]', ...words];
}

/** What tokenizer.json does to a line: lowercase, split into words and punctuation, look up. */
export function encodeLine(line: string, vocab: readonly string[]): number[] {
  const index = new Map(vocab.map((w, i) => [w, i]));
  return (line.toLowerCase().match(/\w+|[^\w\s]+/g) ?? []).map((w) => index.get(w) ?? 0);
}

export function tokenizerJson(vocab: readonly string[]): object {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [{ id: 0, content: '[UNK]', single_word: false, lstrip: false, rstrip: false, normalized: false, special: true }],
    normalizer: { type: 'Lowercase' },
    pre_tokenizer: { type: 'Whitespace' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((w, i) => [w, i])),
    },
  };
}

/** Token stream of a text per the perplexity convention: trimmed non-empty lines, concatenated. */
export function encodeText(text: string, vocab: readonly string[]): number[] {
  const ids: number[] = [];
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line !== '') ids.push(...encodeLine(line, vocab));
  }
  return ids;
}

export interface DemoWeights {
  vocab: number;
  hidden: number;
  wIn: Float32Array; // V x H
  bIn: Float32Array; // H
  wHidden: Float32Array; // H x H
  bHidden: Float32Array; // H
  wOut: Float32Array; // H x V
  bOut: Float32Array; // V
}

/** Log-probabilities (float64) of the next token after token `a`, from float32 weights. */
export function nextTokenLogProbs(w: DemoWeights, a: number): Float64Array {
  const { vocab: V, hidden: H } = w;
  const h1 = new Float64Array(H);
  for (let j = 0; j < H; j++) h1[j] = Math.tanh(w.wIn[a * H + j]! + w.bIn[j]!);
  const h2 = new Float64Array(H);
  for (let k = 0; k < H; k++) {
    let s = w.bHidden[k]!;
    for (let j = 0; j < H; j++) s += h1[j]! * w.wHidden[j * H + k]!;
    h2[k] = Math.tanh(s);
  }
  const logits = new Float64Array(V);
  let max = -Infinity;
  for (let b = 0; b < V; b++) {
    let s = w.bOut[b]!;
    for (let k = 0; k < H; k++) s += h2[k]! * w.wOut[k * V + b]!;
    logits[b] = s;
    if (s > max) max = s;
  }
  let z = 0;
  for (let b = 0; b < V; b++) z += Math.exp(logits[b]! - max);
  const lse = max + Math.log(z);
  for (let b = 0; b < V; b++) logits[b] = logits[b]! - lse;
  return logits;
}

/** Full-batch Adam on the bigram cross-entropy. Returns float32 weights. */
export function train(counts: Float64Array, V: number, H: number, seed: number, steps: number): DemoWeights {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const init = (n: number, scale: number) => Float64Array.from({ length: n }, () => gauss() * scale);
  const p = {
    wIn: init(V * H, 1),
    bIn: new Float64Array(H),
    wHidden: init(H * H, 1 / Math.sqrt(H)),
    bHidden: new Float64Array(H),
    wOut: init(H * V, 1 / Math.sqrt(H)),
    bOut: new Float64Array(V),
  };
  const names = Object.keys(p) as (keyof typeof p)[];
  const m = Object.fromEntries(names.map((k) => [k, new Float64Array(p[k].length)])) as Record<keyof typeof p, Float64Array>;
  const v = Object.fromEntries(names.map((k) => [k, new Float64Array(p[k].length)])) as Record<keyof typeof p, Float64Array>;
  const rowTotals = new Float64Array(V);
  let total = 0;
  for (let a = 0; a < V; a++) for (let b = 0; b < V; b++) rowTotals[a] = rowTotals[a]! + counts[a * V + b]!;
  for (const t of rowTotals) total += t;
  const lr = 0.03;
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

  for (let step = 1; step <= steps; step++) {
    const g = Object.fromEntries(names.map((k) => [k, new Float64Array(p[k].length)])) as Record<keyof typeof p, Float64Array>;
    for (let a = 0; a < V; a++) {
      if (rowTotals[a] === 0) continue;
      const h1 = new Float64Array(H);
      for (let j = 0; j < H; j++) h1[j] = Math.tanh(p.wIn[a * H + j]! + p.bIn[j]!);
      const h2 = new Float64Array(H);
      for (let k = 0; k < H; k++) {
        let s = p.bHidden[k]!;
        for (let j = 0; j < H; j++) s += h1[j]! * p.wHidden[j * H + k]!;
        h2[k] = Math.tanh(s);
      }
      const logits = new Float64Array(V);
      let max = -Infinity;
      for (let b = 0; b < V; b++) {
        let s = p.bOut[b]!;
        for (let k = 0; k < H; k++) s += h2[k]! * p.wOut[k * V + b]!;
        logits[b] = s;
        if (s > max) max = s;
      }
      let z = 0;
      for (let b = 0; b < V; b++) z += Math.exp(logits[b]! - max);
      // d loss / d logits = (n_a * softmax - counts_a) / total
      const dLogits = new Float64Array(V);
      for (let b = 0; b < V; b++) dLogits[b] = (rowTotals[a]! * (Math.exp(logits[b]! - max) / z) - counts[a * V + b]!) / total;
      const dH2 = new Float64Array(H);
      for (let b = 0; b < V; b++) {
        g.bOut[b] = g.bOut[b]! + dLogits[b]!;
        for (let k = 0; k < H; k++) {
          g.wOut[k * V + b] = g.wOut[k * V + b]! + h2[k]! * dLogits[b]!;
          dH2[k] = dH2[k]! + p.wOut[k * V + b]! * dLogits[b]!;
        }
      }
      const dS2 = dH2.map((d, k) => d * (1 - h2[k]! * h2[k]!));
      const dH1 = new Float64Array(H);
      for (let k = 0; k < H; k++) {
        g.bHidden[k] = g.bHidden[k]! + dS2[k]!;
        for (let j = 0; j < H; j++) {
          g.wHidden[j * H + k] = g.wHidden[j * H + k]! + h1[j]! * dS2[k]!;
          dH1[j] = dH1[j]! + p.wHidden[j * H + k]! * dS2[k]!;
        }
      }
      for (let j = 0; j < H; j++) {
        const d = dH1[j]! * (1 - h1[j]! * h1[j]!);
        g.bIn[j] = g.bIn[j]! + d;
        g.wIn[a * H + j] = g.wIn[a * H + j]! + d;
      }
    }
    for (const k of names) {
      const pk = p[k];
      const gk = g[k];
      const mk = m[k];
      const vk = v[k];
      for (let i = 0; i < pk.length; i++) {
        mk[i] = beta1 * mk[i]! + (1 - beta1) * gk[i]!;
        vk[i] = beta2 * vk[i]! + (1 - beta2) * gk[i]! * gk[i]!;
        const mHat = mk[i]! / (1 - beta1 ** step);
        const vHat = vk[i]! / (1 - beta2 ** step);
        pk[i] = pk[i]! - (lr * mHat) / (Math.sqrt(vHat) + eps);
      }
    }
  }
  return {
    vocab: V,
    hidden: H,
    wIn: Float32Array.from(p.wIn),
    bIn: Float32Array.from(p.bIn),
    wHidden: Float32Array.from(p.wHidden),
    bHidden: Float32Array.from(p.bHidden),
    wOut: Float32Array.from(p.wOut),
    bOut: Float32Array.from(p.bOut),
  };
}

export function modelSpec(w: DemoWeights): ModelSpec {
  const { vocab: V, hidden: H } = w;
  return {
    producerName: 'ww-smooth examples/demo/generate.ts',
    graphName: 'demo_bigram_mlp',
    opsets: [{ domain: '', version: 17 }],
    inputs: [{ name: 'input_ids', type: 'int64', shape: ['batch', 'sequence'] }],
    outputs: [{ name: 'logits', type: 'float32', shape: ['batch', 'sequence', V] }],
    initializers: [
      { name: 'onehot.depth', type: 'int64', dims: [1], data: BigInt64Array.from([BigInt(V)]) },
      { name: 'onehot.values', type: 'float32', dims: [2], data: Float32Array.from([0, 1]) },
      { name: 'input_proj.weight', type: 'float32', dims: [V, H], data: w.wIn },
      { name: 'input_proj.bias', type: 'float32', dims: [H], data: w.bIn },
      { name: 'mlp.fc1.weight', type: 'float32', dims: [H, H], data: w.wHidden },
      { name: 'mlp.fc1.bias', type: 'float32', dims: [H], data: w.bHidden },
      { name: 'lm_head.weight', type: 'float32', dims: [H, V], data: w.wOut },
      { name: 'lm_head.bias', type: 'float32', dims: [V], data: w.bOut },
    ],
    nodes: [
      { opType: 'OneHot', name: 'onehot', inputs: ['input_ids', 'onehot.depth', 'onehot.values'], outputs: ['x_onehot'], attributes: { axis: { int: -1 } } },
      { opType: 'MatMul', name: 'input_proj/MatMul', inputs: ['x_onehot', 'input_proj.weight'], outputs: ['h0_mm'] },
      { opType: 'Add', name: 'input_proj/Add', inputs: ['h0_mm', 'input_proj.bias'], outputs: ['h0_pre'] },
      { opType: 'Tanh', name: 'input_proj/Tanh', inputs: ['h0_pre'], outputs: ['h0'] },
      { opType: 'MatMul', name: 'mlp.fc1/MatMul', inputs: ['h0', 'mlp.fc1.weight'], outputs: ['h1_mm'] },
      { opType: 'Add', name: 'mlp.fc1/Add', inputs: ['h1_mm', 'mlp.fc1.bias'], outputs: ['h1_pre'] },
      { opType: 'Tanh', name: 'mlp.fc1/Tanh', inputs: ['h1_pre'], outputs: ['h1'] },
      { opType: 'MatMul', name: 'lm_head/MatMul', inputs: ['h1', 'lm_head.weight'], outputs: ['logits_mm'] },
      { opType: 'Add', name: 'lm_head/Add', inputs: ['logits_mm', 'lm_head.bias'], outputs: ['logits'] },
    ],
    metadata: { 'ww-smooth.demo': `synthetic bigram MLP; seeds train=${DEMO_SEEDS.train} eval=${DEMO_SEEDS.eval} init=${DEMO_SEEDS.init}` },
  };
}

/**
 * Perplexity of `ids` under the model, per README "Perplexity convention" with windows of
 * `context` and stride = context: position p >= 1 is scored unless p is a multiple of `context`.
 * `context` = Infinity scores every position but the first.
 */
export function referencePerplexity(w: DemoWeights, ids: readonly number[], context: number): { perplexity: number; meanNll: number; tokensScored: number } {
  const rows = new Map<number, Float64Array>();
  let nll = 0;
  let n = 0;
  for (let p = 1; p < ids.length; p++) {
    if (Number.isFinite(context) && p % context === 0) continue;
    const a = ids[p - 1]!;
    let row = rows.get(a);
    if (!row) rows.set(a, (row = nextTokenLogProbs(w, a)));
    nll -= row[ids[p]!]!;
    n++;
  }
  return { perplexity: Math.exp(nll / n), meanNll: nll / n, tokensScored: n };
}

export async function generateDemo(outDir: string): Promise<{ modelPath: string; reference: Record<string, unknown> }> {
  const vocab = vocabulary();
  const V = vocab.length;
  const trainText = generateText(DEMO_SEEDS.train, TRAIN_LINES);
  const evalText = generateText(DEMO_SEEDS.eval, EVAL_LINES);
  const trainIds = encodeText(trainText, vocab);
  const counts = new Float64Array(V * V);
  for (let i = 1; i < trainIds.length; i++) counts[trainIds[i - 1]! * V + trainIds[i]!]! += 1;
  const weights = train(counts, V, DEMO_HIDDEN, DEMO_SEEDS.init, TRAIN_STEPS);

  await mkdir(outDir, { recursive: true });
  const modelPath = await writeModelFiles(outDir, 'model.onnx', modelSpec(weights));
  await writeFile(join(outDir, 'tokenizer.json'), JSON.stringify(tokenizerJson(vocab), null, 2) + '\n');
  await writeFile(join(outDir, 'eval.txt'), evalText);
  const evalIds = encodeText(evalText, vocab);
  const windowed = referencePerplexity(weights, evalIds, DEMO_CONTEXT);
  const all = referencePerplexity(weights, evalIds, Infinity);
  const reference = {
    about: 'Perplexity of eval.txt under model.onnx, computed by examples/demo/generate.ts in float64 from the float32 weights (not by the engine).',
    vocabSize: V,
    hidden: DEMO_HIDDEN,
    evalTokens: evalIds.length,
    windowed: { context: DEMO_CONTEXT, stride: DEMO_CONTEXT, ...windowed },
    allPositions: { note: 'every position but the first scored (e.g. stride 1)', ...all },
  };
  await writeFile(join(outDir, 'reference.json'), JSON.stringify(reference, null, 2) + '\n');
  return { modelPath, reference };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const outDir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url))));
  const t0 = performance.now();
  const { modelPath, reference } = await generateDemo(outDir);
  process.stdout.write(`wrote ${modelPath} and its tokenizer, eval text and reference in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  process.stdout.write(JSON.stringify(reference, null, 2) + '\n');
}
