/**
 * Builds an Optimum-style merged decoder from any .onnx file, byte for byte: the main graph keeps
 * the initializers, inputs and outputs, and its nodes move into both branches of one
 * `If(use_cache_branch)` node, so every weight is read there as an outer-scope initializer (as in
 * `decoder_model_merged.onnx`). Branch outputs pass through Identity nodes so no branch value
 * shadows an outer name. The node bytes are copied verbatim: the merged model computes exactly
 * what the plain one does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { scanOnnx } from '../../src/model/onnx.js';
import { encodeNode, encodeValueInfo } from '../../src/model/onnxBuilder.js';
import { ProtoWriter } from '../../src/model/protobuf.js';
import { elemTypeOf } from '../../src/model/onnx.js';

export async function writeMergedDecoder(src: string, out: string, opts: { readonly nestElse?: boolean } = {}): Promise<void> {
  const model = await scanOnnx(src);
  const bytes = new Uint8Array(await readFile(src));
  const slice = (s: { start: number; end: number }) => bytes.subarray(s.start, s.end);
  const outputInfo = (name: string, o: (typeof model.outputs)[number]) =>
    encodeValueInfo({ name, type: elemTypeOf(o.elemType) ?? 'float32', shape: (o.shape ?? []).map((d, i) => (typeof d === 'number' ? d : (d ?? `d${i}`))) });
  const branch = (label: string): ProtoWriter => {
    const g = new ProtoWriter();
    for (const f of model.graphFields) if (f.field === 1) g.raw(slice(f));
    for (const o of model.outputs) g.message(1, encodeNode({ opType: 'Identity', name: `/${label}/out/${o.name}`, inputs: [o.name], outputs: [`${o.name}__${label}`] }));
    g.string(2, label);
    for (const o of model.outputs) g.message(12, outputInfo(`${o.name}__${label}`, o));
    return g;
  };
  /** An If whose branches are full copies: the else branch nests one more If (a subgraph inside a subgraph). */
  const ifNode = (name: string, cond: string, outputs: string[], then: ProtoWriter, els: ProtoWriter): ProtoWriter => {
    const n = new ProtoWriter();
    n.string(1, cond);
    for (const o of outputs) n.string(2, o);
    n.string(3, name).string(4, 'If');
    n.message(5, new ProtoWriter().string(1, 'then_branch').message(6, then).varint(20, 5));
    n.message(5, new ProtoWriter().string(1, 'else_branch').message(6, els).varint(20, 5));
    return n;
  };
  let elseBranch = branch('no_cache');
  if (opts.nestElse) {
    // else: If(use_cache_branch) { copy } else { copy }, returning the outer outputs' values.
    const inner = new ProtoWriter();
    const innerOut = model.outputs.map((o) => `${o.name}__nested`);
    inner.message(1, ifNode('/nested/If', 'use_cache_branch', innerOut, branch('nested_then'), branch('nested_else')));
    for (const o of model.outputs) inner.message(1, encodeNode({ opType: 'Identity', name: `/no_cache/out/${o.name}`, inputs: [`${o.name}__nested`], outputs: [`${o.name}__no_cache`] }));
    inner.string(2, 'no_cache');
    for (const o of model.outputs) inner.message(12, outputInfo(`${o.name}__no_cache`, o));
    elseBranch = inner;
  }
  const graph = new ProtoWriter();
  graph.message(1, ifNode('optimum::if', 'use_cache_branch', model.outputs.map((o) => o.name), branch('with_cache'), elseBranch));
  for (const f of model.graphFields) if (f.field !== 1 && f.field !== 13) graph.raw(slice(f));
  graph.message(11, encodeValueInfo({ name: 'use_cache_branch', type: 'bool', shape: [1] }));
  const m = new ProtoWriter();
  for (const f of model.modelFields) {
    if (f.field === 7) m.message(7, graph);
    else m.raw(slice(f));
  }
  await writeFile(out, m.finish());
}
