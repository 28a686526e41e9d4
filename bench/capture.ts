/**
 * bench:capture — the in-page cost of Waypoint's capture + semantics per interaction.
 *
 * Bundles the current lib/capture with esbuild, serves it in a generated 5,000+-element app
 * page (cross-origin isolated, so performance.now() has 5 µs resolution) and drives real
 * input with Playwright in headless Chromium. It reports, per condition (no throttle, 4× CPU
 * throttle via CDP Emulation.setCPUThrottlingRate):
 *   - handler time per interaction (p50/p95/p99, µs), overall and per action kind, for
 *     Waypoint and for the peer, rrweb's record() (its DOM event handlers only);
 *   - layouts and style recalculations forced inside the handlers (trace), and the
 *     Performance.getMetrics deltas with and without capture;
 *   - the hottest functions (CDP CPU profile of the handlers);
 *   - the content-script bundle size (gzip -9) against rrweb's recorder.
 *
 * The extension itself is not loaded: the same capture code is injected into the page. The
 * content script is built with WXT (the project config, output in a temporary folder) for its size.
 *
 * Usage: npx tsx bench/capture.ts [--json FILE] [--measured 300] [--warmup 30] [--no-build]
 *                                 [--no-rrweb] [--no-trace] [--no-profile] [--unpaced] [--quick]
 *                                 [--cpuprofile FILE]
 * --quick runs only the unthrottled Waypoint condition (for iterating; not for reporting), and
 * the diagnostics run only with --cpuprofile, which writes that run's raw V8 CPU profile.
 *
 * Input is paced like a person's (frames between interactions, the pointer resting on a
 * target before the press, 20 ms between keys), so a handler does not pay for the page's own
 * rendering of the previous input; --unpaced drives Playwright's instant input instead.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { BenchResults, InteractionRecord, PageInfo, StartInfo, WpBench } from './capture/harness';
import { pageHtml } from './capture/page';
import { expectedSteps, KINDS, makePlan, type Primitive } from './capture/plan';
import { type CpuProfile, moduleMap, type ProfileSummary, summariseProfile } from './capture/profile';
import { serveBench } from './capture/server';
import { measureSizes, type SizeReport } from './capture/size';
import { fmtUs, pad, type Summary, summarise } from './capture/stats';
import { countForced, type ForcedCounts, type TraceEvent } from './capture/trace';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const TARGET_P95_US = 1000;
const TARGET_GZIP = 20 * 1024;

const { values: opts } = parseArgs({
  options: {
    json: { type: 'string' },
    measured: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    'no-build': { type: 'boolean', default: false },
    'no-rrweb': { type: 'boolean', default: false },
    'no-trace': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    unpaced: { type: 'boolean', default: false },
    /** iterate quickly: only the unthrottled Waypoint run (no baseline, throttle or peer) */
    quick: { type: 'boolean', default: false },
    /** write the diagnostics run's raw V8 CPU profile (open it in Chrome DevTools' Performance panel) */
    cpuprofile: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log('Usage: npx tsx bench/capture.ts [--json FILE] [--measured N] [--warmup N] [--no-build] [--no-rrweb] [--no-trace] [--no-profile] [--unpaced] [--quick] [--cpuprofile FILE]\nSee the comment at the top of bench/capture.ts and docs/performance.md.');
  process.exit(0);
}
/** Human pacing (see docs/performance.md): frames between interactions, a hover before a press, a delay between keys. */
const PACED = !opts.unpaced;
const TYPE_DELAY_MS = 20;
const MEASURED = Number(opts.measured);
const WARMUP = Number(opts.warmup);
if (!Number.isInteger(MEASURED) || MEASURED < 1 || !Number.isInteger(WARMUP) || WARMUP < 0) {
  console.error(`bench/capture: --measured must be a positive integer and --warmup a non-negative one (got ${opts.measured}, ${opts.warmup})`);
  process.exit(2);
}
const say = (m = '') => process.stdout.write(`${m}\n`);
const note = (m: string) => process.stderr.write(`· ${m}\n`);

type Recorder = 'waypoint' | 'rrweb' | 'none';

