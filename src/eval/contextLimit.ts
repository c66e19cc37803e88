/**
 * The longest context a model says it takes, from the ONNX file itself: metadata_props
 * (`max_position_embeddings`, `seq_len`, ... directly or inside a `config` JSON string), the row
 * count of a learned position-embedding table (a Gather indexed by the `position_ids` input, or
 * com.microsoft EmbedLayerNormalization's position_embedding), or a RotaryEmbedding cos cache.
 * Uses the structure scan of src/model/onnx.ts (no weight data is read).
 */
import { scanOnnx, type OnnxModel } from '../model/onnx.js';
import type { ContextLimit } from './signature.js';

const LIMIT_KEYS = ['max_position_embeddings', 'n_positions', 'n_ctx', 'max_seq_len', 'seq_len', 'seq_length', 'context_length'];

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

function fromMetadata(metadata: ReadonlyMap<string, string>): ContextLimit[] {
  const limits: ContextLimit[] = [];
  for (const key of LIMIT_KEYS) {
    const v = positiveInt(metadata.get(key));
    if (v !== null) limits.push({ tokens: v, source: `ONNX metadata ${key}` });
  }
  const config = metadata.get('config');
  if (config !== undefined) {
    try {
      const parsed: unknown = JSON.parse(config);
      if (parsed !== null && typeof parsed === 'object') {
        for (const key of LIMIT_KEYS) {
          const v = positiveInt((parsed as Record<string, unknown>)[key]);
          if (v !== null) limits.push({ tokens: v, source: `ONNX metadata config.${key}` });
        }
      }
    } catch {
      // not JSON: nothing to learn from it
    }
  }
  return limits;
}

function fromGraph(model: OnnxModel): ContextLimit[] {
  const initializers = new Map(model.initializers.map((t) => [t.name, t.dims]));
  const graphInputs = new Set(model.inputs.map((i) => i.name));
  const rows = (name: string | undefined): number | null => {
    const dims = name === undefined ? undefined : initializers.get(name);
    return dims !== undefined && dims.length === 2 && dims[0]! > 0 ? dims[0]! : null;
  };
  const limits: ContextLimit[] = [];
  for (const node of model.nodes) {
    if (node.opType === 'Gather' && node.domain === '' && node.inputs[1] === 'position_ids' && graphInputs.has('position_ids')) {
      const n = rows(node.inputs[0]);
      if (n !== null) limits.push({ tokens: n, source: `position embedding ${node.inputs[0]} (${n} rows)` });
    } else if (node.opType === 'EmbedLayerNormalization') {
      const n = rows(node.inputs[3]);
      if (n !== null) limits.push({ tokens: n, source: `position embedding ${node.inputs[3]} of ${node.name || 'EmbedLayerNormalization'} (${n} rows)` });
    } else if (node.opType === 'RotaryEmbedding') {
      for (const input of node.inputs) {
        const n = /cos/i.test(input) ? rows(input) : null;
        if (n !== null) limits.push({ tokens: n, source: `rotary cos cache ${input} (${n} rows)` });
      }
    }
  }
  return limits;
}

/** Limits the ONNX file states (possibly none). A file our scanner cannot read yields none: onnxruntime is the judge of validity. */
export async function readOnnxContextLimits(modelPath: string): Promise<ContextLimit[]> {
  let model: OnnxModel;
  try {
    model = await scanOnnx(modelPath);
  } catch {
    return [];
  }
  return [...fromMetadata(model.metadata), ...fromGraph(model)];
}

/** The smallest of the stated limits, or null. */
export function tightestLimit(limits: readonly ContextLimit[]): ContextLimit | null {
  let best: ContextLimit | null = null;
  for (const l of limits) if (best === null || l.tokens < best.tokens) best = l;
  return best;
}
