/** ONNX TensorProto.DataType values used here. */
export declare const OnnxType: {
    readonly float: 1;
    readonly int64: 7;
    readonly double: 11;
};
export type OnnxElemType = (typeof OnnxType)[keyof typeof OnnxType];
export interface GraphNode {
    readonly op: string;
    readonly inputs: readonly string[];
    readonly outputs: readonly string[];
    /** integer attributes only (transA, transB, perm is not needed by our graphs) */
    readonly intAttrs?: Readonly<Record<string, number>>;
    readonly intsAttrs?: Readonly<Record<string, readonly number[]>>;
    readonly floatAttrs?: Readonly<Record<string, number>>;
}
export interface GraphIo {
    readonly name: string;
    readonly type: OnnxElemType;
    /** a number is a fixed dimension, a string a symbolic one */
    readonly shape: readonly (number | string)[];
}
export interface GraphSpec {
    readonly nodes: readonly GraphNode[];
    readonly inputs: readonly GraphIo[];
    readonly outputs: readonly GraphIo[];
    readonly opset?: number;
}
/** Serialises a graph to ONNX ModelProto bytes (IR version 8, default-domain opset 17 unless given). */
export declare function encodeModel(spec: GraphSpec): Uint8Array;