interface Condition {
  id: string;
  recorder: Recorder;
  throttle: number;
  metrics?: boolean;
  trace?: boolean;
  profile?: boolean;
}

interface ConditionResult {
  cond: Condition;
  info: PageInfo;
  start: StartInfo;
  /** deferred-work schedulers the recorder used */
  scheduled: string[];
  results: BenchResults;
  plan: Primitive[];
  metrics?: Record<string, number>;
  forced?: ForcedCounts;
  profile?: ProfileSummary;
  wallMs: number;
}

// ---------------------------------------------------------------------------------------------
// bundles

/** lib code must not need the extension APIs here; if it imports them, they become an empty stub (reported). */
const stubbed = new Set<string>();
const extensionApiStub: Plugin = {
  name: 'extension-api-stub',
  setup(b) {
    b.onResolve({ filter: /^(wxt\/browser|@wxt-dev\/browser|webextension-polyfill)$/ }, (a) => {
      stubbed.add(`${a.path} (from ${a.importer.replace(`${ROOT}/`, '')})`);
      return { path: a.path, namespace: 'ext-stub' };
    });
    b.onLoad({ filter: /.*/, namespace: 'ext-stub' }, () => ({ contents: 'export const browser = {}; export default browser;', loader: 'js' }));
  },
};

async function bundle(entry: string): Promise<string> {
  const r = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome116',
    write: false,
    minify: false,
    plugins: [extensionApiStub],
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return r.outputFiles[0]!.text;
}

// ---------------------------------------------------------------------------------------------
// driving one condition

declare global {
  interface Window {
    __wpBench: WpBench;
  }
}

async function prepare(page: Page, kind: string | null, selector: string | null, blur: boolean) {
  return page.evaluate(([k, s, b, settle]) => window.__wpBench.prepare(k, s, b, settle), [kind, selector, blur, PACED] as const);
}

/** Two rendered frames in the page: the time a person takes between moving and pressing. */
async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

async function perform(page: Page, p: Primitive, label: string): Promise<void> {
  switch (p.op) {
    case 'click': {
      const pt = await prepare(page, label, p.selector, false);
      if (!pt) throw new Error(`no point for ${p.selector}`);
      if (!PACED) {
        await page.mouse.click(pt.x, pt.y);
        return;
      }
      // a person's pointer rests on the target for a while before pressing it
      await page.mouse.move(pt.x, pt.y);
      await frames(page);
      await page.mouse.down();
      await page.mouse.up();
      return;
    }
    case 'type':
      await prepare(page, label, null, false);
      // fast typing is still slower than a frame per key
      await page.keyboard.type(p.text, PACED ? { delay: TYPE_DELAY_MS } : {});
      if (PACED) await frames(page);
      await page.keyboard.press('Tab');
      return;
    case 'selectOption':
      await prepare(page, label, p.selector, false);
      await page.locator(p.selector).selectOption(p.value);
      return;
    case 'press':
      await prepare(page, label, null, true);
      await page.keyboard.press(p.keys);
      return;
  }
}

