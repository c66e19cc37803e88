/**
 * Re-encodes one main-graph NodeProto held in memory with some initializers or nodes of its
 * subgraphs replaced (If branches, Loop / Scan bodies, at any depth). Only the path down to a
 * replaced field is re-encoded: along it each field keeps its tag bytes and gets a new length
 * prefix; every other field is copied byte for byte.
 *
 * Path: NodeProto.attribute (5) -> AttributeProto.g (6) / graphs (11) -> GraphProto.node (1) (a
 * nested node: again, or the node replaced) or GraphProto.initializer (5) (the tensor replaced).
 */
import { encodeVarint, ProtoReader, ProtoWriter } from './protobuf.js';

type Kind = 'node' | 'attribute' | 'graph';

/** The message kind a length-delimited field of `kind` holds, when the path to an initializer runs through it. */
function childKind(kind: Kind, field: number): Kind | null {
  if (kind === 'node') return field === 5 ? 'attribute' : null;
  if (kind === 'attribute') return field === 6 || field === 11 ? 'graph' : null;
  return field === 1 ? 'node' : null;
}

/**
 * `field`: the bytes of one main-graph node field (tag and length prefix included), which starts at
 * file offset `base`. `replaced`: new bytes (whole fields, tags included; any number of them) by
 * the file offset of the field they replace, an initializer or node of a subgraph of this node.
 * Returns the node field's new bytes. Throws when a replacement is not found where expected.
 */
export function reencodeNodeField(field: Uint8Array, base: number, replaced: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const keys = [...replaced.keys()];
  const within = (from: number, to: number) => keys.some((k) => k >= base + from && k < base + to);
  let found = 0;

  const walk = (kind: Kind, from: number, to: number): Uint8Array[] => {
    const out: Uint8Array[] = [];
    const r = new ProtoReader(field, from, to);
    while (!r.done) {
      const start = r.pos;
      const { field: f, wire } = r.tag();
      if (wire !== 2) {
        r.skip(wire);
        out.push(field.subarray(start, r.pos));
        continue;
      }
      const lengthAt = r.pos;
      const n = r.length();
      const contentStart = r.pos;
      const end = contentStart + n;
      r.pos = end;
      const swap = kind === 'graph' && (f === 5 || f === 1) ? replaced.get(base + start) : undefined;
      const child = childKind(kind, f);
      if (swap !== undefined) {
        out.push(swap);
        found++;
      } else if (child !== null && within(start, end)) {
        const inner = walk(child, contentStart, end);
        out.push(field.subarray(start, lengthAt), encodeVarint(inner.reduce((s, p) => s + p.length, 0)), ...inner);
      } else {
        out.push(field.subarray(start, end));
      }
    }
    return out;
  };

  const r = new ProtoReader(field);
  r.tag();
  const lengthAt = r.pos;
  const n = r.length();
  const inner = walk('node', r.pos, r.pos + n);
  if (found !== replaced.size) throw new Error(`internal: ${replaced.size - found} of ${replaced.size} subgraph initializers not found in the node at byte ${base}`);
  const out = new ProtoWriter().raw(field.subarray(0, lengthAt)).raw(encodeVarint(inner.reduce((s, p) => s + p.length, 0)));
  for (const p of inner) out.raw(p);
  return out.finish();
}
