import { type LayerOrder } from './layers.js';
import type { ModelIdentity, RunReport } from './types.js';
/** GitHub's limit for issue/PR comment and review bodies. */
export declare const GITHUB_COMMENT_LIMIT = 65536;
/** The step summary upload is aborted above 1024k. */
export declare const GITHUB_SUMMARY_LIMIT: number;
/** The per-layer table never shrinks below this many rows (or the layer count). */
export declare const MIN_LAYER_ROWS = 10;
export interface RenderOptions {
    /** Hidden marker key (comment-key); omitted for the job summary. */
    readonly commentKey?: string;
    /** Upper bound on per-layer rows before any size-driven shortening. */
    readonly maxLayers: number;
    /** Character budget of the whole body. */
    readonly limit: number;
    /** Link to the workflow run (its job summary and artifacts). */
    readonly runUrl?: string;
    /**
     * The workspace (GITHUB_WORKSPACE, or the CLI's working folder) paths were given in: a local
     * path under it is shown relative to it, never as the runner's absolute path.
     */
    readonly workspace?: string;
    /** Healthy alpha range of the gate (default 2..6), for the charts and the layer ordering. */
    readonly alphaRange?: {
        readonly min: number;
        readonly max: number;
    };
    /** Per-layer order: worst first (default for a comment) or model order (default for the summary). */
    readonly layerOrder?: LayerOrder;
}
export declare function commentMarker(key: string): string;
/** What a reviewer can do about a rule at warn or fail, by rule id (others fall back to the rule's reason). */
export declare const WHAT_TO_DO: Readonly<Record<string, string>>;
/** Renders the full body, shortening the per-layer table until it fits `opts.limit`. */
export declare function renderReport(report: RunReport, opts: RenderOptions): string;
/** A local path relative to the workspace when it lies inside it; as given otherwise. */
export declare function workspacePath(p: string, workspace?: string): string;
/**
 * The model as the user gave it: a URL as given (already redacted), a local path relative to the
 * workspace when it lies inside it, and for a glob the glob plus the file it matched.
 */
export declare function modelLabel(model: Pick<ModelIdentity, 'source' | 'path'>, workspace?: string): string;
