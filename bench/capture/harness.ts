/**
 * In-page timing harness, bundled together with the code under test (Waypoint's capture or
 * rrweb's recorder) and exposed as `window.__wpBench`.
 *
 * From `start()` on, `EventTarget.prototype.addEventListener` is wrapped: a listener added
 * while recorder code runs (its start function, its handlers, its deferred callbacks) is
 * replaced by a wrapper timing the real handler with `performance.now()`; listeners the page
 * adds are left alone. The same is done for the work a recorder defers: callbacks it hands to
 * setTimeout, setInterval, requestAnimationFrame, requestIdleCallback, queueMicrotask and the
 * observers it creates (MutationObserver, ResizeObserver, IntersectionObserver).
 *
 * Time is summed per dispatched event (over all of the recorder's handlers that run for it)
 * and per interaction (between two `prepare` calls of the driver). Deferred work is charged to
 * the interaction during which it was scheduled (observers created at start: to the interaction
 * during which their callback runs). Nested calls are counted once: an inner call's time is
 * subtracted from the outer one. Promise continuations are not seen.
 */

export interface InteractionRecord {
  kind: string;
  /** handlers + deferred work, µs */
  us: number;
  /** DOM event handlers only, µs */
  handlerUs: number;
  /** deferred callbacks (timers, frames, idle, microtasks, observers), µs */
  asyncUs: number;
  /** dispatched events for which at least one recorder handler ran */
  events: number;
  /** recorder handler invocations */
  calls: number;
  /** the most expensive single event, µs */
  maxEventUs: number;
  maxEventType: string;
  /** what the recorder emitted during the interaction (step action kinds, or rrweb event types) */
  emitted: string[];
  /** summed time per event type (deferred work as `async:<scheduler>`), µs */
  byType: Record<string, number>;
}

export interface BenchResults {
  interactions: InteractionRecord[];
  /** handler time spent outside any interaction window (driver preparation), µs */
  outsideUs: number;
  outsideEvents: number;
  emittedTotal: number;
}

export interface PageInfo {
  recorder: string;
  crossOriginIsolated: boolean;
  /** smallest non-zero step of performance.now(), µs */
  resolutionUs: number;
  elements: number;
}

export interface StartInfo {
  listeners: number;
  types: string[];
  /** time the recorder's start function took (initial snapshot for rrweb), ms */
  startMs: number;
}

export interface StartOptions {
  /** write console.timeStamp markers around each handler (for the trace run only) */
  traceMarks?: boolean;
}

export interface WpBench {
  info(): PageInfo;
  start(opts?: StartOptions): StartInfo;
  /** closes the current interaction, lets the page render (settle), optionally blurs and scrolls a target into view, opens the next */
  prepare(kind: string | null, selector: string | null, blur: boolean, settle?: boolean): Promise<{ x: number; y: number } | null>;
  results(): BenchResults;
  /** the deferred-work schedulers the recorder has used so far */
  scheduled(): string[];
  stop(): void;
}

type Emit = (item: unknown) => void;
/** Starts the recorder with an emitter; may return a stop function. */
export type Starter = (emit: Emit, signal: AbortSignal) => (() => void) | void;

function measureResolution(): number {
  let min = Number.POSITIVE_INFINITY;
  const end = performance.now() + 30;
  let last = performance.now();
  while (last < end) {
    const t = performance.now();
    if (t > last) {
      min = Math.min(min, t - last);
      last = t;
    }
  }
  return Math.round(min * 1000 * 100) / 100;
}

function nextFrame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

type AnyFn = (...args: unknown[]) => unknown;

/**
 * rrweb takes a clean MutationObserver from a fresh iframe when the page's one does not look
 * native (to get around zone.js-style patches); the wrappers say they are native so that the
 * recorder under test uses them and its deferred work is timed too.
 */
