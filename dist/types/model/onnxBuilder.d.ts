import { writeFileAtomic } from '../io/atomic.js';
import { ProtoWriter } from './protobuf.js';
/** int4 / uint4 (opset 21) are packed two to a byte, element 2i in the low nibble: their data is those bytes. */
export type TensorElemType = 'float32' | 'float16' | 'bfloat16' | 'float64' | 'int64' | 'int32' | 'bool' | 'uint8' | 'int8' | 'int4' | 'uint4';
export interface TensorSpec {
    name: string;
    type: TensorElemType;
    dims: number[];
    /** float16/bfloat16 given as raw Uint16Array bits; bool as Uint8Array of 0/1. */
    data: Float32Array | Float64Array | Uint16Array | BigInt64Array | Int32Array | Uint8Array | Int8Array;
    /** Store as ONNX external data in this file (relative to the model's folder), appended. */
    externalFile?: string;
    /**
     * How inline data is stored: 'raw' (raw_data, the default) or 'typed' (float_data / double_data /
     * int32_data / int64_data, as some exporters do). Ignored for external data.
     */
    encoding?: 'raw' | 'typed';
}
export type AttributeValue = {
    int: number;
} | {
    float: number;
} | {
    ints: number[];
} | {
    floats: number[];
} | {
    string: string;
} | {
    tensor: TensorSpec;
}
/** A subgraph (If then/else branch, Loop / Scan body). */
 | {
    graph: GraphSpec;
};
/** A graph: the model's main graph, or a subgraph held by a node attribute. */
export interface GraphSpec {
    nodes: NodeSpec[];
    initializers: TensorSpec[];
    inputs: ValueInfoSpec[];
    outputs: ValueInfoSpec[];
    name?: string;
}
export interface NodeSpec {
    opType: string;
    inputs: string[];
    outputs: string[];
    name?: string;
    domain?: string;
    attributes?: Record<string, AttributeValue>;
}
export interface ValueInfoSpec {
    name: string;
    type: TensorElemType;
    shape: (number | string)[];
}
export interface ModelSpec {
    nodes: NodeSpec[];
    initializers: TensorSpec[];
    inputs: ValueInfoSpec[];
    outputs: ValueInfoSpec[];
    /** Default [{ domain: '', version: 17 }]. */
    opsets?: {
        domain: string;
        version: number;
    }[];
    /** Default 8. */
    irVersion?: number;
    producerName?: string;
    graphName?: string;
    metadata?: Record<string, string>;
    docString?: string;
}
/** ONNX TensorProto.DataType codes. */
export declare const ONNX_DTYPE: Readonly<Record<TensorElemType, number>>;
/** Bytes per element of each type (half a byte for the packed 4-bit types). */
export declare const ELEM_SIZE: Readonly<Record<TensorElemType, number>>;
/** Bytes the data of `count` elements of `type` takes (4-bit types: two per byte, the last byte half used when count is odd). */
export declare function tensorByteLength(type: TensorElemType, count: number): number;
/** Little-endian bytes of a tensor's data (a view when the platform is little-endian, as Node's targets are). */
export declare function tensorDataBytes(t: TensorSpec): Uint8Array;
/**
 * Receives external tensor data: appends `bytes` to `file` and returns the offset it was written at.
 */
export type ExternalSink = (file: string, bytes: Uint8Array) => number;
/** Encodes a TensorProto (without an enclosing tag). */
export declare function encodeTensor(t: TensorSpec, external?: ExternalSink): ProtoWriter;
/** Encodes a NodeProto (without an enclosing tag). */
export declare function encodeNode(n: NodeSpec, external?: ExternalSink): ProtoWriter;
/** Encodes a ValueInfoProto (graph input or output) without an enclosing tag. */
export declare function encodeValueInfo(v: ValueInfoSpec): ProtoWriter;
export declare function encodeModel(spec: ModelSpec): {
    model: Uint8Array;
    externalFiles: Map<string, Uint8Array>;
};
/**
 * Atomic file write (temp file + fsync + rename, cleaned up on failure and signals). Kept under this
 * name for old importers; new code imports it from src/io/atomic.ts, the one implementation.
 */
export { writeFileAtomic };
/**
 * Encodes `spec` and writes the model and its external data files into `dir` (created if
 * needed). Every file goes to a temp name first; the data files are renamed before the model, so
 * a reader never sees a model whose data is missing. Returns the model's path.
 */
export declare function writeModelFiles(dir: string, fileName: string, spec: ModelSpec): Promise<string>;
