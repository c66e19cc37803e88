/**
 * Deadlines for the action's `timeout-minutes`: one Deadline for the whole run, passed down, so
 * every stage can ask how long it has left, stop between layers (`check`), or hand the
 * AbortSignal to fetch / child processes. `withTimeout` bounds one promise. Both fail with
 * WwError TIMEOUT naming what was running and the limit, so the action reports it like any
 * other error (summary written, non-zero exit) instead of being killed by the runner.
 */
import { WwError } from '../errors.js';

export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | null;
  readonly startedAt: number;

  /** `ms`: the budget; Infinity (or <= 0 meaning "none") gives a deadline that never fires. */
  constructor(
    readonly ms: number,
    readonly what = 'the run',
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
    const finite = Number.isFinite(ms) && ms > 0;
    this.timer = finite
      ? setTimeout(() => this.controller.abort(this.error()), ms)
      : null;
    this.timer?.unref();
  }

  /** Deadline from a `timeout-minutes` value (0, '' or undefined: none). */
  static fromMinutes(minutes: number | string | undefined, what = 'the run'): Deadline {
    const m = typeof minutes === 'string' ? (minutes.trim() === '' ? 0 : Number(minutes)) : (minutes ?? 0);
    if (!Number.isFinite(m) || m < 0) {
      throw new WwError('INPUT_INVALID', `timeout-minutes must be a non-negative number, got ${JSON.stringify(minutes)}`, { key: 'timeout-minutes', value: minutes });
    }
    return new Deadline(m === 0 ? Infinity : m * 60_000, what);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left (Infinity without a limit, 0 when expired). */
  remaining(): number {
    if (!Number.isFinite(this.ms) || this.ms <= 0) return Infinity;
    return Math.max(0, this.ms - (this.now() - this.startedAt));
  }

  get expired(): boolean {
    return this.controller.signal.aborted || this.remaining() === 0;
  }

  private error(during?: string): WwError {
    const limit = `${(this.ms / 1000).toFixed(this.ms < 10_000 ? 3 : 0)} s`;
    return new WwError('TIMEOUT', `${this.what} ran past its time limit of ${limit}${during ? ` (while ${during})` : ''}`, { limitMs: this.ms, during: during ?? null });
  }

  /** Throws TIMEOUT if the deadline has passed; call between units of work. */
  check(during?: string): void {
    if (this.expired) throw this.error(during);
  }

  /** Races `work` against the deadline. */
  run<T>(work: Promise<T>, during?: string): Promise<T> {
    if (this.expired) return Promise.reject(this.error(during));
    if (!Number.isFinite(this.remaining())) return work;
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(this.error(during));
      this.signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (v) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}

/**
 * Bounds one piece of work by `ms`. If `work` is a function it gets an AbortSignal that fires at
 * the limit, so it can stop what it started (fetch, child process).
 */
export async function withTimeout<T>(work: Promise<T> | ((signal: AbortSignal) => Promise<T>), ms: number, what: string): Promise<T> {
  const d = new Deadline(ms, what);
  try {
    return await d.run(typeof work === 'function' ? work(d.signal) : work);
  } finally {
    d.dispose();
  }
}
