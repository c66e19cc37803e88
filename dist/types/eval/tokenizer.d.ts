export interface TextTokenizer {
    /** Ids of one line with the special tokens the tokenizer config asks for. */
    encodeLine(line: string): number[];
    /** Number of ids the tokenizer can emit (largest id + 1, added tokens included). */
    readonly vocabSize: number;
    /** Folder the tokenizer came from. */
    readonly source: string;
    readonly bosId: number | null;
    readonly eosId: number | null;
}
/**
 * Largest tokenizer.json / tokenizer_config.json read. The library holds the parsed vocabulary and
 * merges at about 35 times the file's size, and loading is slow: 3,000,000 merges (96 MB) took
 * 55 s and 3.3 GB. Real ones are at most a few tens of MB (250,000-token vocabularies: 17-35 MB).
 */
export declare const MAX_TOKENIZER_FILE_BYTES: number;
/** Largest token id a tokenizer.json can emit (ids beyond MAX_TOKEN_ID are refused). */
export declare const MAX_TOKEN_ID: number;
/**
 * The tokenizer folder of a run: the `tokenizer` input (a folder, or its tokenizer.json), else
 * the folder of the original model.
 */
export declare function tokenizerFolder(given: string | null, modelPath: string): string;
/** Loads `tokenizer.json` (required) and `tokenizer_config.json` (optional) from `dir`. */
export declare function loadTokenizer(dir: string): Promise<TextTokenizer>;
/**
 * The evaluation lines of a text under the convention: split at line breaks (\r\n counts as \n),
 * trim surrounding whitespace (JavaScript `String.prototype.trim`), drop empty lines.
 */
export declare function evalLines(text: string): string[];
/**
 * Encodes each evaluation line and concatenates the ids, stopping once `limit` ids are there
 * (src/eval/windows.ts tokensNeeded: what max-eval-tokens can use). Empty text -> EVAL_TEXT_EMPTY.
 * A line longer than the rest needs is encoded by growing prefixes (doubling, so the work stays
 * linear in what is used): once a prefix gives PREFIX_MARGIN_TOKENS more ids than needed, the ids
 * before that margin are the line's own, and a 20 MB single-line text costs no more than its start.
 */
export declare function tokenizeText(text: string, tokenizer: TextTokenizer, source?: string, limit?: number): number[];
/** Parses a .npy file holding int32/int64 (any C-order shape, flattened) token ids. */
export declare function parseNpyIds(bytes: Uint8Array, path: string): number[];
/** Reads pre-tokenised ids: a JSON array of integers or a .npy (int32/int64). Empty -> EVAL_TEXT_EMPTY. */
export declare function readIdsFile(path: string): number[];
/** Ids must index the model's logits: checked before any window runs. */
export declare function checkIdsInVocab(ids: ArrayLike<number>, vocabSize: number, source: string): void;
