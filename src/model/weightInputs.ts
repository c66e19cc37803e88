/**
 * A copy of an ONNX model in which chosen initializers become graph inputs, so one onnxruntime
 * session runs the model with other values of those weights, given as feeds, instead of one
 * rewritten file per candidate (the smoothing search evaluates many). Every other field is copied
 * byte for byte from the file; the chosen initializers' data is left out of the copy. External
 * data of the others keeps its `location`: the caller loads the copy from a folder where those
 * locations resolve (src/eval/candidateSession.ts).
 */
import { open } from 'node:fs/promises';
import { WwError } from '../errors.js';
import { readExactly, type FieldSpan, type OnnxModel } from './onnx.js';
import { encodeValueInfo } from './onnxBuilder.js';
import { ProtoWriter } from './protobuf.js';

const GRAPH_INPUT_FIELD = 11;
const MODEL_GRAPH_FIELD = 7;

/** Model bytes with the initializers `names` turned into graph inputs of the same type and shape. */
export async function weightsAsInputs(model: OnnxModel, names: ReadonlySet<string>): Promise<Uint8Array> {
  const chosen = model.initializers.filter((t) => names.has(t.name));
  const missing = [...names].filter((n) => !chosen.some((t) => t.name === n));
  if (missing.length > 0) {
    throw new WwError('TENSOR_NOT_FOUND', `${model.path}: no initializer named ${missing[0]} (to feed as an input)`, { file: model.path, tensor: missing[0] });
  }
  const dropped = new Set(chosen.map((t) => t.span.start));
  const fh = await open(model.path, 'r');
  try {
    const copy = (span: FieldSpan): Promise<Uint8Array> => readExactly(fh, span.start, span.end - span.start, `field ${span.field} of ${model.path}`);
    const graph = new ProtoWriter();
    for (const span of model.graphFields) if (!dropped.has(span.start)) graph.raw(await copy(span));
    for (const t of chosen) {
      if (t.elemType === null) throw new WwError('UNSUPPORTED_DTYPE', `${model.path}: initializer ${t.name} has ONNX type ${t.dataType}, which cannot be fed`, { file: model.path, tensor: t.name });
      graph.message(GRAPH_INPUT_FIELD, encodeValueInfo({ name: t.name, type: t.elemType, shape: [...t.dims] }));
    }
    const out = new ProtoWriter();
    for (const span of model.modelFields) {
      if (span.start === model.graphField.start) out.message(MODEL_GRAPH_FIELD, graph);
      else out.raw(await copy(span));
    }
    return out.finish();
  } finally {
    await fh.close();
  }
}
