import type { WeightDType, WeightReplacement } from '../model/types.js';
import type { LoadedPartial, PartialTensor } from './partial.js';
/** Appends replacements to the blob's temp file (see writeTensorBlob). */
export declare class TensorBlobWriter {
    private readonly tmp;
    private fh;
    private pos;
    constructor(tmp: string);
    append(layer: string, dtype: WeightDType, rep: WeightReplacement): Promise<PartialTensor>;
    /** Creates the file if nothing was appended (an empty blob), and closes it. */
    close(): Promise<void>;
}
/**
 * Writes the tensor blob `file` atomically (src/io/atomic.ts: temp file in the same folder, fsync,
 * rename; the temp is removed when `fill` throws or the process is signalled). `fill` appends the
 * replacements through the writer it is given; its value is returned.
 */
export declare function writeTensorBlob<T>(file: string, fill: (writer: TensorBlobWriter) => Promise<T>): Promise<T>;
/**
 * The replacements of all partials, checked first: each array's size matches its dtype and shape,
 * lies inside its file, and its bytes hash to the sha256 the manifest gives (a corrupted or
 * truncated artifact is refused before the model is written).
 */
export declare function readReplacements(partials: readonly LoadedPartial[]): Promise<Map<string, WeightReplacement>>;
