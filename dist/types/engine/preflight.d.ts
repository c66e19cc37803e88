import type { CommentMode, Plan } from '../config/plan.js';
export interface PreflightOptions {
    /** Folder relative model paths are resolved against (default: the process's). */
    readonly cwd?: string;
    /** Merge jobs and report-only runs do not smooth or write models: skip what they do not need. */
    readonly skipOutputDir?: boolean;
}
/** Runs every check of the plan; throws the first problem as a WwError naming the file. */
export declare function preflight(plan: Plan, opts?: PreflightOptions): Promise<void>;
export interface GithubContextFacts {
    readonly commentMode: CommentMode;
    readonly hasToken: boolean;
    readonly eventName: string;
    /** PR number from the event or the pr-number input. */
    readonly prNumber: number | null;
}
/** What will keep the comment from being posted, said before the run instead of after it. */
export declare function githubContextWarnings(f: GithubContextFacts): string[];