function looksNative(f: object, name: string): void {
  Object.defineProperty(f, 'toString', { value: () => `function ${name}() { [native code] }`, configurable: true });
}

export function installBench(recorder: string, starter: Starter, describeEmitted: (item: unknown) => string): void {
  const interactions: InteractionRecord[] = [];
  let current: InteractionRecord | null = null;
  let outsideUs = 0;
  let outsideEvents = 0;
  let emittedTotal = 0;
  let lastEvent: Event | null = null;
  let lastEventUs = 0;
  let lastEventRec: InteractionRecord | null = null;
  /** > 0 while recorder code runs */
  let depth = 0;
  /** the interaction the running recorder code is charged to */
  let attrib: InteractionRecord | null = null;
  let childUs = 0;
  let traceMarks = false;
  let stopFn: (() => void) | void = undefined;
  const ctl = new AbortController();
  const now = performance.now.bind(performance);

  /** Runs recorder code, returns its self time (µs) through `done`. */
  const timed = <T>(rec: InteractionRecord | null, fn: () => T, done: (selfUs: number) => void): T => {
    const savedChild = childUs;
    const savedAttrib = attrib;
    childUs = 0;
    attrib = rec;
    depth += 1;
    if (traceMarks) console.timeStamp('wp:s');
    const t0 = now();
    try {
      return fn();
    } finally {
      const dt = (now() - t0) * 1000;
      if (traceMarks) console.timeStamp('wp:e');
      depth -= 1;
      attrib = savedAttrib;
      const self = Math.max(0, dt - childUs);
      childUs = savedChild + dt;
      done(self);
    }
  };

  const accountEvent = (rec: InteractionRecord | null, e: Event, us: number) => {
    if (e !== lastEvent || rec !== lastEventRec) {
      lastEvent = e;
      lastEventUs = 0;
      lastEventRec = rec;
      if (rec) rec.events += 1;
      else outsideEvents += 1;
    }
    lastEventUs += us;
    if (!rec) {
      outsideUs += us;
      return;
    }
    rec.us += us;
    rec.handlerUs += us;
    rec.calls += 1;
    rec.byType[e.type] = (rec.byType[e.type] ?? 0) + us;
    if (lastEventUs > rec.maxEventUs) {
      rec.maxEventUs = lastEventUs;
      rec.maxEventType = e.type;
    }
  };

  const accountAsync = (rec: InteractionRecord | null, type: string, us: number) => {
    if (!rec) {
      outsideUs += us;
      return;
    }
    rec.us += us;
    rec.asyncUs += us;
    rec.calls += 1;
    rec.byType[`async:${type}`] = (rec.byType[`async:${type}`] ?? 0) + us;
  };

  const wrappers = new WeakMap<object, EventListener>();
  const wrapListener = (listener: EventListenerOrEventListenerObject): EventListener => {
    const known = wrappers.get(listener);
    if (known) return known;
    const call = typeof listener === 'function' ? listener : (e: Event) => listener.handleEvent(e);
    const w = function (this: unknown, e: Event) {
      const rec = current;
      timed(rec, () => call.call(this, e), (us) => accountEvent(rec, e, us));
    };
    wrappers.set(listener, w);
    return w;
  };

  /** A deferred callback scheduled by recorder code; `long` ones (observers) have no fixed origin. */
  const wrapAsync = <F extends AnyFn>(fn: F, type: string, long: boolean): F => {
    const origin = long && attrib === null ? undefined : attrib;
    return function (this: unknown, ...args: unknown[]) {
      const rec = origin === undefined ? current : origin;
      return timed(rec, () => fn.apply(this, args), (us) => accountAsync(rec, type, us));
    } as F;
  };

  const instrument = () => {
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (!listener || depth === 0) return add.call(this, type, listener, options);
      listeners += 1;
      types.add(type);
      return add.call(this, type, wrapListener(listener), options);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const w = listener ? wrappers.get(listener) : undefined;
      if (w) remove.call(this, type, w, options);
      return remove.call(this, type, listener, options);
    };
    const w = window as unknown as Record<string, unknown>;
    for (const name of ['setTimeout', 'setInterval', 'requestAnimationFrame', 'requestIdleCallback', 'queueMicrotask']) {
      const orig = w[name] as AnyFn | undefined;
      if (typeof orig !== 'function') continue;
      const patched = function (this: unknown, cb: unknown, ...rest: unknown[]) {
        if (depth > 0 && typeof cb === 'function') {
          scheduled.add(name);
          return orig.call(window, wrapAsync(cb as AnyFn, name, name === 'setInterval'), ...rest);
        }
        return orig.call(window, cb, ...rest);
      };
      looksNative(patched, name);
      w[name] = patched;
    }
    for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver']) {
      const Orig = w[name] as (new (cb: AnyFn, ...rest: unknown[]) => object) | undefined;
      if (typeof Orig !== 'function') continue;
      const Wrapped = class extends Orig {
        constructor(cb: AnyFn, ...rest: unknown[]) {
          if (depth > 0) scheduled.add(name);
          super(depth > 0 ? wrapAsync(cb, name, true) : cb, ...rest);
        }
      };
      looksNative(Wrapped, name);
      w[name] = Wrapped;
    }
  };
  let listeners = 0;
  const types = new Set<string>();
  const scheduled = new Set<string>();

  const bench: WpBench = {
    info() {
      return {
        recorder,
        crossOriginIsolated: globalThis.crossOriginIsolated === true,
        resolutionUs: measureResolution(),
        elements: document.getElementsByTagName('*').length,
      };
    },
    start(opts = {}) {
      traceMarks = opts.traceMarks === true;
      instrument();
      const t0 = now();
      depth += 1;
      try {
        stopFn = starter((item) => {
          emittedTotal += 1;
          (depth > 0 ? attrib : current)?.emitted.push(describeEmitted(item));
        }, ctl.signal);
      } finally {
        depth -= 1;
      }
      return { listeners, types: [...types].sort(), startMs: now() - t0 };
    },
    scheduled() {
      return [...scheduled].sort();
    },
    async prepare(kind, selector, blur, settle = false) {
      if (current) interactions.push(current);
      current = null;
      // pace like a person: let the page render what the last interaction changed (two frames)
      // before the next one starts, so the next handler does not pay for the page's own pending
      // style and layout work, as it never would between two human actions
      if (settle) {
        await nextFrame();
        await nextFrame();
      }
      if (blur) {
        const a = document.activeElement;
        if (a instanceof HTMLElement && a !== document.body) a.blur();
      }
      let point: { x: number; y: number } | null = null;
      if (selector) {
        const el = document.querySelector(selector);
        if (!el) throw new Error(`bench: no element for ${selector}`);
        const hits = (r: DOMRect) => {
          if (r.width === 0 || r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) return false;
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && (hit === el || el.contains(hit));
        };
        let r = el.getBoundingClientRect();
        if (!hits(r)) {
          // in view of the window and of any scrolling container (a listbox); the scroll events
          // of this scroll are dispatched before the next animation frame's callbacks
          el.scrollIntoView({ block: 'center', inline: 'nearest' });
          await nextFrame();
          r = el.getBoundingClientRect();
          if (!hits(r)) throw new Error(`bench: ${selector} is not hittable`);
        }
        point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      if (kind) current = { kind, us: 0, handlerUs: 0, asyncUs: 0, events: 0, calls: 0, maxEventUs: 0, maxEventType: '', emitted: [], byType: {} };
      return point;
    },
    results() {
      return { interactions: [...interactions], outsideUs, outsideEvents, emittedTotal };
    },
    stop() {
      ctl.abort();
      if (typeof stopFn === 'function') stopFn();
    },
  };
  (window as unknown as { __wpBench: WpBench }).__wpBench = bench;
}
