// The content script uses the native API (promise-based in MV3 Chrome and in Firefox) rather
// than webextension-polyfill, which would add about 3 KB gzipped to every page.
import { browser } from '@wxt-dev/browser';
import { startCapture } from '../capture';
import { decide, SCOPE_KEY, type Scope, ScopeSchema } from '../policy/scope';
import { uuidv7 } from '../schema/uuid';
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

  const apply = (raw: unknown) => {
    const parsed = ScopeSchema.safeParse(raw);
    scope = parsed.success ? parsed.data : null;
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
        emit: (candidate) => void sendStep({ ...candidate, id: uuidv7(candidate.t) }, ctl.signal),
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
