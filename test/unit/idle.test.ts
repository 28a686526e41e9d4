import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../lib/content/idle';

afterEach(() => vi.useRealTimers());

/**
 * A window whose idle callbacks run when `idle()` is called, or at their timeout, once (as
 * browsers run them).
 */
function fakeWindow(withIdle: boolean) {
  let idleQueue: (() => void)[] = [];
  const requestIdleCallback = (f: () => void, opts?: { timeout?: number }) => {
    idleQueue.push(f);
    if (opts?.timeout !== undefined) {
      setTimeout(() => {
        if (!idleQueue.includes(f)) return;
        idleQueue = idleQueue.filter((g) => g !== f);
        f();
      }, opts.timeout);
    }
  };
  const win = {
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    ...(withIdle ? { requestIdleCallback } : {}),
  } as unknown as Window;
  return { win, idle: () => idleQueue.splice(0).forEach((f) => f()) };
}

describe('whenIdle', () => {
  it('runs once, when idle, even if the timeout fires later', () => {
    vi.useFakeTimers();
    const { win, idle } = fakeWindow(true);
    const fn = vi.fn();
    whenIdle(win, fn, 300);
    expect(fn).not.toHaveBeenCalled();
    idle();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs at the timeout when the browser is never idle, or has no idle callbacks', () => {
    vi.useFakeTimers();
    for (const withIdle of [true, false]) {
      const { win, idle } = fakeWindow(withIdle);
      const fn = vi.fn();
      whenIdle(win, fn, 300);
      vi.advanceTimersByTime(299);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledTimes(1);
      idle();
      expect(fn).toHaveBeenCalledTimes(1);
    }
  });
});
