import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, progressReporter } from '../../src/util/progress.js';

function sink(isTTY: boolean): { out: string[]; stream: { isTTY: boolean; write: (t: string) => void } } {
  const out: string[] = [];
  return { out, stream: { isTTY, write: (t) => void out.push(t) } };
}

describe('progress reporter', () => {
  it('estimates the time left from the work fraction when given, else from items', () => {
    // 10 s for a quarter of the work: 30 s left, whatever the item count says
    expect(progressLine('analyze', { done: 3, total: 4, detail: 'w', workDone: 25, workTotal: 100 }, 10)).toBe('analyze [3/4] 25% w (10.0 s elapsed, about 30.0 s left)');
    expect(progressLine('smooth', { done: 1, total: 5 }, 60)).toBe('smooth [1/5] 20% (1m 00s elapsed, about 4m 00s left)');
    expect(progressLine('smooth', { done: 5, total: 5 }, 3725)).toBe('smooth [5/5] 100% (1h 02m in all)');
    expect(formatDuration(59.94)).toBe('59.9 s');
    expect(formatDuration(125)).toBe('2m 05s');
  });

  it('in a log: silent during the quiet time, then at most one line per interval, and always the last', () => {
    let t = 0;
    const { out, stream } = sink(false);
    const report = progressReporter({ label: 'analyze', stream, intervalSeconds: 10, quietSeconds: 2, now: () => t });
    for (const [at, done] of [[1, 1], [3, 2], [5, 3], [14, 4], [15, 5], [16, 6]] as const) {
      t = at;
      report({ done, total: 6, detail: `layer${done}` });
    }
    expect(out.map((l) => l.split(' (')[0])).toEqual(['analyze [2/6] 33% layer2', 'analyze [4/6] 66% layer4', 'analyze [6/6] 100% layer6']);
    expect(out.every((l) => l.endsWith('\n'))).toBe(true);
  });

  it('on a terminal: one redrawn line, a newline at the end', () => {
    const { out, stream } = sink(true);
    const report = progressReporter({ label: 'eval', stream, now: () => 0 });
    report({ done: 1, total: 2 });
    report({ done: 2, total: 2 });
    expect(out).toEqual(['\r\x1b[Keval [1/2] 50% (0.0 s elapsed, about 0.0 s left)', '\r\x1b[Keval [2/2] 100% (0.0 s in all)\n']);
  });
});
