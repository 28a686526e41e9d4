/**
 * Runs fn once, when the browser is next idle or after timeoutMs, whichever comes first
 * (`requestIdleCallback` with its `timeout` option; a plain timer where there is none).
 *
 * One scheduling call, not a timer plus an idle callback: in Chromium the first scheduling
 * call of a task costs 15–30 µs whatever the API, and each further one 5–15 µs
 * (docs/performance.md), and this runs inside the event handler that emits a step.
 */
export function whenIdle(win: Window, fn: () => void, timeoutMs: number): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else win.setTimeout(fn, timeoutMs);
}
