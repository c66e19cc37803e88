/**
 * The one progress reporter of the CLI and the action log. On a terminal it redraws one line
 * (`\r`, cleared to the end); elsewhere (CI logs, a file, the action's log) it writes whole lines:
 * nothing for the first `quietSeconds` (short runs stay silent), then at most one line per
 * `intervalSeconds`, and always the last one. Each line: label, [done/total], what is being worked
 * on, elapsed time and the estimated time left. The estimate extrapolates the elapsed time over the
 * fraction of work done, by `work` units when the caller knows them (e.g. a layer's N M^2 cost, so
 * a large lm_head does not make the estimate lie), else by items.
 */
export interface ProgressStream {
    write(text: string): unknown;
    readonly isTTY?: boolean;
}
export interface ProgressUpdate {
    readonly done: number;
    readonly total: number;
    /** what was just finished or is running, e.g. a layer name */
    readonly detail?: string;
    /** work done and total in any unit; the estimate uses these when given */
    readonly workDone?: number;
    readonly workTotal?: number;
}
export interface ProgressOptions {
    readonly label: string;
    readonly stream: ProgressStream;
    /** lines (not a terminal): at most one per this many seconds; default 10 */
    readonly intervalSeconds?: number;
    /** lines (not a terminal): nothing before this many seconds; default 2 */
    readonly quietSeconds?: number;
    /** clock in seconds (tests) */
    readonly now?: () => number;
}
/** "1h 02m", "3m 07s", "12.3 s". */
export declare function formatDuration(seconds: number): string;
/** The text of one progress line (no line ending). */
export declare function progressLine(label: string, u: ProgressUpdate, elapsedSeconds: number): string;
/** A reporter: call it with each update; it decides what reaches the stream. */
export declare function progressReporter(opts: ProgressOptions): (u: ProgressUpdate) => void;
