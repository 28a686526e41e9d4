// The content script uses the native API (promise-based in MV3 Chrome and in Firefox) rather
// than webextension-polyfill, which would add about 3 KB gzipped to every page.
import { browser } from '@wxt-dev/browser';
import { startCapture } from '../capture';
import { decide, SCOPE_KEY, type Scope } from '../policy/scope';
import { parseScope } from './parse';
import type { CandidateStep } from '../schema/step';
import { uuidv7 } from '../schema/uuid';
import { runDeferredChecks } from '../semantics/selectors';
import { whenIdle } from './idle';
import { sendStep } from './sender';

/**
 * Content-script main: reads the published scope, records only while this origin is in scope
 * and recording is not paused, and stops everything when `signal` aborts (extension reloaded
 * or removed). On an origin out of scope no capture listener is registered at all.
 */
export async function runContent(win: Window, signal: AbortSignal): Promise<void> {
  if (browser.extension.inIncognitoContext) return;
  const origin = win.location.origin;
  let scope: Scope | null = null;
  let capture: AbortController | null = null;
  const outbox = stepQueue(win, signal);

  const apply = (raw: unknown) => {
    scope = parseScope(raw);
    // Pause is checked on every event; scope (enabled / origin) decides whether to listen at all.
    const inScope = scope !== null && decide({ ...scope, pausedUntil: null }, origin, Date.now()).record;
    if (inScope && !capture) {
      capture = new AbortController();
      const ctl = capture;
      signal.addEventListener('abort', () => ctl.abort(), { once: true });
      startCapture({
        signal: ctl.signal,
        win,
        active: () => scope !== null && decide(scope, origin, Date.now()).record,
        typing: () => scope?.typing ?? 'none',
        privateSelectors: () => scope?.privateSelectors ?? [],
        emit: (candidate) => outbox.push({ ...candidate, id: uuidv7(candidate.t) }),
      });
    } else if (!inScope && capture) {
      capture.abort();
      capture = null;
    }
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SCOPE_KEY in changes) apply(changes[SCOPE_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
  apply((await browser.storage.local.get(SCOPE_KEY))[SCOPE_KEY]);
}

/**
 * Steps wait here until the browser is idle (at most IDLE_TIMEOUT_MS), then their deferred
 * selector checks run and they are sent, in order. Hiding the page sends at once.
 */
const IDLE_TIMEOUT_MS = 300;

function stepQueue(win: Window, signal: AbortSignal): { push(step: CandidateStep): void } {
  const queue: CandidateStep[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    runDeferredChecks();
    for (const step of queue.splice(0)) void sendStep(step, signal);
  };
  win.addEventListener('pagehide', flush, { signal });
  return {
    push(step) {
      queue.push(step);
      if (scheduled) return;
      scheduled = true;
      whenIdle(win, flush, IDLE_TIMEOUT_MS);
    },
  };
}
