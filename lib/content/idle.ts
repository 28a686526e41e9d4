/**
 * Runs fn once, when the browser is next idle or after timeoutMs, whichever comes first.
 *
 * The timeout is a timer of its own rather than `requestIdleCallback`'s `timeout` option: on
 * the bench page (docs/performance.md) a call with that option took about 30 µs, one without
 * it or a plain timer under 2 µs.
 */
export function whenIdle(win: Window, fn: () => void, timeoutMs: number): void {
  // whichever comes second finds the work done; cancelling it would cost more than letting it run
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  win.setTimeout(run, timeoutMs);
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run);
}
