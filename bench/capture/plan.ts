/**
 * Texts are short (4–8 characters): typing cost per key is small and constant, and what is
 * measured is mostly the edit's flush; long texts would only make the run slower.
 *
 * The interaction script: a seeded, weighted mix of what people do in a back-office app,
 * identical for every condition. Each primitive is one measured interaction of one kind.
 */
import { COMBO_OPTIONS, COUNTRIES, LISTBOX_OPTIONS, ROWS } from './page';

export type Kind = 'click' | 'input' | 'select (native)' | 'select (ARIA)' | 'shortcut';
export const KINDS: readonly Kind[] = ['click', 'input', 'select (native)', 'select (ARIA)', 'shortcut'];

export type Primitive =
  | { kind: Kind; op: 'click'; selector: string; what: string }
  | { kind: Kind; op: 'type'; text: string; what: string }
  | { kind: Kind; op: 'selectOption'; selector: string; value: string; what: string }
  | { kind: Kind; op: 'press'; keys: string; what: string };

/** The step kinds a primitive is expected to produce in Waypoint (for a sanity check). */
export function expectedSteps(p: Primitive): string[] {
  if (p.op === 'type') return ['input'];
  if (p.op === 'selectOption') return ['select'];
  if (p.op === 'press') return ['shortcut'];
  if (p.kind === 'select (ARIA)') return ['select'];
  return ['click'];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAV = ['dashboard', 'invoices', 'customers', 'products', 'payments', 'reports', 'taxes', 'settings'];
const TOOLBAR = ['[data-testid=new-invoice]', '.toolbar[role=toolbar] button:nth-of-type(2)', '.toolbar[role=toolbar] button:nth-of-type(3)', '.toolbar[role=toolbar] button:nth-of-type(4)', '.toolbar[role=toolbar] button:nth-of-type(5)'];
const FIELDS: { id: string; text: (r: () => number) => string }[] = [
  { id: '#customer', text: (r) => ['Acme', 'Globex', 'Initech', 'Hooli'][Math.floor(r() * 4)]! },
  { id: '#email', text: (r) => `u${Math.floor(r() * 100)}@x.io` },
  { id: '#phone', text: (r) => `030 ${Math.floor(1e3 + r() * 8e3)}` },
  { id: '#ref', text: (r) => `PO-${Math.floor(r() * 1e3)}` },
  { id: '#amount', text: (r) => String(Math.floor(r() * 10000)) },
  { id: '#notes', text: () => 'Net 30' },
  { id: '#q', text: (r) => ['overdue', 'globex', 'INV-1042', 'march'][Math.floor(r() * 4)]! },
];

type Scenario = (r: () => number) => Primitive[];

/**
 * Chosen options, per widget: choosing the option that is already selected changes nothing
 * and is (rightly) not recorded, so the plan always picks another one.
 */
const chosen = new Map<string, number>();
function another(r: () => number, widget: string, n: number): number {
  const prev = chosen.get(widget) ?? 0;
  const next = (prev + 1 + Math.floor(r() * (n - 1))) % n;
  chosen.set(widget, next);
  return next;
}

const row = (r: () => number) => Math.floor(r() * ROWS);
const SCENARIOS: [number, Scenario][] = [
  [5, (r) => { const n = NAV[Math.floor(r() * NAV.length)]!; return [{ kind: 'click', op: 'click', selector: `header nav a[href="/app/${n}"]`, what: 'nav link' }]; }],
  [5, (r) => [{ kind: 'click', op: 'click', selector: TOOLBAR[Math.floor(r() * TOOLBAR.length)]!, what: 'toolbar button' }]],
  [10, (r) => [{ kind: 'click', op: 'click', selector: `tr[data-row="${row(r)}"] button[data-act=edit]`, what: 'row Edit button' }]],
  [7, (r) => [{ kind: 'click', op: 'click', selector: `tr[data-row="${row(r)}"] input[type=checkbox]`, what: 'row checkbox' }]],
  [7, (r) => [{ kind: 'click', op: 'click', selector: `tr[data-row="${row(r)}"] td.${r() < 0.5 ? 'amt' : 'num'}`, what: 'table cell' }]],
  [5, (r) => [{ kind: 'click', op: 'click', selector: `tr[data-row="${row(r)}"] a.cust`, what: 'row link' }]],
  [4, (r) => [
    { kind: 'click', op: 'click', selector: `tr[data-row="${row(r)}"] button[data-act=delete]`, what: 'row Delete button' },
    { kind: 'click', op: 'click', selector: r() < 0.7 ? '#confirm button[value=cancel]' : '#confirm button[value=delete]', what: 'dialog button' },
  ]],
  [3, () => [{ kind: 'click', op: 'click', selector: '[data-testid=save]', what: 'submit button' }]],
  [14, (r) => {
    const f = FIELDS[Math.floor(r() * FIELDS.length)]!;
    return [
      { kind: 'click', op: 'click', selector: f.id, what: 'text field' },
      { kind: 'input', op: 'type', text: f.text(r), what: `type + Tab in ${f.id}` },
    ];
  }],
  [10, (r) => {
    const which = Math.floor(r() * 3);
    if (which === 0) return [{ kind: 'select (native)', op: 'selectOption', selector: '#country', value: `c${another(r, 'country', COUNTRIES)}`, what: 'country select' }];
    if (which === 1) return [{ kind: 'select (native)', op: 'selectOption', selector: '#currency', value: ['EUR', 'USD', 'GBP', 'JPY', 'CHF'][another(r, 'currency', 5)]!, what: 'currency select' }];
    return [{ kind: 'select (native)', op: 'selectOption', selector: '#status-sel', value: ['Draft', 'Sent', 'Paid', 'Overdue', 'Void'][another(r, 'status', 5)]!, what: 'status select' }];
  }],
  [9, (r) => [{ kind: 'select (ARIA)', op: 'click', selector: `#prio-${another(r, 'prio', LISTBOX_OPTIONS)}`, what: 'listbox option' }]],
  [5, (r) => [
    { kind: 'click', op: 'click', selector: '#assignee', what: 'combobox' },
    { kind: 'select (ARIA)', op: 'click', selector: `#as-${another(r, 'assignee', COMBO_OPTIONS)}`, what: 'combobox option' },
  ]],
  [5, () => [{ kind: 'shortcut', op: 'press', keys: 'Control+K', what: 'Ctrl+K' }]],
  [5, () => [{ kind: 'shortcut', op: 'press', keys: '?', what: '?' }]],
];

/** At least `count` primitives (scenarios are not cut in half), deterministic for a seed. */
export function makePlan(count: number, seed = 20260301): Primitive[] {
  const r = rng(seed);
  chosen.clear();
  const total = SCENARIOS.reduce((s, [w]) => s + w, 0);
  const out: Primitive[] = [];
  while (out.length < count) {
    let x = r() * total;
    for (const [w, make] of SCENARIOS) {
      x -= w;
      if (x < 0) {
        out.push(...make(r));
        break;
      }
    }
  }
  return out;
}
