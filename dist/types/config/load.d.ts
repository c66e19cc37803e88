import { type ErrorObject } from 'ajv';
import { WwError } from '../errors.js';
import { type CommentMode, type Plan, type SmoothMethod, type Threshold } from './plan.js';
import type { DeviceRequest } from '../eval/types.js';
/** A perplexity limit as written: "5%", "0.3pt" or "none" (numbers are refused with a hint). */
type ThresholdIn = string;
interface LevelsIn<T> {
    warn?: T;
    fail?: T;
}
interface PerplexityLevelsIn extends LevelsIn<ThresholdIn> {
    /** e.g. 0.95: fail only when the increase is significant at this level. */
    significance?: number;
}
type Selectors = string | string[];
/** The config file's shape (kebab-case keys, as in schema.json). */
export interface ConfigFile {
    $schema?: string;
    model?: string;
    'model-sha256'?: string;
    'base-model'?: string;
    eval?: {
        text?: string;
        tokenizer?: string;
        context?: number;
        stride?: number;
        'max-tokens'?: number;
        device?: DeviceRequest;
        probe?: string;
        'probe-max-items'?: number;
    };
    smooth?: {
        enabled?: boolean;
        method?: SmoothMethod;
        value?: number;
        layers?: Selectors;
        exclude?: Selectors;
        factorize?: boolean;
        overrides?: Array<{
            layers: Selectors;
            method?: SmoothMethod;
            value?: number;
            skip?: boolean;
        }>;
        budget?: ThresholdIn;
        'search-max-evals'?: number;
        objective?: 'perplexity' | 'probe';
    };
    gate?: {
        'perplexity-increase'?: PerplexityLevelsIn;
        'base-perplexity-increase'?: PerplexityLevelsIn;
        'alpha-range'?: {
            min?: number;
            max?: number;
        };
        'new-layers-outside-alpha'?: LevelsIn<number | 'none'>;
        'mean-alpha-change'?: LevelsIn<number | 'none'>;
        'over-trained'?: LevelsIn<number | 'none'>;
        'under-trained'?: LevelsIn<number | 'none'>;
        'accuracy-drop'?: LevelsIn<number | 'none'>;
        'base-accuracy-drop'?: LevelsIn<number | 'none'>;
    };
    report?: {
        comment?: CommentMode;
        'comment-key'?: string;
        'output-dir'?: string;
        'max-comment-layers'?: number;
        'attach-to-release'?: boolean;
    };
}
/** Largest config file read (1 MiB). */
export declare const MAX_CONFIG_BYTES: number;
/** Reads and validates a config file (.yml/.yaml/.json). A missing file is CONFIG_NOT_FOUND. */
export declare function readConfigFile(file: string): Promise<ConfigFile>;
/** Validates a parsed config object; `source` names it in messages (a file, or "action inputs"). */
export declare function validateConfig(data: unknown, source: string): ConfigFile;
/** One message per offending path: "/gate/over-trained/fail: -1 must be >= 0". */
export declare function formatAjvErrors(errors: readonly ErrorObject[], data: unknown): string[];
/** Deep merge for plain config objects: `over` wins; arrays are replaced, not concatenated. */
export declare function mergeConfig(base: ConfigFile, over: ConfigFile): ConfigFile;
/**
 * '5%' → relative 0.05; '0.3pt' → absolute 0.3 perplexity points; 'none' → null (level off).
 * A bare number is refused: "5" has meant both 5% and 5 points to different readers.
 */
export declare function parseThreshold(v: number | string, key?: string): Threshold | null;
/** The message for a limit without a unit (or otherwise unreadable), suggesting both spellings. */
export declare function thresholdError(key: string, v: unknown): WwError;
export interface BuildPlanOptions {
    /** Parsed config file (already validated), or {} when none. */
    readonly file: ConfigFile;
    readonly filePath: string | null;
    /** Explicit inputs/flags in the config's shape; they win over the file. */
    readonly overrides: ConfigFile;
    /** Names the overrides' origin in messages ("action inputs", "command line"). */
    readonly overridesSource: string;
    /** Default comment key (the action passes the workflow/job identity). */
    readonly defaultCommentKey: string;
    /** Folder relative paths in the plan are resolved against. */
    readonly cwd: string;
}
export interface ConfigFilePath {
    /** Config key, e.g. `eval.text`. */
    readonly key: string;
    /** The value as written in the file. */
    readonly given: string;
    /** Absolute path it resolves to (against `cwd`). */
    readonly path: string;
}
/** The paths the plan takes from the config file (untrusted), i.e. not overridden by an input. */
export declare function configFilePaths(opts: Pick<BuildPlanOptions, 'file' | 'overrides' | 'cwd'>): ConfigFilePath[];
/**
 * buildPlan plus the symlink-aware confinement of the config file's paths (assertInside follows
 * symlinks on the way, so `data -> /etc` in the repository is caught). Use this, not buildPlan,
 * where a config file was read.
 */
export declare function buildPlanConfined(opts: BuildPlanOptions): Promise<Plan>;
/** Merges file and overrides, validates the result and applies the cross-field rules. */
export declare function buildPlan(opts: BuildPlanOptions): Plan;
export {};
