/**
 * Runs fn once, when the browser is next idle or after timeoutMs, whichever comes first.
 *
 * The timeout is a timer of its own rather than `requestIdleCallback`'s `timeout` option:
 * with that option Chromium takes about 30 µs per call in an event handler, without it about
 * 2 µs (measured on the bench page, see docs/performance.md).
 */
export function whenIdle(win: Window, fn: () => void, timeoutMs: number): void {
  let done = false;
  let idle = 0;
  const run = () => {
    if (done) return;
    done = true;
    if (idle) win.cancelIdleCallback(idle);
    win.clearTimeout(timer);
    fn();
  };
  const timer = win.setTimeout(run, timeoutMs);
  if (typeof win.requestIdleCallback === 'function') idle = win.requestIdleCallback(run);
}
