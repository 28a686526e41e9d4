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

/** Sanitised paths of the URLs seen lately (a page moves between a few). */
const paths = new Map<string, string>();

function pathOf(href: string): string {
  let p = paths.get(href);
  if (p === undefined) {
    if (paths.size >= 32) paths.clear();
    p = sanitisePath(href).path;
    paths.set(href, p);
  }
  return p;
}

/** Per window: its origin, and whether it is a top-level window (which never becomes a frame). */
const facts = new WeakMap<Window, { origin: string; top: boolean }>();

/** Page facts for a step: origin, sanitised path, title (redacted later in the background), frame path. */
export function pageOf(win: Window): Page {
  // a document's origin does not change, nor does a top-level window become a frame; reading
  // `location` or `parent` is slow in an event handler
  let f = facts.get(win);
  if (f === undefined) {
    f = { origin: win.location.origin, top: win === win.parent };
    facts.set(win, f);
  }
  return {
    origin: f.origin,
    path: pathOf(win.document.URL),
    title: win.document.title,
    frame: f.top ? [] : framePathOf(win),
  };
}

type Handler = (e: Event) => void;
const hubs = new WeakMap<AbortSignal, Map<string, Handler[]>>();

/**
 * Adds a capture-phase, passive handler for `type` on the document. The handlers of one type
 * share one listener and run in the order they were added (as separate listeners would), so
 * an event costs one dispatch to the recorder however many modules look at it. A handler that
 * throws does not stop the others; its error is reported asynchronously.
 */
export function listen<K extends keyof DocumentEventMap>(
  ctx: CaptureContext,
  type: K,
  handler: (e: DocumentEventMap[K]) => void,
): void {
  let hub = hubs.get(ctx.signal);
  if (!hub) {
    hub = new Map();
    hubs.set(ctx.signal, hub);
  }
  let list = hub.get(type);
  if (!list) {
    const handlers: Handler[] = [];
    list = handlers;
    hub.set(type, handlers);
    ctx.win.document.addEventListener(type, (e) => {
      for (let i = 0; i < handlers.length; i++) {
        try {
          (handlers[i] as Handler)(e);
        } catch (err) {
          queueMicrotask(() => {
            throw err;
          });
        }
      }
    }, { capture: true, passive: true, signal: ctx.signal });
  }
  list.push(handler as Handler);
}
