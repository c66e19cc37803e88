/**
 * ONNX reader. One streaming pass over the .onnx file records the model's structure (nodes,
 * inputs/outputs, opsets, metadata) and, for every initializer, where its data lives: a byte
 * range of raw_data inside the .onnx file, a range in an external data file, or typed fields.
 * No weight data is read during the scan; `readTensorBytes` reads one tensor on request, so a
 * multi-GB model never sits in memory whole. The byte span of every top-level ModelProto and
 * GraphProto field is kept so the writer can copy untouched parts verbatim.
 *
 * External data `location`s are resolved inside the model's folder only: absolute paths, any
 * `..` segment and symlinks that lead out of the folder are refused with PATH_ESCAPE. Their
 * existence and size are checked when the model is opened (EXTERNAL_DATA_MISSING / _SHORT).
 *
 * Field numbers: onnx/onnx.proto (see onnxBuilder.ts for the list).
 */
import { type FileHandle } from 'node:fs/promises';
import { type WireType } from './protobuf.js';
import { type TensorElemType } from './onnxBuilder.js';
import { type QuantRecipe, type Requantized } from './quant.js';
import type { DenseLayer, ModelWeights } from './types.js';
import { type Matrix } from '../linalg/matrix.js';
/** Byte span of one protobuf field in the file: [start, end) includes the tag and length prefix. */
export interface FieldSpan {
    readonly field: number;
    readonly wire: WireType;
    readonly start: number;
    /** First byte of the payload (after tag and length prefix for length-delimited fields). */
    readonly contentStart: number;
    readonly end: number;
}
export type TensorData = 
/** raw_data bytes at [offset, offset+length) of the .onnx file. */
{
    readonly kind: 'raw';
    readonly offset: number;
    readonly length: number;
}
/** Values in float_data / int32_data / int64_data / double_data: decoded from the tensor's span. */
 | {
    readonly kind: 'typed';
} | {
    readonly kind: 'external';
    readonly location: string;
    readonly offset: number;
    /** Declared length, or null when absent (then the whole tensor from offset). */
    readonly length: number | null;
    /** Absolute path, checked to lie inside the model folder. */
    readonly file: string;
}
/** No data at all (e.g. a zero-element tensor). */
 | {
    readonly kind: 'none';
};
export interface OnnxTensor {
    readonly name: string;
    /** ONNX TensorProto.DataType code. */
    readonly dataType: number;
    /** Our name for it, or null for types we do not handle (strings, float8, ...). */
    readonly elemType: TensorElemType | null;
    readonly dims: readonly number[];
    readonly data: TensorData;
    /** Span of the initializer field in the GraphProto (tag included). */
    readonly span: FieldSpan;
}
export interface OnnxAttribute {
    readonly name: string;
    readonly type: number;
    readonly i?: number;
    readonly f?: number;
    readonly s?: string;
    readonly ints?: readonly number[];
    readonly floats?: readonly number[];
    /** The attribute holds a tensor or graph. */
    readonly nested?: boolean;
    /** Subgraphs held by a GRAPH / GRAPHS attribute (If branches, Loop / Scan bodies), decoded. */
    readonly graphs?: readonly OnnxGraph[];
}
/**
 * A subgraph (If branch, Loop / Scan body): its own nodes, initializers and formal inputs. Names
 * it does not define resolve in the enclosing graph (outer scope). Spans are file offsets.
 */
export interface OnnxGraph {
    readonly name: string;
    readonly nodes: readonly OnnxNode[];
    readonly initializers: readonly OnnxTensor[];
    readonly inputs: readonly OnnxValueInfo[];
    readonly outputs: readonly OnnxValueInfo[];
}
export interface OnnxNode {
    /** Position in the graph's node list. */
    readonly index: number;
    readonly name: string;
    readonly opType: string;
    readonly domain: string;
    readonly inputs: readonly string[];
    readonly outputs: readonly string[];
    readonly attributes: ReadonlyMap<string, OnnxAttribute>;
    readonly span: FieldSpan;
}
export interface OnnxValueInfo {
    readonly name: string;
    /** elem_type code, 0 when not a tensor type. */
    readonly elemType: number;
    /** Dims: a number, a symbolic name, or null when unknown. null when no shape is given. */
    readonly shape: readonly (number | string | null)[] | null;
}
export interface OnnxModel {
    /** Absolute path of the .onnx file. */
    readonly path: string;
    /** Real path of its folder: the root external data must stay inside. */
    readonly dir: string;
    readonly fileSize: number;
    readonly irVersion: number;
    readonly producerName: string;
    readonly opsets: readonly {
        domain: string;
        version: number;
    }[];
    readonly metadata: ReadonlyMap<string, string>;
    /** Top-level ModelProto fields in file order (one of them is the graph). */
    readonly modelFields: readonly FieldSpan[];
    readonly graphField: FieldSpan;
    /** GraphProto fields in file order. */
    readonly graphFields: readonly FieldSpan[];
    readonly nodes: readonly OnnxNode[];
    /** Initializers in file order. */
    readonly initializers: readonly OnnxTensor[];
    readonly inputs: readonly OnnxValueInfo[];
    readonly outputs: readonly OnnxValueInfo[];
    readonly usesExternalData: boolean;
}
/** Element type name of an ONNX DataType code (null if we do not handle it). */
export declare function elemTypeOf(code: number): TensorElemType | null;
export declare function elementCount(dims: readonly number[]): number;
/**
 * Resolves an external-data `location` inside `rootReal` (the real path of the model's folder).
 * Refuses absolute paths, `..` segments and symlinks that lead out. Returns the real path of the
 * data file; throws EXTERNAL_DATA_MISSING when it does not exist.
 */
