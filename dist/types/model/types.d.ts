/**
 * What the model readers hand to the rest of the engine. A reader lists the dense layers of a
 * model (cheap: no weight is read) and reads one matrix at a time on request, so a multi-GB
 * model never sits in memory whole.
 */
import type { Float32Matrix, Matrix } from '../linalg/matrix.js';
/** Floating-point storage types of weights we read and write. */
export type WeightDType = 'float32' | 'float16' | 'bfloat16' | 'float64';
/** How a weight is stored quantized (reported per layer; metrics are those of the dequantized W). */
export interface QuantizationInfo {
    readonly op: 'MatMulNBits' | 'MatMulInteger' | 'QLinearMatMul' | 'DequantizeLinear';
    readonly bits: 4 | 8;
    /** Elements per scale along K; null for per-tensor or per-channel scales. */
    readonly blockSize: number | null;
    /** Every zero point is the type's midpoint (or absent). */
    readonly symmetric: boolean;
}
export type LayerRole = 'attention' | 'mlp' | 'head' | 'embedding' | 'other';
/** A node that consumes a weight tensor (ONNX); for safetensors, empty. */
export interface Consumer {
    readonly node: string;
    readonly opType: string;
    readonly domain: string;
    /** Input index at which the weight (or its Transpose/Cast) enters the node. */
    readonly inputIndex: number;
    /** Set when the node sits in a subgraph: its path, e.g. `If_0/then_branch`. */
    readonly subgraph?: string;
}
export interface DenseLayer {
    /** Position in the model's layer list (stable: graph order for ONNX, sorted names for safetensors). */
    readonly index: number;
    /** Initializer / tensor name, the key everything else uses. */
    readonly name: string;
    /**
     * Module path from the consuming node's name (`/model/layers.0/self_attn/q_proj/MatMul` ->
     * `model.layers.0.self_attn.q_proj`); null when no node name carries one (safetensors: null,
     * the tensor name is the path).
     */
    readonly module?: string | null;
    readonly format: 'onnx' | 'safetensors';
    readonly dtype: WeightDType;
    /** Dims as stored in the file. */
    readonly storedShape: readonly [number, number];
    /** As used by the op: x[*, inFeatures] -> y[*, outFeatures]. */
    readonly inFeatures: number;
    readonly outFeatures: number;
    /**
     * true when storage is [out, in] (Gemm transB=1, a Transpose in front of MatMul, PyTorch
     * Linear in safetensors); false for MatMul's [in, out].
     */
    readonly storedTransposed: boolean;
    /** Ops that read this weight, with the path taken (e.g. via Cast/Transpose). */
    readonly consumers: readonly Consumer[];
    /** Nodes between the initializer and the consumer, e.g. ['Cast'] or ['Transpose']. */
    readonly via: readonly string[];
    /** ONNX: set when the initializer is held by a subgraph (not the main graph): that subgraph's path. */
    readonly storedIn?: string;
    /** Transformer block index guessed from the name (`layers.3.`, `h.3.`, `blocks.3`), or null. */
    readonly block: number | null;
    readonly role: LayerRole;
    /** Set for a quantized weight: `dtype` is then the type it dequantizes to. */
    readonly quantization?: QuantizationInfo;
}
export interface SkippedTensor {
    readonly name: string;
    /** Why it is not a dense layer we analyse, e.g. 'quantized weight of MatMulNBits'. */
    readonly reason: string;
    readonly opType?: string;
}
/**
 * What the walk saw, for the "no dense layer" error: a model with nothing to analyse must say why.
 */
export interface DiscoveryCensus {
    /** MatMul / Gemm / FusedMatMul / Attention nodes, in all graphs. */
    readonly denseOps: number;
    /** Of those, how many read no constant weight (both operands computed at run time). */
    readonly nonConstantWeight: number;
    /** Quantized product ops whose weight could not be decoded. */
    readonly quantizedUndecoded: number;
    /** Subgraphs walked (If branches, Loop / Scan bodies). */
    readonly subgraphs: number;
}
export interface ModelWeights {
    readonly format: 'onnx' | 'safetensors';
    /** Absolute path of the model file (the .onnx, the .safetensors, or the index .json). */
    readonly path: string;
    readonly layers: readonly DenseLayer[];
    readonly skipped: readonly SkippedTensor[];
    /** ONNX: what layer discovery saw (for the "no dense layer" error); absent for safetensors. */
    readonly census?: DiscoveryCensus;
    /**
     * Reads one weight in float64, in its STORED layout (rows = storedShape[0]). `keepFloat32`: a
     * float32 weight also keeps its stored values as `data32` (for the truncated SVD; costs half the
     * float64 size in memory while the matrix lives).
     */
    readMatrix(layer: DenseLayer, opts?: {
        readonly keepFloat32?: boolean;
    }): Promise<Matrix>;
    /**
     * A weight stored as float32 (not quantized): its values as stored (stored layout), in a
     * SharedArrayBuffer, so worker threads read them without a copy and this thread never widens
     * them to float64 (the analyze stage's pool: src/engine/analyze.ts). null for any other storage:
     * read those with readMatrix. Same checks and errors as readMatrix.
     */
    readFloat32Shared?(layer: DenseLayer): Promise<Float32Matrix | null>;
    /**
     * A quantized layer's W' (stored layout) requantized in the layer's own scheme; `error` is
     * ||Q(W') - W'||_F / ||W'||_F. Present where the format has quantized layers (ONNX).
     */
    requantize?(layer: DenseLayer, values: Matrix): Promise<{
        readonly error: number;
    }>;
    /**
     * Throws what readMatrix would throw for `layer` that the header alone shows, reading no weight:
     * TENSOR_TOO_LARGE (past src/model/limits.ts), MODEL_CORRUPT (stored length not that of dims and
     * type), UNSUPPORTED_DTYPE. Missing or short data files were refused when the model was opened.
     */
    checkRead(layer: DenseLayer): void;
    /** Releases file handles. */
    close(): Promise<void>;
}
/**
 * New contents for selected weights when writing a smoothed model. Keyed by DenseLayer.name.
 * `dense`: same shape as stored, float64 values in stored layout; written back in the layer's dtype.
 * `factorized`: W_used = A (in x k) @ B (k x out); the writer replaces the weight by two MatMuls.
 */
export type WeightReplacement = {
    readonly kind: 'dense';
    readonly values: Matrix;
} | {
    readonly kind: 'factorized';
    readonly a: Matrix;
    readonly b: Matrix;
};
