/** Reads and checks `file`; returns its text. */
export declare function readEvalText(file: string): string;
/** UTF-8 text of `bytes`, or EVAL_TEXT_INVALID naming `file` and the first offending byte. */
export declare function decodeEvalText(bytes: Uint8Array, file: string): string;