export declare function resolveExternalLocation(rootReal: string, location: string, modelPath: string): Promise<string>;
/**
 * Most nodes in all graphs together, and most dims of one tensor. Each node costs about 1 KB of
 * memory once parsed (1,000,000 nodes, a 26 MB file: 1.2 GB), so a 2 GB file of nodes would end
 * in an out-of-memory abort with no report; exported LLMs have tens of thousands. No weight has
 * more than a handful of dims.
 */
export declare const MAX_GRAPH_NODES = 1000000;
export declare const MAX_TENSOR_DIMS = 64;
/** Scans an .onnx file's structure. Throws WwError with a specific code for bad input. */
export declare function scanOnnx(path: string): Promise<OnnxModel>;
/** Bytes a tensor's data must have, or null when its type's size is unknown to us. */
export declare function expectedByteLength(t: Pick<OnnxTensor, 'elemType' | 'dims'>): number | null;
/**
 * Reads `length` bytes at `offset` of an open file, failing if the file is shorter. `shared`: into
 * a SharedArrayBuffer (worker threads then read the bytes where they are, without a copy).
 */
export declare function readExactly(fh: FileHandle, offset: number, length: number, what: string, shared?: boolean): Promise<Uint8Array>;
/**
 * Gives access to the data of an OnnxModel's tensors, one at a time. Keeps the .onnx file and
 * external data files open until `close`.
 */
export declare class OnnxTensorReader {
    readonly model: OnnxModel;
    private handles;
    constructor(model: OnnxModel);
    private handle;
    /**
     * Little-endian element bytes of a tensor (raw_data layout), whatever the storage. Checks the
     * byte count against dims and type.
     */
    readBytes(t: OnnxTensor, opts?: {
        readonly shared?: boolean;
    }): Promise<Uint8Array>;
    /**
     * What the header alone says about reading `t`, checked without reading a byte: its type has a
     * known size (UNSUPPORTED_DTYPE), its stored length matches dims and type (MODEL_CORRUPT), and
     * the bytes fit one buffer (TENSOR_TOO_LARGE). Returns the byte count. External data files were
     * checked to exist and be long enough when the model was scanned.
     */
    check(t: OnnxTensor): number;
    /** The byte count of `t` from dims and type, checked against its stored length (typed fields: after the read). */
    private storedLength;
    /** Bytes the tensor's data must have; UNSUPPORTED_DTYPE for a type this tool cannot size. */
    private wantBytes;
    /**
     * The bytes readBytes returns, with the same checks, in pieces of at most `chunkBytes`: raw_data
     * and external data are read piece by piece, so copying a tensor of any size holds one piece in
     * memory. Typed fields (small in practice) come as one piece. Each piece is a view of one reused
     * buffer, valid until the next piece is asked for.
     */
    readChunks(t: OnnxTensor, chunkBytes: number): AsyncGenerator<Uint8Array>;
    private readTyped;
    close(): Promise<void>;
}
/** ModelWeights over an ONNX file, with access to the parsed structure for the writer. */
export interface OnnxWeights extends ModelWeights {
    readonly format: 'onnx';
    readonly onnx: OnnxModel;
    /** Little-endian element bytes of any initializer, by name. */
    readTensorBytes(name: string): Promise<Uint8Array>;
    /** The bytes of one tensor (main graph or subgraph) in pieces of at most `chunkBytes` (see OnnxTensorReader.readChunks). */
    readTensorChunks(t: OnnxTensor, chunkBytes: number): AsyncIterable<Uint8Array>;
    /** The initializer a layer reads, in whichever graph it lives. */
    tensorOf(layer: DenseLayer): OnnxTensor;
    /** How each quantized layer is decoded, by layer name (absent for float layers). */
    readonly recipes: ReadonlyMap<string, QuantRecipe>;
    /**
     * A quantized layer's W' (stored layout) requantized in the layer's scheme: the new bytes of
     * each tensor it rewrites and ||Q(W') - W'||_F / ||W'||_F.
     */
    requantize(layer: DenseLayer, values: Matrix): Promise<Requantized>;
}
/** Opens an .onnx model: scans its structure, checks external data, discovers dense layers. */
export declare function openOnnx(path: string): Promise<OnnxWeights>;
