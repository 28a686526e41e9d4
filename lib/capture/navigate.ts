import type { Step } from '../schema';
import { type CaptureContext, pageOf } from './context';

type Via = Extract<Step['action'], { kind: 'navigate' }>['via'];

function loadKind(win: Window): Via {
  const nav = win.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (nav?.type === 'reload') return 'reload';
  if (nav?.type === 'back_forward') return 'back_forward';
  return 'load';
}

/**
 * Navigation: the document load, and same-document navigations (history API, hash changes).
 * Recorded with the sanitised path only.
 */
export function captureNavigation(ctx: CaptureContext): void {
  const emit = (via: Via) => {
    if (!ctx.active()) return;
    const page = pageOf(ctx.win);
    ctx.emit({ t: Date.now(), page, action: { kind: 'navigate', to: page.path, via } });
  };
  emit(loadKind(ctx.win));

  let last = ctx.win.location.href;
  const onMaybeChanged = (via: Via) => {
    const now = ctx.win.location.href;
    if (now === last) return;
    const hashOnly = now.split('#')[0] === last.split('#')[0];
    last = now;
    emit(hashOnly ? 'hash' : via);
  };
  // The Navigation API sees pushState from the page's world; popstate/hashchange cover the rest.
  const navigation = (ctx.win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', () => onMaybeChanged('history'), { signal: ctx.signal });
  ctx.win.addEventListener('popstate', () => onMaybeChanged('back_forward'), { signal: ctx.signal });
  ctx.win.addEventListener('hashchange', () => onMaybeChanged('hash'), { signal: ctx.signal });
}
