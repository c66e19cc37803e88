/**
 * A TinyLlama-1.1B-shaped ONNX model with seeded weights, for `npm run bench -- --llm`: `blocks`
 * decoder blocks of q/o 2048x2048, k/v 2048x256 (GQA), gate/up 2048x5632, down 5632x2048, stored
 * [in, out] as torch.onnx.export writes MatMul weights, plus lm_head 2048x32000. A MatMul-only
 * graph (what analyze reads); every weight is ONNX external data in one file, written tensor by
 * tensor, so building the 4.4 GB model never holds more than one matrix in memory.
 *
 * The folder is reused when its manifest matches (same blocks, same generator version): the bench
 * can be rerun without regenerating gigabytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodeNode, encodeTensor, encodeValueInfo, type NodeSpec } from '../src/model/onnxBuilder.js';
import { ProtoWriter } from '../src/model/protobuf.js';
import { benchLayer } from './matrices.js';

/** Bump when the generated weights change, so stale cached folders are rebuilt. */
const GENERATOR_VERSION = 1;
const HIDDEN = 2048;
const KV = 256;
const FFN = 5632;
const VOCAB = 32000;

export interface LlmMatrix {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  /** byte offset of the float32 data in the external data file */
  readonly offset: number;
}

export interface LlmModel {
  readonly modelPath: string;
  readonly dataPath: string;
  readonly matrices: readonly LlmMatrix[];
  readonly bytes: number;
  /** seconds spent generating it (0 when a cached folder was reused) */
  readonly buildSeconds: number;
}

interface Manifest {
  readonly version: number;
  readonly blocks: number;
  readonly lmHead: boolean;
  readonly matrices: LlmMatrix[];
  readonly bytes: number;
}

/** The weights of one decoder block, in the order the graph uses them. */
function blockShapes(b: number): { name: string; rows: number; cols: number }[] {
  const p = `model.layers.${b}`;
  return [
    { name: `${p}.self_attn.q_proj.weight`, rows: HIDDEN, cols: HIDDEN },
    { name: `${p}.self_attn.k_proj.weight`, rows: HIDDEN, cols: KV },
    { name: `${p}.self_attn.v_proj.weight`, rows: HIDDEN, cols: KV },
    { name: `${p}.self_attn.o_proj.weight`, rows: HIDDEN, cols: HIDDEN },
    { name: `${p}.mlp.gate_proj.weight`, rows: HIDDEN, cols: FFN },
    { name: `${p}.mlp.up_proj.weight`, rows: HIDDEN, cols: FFN },
    { name: `${p}.mlp.down_proj.weight`, rows: FFN, cols: HIDDEN },
  ];
}

/** Names and shapes of every weight of a `blocks`-block model (lm_head last, 155 for 22 blocks). */
export function llmShapes(blocks: number, lmHead = true): { name: string; rows: number; cols: number }[] {
  const out = Array.from({ length: blocks }, (_, b) => blockShapes(b)).flat();
  if (lmHead) out.push({ name: 'lm_head.weight', rows: HIDDEN, cols: VOCAB });
  return out;
}

/** MatMul nodes: h -> q,k,v; q -> o; o -> gate, up; gate*up -> down -> next h; last h -> logits. */
function graphNodes(blocks: number, lmHead: boolean): NodeSpec[] {
  const nodes: NodeSpec[] = [];
  let h = 'input';
  for (let b = 0; b < blocks; b++) {
    const [q, k, v, o, g, u, d] = blockShapes(b).map((s) => s.name) as [string, string, string, string, string, string, string];
    const t = (s: string) => `b${b}.${s}`;
    nodes.push(
      { opType: 'MatMul', inputs: [h, q], outputs: [t('q')] },
      { opType: 'MatMul', inputs: [h, k], outputs: [t('k')] },
      { opType: 'MatMul', inputs: [h, v], outputs: [t('v')] },
      { opType: 'MatMul', inputs: [t('q'), o], outputs: [t('o')] },
      { opType: 'MatMul', inputs: [t('o'), g], outputs: [t('g')] },
      { opType: 'MatMul', inputs: [t('o'), u], outputs: [t('u')] },
      { opType: 'Mul', inputs: [t('g'), t('u')], outputs: [t('gu')] },
      { opType: 'MatMul', inputs: [t('gu'), d], outputs: [t('h')] },
    );
    h = t('h');
  }
  if (lmHead) nodes.push({ opType: 'MatMul', inputs: [h, 'lm_head.weight'], outputs: ['logits'] });
  else nodes.push({ opType: 'Identity', inputs: [h], outputs: ['logits'] });
  return nodes;
}

function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/**
 * Builds (or reuses) the model in `dir`. Weights: benchLayer's seeded Marchenko-Pastur bulk plus
 * power-law spikes, one seed per matrix.
 */
export function buildLlmModel(dir: string, blocks: number, opts: { lmHead?: boolean; log?: (line: string) => void } = {}): LlmModel {
  const lmHead = opts.lmHead ?? true;
  const modelPath = path.join(dir, 'model.onnx');
  const dataPath = path.join(dir, 'model.onnx.data');
  const manifestPath = path.join(dir, 'manifest.json');
  const cached = readManifest(manifestPath);
  if (cached && cached.version === GENERATOR_VERSION && cached.blocks === blocks && cached.lmHead === lmHead && fs.existsSync(modelPath) && fs.existsSync(dataPath) && fs.statSync(dataPath).size === cached.bytes) {
    return { modelPath, dataPath, matrices: cached.matrices, bytes: cached.bytes, buildSeconds: 0 };
  }
  const t0 = performance.now();
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(manifestPath, { force: true });
  const shapes = llmShapes(blocks, lmHead);
  const matrices: LlmMatrix[] = [];
  const graph = new ProtoWriter();
  for (const n of graphNodes(blocks, lmHead)) graph.message(1, encodeNode(n));
  graph.string(2, 'tinyllama_shaped');
  const fd = fs.openSync(dataPath + '.tmp', 'w');
  let offset = 0;
  try {
    shapes.forEach((s, i) => {
      const { f32 } = benchLayer(s.rows, s.cols, 7919 * (i + 1));
      const tensor = encodeTensor({ name: s.name, type: 'float32', dims: [s.rows, s.cols], data: f32, externalFile: 'model.onnx.data' }, (_file, bytes) => {
        const at = offset;
        for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
        offset += bytes.length;
        return at;
      });
      matrices.push({ name: s.name, rows: s.rows, cols: s.cols, offset: offset - f32.byteLength });
      graph.message(5, tensor);
      opts.log?.(`llm model: ${i + 1}/${shapes.length} ${s.name} (${s.rows}x${s.cols})`);
    });
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  graph.message(11, encodeValueInfo({ name: 'input', type: 'float32', shape: ['batch', HIDDEN] }));
  graph.message(12, encodeValueInfo({ name: 'logits', type: 'float32', shape: ['batch', lmHead ? VOCAB : HIDDEN] }));
  const model = new ProtoWriter().varint(1, 8).string(2, 'ww-smooth-bench').message(7, graph).message(8, new ProtoWriter().varint(2, 17));
  fs.renameSync(dataPath + '.tmp', dataPath);
  fs.writeFileSync(modelPath + '.tmp', model.finish());
  fs.renameSync(modelPath + '.tmp', modelPath);
  const manifest: Manifest = { version: GENERATOR_VERSION, blocks, lmHead, matrices, bytes: offset };
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { modelPath, dataPath, matrices, bytes: offset, buildSeconds: (performance.now() - t0) / 1000 };
}
