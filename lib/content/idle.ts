/**
 * Runs fn once, when the browser is next idle or after timeoutMs, whichever comes first
 * (`requestIdleCallback` with its `timeout` option; a plain timer where there is none).
 *
 * One scheduling call, not a timer plus an idle callback: on the bench page each scheduling
 * call costs 25–45 µs in Chromium whatever the API (docs/performance.md), and this runs inside
 * the event handler that emits a step.
 */
export function whenIdle(win: Window, fn: () => void, timeoutMs: number): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else win.setTimeout(fn, timeoutMs);
}
