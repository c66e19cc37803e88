import type { QuantizationInfo } from '../model/types.js';
import type { BaseComparison, RunReport } from './types.js';
/** Rows of the audit table in the comment; report.json has every layer. */
export declare const AUDIT_ROWS = 10;
/** "MatMulNBits 4-bit, block 32, symmetric"; "float" when not quantized. */
export declare function describeQuantization(q: QuantizationInfo | null): string;
/** The comparison the report carries, or one computed from its snapshots (reports written before it existed). */
export declare function comparisonOf(report: RunReport): BaseComparison | null;
/** The audit section (quantization differs), or the unmatched line alone, or null. */
export declare function auditSection(report: RunReport, band?: {
    min: number;
    max: number;
}): string | null;