async function runCondition(browser: Browser, baseUrl: string, cond: Condition, plan: Primitive[], bundles: Record<Recorder, string>): Promise<ConditionResult> {
  const t0 = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${baseUrl}/${cond.recorder}.html`, { waitUntil: 'load' });
  const info = await page.evaluate(() => window.__wpBench.info());
  if (!info.crossOriginIsolated) throw new Error('the bench page is not cross-origin isolated: performance.now() would be clamped to 100 µs');
  const start = await page.evaluate((traceMarks) => window.__wpBench.start({ traceMarks }), cond.trace === true);
  // warm-up (JIT, caches) unthrottled, to save time; the throttle starts with the measured run
  for (const p of plan.slice(0, WARMUP)) await perform(page, p, `warmup:${p.kind}`);
  await prepare(page, null, null, false);
  if (cond.throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cond.throttle });

  let before: Record<string, number> = {};
  const metricsNow = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  if (cond.metrics) {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    before = await metricsNow();
  }
  const traceEvents: TraceEvent[] = [];
  let traceDone: Promise<void> | null = null;
  if (cond.trace) {
    cdp.on('Tracing.dataCollected', (e) => traceEvents.push(...(e.value as unknown as TraceEvent[])));
    traceDone = new Promise((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' });
  }
  if (cond.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }

  for (const p of plan.slice(WARMUP)) await perform(page, p, p.kind);
  // let held steps (a shortcut waits up to 1 s for a sequence) and other deferred work finish
  await page.waitForTimeout(1200);
  await prepare(page, null, null, false);

  let metrics: Record<string, number> | undefined;
  if (cond.metrics) {
    const after = await metricsNow();
    metrics = {};
    for (const k of ['LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration']) metrics[k] = (after[k] ?? 0) - (before[k] ?? 0);
  }
  const bundleUrl = `${baseUrl}/${cond.recorder}.js`;
  const modOf = moduleMap(bundles[cond.recorder]);
  let forced: ForcedCounts | undefined;
  if (cond.trace && traceDone) {
    await cdp.send('Tracing.end');
    await traceDone;
    forced = countForced(traceEvents, (url, line) => (url === bundleUrl ? modOf(line) : null));
  }
  let profile: ProfileSummary | undefined;
  if (cond.profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    if (opts.cpuprofile) writeFileSync(opts.cpuprofile, JSON.stringify(p));
    profile = summariseProfile(p as unknown as CpuProfile, bundleUrl, modOf);
  }
  const results = await page.evaluate(() => window.__wpBench.results());
  const scheduled = await page.evaluate(() => window.__wpBench.scheduled());
  await context.close();
  return { cond, info, start, scheduled, results, plan, metrics, forced, profile, wallMs: Date.now() - t0 };
}

// ---------------------------------------------------------------------------------------------
// report

const measuredOf = (r: ConditionResult): InteractionRecord[] => r.results.interactions.filter((i) => !i.kind.startsWith('warmup:'));

interface Row {
  kind: string;
  /** handlers + deferred work */
  s: Summary;
  /** DOM event handlers only */
  h: Summary;
  /** costliest single event */
  ev: Summary;
}

function summaries(r: ConditionResult): Row[] {
  const ints = measuredOf(r);
  const row = (kind: string, sel: InteractionRecord[]): Row => ({
    kind,
    s: summarise(sel.map((i) => i.us)),
    h: summarise(sel.map((i) => i.handlerUs)),
    ev: summarise(sel.map((i) => i.maxEventUs)),
  });
  return [row('all', ints), ...KINDS.map((k) => row(k, ints.filter((i) => i.kind === k)))];
}

/** Mean time per interaction spent on each event type (deferred work as `async:<scheduler>`), costliest first. */
function byEventType(r: ConditionResult): [string, number][] {
  const ints = measuredOf(r);
  const sums: Record<string, number> = {};
  for (const i of ints) for (const [t, us] of Object.entries(i.byType)) sums[t] = (sums[t] ?? 0) + us;
  return Object.entries(sums).map(([t, us]): [string, number] => [t, us / Math.max(1, ints.length)]).sort((a, b) => b[1] - a[1]);
}

/** Per target of the interaction plan ('row checkbox', 'nav link' …), costliest first. */
function byTarget(r: ConditionResult): { what: string; s: Summary }[] {
  const byWhat = new Map<string, number[]>();
  r.results.interactions.forEach((rec, i) => {
    if (rec.kind.startsWith('warmup:')) return;
    const what = r.plan[i]?.what.replace(/ in #\w+$/, '') ?? '?';
    byWhat.set(what, [...(byWhat.get(what) ?? []), rec.us]);
  });
  return [...byWhat].map(([what, v]) => ({ what, s: summarise(v) })).sort((a, b) => b.s.p50 - a.s.p50);
}

/**
 * Waypoint only: does each interaction emit the step kind it should? A held step (a shortcut
 * waiting for its effect) may be emitted during the next interactions, so two more are looked at.
 */
function sanity(r: ConditionResult): { ok: number; bad: string[] } {
  const ints = r.results.interactions;
  const bad: string[] = [];
  let ok = 0;
  ints.forEach((rec, i) => {
    const p = r.plan[i];
    if (!p) return;
    const seen = [...rec.emitted, ...(ints[i + 1]?.emitted ?? []), ...(ints[i + 2]?.emitted ?? [])];
    const missing = expectedSteps(p).filter((k) => !seen.includes(k));
    if (missing.length === 0) ok += 1;
    else bad.push(`#${i} ${p.what}: expected ${missing.join(',')}, got [${rec.emitted.join(',')}]`);
  });
  return { ok, bad };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const started = Date.now();
  const measuredPlan = makePlan(WARMUP + MEASURED);
  const bundles: Record<Recorder, string> = {
    waypoint: await bundle('bench/capture/entry.ts'),
    rrweb: await bundle('bench/capture/rrweb-entry.ts'),
    none: await bundle('bench/capture/none-entry.ts'),
  };
  const routes: Record<string, () => { type: string; body: string }> = {};
  for (const r of ['waypoint', 'rrweb', 'none'] as const) {
    routes[`/${r}.html`] = () => ({ type: 'text/html; charset=utf-8', body: pageHtml(`/${r}.js`) });
    routes[`/${r}.js`] = () => ({ type: 'text/javascript; charset=utf-8', body: bundles[r] });
  }
  const server = await serveBench(routes);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const conditions: Condition[] = [
    ...(opts.quick ? [] : [{ id: 'none 1×', recorder: 'none', throttle: 1, metrics: true } as Condition]),
    { id: 'waypoint 1×', recorder: 'waypoint', throttle: 1, metrics: true },
    ...(opts.quick ? [] : [{ id: 'waypoint 4×', recorder: 'waypoint', throttle: 4 } as Condition]),
    ...(opts['no-rrweb'] || opts.quick ? [] : [
      { id: 'rrweb 1×', recorder: 'rrweb', throttle: 1, metrics: true } as Condition,
      { id: 'rrweb 4×', recorder: 'rrweb', throttle: 4 } as Condition,
    ]),
    // one diagnostic run (its timings are not reported: tracing and sampling slow the page down)
    ...((opts['no-trace'] && opts['no-profile']) || (opts.quick && !opts.cpuprofile) ? [] : [{ id: 'waypoint 1× diagnostics', recorder: 'waypoint', throttle: 1, trace: !opts['no-trace'], profile: !opts['no-profile'] } as Condition]),
  ];
  const out: ConditionResult[] = [];
  let sizes: SizeReport;
  try {
    for (const c of conditions) {
      note(`running ${c.id} (${WARMUP} warm-up + ${measuredPlan.length - WARMUP} measured interactions)…`);
      const r = await runCondition(browser, server.url, c, measuredPlan, bundles);
      note(`  ${c.id}: ${(r.wallMs / 1000).toFixed(1)} s`);
      out.push(r);
    }
    sizes = await measureSizes(ROOT, opts['no-build'] === true, note);
  } finally {
    await browser.close();
    await server.close();
  }
  const version = browser.version();
  const byId = (id: string) => out.find((r) => r.cond.id === id);
  const wp1 = byId('waypoint 1×')!;
  const info = wp1.info;

  // ---- header
  say(`Waypoint capture bench — ${new Date().toISOString()} — Chromium ${version}, headless, ${process.platform} ${(await import('node:os')).cpus().length} CPU`);
  say(`page: ${info.elements.toLocaleString('en-US')} elements (generated app: nav, labelled form, 3 native selects, combobox + listbox, table of Edit/Delete rows, modal dialog)`);
  say(`timer: crossOriginIsolated=${info.crossOriginIsolated}, performance.now() resolution ${info.resolutionUs} µs (COOP/COEP served); each handler call is timed, so a sum of n calls carries ±n×resolution jitter`);
  say(PACED
    ? `input: paced like a person (two frames between interactions, pointer resting two frames on the target before the press, ${TYPE_DELAY_MS} ms between keys); --unpaced for Playwright's instant input`
    : 'input: UNPACED (Playwright\'s instant input: the next event can come before the page rendered the last one)');
  say('the extension is NOT loaded: lib/capture is bundled with esbuild at run time and started in the page with a context like the content script\'s');
  say('(steps pushed to an array: runtime.sendMessage, uuidv7 and the scope check are not included)');
  if (stubbed.size) say(`note: extension APIs stubbed for the bench bundle: ${[...stubbed].join(', ')}`);
  say(`waypoint: ${wp1.start.listeners} listeners (${wp1.start.types.join(', ')}); rrweb: ${byId('rrweb 1×')?.start.listeners ?? '—'} listeners timed (${byId('rrweb 1×')?.start.types.join(', ') ?? '—'}); rrweb record() start ${byId('rrweb 1×')?.start.startMs.toFixed(1) ?? '—'} ms (full snapshot, not counted)`);
  say();

  // ---- timing table
  say(`In-page cost per interaction, µs: the recorder's event handlers + the work they defer, summed over all events of one interaction (${MEASURED} measured after ${WARMUP} warm-up)`);
  say(`${pad('condition', 13, true)} ${pad('kind', 16, true)} ${pad('n', 4)} ${pad('p50', 7)} ${pad('p95', 7)} ${pad('p99', 7)} ${pad('max', 7)} ${pad('mean', 7)} │ ${pad('p95 handlers', 12)} ${pad('p95 1 event', 11)}`);
  const timed = out.filter((r) => r.cond.recorder !== 'none' && !r.cond.trace && !r.cond.profile);
  for (const r of timed) {
    for (const row of summaries(r)) {
      say(`${pad(row.kind === 'all' ? r.cond.id : '', 13, true)} ${pad(row.kind, 16, true)} ${pad(row.s.n, 4)} ${pad(fmtUs(row.s.p50), 7)} ${pad(fmtUs(row.s.p95), 7)} ${pad(fmtUs(row.s.p99), 7)} ${pad(fmtUs(row.s.max), 7)} ${pad(fmtUs(row.s.mean), 7)} │ ${pad(fmtUs(row.h.p95), 12)} ${pad(fmtUs(row.ev.p95), 11)}`);
    }
  }
  say('(p95 handlers: DOM event handlers only, without deferred work; p95 1 event: the costliest single event dispatch of each interaction, what delays one frame)');
  for (const r of timed.filter((x) => x.cond.throttle === 1)) say(`deferred work seen for ${r.cond.recorder}: ${r.scheduled.join(', ') || 'none'}`);
  const p95 = (id: string, kind = 'all', which: 's' | 'h' = 's') => {
    const r = byId(id);
    return r ? summaries(r).find((x) => x.kind === kind)![which].p95 : Number.NaN;
  };
  say();
  const ratios: Record<string, number> = {};
  for (const t of ['1×', '4×']) {
    if (!byId(`rrweb ${t}`)) continue;
    for (const which of ['s', 'h'] as const) {
      const parts = ['all', ...KINDS].map((k) => {
        const v = p95(`waypoint ${t}`, k, which) / p95(`rrweb ${t}`, k, which);
        ratios[`${t} ${which === 's' ? 'total' : 'handlers'} ${k}`] = v;
        return `${k} ${Number.isFinite(v) ? v.toFixed(1) : '—'}`;
      });
      say(`ratio waypoint p95 / rrweb p95, ${t}, ${which === 's' ? 'handlers + deferred' : 'handlers only      '}: ${parts.join(' · ')}`);
    }
  }
  for (const id of ['waypoint 1×', 'rrweb 1×']) {
    const r = byId(id);
    if (r) say(`${id} by target, p50/p95 µs (n): ${byTarget(r).map((x) => `${x.what} ${fmtUs(x.s.p50)}/${fmtUs(x.s.p95)} (${x.s.n})`).join(' · ')}`);
  }
  for (const id of ['waypoint 1×', 'rrweb 1×']) {
    const r = byId(id);
    if (r) say(`${id} by event type, mean µs per interaction: ${byEventType(r).map(([t, us]) => `${t} ${fmtUs(us)}`).join(' · ')}`);
  }
  const wpP95 = p95('waypoint 1×');
  say(`target p95 ≤ ${TARGET_P95_US} µs unthrottled: ${wpP95 <= TARGET_P95_US ? 'MET' : 'NOT MET'} (p95 ${fmtUs(wpP95)} µs; 4×: ${fmtUs(p95('waypoint 4×'))} µs)`);
  const check = sanity(wp1);
  say(`sanity: ${check.ok}/${wp1.results.interactions.length} Waypoint interactions emitted the expected step${check.bad.length ? `; not: ${check.bad.slice(0, 4).join('; ')}${check.bad.length > 4 ? ' …' : ''}` : ''}`);
  say();

  // ---- layout / style
  const tr = byId('waypoint 1× diagnostics');
  if (tr?.forced) {
    const f = tr.forced;
    say(`Forced layout / style inside Waypoint's handlers and deferred callbacks (trace of the ${MEASURED} measured interactions, ${f.handlerWindows} calls):`);
    say(`  Layout ${f.layoutInHandlers} (${f.layoutInHandlersMs.toFixed(2)} ms) · UpdateLayoutTree (style recalc) ${f.styleInHandlers} (${f.styleInHandlersMs.toFixed(2)} ms)`);
    say(`  in the ${f.dispatchesWithHandlers} EventDispatch events that enclose a capture handler (the page's own handlers for those events included): Layout ${f.layoutInEventDispatch} · UpdateLayoutTree ${f.styleInEventDispatch}`);
    say(`  garbage collections that started inside them: ${f.gcInHandlers} (${f.gcInHandlersMs.toFixed(2)} ms)`);
    for (const i of f.initiators.slice(0, 5)) say(`  ${pad(i.count, 4)}× ${i.frame} (${i.ms.toFixed(2)} ms)`);
    say(`  target "no forced synchronous layout in event handlers": ${f.layoutInHandlers === 0 ? 'MET for layout' : 'NOT MET'}${f.styleInHandlers ? `; ${f.styleInHandlers} forced style recalcs` : ''}`);
  }
  const none = byId('none 1×')?.metrics;
  if (none) {
    say('Performance.getMetrics over the measured run (whole page, every frame; counts and ms of main-thread time):');
    say(`  ${pad('', 12, true)} ${pad('LayoutCount', 12)} ${pad('RecalcStyle', 12)} ${pad('Layout ms', 10)} ${pad('Recalc ms', 10)} ${pad('Script ms', 10)}`);
    const line = (label: string, m: Record<string, number>) =>
      say(`  ${pad(label, 12, true)} ${pad(m.LayoutCount!, 12)} ${pad(m.RecalcStyleCount!, 12)} ${pad((m.LayoutDuration! * 1000).toFixed(1), 10)} ${pad((m.RecalcStyleDuration! * 1000).toFixed(1), 10)} ${pad((m.ScriptDuration! * 1000).toFixed(1), 10)}`);
    line('no recorder', none);
    for (const id of ['waypoint 1×', 'rrweb 1×']) {
      const m = byId(id)?.metrics;
      if (!m) continue;
      line(id.split(' ')[0]!, m);
      line('  − none', Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round((v - (none[k] ?? 0)) * 1e6) / 1e6])));
    }
  }
  say();

  // ---- hotspots
  const pr = byId('waypoint 1× diagnostics')?.profile;
  if (pr) {
    say(`CPU profile of Waypoint's handlers and deferred work (same run as the trace, 50 µs sampling, ${pr.handlerMs.toFixed(0)} ms sampled inside them):`);
    say('  inclusive time (lib/ and dependency functions):');
    for (const h of pr.inclusive.filter((h) => !h.module.startsWith('bench/')).slice(0, 12)) say(`    ${pad((h.share * 100).toFixed(1), 5)}%  ${h.fn}  (${h.module})`);
    say('  self time by function (a native DOM call is charged to its caller: "querySelectorAll ← f"):');
    for (const h of pr.self.slice(0, 10)) say(`    ${pad((h.share * 100).toFixed(1), 5)}%  ${h.fn}  (${h.module})`);
    say('  self time by module (native calls included in their caller\'s module):');
    for (const h of pr.selfByModule.slice(0, 6)) say(`    ${pad((h.share * 100).toFixed(1), 5)}%  ${h.module}`);
    say();
  }

  // ---- sizes
  const cs = sizes.contentScript;
  say('Bundle size (gzip -9):');
  say(`  content script ${cs.path}: ${kb(cs.raw)} raw, ${kb(cs.gzip)} gzipped${cs.built === 'built now' ? (cs.existingOutputGzip ? ` (.output build: ${kb(cs.existingOutputGzip)})` : '') : ` (existing build of ${cs.builtAt})`}`);
  if (cs.staleSources.length) say(`  WARNING: ${cs.staleSources.length} source files are newer than that build (${cs.staleSources.slice(0, 4).join(', ')}${cs.staleSources.length > 4 ? ' …' : ''}); run without --no-build`);
  say(`  rrweb recorder: ${kb(sizes.rrweb.raw)} raw, ${kb(sizes.rrweb.gzip)} gzipped (${sizes.rrweb.how}; shipped rrweb.umd.min.cjs with replay: ${sizes.rrweb.fullUmdGzip ? kb(sizes.rrweb.fullUmdGzip) : '—'})`);
  say(`  ratio content script / rrweb recorder: ${sizes.ratio.toFixed(2)}`);
  say(`  (the issue's "about 24 KB" is a record-only build, @rrweb/record, which is not installed here; the rrweb package's record() pulls in postcss and more. Against 24 KB the ratio would be ${(cs.gzip / (24 * 1024)).toFixed(2)} — not measured)`);
  say(`  target ≤ 20 KB gzipped: ${cs.gzip <= TARGET_GZIP ? 'MET' : 'NOT MET'} (${kb(cs.gzip)}); smaller than rrweb's recorder: ${cs.gzip < sizes.rrweb.gzip ? 'yes' : 'no'}`);
  say(`  capture + semantics alone (esbuild, minified): ${kb(sizes.captureOnly.raw)} raw, ${kb(sizes.captureOnly.gzip)} gzipped`);
  say(`  content-script parts, esbuild minified bytes, zod left out: ${sizes.breakdown.slice(0, 8).map((b) => `${b.part} ${kb(b.bytes)}`).join(' · ')}`);
  say();
  say(`total ${((Date.now() - started) / 1000).toFixed(0)} s`);

  if (opts.json) {
    const json = {
      date: new Date().toISOString(),
      chromium: version,
      page: { elements: info.elements, crossOriginIsolated: info.crossOriginIsolated, timerResolutionUs: info.resolutionUs },
      measured: MEASURED,
      warmup: WARMUP,
      stubbed: [...stubbed],
      paced: PACED,
      conditions: Object.fromEntries(
        out.map((r) => [
          r.cond.id,
          {
            recorder: r.cond.recorder,
            throttle: r.cond.throttle,
            listeners: r.start.listeners,
            listenerTypes: r.start.types,
            startMs: r.start.startMs,
            wallMs: r.wallMs,
            scheduled: r.scheduled,
            perInteractionUs: r.cond.recorder === 'none' ? undefined : Object.fromEntries(summaries(r).map((x) => [x.kind, { ...x.s, handlersOnly: x.h, singleEventP95: x.ev.p95 }])),
            byTargetUs: r.cond.recorder === 'none' || r.cond.trace || r.cond.profile ? undefined : Object.fromEntries(byTarget(r).map((x) => [x.what, x.s])),
            byEventTypeMeanUs: r.cond.recorder === 'none' ? undefined : Object.fromEntries(byEventType(r)),
            metrics: r.metrics,
            forced: r.forced,
            // every measured interaction, for offline analysis (what, kind, µs, µs per event type)
            interactions: r.cond.recorder === 'none' || r.cond.profile ? undefined : r.results.interactions.flatMap((rec, i) => (rec.kind.startsWith('warmup:') ? [] : [{ what: r.plan[i]?.what, kind: rec.kind, us: rec.us, handlerUs: rec.handlerUs, events: rec.events, calls: rec.calls, maxEventUs: rec.maxEventUs, maxEventType: rec.maxEventType, byType: rec.byType }])),
            profile: r.profile && { handlerMs: r.profile.handlerMs, inclusive: r.profile.inclusive.slice(0, 60), self: r.profile.self.slice(0, 40), selfByModule: r.profile.selfByModule },
          },
        ]),
      ),
      ratiosP95WaypointOverRrweb: ratios,
      sanity: { ok: check.ok, bad: check.bad },
      sizes,
    };
    writeFileSync(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    note(`wrote ${opts.json}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
