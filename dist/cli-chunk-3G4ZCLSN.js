/*! ww-smooth-action 0.1.0 | MIT (LICENSE) | bundled third-party code: THIRD_PARTY_NOTICES */
import { createRequire as __wwCreateRequire } from 'node:module';
const require = __wwCreateRequire(import.meta.url);

// src/util/progress.ts
function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s % 3600 / 60);
  const sec = s % 60;
  return h > 0 ? `${h}h ${String(m).padStart(2, "0")}m` : `${m}m ${String(sec).padStart(2, "0")}s`;
}
function progressLine(label, u, elapsedSeconds) {
  const fraction = u.workTotal !== void 0 && u.workTotal > 0 ? (u.workDone ?? 0) / u.workTotal : u.total > 0 ? u.done / u.total : 1;
  const finished = u.done >= u.total;
  const eta = finished ? "" : fraction > 0 ? `, about ${formatDuration(elapsedSeconds * (1 - fraction) / fraction)} left` : "";
  const pct = `${Math.floor(100 * Math.min(1, fraction))}%`;
  return `${label} [${u.done}/${u.total}] ${pct}${u.detail ? ` ${u.detail}` : ""} (${formatDuration(elapsedSeconds)}${finished ? " in all" : " elapsed"}${eta})`;
}
function progressReporter(opts) {
  const now = opts.now ?? (() => performance.now() / 1e3);
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
      opts.stream.write(`\r\x1B[K${text}${finished ? "\n" : ""}`);
      return;
    }
    if (elapsed < quiet) return;
    if (finished || t - lastLine >= interval) {
      lastLine = t;
      opts.stream.write(text + "\n");
    }
  };
}

export {
  progressReporter
};
