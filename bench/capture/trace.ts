/**
 * Reads a Chromium trace (devtools.timeline) and counts the layouts and style recalculations
 * that ran synchronously inside the recorder's handlers: the harness writes
 * `console.timeStamp('wp:s')` / `('wp:e')` around every handler in the trace run, so a Layout
 * or UpdateLayoutTree event that starts between such a pair was forced by that handler.
 * For context it also counts those inside the EventDispatch events that enclose such a handler
 * call (the page's own handlers for the same event included).
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: { stackTrace?: StackFrame[] } & Record<string, unknown> };
}

interface StackFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

export interface ForcedCounts {
  handlerWindows: number;
  layoutInHandlers: number;
  layoutInHandlersMs: number;
  styleInHandlers: number;
  styleInHandlersMs: number;
  /** EventDispatch events that ran at least one of the recorder's handlers */
  dispatchesWithHandlers: number;
  /** layouts / style recalcs anywhere inside those dispatches (the page's handlers for the same event included) */
  layoutInEventDispatch: number;
  styleInEventDispatch: number;
  /** garbage collections (MinorGC, MajorGC) that started inside a handler: the handler's allocations paid for */
  gcInHandlers: number;
  gcInHandlersMs: number;
  /** initiating frames (function @ module) of the forced work inside handlers, most frequent first */
  initiators: { frame: string; count: number; ms: number }[];
}

const LAYOUT = new Set(['Layout']);
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const GC = new Set(['MinorGC', 'MajorGC']);

interface Interval {
  start: number;
  end: number;
  ev: TraceEvent;
}

/** Complete intervals of the given names on one thread, from X events and B/E pairs. */
function intervals(events: TraceEvent[], names: (n: string) => boolean): Interval[] {
  const out: Interval[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!names(e.name)) continue;
    if (e.ph === 'X') out.push({ start: e.ts, end: e.ts + (e.dur ?? 0), ev: e });
    else if (e.ph === 'B') {
      const k = e.name;
      open.set(k, [...(open.get(k) ?? []), e]);
    } else if (e.ph === 'E') {
      const st = open.get(e.name);
      const b = st?.pop();
      if (b) out.push({ start: b.ts, end: e.ts, ev: b });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function countForced(events: TraceEvent[], moduleOf: (url: string, line: number) => string | null): ForcedCounts {
  const marks = events.filter((e) => e.name === 'TimeStamp' && typeof e.args?.data?.message === 'string' && String(e.args.data.message).startsWith('wp:'));
  const res: ForcedCounts = { handlerWindows: 0, layoutInHandlers: 0, layoutInHandlersMs: 0, styleInHandlers: 0, styleInHandlersMs: 0, dispatchesWithHandlers: 0, layoutInEventDispatch: 0, styleInEventDispatch: 0, gcInHandlers: 0, gcInHandlersMs: 0, initiators: [] };
  if (marks.length === 0) return res;
  const { pid, tid } = marks[0]!;
  const thread = events.filter((e) => e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
  const windows: { start: number; end: number }[] = [];
  const stack: number[] = [];
  for (const m of thread) {
    if (m.name !== 'TimeStamp') continue;
    const msg = String(m.args?.data?.message ?? '');
    if (msg === 'wp:s') stack.push(m.ts);
    else if (msg === 'wp:e') {
      const s = stack.pop();
      if (s !== undefined && stack.length === 0) windows.push({ start: s, end: m.ts });
    }
  }
  res.handlerWindows = windows.length;
  const work = intervals(thread, (n) => LAYOUT.has(n) || STYLE.has(n));
  // the EventDispatch events whose duration encloses one of our handler calls
  const dispatch = intervals(thread, (n) => n === 'EventDispatch').filter((d) => windows.some((w) => w.start >= d.start && w.end <= d.end));
  res.dispatchesWithHandlers = dispatch.length;
  const initiators = new Map<string, { count: number; ms: number }>();
  let wi = 0;
  for (const w of work) {
    while (wi < windows.length && windows[wi]!.end < w.start) wi += 1;
    const win = windows[wi];
    const isLayout = LAYOUT.has(w.ev.name);
    const ms = (w.end - w.start) / 1000;
    if (win && w.start >= win.start && w.start <= win.end) {
      if (isLayout) {
        res.layoutInHandlers += 1;
        res.layoutInHandlersMs += ms;
      } else {
        res.styleInHandlers += 1;
        res.styleInHandlersMs += ms;
      }
      const frames = w.ev.args?.beginData?.stackTrace ?? (w.ev.args?.data?.stackTrace as StackFrame[] | undefined) ?? [];
      // trace stack lines are 1-based; the top frame and the first frame in lib/ name the cause
      const named = frames.map((f) => ({ fn: f.functionName || '(anonymous)', mod: moduleOf(f.url, f.lineNumber - 1) ?? f.url }));
      const top = named[0];
      const inLib = named.find((f) => f.mod.startsWith('lib/'));
      // the outermost frame in lib/: which handler or deferred job it was
      const outer = [...named].reverse().find((f) => f.mod.startsWith('lib/'));
      const what = isLayout ? 'Layout' : 'Style';
      const via = [inLib, outer].filter((f, i, all) => f && f !== top && all.indexOf(f) === i).map((f) => ` ← … ${f!.fn} (${f!.mod})`).join('');
      const key = !top ? `${what} ← (no stack in trace)` : `${what} ← ${top.fn} (${top.mod})${via}`;
      const cur = initiators.get(key) ?? { count: 0, ms: 0 };
      cur.count += 1;
      cur.ms += ms;
      initiators.set(key, cur);
    }
    if (dispatch.some((d) => w.start >= d.start && w.start <= d.end)) {
      if (isLayout) res.layoutInEventDispatch += 1;
      else res.styleInEventDispatch += 1;
    }
  }
  let gi = 0;
  for (const g of intervals(thread, (n) => GC.has(n))) {
    while (gi < windows.length && windows[gi]!.end < g.start) gi += 1;
    const win = windows[gi];
    if (win && g.start >= win.start && g.start <= win.end) {
      res.gcInHandlers += 1;
      res.gcInHandlersMs += (g.end - g.start) / 1000;
    }
  }
  res.initiators = [...initiators].map(([frame, v]) => ({ frame, ...v })).sort((a, b) => b.count - a.count);
  return res;
}
