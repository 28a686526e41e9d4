import type { CandidateStep, Step } from '../schema/step';
import { describeTarget, roleOf } from '../semantics';
import { roleDuring } from '../semantics/role';
import { collapseSpace, labelsOf, type Shown } from '../semantics/name';
import {
  isDisabledItem, keyboardItem, selectableItemIn, selectedItemIn, type WidgetInfo, widgetOf,
} from '../semantics/widget';
import { type CaptureContext, listen, pageOf } from './context';
import { deepActiveElement, isTextField } from './editable';
import { shownBy } from './shown';

type SelectAction = Extract<Step['action'], { kind: 'select' }>;
type Pending = Omit<CandidateStep, 'id'>;

const FOLLOWS_FOCUS_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

function optionLabel(o: HTMLOptionElement): string {
  return collapseSpace(o.label || o.text);
}

/** A native <select> changed: one `select` step with the chosen option's label. */
function nativeSelectStep(win: Window, sel: HTMLSelectElement): Pending {
  const chosen = Array.from(sel.selectedOptions);
  const first = chosen[0];
  return {
    t: Date.now(),
    page: pageOf(win),
    action: {
      kind: 'select',
      option: first ? { label: optionLabel(first), index: first.index } : { label: '', index: -1 },
      ...(sel.multiple ? { selected: chosen.map((o) => ({ label: optionLabel(o), index: o.index })) } : {}),
      multi: sel.multiple,
      widget: 'native',
    },
    target: describeTarget(sel),
  };
}

/** A datalist suggestion was picked into an input: a `select` of that suggestion. */
function datalistStep(win: Window, input: HTMLInputElement): Pending | null {
  const list = input.list;
  if (!list) return null;
  const options = Array.from(list.querySelectorAll('option'));
  const index = options.findIndex((o) => o.value === input.value);
  if (index < 0) return null;
  const o = options[index]!;
  return {
    t: Date.now(),
    page: pageOf(win),
    action: { kind: 'select', option: { label: (o.label || o.value).trim(), index }, multi: false, widget: 'datalist' },
    target: describeTarget(input),
  };
}

/** A selection of an ARIA item (option, menu item, tab, tree item, grid cell, radio), and its widget. */
function itemStep(win: Window, item: Element, lastOpener: Element | null, shown?: Shown): { step: Pending; widget: WidgetInfo } | null {
  const w = widgetOf(item, lastOpener, shown);
  if (!w) return null;
  const action: SelectAction = { kind: 'select', option: { label: w.label, index: w.index }, multi: w.multi, widget: w.kind };
  return { step: { t: Date.now(), page: pageOf(win), action, target: describeTarget(w.widgetEl, shown) }, widget: w };
}

function isNative(item: Element): boolean {
  return item instanceof HTMLOptionElement || (item instanceof HTMLInputElement && item.type === 'radio');
}

/**
 * Keys that commit the item under the keyboard: Enter, Space outside text fields, and in a
 * select-only combobox (APG) also Alt+ArrowUp and Tab while its listbox is open.
 */
function isCommitKey(e: KeyboardEvent, focused: Element): boolean {
  if (e.key === 'Enter') return true;
  if (e.key === ' ') return !isTextField(focused);
  const selectOnlyOpen = roleOf(focused) === 'combobox' && !isTextField(focused) && focused.getAttribute('aria-expanded') === 'true';
  return selectOnlyOpen && ((e.key === 'ArrowUp' && e.altKey) || (e.key === 'Tab' && !e.shiftKey));
}

/** The owner of a widget that moves the selection with the focus (arrow keys select), if it is one. */
function followsFocusOwner(w: WidgetInfo | null | undefined): Element | null {
  if (!w?.owner) return null;
  if (w.kind === 'tabs' || w.kind === 'radio') return w.owner;
  if (w.kind === 'listbox' && roleOf(w.widgetEl) === 'listbox') return w.owner;
  return null;
}

/**
 * Selections, each one `select` step named after the widget, whatever the widget:
 * native selects and radios on `change`; datalist picks; ARIA options, menu items, tabs, tree
 * items, grid cells and radios on click, on Enter/Space, and, in widgets where selection
 * follows focus (tabs, radio groups, plain listboxes), on arrow keys. A keyboard selection
 * that the page turns into a click on the item is recorded once.
 */
