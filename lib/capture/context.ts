import type { CandidateStep, Page } from '../schema';
import { framePathOf } from '../semantics';
import { sanitisePath } from '../redact/url';

/** What every capture module gets: the abort signal, a gate and an emitter. */
export interface CaptureContext {
  readonly signal: AbortSignal;
  /** false while paused or out of scope: handlers return before looking at the event */
  active(): boolean;
  /** typed text: 'none' records no input steps, 'length' the length only */
  typing(): 'none' | 'length';
  /** the policy's selectors of private fields */
  privateSelectors(): readonly string[];
  emit(step: Omit<CandidateStep, 'id'>): void;
  win: Window;
}

let lastHref = '';
let lastPath = '/';

/** Page facts for a step: origin, sanitised path, title (redacted later in the background), frame path. */
export function pageOf(win: Window): Page {
  const href = win.location.href;
  if (href !== lastHref) {
    lastPath = sanitisePath(href).path;
    lastHref = href;
  }
  return {
    origin: win.location.origin,
    path: lastPath,
    title: win.document.title,
    frame: framePathOf(win),
  };
}

export function listen<K extends keyof DocumentEventMap>(
  ctx: CaptureContext,
  type: K,
  handler: (e: DocumentEventMap[K]) => void,
): void {
  ctx.win.document.addEventListener(type, handler, { capture: true, passive: true, signal: ctx.signal });
}
