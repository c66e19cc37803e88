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
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(sec).padStart(2, '0')}s`;
}

/** The text of one progress line (no line ending). */
export function progressLine(label: string, u: ProgressUpdate, elapsedSeconds: number): string {
  const fraction = u.workTotal !== undefined && u.workTotal > 0 ? (u.workDone ?? 0) / u.workTotal : u.total > 0 ? u.done / u.total : 1;
  const finished = u.done >= u.total;
  const eta = finished ? '' : fraction > 0 ? `, about ${formatDuration((elapsedSeconds * (1 - fraction)) / fraction)} left` : '';
  const pct = `${Math.floor(100 * Math.min(1, fraction))}%`;
  return `${label} [${u.done}/${u.total}] ${pct}${u.detail ? ` ${u.detail}` : ''} (${formatDuration(elapsedSeconds)}${finished ? ' in all' : ' elapsed'}${eta})`;
}

/** A reporter: call it with each update; it decides what reaches the stream. */
export function progressReporter(opts: ProgressOptions): (u: ProgressUpdate) => void {
  const now = opts.now ?? (() => performance.now() / 1000);
  const started = now();
  const interval = opts.intervalSeconds ?? 10;
  const quiet = opts.quietSeconds ?? 2;
  let lastLine = -Infinity;
  return (u) => {
    const t = now();
    const elapsed = t - started;
    const text = progressLine(opts.label, u, elapsed);
    const finished = u.done >= u.total;
    if (opts.stream.isTTY) {
      opts.stream.write(`\r\x1b[K${text}${finished ? '\n' : ''}`);
      return;
    }
    if (elapsed < quiet) return;
    if (finished || t - lastLine >= interval) {
      lastLine = t;
      opts.stream.write(text + '\n');
    }
  };
}