export function captureSelections(ctx: CaptureContext): void {
  let lastOpener: Element | null = null;
  /**
   * The item a commit key (Enter, Space …) acted on, until the next key or pointer press. Pages
   * often turn that key into a click on the item, before or after our deferred check: either
   * way the selection is recorded once.
   */
  let keyCommit: { item: Element; emitted: boolean } | null = null;
  const lastByOwner = new WeakMap<Element, Element>();

  const emitItem = (item: Element, step: Pending | null | undefined) => {
    if (!step) return;
    if (keyCommit?.item === item) {
      if (keyCommit.emitted) return;
      keyCommit.emitted = true;
    }
    ctx.emit(step);
  };
  listen(ctx, 'pointerdown', () => { keyCommit = null; });

  /** Remembers the innermost element on the path that opens a popup (aria-haspopup). */
  const rememberOpener = (path: readonly EventTarget[]) => {
    for (const t of path) {
      if (!(t instanceof Element) || t.localName === 'body') return;
      const popup = t.getAttribute('aria-haspopup');
      if (popup && popup !== 'false') {
        lastOpener = t;
        return;
      }
    }
  };
  /**
   * Some libraries mark the trigger (aria-haspopup) only once it has opened its popup: the last
   * click's path is looked at again, after the page has handled it, before the opener is used.
   */
  let recheckPath: readonly EventTarget[] | null = null;
  const opener = (): Element | null => {
    if (recheckPath) rememberOpener(recheckPath);
    recheckPath = null;
    return lastOpener;
  };

  listen(ctx, 'change', (e) => {
    if (!ctx.active()) return;
    const el = e.composedPath()[0];
    if (el instanceof HTMLSelectElement) ctx.emit(nativeSelectStep(ctx.win, el));
    else if (el instanceof HTMLInputElement && el.type === 'radio' && el.checked) emitItem(el, itemStep(ctx.win, el, null)?.step);
  });

  listen(ctx, 'input', (e) => {
    if (!ctx.active()) return;
    // an input is never a shadow host: when it is the target, it is where the event began
    const el = e.target instanceof HTMLInputElement ? e.target : e.composedPath()[0];
    if (!(el instanceof HTMLInputElement) || !el.list) return;
    if ((e as InputEvent).inputType !== 'insertReplacementText' && (e as InputEvent).inputType !== undefined) return;
    const step = datalistStep(ctx.win, el);
    if (step) ctx.emit(step);
  });

  listen(ctx, 'click', (e) => {
    if (!ctx.active()) return;
    const path = e.composedPath();
    const item = selectableItemIn(path, (x) => roleDuring(e, x));
    opener(); // the previous click, now that the page has handled it
    if (!item) {
      rememberOpener(path);
      recheckPath = path;
      return;
    }
    if (isNative(item) || isDisabledItem(item)) return;
    // a click the browser dispatched landed on what the pointer hit or on the focused element,
    // both rendered; not so a click a label forwards to its control (a hidden custom checkbox)
    const shown = e.isTrusted && labelsOf(item).length === 0 ? shownBy(path) : undefined;
    const sel = itemStep(ctx.win, item, opener(), shown);
    emitItem(item, sel?.step);
    const owner = followsFocusOwner(sel?.widget);
    if (owner) lastByOwner.set(owner, item);
  });

  listen(ctx, 'keydown', (e) => {
    if (!ctx.active() || e.ctrlKey || e.metaKey || e.isComposing) return;
    keyCommit = null;
    // a text field that is the target is the focused element (an input or a textarea is never a
    // shadow host): the commonest case, found without the deep focus lookup
    const inField = isTextField(e.target);
    const focused = inField ? e.target : deepActiveElement(ctx.win.document);
    if (!focused) return;
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') {
      opener();
      rememberOpener(e.composedPath());
    }
    // typing in a text field: no item under the keyboard (an editable combobox points at its
    // option with aria-activedescendant)
    if ((inField || isTextField(focused)) && !focused.hasAttribute('aria-activedescendant')) return;
    const item = keyboardItem(focused);
    if (!item || isNative(item)) return;

    if (isCommitKey(e, focused)) {
      if (isDisabledItem(item)) return;
      // Describe now, before the page closes the popup; emit after the page has handled the
      // key, unless it turned the key into a click on the item (recorded by the click path).
      const sel = itemStep(ctx.win, item, opener());
      const step = sel?.step;
      const owner = followsFocusOwner(sel?.widget);
      const before = owner ? selectedItemIn(owner) : null;
      const commit = { item, emitted: false };
      keyCommit = commit;
      ctx.win.setTimeout(() => {
        if (commit.emitted) return; // the page clicked the item: recorded by the click path
        commit.emitted = true;
        if (owner && before === item && lastByOwner.get(owner) === item) return; // already selected
        if (step) ctx.emit(step);
        if (owner) lastByOwner.set(owner, item);
      }, 0);
      return;
    }

    const owner = followsFocusOwner(widgetOf(item));
    const isTypeAhead = e.key.length === 1 && e.key !== ' ' && !e.altKey;
    if (!owner || !(FOLLOWS_FOCUS_KEYS.has(e.key) || isTypeAhead)) return;
    const before = selectedItemIn(owner);
    ctx.win.setTimeout(() => {
      const now = selectedItemIn(owner);
      if (!now || now === before || lastByOwner.get(owner) === now) return;
      lastByOwner.set(owner, now);
      emitItem(now, itemStep(ctx.win, now, opener())?.step);
    }, 0);
  });
}

/** Clicks on these are recorded as selections by captureSelections, not as clicks. */
export function isSelectionTarget(el: Element, role: (el: Element) => string = roleOf): boolean {
  return selectableItemIn([el], role) !== null;
}

